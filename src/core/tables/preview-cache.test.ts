import { describe, expect, it } from 'vitest';
import type { Preview } from '../model.js';
import { PreviewCache } from './preview-cache.js';

const page = (text: string): Preview => ({
  columns: [{ name: 'v', type: 'VARCHAR', nullable: true, ordinalPosition: 1 }],
  rows: [{ v: text }],
  totalRowCount: 1,
  previewRowCount: 1,
});

describe('PreviewCache', () => {
  it('keeps pages per table and request, and invalidates one table only', () => {
    const cache = new PreviewCache(1024 * 1024);
    const a = page('a');
    cache.set('p/b/t1', 'q1', a);
    cache.set('p/b/t1', 'q2', page('b'));
    cache.set('p/b/t2', 'q1', page('c'));
    expect(cache.get('p/b/t1', 'q1')).toBe(a);
    cache.invalidate('p/b/t1');
    expect(cache.get('p/b/t1', 'q1')).toBeUndefined();
    expect(cache.get('p/b/t1', 'q2')).toBeUndefined();
    expect(cache.get('p/b/t2', 'q1')?.rows).toEqual([{ v: 'c' }]);
    expect(cache.hits).toBe(2);
    expect(cache.misses).toBe(2);
  });

  it('evicts the least recently used pages to stay within its byte limit', () => {
    const cache = new PreviewCache(8 * 1024);
    const big = 'x'.repeat(400); // each page ~1.3 KB, so about six fit
    for (let i = 0; i < 5; i += 1) cache.set('t', `q${i}`, page(big + i));
    cache.get('t', 'q0'); // q0 is now the most recent
    for (let i = 5; i < 12; i += 1) cache.set('t', `q${i}`, page(big + i));
    expect(cache.sizeBytes).toBeLessThanOrEqual(8 * 1024);
    expect(cache.get('t', 'q1')).toBeUndefined();
    expect(cache.get('t', 'q11')).toBeDefined();
  });

  it('never stores a page larger than a quarter of the limit, nor anything when disabled', () => {
    const small = new PreviewCache(1024);
    small.set('t', 'q', page('y'.repeat(1000)));
    expect(small.get('t', 'q')).toBeUndefined();
    const off = new PreviewCache(0);
    off.set('t', 'q', page('z'));
    expect(off.enabled).toBe(false);
    expect(off.get('t', 'q')).toBeUndefined();
    expect(off.sizeBytes).toBe(0);
  });
});
