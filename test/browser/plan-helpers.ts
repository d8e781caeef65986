/**
 * Helpers for the plan builder's browser tests (test/browser/plan-*.test.ts): open the builder,
 * move by keyboard alone, a full plan to type, axe on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations, openPage, siteUrl, type TrackedPage } from './harness';

/** Open the builder (optionally at a hash) in a fresh context and wait until it has read storage. */
export async function openBuilder(browser: Browser, hash = '', options: Parameters<typeof openPage>[1] = {}): Promise<TrackedPage> {
  const tracked = await openPage(browser, options);
  await tracked.page.goto(siteUrl(`plan/${hash}`));
  await tracked.page.waitForSelector('.plan-builder[data-loaded]');
  return tracked;
}

/** Go to a view of the builder by its hash ("#/plan/<id>/check"), from wherever the page is. */
export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().split('#')[0] + hash);
}

/** Wait for the builder after a reload or goto. */
export async function waitForBuilder(page: Page): Promise<void> {
  await page.waitForSelector('.plan-builder[data-loaded]');
}

/** Press Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/** Tab to a box and type into it. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.type(text);
}

/** Tab to a link or button and press Enter. */
export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

export async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

export async function expectAxeClean(page: Page, step: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe on "${step}":\n${describeViolations(violations)}`).toEqual([]);
}

/** The heading of the view on screen. */
export async function heading(page: Page): Promise<string> {
  await page.waitForSelector('#plan-heading');
  return (await page.textContent('#plan-heading'))?.trim() ?? '';
}

/** Wait until a view whose heading contains `text` is on screen and has focus. */
export async function waitForView(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const h = document.getElementById('plan-heading');
      return !!h && h.getClientRects().length > 0 && (h.textContent ?? '').includes(t);
    },
    text,
    { timeout: 10_000 },
  );
}

type Entry = [id: string, text: string] | [id: string, 'check'];

/** A full plan, section by section, as the boxes' ids and what to type (or tick). */
export const FULL_PLAN: { id: string; section: string; entries: Entry[] }[] = [
  {
    id: 'about-the-child',
    section: 'About the child',
    entries: [
      ['f_childName', 'Sam'],
      ['f_dateOfBirth_day', '2'],
      ['f_dateOfBirth_month', '4'],
      ['f_dateOfBirth_year', '2016'],
      ['f_yearGroup', 'Year 4'],
      ['f_likeAndAdmire', 'I am kind and I know lots about trains.'],
      ['f_importantToMe', 'My dog Biscuit and my friend Jo.'],
      ['f_howToSupportMe', 'One instruction at a time.'],
      ['f_whoHelpedWrite', 'Mum and Mr Khan'],
    ],
  },
  {
    id: 'family-views',
    section: "Parents' or carers' views",
    entries: [
      ['f_parentViews', 'Sam is tired after school.'],
      ['f_parentHopes', 'Enjoy reading again.'],
    ],
  },
  {
    id: 'strengths-and-needs',
    section: 'Strengths and needs',
    entries: [
      ['f_strengths', 'Drawing and building.'],
      ['f_needs', 'Reading new words; noisy rooms.'],
      ['f_areasOfNeed_1', 'check'],
      ['f_areasOfNeed_3', 'check'],
    ],
  },
];

export function outcomeEntries(index: number): Entry[] {
  const p = `f_outcomes_${index}_`;
  return [
    [`${p}outcome`, `By Easter, I can read ${10 + index} words by myself.`],
    [`${p}successLooksLike`, 'Sam reads them to Mr Khan.'],
    [`${p}support`, 'Word games.'],
    [`${p}keyPerson_name`, 'Mr Khan'],
    [`${p}keyPerson_role`, 'Teaching assistant'],
    [`${p}whenWhereHowOften`, '3 times a week'],
    [`${p}expectedImpact`, 'Joins in with reading.'],
  ];
}

export const AGREEMENT: Entry[] = [
  ['f_agreedBy', 'Sam, Ms Patel (mum), Mr Jones (SENCO)'],
  ['f_agreedOn_day', '15'],
  ['f_agreedOn_month', '1'],
  ['f_agreedOn_year', '2026'],
  ['f_nextReview_day', '1'],
  ['f_nextReview_month', '4'],
  ['f_nextReview_year', '2026'],
  ['f_contact_name', 'Mr Jones'],
  ['f_contact_role', 'SENCO'],
];

/** Type (or tick) every entry, by keyboard only. */
export async function fillByKeyboard(page: Page, entries: Entry[]): Promise<void> {
  for (const [id, text] of entries) {
    if (text === 'check') {
      await tabTo(page, `#${id}`);
      await page.keyboard.press('Space');
    } else await typeInto(page, id, text);
  }
}

/** The plan saved in localStorage (the only draft, or the one with this id). */
export async function storedDrafts(page: Page): Promise<Record<string, any>[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('sen-portal:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)!)),
  );
}

/** The answers a full keyboard-filled plan with `outcomes` outcomes should hold. */
export function expectedData(outcomes: number): Record<string, unknown> {
  return {
    childName: 'Sam',
    dateOfBirth: '2016-04-02',
    yearGroup: 'Year 4',
    likeAndAdmire: 'I am kind and I know lots about trains.',
    importantToMe: 'My dog Biscuit and my friend Jo.',
    howToSupportMe: 'One instruction at a time.',
    whoHelpedWrite: 'Mum and Mr Khan',
    parentViews: 'Sam is tired after school.',
    parentHopes: 'Enjoy reading again.',
    strengths: 'Drawing and building.',
    needs: 'Reading new words; noisy rooms.',
    areasOfNeed: ['cognition', 'sensory-physical'],
    outcomes: Array.from({ length: outcomes }, (_, i) => ({
      outcome: `By Easter, I can read ${10 + i} words by myself.`,
      whatHappened: '',
      achieved: '',
      successLooksLike: 'Sam reads them to Mr Khan.',
      support: 'Word games.',
      keyPerson: { name: 'Mr Khan', role: 'Teaching assistant' },
      whenWhereHowOften: '3 times a week',
      expectedImpact: 'Joins in with reading.',
    })),
    agreedBy: 'Sam, Ms Patel (mum), Mr Jones (SENCO)',
    agreedOn: '2026-01-15',
    nextReview: '2026-04-01',
    contact: { name: 'Mr Jones', role: 'SENCO' },
  };
}

/** Wait for autosave (400 ms debounce) to write. */
export async function waitForSave(page: Page): Promise<void> {
  await page.waitForTimeout(700);
}
