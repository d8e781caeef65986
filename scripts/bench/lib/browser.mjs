/**
 * Measurements in Debian's Chromium through playwright-core: bytes and requests on load (from
 * the network, response bodies gzipped here), search latency, and PDF export time.
 * Chromium cannot resolve any host but 127.0.0.1, so nothing can leave the machine; any request
 * to another origin is still recorded and reported.
 */
import { chromium } from 'playwright-core';
import { stat } from 'node:fs/promises';
import { gzipBytes } from './sizes.mjs';
import { median } from './stats.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../chromium.mjs';

export { CHROMIUM, CHROMIUM_FLAGS };
/** Only 127.0.0.1 resolves: a request to anywhere else fails at once instead of waiting on the closed network. */
export const OFFLINE_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, OFFLINE_FLAG] });
}

function kindOf(response) {
  const type = (response.headers()['content-type'] ?? '').split(';')[0].trim();
  const resource = response.request().resourceType();
  if (resource === 'document' || type === 'text/html') return 'html';
  if (resource === 'script' || type === 'text/javascript' || type === 'application/javascript') return 'js';
  if (resource === 'stylesheet' || type === 'text/css') return 'css';
  if (resource === 'font' || type.startsWith('font/')) return 'font';
  if (type === 'application/wasm') return 'wasm';
  return 'other';
}

/**
 * Records every request of a page and each response body's size. `snapshot()` sums what has
 * arrived so far: { requests, html, js, css, font, wasm, other } with { raw, gzip } bytes each.
 */
export async function trackNetwork(page, siteOrigin) {
  const entries = [];
  const pending = new Set();
  const offsite = [];
  const requestedAt = new Map();
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    requestedAt.set(request, Date.now());
    if (new URL(url).origin !== siteOrigin) offsite.push(url);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const at = requestedAt.get(response.request()) ?? Date.now();
    const entry = { url, at, status: response.status(), kind: kindOf(response), raw: 0, gzip: 0 };
    entries.push(entry);
    const job = response
      .body()
      .then((body) => {
        entry.raw = body.length;
        entry.gzip = gzipBytes(body);
      })
      .catch(() => {}) // redirects and aborted requests have no body
      .finally(() => pending.delete(job));
    pending.add(job);
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:')) entries.push({ url, at: requestedAt.get(request) ?? Date.now(), status: 0, kind: 'failed', raw: 0, gzip: 0 });
  });
  return {
    offsite,
    /** Sums of what has arrived; with `before` (a Date.now() time), only requests made before it. */
    async snapshot({ before = Infinity } = {}) {
      await Promise.all([...pending]);
      const chosen = entries.filter((e) => e.at < before);
      const sum = { requests: chosen.length, urls: chosen.map((e) => `${e.status} ${e.url.replace(siteOrigin, '')}`) };
      for (const kind of ['html', 'js', 'css', 'font', 'wasm', 'other', 'failed']) {
        const list = chosen.filter((e) => e.kind === kind);
        sum[kind] = { count: list.length, raw: list.reduce((n, e) => n + e.raw, 0), gzip: list.reduce((n, e) => n + e.gzip, 0) };
      }
      return sum;
    },
  };
}

/** Notes when the page's first requestIdleCallback callback runs (work deferred until the page is idle, e.g. prefetching). */
function markFirstIdle() {
  const original = window.requestIdleCallback?.bind(window);
  if (!original) return;
  window.requestIdleCallback = (callback, options) =>
    original((deadline) => {
      window.__benchFirstIdle ??= Date.now();
      window.__benchLastIdle = Date.now();
      callback(deadline);
    }, options);
}

/**
 * Bytes and requests of one page from navigation until the network has been idle for 500 ms.
 * `beforeIdle` is the same for requests made before the page started its idle-time prefetching:
 * with `readySelector` (an island hydrated on idle, which prefetches on a later idle callback),
 * before the last idle callback once that element exists; otherwise before the first idle
 * callback. Null when the page schedules no idle work.
 */
export async function measurePageLoad(browser, url, { readySelector } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(markFirstIdle);
  const page = await context.newPage();
  const network = await trackNetwork(page, new URL(url).origin);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (readySelector) {
    await page.waitForSelector(readySelector);
    await page.waitForLoadState('networkidle');
  }
  const load = await network.snapshot();
  const firstIdle = await page.evaluate((last) => (last ? window.__benchLastIdle : window.__benchFirstIdle) ?? null, Boolean(readySelector));
  const beforeIdle = firstIdle ? await network.snapshot({ before: firstIdle }) : null;
  await context.close();
  return { status: response?.status() ?? 0, ...load, beforeIdle, offsite: network.offsite };
}

/** In-page instrumentation of the search page: input events and every change of #search-status. */
function instrumentSearch() {
  const status = document.getElementById('search-status');
  const bench = { inputs: [], statuses: [] };
  window.__bench = bench;
  document.addEventListener('input', () => bench.inputs.push(performance.now()), true);
  if (status) {
    new MutationObserver(() => bench.statuses.push([performance.now(), status.textContent ?? ''])).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  }
}

/**
 * Types `query` into the search box and waits for "N results for “query”." in #search-status.
 * Returns { inputToResultsMs, searchMs, results }: from the input event to the results, and from
 * the page's "Searching…" (the end of its typing debounce) to the results.
 */
async function timeQuery(page, query, pagefindRequests) {
  await page.evaluate(() => {
    window.__bench.inputs.length = 0;
    window.__bench.statuses.length = 0;
  });
  await page.fill('#search-q', query);
  const quoted = `“${query}”`;
  await page.waitForFunction(
    (q) => (document.getElementById('search-status')?.textContent ?? '').includes(q),
    quoted,
    { timeout: 60_000 },
  );
  const { inputs, statuses } = await page.evaluate(() => window.__bench);
  const input = inputs.at(-1);
  const done = statuses.find(([, text]) => text.includes(quoted));
  const searching = statuses.filter(([t, text]) => t >= input && t <= done[0] && /searching/i.test(text)).at(-1);
  const count = /^(\d+|No) result/.exec(done[1]);
  // Which Pagefind files were requested during this search (seen by Playwright, as the page's
  // resource timing does not list them), and when the first result fragment was asked for:
  // before it, Pagefind searches its index; after it, it loads the results shown.
  const from = searching ? searching[0] : input;
  const origin = await page.evaluate(() => performance.timeOrigin);
  const fetched = pagefindRequests
    .map((r) => ({ kind: r.kind, start: r.at - origin }))
    .filter((r) => r.start >= from - 2 && r.start <= done[0]);
  const fragments = fetched.filter((f) => f.kind === 'fragment');
  const firstFragment = fragments.length ? Math.min(...fragments.map((f) => f.start)) : null;
  const kinds = {};
  for (const f of fetched) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return {
    fetched: kinds,
    indexPhaseMs: firstFragment === null ? null : firstFragment - from,
    resultsPhaseMs: firstFragment === null ? null : done[0] - firstFragment,
    query,
    inputToResultsMs: done[0] - input,
    searchMs: searching ? done[0] - searching[0] : null,
    results: count ? (count[1] === 'No' ? 0 : Number(count[1])) : null,
    status: done[1],
  };
}

/**
 * Cold: the first query in a fresh context (the index loads), `coldQueries.length` times.
 * Warm: further different queries in the last of those pages.
 */
export async function measureSearch(browser, siteUrl, { coldQueries, warmQueries }) {
  const cold = [];
  let warm = [];
  const offsite = [];
  for (const [i, query] of coldQueries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pagefindRequests = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url.includes('/pagefind/')) pagefindRequests.push({ kind: url.split('/pagefind/')[1].split(/[/.]/)[0], at: Date.now() });
      if (!url.startsWith(new URL(siteUrl).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
    });
    await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'networkidle' });
    await page.evaluate(instrumentSearch);
    cold.push(await timeQuery(page, query, pagefindRequests));
    if (i === coldQueries.length - 1) {
      for (const q of warmQueries) warm.push(await timeQuery(page, q, pagefindRequests));
    }
    await context.close();
  }
  const summary = (list, key) => median(list.map((r) => r[key]).filter((v) => v !== null));
  return {
    cold: { runs: cold, inputToResultsMs: summary(cold, 'inputToResultsMs'), searchMs: summary(cold, 'searchMs') },
    warm: { runs: warm, inputToResultsMs: summary(warm, 'inputToResultsMs'), searchMs: summary(warm, 'searchMs') },
    offsite,
  };
}

const PDF_BUTTON = /pdf/i;

/** A context whose localStorage holds `draft` before the builder first loads, with PDF timing marks. */
async function seededContext(browser, draft) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    ([key, json]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key, json);
        sessionStorage.setItem('bench-seeded', '1');
      }
      const marks = { clicks: [], blobs: [] };
      window.__pdfBench = marks;
      document.addEventListener('click', () => marks.clicks.push(Date.now()), true);
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object) => {
        if (object instanceof Blob && /pdf/.test(object.type)) marks.blobs.push(Date.now());
        return create(object);
      };
    },
    [draft.key, draft.json],
  );
  return context;
}

/**
 * Opens /plan/ (the draft already stored) and finds the PDF button for it: on the check-your-answers
 * view, else the task list. Returns { button } or { reason } when the builder or the export is missing.
 */
async function openPdfButton(page, siteUrl, draft, { onLoad } = {}) {
  const base = new URL('plan/', siteUrl).href;
  const response = await page.goto(base, { waitUntil: 'networkidle' });
  if (!response || response.status() !== 200) return { reason: `/plan/ answered ${response?.status() ?? 'nothing'} (the builder page is not in the build)` };
  const loaded = onLoad ? await onLoad() : undefined;
  for (const hash of [`#/plan/${draft.id}/check`, `#/plan/${draft.id}`]) {
    await page.evaluate((h) => (location.hash = h), hash);
    const candidate = page.getByRole('button', { name: PDF_BUTTON }).first();
    if (await candidate.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) {
      const shown = await page.getByText(draft.childName, { exact: false }).first().isVisible().catch(() => false);
      if (!shown) return { reason: 'the builder did not open the full plan put in localStorage (has the draft envelope changed?)', loaded };
      return { button: candidate, loaded };
    }
  }
  return { reason: 'the builder showed no button named like “PDF” for a stored plan', loaded };
}

/**
 * The builder page: bytes and requests on a first visit (empty storage); then on load with a full
 * plan already stored on the device (someone coming back to it), and after opening check-your-answers and exporting the PDF
 * (pdf-lib and the fonts load only now). Returns { available: false, reason } when the page or
 * the export is not there.
 */
export async function measurePlanPage(browser, siteUrl, draft) {
  const first = await measurePageLoad(browser, new URL('plan/', siteUrl).href, { readySelector: '.plan-builder[data-loaded]' });
  const firstVisit = first.status === 200 ? first : undefined;
  return { firstVisit, ...(await measurePlanExportWeight(browser, siteUrl, draft)) };
}

async function measurePlanExportWeight(browser, siteUrl, draft) {
  const context = await seededContext(browser, draft);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const network = await trackNetwork(page, new URL(siteUrl).origin);
    const { button, reason, loaded: onLoad } = await openPdfButton(page, siteUrl, draft, { onLoad: () => network.snapshot() });
    if (!button) return { available: false, reason, onLoad, errors };
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    await download.path();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const afterExport = await network.snapshot();
    return { available: true, onLoad, afterExport, offsite: network.offsite, errors };
  } catch (error) {
    return { available: false, reason: `export did not finish: ${String(error).split('\n')[0]}`, errors };
  } finally {
    await context.close();
  }
}

/**
 * Export time of a full plan: the draft goes into localStorage before the builder loads, then
 * the PDF button is clicked `runs + 1` times (the first, which loads pdf-lib and the font, is
 * reported apart as "first"). Each run is timed from the click event in the page to Playwright's
 * download event; the in-page time until the PDF blob exists is reported too.
 */
export async function measurePdfExport(browser, siteUrl, draft, { runs = 5 } = {}) {
  const context = await seededContext(browser, draft);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const { button, reason } = await openPdfButton(page, siteUrl, draft);
    if (!button) return { available: false, reason, errors };

    const samples = [];
    let bytes = null;
    for (let i = 0; i <= runs; i++) {
      await page.evaluate(() => {
        window.__pdfBench.clicks.length = 0;
        window.__pdfBench.blobs.length = 0;
      });
      const downloaded = page.waitForEvent('download', { timeout: 60_000 }).then((d) => ({ d, at: Date.now() }));
      await button.click();
      const { d, at } = await downloaded;
      const path = await d.path();
      bytes = (await stat(path)).size;
      const marks = await page.evaluate(() => window.__pdfBench);
      const click = marks.clicks[0];
      samples.push({ clickToDownloadMs: at - click, clickToBlobMs: marks.blobs.length ? marks.blobs[0] - click : null, bytes, fileName: d.suggestedFilename() });
      await page.waitForTimeout(300);
    }
    const [first, ...rest] = samples;
    const profile = await profileExport(page, button).catch((error) => ({ error: String(error).split('\n')[0] }));
    return {
      available: true,
      profile,
      first,
      runs: rest,
      medianMs: median(rest.map((s) => s.clickToDownloadMs)),
      medianBlobMs: median(rest.map((s) => s.clickToBlobMs).filter((v) => v !== null)),
      bytes,
      errors,
    };
  } catch (error) {
    return { available: false, reason: `export did not finish: ${String(error).split('\n')[0]}`, errors };
  } finally {
    await context.close();
  }
}

/**
 * One more export under Chromium's CPU profiler: where the time goes, as the functions with the
 * most self time (name and file), and the share of idle time (waiting, e.g. for the font).
 */
async function profileExport(page, button) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await button.click();
  await downloaded;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    total += delta;
    const frame = byId.get(id)?.callFrame ?? {};
    const file = (frame.url ?? '').split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}`;
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([fn, msSelf]) => ({ fn, ms: Math.round(msSelf * 10) / 10 }));
  const byFile = new Map();
  for (const [key, t] of self) {
    const file = key.split(' ').pop();
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  return {
    totalMs: Math.round(total),
    top,
    byFile: [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([file, t]) => ({ file, ms: Math.round(t) })),
  };
}
