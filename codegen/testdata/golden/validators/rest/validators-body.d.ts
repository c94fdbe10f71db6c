// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
import type { Validator } from './validators.js';

export declare const createWidgetBody: Validator;
export declare const uploadWidgetPhotoBody: Validator;
export declare const uploadManualBody: Validator;
