import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  bucketDelta,
  buckets,
  byLabel,
  hasSamples,
  isExported,
  parsePrometheusText,
  quantile,
  total,
} from './static/prom-text.js';

/** The dashboard's parser (a browser module) against what prom-client really prints. */
describe('parsePrometheusText', () => {
  it('reads prom-client output: HELP, TYPE, labels with escapes, histograms', async () => {
    const registry = new Registry();
    const c = new Counter({
      name: 'x_total',
      help: 'a "help"\nline',
      labelNames: ['op'],
      registers: [registry],
    });
    c.inc({ op: 'plain' }, 3);
    c.inc({ op: 'quote " back \\ new\nline' }, 2);
    new Gauge({ name: 'declared', help: 'nothing recorded', labelNames: ['p'], registers: [registry] });
    const h = new Histogram({
      name: 'lat',
      help: 'h',
      buckets: [0.1, 1],
      labelNames: ['op'],
      registers: [registry],
    });
    for (const v of [0.05, 0.05, 0.5, 2]) h.observe({ op: 'a' }, v);
    const s = parsePrometheusText(await registry.metrics());
    expect(s.types.get('x_total')).toBe('counter');
    expect(s.types.get('lat')).toBe('histogram');
    expect(s.help.get('x_total')).toBe('a "help"\nline');
    expect(byLabel(s, 'x_total', 'op')).toEqual(
      new Map([
        ['plain', 3],
        ['quote " back \\ new\nline', 2],
      ]),
    );
    expect(total(s, 'x_total')).toBe(5);
    expect(total(s, 'x_total', (l) => l.op === 'plain')).toBe(3);
    expect(buckets(s, 'lat')).toEqual([
      [0.1, 2],
      [1, 3],
      [Number.POSITIVE_INFINITY, 4],
    ]);
    expect(total(s, 'lat_count')).toBe(4);
    // Exported: a TYPE line is enough; samples: a histogram's live under _bucket/_count/_sum.
    expect(isExported(s, ['declared'])).toBe(true);
    expect(hasSamples(s, ['declared'])).toBe(false);
    expect(hasSamples(s, ['lat'])).toBe(true);
    expect(isExported(s, ['duckstorage_grpc_commands_total'])).toBe(false);
  });

  it('takes +Inf, NaN, timestamps and skips lines it cannot read', () => {
    const s = parsePrometheusText(
      ['a 1 1700000000000', 'b{x="1"} +Inf', 'c NaN', 'garbage line', 'd{x="unterminated} 1', ''].join('\n'),
    );
    expect(total(s, 'a')).toBe(1);
    expect(total(s, 'b')).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(total(s, 'c'))).toBe(true);
    expect([...s.samples.keys()]).toEqual(['a', 'b', 'c']);
  });
});

describe('quantile', () => {
  const cumulative: [number, number][] = [
    [0.1, 50],
    [1, 90],
    [Number.POSITIVE_INFINITY, 100],
  ];

  it('interpolates inside the bucket, as histogram_quantile', () => {
    expect(quantile(0.5, cumulative)).toBeCloseTo(0.1);
    expect(quantile(0.25, cumulative)).toBeCloseTo(0.05);
    expect(quantile(0.7, cumulative)).toBeCloseTo(0.55);
    // In the +Inf bucket: the highest finite bound.
    expect(quantile(0.99, cumulative)).toBe(1);
    expect(quantile(0.5, [])).toBeUndefined();
    expect(quantile(0.5, [[1, 0]])).toBeUndefined();
  });

  it('of the observations between two scrapes', () => {
    const earlier: [number, number][] = [
      [0.1, 50],
      [1, 50],
      [Number.POSITIVE_INFINITY, 50],
    ];
    // Since the earlier scrape: 40 observations in (0.1, 1], 10 above.
    expect(bucketDelta(cumulative, earlier)).toEqual([
      [0.1, 0],
      [1, 40],
      [Number.POSITIVE_INFINITY, 50],
    ]);
    expect(quantile(0.5, bucketDelta(cumulative, earlier))).toBeCloseTo(0.6625);
  });
});
