// generated from specs/duckapi.json by codegen/emit-validators.ts; do not edit
import type { Validator } from './validators.js';

export declare const createProjectBody: Validator;
export declare const updateProjectBody: Validator;
export declare const createApiKeyBody: Validator;
export declare const createS3CredentialBody: Validator;
export declare const createBranchBody: Validator;
export declare const mergeTableBody: Validator;
export declare const createBucketBody: Validator;
export declare const shareBucketBody: Validator;
export declare const linkBucketBody: Validator;
export declare const createTableBody: Validator;
export declare const prepareFileUploadBody: Validator;
export declare const uploadFileBody: Validator;
export declare const uploadFileStreamBody: Validator;
export declare const registerFileBody: Validator;
export declare const importFromFileBody: Validator;
export declare const importFromTableBody: Validator;
export declare const exportToFileBody: Validator;
export declare const addColumnBody: Validator;
export declare const alterColumnBody: Validator;
export declare const setPrimaryKeyBody: Validator;
export declare const deleteRowsBody: Validator;
export declare const createSnapshotBody: Validator;
export declare const restoreSnapshotBody: Validator;
export declare const updateProjectSnapshotSettingsBody: Validator;
export declare const updateBucketSnapshotSettingsBody: Validator;
export declare const updateTableSnapshotSettingsBody: Validator;
