/**
 * Browser gates: the checks the site's own tests rely on (axe, the off-site request recorder,
 * storage and cookies) are proven to fail on a page that breaks them, and privacy holds on the
 * real site: no cookies, and nothing stored until the person starts a draft.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, launchBrowser, openPage, siteUrl } from './harness';
import { htmlFiles, routeOf } from '../build/dist';

let browser: Browser;
let fixture: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  browser = await launchBrowser();
  fixture = await startStaticServer({ root: 'test/fixtures/gates/bad' });
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

describe('the gates can fail', () => {
  it('axe reports the unlabelled input and the image without alt text', async () => {
    const { page, context } = await openPage(browser, { origin: fixture.url });
    await page.goto(fixture.url);
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('label');
    expect(ids).toContain('image-alt');
    await context.close();
  });

  it('the request recorder catches a third-party script', async () => {
    const { page, context, offsite } = await openPage(browser, { origin: fixture.url });
    await page.goto(fixture.url);
    expect(offsite).toContain('https://analytics.example/track.js');
    await context.close();
  });
});

/** Everything a page has stored: cookies, local and session storage, IndexedDB databases. */
async function storedState(page: import('playwright-core').Page) {
  const cookies = await page.context().cookies();
  const storage = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
  return { cookies: cookies.map((c) => c.name), ...storage };
}

describe('privacy on the real site', () => {
  it('sets no cookies and stores nothing while a visitor reads every page, searches and opens the plan builder', async () => {
    const { page, context, offsite } = await openPage(browser);
    for (const file of htmlFiles()) await page.goto(siteUrl(routeOf(file)));
    await page.goto(siteUrl('search/?q=review'));
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.goto(siteUrl('plan/'));
    await page.waitForLoadState('networkidle');
    expect(await storedState(page)).toEqual({ cookies: [], local: [], session: [], indexedDB: [] });
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('the storage check notices when something is stored (so the test above can fail)', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(siteUrl());
    await page.evaluate(() => localStorage.setItem('tracker', '1'));
    expect((await storedState(page)).local).toEqual(['tracker']);
    await context.close();
  });
});
