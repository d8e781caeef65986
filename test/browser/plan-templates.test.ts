/**
 * A school adapts the plan to its own format by adding a template file. The builder must render
 * any template: here the one-page profile, chosen on the home view, with its own sections.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness';
import { expectAxeClean, openBuilder, storedDrafts, waitForView } from './plan-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a second template', () => {
  it('is offered on the home view and drafts a plan with its own sections', async () => {
    const { page, context, offsite } = await openBuilder(browser);
    const choice = page.getByRole('group', { name: 'Which form do you want to use?' });
    await expect(choice.getByRole('radio', { name: 'SEN Support plan' }).isChecked()).resolves.toBe(true);
    await expectAxeClean(page, 'home view with a choice of forms');
    await choice.getByRole('radio', { name: 'One-page profile' }).check();
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByRole('link', { name: 'About me' }).waitFor();
    for (const section of ['About me', 'What I am working on', 'Who wrote it and when']) {
      expect(await page.getByRole('link', { name: section }).count()).toBe(1);
    }
    expect(await page.getByRole('link', { name: 'Outcomes and support' }).count()).toBe(0);
    await page.getByRole('link', { name: 'About me' }).click();
    await waitForView(page, 'About me');
    await page.getByLabel('My name').fill('Amira');
    await page.getByLabel('What people like and admire about me').fill('I make people laugh.');
    await expectAxeClean(page, 'one-page profile section');
    await page.waitForTimeout(700); // autosave
    const drafts = await storedDrafts(page);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.templateId).toBe('one-page-profile');
    expect(drafts[0]!.data.childName).toBe('Amira');
    expect(offsite).toEqual([]);
    await context.close();
  });
});
