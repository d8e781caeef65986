/**
 * Shared helpers for browser tests: Debian's Chromium through playwright-core, a request log
 * that catches anything leaving the site's origin, and axe-core run inside the page.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');


/** The served site's address, ending with its base path ("http://127.0.0.1:1234/"). */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** The same site built under /send/, or '' when that build is missing. */
export function subpathUrl(path = ''): string {
  const base = inject('subpathUrl');
  return base ? new URL(path.replace(/^\//, ''), base).href : '';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to any origin other than the site's own (should stay empty). */
  offsite: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** A fresh context (own storage, downloads allowed) with request and error recording. */
export async function openPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; origin?: string } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const origin = new URL(options.origin ?? siteUrl()).origin;
  const tracked: TrackedPage = { context, page, requests: [], offsite: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    tracked.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) tracked.offsite.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') tracked.errors.push(msg.text());
  });
  page.on('pageerror', (error) => tracked.errors.push(String(error)));
  return tracked;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA, plus best practice) in the page and returns violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // evaluate() runs through the DevTools protocol, which the page's Content Security Policy
  // rightly does not allow to be bypassed by a <script> tag.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}`).join('\n')}`)
    .join('\n');
}
