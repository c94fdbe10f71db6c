import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuditContext, Storage } from '../core/storage.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { S3Settings } from './settings.js';
import type { ChunkSigningContext } from './sigv4.js';

/** Who an S3 request acts as, from the one auth resolver (auth.ts). */
export interface S3Identity {
  /** The only project it may reach; null: every project (admin key, the global SigV4 pair). */
  projectId: string | null;
  /** GET, HEAD and listings only (read-only keys and credentials). */
  readOnly: boolean;
  actor: string;
  /** SigV4: x-amz-content-sha256 as signed, and what aws-chunked bodies need to be checked. */
  payloadHash: string | null;
  chunkSigning: ChunkSigningContext | null;
}

export interface S3Deps {
  storage: Storage;
  settings: S3Settings;
  adminApiKey: string;
  log: Logger;
  metrics: Metrics;
}

/** One S3 request as the operation files see it: path split, query parsed, identity resolved. */
export interface S3Context extends S3Deps {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  /** The bucket as written in the path (`project_<id>` or the id), '' for the service. */
  bucket: string;
  projectId: string;
  /** Percent-decoded, '' for bucket-level requests. */
  key: string;
  query: URLSearchParams;
  identity: S3Identity;
  audit: AuditContext;
}

/** `project_<id>` (or a bare id, as the reference allowed) → the project id. */
export const projectOfBucket = (bucket: string): string =>
  bucket.startsWith('project_') ? bucket.slice('project_'.length) : bucket;

export const bucketOf = (projectId: string): string => `project_${projectId}`;
