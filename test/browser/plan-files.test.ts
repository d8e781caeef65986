/**
 * Files and storage: download the answers, delete everything, open the file and get the same plan
 * back; files that cannot be opened (not JSON, too large, a newer version, unsafe, invalid) get a
 * plain message and change nothing; unreadable stored data is kept and offered for download;
 * a full storage quota is said plainly with the download offered.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './harness';
import { activate, expectAxeClean, focusedId, gotoHash, openBuilder, storedDrafts, waitForBuilder, waitForView } from './plan-helpers';

const V1 = readFileSync(new URL('../fixtures/drafts/v1.json', import.meta.url), 'utf8');
const V1_ID = JSON.parse(V1).id as string;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Put the v1 fixture in storage, as if saved earlier, and reload. */
async function seed(page: Page, entries: Record<string, string> = { [`sen-portal:draft:${V1_ID}`]: V1 }): Promise<void> {
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
  await page.reload();
  await waitForBuilder(page);
}

async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])));
}

async function chooseFile(page: Page, name: string, contents: string | Buffer, mimeType = 'application/json'): Promise<void> {
  if (!(await page.isVisible('#open-file'))) {
    await gotoHash(page, '#/open');
    await waitForView(page, 'Open a saved file');
  }
  await page.setInputFiles('#open-file', { name, mimeType, buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents) });
  await page.click('#open-continue');
}

describe('download, delete everything, open the file', () => {
  it('gets the same plan back', async () => {
    const { page, context, offsite, errors } = await openBuilder(browser);
    await seed(page);
    await gotoHash(page, `#/plan/${V1_ID}`);
    await waitForView(page, 'SEN Support plan for Sam');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download your answers")')]);
    expect(download.suggestedFilename()).toBe('sen-support-plan-sam-2026-01-15.json');
    const file = readFileSync((await download.path())!, 'utf8');
    const before = (await storedDrafts(page))[0]!;
    expect(JSON.parse(file)).toEqual(before);

    await activate(page, '.back-link');
    await waitForView(page, 'Plan builder');
    await activate(page, '#delete-everything');
    await page.waitForSelector('dialog[open]');
    expect(await page.textContent('dialog[open]')).toContain('This deletes the 1 plan from this browser');
    await expectAxeClean(page, 'delete everything dialog');
    await page.click('dialog[open] .button--warning');
    await page.waitForSelector('#notice');
    expect(await page.textContent('#notice')).toContain('Everything this website stored on this device has been deleted');
    expect(await focusedId(page)).toBe('notice-banner-title');
    expect(await storageSnapshot(page)).toEqual({});
    expect(await page.textContent('.plan-builder')).toContain('There are no plans on this device yet.');
    await expectAxeClean(page, 'after deleting everything');

    await activate(page, '#open-file-link');
    await waitForView(page, 'Open a saved file');
    await expectAxeClean(page, 'open a saved file');
    await page.setInputFiles('#open-file', (await download.path())!);
    await activate(page, '#open-continue');
    await page.waitForSelector('#preview-heading');
    await page.waitForFunction(() => document.activeElement?.id === 'preview-heading');
    expect(await storageSnapshot(page)).toEqual({});
    const preview = (await page.textContent('.plan-builder'))!;
    expect(preview).toContain('SEN Support plan for Sam');
    expect(preview).toMatch(/Outcomes\s*3/);
    await expectAxeClean(page, 'preview of a file');
    await activate(page, '#open-confirm');
    await waitForView(page, 'SEN Support plan for Sam');
    const [after] = await storedDrafts(page);
    expect(after!.id).toBe(before.id);
    expect(after!.data).toEqual(before.data);
    expect(after!.createdAt).toBe(before.createdAt);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('files that cannot be opened change nothing', () => {
  it('says plainly why, with the error summary focused and linked to the file box', async () => {
    const { page, context, errors } = await openBuilder(browser);
    await seed(page);
    const before = await storageSnapshot(page);
    const future = JSON.stringify({ ...JSON.parse(V1), schemaVersion: 99 });
    const unsafe = V1.replace('"childName":', '"__proto__": {"polluted": true}, "childName":');
    const invalid = V1.replace('"agreedOn": "2026-01-15"', '"agreedOn": 20260115');
    const cases: [string, string | Buffer, RegExp][] = [
      ['corrupt.json', '{"app": "sen-support-portal", "schemaVersion": 1, "data": {', /it is not a saved plan/],
      ['not-a-plan.json', '{"hello": "world"}', /not a plan saved by this plan builder/],
      ['from-the-future.json', future, /saved by a newer version of the plan builder/],
      ['huge.json', Buffer.alloc(2 * 1024 * 1024 + 10, 32), /too large to be a saved plan \(the most is 2 MB\)/],
      ['unsafe.json', unsafe, /contains something a saved plan never contains/],
      ['invalid.json', invalid, /parts of it are not what a saved plan contains/],
      ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /it is not a saved plan/],
    ];
    for (const [name, contents, message] of cases) {
      await chooseFile(page, name, contents);
      await page.waitForSelector('.error-summary');
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
      expect(await page.textContent('.error-summary'), name).toMatch(message);
      expect(await page.textContent('#open-file-error'), name).toMatch(message);
      expect(await page.title()).toMatch(/^Error: Open a saved file/);
      expect(await storageSnapshot(page), name).toEqual(before);
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
      if (name === 'invalid.json') expect(await page.textContent('#open-file ~ .details')).toContain('data.agreedOn: should be text');
    }
    await expectAxeClean(page, 'open a saved file with an error');
    await page.click('.error-summary a');
    expect(await focusedId(page)).toBe('open-file');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers to replace or keep both when the plan is already on the device', async () => {
    const { page, context } = await openBuilder(browser);
    await seed(page);
    const changed = JSON.stringify({ ...JSON.parse(V1), data: { ...JSON.parse(V1).data, childName: 'Samuel' } });
    await chooseFile(page, 'plan.json', changed);
    await page.waitForSelector('#preview-heading');
    expect(await page.textContent('.plan-builder')).toContain('This plan is already on this device');
    await expectAxeClean(page, 'preview of a plan already on the device');
    await page.click('#open-copy');
    await waitForView(page, 'SEN Support plan for Samuel');
    const names = (await storedDrafts(page)).map((d) => d.data.childName).sort();
    expect(names).toEqual(['Sam', 'Samuel']);
    await chooseFile(page, 'plan.json', changed);
    await page.waitForSelector('#open-replace');
    await page.click('#open-replace');
    await waitForView(page, 'SEN Support plan for Samuel');
    expect((await storedDrafts(page)).map((d) => d.data.childName).sort()).toEqual(['Samuel', 'Samuel']);
    await context.close();
  });
});

describe('storage problems never lose anything', () => {
  it('keeps stored data that cannot be read and offers it for download', async () => {
    const { page, context, errors } = await openBuilder(browser);
    const broken = '{"app":"sen-support-portal","schemaVersion":1,"data":{"childName":"Sa';
    await seed(page, { 'sen-portal:draft:d-broken': broken, [`sen-portal:draft:${V1_ID}`]: V1 });
    await page.waitForSelector('#unreadable');
    expect(await page.textContent('#unreadable')).toContain('We could not read a saved plan on this device');
    expect(await page.textContent('.plan-list:not(#unreadable .plan-list)')).toContain('SEN Support plan for Sam');
    await expectAxeClean(page, 'home with an unreadable entry');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unreadable button:has-text("Download it")')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);
    expect((await storageSnapshot(page))['sen-portal:draft:d-broken']).toBe(broken);
    // Opening it by its address explains and keeps it.
    await gotoHash(page, '#/plan/d-broken');
    await waitForView(page, 'We could not open this plan');
    expect(await page.textContent('.plan-builder')).toContain('It has been kept');
    expect((await storageSnapshot(page))['sen-portal:draft:d-broken']).toBe(broken);
    await gotoHash(page, '#/');
    await waitForView(page, 'Plan builder');
    await page.click('#unreadable button:has-text("Delete it")');
    await page.waitForSelector('dialog[open]');
    await page.click('dialog[open] .button--warning');
    await page.waitForFunction(() => !document.getElementById('unreadable'));
    expect(Object.keys(await storageSnapshot(page))).toEqual([`sen-portal:draft:${V1_ID}`]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves what was typed when the page is left before the autosave delay (pagehide)', async () => {
    const { page, context } = await openBuilder(browser);
    await seed(page);
    await gotoHash(page, `#/plan/${V1_ID}/section/family-views`);
    await waitForView(page, "Parents' or carers' views");
    await page.fill('#f_parentHopes', 'Typed just before leaving');
    await page.reload();
    await waitForBuilder(page);
    await waitForView(page, "Parents' or carers' views");
    expect(await page.inputValue('#f_parentHopes')).toBe('Typed just before leaving');
    await context.close();
  });

  it('still works, and says so plainly, when the browser blocks storage', async () => {
    const tracked = await openBuilder(browser);
    const { page, context, errors } = tracked;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await waitForBuilder(page);
    expect(await page.textContent('.plan-builder')).toContain('This browser is not letting the website save anything');
    await page.click('#start-plan');
    await waitForView(page, 'SEN Support plan');
    expect(await page.textContent('#save-status')).toBe('Not saved: this browser does not let the website store anything');
    expect(await page.textContent('#save-error')).toContain('Download your answers to keep them');
    await expectAxeClean(page, 'storage blocked');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-error button')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).app).toBe('sen-support-portal');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says plainly when storage is full, and offers the download', async () => {
    const { page, context } = await openBuilder(browser);
    await seed(page);
    await gotoHash(page, `#/plan/${V1_ID}/section/family-views`);
    await waitForView(page, "Parents' or carers' views");
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.fill('#f_parentHopes', 'More time outside.');
    await page.waitForSelector('#save-error');
    expect(await page.textContent('#save-error')).toContain('could not be saved on this device because its storage is full');
    expect(await page.textContent('#save-status')).toBe('Not saved');
    await expectAxeClean(page, 'storage full');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-error button')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).data.parentHopes).toBe('More time outside.');
    await context.close();
  });
});

describe('the fillable PDF', () => {
  it('is made only after the answers are checked, and opens again with the same plan', async () => {
    const { page, context, requests, errors } = await openBuilder(browser);
    await seed(page);
    await gotoHash(page, `#/plan/${V1_ID}/check`);
    await waitForView(page, 'Check your answers');
    expect(requests.some((r) => /\/browser\.[\w-]+\.js$/.test(r))).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#export-pdf')]);
    expect(download.suggestedFilename()).toMatch(/^sen-support-plan-sam-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(requests.some((r) => /\/browser\.[\w-]+\.js$/.test(r))).toBe(true);
    const before = (await storedDrafts(page))[0]!;

    await chooseFile(page, 'plan.pdf', pdf, 'application/pdf');
    await page.waitForSelector('#preview-heading', { timeout: 30_000 });
    expect(await page.textContent('.plan-builder')).toContain('No answers were changed after the PDF was made.');
    await expectAxeClean(page, 'preview of a PDF');
    await page.click('#open-replace');
    await waitForView(page, 'SEN Support plan for Sam');
    const [after] = await storedDrafts(page);
    expect(after!.data).toEqual(before.data);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names characters the PDF cannot show and offers the printable view', async () => {
    const { page, context } = await openBuilder(browser);
    await seed(page);
    await gotoHash(page, `#/plan/${V1_ID}/section/family-views`);
    await waitForView(page, "Parents' or carers' views");
    await page.fill('#f_parentHopes', 'Sam loves 🚂 trains');
    await page.click('.plan-form button[type=submit]');
    await gotoHash(page, `#/plan/${V1_ID}/check`);
    await waitForView(page, 'Check your answers');
    await page.click('#export-pdf');
    await page.waitForSelector('#pdf-status .warning-text');
    const warning = (await page.textContent('#pdf-status'))!;
    expect(warning).toContain('The PDF cannot show this character in your answers: 🚂');
    expect(warning).toContain('printable view');
    await expectAxeClean(page, 'PDF character warning');
    await context.close();
  });
});
