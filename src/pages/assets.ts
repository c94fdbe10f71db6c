import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryDir, packageDir, staticDir } from './files.js';

/** A file the pages adapter serves: a page (`/`, `/docs`, `/dashboard`) or an asset (`/assets/{name}`). */
export interface PageFile {
  path: string;
  contentType: string;
}

/** A file as sent: its bytes, their gzip form and a strong ETag. */
export interface LoadedFile extends PageFile {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export interface PageFiles {
  landing: PageFile;
  docs: PageFile;
  dashboard: PageFile;
  /** getPageAsset's names: a fixed table, so no part of a URL ever becomes a file path. */
  assets: ReadonlyMap<string, PageFile>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const file = (path: string): PageFile => ({ path, contentType: TYPES[extname(path)] ?? 'text/plain' });

/**
 * Resolves every file at start-up: the npm bundles the pages load (swagger-ui-dist for /docs,
 * chart.js for /dashboard; nothing from a CDN) and the files of src/pages/static, its HTML as pages,
 * the rest as assets.
 */
export function resolvePageFiles(): PageFiles {
  const own = staticDir();
  const swagger = packageDir('swagger-ui-dist');
  const assets = new Map<string, PageFile>([
    ['swagger-ui-bundle.js', file(join(swagger, 'swagger-ui-bundle.js'))],
    ['swagger-ui.css', file(join(swagger, 'swagger-ui.css'))],
    // chart.js's main entry sits in dist/ beside the UMD bundle.
    ['chart.umd.min.js', file(join(entryDir('chart.js'), 'chart.umd.min.js'))],
  ]);
  for (const name of readdirSync(own).sort()) {
    const ext = extname(name);
    if (ext !== '.html' && TYPES[ext] !== undefined) assets.set(name, file(join(own, name)));
  }
  return {
    landing: file(join(own, 'landing.html')),
    docs: file(join(own, 'docs.html')),
    dashboard: file(join(own, 'dashboard.html')),
    assets,
  };
}

/** Reads a file on first use and keeps it (the packages and pages do not change while we run). */
export function createFileCache(): (f: PageFile) => LoadedFile {
  const loaded = new Map<string, LoadedFile>();
  return (f) => {
    const hit = loaded.get(f.path);
    if (hit !== undefined) return hit;
    const body = readFileSync(f.path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const entry = { ...f, body, gzip: gzipSync(body), etag };
    loaded.set(f.path, entry);
    return entry;
  };
}
