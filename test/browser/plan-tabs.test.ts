/**
 * Two tabs on the same draft never overwrite each other silently: an idle tab takes the other's
 * changes (and says so); a tab with unsaved changes stops saving and asks which version to keep.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from './harness';
import { activate, expectAxeClean, openBuilder, storedDrafts, waitForBuilder, waitForSave, waitForView } from './plan-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('two tabs on one draft', () => {
  it('never lets one tab overwrite the other silently', async () => {
    const { page: a, context, errors } = await openBuilder(browser);
    await activate(a, '#start-plan');
    await waitForView(a, 'SEN Support plan');
    const id = new URL(a.url()).hash.split('/')[2]!;
    const sectionHash = `#/plan/${id}/section/about-the-child`;
    await a.goto(siteUrl(`plan/${sectionHash}`));
    await waitForView(a, 'About the child');
    const b = await context.newPage();
    await b.goto(siteUrl(`plan/${sectionHash}`));
    await waitForBuilder(b);
    await waitForView(b, 'About the child');

    // A types, B is idle: B shows A's answer and says so.
    await a.fill('#f_childName', 'Sam');
    await b.waitForFunction(() => (document.getElementById('f_childName') as HTMLInputElement).value === 'Sam');
    expect(await b.textContent('#notice')).toContain('This plan was updated in another tab or window');

    // Both type before either saves: B saves first, A must not overwrite it.
    await b.fill('#f_yearGroup', 'Year 4');
    await a.fill('#f_likeAndAdmire', 'I am kind.');
    await a.waitForSelector('#conflict');
    expect(await a.textContent('#conflict')).toContain('This plan was changed in another tab or window');
    expect(await a.textContent('#save-status')).toBe('Not saved: this plan was changed in another tab');
    await expectAxeClean(a, 'conflict banner');
    await waitForSave(a);
    let [stored] = await storedDrafts(a);
    expect(stored!.data).toMatchObject({ childName: 'Sam', yearGroup: 'Year 4', likeAndAdmire: '' });
    // A keeps typing: still nothing overwritten.
    await a.fill('#f_importantToMe', 'Trains.');
    await waitForSave(a);
    [stored] = await storedDrafts(a);
    expect(stored!.data.importantToMe).toBe('');

    // The person chooses A's version; B (idle) follows.
    await a.click('#conflict-keep');
    await a.waitForSelector('#conflict', { state: 'detached' });
    [stored] = await storedDrafts(a);
    expect(stored!.data).toMatchObject({ childName: 'Sam', yearGroup: '', likeAndAdmire: 'I am kind.', importantToMe: 'Trains.' });
    await b.waitForFunction(() => (document.getElementById('f_likeAndAdmire') as HTMLTextAreaElement).value === 'I am kind.');

    // Again, and this time take the other tab's version.
    await a.fill('#f_yearGroup', 'Year 5');
    await b.fill('#f_whoHelpedWrite', 'Mum');
    await b.waitForSelector('#conflict');
    await b.click('#conflict-other');
    await b.waitForSelector('#conflict', { state: 'detached' });
    expect(await b.inputValue('#f_yearGroup')).toBe('Year 5');
    expect(await b.inputValue('#f_whoHelpedWrite')).toBe('');
    await waitForSave(b);
    [stored] = await storedDrafts(b);
    expect(stored!.data).toMatchObject({ yearGroup: 'Year 5', whoHelpedWrite: '' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a tab when its draft was deleted in another, and lets it keep the plan', async () => {
    const { page: a, context } = await openBuilder(browser);
    await activate(a, '#start-plan');
    await waitForView(a, 'SEN Support plan');
    const hash = new URL(a.url()).hash;
    await a.goto(siteUrl(`plan/${hash}/section/family-views`));
    await waitForView(a, "Parents' or carers' views");
    await a.fill('#f_parentViews', 'Tired after school.');
    await waitForSave(a);
    const b = await context.newPage();
    await b.goto(siteUrl('plan/'));
    await waitForBuilder(b);
    await b.click('button[id^="delete-d-"]');
    await b.click('dialog[open] .button--warning');
    await a.waitForSelector('#conflict');
    expect(await a.textContent('#conflict')).toContain('This plan was deleted in another tab or window');
    await a.click('#conflict-keep');
    await a.waitForSelector('#conflict', { state: 'detached' });
    const [stored] = await storedDrafts(a);
    expect(stored!.data.parentViews).toBe('Tired after school.');
    await context.close();
  });
});
