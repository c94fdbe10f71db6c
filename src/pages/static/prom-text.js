// Prometheus text exposition format 0.0.4 (what GET /metrics answers), parsed in the browser:
// `# HELP` / `# TYPE` lines and samples `name{label="value",...} value [timestamp]`, label values
// with the format's escapes (\\, \", \n), values with +Inf, -Inf and NaN. Plus the few sums the
// dashboard needs: totals by label, and quantiles from histogram buckets (as PromQL's
// histogram_quantile: linear interpolation inside the bucket).

/** @typedef {{ name: string, labels: Record<string, string>, value: number }} Sample */
/** @typedef {{ samples: Map<string, Sample[]>, types: Map<string, string>, help: Map<string, string> }} Scrape */

/** @param {string} text @returns {Scrape} */
export function parsePrometheusText(text) {
  /** @type {Map<string, Sample[]>} */
  const samples = new Map();
  const types = new Map();
  const help = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const m = /^#\s+(HELP|TYPE)\s+(\S+)\s?(.*)$/.exec(line);
      if (m === null) continue;
      if (m[1] === 'TYPE') types.set(m[2], m[3].trim());
      else help.set(m[2], m[3].replace(/\\n/g, '\n').replace(/\\\\/g, '\\'));
      continue;
    }
    const sample = parseSample(line);
    if (sample === undefined) continue;
    const list = samples.get(sample.name);
    if (list === undefined) samples.set(sample.name, [sample]);
    else list.push(sample);
  }
  return { samples, types, help };
}

/** @param {string} line @returns {Sample | undefined} */
function parseSample(line) {
  const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line);
  if (nameMatch === null) return undefined;
  const name = nameMatch[0];
  let i = name.length;
  /** @type {Record<string, string>} */
  const labels = {};
  if (line[i] === '{') {
    i++;
    while (i < line.length && line[i] !== '}') {
      while (line[i] === ' ' || line[i] === ',') i++;
      if (line[i] === '}') break;
      const eq = line.indexOf('=', i);
      if (eq < 0 || line[eq + 1] !== '"') return undefined;
      const key = line.slice(i, eq).trim();
      let value = '';
      let j = eq + 2;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length) {
          j++;
          value += line[j] === 'n' ? '\n' : line[j];
        } else value += line[j];
      }
      if (j >= line.length) return undefined;
      labels[key] = value;
      i = j + 1;
    }
    i++;
  }
  const rest = line.slice(i).trim().split(/\s+/);
  const value = parseValue(rest[0] ?? '');
  return value === undefined ? undefined : { name, labels, value };
}

/** @param {string} text */
function parseValue(text) {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  if (text === 'NaN') return Number.NaN;
  const n = Number(text);
  return text === '' || Number.isNaN(n) ? undefined : n;
}

const HISTOGRAM_SERIES = ['_bucket', '_count', '_sum'];

/**
 * Whether the server exports any of these metric families: a `# TYPE` line, or samples (a
 * histogram's under `_bucket`, `_count`, `_sum`). A labelled family nothing was recorded in yet has
 * its TYPE line and no samples: exported, zero.
 * @param {Scrape} s @param {string[]} names
 */
export function isExported(s, names) {
  return names.some((n) => s.types.has(n) || hasSamples(s, [n]));
}

/** Whether the scrape has samples of any of these families. @param {Scrape} s @param {string[]} names */
export function hasSamples(s, names) {
  return names.some((n) =>
    [n, ...HISTOGRAM_SERIES.map((suffix) => n + suffix)].some(
      (name) => (s.samples.get(name) ?? []).length > 0,
    ),
  );
}

/**
 * Sum of a metric's samples, optionally only those `where` accepts.
 * @param {Scrape} s @param {string} name @param {(labels: Record<string, string>) => boolean} [where]
 */
export function total(s, name, where) {
  let sum = 0;
  for (const sample of s.samples.get(name) ?? []) {
    if (where === undefined || where(sample.labels)) sum += sample.value;
  }
  return sum;
}

/**
 * Sums by one label's value: `byLabel(s, 'x_total', 'operation')` -> Map(operation -> sum).
 * @param {Scrape} s @param {string} name @param {string} label
 * @param {(labels: Record<string, string>) => boolean} [where]
 */
export function byLabel(s, name, label, where) {
  /** @type {Map<string, number>} */
  const out = new Map();
  for (const sample of s.samples.get(name) ?? []) {
    if (where !== undefined && !where(sample.labels)) continue;
    const key = sample.labels[label] ?? '';
    out.set(key, (out.get(key) ?? 0) + sample.value);
  }
  return out;
}

/**
 * A histogram's cumulative buckets (`<name>_bucket`), summed over the series `where` accepts:
 * [[le, count], ...] sorted by le, +Inf last.
 * @param {Scrape} s @param {string} name @param {(labels: Record<string, string>) => boolean} [where]
 * @returns {[number, number][]}
 */
export function buckets(s, name, where) {
  /** @type {Map<number, number>} */
  const byLe = new Map();
  for (const sample of s.samples.get(`${name}_bucket`) ?? []) {
    if (where !== undefined && !where(sample.labels)) continue;
    const le = parseValue(sample.labels.le ?? '');
    if (le === undefined) continue;
    byLe.set(le, (byLe.get(le) ?? 0) + sample.value);
  }
  return [...byLe.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * Bucket counts of `later` minus those of `earlier` (the observations between two scrapes).
 * @param {[number, number][]} later @param {[number, number][]} earlier @returns {[number, number][]}
 */
export function bucketDelta(later, earlier) {
  const before = new Map(earlier);
  return later.map(([le, count]) => [le, Math.max(0, count - (before.get(le) ?? 0))]);
}

/**
 * The q-quantile (0..1) of cumulative buckets, as PromQL's histogram_quantile; undefined without
 * observations. A quantile in the +Inf bucket is the highest finite bound.
 * @param {number} q @param {[number, number][]} cumulative @returns {number | undefined}
 */
export function quantile(q, cumulative) {
  const last = cumulative[cumulative.length - 1];
  if (last === undefined || last[1] <= 0) return undefined;
  const rank = q * last[1];
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, count] of cumulative) {
    if (count >= rank) {
      if (le === Number.POSITIVE_INFINITY) return prevLe;
      if (count === prevCount) return le;
      return prevLe + ((le - prevLe) * (rank - prevCount)) / (count - prevCount);
    }
    prevLe = le;
    prevCount = count;
  }
  return prevLe;
}
