// The live operations page: polls GET /metrics (Prometheus text) every few seconds, keeps the last
// scrapes in memory and draws them with Chart.js (served by this server from node_modules): rates
// are the difference of two scrapes' counters over their time apart, latency quantiles come from
// the histogram buckets of the same interval (PromQL's rate and histogram_quantile, in the browser).
// A panel whose metrics the server does not export (yet) says "no data".
import {
  bucketDelta,
  buckets,
  byLabel,
  isExported,
  parsePrometheusText,
  quantile,
  total,
} from './prom-text.js';

const Chart = window.Chart;
const P = 'duckstorage_';
const M = {
  http: `${P}http_requests_total`,
  httpLatency: `${P}http_request_duration_seconds`,
  duckdbErrors: `${P}duckdb_errors_total`,
  openTables: `${P}open_table_files`,
  projects: `${P}projects`,
  buckets: `${P}buckets`,
  tables: `${P}tables`,
  workspaces: `${P}workspaces`,
  shares: `${P}bucket_shares`,
  links: `${P}bucket_links`,
  previewBytes: `${P}preview_cache_bytes`,
  previewHits: `${P}preview_cache_hits`,
  previewMisses: `${P}preview_cache_misses`,
  idempotencyReplays: `${P}idempotency_replays_total`,
  imports: `${P}import_operations_total`,
  importRows: `${P}import_rows_total`,
  importBytes: `${P}import_bytes_total`,
  importDuration: `${P}import_duration_seconds`,
  exports: `${P}export_operations_total`,
  exportRows: `${P}export_rows_total`,
  exportBytes: `${P}export_bytes_total`,
  fileStore: `${P}file_store_bytes`,
  uploadSessions: `${P}upload_sessions`,
  uploadBytes: `${P}upload_bytes_total`,
  s3: `${P}s3_operations_total`,
  s3Bytes: `${P}s3_bytes_total`,
  s3Multipart: `${P}s3_multipart_uploads_active`,
  snapshots: `${P}snapshots`,
  snapshotBytes: `${P}snapshot_bytes`,
  snapshotsCreated: `${P}snapshots_created_total`,
  snapshotsRestored: `${P}snapshots_restored_total`,
  snapshotsExpired: `${P}snapshots_expired_total`,
  branches: `${P}branches`,
  branchTables: `${P}branch_tables`,
  branchOps: `${P}branch_table_operations_total`,
  branchBytes: `${P}branch_table_bytes_total`,
  pgSessions: `${P}pgwire_sessions`,
  pgQueries: `${P}pgwire_queries_total`,
  pgRefused: `${P}pgwire_connections_refused_total`,
  pgBytes: `${P}pgwire_bytes_sent_total`,
  pgLatency: `${P}pgwire_query_duration_seconds`,
  grpc: `${P}grpc_commands_total`,
  grpcLatency: `${P}grpc_command_duration_seconds`,
  rss: `${P}process_resident_memory_bytes`,
  heapUsed: `${P}nodejs_heap_size_used_bytes`,
  heapTotal: `${P}nodejs_heap_size_total_bytes`,
  external: `${P}nodejs_external_memory_bytes`,
  cpu: `${P}process_cpu_seconds_total`,
  lagP99: `${P}nodejs_eventloop_lag_p99_seconds`,
  openFds: `${P}process_open_fds`,
  startTime: `${P}process_start_time_seconds`,
};
const KEY_STORE = 'duckstorage-metrics-key';
const KEEP = 180;
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
];

// ---- formatting -------------------------------------------------------------------------------

const none = (n) => n === undefined || Number.isNaN(n);
const fmt = {
  count(n) {
    if (none(n)) return '–';
    const a = Math.abs(n);
    if (a >= 1e9) return `${(n / 1e9).toFixed(2)}G`;
    if (a >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
    if (a >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
  },
  rate(n) {
    if (none(n)) return '–';
    return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
  },
  bytes(n) {
    if (none(n)) return '–';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return `${i === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
  },
  seconds(s) {
    if (none(s)) return '–';
    if (s < 0.001) return `${(s * 1e6).toFixed(0)} µs`;
    if (s < 1) return `${(s * 1e3).toFixed(s < 0.01 ? 2 : 1)} ms`;
    return `${s.toFixed(2)} s`;
  },
  duration(s) {
    if (none(s)) return '–';
    const d = Math.floor(s / 86400);
    const h = Math.floor((s % 86400) / 3600);
    const m = Math.floor((s % 3600) / 60);
    if (d > 0) return `${d}d ${h}h`;
    if (h > 0) return `${h}h ${m}m`;
    return `${m}m ${Math.floor(s % 60)}s`;
  },
  percent(n) {
    return none(n) ? '–' : `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;
  },
};
fmt.bytesRate = (n) => (none(n) ? '–' : `${fmt.bytes(n)}/s`);
fmt.perMinute = (n) => (none(n) ? '–' : `${fmt.rate(n)}/min`);

// ---- what the scrapes say ---------------------------------------------------------------------

/** @type {{ t: number, s: import('./prom-text.js').Scrape }[]} */
const history = [];
const latest = () => history[history.length - 1];
const previous = () => history[history.length - 2];
/** The oldest kept scrape at most `seconds` older than the latest (the latest itself if alone). */
function ago(seconds) {
  const now = latest();
  return history.find((h) => h.t >= now.t - seconds - 0.5) ?? now;
}
/** Per-second increase of `f` between two scrapes; undefined with only one. Counter resets count as 0. */
function rate(later, earlier, f) {
  if (earlier === undefined || earlier === later || later.t <= earlier.t) return undefined;
  return Math.max(0, f(later.s) - f(earlier.s)) / (later.t - earlier.t);
}
/** Per-second increase by one label's value. */
function rates(later, earlier, name, label, where) {
  const out = new Map();
  if (earlier === undefined || earlier === later || later.t <= earlier.t) return out;
  const before = byLabel(earlier.s, name, label, where);
  for (const [key, value] of byLabel(later.s, name, label, where)) {
    out.set(key, Math.max(0, value - (before.get(key) ?? 0)) / (later.t - earlier.t));
  }
  return out;
}
/** The q-quantile of a histogram's observations between two scrapes (since start without `earlier`). */
function windowQuantile(q, later, earlier, name, where) {
  const now = buckets(later.s, name, where);
  if (earlier === undefined || earlier === later) return quantile(q, now);
  return quantile(q, bucketDelta(now, buckets(earlier.s, name, where)));
}
const isStatus = (cls) => (labels) => (labels.status ?? '').startsWith(cls);

// ---- panels -------------------------------------------------------------------------------------

// `any`: a Chart.js instance; this plain browser script loads Chart.js as a global, with no types.
/** @type {{ update(): void, chart?: any }[]} */
const panels = [];
const sectionsEl = document.getElementById('sections');

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function section(title) {
  const grid = el('div', { class: 'grid' });
  const tiles = el('div', { class: 'tiles' });
  sectionsEl.append(el('h2', { text: title }), tiles, grid);
  return { grid, tiles };
}

/** Figures: `{ label, metrics, value(now), format }`; a figure whose metrics are absent says "no data". */
function tiles(container, figures) {
  const cells = figures.map((f) => {
    const value = el('div', { class: 'value', text: '–' });
    const id = f.id === undefined ? {} : { id: `kpi-${f.id}` };
    container.append(
      el('div', { class: 'kpi', ...id }, [el('div', { class: 'label', text: f.label }), value]),
    );
    return { f, value };
  });
  panels.push({
    update() {
      const now = latest();
      for (const { f, value } of cells) {
        const present = isExported(now.s, f.metrics);
        const v = present ? f.value(now) : undefined;
        value.classList.toggle('nodata', !present);
        value.textContent = present ? f.format(v) : 'no data';
      }
    },
  });
}

/**
 * A panel's state, also in `data-state`: `data`; `empty`, the server exports the metrics but nothing
 * was recorded yet (or one scrape is not enough for a rate); `absent`, it does not export them.
 */
function setState(card, state) {
  card.dataset.state = state;
  card.classList.toggle('empty', state !== 'data');
  const cover = card.querySelector('.nodata');
  if (cover !== null) cover.textContent = state === 'absent' ? 'no data' : 'no data yet';
}

function chartCard(grid, { id, title, tall }) {
  const canvas = el('canvas', { id: `chart-${id}`, role: 'img', 'aria-label': title });
  const card = el('div', { class: `panel${tall ? ' tall' : ''}`, id: `panel-${id}` }, [
    el('h3', { text: title }),
    el('div', { class: 'chart' }, [canvas]),
    el('div', { class: 'nodata', text: 'no data' }),
  ]);
  grid.append(card);
  setState(card, 'empty');
  return { card, canvas };
}

const axisFormat = {
  rate: fmt.rate,
  bytes: fmt.bytes,
  seconds: fmt.seconds,
  count: fmt.count,
  perMinute: fmt.rate,
};

function baseOptions(unit, extra = {}) {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10 } },
      tooltip: {
        callbacks: {
          label: (ctx) =>
            `${ctx.dataset.label ?? ctx.label}: ${(axisFormat[unit] ?? fmt.count)(ctx.parsed.y ?? ctx.parsed.x)}`,
        },
      },
    },
    ...extra,
  };
}

/**
 * A time series: each scrape adds one point per series (`series(now, before)` -> Map name -> value);
 * the `top` series with the highest values in the window are drawn, the rest summed as "other".
 */
function timeSeries(grid, spec) {
  const { card, canvas } = chartCard(grid, spec);
  const points = [];
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: [], datasets: [] },
    options: baseOptions(spec.unit, {
      scales: {
        x: { ticks: { maxTicksLimit: 6, maxRotation: 0 } },
        y: { beginAtZero: true, ticks: { callback: (v) => (axisFormat[spec.unit] ?? fmt.count)(v) } },
      },
      elements: { point: { radius: 0 }, line: { borderWidth: 1.6, tension: 0.25 } },
    }),
  });
  panels.push({
    chart,
    update() {
      const now = latest();
      points.push(spec.series(now, previous()));
      while (points.length > history.length) points.shift();
      const present = isExported(now.s, spec.metrics);
      const peak = new Map();
      for (const p of points)
        for (const [k, v] of p) if (v !== undefined) peak.set(k, Math.max(peak.get(k) ?? 0, v));
      let names = [...peak.keys()];
      if (spec.order === undefined) names.sort((a, b) => (peak.get(b) ?? 0) - (peak.get(a) ?? 0));
      else names = spec.order.filter((n) => peak.has(n));
      setState(card, !present ? 'absent' : names.length === 0 ? 'empty' : 'data');
      const top = spec.top ?? names.length;
      const shown = names.slice(0, top);
      const rest = names.slice(top);
      const data = (name) => points.map((p) => p.get(name) ?? null);
      const other = () =>
        points.map((p) => {
          const vs = rest.map((n) => p.get(n)).filter((v) => v !== undefined);
          return vs.length === 0 ? null : vs.reduce((a, b) => a + b, 0);
        });
      const wanted = [...shown.map((n) => [n, data(n)]), ...(rest.length > 0 ? [['other', other()]] : [])];
      const old = new Map(chart.data.datasets.map((d) => [d.label, d]));
      chart.data.labels = history.map((h) => new Date(h.t * 1000).toLocaleTimeString());
      chart.data.datasets = wanted.map(([label, values], i) => {
        const color = label === 'other' ? '#9aa4b1' : PALETTE[i % PALETTE.length];
        const d = old.get(label) ?? { label };
        return Object.assign(d, { data: values, borderColor: color, backgroundColor: color });
      });
      chart.update('none');
    },
  });
}

/** Bars of current values (`values(now)` -> Map label -> value), highest first, at most `top`. */
function bars(grid, spec) {
  const { card, canvas } = chartCard(grid, spec);
  const horizontal = spec.horizontal ?? true;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ label: spec.series ?? spec.title, data: [] }] },
    options: baseOptions(spec.unit, {
      indexAxis: horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => (axisFormat[spec.unit] ?? fmt.count)(horizontal ? ctx.parsed.x : ctx.parsed.y),
          },
        },
      },
      scales: {
        [horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          ticks: { callback: (v) => (axisFormat[spec.unit] ?? fmt.count)(v) },
        },
        [horizontal ? 'y' : 'x']: { ticks: { autoSkip: false, font: { size: 11 } } },
      },
    }),
  });
  panels.push({
    chart,
    update() {
      const now = latest();
      const values = [...spec.values(now)].filter(([, v]) => v !== undefined && v > 0);
      values.sort((a, b) => b[1] - a[1]);
      const shown = values.slice(0, spec.top ?? 20);
      setState(card, !isExported(now.s, spec.metrics) ? 'absent' : shown.length === 0 ? 'empty' : 'data');
      chart.data.labels = shown.map(([k]) => k);
      const ds = chart.data.datasets[0];
      ds.data = shown.map(([, v]) => v);
      ds.backgroundColor = shown.map((_, i) => PALETTE[i % PALETTE.length]);
      chart.update('none');
    },
  });
}

// ---- the page -----------------------------------------------------------------------------------

function build() {
  const kpis = document.getElementById('kpis');
  tiles(kpis, [
    {
      id: 'uptime',
      label: 'Uptime',
      metrics: [M.startTime],
      value: (n) => n.t - total(n.s, M.startTime),
      format: fmt.duration,
    },
    {
      id: 'requests',
      label: 'Requests',
      metrics: [M.http],
      value: (n) => total(n.s, M.http),
      format: fmt.count,
    },
    {
      id: 'rps',
      label: 'Requests/s',
      metrics: [M.http],
      value: (n) => rate(n, previous(), (s) => total(s, M.http)),
      format: fmt.rate,
    },
    {
      id: 'errors',
      label: '5xx answers',
      metrics: [M.http],
      value: (n) => total(n.s, M.http, isStatus('5')),
      format: fmt.count,
    },
    {
      id: 'p95',
      label: 'p95 latency (1 min)',
      metrics: [M.http],
      value: (n) => windowQuantile(0.95, n, ago(60), M.httpLatency),
      format: fmt.seconds,
    },
    {
      id: 'open-tables',
      label: 'Open table files',
      metrics: [M.openTables],
      value: (n) => total(n.s, M.openTables),
      format: fmt.count,
    },
    {
      id: 'pg-sessions',
      label: 'PG wire sessions',
      metrics: [M.pgSessions],
      value: (n) => total(n.s, M.pgSessions),
      format: fmt.count,
    },
    {
      id: 'rss',
      label: 'Memory (RSS)',
      metrics: [M.rss],
      value: (n) => total(n.s, M.rss),
      format: fmt.bytes,
    },
  ]);

  let s = section('Requests');
  timeSeries(s.grid, {
    id: 'requests-rate',
    title: 'Requests per second by operation',
    metrics: [M.http],
    unit: 'rate',
    top: 8,
    tall: true,
    series: (n, b) => rates(n, b, M.http, 'operation'),
  });
  bars(s.grid, {
    id: 'requests-total',
    title: 'Requests by operation (since start)',
    series: 'requests',
    metrics: [M.http],
    unit: 'count',
    top: 20,
    tall: true,
    values: (n) => byLabel(n.s, M.http, 'operation'),
  });

  s = section('Latency');
  timeSeries(s.grid, {
    id: 'latency',
    title: 'Latency of all operations (per refresh)',
    metrics: [M.httpLatency],
    unit: 'seconds',
    order: ['p50', 'p95', 'p99'],
    series: (n, b) =>
      new Map(
        b === undefined
          ? []
          : [
              ['p50', windowQuantile(0.5, n, b, M.httpLatency)],
              ['p95', windowQuantile(0.95, n, b, M.httpLatency)],
              ['p99', windowQuantile(0.99, n, b, M.httpLatency)],
            ],
      ),
  });
  bars(s.grid, {
    id: 'latency-op',
    title: 'p95 latency by operation (since start)',
    series: 'p95',
    metrics: [M.httpLatency],
    unit: 'seconds',
    top: 15,
    values: (n) => {
      const out = new Map();
      for (const op of byLabel(n.s, M.http, 'operation').keys()) {
        out.set(
          op,
          quantile(
            0.95,
            buckets(n.s, M.httpLatency, (l) => l.operation === op),
          ),
        );
      }
      return out;
    },
  });

  s = section('Errors');
  timeSeries(s.grid, {
    id: 'errors',
    title: 'Error answers and DuckDB errors per second',
    metrics: [M.http],
    unit: 'rate',
    order: ['4xx', '5xx', 'DuckDB errors'],
    series: (n, b) =>
      new Map([
        ['4xx', rate(n, b, (x) => total(x, M.http, isStatus('4')))],
        ['5xx', rate(n, b, (x) => total(x, M.http, isStatus('5')))],
        ['DuckDB errors', rate(n, b, (x) => total(x, M.duckdbErrors))],
      ]),
  });
  bars(s.grid, {
    id: 'errors-op',
    title: 'Error answers by operation and status (since start)',
    metrics: [M.http],
    unit: 'count',
    top: 15,
    values: (n) => {
      const out = new Map();
      for (const x of n.s.samples.get(M.http) ?? []) {
        if (Number(x.labels.status) < 400) continue;
        const key = `${x.labels.operation} ${x.labels.status}`;
        out.set(key, (out.get(key) ?? 0) + x.value);
      }
      return out;
    },
  });
  bars(s.grid, {
    id: 'duckdb-errors',
    title: 'DuckDB errors by category (since start)',
    metrics: [M.duckdbErrors],
    unit: 'count',
    values: (n) => byLabel(n.s, M.duckdbErrors, 'category'),
  });

  s = section('Catalog and table files');
  tiles(s.tiles, [
    { label: 'Projects', metrics: [M.projects], value: (n) => total(n.s, M.projects), format: fmt.count },
    { label: 'Buckets', metrics: [M.buckets], value: (n) => total(n.s, M.buckets), format: fmt.count },
    { label: 'Tables', metrics: [M.tables], value: (n) => total(n.s, M.tables), format: fmt.count },
    {
      label: 'Open table files',
      metrics: [M.openTables],
      value: (n) => total(n.s, M.openTables),
      format: fmt.count,
    },
    {
      label: 'Workspaces',
      metrics: [M.workspaces],
      value: (n) => total(n.s, M.workspaces),
      format: fmt.count,
    },
    { label: 'Bucket shares', metrics: [M.shares], value: (n) => total(n.s, M.shares), format: fmt.count },
    { label: 'Linked buckets', metrics: [M.links], value: (n) => total(n.s, M.links), format: fmt.count },
    {
      label: 'Preview cache hits',
      metrics: [M.previewHits],
      value: (n) => {
        const hits = total(n.s, M.previewHits);
        const all = hits + total(n.s, M.previewMisses);
        return all === 0 ? undefined : hits / all;
      },
      format: fmt.percent,
    },
    {
      label: 'Preview cache',
      metrics: [M.previewBytes],
      value: (n) => total(n.s, M.previewBytes),
      format: fmt.bytes,
    },
    {
      label: 'Idempotent replays',
      metrics: [M.idempotencyReplays],
      value: (n) => total(n.s, M.idempotencyReplays),
      format: fmt.count,
    },
  ]);
  timeSeries(s.grid, {
    id: 'open-tables',
    title: 'Open table files',
    metrics: [M.openTables],
    unit: 'count',
    series: (n) => new Map([['open table files', total(n.s, M.openTables)]]),
  });

  s = section('Imports and exports');
  tiles(s.tiles, [
    { label: 'Imports', metrics: [M.imports], value: (n) => total(n.s, M.imports), format: fmt.count },
    {
      label: 'Rows imported',
      metrics: [M.importRows],
      value: (n) => total(n.s, M.importRows),
      format: fmt.count,
    },
    {
      label: 'Bytes imported',
      metrics: [M.importBytes],
      value: (n) => total(n.s, M.importBytes),
      format: fmt.bytes,
    },
    {
      label: 'Import p95',
      metrics: [M.imports],
      value: (n) => quantile(0.95, buckets(n.s, M.importDuration)),
      format: fmt.seconds,
    },
    { label: 'Exports', metrics: [M.exports], value: (n) => total(n.s, M.exports), format: fmt.count },
    {
      label: 'Rows exported',
      metrics: [M.exportRows],
      value: (n) => total(n.s, M.exportRows),
      format: fmt.count,
    },
    {
      label: 'Bytes exported',
      metrics: [M.exportBytes],
      value: (n) => total(n.s, M.exportBytes),
      format: fmt.bytes,
    },
  ]);
  timeSeries(s.grid, {
    id: 'loads',
    title: 'Imports and exports per minute',
    metrics: [M.imports, M.exports],
    unit: 'perMinute',
    series: (n, b) => {
      const out = new Map();
      for (const [k, v] of rates(n, b, M.imports, 'format')) out.set(`import ${k}`, v * 60);
      for (const [k, v] of rates(n, b, M.exports, 'format')) out.set(`export ${k}`, v * 60);
      return out;
    },
  });
  timeSeries(s.grid, {
    id: 'load-rows',
    title: 'Rows per second',
    metrics: [M.importRows, M.exportRows],
    unit: 'rate',
    order: ['imported', 'exported'],
    series: (n, b) =>
      new Map([
        ['imported', rate(n, b, (x) => total(x, M.importRows))],
        ['exported', rate(n, b, (x) => total(x, M.exportRows))],
      ]),
  });

  s = section('File store and S3');
  tiles(s.tiles, [
    { label: 'File store', metrics: [M.fileStore], value: (n) => total(n.s, M.fileStore), format: fmt.bytes },
    {
      label: 'Upload sessions',
      metrics: [M.uploadSessions],
      value: (n) => total(n.s, M.uploadSessions),
      format: fmt.count,
    },
    {
      label: 'Bytes uploaded',
      metrics: [M.uploadBytes],
      value: (n) => total(n.s, M.uploadBytes),
      format: fmt.bytes,
    },
    { label: 'S3 requests', metrics: [M.s3], value: (n) => total(n.s, M.s3), format: fmt.count },
    {
      label: 'S3 bytes in',
      metrics: [M.s3Bytes],
      value: (n) => total(n.s, M.s3Bytes, (l) => l.direction === 'in'),
      format: fmt.bytes,
    },
    {
      label: 'S3 bytes out',
      metrics: [M.s3Bytes],
      value: (n) => total(n.s, M.s3Bytes, (l) => l.direction === 'out'),
      format: fmt.bytes,
    },
    {
      label: 'S3 multipart open',
      metrics: [M.s3Multipart],
      value: (n) => total(n.s, M.s3Multipart),
      format: fmt.count,
    },
  ]);
  timeSeries(s.grid, {
    id: 's3',
    title: 'S3 requests per second by operation',
    metrics: [M.s3],
    unit: 'rate',
    top: 8,
    series: (n, b) => rates(n, b, M.s3, 'operation'),
  });
  timeSeries(s.grid, {
    id: 'file-bytes',
    title: 'File bytes per second',
    metrics: [M.uploadBytes, M.s3Bytes],
    unit: 'bytes',
    order: ['uploads (REST)', 'S3 in', 'S3 out'],
    series: (n, b) =>
      new Map([
        ['uploads (REST)', rate(n, b, (x) => total(x, M.uploadBytes))],
        ['S3 in', rate(n, b, (x) => total(x, M.s3Bytes, (l) => l.direction === 'in'))],
        ['S3 out', rate(n, b, (x) => total(x, M.s3Bytes, (l) => l.direction === 'out'))],
      ]),
  });

  s = section('Snapshots');
  tiles(s.tiles, [
    { label: 'Stored', metrics: [M.snapshots], value: (n) => total(n.s, M.snapshots), format: fmt.count },
    {
      label: 'Stored bytes',
      metrics: [M.snapshotBytes],
      value: (n) => total(n.s, M.snapshotBytes),
      format: fmt.bytes,
    },
    {
      label: 'Created',
      metrics: [M.snapshotsCreated],
      value: (n) => total(n.s, M.snapshotsCreated),
      format: fmt.count,
    },
    {
      label: 'Restored',
      metrics: [M.snapshotsRestored],
      value: (n) => total(n.s, M.snapshotsRestored),
      format: fmt.count,
    },
    {
      label: 'Expired',
      metrics: [M.snapshotsExpired],
      value: (n) => total(n.s, M.snapshotsExpired),
      format: fmt.count,
    },
  ]);
  bars(s.grid, {
    id: 'snapshots',
    title: 'Snapshots stored by type',
    metrics: [M.snapshots],
    unit: 'count',
    values: (n) => byLabel(n.s, M.snapshots, 'type'),
  });
  bars(s.grid, {
    id: 'snapshots-created',
    title: 'Snapshots created by type (since start)',
    metrics: [M.snapshotsCreated],
    unit: 'count',
    values: (n) => byLabel(n.s, M.snapshotsCreated, 'type'),
  });

  s = section('Dev branches');
  tiles(s.tiles, [
    { label: 'Branches', metrics: [M.branches], value: (n) => total(n.s, M.branches), format: fmt.count },
    {
      label: 'Branch tables',
      metrics: [M.branchTables],
      value: (n) => total(n.s, M.branchTables),
      format: fmt.count,
    },
    {
      label: 'Bytes copied',
      metrics: [M.branchBytes],
      value: (n) => total(n.s, M.branchBytes),
      format: fmt.bytes,
    },
  ]);
  bars(s.grid, {
    id: 'branch-ops',
    title: 'Branch table copies, pulls and merges (since start)',
    metrics: [M.branchOps],
    unit: 'count',
    horizontal: false,
    values: (n) => byLabel(n.s, M.branchOps, 'action'),
  });

  s = section('PG wire');
  tiles(s.tiles, [
    {
      label: 'Live sessions',
      metrics: [M.pgSessions],
      value: (n) => total(n.s, M.pgSessions),
      format: fmt.count,
    },
    { label: 'Statements', metrics: [M.pgQueries], value: (n) => total(n.s, M.pgQueries), format: fmt.count },
    {
      label: 'Failed statements',
      metrics: [M.pgQueries],
      value: (n) => total(n.s, M.pgQueries, (l) => l.status !== 'ok'),
      format: fmt.count,
    },
    {
      label: 'Statement p95',
      metrics: [M.pgQueries],
      value: (n) => quantile(0.95, buckets(n.s, M.pgLatency)),
      format: fmt.seconds,
    },
    {
      label: 'Refused connections',
      metrics: [M.pgRefused],
      value: (n) => total(n.s, M.pgRefused),
      format: fmt.count,
    },
    { label: 'Bytes sent', metrics: [M.pgBytes], value: (n) => total(n.s, M.pgBytes), format: fmt.bytes },
  ]);
  timeSeries(s.grid, {
    id: 'pg-queries',
    title: 'PG wire statements per second',
    metrics: [M.pgQueries],
    unit: 'rate',
    series: (n, b) => rates(n, b, M.pgQueries, 'status'),
  });
  timeSeries(s.grid, {
    id: 'pg-sessions',
    title: 'PG wire sessions',
    metrics: [M.pgSessions],
    unit: 'count',
    series: (n) => new Map([['sessions', total(n.s, M.pgSessions)]]),
  });

  s = section('gRPC driver');
  tiles(s.tiles, [
    { label: 'Commands', metrics: [M.grpc], value: (n) => total(n.s, M.grpc), format: fmt.count },
    {
      label: 'Failed commands',
      metrics: [M.grpc],
      value: (n) => total(n.s, M.grpc, (l) => l.status !== 'OK'),
      format: fmt.count,
    },
    {
      label: 'Command p95',
      metrics: [M.grpc],
      value: (n) => quantile(0.95, buckets(n.s, M.grpcLatency)),
      format: fmt.seconds,
    },
  ]);
  timeSeries(s.grid, {
    id: 'grpc',
    title: 'gRPC commands per second by command',
    metrics: [M.grpc],
    unit: 'rate',
    top: 8,
    series: (n, b) => rates(n, b, M.grpc, 'command'),
  });
  bars(s.grid, {
    id: 'grpc-status',
    title: 'gRPC commands by status (since start)',
    metrics: [M.grpc],
    unit: 'count',
    values: (n) => byLabel(n.s, M.grpc, 'status'),
  });

  s = section('Memory and process');
  tiles(s.tiles, [
    { label: 'RSS', metrics: [M.rss], value: (n) => total(n.s, M.rss), format: fmt.bytes },
    { label: 'Heap used', metrics: [M.heapUsed], value: (n) => total(n.s, M.heapUsed), format: fmt.bytes },
    { label: 'Heap total', metrics: [M.heapTotal], value: (n) => total(n.s, M.heapTotal), format: fmt.bytes },
    { label: 'External', metrics: [M.external], value: (n) => total(n.s, M.external), format: fmt.bytes },
    {
      label: 'CPU (one core)',
      metrics: [M.cpu],
      value: (n) => rate(n, previous(), (x) => total(x, M.cpu)),
      format: fmt.percent,
    },
    {
      label: 'Event loop lag p99',
      metrics: [M.lagP99],
      value: (n) => total(n.s, M.lagP99),
      format: fmt.seconds,
    },
    { label: 'Open fds', metrics: [M.openFds], value: (n) => total(n.s, M.openFds), format: fmt.count },
  ]);
  timeSeries(s.grid, {
    id: 'memory',
    title: 'Memory',
    metrics: [M.rss, M.heapUsed],
    unit: 'bytes',
    order: ['RSS', 'heap total', 'heap used', 'external'],
    series: (n) =>
      new Map(
        [
          ['RSS', M.rss],
          ['heap total', M.heapTotal],
          ['heap used', M.heapUsed],
          ['external', M.external],
        ]
          .filter(([, name]) => isExported(n.s, [name]))
          .map(([label, name]) => [label, total(n.s, name)]),
      ),
  });
  panels.push({ update: updateOperationsTable });
}

/** The table of every operation: totals, the last 30 s rate, and quantiles since start. */
function updateOperationsTable() {
  const now = latest();
  const body = document.querySelector('#ops-table tbody');
  const counts = byLabel(now.s, M.http, 'operation');
  setState(
    document.getElementById('ops-panel'),
    !isExported(now.s, [M.http]) ? 'absent' : counts.size === 0 ? 'empty' : 'data',
  );
  const recent = rates(now, ago(30), M.http, 'operation');
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  body.replaceChildren(
    ...rows.map(([op, count]) => {
      const mine = (l) => l.operation === op;
      const b = buckets(now.s, M.httpLatency, mine);
      const e4 = total(now.s, M.http, (l) => mine(l) && isStatus('4')(l));
      const e5 = total(now.s, M.http, (l) => mine(l) && isStatus('5')(l));
      const td = (text, col, bad = false) => el('td', { 'data-col': col, class: bad ? 'bad' : '', text });
      return el('tr', { 'data-operation': op }, [
        td(op, 'operation'),
        td(String(count), 'requests'),
        td(fmt.rate(recent.get(op)), 'rps'),
        td(String(e4), '4xx'),
        td(String(e5), '5xx', e5 > 0),
        td(fmt.seconds(quantile(0.5, b)), 'p50'),
        td(fmt.seconds(quantile(0.95, b)), 'p95'),
        td(fmt.seconds(quantile(0.99, b)), 'p99'),
      ]);
    }),
  );
}

// ---- theme --------------------------------------------------------------------------------------

function applyTheme() {
  const css = getComputedStyle(document.documentElement);
  Chart.defaults.color = css.getPropertyValue('--muted').trim() || '#5b6470';
  Chart.defaults.borderColor = css.getPropertyValue('--grid').trim() || 'rgba(0,0,0,0.1)';
  Chart.defaults.font.family = css.fontFamily;
  for (const p of panels) p.chart?.update('none');
}
window.addEventListener('duckstorage-theme', applyTheme);

// ---- polling ------------------------------------------------------------------------------------

const params = new URLSearchParams(window.location.search);
const intervalSelect = document.getElementById('interval');
const fromQuery = Number(params.get('interval'));
let intervalSeconds = Number.isFinite(fromQuery) && fromQuery > 0 ? fromQuery : 5;
if (![...intervalSelect.options].some((o) => Number(o.value) === intervalSeconds)) {
  intervalSelect.append(el('option', { value: String(intervalSeconds), text: `${intervalSeconds} s` }));
}
intervalSelect.value = String(intervalSeconds);
let paused = false;
let timer;
let scrapes = 0;
const statusEl = document.getElementById('scrape-status');
const keyForm = document.getElementById('key-form');
const forgetKey = document.getElementById('forget-key');

function setStatus(text, bad = false) {
  statusEl.textContent = text;
  statusEl.classList.toggle('err', bad);
}
const storedKey = () => {
  try {
    return sessionStorage.getItem(KEY_STORE);
  } catch {
    return null;
  }
};

function schedule() {
  clearTimeout(timer);
  if (!paused) timer = setTimeout(scrape, intervalSeconds * 1000);
}

async function scrape() {
  clearTimeout(timer);
  const key = storedKey();
  forgetKey.hidden = key === null;
  let response;
  try {
    response = await fetch('/metrics', {
      cache: 'no-store',
      headers: key === null ? {} : { authorization: `Bearer ${key}` },
    });
  } catch (error) {
    setStatus(`/metrics did not answer (${error.message}); retrying`, true);
    schedule();
    return;
  }
  if (response.status === 401 || response.status === 403) {
    // /metrics wants a key (or a better one): ask, and poll again once it is given.
    document.getElementById('key-reason').textContent =
      key === null ? '/metrics needs an API key.' : `/metrics refused the key (${response.status}).`;
    keyForm.hidden = false;
    setStatus('Waiting for a key', true);
    return;
  }
  if (!response.ok) {
    setStatus(`/metrics answered ${response.status}; retrying`, true);
    schedule();
    return;
  }
  keyForm.hidden = true;
  const text = await response.text();
  history.push({ t: Date.now() / 1000, s: parsePrometheusText(text) });
  while (history.length > KEEP) history.shift();
  for (const p of panels) p.update();
  scrapes++;
  document.body.dataset.scrapes = String(scrapes);
  const families = latest().s.types.size;
  setStatus(
    `Updated ${new Date().toLocaleTimeString()} · every ${intervalSeconds} s · ${families} metric families`,
  );
  schedule();
}

keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = document.getElementById('key-input').value.trim();
  if (value === '') return;
  try {
    sessionStorage.setItem(KEY_STORE, value);
  } catch {
    // sessionStorage refused: nothing to keep the key in, the page cannot go on.
    setStatus('This browser refuses sessionStorage: the key cannot be kept', true);
    return;
  }
  document.getElementById('key-input').value = '';
  void scrape();
});
forgetKey.addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORE);
  forgetKey.hidden = true;
  void scrape();
});
intervalSelect.addEventListener('change', () => {
  intervalSeconds = Number(intervalSelect.value);
  schedule();
});
document.getElementById('pause').addEventListener('click', (event) => {
  paused = !paused;
  event.currentTarget.textContent = paused ? 'Resume' : 'Pause';
  if (paused) {
    clearTimeout(timer);
    setStatus(`Paused at ${new Date().toLocaleTimeString()}`);
  } else void scrape();
});

build();
applyTheme();
void scrape();
