/**
 * A full plan for the PDF benchmark: every field of the template answered with realistic text
 * (long answers about two thirds of their limit), four outcomes, and the review details so that
 * fields shown only in a review are filled too. Wrapped in the builder's storage envelope
 * (src/lib/drafts/envelope.ts) so it can be put in localStorage before the builder loads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SENTENCES = [
  'Sam finds reading new words hard, especially when the room is noisy.',
  'He does best with one instruction at a time and a short movement break.',
  'At home he loves building models and talking about trains.',
  'He worries about reading aloud in front of the class.',
  'Mr Khan will run word games three times a week in the library after lunch.',
  'We will check progress every Friday and write it in the home-school book.',
  'Sam will use his feelings cards to tell an adult when he is worried.',
  'The class teacher will seat him near the front, away from the door.',
  'His mum says he is tired after school and needs quiet time before homework.',
  'Success looks like Sam reading all twenty words on two days in a row.',
];

function text(length, seed) {
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out.slice(0, length).replace(/\s+\S*$/, '.').trim();
}

function answer(field, seed) {
  switch (field.kind) {
    case 'text':
      return field.id === 'childName' ? 'Sam' : text(Math.min(field.maxLength ?? 200, 60), seed);
    case 'longtext':
      return text(Math.round((field.maxLength ?? 1200) * 0.65), seed);
    case 'date':
      return `2026-0${(seed % 9) + 1}-1${seed % 10}`;
    case 'choice':
      return field.options?.[0]?.value ?? '';
    case 'choices':
      return (field.options ?? []).map((o) => o.value);
    case 'person':
      return { name: ['Mr Khan', 'Ms Ali', 'Mr Jones', 'Mrs Patel'][seed % 4], role: ['Teaching assistant', 'Class teacher', 'SENCO', 'Parent'][seed % 4] };
    default:
      return undefined;
  }
}

function fill(fields, data, seed) {
  for (const field of fields) {
    if (field.kind === 'group') {
      const count = field.recommended?.max ?? field.max ?? 3;
      data[field.id] = Array.from({ length: count }, (_, i) => fill(field.fields ?? [], {}, seed + i * 3 + 1));
    } else {
      const value = answer(field, seed++);
      if (value !== undefined) data[field.id] = value;
    }
  }
  return data;
}

/** The envelope JSON and its id for the first template in src/content/templates/. */
export async function fullPlanDraft(repoRoot, templateFile = 'sen-support-plan.json') {
  const template = JSON.parse(await readFile(join(repoRoot, 'src', 'content', 'templates', templateFile), 'utf8'));
  const data = fill(template.sections.flatMap((s) => s.fields), {}, 0);
  const id = 'd-bench0full0plan0000000001';
  const now = new Date('2026-03-01T10:00:00Z').toISOString();
  const envelope = {
    app: 'sen-support-portal',
    schemaVersion: 1,
    templateId: template.id,
    templateVersion: template.version,
    id,
    title: 'Bench: full plan',
    createdAt: now,
    savedAt: now,
    data,
    review: { cycle: 2, previousId: 'd-bench0previous0000000001', previousTitle: 'Sam, autumn term' },
  };
  return { id, key: `sen-portal:draft:${id}`, json: JSON.stringify(envelope), childName: data.childName ?? 'Sam' };
}
