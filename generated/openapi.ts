// generated from specs/duckapi.json by codegen/emit-types.ts; do not edit
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service info
         * @description Names the service and its version, and where its health check is. No credential needed. A browser, whose Accept prefers text/html over JSON, gets the landing page instead (links to the API reference and the dashboard); any other client (`*\/*`, no Accept, application/json) gets the JSON.
         */
        get: operations["getServiceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Checks that every storage directory exists and is writable and that the metadata database answers. No credential needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backend/init": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initialize storage directories
         * @description Creates the data, DuckDB, files and snapshots directories if missing and checks they are writable. Idempotent.
         */
        post: operations["initBackend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backend/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge backend removal
         * @description Kept for Keboola parity: acknowledges the removal and deletes nothing (data stays; remove projects one by one).
         */
        post: operations["removeBackend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Newest first.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Registers the project, creates its directory and returns its first project_admin key (shown only here).
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description With live counts of buckets and tables and the bytes of its table files.
         */
        get: operations["getProject"];
        /**
         * Update a project
         * @description Changes the name and/or settings. Needs the admin key or a project_admin key.
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete a project
         * @description Removes the project, its keys, buckets and tables, metadata and files. Needs the admin key or a project_admin key. The id can be reused afterwards.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project statistics
         * @description Bucket and table counts and table-file bytes, computed now.
         */
        get: operations["getProjectStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Keys that are not revoked, newest first (expired ones included).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Issues a new key (shown only here). Needs the admin key or a project_admin key.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Also answers for revoked keys (`is_revoked`).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. The last active project_admin key cannot be revoked (400); a key already revoked is 409.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/api-keys/{key_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Issues a new key with the same scope, branch, description and lifetime and revokes the old one, in one step.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/s3-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List S3 credentials
         * @description The project's S3 credentials, newest first, without their secrets. Needs the admin key or a project_admin key.
         */
        get: operations["listS3Credentials"];
        put?: never;
        /**
         * Create an S3 credential
         * @description Issues an access key id and secret access key bound to this project, for SigV4 clients of the S3 API; the secret is shown only here. Needs the admin key or a project_admin key (as API key management); `read_only: true` makes a credential that can only read. At most `S3_CREDENTIALS_PER_PROJECT` per project (429 naming the limit). The answer also gives the endpoint, region and bucket to configure a client with.
         */
        post: operations["createS3Credential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/s3-credentials/{access_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an S3 credential
         * @description The credential stops working at once (requests signed with it get `InvalidAccessKeyId`); URLs it pre-signed stop working too. An access key id of another project is 404 `s3_credential_not_found`.
         */
        delete: operations["deleteS3Credential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dev branches
         * @description Dev branches of the project, newest first. The main branch (`default`) is not one of them.
         */
        get: operations["listBranches"];
        put?: never;
        /**
         * Create a dev branch
         * @description Creates an empty dev branch: nothing is copied. The branch reads main's tables until it writes one, which first copies that table into the branch. 409 `branch_name_exists` when the project has a branch of that name.
         */
        post: operations["createBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dev branch
         * @description The branch with the tables that live in it (copies of main tables and tables created in the branch).
         */
        get: operations["getBranch"];
        put?: never;
        post?: never;
        /**
         * Delete a dev branch
         * @description Removes the branch and every table that lives in it; main is not touched. Nothing is snapshotted: the branch's tables cannot be recovered.
         */
        delete: operations["deleteBranch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pull a table from main
         * @description Drops the branch's copy of the table, so the branch reads main's table again and its next write copies it anew. Nothing is written to main. Answers 200 with `was_local: false` when the branch had no copy. 404 `table_not_found` when main has no such table.
         */
        post: operations["pullTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a table into main
         * @description Writes the branch's version of the table (schema and rows) to main: replaces main's table, after a snapshot of it, or creates it in main when main has none. When main's table changed after the branch copied it, 409 `merge_conflict` unless `force` is true. 404 when the table does not live in the branch. The body may be omitted.
         */
        post: operations["mergeTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/merge-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Merge status of a dev branch
         * @description For each table that lives in the branch: whether the branch, main or both changed it since the copy, i.e. what mergeTable would do.
         */
        get: operations["getBranchMergeStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List buckets
         * @description Buckets of the branch in name order.
         */
        get: operations["listBuckets"];
        put?: never;
        /**
         * Create a bucket
         * @description Creates an empty bucket on the branch.
         */
        post: operations["createBucket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bucket */
        get: operations["getBucket"];
        put?: never;
        post?: never;
        /**
         * Delete a bucket
         * @description With `cascade=true` (default) its tables are dropped too; with `cascade=false` a bucket that still has tables is 409 `bucket_not_empty`.
         */
        delete: operations["deleteBucket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a bucket with another project
         * @description Allows the target project to link this bucket (linkBucket), read-only. Main branch only (400 `operation_not_allowed` on a dev branch). 404 when the bucket or the target project does not exist; 409 `already_shared` when the bucket is shared with that project already.
         */
        post: operations["shareBucket"];
        /**
         * Stop sharing a bucket with a project
         * @description Withdraws the share with one project. While that project links the bucket, 409 `share_in_use`; with `force=true` its links are removed too. Main branch only (400 `operation_not_allowed` on a dev branch). 404 when the bucket is not shared with that project.
         */
        delete: operations["unshareBucket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a bucket of another project
         * @description Makes a bucket that another project shares with this one readable here as `{bucket_name}`. Only metadata is stored: reads see the source's current data, and the linked bucket is read-only. Main branch only (400 `operation_not_allowed` on a dev branch). 403 when the source bucket is not shared with this project; 404 when the source project or bucket does not exist; 409 `bucket_exists` or `bucket_already_linked` when the name is taken here.
         */
        post: operations["linkBucket"];
        /**
         * Unlink a bucket
         * @description Removes the link; the source bucket and its data are not touched. Main branch only (400 `operation_not_allowed` on a dev branch). 404 `link_not_found` when `{bucket_name}` is not a link.
         */
        delete: operations["unlinkBucket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant read-only access to a bucket
         * @description Kept for Keboola API compatibility: links are always read-only, so nothing is stored. Main branch only (400 `operation_not_allowed` on a dev branch). 404 when the bucket does not exist.
         */
        post: operations["grantReadonly"];
        /**
         * Revoke read-only access to a bucket
         * @description Kept for Keboola API compatibility: nothing is stored, so nothing changes. Main branch only (400 `operation_not_allowed` on a dev branch). 404 when the bucket does not exist.
         */
        delete: operations["revokeReadonly"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tables
         * @description Tables of the bucket in name order, with columns, primary key, row count and size.
         */
        get: operations["listTables"];
        put?: never;
        /**
         * Create a table
         * @description Creates the table file with typed columns and an optional primary key, atomically: a failed create leaves nothing behind.
         */
        post: operations["createTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a table */
        get: operations["getTable"];
        put?: never;
        post?: never;
        /**
         * Delete a table
         * @description Removes the table and its file (and WAL).
         */
        delete: operations["deleteTable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview table rows
         * @description Up to `limit` rows in a stable order (the `order_by` columns, else the primary key, else insertion order), optionally only some columns and only rows matching a filter.
         */
        get: operations["previewTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Text exposition format: HTTP requests and latency by operationId and status, open table files, DuckDB errors, storage gauges.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files/prepare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open an upload session
         * @description Step 1 of the three-step upload: opens a session (kept in metadata.duckdb, so it survives a restart) that expires after UPLOAD_SESSION_TTL_SECONDS.
         */
        post: operations["prepareFileUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files/upload/{upload_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the bytes of a session
         * @description Step 2: the multipart part `file` is streamed to a staging file while its size, SHA-256 and MD5 are computed; uploading again replaces the bytes. Limits: MAX_UPLOAD_BYTES and the project quota FILES_QUOTA_BYTES (413 naming the limit).
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file in one streamed request
         * @description The request body is the file (any length up to MAX_UPLOAD_BYTES), streamed to disk; the file is registered when the body is complete. `Content-Type` is stored as the file's content type.
         */
        post: operations["uploadFileStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description Newest first.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Register an uploaded file
         * @description Step 3: moves the staged bytes to their permanent, id-derived path and records the file.
         */
        post: operations["registerFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a file's metadata */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description The record is deleted first, then the bytes.
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/files/{file_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description Streams the bytes with `ETag` (the SHA-256 when known), `Last-Modified`, `Content-Disposition` and `Accept-Ranges: bytes`; a single `Range` gives 206; `If-None-Match` with the current ETag gives 304.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load a file into a table
         * @description CSV or Parquet read by DuckDB with the table's own column types, columns matched by name. A full load builds a new table file and swaps it in atomically; an incremental load appends or upserts by primary key in one transaction. A row that does not fit is 400 naming its line and column, and nothing changes.
         */
        post: operations["importFromFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load another table into a table
         * @description Same semantics as importFromFile, reading another table of the same project (and branch), with optional column mapping and filters.
         */
        post: operations["importFromTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export a table to a new file
         * @description DuckDB writes CSV (optionally gzip) or Parquet straight into a new file of the Files API, with column selection, filters, order and limit.
         */
        post: operations["exportToFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a column
         * @description Atomic, under the table's write lock.
         */
        post: operations["addColumn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Alter a column
         * @description Rename, change type, set or drop NOT NULL, set or drop the default; all given changes apply together or none does.
         */
        put: operations["alterColumn"];
        post?: never;
        /**
         * Drop a column
         * @description A primary key column or the last column cannot be dropped (400).
         */
        delete: operations["dropColumn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the primary key
         * @description Replaces any existing key. Refused with 409 naming a duplicated key value (or 400 for NULLs) when the data does not fit; the table is unchanged then.
         */
        post: operations["setPrimaryKey"];
        /** Drop the primary key */
        delete: operations["dropPrimaryKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete rows matching a filter */
        delete: operations["deleteRows"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Profile a table
         * @description Per-column statistics computed in DuckDB in a few aggregate passes, bounded by QUERY_TIMEOUT_MS.
         */
        post: operations["profileTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Snapshots of the project, newest first, optionally only those of one bucket, table or type. Expired snapshots are listed until they are removed.
         */
        get: operations["listSnapshots"];
        put?: never;
        /**
         * Create a snapshot
         * @description Copies every row and the schema of one table into a new manual snapshot. Main branch only. 400 `snapshots_disabled` when the table's effective settings have `enabled: false`.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a snapshot
         * @description The snapshot with the columns and primary key of the table it was taken from.
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        /**
         * Delete a snapshot
         * @description Removes the snapshot and its data file. The table it was taken from is not touched.
         */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a snapshot
         * @description Recreates the table from the snapshot: by default under its original bucket and name, replacing the table there if it exists (after a safety snapshot of it when the `restore_overwrite` trigger is on); or as a new table under `target_bucket` / `target_table`, which must not exist yet (409 `table_exists`). Send `{}` for the original location.
         */
        post: operations["restoreSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview snapshot rows
         * @description Up to `limit` rows of the snapshot's data, in the order they were stored, without restoring it.
         */
        get: operations["previewSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/settings/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project snapshot settings
         * @description What applies to the project's tables (system defaults overridden by the project's own settings), where each value comes from, and what the project stores.
         */
        get: operations["getProjectSnapshotSettings"];
        /**
         * Update project snapshot settings
         * @description Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys are 422; retention days outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.
         */
        put: operations["updateProjectSnapshotSettings"];
        post?: never;
        /**
         * Reset project snapshot settings
         * @description Removes the project's own settings: every value comes from the system defaults again, unless a bucket or table sets it. 204 also when nothing was stored.
         */
        delete: operations["deleteProjectSnapshotSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bucket snapshot settings
         * @description What applies to the bucket's tables (system, then project, then bucket settings), where each value comes from, and what the bucket stores. Main branch only.
         */
        get: operations["getBucketSnapshotSettings"];
        /**
         * Update bucket snapshot settings
         * @description Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys are 422; retention days outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.
         */
        put: operations["updateBucketSnapshotSettings"];
        post?: never;
        /**
         * Reset bucket snapshot settings
         * @description Removes the bucket's own settings, so it inherits from the project again. 204 also when nothing was stored. Main branch only.
         */
        delete: operations["deleteBucketSnapshotSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get table snapshot settings
         * @description What applies to the table (system, then project, bucket and table settings), where each value comes from, and what the table stores. Main branch only.
         */
        get: operations["getTableSnapshotSettings"];
        /**
         * Update table snapshot settings
         * @description Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys are 422; retention days outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.
         */
        put: operations["updateTableSnapshotSettings"];
        post?: never;
        /**
         * Reset table snapshot settings
         * @description Removes the table's own settings, so it inherits from its bucket again. 204 also when nothing was stored. Main branch only.
         */
        delete: operations["deleteTableSnapshotSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s3/{bucket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ListObjectsV2
         * @description Lists the objects of the project (keys of the file store, Files API uploads included) in key order, with `delimiter` folding keys into CommonPrefixes and real pagination (`continuation-token`, `start-after`). The same path also answers ListObjects (v1, `marker`), GetBucketLocation (`?location`) and the bucket sub-resources the S3 adapter documents.
         */
        get: operations["listObjectsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/s3/{bucket}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GetObject
         * @description The object's bytes, streamed; one `Range` gives 206, `If-None-Match` / `If-Modified-Since` 304.
         */
        get: operations["getObject"];
        /**
         * PutObject
         * @description Stores the body as the object (atomically replacing an object of the same key): streamed to disk, `Content-MD5` and a signed `x-amz-content-sha256` checked, `aws-chunked` bodies decoded. The same path with `partNumber` and `uploadId` is UploadPart, and with `x-amz-copy-source` CopyObject (S3 adapter).
         */
        put: operations["putObject"];
        post?: never;
        /**
         * DeleteObject
         * @description Deletes the object (and its Files API file: one store). A key that does not exist is 204 as well, as S3.
         */
        delete: operations["deleteObject"];
        options?: never;
        /**
         * HeadObject
         * @description The headers GetObject would send, without the body.
         */
        head: operations["headObject"];
        patch?: never;
        trace?: never;
    };
    "/s3/{bucket}/presign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a pre-signed URL
         * @description A URL that performs one request (its method, on one key, until it expires) with no other credential, signed with a key derived from `DATA_DIR/secret.key` so it survives restarts. A PUT URL can be bound to a Content-Type. A read-only credential can pre-sign only GET and HEAD.
         */
        post: operations["createPresignedUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspaces
         * @description The project's workspaces, main's and every dev branch's (a branch-limited key sees its branch's only), newest first. Expired ones are listed with `status: expired` until the reaper deletes them.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace on main
         * @description A DuckDB database of its own to work in over PG wire (or gRPC), seeing the main branch's tables read-only. The answer holds the password, shown this once. With `X-Idempotency-Key` a retry by the same caller (the same key) gets the same answer, password included; the stored answer is encrypted under that caller's key and never replayed to another caller.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace
         * @description Any workspace of the project (main or branch), with its live sessions, the project tables its sessions see and its own tables and views.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a workspace
         * @description Ends its SQL sessions, then removes the row and the file. Expired workspaces can be deleted.
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces/{workspace_id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop every table and view of a workspace
         * @description Drops what the detail lists as `workspace_objects`; internal `_` names, schemas and other object kinds stay.
         */
        post: operations["clearWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Drop a table or view of a workspace
         * @description `object_name` as the detail lists it (`name`, or `schema.name` outside `main`); 404 `object_not_found` otherwise.
         */
        delete: operations["dropWorkspaceObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces/{workspace_id}/load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy tables into a workspace
         * @description Each item copies one table of the workspace's project view (a branch workspace reads the branch's copy where it has one; linked buckets work) into the workspace, with a column choice and structured filters (values bound). Items run in order; one that fails (unknown table, bad filter, existing destination without `overwrite`, size limit) reports `status: failed` with its error and changes nothing, the others go on: the answer is 200 either way.
         */
        post: operations["loadWorkspaceTables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/workspaces/{workspace_id}/credentials/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a workspace a new password
         * @description The username stays; the old password stops working at once and every live session of the workspace is ended. The answer holds the new password, shown this once. With `X-Idempotency-Key` a retry by the same caller (the same key) gets the same answer, password included; the stored answer is encrypted under that caller's key and never replayed to another caller.
         */
        post: operations["resetWorkspaceCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a branch's workspaces
         * @description The branch's workspaces only (`default`: main's), newest first.
         */
        get: operations["listBranchWorkspaces"];
        put?: never;
        /**
         * Create a workspace on a branch
         * @description As createWorkspace, seeing the branch's tables (its copies and own tables, main's where it has none); `default` is main. With `X-Idempotency-Key` a retry by the same caller (the same key) gets the same answer, password included; the stored answer is encrypted under that caller's key and never replayed to another caller.
         */
        post: operations["createBranchWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a branch's workspace
         * @description As getWorkspace; a workspace of another branch (or of main, unless `default`) is 404 `workspace_not_found`.
         */
        get: operations["getBranchWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a branch's workspace
         * @description As deleteWorkspace, for a workspace of this branch only.
         */
        delete: operations["deleteBranchWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/pgwire/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a workspace password
         * @description For an external SQL front end: verifies a workspace username and password against the stored SCRAM verifier. Failures count per username and client address; past PGWIRE_AUTH_MAX_FAILURES in a minute further attempts are 429 `too_many_auth_attempts` before any check. A wrong password and an unknown user are the same 401 `invalid_credentials`; only after the password is proven are an expired workspace (410) and a full connection limit (429 `connection_limit_reached`) told. Opens no session. Never replayed: `X-Idempotency-Key` is ignored here.
         */
        post: operations["authenticatePgwireUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/pgwire/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List live sessions
         * @description Live sessions (PG wire connections and registered ones), newest first; a bare array.
         */
        get: operations["listPgwireSessions"];
        put?: never;
        /**
         * Register a session
         * @description Registers a session of an external SQL front end; it counts toward PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE and PGWIRE_MAX_CONNECTIONS_TOTAL like a PG wire connection (429 `connection_limit_reached`). 404 for an unknown workspace, 410 for an expired one, 409 `session_exists` for an id in use.
         */
        post: operations["registerPgwireSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/pgwire/sessions/cleanup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End idle sessions
         * @description Ends every session without activity for `idle_timeout_seconds` (absent or 0: PGWIRE_IDLE_TIMEOUT_SECONDS; negative: every session). PG wire clients are told `idle_timeout`.
         */
        post: operations["cleanupPgwireSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/pgwire/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a live session */
        get: operations["getPgwireSession"];
        put?: never;
        post?: never;
        /**
         * End a session
         * @description A PG wire connection is closed (its client gets a FATAL `terminated_by_admin`); a registered session is forgotten. `reason` goes to the operations log.
         */
        delete: operations["endPgwireSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/pgwire/sessions/{session_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record a session's activity
         * @description A registered session's `last_activity_at` becomes now and its `query_count` goes up by one (unless `increment_queries` is false). A PG wire connection records its own activity; for it this reads the values.
         */
        patch: operations["updatePgwireSessionActivity"];
        trace?: never;
    };
    "/driver/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a driver command
         * @description Runs one command of the storage-driver protocol (the same dispatcher as gRPC StorageDriverService/Execute). `command.type` (or `@type`) names it: `CreateBucketCommand` or its full type URL; the other keys are its fields, camelCase or snake_case, parsed as proto3 JSON (unknown fields are 400). The bearer key acts as the credentials' key: a project key acts on its own project only (`credentials.host` / `project_id`, paths and project fields must name it, else 403); backend and project create/drop need the admin key. `commandResponse` is the response message as proto3 canonical JSON (int64 as strings, enums by name, default values left out) with `@type`, or null; `messages` are this call's log messages. A command DuckStorage does not serve is 501 naming it.
         */
        post: operations["executeDriverCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/driver/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List driver commands
         * @description Every command of the driver protos (specs/proto/), with its type URL, response message and whether DuckStorage serves it. No credential needed.
         */
        get: operations["listDriverCommands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description specs/duckapi.json, the contract this server implements (OpenAPI 3.1): what `/docs` renders and the SDKs are generated from.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API reference page
         * @description Swagger UI (swagger-ui-dist, served from this server) rendering `/openapi.json`: every operation with its parameters, bodies and answers; "Try it out" calls this server with the key given under Authorize.
         */
        get: operations["getDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live dashboard page
         * @description Polls `/metrics` every few seconds and draws requests and latency by operation, errors, open table files, the catalog, imports and exports, the file store and S3, snapshots, dev branches, PG wire sessions, gRPC commands and memory (Chart.js, served from this server); light and dark. A panel whose metrics the server does not export says "no data". Should `/metrics` ever answer 401 or 403, the page asks for a key and keeps it in sessionStorage.
         */
        get: operations["getDashboardPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A script, style sheet or image of the pages
         * @description A fixed set of flat names: the pages' own files and the npm bundles they load (`swagger-ui-bundle.js`, `swagger-ui.css`, `chart.umd.min.js`). gzip when accepted; revalidated by ETag.
         */
        get: operations["getPageAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The one error body of every non-2xx JSON response. */
        Error: {
            /**
             * @description Machine-readable error class, stable across REST, gRPC and PG wire.
             * @enum {string}
             */
            code: "INVALID_ARGUMENT" | "VALIDATION_FAILED" | "UNAUTHENTICATED" | "PERMISSION_DENIED" | "NOT_FOUND" | "ALREADY_EXISTS" | "CONFLICT" | "FAILED_PRECONDITION" | "PAYLOAD_TOO_LARGE" | "RESOURCE_EXHAUSTED" | "UNAVAILABLE" | "INTERNAL";
            /** @description Specific reason in snake_case, e.g. `bucket_not_found` (the reference service's `detail.error`). */
            error: string;
            /** @description What went wrong and why, for people. */
            message: string;
            /** @description The request id (also in the `X-Request-ID` response header); quote it when reporting a problem. */
            request_id: string;
            /** @description Kept for clients of the reference service: `{error, message, details}`, or the list of validation issues for 422. */
            detail: components["schemas"]["ErrorDetail"] | components["schemas"]["ValidationIssue"][];
        };
        ErrorDetail: {
            error: string;
            message: string;
            /** @description Typed facts about the error (names, limits, counts). */
            details?: {
                [key: string]: unknown;
            };
        };
        ValidationIssue: {
            /** @description Which rule failed, e.g. `missing`, `pattern`, `maximum`, `additional_property`, `json_invalid`. */
            type: string;
            /** @description Where: `body`/`query`/`path` then the path into it. */
            loc: (string | number)[];
            msg: string;
            ctx?: {
                [key: string]: unknown;
            };
        };
        HealthResponse: {
            /** @enum {string} */
            status: "healthy" | "unhealthy";
            version: string;
            /** @description Every storage directory exists and is writable and the metadata database answers. */
            storage_available: boolean;
            /** @description One flag per check: data_dir, duckdb_dir, files_dir, snapshots_dir, metadata_db. */
            details?: {
                [key: string]: boolean;
            };
        };
        InitBackendResponse: {
            success: boolean;
            message: string;
            storage_paths?: {
                [key: string]: string;
            } | null;
        };
        ProjectCreate: {
            /** @description Project id (Keboola Connection's project id). 1-64 characters of letters, digits, `_` and `-`, starting with a letter or digit, never containing `_branch_`. */
            id: string;
            /** @description Human-readable name. */
            name?: string | null;
            /** @description Free-form project settings, stored and returned as given. */
            settings?: {
                [key: string]: unknown;
            } | null;
        };
        ProjectUpdate: {
            /** @description New name; absent or null keeps the current one. */
            name?: string | null;
            /** @description New settings (replaces the old object); absent or null keeps them. */
            settings?: {
                [key: string]: unknown;
            } | null;
        };
        ProjectResponse: {
            id: string;
            name: string | null;
            /** @description Directory of the project under the DuckDB directory, `project_{id}`. */
            db_path: string;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string | null;
            /** @description ISO-8601 timestamp with offset. */
            updated_at: string | null;
            /** @description Bytes of all table files of the project, computed when asked. */
            size_bytes: number;
            table_count: number;
            bucket_count: number;
            /** @enum {string} */
            status: "active" | "deleted";
            settings: {
                [key: string]: unknown;
            } | null;
        };
        ProjectCreateResponse: {
            id: string;
            name: string | null;
            /** @description Directory of the project under the DuckDB directory, `project_{id}`. */
            db_path: string;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string | null;
            /** @description ISO-8601 timestamp with offset. */
            updated_at: string | null;
            /** @description Bytes of all table files of the project, computed when asked. */
            size_bytes: number;
            table_count: number;
            bucket_count: number;
            /** @enum {string} */
            status: "active" | "deleted";
            settings: {
                [key: string]: unknown;
            } | null;
            /** @description The project_admin key. Shown only here: store it. */
            api_key: string;
        };
        ProjectListResponse: {
            projects: components["schemas"]["ProjectResponse"][];
            /** @description Projects matching the filter, over all pages. */
            total: number;
        };
        ProjectStatsResponse: {
            id: string;
            size_bytes: number;
            table_count: number;
            bucket_count: number;
        };
        ApiKeyCreateRequest: {
            /** @description What the key is for. */
            description: string;
            /**
             * @description `project_admin`: everything in the project; `branch_admin`: read and write on one branch; `branch_read`: read-only on one branch.
             * @default project_admin
             * @enum {string}
             */
            scope?: "project_admin" | "branch_admin" | "branch_read";
            /** @description Required for branch scopes (`default` = the main branch), null for project_admin. */
            branch_id?: string | null;
            /** @description Lifetime in days; null = no expiry. */
            expires_in_days?: number | null;
        };
        ApiKeyResponse: {
            id: string;
            project_id: string;
            branch_id: string | null;
            /** @description Non-secret start of the key, for recognising it. */
            key_prefix: string;
            /** @enum {string} */
            scope: "project_admin" | "branch_admin" | "branch_read";
            description: string | null;
            /** @description ISO-8601. */
            created_at: string | null;
            /** @description ISO-8601, null = never. */
            expires_at: string | null;
            /** @description ISO-8601, updated at most once a minute. */
            last_used_at: string | null;
            is_revoked: boolean;
        };
        ApiKeyCreateResponse: {
            id: string;
            project_id: string;
            branch_id: string | null;
            /** @description Non-secret start of the key, for recognising it. */
            key_prefix: string;
            /** @enum {string} */
            scope: "project_admin" | "branch_admin" | "branch_read";
            description: string | null;
            /** @description ISO-8601. */
            created_at: string | null;
            /** @description ISO-8601, null = never. */
            expires_at: string | null;
            /** @description The full key. Shown only here: store it. */
            api_key: string;
        };
        ApiKeyListResponse: {
            api_keys: components["schemas"]["ApiKeyResponse"][];
            count: number;
        };
        BranchCreateRequest: {
            /** @description Branch name, unique in the project; 1-100 characters. Characters the server does not accept are 400 `invalid_name`. */
            name: string;
            description?: string | null;
        };
        BranchResponse: {
            /** @description Branch id, the `{branch_id}` of branch-first URLs. */
            id: string;
            project_id: string;
            name: string;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            /** @description Id of the API key that created the branch, or `admin` for the admin key; null when not recorded. */
            created_by: string | null;
            description: string | null;
            /** @description Tables that live in the branch: copies of main tables and tables created in it. */
            table_count: number;
            /** @description Bytes of those tables' files. */
            size_bytes: number;
        };
        BranchListResponse: {
            branches: components["schemas"]["BranchResponse"][];
            /** @description Branches in this page. */
            count: number;
            /** @description Branches of the project, over all pages. */
            total: number;
        };
        /** @description A table that lives in a dev branch. */
        BranchTable: {
            bucket_name: string;
            table_name: string;
            /** @description ISO-8601 timestamp with offset: when the table was copied into the branch (or created there). */
            copied_at: string;
            /**
             * @description `branch`: a copy of a main table; `branch_only`: created in the branch, main has no such table.
             * @enum {string}
             */
            source?: "branch" | "branch_only";
        };
        BranchDetailResponse: {
            /** @description Branch id, the `{branch_id}` of branch-first URLs. */
            id: string;
            project_id: string;
            name: string;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            /** @description Id of the API key that created the branch, or `admin` for the admin key; null when not recorded. */
            created_by: string | null;
            description: string | null;
            /** @description Tables that live in the branch: copies of main tables and tables created in it. */
            table_count: number;
            /** @description Bytes of those tables' files. */
            size_bytes: number;
            /** @description The tables that live in the branch, oldest copy first. */
            copied_tables: components["schemas"]["BranchTable"][];
        };
        PullTableResponse: {
            bucket_name: string;
            table_name: string;
            /** @description What happened, e.g. `Table now reads from main (live view)` or `Table was already reading from main`. */
            message: string;
            /** @description The branch had a copy of the table, now dropped. */
            was_local: boolean;
            /** @description Id of the snapshot taken of the branch copy before it was dropped; null or absent when there was no copy or no snapshot was taken. */
            snapshot_id?: string | null;
        };
        MergeTableRequest: {
            /**
             * @description Merge even when main's table changed after the branch copied it, overwriting those changes.
             * @default false
             */
            force?: boolean;
        };
        MergeTableResponse: {
            bucket_name: string;
            table_name: string;
            /** @description Rows of main's table after the merge. */
            row_count: number;
            /** @description Main had no such table; the merge created it. */
            created_in_main: boolean;
            /** @description Id of the snapshot of main's table taken before it was replaced; null when main had no such table or no snapshot was taken. */
            snapshot_id: string | null;
            /** @description Main's table had changed after the branch copied it (merged only with `force`). */
            conflict: boolean;
        };
        /** @description One table of a dev branch compared with main. */
        BranchMergeTable: {
            bucket_name: string;
            table_name: string;
            /**
             * @description `branch`: a copy of a main table; `branch_only`: created in the branch, main has no such table.
             * @enum {string}
             */
            source: "branch" | "branch_only";
            /** @description ISO-8601 timestamp with offset: when the table was copied into the branch (or created there). */
            copied_at: string;
            /** @description ISO-8601 timestamp with offset of the last change in the branch. */
            branch_updated_at: string;
            /** @description ISO-8601 timestamp with offset of the last change of main's table; null when main has no such table. */
            main_updated_at: string | null;
            /** @description Main's table changed after the copy. A merge would overwrite that change, so mergeTable answers 409 `merge_conflict` without `force`; a conflict in the strict sense when `branch_changed` is true as well. */
            main_changed: boolean;
            /** @description The branch changed the table after the copy. */
            branch_changed: boolean;
            /** @description Main's table was deleted after the copy. */
            main_deleted: boolean;
            /** @description The branch dropped the table; merging it drops main's table (after an automatic snapshot). */
            branch_deleted: boolean;
        };
        BranchMergeStatusResponse: {
            branch_id: string;
            tables: components["schemas"]["BranchMergeTable"][];
        };
        BucketCreate: {
            /** @description Bucket name: 1-96 letters, digits, `_`, `-`, `.`, starting with a letter or digit (e.g. `in_c_sales`). Unique per project regardless of case. */
            name: string;
            description?: string | null;
        };
        BucketResponse: {
            name: string;
            /** @description Tables of the bucket; for a link, of the source bucket. */
            table_count: number;
            /** @description The bucket's description; for a link, `Linked from {source_project_id}.{source_bucket_name}`. */
            description: string | null;
            /** @description The bucket is a link to a bucket of another project (linkBucket), read-only. */
            is_linked: boolean;
            /** @description The linked bucket's project; null unless `is_linked`. */
            source_project_id: string | null;
            /** @description The linked bucket's name; null unless `is_linked`. */
            source_bucket_name: string | null;
            /** @description ISO-8601. */
            created_at: string | null;
        };
        BucketListResponse: {
            buckets: components["schemas"]["BucketResponse"][];
            total: number;
        };
        BucketShareRequest: {
            /** @description The project to share the bucket with. */
            target_project_id: string;
        };
        BucketShareInfo: {
            /** @description The shared bucket. */
            name: string;
            /** @description Ids of every project the bucket is shared with. */
            shared_with: string[];
            /** @description The bucket is a link to another project's bucket. */
            is_linked: boolean;
            /** @description The linked bucket's project; null unless `is_linked`. */
            source_project_id: string | null;
            /** @description The linked bucket's name; null unless `is_linked`. */
            source_bucket_name: string | null;
        };
        BucketLinkRequest: {
            /** @description The project that owns and shares the bucket. */
            source_project_id: string;
            /** @description The bucket in that project. */
            source_bucket_name: string;
        };
        GrantReadonlyResponse: {
            /** @enum {string} */
            status: "success";
            /** @description How read-only access is enforced. */
            message: string;
            bucket_name: string;
        };
        ColumnDefinition: {
            /** @description Column name: letters, digits and `_`, not starting with a digit; unique regardless of case. */
            name: string;
            /** @description DuckDB type: BOOLEAN, TINYINT…HUGEINT, UTINYINT…UBIGINT, FLOAT, DOUBLE, DECIMAL(p,s), VARCHAR, BLOB, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, UUID, JSON, their aliases, `T[]`, STRUCT(...), MAP(K,V). */
            type: string;
            /** @default true */
            nullable?: boolean;
            /** @description Default: a number, a quoted string literal (`'active'`), true, false, NULL, or current_timestamp / current_date / now() / gen_random_uuid(). */
            default?: string | null;
        };
        TableCreate: {
            /** @description Table name, same rules as bucket names. */
            name: string;
            columns: components["schemas"]["ColumnDefinition"][];
            /** @description Column names of the primary key; null or [] = none. */
            primary_key?: string[] | null;
        };
        ColumnInfo: {
            name: string;
            /** @description DuckDB's canonical type name. */
            type: string;
            nullable: boolean;
            ordinal_position: number;
        };
        TableResponse: {
            name: string;
            bucket: string;
            columns: components["schemas"]["ColumnInfo"][];
            row_count: number;
            /** @description Bytes of the table file (and its WAL). */
            size_bytes: number;
            primary_key: string[];
            /** @description ISO-8601. */
            created_at: string | null;
            /** @description ISO-8601 of the last change of schema or data. */
            updated_at: string | null;
            /**
             * @description Where the table read on this branch lives: `main` (main's table; always on `default`), `branch` (the dev branch's copy of a main table) or `branch_only` (created in the dev branch, not in main).
             * @enum {string}
             */
            source: "main" | "branch" | "branch_only";
            alias?: components["schemas"]["TableAlias"];
        };
        /** @description Present only for an alias table (created by the gRPC driver's CreateViewCommand): a read-only view of another table of the project, showing its current rows through `columns` and `where_filters`. It has no file (`size_bytes` 0) and no primary key; reads (get, list, preview, export, workspace loads) work as on a table, writes answer 400 `operation_not_allowed`, deleteTable drops the alias only. A table aliases read cannot be deleted (400 `table_has_aliases`) until they are. */
        TableAlias: {
            source_bucket: string;
            source_table: string;
            /** @description Source columns in view order; empty: every column of the source. */
            columns: string[];
            /** @description ANDed; values are compared as the source column's type. */
            where_filters: components["schemas"]["RowFilter"][];
        };
        TableListResponse: {
            tables: components["schemas"]["TableResponse"][];
            total: number;
        };
        TablePreviewResponse: {
            columns: components["schemas"]["ColumnInfo"][];
            /** @description Rows keyed by column name. Integers are JSON numbers with every digit, DECIMAL strings with the scale's digits, DATE `YYYY-MM-DD`, TIME `HH:MM:SS[.ffffff]`, TIMESTAMP `YYYY-MM-DDTHH:MM:SS[.ffffff]`, TIMESTAMPTZ the same in UTC with `+00:00`, INTERVAL ISO-8601 durations, BLOB base64, NaN and infinities null. */
            rows: {
                [key: string]: unknown;
            }[];
            /** @description Rows matching the filter (all rows without one). */
            total_row_count: number;
            preview_row_count: number;
        };
        FilePrepareRequest: {
            /** @description Name the file will have (no path separators, at most 255 bytes); stored as metadata only, never used as a path. */
            filename: string;
            content_type?: string | null;
            size_bytes?: number | null;
            tags?: {
                [key: string]: string;
            } | null;
        };
        FilePrepareResponse: {
            upload_key: string;
            /** @description Relative URL of uploadFile for this session; it still needs the bearer key. */
            upload_url: string;
            /** @description ISO-8601; the session and its staged bytes are swept after it (UPLOAD_SESSION_TTL_SECONDS). */
            expires_at: string;
        };
        FileUploadForm: {
            /** @description The file bytes (the part's own filename and type are ignored). */
            file: string;
        };
        FileUploadResponse: {
            upload_key: string;
            /** @description Where the bytes wait, relative to the project's file directory. */
            staging_path: string;
            size_bytes: number;
            checksum_sha256: string;
            checksum_md5?: string;
        };
        FileRegisterRequest: {
            upload_key: string;
            name?: string | null;
            tags?: {
                [key: string]: string;
            } | null;
        };
        FileResponse: {
            id: string;
            project_id: string;
            name: string;
            /** @description Relative to FILES_DIR; derived from the id, never from the name. */
            path: string;
            size_bytes: number;
            content_type: string | null;
            checksum_sha256: string | null;
            checksum_md5?: string | null;
            is_staged: boolean;
            created_at: string;
            expires_at: string | null;
            tags: {
                [key: string]: string;
            } | null;
        };
        FileListResponse: {
            files: components["schemas"]["FileResponse"][];
            total: number;
        };
        RowFilter: {
            column: string;
            /** @enum {string} */
            operator: "eq" | "ne" | "gt" | "ge" | "lt" | "le" | "in" | "not_in" | "like" | "not_like" | "is_null" | "is_not_null" | "between";
            /** @description Compared as the column's type; none for is_null/is_not_null, two for between, one or more for the others (eq with several = in). */
            values?: (string | number | boolean)[];
        };
        /** @description Structured filters, all of which must hold (AND); values are bound, never spliced. */
        RowFilters: components["schemas"]["RowFilter"][];
        CsvOptions: {
            /** @description Field delimiter; `,` when absent. */
            delimiter?: string;
            /** @description Quote character; `"` when absent. */
            quote?: string;
            /** @description Escape character inside quotes; when absent, the quote doubled (RFC 4180). */
            escape?: string;
            /** @description Whether the first line names the columns (default true); columns are matched by these names. Without a header, columns are taken in table order. */
            header?: boolean;
            /** @description Text that means NULL (default: an unquoted empty field). */
            null_string?: string;
            /**
             * @description `auto` (default) detects gzip from the file's first bytes.
             * @enum {string}
             */
            compression?: "auto" | "gzip" | "none";
        };
        ImportOptions: {
            /**
             * @description false: the table is replaced by the file's rows (atomically); true: rows are added (upserted by primary key per dedup_mode).
             * @default false
             */
            incremental?: boolean;
            /**
             * @description With a primary key: update_duplicates upserts (last row of the file wins), fail_on_duplicates refuses the load with 409 naming a key, insert_duplicates is refused with 400 (a primary key table cannot hold duplicates).
             * @default update_duplicates
             * @enum {string}
             */
            dedup_mode?: "update_duplicates" | "insert_duplicates" | "fail_on_duplicates";
            columns?: string[] | null;
        };
        ImportFromFileRequest: {
            file_id: string;
            /**
             * @description `csv` or `parquet`.
             * @default csv
             */
            format?: string;
            csv_options?: components["schemas"]["CsvOptions"] | null;
            import_options?: components["schemas"]["ImportOptions"];
        };
        ColumnMapping: {
            source: string;
            destination: string;
        };
        ImportFromTableRequest: {
            source_bucket: string;
            source_table: string;
            columns?: components["schemas"]["ColumnMapping"][] | null;
            where?: components["schemas"]["RowFilters"];
            where_filter?: string | null;
            import_options?: components["schemas"]["ImportOptions"];
        };
        ImportResponse: {
            /** @description Rows read from the source (full load) or rows the table gained (incremental). */
            imported_rows: number;
            table_rows_after: number;
            table_size_bytes: number;
            warnings: string[];
            duration_ms: number;
        };
        OrderBy: {
            column: string;
            /** @enum {string} */
            direction?: "asc" | "desc";
        };
        ExportRequest: {
            /**
             * @description `csv` or `parquet`.
             * @default csv
             */
            format?: string;
            compression?: string | null;
            columns?: string[] | null;
            where_filter?: string | null;
            where?: components["schemas"]["RowFilters"];
            order_by?: components["schemas"]["OrderBy"][] | null;
            limit?: number | null;
        };
        ExportResponse: {
            file_id: string;
            file_path: string;
            rows_exported: number;
            file_size_bytes: number;
            duration_ms: number;
        };
        AddColumnRequest: {
            name: string;
            /** @description A DuckDB type, checked by the type grammar of createTable. */
            type: string;
            /** @default true */
            nullable?: boolean;
            default?: string | null;
        };
        AlterColumnRequest: {
            new_name?: string | null;
            new_type?: string | null;
            set_not_null?: boolean | null;
            set_default?: string | null;
        };
        SetPrimaryKeyRequest: {
            columns: string[];
        };
        /** @description Give where_clause or where (or both, ANDed). */
        DeleteRowsRequest: {
            /** @description A filter as SQL text, e.g. `status = 'deleted' AND id IN (1, 2)`. It is parsed by DuckDB and only column references of this table, literals, comparisons, AND/OR/NOT, IN, BETWEEN, LIKE/ILIKE, IS [NOT] NULL and a short list of scalar functions are accepted; the statement is rebuilt from the checked tree with bound values. Anything else (subqueries, table functions, other tables, several statements) is 400 `invalid_where_clause`. */
            where_clause?: string;
            where?: components["schemas"]["RowFilters"];
        };
        DeleteRowsResponse: {
            deleted_rows: number;
            table_rows_after: number;
        };
        ColumnStatistics: {
            column_name: string;
            column_type: string;
            /** @description JSON number for numeric columns, boolean for BOOLEAN, text otherwise. */
            min: unknown;
            max: unknown;
            approx_unique: number | null;
            count: number | null;
            null_percentage: number | null;
            cardinality_ratio?: number | null;
            cardinality_class?: ("unique" | "constant" | "high" | "medium" | "low" | "very_low") | null;
            avg?: number | null;
            std?: number | null;
            skewness?: number | null;
            kurtosis?: number | null;
            q01?: number | null;
            q05?: number | null;
            q25?: number | null;
            q50?: number | null;
            q75?: number | null;
            q95?: number | null;
            q99?: number | null;
            outlier_lower_bound?: number | null;
            outlier_upper_bound?: number | null;
            outlier_count?: number | null;
            histogram?: {
                lower: number;
                upper: number;
                count: number;
            }[] | null;
            avg_length?: number | null;
            min_length?: number | null;
            max_length?: number | null;
            empty_count?: number | null;
            whitespace_only_count?: number | null;
            detected_patterns?: {
                pattern: string;
                match_count: number;
                match_percentage: number;
            }[] | null;
        };
        QualityIssue: {
            column: string;
            type: string;
            /** @enum {string} */
            severity: "info" | "warning";
            message: string;
        };
        Correlation: {
            column1: string;
            column2: string;
            correlation: number;
            /** @enum {string} */
            strength: "strong" | "moderate";
        };
        TableProfileResponse: {
            table_name: string;
            bucket_name: string;
            row_count: number;
            column_count: number;
            /** @enum {string} */
            mode: "basic" | "distribution" | "quality" | "full";
            statistics: components["schemas"]["ColumnStatistics"][];
            quality_score: number;
            quality_issues: components["schemas"]["QualityIssue"][];
            correlations: components["schemas"]["Correlation"][];
        };
        SnapshotCreateRequest: {
            /** @description Bucket of the table. */
            bucket: string;
            /** @description The table to snapshot. */
            table: string;
            description?: string | null;
        };
        SnapshotResponse: {
            id: string;
            project_id: string;
            /** @description Bucket of the table the snapshot was taken from. */
            bucket_name: string;
            /** @description Name of the table the snapshot was taken from. */
            table_name: string;
            /** @description `manual` (createSnapshot); automatic, taken just before: `auto_predrop` (deleteTable), `auto_predrop_column` (dropColumn), `auto_pretruncate` (deleteRows removing every row), `auto_prerestore` (restoreSnapshot replacing an existing table), `auto_preload` (an import that replaces all rows), `auto_predelete_bucket` (deleteBucket dropping its tables). Other values may be added. */
            snapshot_type: string;
            row_count: number;
            /** @description Bytes of the snapshot's data file. */
            size_bytes: number;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            /** @description Who took it: the id of the API key of the call (for an automatic snapshot, the call that triggered it), or `admin` for the admin key; null when not recorded. */
            created_by: string | null;
            /** @description ISO-8601 timestamp with offset: created_at plus the retention days that applied to the table then (`manual_days` or `auto_days`). */
            expires_at: string | null;
            /** @description The caller's text, or for an automatic snapshot what it was taken before. */
            description: string | null;
        };
        SnapshotListResponse: {
            snapshots: components["schemas"]["SnapshotResponse"][];
            /** @description Snapshots matching the filters, over all pages. */
            total: number;
        };
        SnapshotColumn: {
            name: string;
            /** @description DuckDB's type name. */
            type: string;
            nullable: boolean;
            /** @description The column's default expression; null or absent = none. */
            default?: string | null;
        };
        SnapshotDetailResponse: {
            id: string;
            project_id: string;
            /** @description Bucket of the table the snapshot was taken from. */
            bucket_name: string;
            /** @description Name of the table the snapshot was taken from. */
            table_name: string;
            /** @description `manual` (createSnapshot); automatic, taken just before: `auto_predrop` (deleteTable), `auto_predrop_column` (dropColumn), `auto_pretruncate` (deleteRows removing every row), `auto_prerestore` (restoreSnapshot replacing an existing table), `auto_preload` (an import that replaces all rows), `auto_predelete_bucket` (deleteBucket dropping its tables). Other values may be added. */
            snapshot_type: string;
            row_count: number;
            /** @description Bytes of the snapshot's data file. */
            size_bytes: number;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            /** @description Who took it: the id of the API key of the call (for an automatic snapshot, the call that triggered it), or `admin` for the admin key; null when not recorded. */
            created_by: string | null;
            /** @description ISO-8601 timestamp with offset: created_at plus the retention days that applied to the table then (`manual_days` or `auto_days`). */
            expires_at: string | null;
            /** @description The caller's text, or for an automatic snapshot what it was taken before. */
            description: string | null;
            /** @description The columns of the table when the snapshot was taken, in order. */
            schema_columns: components["schemas"]["SnapshotColumn"][];
            /** @description [] = none. */
            primary_key: string[];
        };
        SnapshotRestoreRequest: {
            /** @description Bucket to restore into; absent or null = the snapshot's bucket. */
            target_bucket?: string | null;
            /** @description Table name to restore as; absent or null = the snapshot's table name. */
            target_table?: string | null;
        };
        SnapshotRestoreResponse: {
            restored_to: {
                bucket: string;
                table: string;
            };
            /** @description Rows of the restored table. */
            row_count: number;
            /** @description Id of the snapshot taken of the table the restore replaced; null or absent when no table was replaced or no safety snapshot was taken. */
            safety_snapshot_id?: string | null;
        };
        SnapshotTriggerSettings: {
            /** @description Before deleteTable. */
            drop_table?: boolean | null;
            /** @description Before all rows of a table are deleted (deleteRows whose filter matches every row, as `delete_all_rows`: either one turns it on) and before a full load (importFromFile/importFromTable with incremental false) replaces a table that has rows. */
            truncate_table?: boolean | null;
            /** @description Before deleteRows deletes every row of a table (counted, whatever the filter text; as `truncate_table`: either one turns it on). */
            delete_all_rows?: boolean | null;
            /** @description Before dropColumn. */
            drop_column?: boolean | null;
            /** @description Before restoreSnapshot replaces an existing table. */
            restore_overwrite?: boolean | null;
            /** @description Before deleteBucket drops the bucket's tables. */
            delete_bucket?: boolean | null;
        };
        SnapshotRetentionSettings: {
            /** @description Days a manual snapshot is kept (1-3650). */
            manual_days?: number | null;
            /** @description Days an automatic snapshot is kept (1-3650). */
            auto_days?: number | null;
        };
        /** @description Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys at any depth are 422; retention days outside 1-3650 are 400 `invalid_config`. */
        SnapshotConfigRequest: {
            /** @description Which destructive changes take an automatic snapshot first; null unsets every trigger at this level. */
            auto_snapshot_triggers?: components["schemas"]["SnapshotTriggerSettings"] | null;
            /** @description How long snapshots are kept; null unsets both at this level. */
            retention?: components["schemas"]["SnapshotRetentionSettings"] | null;
            /** @description Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and takes no automatic snapshots. */
            enabled?: boolean | null;
            /** @description true: when an automatic snapshot fails, the change that triggered it is not made (the call fails); false: the failure is logged and the change goes ahead. */
            fail_on_error?: boolean | null;
        };
        SnapshotTriggers: {
            /** @description Before deleteTable. */
            drop_table: boolean;
            /** @description Before all rows of a table are deleted (deleteRows whose filter matches every row, as `delete_all_rows`: either one turns it on) and before a full load (importFromFile/importFromTable with incremental false) replaces a table that has rows. */
            truncate_table: boolean;
            /** @description Before deleteRows deletes every row of a table (counted, whatever the filter text; as `truncate_table`: either one turns it on). */
            delete_all_rows: boolean;
            /** @description Before dropColumn. */
            drop_column: boolean;
            /** @description Before restoreSnapshot replaces an existing table. */
            restore_overwrite: boolean;
            /** @description Before deleteBucket drops the bucket's tables. */
            delete_bucket: boolean;
        };
        SnapshotRetention: {
            /** @description Days a manual snapshot is kept (1-3650). */
            manual_days: number;
            /** @description Days an automatic snapshot is kept (1-3650). */
            auto_days: number;
        };
        /** @description Every snapshot setting as it applies at a level: the system defaults, overridden by the project's settings, then the bucket's, then the table's (as far down as the level goes). */
        SnapshotConfig: {
            auto_snapshot_triggers: components["schemas"]["SnapshotTriggers"];
            retention: components["schemas"]["SnapshotRetention"];
            /** @description Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and takes no automatic snapshots. */
            enabled: boolean;
            /** @description true: when an automatic snapshot fails, the change that triggered it is not made (the call fails); false: the failure is logged and the change goes ahead. */
            fail_on_error: boolean;
        };
        SnapshotSettingsResponse: {
            effective_config: components["schemas"]["SnapshotConfig"];
            /** @description For each setting, by dotted path (`enabled`, `auto_snapshot_triggers.drop_table`, `retention.manual_days`, ...), the level its effective value comes from. */
            inheritance: {
                [key: string]: "system" | "project" | "bucket" | "table";
            };
            /** @description What this level itself stores (only keys it sets, no nulls); null when it stores nothing. */
            local_config: components["schemas"]["SnapshotConfigRequest"] | null;
        };
        ServiceInfoResponse: {
            service: string;
            version: string;
            /** @description Relative URL of getHealth. */
            health: string;
        };
        S3CredentialCreateRequest: {
            /** @description What the credential is for. */
            description?: string | null;
            /**
             * @description Allow only reads (GET, HEAD, listings); writes and deletes are `AccessDenied`.
             * @default false
             */
            read_only?: boolean;
        };
        S3CredentialResponse: {
            /** @description The access key id (`DS` + 18 characters, 20 in all); not secret. */
            access_key_id: string;
            project_id: string;
            read_only: boolean;
            description: string | null;
            /** @description ISO-8601. */
            created_at: string;
        };
        S3CredentialCreateResponse: {
            /** @description The access key id (`DS` + 18 characters, 20 in all); not secret. */
            access_key_id: string;
            project_id: string;
            read_only: boolean;
            description: string | null;
            /** @description ISO-8601. */
            created_at: string;
            /** @description The secret access key (40 characters). Shown only here: store it. */
            secret_access_key: string;
            /** @description The S3 endpoint URL for clients (`BASE_URL` + `S3_PREFIX`), e.g. `http://localhost:8000/s3`; use path-style addressing. */
            endpoint: string;
            /** @description The region to sign with (the first of `S3_REGION`). */
            region: string;
            /** @description The project's bucket name, `project_{id}`. */
            bucket: string;
        };
        S3CredentialListResponse: {
            credentials: components["schemas"]["S3CredentialResponse"][];
            total: number;
        };
        /**
         * @description The one method a pre-signed URL is valid for.
         * @enum {string}
         */
        PresignMethod: "GET" | "PUT" | "DELETE" | "HEAD";
        PresignRequest: {
            /** @description The object key the URL is for (checked like any object key). */
            key: string;
            /** @default GET */
            method?: components["schemas"]["PresignMethod"];
            /**
             * @description Lifetime in seconds, at most 7 days.
             * @default 3600
             */
            expires_in?: number;
            /** @description For PUT: the Content-Type the upload must send (signed into the URL). */
            content_type?: string | null;
        };
        PresignResponse: {
            /** @description The pre-signed URL (absolute, from BASE_URL). */
            url: string;
            /** @description When it stops working, ISO-8601. */
            expires_at: string;
            method: components["schemas"]["PresignMethod"];
        };
        /** @description The body of every error under the S3 prefix (application/xml, never JSON). */
        S3Error: {
            /** @description The S3 error code: NoSuchKey, NoSuchBucket, NoSuchUpload, AccessDenied, InvalidAccessKeyId, SignatureDoesNotMatch, RequestTimeTooSkewed, BadDigest, EntityTooLarge, InvalidPart, InvalidPartOrder, InvalidArgument, MethodNotAllowed, NotImplemented, ... */
            Code: string;
            Message: string;
            /** @description `/{bucket}/{key}` or `/{bucket}`. */
            Resource?: string;
            /** @description The request id (also `X-Request-ID` and `x-amz-request-id`). */
            RequestId: string;
        };
        /** @description ListObjectsV2 answer (application/xml). */
        S3ListBucketResult: {
            Name: string;
            Prefix?: string;
            Delimiter?: string;
            StartAfter?: string;
            MaxKeys: number;
            KeyCount: number;
            IsTruncated: boolean;
            ContinuationToken?: string;
            NextContinuationToken?: string;
            Contents?: {
                Key?: string;
                LastModified?: string;
                ETag?: string;
                Size?: number;
                StorageClass?: string;
            }[];
            CommonPrefixes?: {
                Prefix?: string;
            }[];
        };
        WorkspaceCreateRequest: {
            /** @description A label; need not be unique. */
            name: string;
            ttl_hours?: number | null;
            /**
             * @description What the workspace may use, in GiB: loads past it fail, and SQL sessions of a workspace over it are ended.
             * @default 10
             */
            size_limit_gb?: number;
            /** @description Tables (`bucket.table`) copied in at once, as loadWorkspaceTables does. An unknown one fails the request before anything is created; a load that fails deletes the new workspace again and is the answer. */
            preload_tables?: string[];
        };
        WorkspaceConnectionInfo: {
            /** @description Where the PG wire listener is reached (PGWIRE_PUBLIC_HOST). */
            host: string;
            /** @description PGWIRE_PUBLIC_PORT. */
            port: number;
            /** @description `workspace_{id}`. */
            database: string;
            /** @description `ws_{workspace_id}_{8 hex}`; never changes. */
            username: string;
            password: string | null;
            /**
             * @description `require` when the listener requires TLS (PGWIRE_TLS=require).
             * @enum {string}
             */
            ssl_mode: "prefer" | "require";
            /** @description `postgresql://user[:password]@host:port/database?sslmode=…`, with the password where it is shown. */
            connection_string: string;
        };
        WorkspaceResponse: {
            /** @description `ws_` + 16 hex. */
            id: string;
            name: string;
            project_id: string;
            branch_id: string | null;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            expires_at: string | null;
            created_by: string | null;
            /** @description Bytes of the workspace file and its WAL. */
            size_bytes: number;
            size_limit_gb: number;
            size_limit_bytes: number;
            /** @enum {string} */
            status: "active" | "expired";
            connection: components["schemas"]["WorkspaceConnectionInfo"];
        };
        WorkspaceTableInfo: {
            /** @description The bucket (a linked bucket under its link name). */
            schema: string;
            table: string;
            /** @description From the catalog; no file is opened. */
            rows: number;
        };
        WorkspaceObjectInfo: {
            /** @description The name in the `main` schema, `schema.name` in another; what dropWorkspaceObject takes. */
            name: string;
            schema: string;
            /** @enum {string} */
            type: "table" | "view";
            rows: number | null;
        };
        WorkspaceDetailResponse: {
            /** @description `ws_` + 16 hex. */
            id: string;
            name: string;
            project_id: string;
            branch_id: string | null;
            /** @description ISO-8601 timestamp with offset. */
            created_at: string;
            expires_at: string | null;
            created_by: string | null;
            /** @description Bytes of the workspace file and its WAL. */
            size_bytes: number;
            size_limit_gb: number;
            size_limit_bytes: number;
            /** @enum {string} */
            status: "active" | "expired";
            connection: components["schemas"]["WorkspaceConnectionInfo"];
            /** @description Live SQL sessions of the workspace. */
            active_sessions: number;
            /** @description The project tables a session sees: the main or branch view, linked buckets included. */
            attached_tables: components["schemas"]["WorkspaceTableInfo"][];
            /** @description Tables and views of the workspace, every schema; names starting with `_` are internal and left out. */
            workspace_objects: components["schemas"]["WorkspaceObjectInfo"][];
        };
        WorkspaceListResponse: {
            workspaces: components["schemas"]["WorkspaceResponse"][];
            /** @description Workspaces in this page. */
            count: number;
            /** @description Workspaces listed over all pages. */
            total: number;
        };
        WorkspaceLoadItem: {
            /** @description `bucket.table` as the workspace's project view names it (a linked bucket by its link name). A bucket name with dots (`in.c-sales.orders`) is the longest prefix that is a bucket. */
            source: string;
            destination?: string | null;
            columns?: string[] | null;
            where?: components["schemas"]["RowFilters"];
            /**
             * @description Replace a table or view of that name; false: the item fails with `destination_exists`.
             * @default false
             */
            overwrite?: boolean;
        };
        WorkspaceLoadRequest: {
            tables: components["schemas"]["WorkspaceLoadItem"][];
        };
        WorkspaceLoadError: {
            /** @description The reason in snake_case, as an error body's `error`: `table_not_found`, `bucket_not_found`, `column_not_found`, `invalid_filter`, `destination_exists`, `workspace_size_exceeded`, ... */
            code: string;
            message: string;
            details?: {
                [key: string]: unknown;
            };
        };
        WorkspaceLoadTableResult: {
            source: string;
            destination: string;
            /** @description Rows copied (0 when the item failed). */
            rows: number;
            /** @description The workspace's size after this item. */
            size_bytes: number;
            /** @enum {string} */
            status: "loaded" | "failed";
            error: components["schemas"]["WorkspaceLoadError"] | null;
        };
        WorkspaceLoadResponse: {
            /** @description One result per item, in the request's order. */
            loaded: components["schemas"]["WorkspaceLoadTableResult"][];
            workspace_size_bytes: number;
        };
        PGWireAuthRequest: {
            username: string;
            password: string;
            client_ip?: string | null;
        };
        PGWireTableInfo: {
            bucket: string;
            name: string;
            /** @description The table file, relative to DATA_DIR (a branch workspace: the branch's copy where it has one; a linked bucket: the source's file). */
            path: string;
            rows: number;
        };
        PGWireAuthResponse: {
            workspace_id: string;
            project_id: string;
            branch_id: string | null;
            /** @description The workspace file, relative to DATA_DIR. */
            db_path: string;
            /** @description The tables of the workspace's project view. */
            tables: components["schemas"]["PGWireTableInfo"][];
            /** @description DUCKDB_MEMORY_LIMIT (the one instance's, shared by all sessions). */
            memory_limit: string;
            /** @description PGWIRE_QUERY_TIMEOUT_SECONDS. */
            query_timeout_seconds: number;
        };
        PGWireSessionCreateRequest: {
            session_id: string;
            workspace_id: string;
            client_ip?: string | null;
        };
        PGWireSessionInfo: {
            session_id: string;
            workspace_id: string;
            client_ip: string | null;
            /** @description ISO-8601 timestamp with offset. */
            connected_at: string;
            /** @description ISO-8601 timestamp with offset. */
            last_activity_at: string;
            query_count: number;
            /**
             * @description Sessions are listed while they live: an ended one is gone.
             * @enum {string}
             */
            status: "active";
            /**
             * @description `pgwire`: a connection to the PG wire listener; `registered`: registered with registerPgwireSession.
             * @enum {string}
             */
            kind: "pgwire" | "registered";
        };
        PGWireSessionUpdateRequest: {
            /** @default true */
            increment_queries?: boolean;
        };
        PGWireCleanupResponse: {
            /** @description Sessions ended. */
            cleaned_up: number;
            /** @description The timeout applied. */
            idle_timeout_seconds: number;
        };
        DriverExecuteRequest: {
            /** @description `type` or `@type` plus the command message fields (proto3 JSON). */
            command: {
                [key: string]: unknown;
            };
            /** @description GenericBackendCredentials: `host` (else `project_id`) names the project; the key is the bearer token. */
            credentials?: ({
                host?: string | null;
                project_id?: string | null;
                principal?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
            features?: string[] | null;
            runtimeOptions?: ({
                runId?: string | null;
            } & {
                [key: string]: unknown;
            }) | null;
        };
        DriverLogMessage: {
            /** @enum {string} */
            level: "Error" | "Warning" | "Info";
            message: string;
        };
        DriverExecuteResponse: {
            /** @description The response message as proto3 canonical JSON with `@type`; null for commands without one. */
            commandResponse: {
                [key: string]: unknown;
            } | null;
            messages: components["schemas"]["DriverLogMessage"][];
        };
        DriverCommandInfo: {
            type: string;
            type_url: string;
            group: string;
            response: string | null;
            /** @enum {string} */
            status: "handled" | "unimplemented";
            reason?: string;
        };
        DriverCommandList: {
            supported_commands: components["schemas"]["DriverCommandInfo"][];
            total_commands: number;
        };
    };
    responses: {
        /** @description The request is well-formed but not allowed as asked. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credential, or one the server does not know (`WWW-Authenticate: Bearer`). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credential is valid but does not allow this call (other project, branch or scope). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A named resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflicts with the current state (already exists, not empty, idempotency key reused). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A size limit was exceeded (MAX_REQUEST_BYTES for JSON bodies; MAX_UPLOAD_BYTES or the project quota FILES_QUOTA_BYTES for uploads); the message names the limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request does not match the contract; `detail` lists every issue. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A resource limit was reached (the table lock queue, open table files, or QUERY_TIMEOUT_MS for a query); the error names the limit. Retry later or narrow the request. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unexpected failure; the log has the cause under the request id. */
        Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The storage is not usable right now (shutting down, or a storage path is unavailable); retry later. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Range` header asks for bytes the file does not have. */
        RangeNotSatisfiable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The upload session has expired. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `InvalidArgument`, `BadDigest`, `AuthorizationHeaderMalformed` and the other 400 S3 errors. */
        S3BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description `AccessDenied`: no credential at all. */
        S3Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description `AccessDenied`, `InvalidAccessKeyId`, `SignatureDoesNotMatch`, `RequestTimeTooSkewed`: a credential that is unknown, wrong, expired, read-only for a write, or of another project. */
        S3Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description `NoSuchBucket` (no such project) or `NoSuchKey`. */
        S3NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description `InternalError`; the cause is in the server log under the request id. */
        S3Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description `ServiceUnavailable`: the storage is shutting down. */
        S3Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["S3Error"];
            };
        };
        /** @description The workspace is past its `expires_at` (`workspace_expired`, details `workspace_id`, `expired_at`); it can still be deleted until the reaper removes it. */
        WorkspaceExpired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Project id. */
        ProjectId: string;
        /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
        BranchId: string;
        /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
        DevBranchId: string;
        BucketName: string;
        TableName: string;
        KeyId: string;
        /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
        IdempotencyKey: string;
        /** @description File id (from registerFile, uploadFileStream or exportTable). */
        FileId: string;
        /** @description Upload session key from prepareFileUpload. */
        UploadKey: string;
        ColumnName: string;
        /** @description S3 access key id (from createS3Credential). */
        AccessKeyId: string;
        /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
        S3Bucket: string;
        /** @description The object key, percent-encoded per segment; it may contain `/` (the rest of the path after the bucket). 1-1024 UTF-8 bytes, no NUL or control characters, no backslash, no `.` or `..` segments. */
        S3Key: string;
        /** @description Snapshot id (from createSnapshot or listSnapshots). */
        SnapshotId: string;
        /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
        WorkspaceId: string;
        /** @description Session id: of a PG wire connection (`pgw_…`) or the id it was registered under. */
        SessionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getServiceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service (JSON), or the landing page for a browser (text/html). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceInfoResponse"];
                    "text/html": string;
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    initBackend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Initialized. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitBackendResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeBackend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitBackendResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Only projects with this status. */
                status?: "active" | "deleted";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCreateResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProjectStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectStatsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listS3Credentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["S3CredentialListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createS3Credential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["S3CredentialCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["S3CredentialCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteS3Credential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description S3 access key id (from createS3Credential). */
                access_key_id: components["parameters"]["AccessKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listBranches: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Branches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createBranch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BranchCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
                branch_id: components["parameters"]["DevBranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The branch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchDetailResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteBranch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
                branch_id: components["parameters"]["DevBranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    pullTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
                branch_id: components["parameters"]["DevBranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pulled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PullTableResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    mergeTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
                branch_id: components["parameters"]["DevBranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MergeTableRequest"];
            };
        };
        responses: {
            /** @description Merged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeTableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBranchMergeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Dev branch id (createBranch). `default`, the main branch, is not a dev branch: 404 `branch_not_found`. */
                branch_id: components["parameters"]["DevBranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Merge status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BranchMergeStatusResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listBuckets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Buckets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BucketListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BucketCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BucketResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBucket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bucket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BucketResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteBucket: {
        parameters: {
            query?: {
                /** @description Drop the bucket's tables too. */
                cascade?: boolean;
            };
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    shareBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BucketShareRequest"];
            };
        };
        responses: {
            /** @description Shared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BucketShareInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    unshareBucket: {
        parameters: {
            query: {
                /** @description The project to stop sharing with. */
                target_project_id: string;
                /** @description Also remove that project's links to the bucket. */
                force?: boolean;
            };
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    linkBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BucketLinkRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BucketResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    unlinkBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    grantReadonly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Granted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantReadonlyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeReadonly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TableCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewTable: {
        parameters: {
            query?: {
                /** @description Rows to return (1-10000; the server may set a lower cap, PREVIEW_MAX_ROWS). */
                limit?: number;
                /** @description Comma-separated column names to return, in that order. */
                columns?: string;
                /** @description Filter: the column to compare. */
                where_column?: string;
                /** @description Filter: `eq` = equal to any value, `ne` = equal to none; `gt`/`ge`/`lt`/`le` compare with the single value. */
                where_operator?: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
                /** @description Filter: values (repeat the parameter), cast to the column's type. */
                where_values?: string[];
                /** @description Comma-separated `column[:asc|desc]`. */
                order_by?: string;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TablePreviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    prepareFileUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilePrepareRequest"];
            };
        };
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilePrepareResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Upload session key from prepareFileUpload. */
                upload_key: components["parameters"]["UploadKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadForm"];
            };
        };
        responses: {
            /** @description Staged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    uploadFileStream: {
        parameters: {
            query: {
                /** @description File name (metadata only). */
                name: string;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored and registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /** @description Also list upload sessions whose bytes are staged but not registered. */
                include_staged?: boolean;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    registerFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileRegisterRequest"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description File id (from registerFile, uploadFileStream or exportTable). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description File id (from registerFile, uploadFileStream or exportTable). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: {
                Range?: string;
                "If-None-Match"?: string;
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description File id (from registerFile, uploadFileStream or exportTable). */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    ETag?: string;
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested byte range. */
            206: {
                headers: {
                    ETag?: string;
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified (the ETag matches). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            416: components["responses"]["RangeNotSatisfiable"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    importFromFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportFromFileRequest"];
            };
        };
        responses: {
            /** @description Loaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    importFromTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportFromTableRequest"];
            };
        };
        responses: {
            /** @description Loaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportToFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExportRequest"];
            };
        };
        responses: {
            /** @description Exported. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    addColumn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddColumnRequest"];
            };
        };
        responses: {
            /** @description The table after the change. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    alterColumn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
                column_name: components["parameters"]["ColumnName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlterColumnRequest"];
            };
        };
        responses: {
            /** @description The table after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    dropColumn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
                column_name: components["parameters"]["ColumnName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    setPrimaryKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPrimaryKeyRequest"];
            };
        };
        responses: {
            /** @description The table after the change. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    dropPrimaryKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteRowsRequest"];
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteRowsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    profileTable: {
        parameters: {
            query?: {
                /** @description distribution adds histograms; quality adds string patterns and correlations; full adds both. */
                mode?: "basic" | "distribution" | "quality" | "full";
            };
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableProfileResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /** @description Only snapshots of tables in this bucket. */
                bucket?: string;
                /** @description Only snapshots of tables with this name (in any bucket unless `bucket` is given). */
                table?: string;
                /** @description Only snapshots of this `snapshot_type` (e.g. `manual`, `auto_predrop`). */
                type?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Snapshot id (from createSnapshot or listSnapshots). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotDetailResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Snapshot id (from createSnapshot or listSnapshots). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Snapshot id (from createSnapshot or listSnapshots). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotRestoreRequest"];
            };
        };
        responses: {
            /** @description Restored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotRestoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewSnapshot: {
        parameters: {
            query?: {
                /** @description Rows to return (1-10000; the server may set a lower cap, PREVIEW_MAX_ROWS). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Snapshot id (from createSnapshot or listSnapshots). */
                snapshot_id: components["parameters"]["SnapshotId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TablePreviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProjectSnapshotSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProjectSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotConfigRequest"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteProjectSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBucketSnapshotSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateBucketSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotConfigRequest"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteBucketSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTableSnapshotSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateTableSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotConfigRequest"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteTableSnapshotSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                bucket_name: components["parameters"]["BucketName"];
                table_name: components["parameters"]["TableName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listObjectsV2: {
        parameters: {
            query?: {
                /** @description 2 = ListObjectsV2 (absent: v1 ListObjects). */
                "list-type"?: 1 | 2;
                /** @description Only keys that start with this. */
                prefix?: string;
                /** @description Keys with this after the prefix are rolled up into CommonPrefixes. */
                delimiter?: string;
                /** @description Most keys and common prefixes per page. */
                "max-keys"?: number;
                /** @description NextContinuationToken of the previous page. */
                "continuation-token"?: string;
                /** @description Only keys after this one. */
                "start-after"?: string;
            };
            header?: never;
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ListBucketResult. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["S3ListBucketResult"];
                };
            };
            400: components["responses"]["S3BadRequest"];
            401: components["responses"]["S3Unauthenticated"];
            403: components["responses"]["S3Forbidden"];
            404: components["responses"]["S3NotFound"];
            500: components["responses"]["S3Internal"];
            503: components["responses"]["S3Unavailable"];
        };
    };
    getObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description `bytes=first-last`, `bytes=first-` or `bytes=-suffix`. */
                Range?: string;
                /** @description An ETag: 304 when it matches. */
                "If-None-Match"?: string;
                /** @description An HTTP date: 304 when not modified since. */
                "If-Modified-Since"?: string;
            };
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
                /** @description The object key, percent-encoded per segment; it may contain `/` (the rest of the path after the bucket). 1-1024 UTF-8 bytes, no NUL or control characters, no backslash, no `.` or `..` segments. */
                key: components["parameters"]["S3Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object. */
            200: {
                headers: {
                    /** @description Quoted hex MD5 of the content (multipart: `"<md5 of part md5s>-<parts>"`). */
                    ETag?: string;
                    /** @description RFC 7231 date. */
                    "Last-Modified"?: string;
                    "Content-Length"?: number;
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested byte range. */
            206: {
                headers: {
                    /** @description Quoted hex MD5 of the content (multipart: `"<md5 of part md5s>-<parts>"`). */
                    ETag?: string;
                    /** @description RFC 7231 date. */
                    "Last-Modified"?: string;
                    "Content-Length"?: number;
                    "Accept-Ranges"?: string;
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["S3BadRequest"];
            401: components["responses"]["S3Unauthenticated"];
            403: components["responses"]["S3Forbidden"];
            404: components["responses"]["S3NotFound"];
            /** @description `InvalidRange`: the range is outside the object. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["S3Error"];
                };
            };
            500: components["responses"]["S3Internal"];
            503: components["responses"]["S3Unavailable"];
        };
    };
    putObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Base64 MD5 of the body; a mismatch is `BadDigest` and nothing is stored. */
                "Content-MD5"?: string;
                /** @description Hex SHA-256 of the body, `UNSIGNED-PAYLOAD` or a `STREAMING-*` mode. */
                "x-amz-content-sha256"?: string;
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
                /** @description The object key, percent-encoded per segment; it may contain `/` (the rest of the path after the bucket). 1-1024 UTF-8 bytes, no NUL or control characters, no backslash, no `.` or `..` segments. */
                key: components["parameters"]["S3Key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    /** @description Quoted hex MD5 of the content (multipart: `"<md5 of part md5s>-<parts>"`). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["S3BadRequest"];
            401: components["responses"]["S3Unauthenticated"];
            403: components["responses"]["S3Forbidden"];
            404: components["responses"]["S3NotFound"];
            /** @description `EntityTooLarge`: larger than `MAX_UPLOAD_BYTES` or the project quota. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["S3Error"];
                };
            };
            500: components["responses"]["S3Internal"];
            503: components["responses"]["S3Unavailable"];
        };
    };
    deleteObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
                /** @description The object key, percent-encoded per segment; it may contain `/` (the rest of the path after the bucket). 1-1024 UTF-8 bytes, no NUL or control characters, no backslash, no `.` or `..` segments. */
                key: components["parameters"]["S3Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (or absent). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["S3BadRequest"];
            401: components["responses"]["S3Unauthenticated"];
            403: components["responses"]["S3Forbidden"];
            404: components["responses"]["S3NotFound"];
            500: components["responses"]["S3Internal"];
            503: components["responses"]["S3Unavailable"];
        };
    };
    headObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
                /** @description The object key, percent-encoded per segment; it may contain `/` (the rest of the path after the bucket). 1-1024 UTF-8 bytes, no NUL or control characters, no backslash, no `.` or `..` segments. */
                key: components["parameters"]["S3Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object exists. */
            200: {
                headers: {
                    /** @description Quoted hex MD5 of the content (multipart: `"<md5 of part md5s>-<parts>"`). */
                    ETag?: string;
                    /** @description RFC 7231 date. */
                    "Last-Modified"?: string;
                    "Content-Length"?: number;
                    "Accept-Ranges"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A bad request (no body: HEAD). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed (no body: HEAD). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such object or bucket (no body: HEAD). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createPresignedUrl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The project as an S3 bucket: `project_{id}`, or the project id itself. */
                bucket: components["parameters"]["S3Bucket"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresignRequest"];
            };
        };
        responses: {
            /** @description The URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresignResponse"];
                };
            };
            400: components["responses"]["S3BadRequest"];
            401: components["responses"]["S3Unauthenticated"];
            403: components["responses"]["S3Forbidden"];
            404: components["responses"]["S3NotFound"];
            500: components["responses"]["S3Internal"];
            503: components["responses"]["S3Unavailable"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreateRequest"];
            };
        };
        responses: {
            /** @description Created, with the password. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDetailResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["WorkspaceExpired"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    clearWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["WorkspaceExpired"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    dropWorkspaceObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
                object_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dropped. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["WorkspaceExpired"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    loadWorkspaceTables: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceLoadRequest"];
            };
        };
        responses: {
            /** @description One result per item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceLoadResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["WorkspaceExpired"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    resetWorkspaceCredentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new connection info, with the password. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceConnectionInfo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["WorkspaceExpired"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listBranchWorkspaces: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    createBranchWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreateRequest"];
            };
        };
        responses: {
            /** @description Created, with the password. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBranchWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceDetailResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["WorkspaceExpired"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteBranchWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id: `default` for the main branch, or the id of a dev branch (createBranch). */
                branch_id: components["parameters"]["BranchId"];
                /** @description Workspace id (`ws_` + 16 hex, from createWorkspace or createBranchWorkspace). */
                workspace_id: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    authenticatePgwireUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PGWireAuthRequest"];
            };
        };
        responses: {
            /** @description The workspace and the tables it sees. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireAuthResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["WorkspaceExpired"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPgwireSessions: {
        parameters: {
            query?: {
                workspace_id?: string;
                /** @description Only `active` matches: ended sessions are not kept. */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireSessionInfo"][];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    registerPgwireSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PGWireSessionCreateRequest"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireSessionInfo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["WorkspaceExpired"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    cleanupPgwireSessions: {
        parameters: {
            query?: {
                idle_timeout_seconds?: number;
            };
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireCleanupResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPgwireSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id: of a PG wire connection (`pgw_…`) or the id it was registered under. */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireSessionInfo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    endPgwireSession: {
        parameters: {
            query?: {
                reason?: string;
            };
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Session id: of a PG wire connection (`pgw_…`) or the id it was registered under. */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    updatePgwireSessionActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id: of a PG wire connection (`pgw_…`) or the id it was registered under. */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PGWireSessionUpdateRequest"];
            };
        };
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PGWireSessionInfo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    executeDriverCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DriverExecuteRequest"];
            };
        };
        responses: {
            /** @description The command ran. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriverExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["Internal"];
            /** @description A command of the protocol DuckStorage does not serve (`error`: `unimplemented`). */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    listDriverCommands: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriverCommandList"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getDocsPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (If-None-Match named the current ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["Internal"];
        };
    };
    getDashboardPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified (If-None-Match named the current ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["Internal"];
        };
    };
    getPageAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example dashboard.js */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                    "image/svg+xml": string;
                };
            };
            /** @description Not modified (If-None-Match named the current ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
        };
    };
}
