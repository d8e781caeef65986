/**
 * A school adapts the plan to its own format by adding a template file. The builder must render
 * any template: here the one-page profile, chosen on the home view, with its own sections.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness';
import { expectAxeClean, gotoHash, openBuilder, storedDrafts, waitForView } from './plan-helpers';

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

async function fillDate(page: Page, id: string, day: string, month: string, year: string) {
  await page.fill(`#f_${id}_day`, day);
  await page.fill(`#f_${id}_month`, month);
  await page.fill(`#f_${id}_year`, year);
}

describe('the second template as a fillable PDF', () => {
  it('exports with its own fields and opens again with the same answers', async () => {
    const { page, context, errors } = await openBuilder(browser);
    await page.getByRole('group', { name: 'Which form do you want to use?' }).getByRole('radio', { name: 'One-page profile' }).check();
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByRole('link', { name: 'About me' }).click();
    await waitForView(page, 'About me');
    await page.fill('#f_childName', 'Αμίρα Kowalczyk');
    await page.fill('#f_likeAndAdmire', 'I make people laugh. Я люблю малювати.');
    await page.fill('#f_importantToMe', 'My dog, Biscuit.');
    await page.fill('#f_howToSupportMe', 'Tell me before something changes.');
    await page.goto(page.url().split('#')[0] + '#/plan/' + (await storedIdAfterSave(page)) + '/section/who-and-when');
    await waitForView(page, 'Who wrote it and when');
    await page.fill('#f_writtenWith', 'Mum and Mr Khan');
    await fillDate(page, 'writtenOn', '2', '3', '2026');
    await fillDate(page, 'nextReview', '10', '7', '2026');
    const id = await storedIdAfterSave(page);
    await gotoHash(page, `#/plan/${id}/check`);
    await waitForView(page, 'Check your answers');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#export-pdf')]);
    expect(download.suggestedFilename()).toMatch(/^one-page-profile-.*\.pdf$/);
    const path = (await download.path())!;
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    for (const expected of ['One-page profile', 'Αμίρα Kowalczyk', 'Я люблю малювати', 'What I am working on', 'LOOK AGAIN BY'])
      expect(text, `pdftotext shows "${expected}"`).toContain(expected);
    const before = (await storedDrafts(page))[0]!;

    await gotoHash(page, '#/open');
    await waitForView(page, 'Open a saved file');
    await page.setInputFiles('#open-file', { name: 'profile.pdf', mimeType: 'application/pdf', buffer: readFileSync(path) });
    await page.click('#open-continue');
    await page.waitForSelector('#preview-heading', { timeout: 30_000 });
    await page.click('#open-replace');
    await page.waitForFunction(() => !document.getElementById('preview-heading'));
    const after = (await storedDrafts(page)).find((d) => d.id === before.id)!;
    expect(after.templateId).toBe('one-page-profile');
    expect(after.data).toEqual(before.data);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The id of the draft once autosave has written it. */
async function storedIdAfterSave(page: Page): Promise<string> {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('sen-portal:draft:')));
  await page.waitForTimeout(600); // let the debounced autosave write the latest answers
  return (await storedDrafts(page))[0]!.id as string;
}

describe('outcome examples from the content', () => {
  it('shows vague and clearer outcomes for each area of need under "See examples"', async () => {
    const { page, context } = await openBuilder(browser);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByRole('link', { name: 'Outcomes and support' }).click();
    await waitForView(page, 'Outcomes and support');
    const examples = page.locator('details', { hasText: 'Vague outcomes made clearer' }).first();
    await examples.locator('summary').click();
    const text = await examples.innerText();
    for (const area of ['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health', 'Sensory and/or physical'])
      expect(text).toContain(area);
    expect(text).toContain('Instead of “Improve his reading”, try: “By Easter');
    await expectAxeClean(page, 'outcome examples open');
    await context.close();
  });
});
