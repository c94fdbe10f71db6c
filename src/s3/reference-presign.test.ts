import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { S3Error } from './errors.js';
import {
  isReferencePresign,
  type ReferencePresignParams,
  referencePresignQuery,
  referenceSignature,
  verifyReferencePresign,
} from './reference-presign.js';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const now = new Date('2026-03-01T12:00:00Z');
const expires = Math.floor(now.getTime() / 1000) + 600;
const get: ReferencePresignParams = {
  method: 'GET',
  bucket: 'project_1',
  key: 'dir/a b+=ü.csv',
  expires,
  contentType: null,
};
const put: ReferencePresignParams = { ...get, method: 'PUT', contentType: 'text/csv; charset=utf-8' };

function verify(
  p: ReferencePresignParams,
  query: string,
  over: { method?: string; key?: string; contentTypeHeader?: string | null; at?: Date } = {},
): void {
  verifyReferencePresign(
    secret,
    {
      method: over.method ?? p.method,
      bucket: p.bucket,
      key: over.key ?? p.key,
      query: new URLSearchParams(query),
      contentTypeHeader: over.contentTypeHeader === undefined ? p.contentType : over.contentTypeHeader,
    },
    over.at ?? now,
  );
}

function codeOf(run: () => void): [string, number, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof S3Error) return [error.code, error.status, error.message];
    throw error;
  }
  throw new Error('expected an S3Error');
}

describe('referenceSignature', () => {
  it('is the unpadded base64url HMAC-SHA256 of the reference string to sign', () => {
    const text = `GET\nproject_1\ndir/a b+=ü.csv\n${expires}`;
    const expected = createHmac('sha256', secret).update(text).digest('base64').replace(/=+$/, '');
    expect(referenceSignature(secret, get)).toBe(expected.replace(/\+/g, '-').replace(/\//g, '_'));
    expect(referenceSignature(secret, get)).not.toMatch(/[=+/]/);
    const withType = createHmac('sha256', secret).update(
      `PUT\nproject_1\ndir/a b+=ü.csv\n${expires}\ntext/csv; charset=utf-8`,
    );
    expect(referenceSignature(secret, put)).toBe(withType.digest('base64url'));
    expect(referenceSignature(secret.toString('latin1'), get)).toBe(referenceSignature(secret, get));
  });
});

describe('verifyReferencePresign', () => {
  it('accepts its own URLs, with the reference or the X-Amz-* names', () => {
    verify(get, referencePresignQuery(secret, get));
    verify(put, referencePresignQuery(secret, put));
    const sig = referenceSignature(secret, put);
    verify(
      put,
      new URLSearchParams({
        'X-Amz-Signature': sig,
        'X-Amz-Expires': String(expires),
        'X-Amz-Content-Type': put.contentType ?? '',
      }).toString(),
    );
    // Up to and including the expiry second.
    verify(get, referencePresignQuery(secret, get), { at: new Date(expires * 1000) });
  });

  it('refuses another method, key, bucket or secret with SignatureDoesNotMatch', () => {
    const query = referencePresignQuery(secret, get);
    for (const over of [{ method: 'HEAD' }, { method: 'PUT' }, { key: 'dir/a b+=u.csv' }]) {
      expect(codeOf(() => verify(get, query, over)).slice(0, 2)).toEqual(['SignatureDoesNotMatch', 403]);
    }
    expect(codeOf(() => verify({ ...get, bucket: 'project_2' }, query))[0]).toBe('SignatureDoesNotMatch');
    const forged = referencePresignQuery(Buffer.from('another secret'), get);
    expect(codeOf(() => verify(get, forged))[0]).toBe('SignatureDoesNotMatch');
    // A later expiry than the one signed.
    const extended = query.replace(`expires=${expires}`, `expires=${expires + 3600}`);
    expect(codeOf(() => verify(get, extended))[0]).toBe('SignatureDoesNotMatch');
    expect(codeOf(() => verify(get, `expires=${expires}`))[0]).toBe('SignatureDoesNotMatch');
  });

  it('binds a signed content type to the PUT Content-Type header', () => {
    const query = referencePresignQuery(secret, put);
    for (const contentTypeHeader of ['text/html', null, 'text/csv']) {
      expect(codeOf(() => verify(put, query, { contentTypeHeader }))).toEqual([
        'SignatureDoesNotMatch',
        403,
        'The Content-Type of the request does not match the content type the URL was signed for.',
      ]);
    }
    // Dropping content_type from the URL changes what was signed.
    const stripped = new URLSearchParams(query);
    stripped.delete('content_type');
    expect(codeOf(() => verify(put, stripped.toString(), { contentTypeHeader: 'text/html' }))[0]).toBe(
      'SignatureDoesNotMatch',
    );
    // Without a signed type a PUT may send any Content-Type.
    const untyped = { ...put, contentType: null };
    verify(untyped, referencePresignQuery(secret, untyped), { contentTypeHeader: 'image/png' });
  });

  it('answers expired URLs with AccessDenied and bad expires values with InvalidArgument', () => {
    const query = referencePresignQuery(secret, get);
    expect(codeOf(() => verify(get, query, { at: new Date(expires * 1000 + 1000) }))).toEqual([
      'AccessDenied',
      403,
      'Request has expired',
    ]);
    for (const bad of ['', 'soon', '-1', '1.5', '1e9', '99999999999999999999']) {
      const q = new URLSearchParams(query);
      q.set('expires', bad);
      expect(codeOf(() => verify(get, q.toString()))).toEqual([
        'InvalidArgument',
        400,
        'Invalid expires value',
      ]);
    }
  });
});

describe('isReferencePresign', () => {
  it('needs a signature and an expiry, and no X-Amz-Algorithm', () => {
    const yes = [
      'signature=s&expires=1',
      'X-Amz-Signature=s&X-Amz-Expires=1',
      'signature=s&X-Amz-Expires=1&x-id=GetObject',
    ];
    const no = [
      '',
      'signature=s',
      'expires=1',
      'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=s&X-Amz-Expires=1',
    ];
    for (const q of yes) expect(isReferencePresign(new URLSearchParams(q))).toBe(true);
    for (const q of no) expect(isReferencePresign(new URLSearchParams(q))).toBe(false);
  });
});
