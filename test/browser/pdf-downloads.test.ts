/**
 * The blank fillable PDF, made at build time, downloads with JavaScript turned off: from the plan
 * page's <noscript> link to /downloads/, then the PDF link. The downloads page passes axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './harness';
import { expectAxeClean } from './plan-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('blank PDF download', () => {
  it('works with JavaScript off, from the plan page', async () => {
    const { context, page, offsite } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('plan/'));
    await page.getByRole('link', { name: 'download a blank plan to fill in' }).click();
    await page.waitForURL(/\/downloads\/$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /SEN Support plan \(blank, PDF\)/ }).click()]);
    expect(download.suggestedFilename()).toBe('sen-support-plan-blank.pdf');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-8).toString()).toContain('%%EOF');
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('has an accessible downloads page', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(siteUrl('downloads/'));
    await expectAxeClean(page, 'downloads page');
    await context.close();
  });
});
