// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
// Mini API: Ajv standalone validators (JSON Schema 2020-12) per operationId. Each one MUTATES
// its input: it fills in `default`s, and the path/query ones coerce strings to the declared types
// (a single query value becomes a one-element array where the schema wants an array).
import type { ErrorObject } from 'ajv';
import type { OperationId } from './operations.js';
import * as body from './validators-body.js';
import * as params from './validators-params.js';

/** An Ajv validate function: true when valid, else `errors` says why. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Path parameters (an object of strings, as routed): all required, no others. */
export const pathValidators: Record<OperationId, Validator> = {
  listWidgets: params.listWidgetsPath,
  createWidget: params.createWidgetPath,
  deleteWidget: params.deleteWidgetPath,
  uploadWidgetPhoto: params.uploadWidgetPhotoPath,
  downloadWidgetPhoto: params.downloadWidgetPhotoPath,
  uploadManual: params.uploadManualPath,
  getMetrics: params.getMetricsPath,
};

/** Query parameters (an object of strings / string arrays): required per spec, unknown ones ignored. */
export const queryValidators: Record<OperationId, Validator> = {
  listWidgets: params.listWidgetsQuery,
  createWidget: params.createWidgetQuery,
  deleteWidget: params.deleteWidgetQuery,
  uploadWidgetPhoto: params.uploadWidgetPhotoQuery,
  downloadWidgetPhoto: params.downloadWidgetPhotoQuery,
  uploadManual: params.uploadManualQuery,
  getMetrics: params.getMetricsQuery,
};

/** The parsed JSON request body of the operations that have one. */
export const bodyValidators: Partial<Record<OperationId, Validator>> = {
  createWidget: body.createWidgetBody,
  uploadWidgetPhoto: body.uploadWidgetPhotoBody,
  uploadManual: body.uploadManualBody,
};
