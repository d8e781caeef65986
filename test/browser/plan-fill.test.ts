/**
 * The plan builder by keyboard alone: a full plan typed with Tab, Space and Enter, axe clean on
 * every step (task list, each section, the coach, check your answers, the printable view, the
 * dialogs), still there after a reload; then a second draft with rename, copy and delete.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TrackedPage } from './harness';
import {
  activate,
  AGREEMENT,
  expectAxeClean,
  expectedData,
  fillByKeyboard,
  focusedId,
  FULL_PLAN,
  gotoHash,
  openBuilder,
  outcomeEntries,
  storedDrafts,
  waitForBuilder,
  waitForSave,
  waitForView,
} from './plan-helpers';

let browser: Browser;
let tracked: TrackedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  tracked = await openBuilder(browser);
  page = tracked.page;
});
afterAll(async () => {
  await browser?.close();
});

describe('a full plan by keyboard', () => {
  it('starts a plan from the home view, writing nothing before that', async () => {
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expectAxeClean(page, 'home with no plans');
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan (no name yet)');
    expect(await focusedId(page)).toBe('plan-heading');
    expect(await page.title()).toMatch(/^SEN Support plan \(no name yet\) \| /);
    expect(await page.textContent('#save-status')).toBe('Saved on this device');
    expect(await storedDrafts(page)).toHaveLength(1);
    await expectAxeClean(page, 'task list of a new plan');
  });

  it('fills the first three sections, continuing from one to the next', async () => {
    await activate(page, 'a[href$="/section/about-the-child"]');
    for (const [i, { section, entries }] of FULL_PLAN.entries()) {
      await waitForView(page, section);
      expect(await focusedId(page)).toBe('plan-heading');
      if (i === 0) await expectAxeClean(page, 'an empty section');
      await fillByKeyboard(page, entries);
      await expectAxeClean(page, `${section}, filled`);
      await activate(page, '.plan-form button[type=submit]');
    }
  });

  it('adds outcomes: focus moves into the new one, the coach helps, the note is gentle', async () => {
    await waitForView(page, 'Outcomes and support');
    expect(await page.textContent('.plan-form')).toContain('You have one outcome. Most plans work best with three or four outcomes');
    // The coach: a vague outcome gets tips, a good one none.
    await fillByKeyboard(page, [['f_outcomes_0_outcome', 'Improve his reading']]);
    await page.waitForSelector('#f_outcomes_0_outcome-coach .coach__list');
    const tips = await page.textContent('#f_outcomes_0_outcome-coach');
    expect(tips).toContain('“Improve” can mean different things');
    expect(tips).toContain('Say by when');
    expect(tips).toContain('using “I” and “my”');
    await expectAxeClean(page, 'outcome with coach tips');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await fillByKeyboard(page, outcomeEntries(0));
    await page.waitForSelector('#f_outcomes_0_outcome-coach .coach__title--good');
    for (const i of [1, 2]) {
      await activate(page, '#add_outcomes');
      await page.waitForSelector(`#f_outcomes_${i}_outcome`);
      expect(await focusedId(page)).toBe(`f_outcomes_${i}_outcome`);
      await fillByKeyboard(page, outcomeEntries(i));
    }
    expect(await page.textContent('.plan-form')).not.toContain('Most plans work best');
    await expectAxeClean(page, 'three outcomes');
    await activate(page, '.plan-form button[type=submit]');
    await waitForView(page, 'Agreement and review');
    await fillByKeyboard(page, AGREEMENT);
    await activate(page, '.plan-form button[type=submit]');
    await waitForView(page, 'Check your answers');
    expect(await focusedId(page)).toBe('plan-heading');
  });

  it('shows every answer on check your answers, with Change links that reach the question', async () => {
    const text = (await page.textContent('.plan-builder'))!;
    for (const expected of ['Sam', '2 April 2016', 'Cognition and learning, Sensory and/or physical', 'By Easter, I can read 12 words by myself.', 'Mr Khan (Teaching assistant)', '1 April 2026', 'Mr Jones (SENCO)']) {
      expect(text).toContain(expected);
    }
    await expectAxeClean(page, 'check your answers');
    await activate(page, 'a[href*="field=f_outcomes_1_keyPerson_name"]');
    await waitForView(page, 'Outcomes and support');
    expect(await focusedId(page)).toBe('f_outcomes_1_keyPerson_name');
    // "Save and continue" returns to check your answers.
    await activate(page, '.plan-form button[type=submit]');
    await waitForView(page, 'Check your answers');
  });

  it('has a printable view, axe clean', async () => {
    await activate(page, 'a[href$="/print"]');
    await waitForView(page, 'SEN Support plan for Sam');
    expect(await page.textContent('.plan-builder')).toContain('Outcome 3');
    await expectAxeClean(page, 'printable view');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ['.site-header', '.site-footer', '.back-link', '.save-status', '.print-view .button'].map((s) => getComputedStyle(document.querySelector(s)!).display));
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
    await page.emulateMedia({ media: 'screen' });
  });

  it('finds the whole plan again after a reload', async () => {
    await waitForSave(page);
    await page.reload();
    await waitForBuilder(page);
    await waitForView(page, 'SEN Support plan for Sam');
    const [draft] = await storedDrafts(page);
    expect(draft!.data).toEqual(expectedData(3));
    await gotoHash(page, '#/');
    await waitForView(page, 'Plan builder');
    expect(await page.textContent('.plan-list:not(#unreadable .plan-list)')).toContain('SEN Support plan for Sam');
    await page.click('.plan-list a');
    await waitForView(page, 'SEN Support plan for Sam');
    expect(await page.textContent('.task-list')).toMatch(/About the child\s*Completed/);
    expect(tracked.offsite).toEqual([]);
    expect(tracked.errors).toEqual([]);
  });
});

describe('several drafts', () => {
  it('makes a second draft, renames it, copies it and asks before deleting', async () => {
    await gotoHash(page, '#/');
    await waitForView(page, 'Plan builder');
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan (no name yet)');
    await activate(page, 'a[href$="/section/about-the-child"]');
    await waitForView(page, 'About the child');
    await fillByKeyboard(page, [['f_childName', 'Alex']]);
    await waitForSave(page);
    await activate(page, '.back-link');
    await activate(page, '.back-link');
    await waitForView(page, 'Plan builder');
    const titles = await page.$$eval('.plan-list__title', (els) => els.map((e) => e.textContent));
    expect(titles).toEqual(['SEN Support plan for Alex', 'SEN Support plan for Sam']);

    await activate(page, 'button[id^="rename-"]');
    await page.waitForSelector('dialog[open] #rename-input');
    expect(await focusedId(page)).toBe('rename-input');
    await expectAxeClean(page, 'rename dialog');
    await page.keyboard.type('Alex, autumn term');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => {});
    await page.waitForFunction(() => document.querySelector('.plan-list__title')?.textContent === 'Alex, autumn term');

    await activate(page, 'button[id^="make-a-copy-"]');
    await page.waitForFunction(() => document.querySelectorAll('.plan-list__item').length === 3);
    expect(await page.textContent('.banner--success')).toContain('Copy made: “Copy of Alex, autumn term”');
    await expectAxeClean(page, 'home with three plans and a notice');

    await activate(page, 'button[id^="delete-d-"]');
    await page.waitForSelector('dialog[open]');
    expect(await focusedId(page)).toBe('confirm-delete-cancel');
    await expectAxeClean(page, 'delete dialog');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await page.$$eval('.plan-list__item', (els) => els.length)).toBe(3);
    expect(await focusedId(page)).toMatch(/^delete-d-/);

    await activate(page, 'button[id^="delete-d-"]');
    await page.waitForSelector('dialog[open]');
    await activate(page, 'dialog[open] .button--warning');
    await page.waitForFunction(() => document.querySelectorAll('.plan-list__item').length === 2);
    expect(await focusedId(page)).toBe('your-plans');
    expect(await storedDrafts(page)).toHaveLength(2);
  });

  it('starts a review from a plan: a new draft that asks what happened, the old one kept', async () => {
    const sam = await page.$eval('.plan-list__item:has(a:text-is("SEN Support plan for Sam")) button[id^="start-a-review-"]', (b) => b.id);
    await activate(page, `#${sam}`);
    await waitForView(page, 'SEN Support plan for Sam: review 1');
    expect(await page.textContent('.plan-builder')).toContain('This is a review of “SEN Support plan for Sam”');
    await activate(page, 'a[href$="/section/outcomes"]');
    await waitForView(page, 'Outcomes and support');
    expect(await page.isVisible('#f_outcomes_0_whatHappened')).toBe(true);
    expect(await page.inputValue('#f_outcomes_0_outcome')).toBe('By Easter, I can read 10 words by myself.');
    await expectAxeClean(page, 'a review with What happened');
    await activate(page, '.plan-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain('Enter what happened with this outcome since the last plan (outcome 1)');
    const drafts = await storedDrafts(page);
    expect(drafts).toHaveLength(3);
    expect(drafts.filter((d) => d.review).map((d) => d.review.cycle)).toEqual([2]);
    expect(tracked.errors).toEqual([]);
  });
});
