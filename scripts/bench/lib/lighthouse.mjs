/**
 * Lighthouse (performance, accessibility, best practices, SEO) through its Node API, against
 * Debian's Chromium started by chrome-launcher (CHROME_PATH). Chromium resolves only 127.0.0.1
 * (OFFLINE_FLAG), so Lighthouse and the browser cannot reach the closed network; every request
 * Lighthouse saw is still checked, and any to another host is reported.
 * Settings: Lighthouse's defaults (mobile, simulated throttling) with the full-page screenshot
 * off (it only feeds the HTML report).
 */
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_FLAGS, OFFLINE_FLAG } from './browser.mjs';
import { median } from './stats.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** chrome-launcher comes with lighthouse; find it next to lighthouse if it is not hoisted. */
async function loadChromeLauncher() {
  try {
    return await import('chrome-launcher');
  } catch {
    const require = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
    return import(require.resolve('chrome-launcher'));
  }
}

/**
 * Runs Lighthouse `runs` times on each URL (one Chromium for all) and takes each category's
 * median score. Returns { [name]: { scores, failedAudits, offsite, warnings } }.
 */
export async function runLighthouse(pages, { runs = 3 } = {}) {
  process.env.CHROME_PATH ??= CHROMIUM;
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), loadChromeLauncher()]);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, OFFLINE_FLAG],
    logLevel: 'silent',
  });
  const results = {};
  try {
    for (const { name, url } of pages) {
      const perRun = [];
      const failed = new Map();
      const offsite = new Set();
      const warnings = new Set();
      const lcpElements = new Set();
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          disableFullPageScreenshot: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        perRun.push(Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])));
        for (const w of lhr.runWarnings ?? []) warnings.add(w);
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failed.set(audit.id, { category, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' });
            }
          }
        }
        const lcp = describeLcp(lhr.audits['lcp-breakdown-insight'] ?? lhr.audits['largest-contentful-paint-element']);
        if (lcp) lcpElements.add(lcp);
        for (const item of lhr.audits['network-requests']?.details?.items ?? []) {
          const u = item.url ?? '';
          if (/^https?:/.test(u) && new URL(u).hostname !== '127.0.0.1') offsite.add(u);
        }
      }
      results[name] = {
        url,
        runs: perRun,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r[c]))])),
        failedAudits: [...failed.values()],
        offsite: [...offsite],
        warnings: [...warnings],
        /** The element Lighthouse took as the Largest Contentful Paint, per distinct run. */
        lcpElements: [...lcpElements],
      };
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** "<h1> … · render delay 1,200 ms": the LCP element and its breakdown, from Lighthouse 13's insight. */
function describeLcp(audit) {
  let node = null;
  const parts = [];
  const walk = (value) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    if (value.type === 'node' && !node) node = value;
    const label = value.subpart ?? value.label;
    if (typeof label === 'string' && typeof value.duration === 'number') parts.push(`${label} ${Math.round(value.duration)} ms`);
    Object.values(value).forEach(walk);
  };
  walk(audit?.details);
  if (!node && !parts.length) return null;
  const element = node ? `${node.snippet ?? node.nodeLabel ?? ''}`.replace(/\s+/g, ' ').slice(0, 100) : 'element not named';
  return [element, ...new Set(parts)].join(' · ');
}
