// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
import type { Validator } from './validators.js';

export declare const listWidgetsPath: Validator;
export declare const listWidgetsQuery: Validator;
export declare const createWidgetPath: Validator;
export declare const createWidgetQuery: Validator;
export declare const deleteWidgetPath: Validator;
export declare const deleteWidgetQuery: Validator;
export declare const uploadWidgetPhotoPath: Validator;
export declare const uploadWidgetPhotoQuery: Validator;
export declare const downloadWidgetPhotoPath: Validator;
export declare const downloadWidgetPhotoQuery: Validator;
export declare const uploadManualPath: Validator;
export declare const uploadManualQuery: Validator;
export declare const getMetricsPath: Validator;
export declare const getMetricsQuery: Validator;
