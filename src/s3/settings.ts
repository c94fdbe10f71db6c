import { intSetting } from '../core/config.js';

/** Settings of the S3 adapter (README "Configuration"). */
export interface S3Settings {
  /** Mount path of the S3 API (S3_PREFIX; the reference's `/s3`). */
  prefix: string;
  /** The global SigV4 pair (S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY), admin-equivalent as in the reference. */
  accessKeyId: string;
  secretAccessKey: string;
  /** Accepted credential-scope regions (S3_REGION; the first is advertised). */
  regions: string[];
  /** Allowed clock skew of a signed request (S3_SIG_V4_MAX_AGE_SECONDS). */
  maxSkewSeconds: number;
  /** Longest lifetime of a pre-signed URL, both forms (PRESIGN_MAX_EXPIRY). */
  maxPresignSeconds: number;
  /** HMAC key of the reference-format pre-signed URLs (PRESIGN_SECRET_KEY, else derived from DATA_DIR/secret.key). */
  presignSecret: string | null;
  /** Scheme and host of pre-signed URLs (BASE_URL). */
  baseUrl: string | null;
}

export function loadS3Settings(env: NodeJS.ProcessEnv, adminApiKey: string): S3Settings {
  return {
    prefix: prefixSetting(env.S3_PREFIX),
    accessKeyId: env.S3_ACCESS_KEY_ID || 'duckdb',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || adminApiKey,
    regions: regionsSetting(env.S3_REGION),
    maxSkewSeconds: intSetting(env, 'S3_SIG_V4_MAX_AGE_SECONDS', 900, 1, 7 * 24 * 3600),
    maxPresignSeconds: intSetting(env, 'PRESIGN_MAX_EXPIRY', 604_800, 1, 604_800),
    presignSecret: env.PRESIGN_SECRET_KEY || null,
    baseUrl: baseUrlSetting(env.BASE_URL),
  };
}

/** `/s3` by default; one or more `/segment`s of unreserved characters, no trailing `/`. */
function prefixSetting(raw: string | undefined): string {
  const value = raw === undefined || raw === '' ? '/s3' : raw;
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(value))
    throw new Error(`Setting S3_PREFIX=${value} is invalid: expected a path such as /s3 (no trailing slash)`);
  return value;
}

/** Comma-separated region names; default `us-east-1,local` (the AWS SDKs' default, the reference's). */
function regionsSetting(raw: string | undefined): string[] {
  const regions = (raw === undefined || raw === '' ? 'us-east-1,local' : raw)
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (regions.length === 0 || regions.some((r) => !/^[a-z0-9-]{1,64}$/.test(r)))
    throw new Error(`Setting S3_REGION=${raw} is invalid: expected region names such as us-east-1,local`);
  return regions;
}

/** An absolute http(s) URL without query or fragment (BASE_URL); a trailing `/` is dropped. */
function baseUrlSetting(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (url === null || !['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '')
    throw new Error(
      `Setting BASE_URL=${raw} is invalid: expected an http(s) URL such as https://storage.example.com`,
    );
  return raw.replace(/\/+$/, '');
}
