// generated from specs/duckapi.json by codegen/emit-types.ts; do not edit
export interface paths {
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
        BucketCreate: {
            /** @description Bucket name: 1-96 letters, digits, `_`, `-`, `.`, starting with a letter or digit (e.g. `in_c_sales`). Unique per project regardless of case. */
            name: string;
            description?: string | null;
        };
        BucketResponse: {
            name: string;
            table_count: number;
            description: string | null;
            /** @description Always false until bucket linking exists. */
            is_linked: boolean;
            source_project_id: string | null;
            source_bucket_name: string | null;
            /** @description ISO-8601. */
            created_at: string | null;
        };
        BucketListResponse: {
            buckets: components["schemas"]["BucketResponse"][];
            total: number;
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
            /** @enum {string} */
            source: "main" | "branch";
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
        /** @description The request body is larger than MAX_REQUEST_BYTES. */
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
    };
    parameters: {
        /** @description Project id. */
        ProjectId: string;
        /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
        BranchId: string;
        BucketName: string;
        TableName: string;
        KeyId: string;
        /** @description Makes a retried request safe: the first successful (2xx) or conflicting (409) answer is kept for 10 minutes for this caller and replayed, with `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body. The same key with another method, URL or body is 409 `idempotency_conflict`; while the first request is still running, 409 `idempotency_in_progress`. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
    listBuckets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
    listTables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                /** @description Branch id; `default` is the main branch (the only one until dev branches exist). */
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
}
