/**
 * The site as a visitor meets it, in Chromium: navigation, search (also under a sub-path),
 * axe on every built page in light and dark mode, and no request leaving the site's origin.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { axeViolations, describeViolations, launchBrowser, openPage, siteUrl, subpathUrl } from './harness';
import { htmlFiles, readPage, routeOf } from '../build/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A distinctive word from an article's body text (not its title), to prove full-text search. */
function bodyWordOf(file: string): { word: string; title: string } {
  const { document } = parseHTML(readPage(file));
  const title = document.querySelector('h1')!.textContent!.trim();
  const text = [...document.querySelectorAll('main article p')].map((p) => p.textContent ?? '').join(' ');
  const words = text.match(/\b[a-z]{9,}\b/g) ?? [];
  const notInTitle = words.filter((w) => !title.toLowerCase().includes(w));
  const word = notInTitle.sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`No long word in the body of ${file}`);
  return { word, title };
}

describe('navigation', () => {
  it('takes a parent from the home page to an article', async () => {
    const { page, offsite, errors } = await openPage(browser);
    await page.goto(siteUrl());
    await page.getByRole('link', { name: 'I am a parent or carer' }).click();
    await expect(page.locator('h1')).toBeDefined();
    const h1 = await page.locator('h1').textContent();
    expect(h1?.length).toBeGreaterThan(5);
    expect(page.url()).toMatch(/\/guidance\/[a-z0-9-]+\/$/);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guidance' }).click();
    expect(await page.locator('h1').textContent()).toBe('Guidance on SEN Support');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers a skip link as the first thing a keyboard user reaches', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('guidance/'));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows the whole menu on a 320 px phone with JavaScript off', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    await page.goto(siteUrl());
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Guidance', 'Myths and facts', 'Plan builder', 'Glossary']) {
      await expect(nav.getByRole('link', { name }).isVisible()).resolves.toBe(true);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

async function searchAndOpen(base: (p?: string) => string, word: string, expectedTitle: string) {
  const { page, offsite, errors } = await openPage(browser, { origin: base() });
  await page.goto(base('search/'));
  await page.getByLabel('What are you looking for?').fill(word);
  const status = page.getByRole('status');
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  expect(await status.textContent()).toMatch(/\d+ results? for/);
  const link = page.locator('#search-results a', { hasText: expectedTitle }).first();
  await link.click();
  await page.waitForLoadState('load');
  expect((await page.locator('h1').textContent())?.trim()).toBe(expectedTitle);
  expect(page.url().startsWith(base())).toBe(true);
  expect(offsite).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
}

describe('search', () => {
  const article = htmlFiles().find((f) => f.startsWith('guidance/') && f !== 'guidance/index.html')!;

  it('finds an article from a word in its body and opens it', async () => {
    const { word, title } = bodyWordOf(article);
    await searchAndOpen(siteUrl, word, title);
  });

  it('works from the header search box, by keyboard', async () => {
    const { word, title } = bodyWordOf(article);
    const { page } = await openPage(browser);
    await page.goto(siteUrl('glossary/'));
    await page.getByRole('searchbox', { name: 'Search the guidance' }).fill(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results a', { hasText: title }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows ten results, then ten more on request, moving focus to the first new one', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl('search/?q=support'));
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ results for “support”\. Showing the first 10\.$/);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('#search-results > li')];
      return items.indexOf(document.activeElement!.closest('li')!);
    });
    expect(focused).toBe(10);
    expect(await page.getByRole('status').textContent()).toMatch(/^Showing \d+ results\.$/);
    await context.close();
  });

  it('filters by type', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('search/?q=support&type=Glossary'));
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    const types = await page.locator('#search-results .result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Glossary']));
    await page.context().close();
  });

  it('finds and opens an article when the site is hosted under /send/', async () => {
    expect(subpathUrl(), 'dist-subpath/ was not built (npm test builds it)').not.toBe('');
    expect(subpathUrl()).toMatch(/\/send\/$/);
    const { word, title } = bodyWordOf(article);
    await searchAndOpen(subpathUrl, word, title);
  });
});

describe('search finds what a parent is looking for first', () => {
  const cases: [string, RegExp][] = [
    ['diagnosis', /\/myths\/diagnosis-needed\/$/],
    ['£6,000', /\/myths\/six-thousand-pounds\/$/],
    ['ask for an assessment', /\/(guidance\/when-support-is-not-working|myths\/only-school-can-ask)\/$/],
    ['review', /\/(guidance\/review|myths\/reviews-once-a-year)\/$/],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" puts the right page first`, async () => {
      const { page } = await openPage(browser);
      await page.goto(siteUrl(`search/?q=${encodeURIComponent(query)}`));
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
      const first = await page.locator('#search-results a').first().getAttribute('href');
      expect(first).toMatch(expected);
      await page.context().close();
    });
  }
});

describe('every built page', () => {
  const files = htmlFiles();

  it('has no axe violations and requests nothing from another origin', async () => {
    const { page, offsite } = await openPage(browser);
    const failures: string[] = [];
    for (const file of files) {
      const response = await page.goto(siteUrl(routeOf(file)));
      if (file !== '404.html') expect(response?.status(), file).toBe(200);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${file}:\n${describeViolations(violations)}`);
    }
    expect(failures.join('\n\n')).toBe('');
    expect(offsite).toEqual([]);
    await page.context().close();
  });

  it('reflows at 320 CSS pixels (400% zoom of a 1280 px window) with no sideways scrolling', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const file of files) {
      await page.goto(siteUrl(routeOf(file)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${file}: ${overflow}px too wide`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('has no axe violations in dark mode (a page of each kind)', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const sample = ['index.html', 'guidance/index.html', 'search/index.html', 'glossary/index.html', 'references/index.html'];
    sample.push(files.find((f) => /^guidance\/.+\//.test(f))!, files.find((f) => /^myths\/.+\//.test(f)) ?? 'myths/index.html');
    const failures: string[] = [];
    for (const file of sample) {
      await page.goto(siteUrl(routeOf(file)));
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${file}:\n${describeViolations(violations)}`);
    }
    expect(failures.join('\n\n')).toBe('');
    await context.close();
  });
});
