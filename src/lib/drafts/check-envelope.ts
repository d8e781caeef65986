/**
 * Strict check of an envelope from a file, a PDF attachment or storage: run the migration chain,
 * refuse unknown keys and wrong shapes, then check the answers against the template.
 * Returns plain-English messages; never throws.
 */
import { checkPlanData } from '../forms/check-data';
import type { Template } from '../forms/schema';
import { APP_ID, LIMITS, SCHEMA_VERSION, type DraftEnvelope, type ReviewInfo } from './envelope';
import { migrate } from './migrations';
import { findTreeProblem } from './safe-json';

export type EnvelopeCheck = { ok: true; envelope: DraftEnvelope } | { ok: false; message: string; details: string[] };

export const MESSAGES = {
  notOurs: 'This file is not a plan saved by this plan builder. Nothing has been changed. Choose a file you saved with “Download your answers” (it ends in .json) or a plan PDF made here.',
  newer:
    'This file was saved by a newer version of the plan builder, so this version cannot open it safely. Nothing has been changed. Open it on the website where it was made, or ask the school to update this website.',
  notRecognised: 'This file is not a saved plan this plan builder can read. Nothing has been changed.',
  damaged: 'This file could not be opened because parts of it are not what a saved plan contains. It may have been changed or damaged. Nothing has been changed here.',
  unsafe: 'This file could not be opened because it contains something a saved plan never contains. It may have been changed on purpose. Nothing has been changed here.',
  unknownTemplate: (id: string) =>
    `This file is for a kind of plan this website does not have (“${id.slice(0, 60)}”). Nothing has been changed. Open it on the website where it was made.`,
  newerTemplate: (name: string) =>
    `This file was made with a newer version of the “${name}” form, so this website cannot open it safely. Nothing has been changed. Open it on the website where it was made, or ask the school to update this website.`,
} as const;

const KEYS = new Set(['app', 'schemaVersion', 'templateId', 'templateVersion', 'id', 'title', 'createdAt', 'savedAt', 'data', 'review']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.time && !Number.isNaN(Date.parse(value));
}

function checkReview(value: unknown, problems: string[]): ReviewInfo | undefined {
  if (!isPlainObject(value)) {
    problems.push('review: should be the details of the earlier plan');
    return undefined;
  }
  const extra = Object.keys(value).find((k) => !['cycle', 'previousId', 'previousTitle'].includes(k));
  if (extra) problems.push(`review.${extra.slice(0, 40)}: is not expected`);
  const { cycle, previousId, previousTitle } = value;
  if (typeof cycle !== 'number' || !Number.isInteger(cycle) || cycle < 2 || cycle > LIMITS.maxCycle) problems.push('review.cycle: should be a whole number from 2');
  if (typeof previousId !== 'string' || !LIMITS.id.test(previousId)) problems.push('review.previousId: is not a draft id');
  if (typeof previousTitle !== 'string' || previousTitle.length > LIMITS.title) problems.push('review.previousTitle: should be a short title');
  return problems.length ? undefined : { cycle: cycle as number, previousId: previousId as string, previousTitle: previousTitle as string };
}

/** Check an already-parsed value as a draft envelope for one of `templates`. */
export function checkEnvelope(raw: unknown, templates: readonly Template[]): EnvelopeCheck {
  const tree = findTreeProblem(raw);
  if (tree) return { ok: false, message: MESSAGES.unsafe, details: [tree.kind === 'forbidden-key' ? `${tree.path}: the key “${tree.key}” is not allowed` : `${tree.path}: nested too deeply`] };
  if (!isPlainObject(raw) || raw.app !== APP_ID) return { ok: false, message: MESSAGES.notOurs, details: [] };
  const migrated = migrate(raw);
  if (!migrated.ok) {
    const detail = `schemaVersion: ${String(migrated.version).slice(0, 20)} (this builder reads up to ${SCHEMA_VERSION})`;
    return { ok: false, message: migrated.reason === 'newer' ? MESSAGES.newer : MESSAGES.notRecognised, details: [detail] };
  }
  const value = migrated.value;
  const problems: string[] = [];
  for (const key of Object.keys(value)) if (!KEYS.has(key)) problems.push(`${key.slice(0, 40)}: is not expected in a saved plan`);

  const { templateId, templateVersion, id, title, createdAt, savedAt } = value;
  if (typeof templateId !== 'string') return { ok: false, message: MESSAGES.damaged, details: ['templateId: missing'] };
  const template = templates.find((t) => t.id === templateId);
  if (!template) return { ok: false, message: MESSAGES.unknownTemplate(templateId), details: [`templateId: ${templateId.slice(0, 60)}`] };
  if (typeof templateVersion !== 'number' || !Number.isInteger(templateVersion) || templateVersion < 1) problems.push('templateVersion: should be a whole number from 1');
  else if (templateVersion > template.version)
    return { ok: false, message: MESSAGES.newerTemplate(template.name), details: [`templateVersion: ${templateVersion} (this website has ${template.version})`] };
  if (typeof id !== 'string' || !LIMITS.id.test(id)) problems.push('id: is not a draft id');
  if (typeof title !== 'string' || title.length > LIMITS.title) problems.push(`title: should be text of ${LIMITS.title} characters or fewer`);
  if (!isTime(createdAt)) problems.push('createdAt: is not a date and time');
  if (!isTime(savedAt)) problems.push('savedAt: is not a date and time');
  const review = value.review === undefined ? undefined : checkReview(value.review, problems);

  const data = checkPlanData(template, value.data);
  if (!data.ok) problems.push(...data.problems);
  if (problems.length || !data.ok) return { ok: false, message: MESSAGES.damaged, details: problems.slice(0, 8) };

  const envelope: DraftEnvelope = {
    app: APP_ID,
    schemaVersion: SCHEMA_VERSION,
    templateId: template.id,
    templateVersion: template.version,
    id: id as string,
    title: title as string,
    createdAt: createdAt as string,
    savedAt: savedAt as string,
    data: data.data,
  };
  if (review) envelope.review = review;
  return { ok: true, envelope };
}
