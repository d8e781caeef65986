/**
 * The plan page's budgets: the JavaScript it loads before interaction (target 90 KB gzip), no PDF
 * code or fonts until someone asks for a PDF, and typing that stays instant with six full outcomes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness';
import { gotoHash, openBuilder, waitForBuilder, waitForView } from './plan-helpers';

const DIST = process.env.DIST_DIR ?? 'dist';
const BUDGET_GZIP = 90 * 1024;

/** Every script the page loads before interaction: its <script src>, island URLs and their static imports. */
function initialScripts(): Map<string, string> {
  const html = readFileSync(join(DIST, 'plan/index.html'), 'utf8');
  const base = readFileSync(join(DIST, '.site-base'), 'utf8').trim() || '/';
  const seen = new Map<string, string>();
  const visit = (url: string) => {
    const rel = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    if (seen.has(rel)) return;
    const code = readFileSync(join(DIST, rel), 'utf8');
    seen.set(rel, code);
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      if (m[1]!.startsWith('.') || m[1]!.startsWith('/')) visit(new URL(m[1]!, `http://x/${rel}`).pathname);
    }
  };
  for (const m of html.matchAll(/(?:<script[^>]*\ssrc|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) visit(m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  seen.set('(inline)', inline);
  return seen;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('plan page budgets', () => {
  it('loads at most 90 KB of JavaScript (gzip) before interaction, with no PDF code in it', () => {
    const scripts = initialScripts();
    let raw = 0;
    let gzip = 0;
    for (const code of scripts.values()) {
      raw += Buffer.byteLength(code);
      gzip += gzipSync(code, { level: 9 }).length;
    }
    console.log(`plan page initial JavaScript: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip in ${scripts.size} files`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    for (const [file, code] of scripts) {
      expect(code.includes('PDFDocument'), `pdf-lib in ${file}`).toBe(false);
      expect(code.includes('fontkit'), `fontkit in ${file}`).toBe(false);
    }
  });

  it('requests no PDF code or font until a PDF is asked for, and nothing off-site', async () => {
    const { page, context, requests, offsite } = await openBuilder(browser);
    await page.waitForLoadState('networkidle');
    await page.click('#start-plan');
    await waitForView(page, 'SEN Support plan');
    await page.waitForTimeout(500);
    expect(requests.filter((r) => /\.(ttf|woff2?)$|\/browser\.[\w-]+\.js$/.test(r))).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('keeps typing instant with six full outcomes', async () => {
    const { page, context } = await openBuilder(browser);
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/drafts/v1.json', import.meta.url), 'utf8'));
    const long = 'By the end of term, I can read 20 words from my word wall by myself, and tell Mr Khan which ones I found hard. '.repeat(3);
    v1.data.outcomes = Array.from({ length: 6 }, (_, i) => ({ ...v1.data.outcomes[i % 3], outcome: long, support: long, expectedImpact: long }));
    await page.evaluate((d) => localStorage.setItem(`sen-portal:draft:${d.id}`, JSON.stringify(d)), v1);
    await gotoHash(page, `#/plan/${v1.id}/section/outcomes`);
    await page.reload();
    await waitForBuilder(page);
    await waitForView(page, 'Outcomes and support');
    await page.evaluate(() => {
      const w = window as unknown as { __times: number[]; __frames: number[] };
      w.__times = [];
      w.__frames = [];
      document.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          // After the input event and React's synchronous commit.
          setTimeout(() => w.__times.push(performance.now() - start), 0);
          requestAnimationFrame(() => w.__frames.push(performance.now() - start));
        },
        true,
      );
    });
    await page.focus('#f_outcomes_5_support');
    await page.keyboard.press('End');
    await page.keyboard.type(' We will practise every day with flash cards and a timer.', { delay: 20 });
    const { times, frames } = await page.evaluate(() => {
      const w = window as unknown as { __times: number[]; __frames: number[] };
      return { times: w.__times, frames: w.__frames };
    });
    const p = (list: number[], q: number) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(list.length * q))]!;
    console.log(
      `typing with six outcomes (${times.length} keys): processing median ${p(times, 0.5).toFixed(1)} ms, p95 ${p(times, 0.95).toFixed(1)} ms; to next frame median ${p(frames, 0.5).toFixed(1)} ms, p95 ${p(frames, 0.95).toFixed(1)} ms`,
    );
    // The median catches a regression (say, every outcome re-rendering on each key); the 95th
    // percentile stays under 100 ms, the limit at which typing stops feeling instant, with room
    // for a busy CI machine.
    expect(p(times, 0.5)).toBeLessThan(25);
    expect(p(times, 0.95)).toBeLessThan(100);
    expect(await page.inputValue('#f_outcomes_5_support')).toContain('flash cards and a timer.');
    await context.close();
  });
});
