import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The pages in a real browser: Debian's chromium (make system-deps) driven by puppeteer-core opens
 * /, /docs and /dashboard of a live server while a client loads it through the REST API. No page may
 * log a console error or fetch from another origin; the reference lists every operation of the spec;
 * the dashboard's charts show the request counts /metrics has. Screenshots go to test-artifacts/
 * (UPDATE_SCREENSHOTS=1 also rewrites docs/dashboard.png, the one the README shows).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;
const spec = JSON.parse(readFileSync(new URL('../specs/duckapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const specOperationIds = Object.values(spec.paths).flatMap((item) =>
  METHODS.filter((m) => item[m] !== undefined).map((m) => item[m]?.operationId ?? ''),
);
// Requests the pages make themselves (polling /metrics, loading assets): they change between two
// looks, so the comparison with /metrics is over the operations the load generator calls.
const PAGE_OPERATIONS = new Set([
  'getMetrics',
  'getServiceInfo',
  'getHealth',
  'getDocsPage',
  'getDashboardPage',
  'getPageAsset',
  'getOpenApiDocument',
]);

/**
 * The browser globals the page callbacks read. The project compiles without lib "dom" (it is server
 * code), so the callbacks reach them as `(globalThis as unknown as Win)`: the cast is erased before
 * puppeteer sends the function's source to the page.
 */
interface Dataset {
  [key: string]: string | undefined;
}
interface ChartData {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}
interface Win {
  document: {
    body: { dataset: Dataset };
    documentElement: { dataset: Dataset };
    getElementById(id: string): { textContent: string | null } | null;
  };
  getComputedStyle(element: unknown): { backgroundColor: string; filter: string };
  localStorage: { removeItem(key: string): void };
  sessionStorage: { getItem(key: string): string | null };
  Chart: { getChart(id: string): { data: ChartData } };
}

let ts: TestServer;
let browser: Browser;
const P = 'web';
const main = { project_id: P, branch_id: 'default' };
const table = { ...main, bucket_name: 'in_c_web', table_name: 'events' };

/** A page with its console errors, uncaught exceptions and requests to other origins recorded. */
interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
}

async function open(path: string, setup?: (page: Page) => Promise<void>): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1000 });
  const watched: Watched = { page, errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(`${m.text()} (${m.location().url ?? ''})`);
  });
  page.on('pageerror', (e) => watched.errors.push(`uncaught: ${String(e)}`));
  page.on('requestfailed', (r) => watched.errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ts.url) && !url.startsWith('data:')) watched.foreign.push(url);
  });
  await setup?.(page);
  await page.goto(`${ts.url}${path}`, { waitUntil: 'load' });
  return watched;
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage });
}

let bucketSeq = 0;

/** A client working the REST API until stopped: reads, a write now and then, a 404 each round. */
function startLoad(): { stop(): Promise<number> } {
  let running = true;
  let calls = 0;
  const work = async () => {
    let i = 0;
    while (running) {
      i++;
      await ts.admin.previewTable({ path: table, query: { limit: 10 } });
      await ts.admin.listTables({ path: { ...main, bucket_name: 'in_c_web' } });
      await ts.admin.getTable({ path: table });
      await ts.admin.getBucket({ path: { ...main, bucket_name: 'nope' } }).catch(() => undefined);
      calls += 4;
      if (i % 10 === 0) {
        bucketSeq++;
        await ts.admin.createBucket({ path: main, body: { name: `tmp_${bucketSeq}` } });
        calls++;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  // Kept as a settled result, so a failing call fails the test at stop(), not as an unhandled rejection.
  const loop = work().then(
    () => undefined,
    (error: unknown) => error,
  );
  return {
    async stop() {
      running = false;
      const error = await loop;
      if (error !== undefined) throw error;
      return calls;
    },
  };
}

/** Per-operation request totals from /metrics text, parsed here without the page's parser. */
function requestTotals(text: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^duckstorage_http_requests_total\{([^}]*)\} (\S+)$/.exec(line);
    if (m === null) continue;
    const labels = Object.fromEntries(
      [...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]),
    );
    const op = String(labels.operation);
    totals.set(op, (totals.get(op) ?? 0) + Number(m[2]));
  }
  return totals;
}

const scrapesOf = (page: Page) =>
  page.evaluate(() => Number((globalThis as unknown as Win).document.body.dataset.scrapes ?? 0));
async function waitForScrapes(page: Page, atLeast: number): Promise<number> {
  await page.waitForFunction(
    (n) => Number((globalThis as unknown as Win).document.body.dataset.scrapes ?? 0) >= n,
    { timeout: 20_000 },
    atLeast,
  );
  return scrapesOf(page);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run make system-deps (Debian chromium)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  [ts, browser] = await Promise.all([
    startTestServer(),
    puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Root has no user namespaces for chromium's sandbox; /dev/shm is small in containers.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--headless=new'],
    }),
  ]);
  // Data for the dashboard's sections: a table with rows imported and exported, a snapshot, a branch.
  await ts.admin.createProject({ body: { id: P } });
  await ts.admin.createBucket({ path: main, body: { name: 'in_c_web' } });
  await ts.admin.createTable({
    path: { ...main, bucket_name: 'in_c_web' },
    body: {
      name: 'events',
      columns: [
        { name: 'id', type: 'bigint' },
        { name: 'kind', type: 'varchar' },
      ],
      primary_key: ['id'],
    },
  });
  const csv = `id,kind\n${Array.from({ length: 500 }, (_, i) => `${i},k${i % 7}`).join('\n')}\n`;
  const file = await ts.admin.uploadFileStream({
    path: { project_id: P },
    query: { name: 'events.csv' },
    body: new TextEncoder().encode(csv),
  });
  await ts.admin.importFromFile({ path: table, body: { file_id: file.id } });
  await ts.admin.exportToFile({ path: table, body: { format: 'parquet' } });
  await ts.admin.createSnapshot({ path: main, body: { bucket: 'in_c_web', table: 'events' } });
  await ts.admin.createBranch({ path: { project_id: P }, body: { name: 'feature' } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await ts?.stop();
});

describe('pages in headless chromium', () => {
  it('/ is a landing page that links the reference and the dashboard and shows the health', async () => {
    const { page, errors, foreign } = await open('/');
    expect(await page.title()).toBe('DuckStorage');
    const links = await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/docs', '/dashboard', '/openapi.json']));
    await page.waitForFunction(() =>
      (globalThis as unknown as Win).document
        .getElementById('service-status')
        ?.textContent?.includes('healthy'),
    );
    expect(await page.$eval('#service-status', (e) => e.textContent)).toBe('DuckStorage 0.1.0 · healthy');
    await screenshot(page, 'landing.png');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('/docs renders every operation of specs/duckapi.json', async () => {
    const load = startLoad();
    const { page, errors, foreign } = await open('/docs');
    await page.waitForFunction(() => (globalThis as unknown as Win).document.body.dataset.ready === 'true', {
      timeout: 30_000,
    });
    await page.waitForSelector('.opblock');
    const rendered = await page.$$eval('.opblock .opblock-summary-operation-id', (els) =>
      els.map((e) => e.textContent?.trim() ?? ''),
    );
    await load.stop();
    expect(specOperationIds.length).toBeGreaterThan(100);
    expect(await page.$$eval('.opblock', (els) => els.length)).toBe(specOperationIds.length);
    expect([...rendered].sort()).toEqual([...specOperationIds].sort());
    expect(await page.$eval('.info .title', (e) => e.textContent)).toContain('DuckStorage API');
    await screenshot(page, 'docs.png');
    // Dark mode reaches Swagger UI's frame too (inverted, hues kept); back to light for what follows.
    await page.click('[data-theme-toggle]');
    expect(
      await page.$eval('.docs-frame', (e) => (globalThis as unknown as Win).getComputedStyle(e).filter),
    ).toContain('invert');
    await screenshot(page, 'docs-dark.png');
    await page.click('[data-theme-toggle]');
    expect(
      await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.dataset.theme),
    ).toBe('light');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('/dashboard charts the request counts /metrics has, light and dark', async () => {
    const load = startLoad();
    const { page, errors, foreign } = await open('/dashboard?interval=1');
    await waitForScrapes(page, 3);
    const calls = await load.stop();
    expect(calls).toBeGreaterThan(0);
    // Two more scrapes that started after the load ended: the load's counters are final in both.
    const settled = await waitForScrapes(page, (await scrapesOf(page)) + 2);
    const text = await (await ts.fetch('/metrics')).text();
    const fromMetrics = requestTotals(text);
    const chart = await page.evaluate(() => {
      const c = (globalThis as unknown as Win).Chart.getChart('chart-requests-total');
      return { labels: c.data.labels, values: (c.data.datasets[0]?.data ?? []).map((v) => v ?? 0) };
    });
    const charted = new Map(chart.labels.map((label, i) => [label, chart.values[i] ?? 0]));
    const loadOps = ['previewTable', 'listTables', 'getTable', 'getBucket', 'createBucket'];
    for (const op of loadOps) {
      expect(fromMetrics.get(op), op).toBeGreaterThan(0);
      expect(charted.get(op), op).toBe(fromMetrics.get(op));
    }
    for (const [op, value] of charted) {
      if (!PAGE_OPERATIONS.has(op)) expect(value, op).toBe(fromMetrics.get(op));
    }
    // The operations table says the same.
    const tableCounts = await page.$$eval('#ops-table tbody tr', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-operation'),
        Number(r.querySelector('[data-col="requests"]')?.textContent),
      ]),
    );
    for (const [op, n] of tableCounts) {
      if (!PAGE_OPERATIONS.has(String(op))) expect(n, String(op)).toBe(fromMetrics.get(String(op)));
    }
    // The time series drew non-zero rates while the load ran.
    const peak = await page.evaluate(() => {
      const c = (globalThis as unknown as Win).Chart.getChart('chart-requests-rate');
      const d = c.data.datasets.find((x) => x.label === 'previewTable');
      return Math.max(0, ...(d?.data ?? []).map((v) => v ?? 0));
    });
    expect(peak).toBeGreaterThan(0);
    // Sections with data show it; a family the server does not export says "no data".
    const kpi = (id: string) => page.$eval(`#kpi-${id} .value`, (e) => e.textContent ?? '');
    expect(Number(await kpi('requests'))).toBeGreaterThan(calls);
    expect(await kpi('rss')).toMatch(/MiB|GiB/);
    const state = (panel: string) =>
      page.$eval(`#panel-${panel}`, (e) => (e as unknown as { dataset: Dataset }).dataset.state);
    for (const panel of ['requests-total', 'latency', 'latency-op', 'errors-op', 'snapshots', 'memory']) {
      expect([panel, await state(panel)]).toEqual([panel, 'data']);
    }
    for (const [panel, family] of [
      ['grpc', 'duckstorage_grpc_commands_total'],
      ['pg-queries', 'duckstorage_pgwire_queries_total'],
      ['pg-sessions', 'duckstorage_pgwire_sessions'],
      ['s3', 'duckstorage_s3_operations_total'],
    ] as const) {
      const exported = text.includes(`# TYPE ${family} `);
      const cover = await page.$eval(`#panel-${panel} .nodata`, (e) => e.textContent);
      expect([panel, (await state(panel)) === 'absent', cover === 'no data'], family).toEqual([
        panel,
        !exported,
        !exported,
      ]);
    }
    expect(settled).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'dashboard-light.png', true);
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ path: new URL('../docs/dashboard.png', import.meta.url).pathname });
    }

    // The toggle switches to dark and back; the choice outlives a reload.
    expect(
      await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.dataset.theme),
    ).toBe('light');
    await page.click('[data-theme-toggle]');
    expect(
      await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.dataset.theme),
    ).toBe('dark');
    const background = await page.evaluate(
      () =>
        (globalThis as unknown as Win).getComputedStyle((globalThis as unknown as Win).document.body)
          .backgroundColor,
    );
    expect(background).toBe('rgb(15, 18, 22)');
    await screenshot(page, 'dashboard-dark.png', true);
    await page.reload({ waitUntil: 'load' });
    expect(
      await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.dataset.theme),
    ).toBe('dark');
    await page.click('[data-theme-toggle]');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('/dashboard follows prefers-color-scheme until the toggle is used', async () => {
    const { page, errors } = await open('/dashboard?interval=30', async (p) => {
      await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      // A fresh origin storage: no remembered choice.
      await p.evaluateOnNewDocument(() =>
        (globalThis as unknown as Win).localStorage.removeItem('duckstorage-theme'),
      );
    });
    expect(
      await page.evaluate(() => (globalThis as unknown as Win).document.documentElement.dataset.theme),
    ).toBe('dark');
    await waitForScrapes(page, 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/dashboard asks for a key when /metrics wants one and keeps it in sessionStorage', async () => {
    const key = 'test-admin-key-0123456789abcdef';
    const seen: (string | undefined)[] = [];
    const { page, errors } = await open('/dashboard?interval=1', async (p) => {
      // A /metrics that needs a bearer key (as it would behind a proxy or a stricter setting).
      await p.setRequestInterception(true);
      p.on('request', (r) => {
        if (!r.url().endsWith('/metrics')) {
          void r.continue();
          return;
        }
        const auth = r.headers().authorization;
        seen.push(auth);
        if (auth === `Bearer ${key}`) void r.continue();
        else
          void r.respond({ status: 401, contentType: 'application/json', body: '{"error":"unauthorized"}' });
      });
    });
    await page.waitForSelector('#key-form:not([hidden])');
    expect(await scrapesOf(page)).toBe(0);
    await page.type('#key-input', key);
    await page.click('#key-form button[type="submit"]');
    await waitForScrapes(page, 2);
    expect(await page.$eval('#key-form', (e) => (e as unknown as { hidden: boolean }).hidden)).toBe(true);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as Win).sessionStorage.getItem('duckstorage-metrics-key'),
      ),
    ).toBe(key);
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe(`Bearer ${key}`);
    // The only console errors are the browser's own reports of the refused /metrics.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await page.close();
  });
});
