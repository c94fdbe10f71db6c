// generated from specs/duckapi.json by codegen/emit-types.ts; do not edit
export interface paths {
    "/shelves/{shelf_id}/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shelf_id: components["parameters"]["ShelfId"];
            };
            cookie?: never;
        };
        /** List widgets */
        get: operations["listWidgets"];
        put?: never;
        /** Create a widget */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shelves/{shelf_id}/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a widget *\/ safely */
        delete: operations["deleteWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shelves/{shelf_id}/widgets/{widget_id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shelf_id: components["parameters"]["ShelfId"];
                widget_id: string;
            };
            cookie?: never;
        };
        /** Download the photo */
        get: operations["downloadWidgetPhoto"];
        /** Upload a photo (multipart) */
        put: operations["uploadWidgetPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shelves/{shelf_id}/manuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a manual (raw bytes) */
        post: operations["uploadManual"];
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
        /** Metrics text */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blobs/{bucket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** XML listing (not in the SDKs) */
        get: operations["listBlobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blobs/{bucket}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bucket: string;
                key: string;
            };
            cookie?: never;
        };
        /** Bytes (not in the SDKs) */
        get: operations["getBlob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /** Headers only (not in the SDKs) */
        head: operations["headBlob"];
        patch?: never;
        trace?: never;
    };
    "/blobs/{bucket}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** JSON call of the other adapter (in the SDKs) */
        post: operations["linkBlob"];
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
        BlobLinkRequest: {
            key: string;
        };
        BlobLink: {
            url: string;
        };
        BlobError: {
            Code?: string;
        };
        Error: {
            /** @enum {string} */
            code: "NOT_FOUND" | "INTERNAL";
            error: string;
            message: string;
            request_id: string;
        };
        Size: {
            width: number;
            /**
             * @default cm
             * @enum {string}
             */
            unit?: "cm" | "in";
        };
        WidgetCreate: {
            name: string;
            size?: components["schemas"]["Size"];
            tags?: string[] | null;
        };
        Widget: {
            id: string;
            name: string;
            size: components["schemas"]["Size"] | null;
        };
        PhotoForm: {
            /** @description The image bytes. */
            photo: string;
            caption?: string;
        };
        Photo: {
            size_bytes: number;
            sha256: string;
        };
        WidgetList: {
            widgets: components["schemas"]["Widget"][];
            total: number;
        };
    };
    responses: {
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        ShelfId: string;
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWidgets: {
        parameters: {
            query: {
                limit?: number;
                state: "new" | "used";
                tag?: string[];
            };
            header?: never;
            path: {
                shelf_id: components["parameters"]["ShelfId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetList"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["NotFound"];
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: {
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                shelf_id: components["parameters"]["ShelfId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    deleteWidget: {
        parameters: {
            query?: {
                force?: boolean;
            };
            header?: never;
            path: {
                shelf_id: components["parameters"]["ShelfId"];
                widget_id: string;
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
            404: components["responses"]["NotFound"];
        };
    };
    downloadWidgetPhoto: {
        parameters: {
            query?: never;
            header?: {
                Range?: string;
                "If-None-Match"?: string;
            };
            path: {
                shelf_id: components["parameters"]["ShelfId"];
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description A byte range. */
            206: {
                headers: {
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
            404: components["responses"]["NotFound"];
        };
    };
    uploadWidgetPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shelf_id: components["parameters"]["ShelfId"];
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PhotoForm"];
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Photo"];
                };
            };
            413: components["responses"]["NotFound"];
        };
    };
    uploadManual: {
        parameters: {
            query: {
                name: string;
            };
            header?: {
                "X-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                shelf_id: components["parameters"]["ShelfId"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Photo"];
                };
            };
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
    listBlobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bucket: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Listing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": Record<string, never>;
                };
            };
            /** @description An XML error. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BlobError"];
                };
            };
        };
    };
    getBlob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bucket: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description An XML error. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BlobError"];
                };
            };
        };
    };
    headBlob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bucket: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Absent. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkBlob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bucket: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlobLinkRequest"];
            };
        };
        responses: {
            /** @description Link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlobLink"];
                };
            };
            /** @description An XML error. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["BlobError"];
                };
            };
        };
    };
}
