// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
import type { Validator } from './validators.js';

export declare const createProjectBody: Validator;
export declare const updateProjectBody: Validator;
export declare const createApiKeyBody: Validator;
export declare const createBucketBody: Validator;
export declare const createTableBody: Validator;
