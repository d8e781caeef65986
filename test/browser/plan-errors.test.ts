/**
 * GOV.UK error behaviour: validation only on "Save and continue"; the error summary takes focus,
 * its links reach the fields, inline messages use the same words and the title starts "Error: ";
 * removing an outcome moves focus sensibly; the builder works at 320px wide.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './harness';
import { activate, expectAxeClean, fillByKeyboard, focusedId, gotoHash, openBuilder, outcomeEntries, tabTo, waitForView } from './plan-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('errors', () => {
  it('lands on a focused error summary whose links reach the fields', async () => {
    const { page, context, errors } = await openBuilder(browser);
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan');
    await activate(page, 'a[href$="/section/about-the-child"]');
    await waitForView(page, 'About the child');
    // Nothing is checked on blur.
    await tabTo(page, '#f_childName');
    await page.keyboard.press('Tab');
    expect(await page.$('.error-message')).toBeNull();
    // A half-typed date and nothing else.
    await fillByKeyboard(page, [['f_dateOfBirth_day', '31'], ['f_dateOfBirth_month', '2'], ['f_dateOfBirth_year', '2016']]);
    await activate(page, '.plan-form button[type=submit]');
    await page.waitForSelector('.error-summary');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.title()).toMatch(/^Error: About the child: /);
    const links = await page.$$eval('.error-summary a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ["Enter the child's name", '#f_childName'],
      ['Date of birth must be a real date', '#f_dateOfBirth_day'],
      ['Enter what people like and admire about the child', '#f_likeAndAdmire'],
      ['Enter what is important to the child', '#f_importantToMe'],
      ['Enter how best to support the child', '#f_howToSupportMe'],
    ]);
    // The inline messages say the same.
    const inline = await page.$$eval('.error-message', (ps) => ps.map((p) => p.textContent?.replace(/^Error:\s*/, '')));
    expect(inline).toEqual(links.map(([text]) => text));
    await expectAxeClean(page, 'section with errors');
    // Every link reaches its field, by keyboard.
    for (const [, href] of links) {
      await activate(page, `.error-summary a[href="${href}"]`);
      expect(await focusedId(page)).toBe(href!.slice(1));
    }
    // Typed answers are kept; the summary stays until the next continue.
    expect(await page.inputValue('#f_dateOfBirth_day')).toBe('31');
    await fillByKeyboard(page, [['f_childName', 'Sam']]);
    await activate(page, '.plan-form button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('.error-summary a').length === 4);
    expect(await page.textContent('.error-summary')).toContain('Enter what people like and admire about Sam');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checks the whole plan before the PDF, linking to each question in its section', async () => {
    const { page, context } = await openBuilder(browser);
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan');
    await gotoHash(page, new URL(page.url()).hash + '/check');
    await waitForView(page, 'Check your answers');
    await expectAxeClean(page, 'check your answers, empty');
    await page.click('#export-pdf');
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toMatch(/^Error: Check your answers/);
    await expectAxeClean(page, 'check your answers with errors');
    await page.click('.error-summary a:has-text("Enter the name of the key person (outcome 1)")');
    await waitForView(page, 'Outcomes and support');
    expect(await focusedId(page)).toBe('f_outcomes_0_keyPerson_name');
    await context.close();
  });
});

describe('outcomes', () => {
  it('removes an outcome after asking, and moves focus to the one that takes its place', async () => {
    const { page, context } = await openBuilder(browser);
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan');
    await activate(page, 'a[href$="/section/outcomes"]');
    await waitForView(page, 'Outcomes and support');
    await fillByKeyboard(page, outcomeEntries(0));
    for (const i of [1, 2, 3, 4, 5]) {
      await activate(page, '#add_outcomes');
      await page.waitForSelector(`#f_outcomes_${i}_outcome`);
      if (i < 3) await fillByKeyboard(page, outcomeEntries(i));
    }
    // Six is the most: the button gives way to a note.
    expect(await page.$('button#add_outcomes')).toBeNull();
    expect(await page.textContent('.plan-form')).toContain('You have six outcomes. Most plans work best with three or four outcomes');
    await expectAxeClean(page, 'six outcomes');
    // An empty outcome goes without asking; focus moves to the heading now in its place.
    await activate(page, '#remove_outcomes_4');
    await page.waitForFunction(() => document.querySelectorAll('.group-item').length === 5);
    expect(await focusedId(page)).toBe('item_outcomes_4');
    // One with answers asks first.
    await activate(page, '#remove_outcomes_1');
    await page.waitForSelector('dialog[open]');
    expect(await page.textContent('dialog[open] h2')).toBe('Remove outcome 2?');
    await expectAxeClean(page, 'remove outcome dialog');
    await page.click('dialog[open] .button--warning');
    await page.waitForFunction(() => document.querySelectorAll('.group-item').length === 4);
    expect(await focusedId(page)).toBe('item_outcomes_1');
    expect(await page.inputValue('#f_outcomes_1_outcome')).toBe('By Easter, I can read 12 words by myself.');
    await context.close();
  });
});

describe('small screens', () => {
  it('works at 320px wide with nothing cut off sideways', async () => {
    const { page, context } = await openBuilder(browser, '', { viewport: { width: 320, height: 640 } });
    await activate(page, '#start-plan');
    await waitForView(page, 'SEN Support plan');
    for (const view of ['', '/section/about-the-child', '/section/outcomes', '/section/agreement-and-review', '/check', '/print']) {
      await page.goto(page.url().replace(/(#\/plan\/[^/]+).*$/, `$1${view}`));
      await page.waitForSelector('#plan-heading');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll on ${view || 'task list'}`).toBeLessThanOrEqual(0);
    }
    await expectAxeClean(page, 'printable view at 320px');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('says the builder needs JavaScript and shows no controls that cannot work', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('plan/'));
    expect(await page.innerText('main')).toContain('The plan builder needs JavaScript');
    expect(await page.isVisible('#start-plan')).toBe(false);
    expect(await page.$$eval('h1', (hs) => hs.length)).toBe(1);
    await context.close();
  });
});
