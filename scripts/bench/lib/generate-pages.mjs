/**
 * Generated guidance articles for the scale benchmark: realistic MDX (400-600 words of plain
 * English, a few headings, a list, a callout, citations, glossary terms and a site link), made
 * from a small word list with a seeded PRNG so every run builds exactly the same pages.
 * They are only ever written into a temporary copy of the project (see project-copy.mjs).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Mulberry32: a small, fast, seeded PRNG (same seed, same sequence). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['basics', 'cycle', 'plans', 'meetings', 'next-steps', 'staff', 'changes'];

const WHO = [
  'The school', 'Your child’s teacher', 'The SENCO', 'The class teacher', 'A teaching assistant',
  'The head teacher', 'Your child', 'You, as the parent', 'The family', 'The key person',
  'A speech and language therapist', 'An educational psychologist', 'The governors', 'Staff',
];
const DO = [
  'should talk about', 'can ask about', 'should write down', 'will look at', 'should agree',
  'can share', 'should check', 'will plan', 'should explain', 'can change', 'should review',
  'will try', 'can record', 'should listen to', 'will set out', 'can help with',
];
const WHAT = [
  'the support plan', 'the outcomes', 'what helps at home', 'your child’s views', 'the next review',
  'the extra help', 'a reading group', 'the notes from the meeting', 'how often help happens',
  'who gives the support', 'the targets for this term', 'a short daily check-in', 'a quiet space',
  'the evidence from class', 'the advice from experts', 'small steps forward', 'what went well',
  'what did not work', 'a visual timetable', 'time to move around', 'a sound plan for break time',
  'the words your child uses', 'a one-page profile', 'the report from the therapist',
];
const WHEN = [
  'each term', 'before the next meeting', 'at the start of the year', 'every few weeks',
  'after half term', 'when things change', 'with you', 'in plain words', 'as soon as possible',
  'in writing', 'at the review', 'before the plan starts', 'during the school day', 'at home',
];
const PLAIN = [
  'This helps everyone know what to do.', 'Ask if anything is not clear.', 'Keep a copy for yourself.',
  'Small changes can make a big difference.', 'Your child’s own words matter.', 'Write down the date.',
  'It is fine to ask for a meeting.', 'Nobody should guess what your child needs.',
  'Good plans are short and clear.', 'Share what you see at home.', 'Bring notes to the meeting.',
  'The plan should say who does what.', 'Help should start early.', 'Progress can be slow, and that is fine.',
];
const HEADINGS = [
  'What this means', 'Who does what', 'What you can do', 'How often it happens', 'What to ask',
  'Keeping track', 'Talking with the school', 'When things change', 'Your child’s views',
  'Getting ready', 'After the meeting', 'Small steps', 'If you are worried', 'Working together',
];
const TITLE_A = [
  'Help with', 'Planning for', 'Questions about', 'A guide to', 'Getting ready for', 'Notes on',
  'Talking about', 'Support for', 'Checking', 'Reviewing',
];
const TITLE_B = [
  'reading at school', 'break times', 'the school day', 'the review meeting', 'new classes',
  'homework', 'changes of teacher', 'school trips', 'quiet spaces', 'morning routines',
  'speech and language', 'moving to secondary school', 'writing tasks', 'friendships',
];
const LIST = [
  'what your child finds hard', 'what helps, with examples', 'who you have spoken to',
  'the dates of any meetings', 'reports you already have', 'questions for the SENCO',
  'your child’s own words', 'what changed since the last plan', 'what you would like next',
];
const TERMS = [
  ['senco', 'SENCO'], ['sen-support', 'SEN Support'], ['outcome', 'outcome'], ['provision', 'provision'],
  ['intervention', 'intervention'], ['one-page-profile', 'one-page profile'], ['key-person', 'key person'],
  ['annual-review', 'annual review'], ['graduated-approach', 'graduated approach'],
];
/** Specific needs and strategies: each page names two or three, so some searches match few pages. */
const SPECIFIC = [
  'dyslexia', 'dyspraxia', 'dyscalculia', 'stammering', 'handwriting', 'phonics', 'spelling', 'autism',
  'anxiety', 'attention', 'hearing loss', 'visual impairment', 'epilepsy', 'diabetes', 'toileting',
  'lunchtimes', 'assemblies', 'sports day', 'swimming', 'exams', 'coursework', 'transitions', 'fidget toys',
  'ear defenders', 'movement breaks', 'wobble cushions', 'coloured overlays', 'laptops', 'scribes',
  'extra time', 'rest breaks', 'social stories', 'comic strips', 'now and next boards', 'visual timers',
  'sensory circuits', 'lego therapy', 'nurture groups', 'mentoring', 'buddy systems', 'zones of regulation',
  'attendance', 'school refusal', 'exclusions', 'part-time timetables', 'home visits', 'interpreters',
  'young carers', 'looked after children', 'sleep', 'eating', 'medication', 'physiotherapy', 'wheelchairs',
  'stairs', 'lifts', 'playgrounds', 'clubs', 'residential trips', 'uniform', 'noise', 'lighting', 'smells',
  'queues', 'changing rooms', 'timetable changes', 'supply teachers', 'fire drills', 'homework diaries',
  'reading books', 'times tables', 'number lines', 'word banks', 'sentence starters', 'mind maps',
  'touch typing', 'speech bubbles', 'makaton', 'signing', 'communication books', 'choice boards',
  'first aid', 'allergies', 'asthma', 'hospital stays', 'bereavement', 'friendship groups', 'bullying',
  'online safety', 'gaming', 'screen time', 'tiredness', 'memory', 'processing speed', 'working memory',
];
const PEOPLE = new Set(['senco', 'key-person']);
const LINKS = [
  ['/guidance/assess/', 'Assess'], ['/guidance/plan/', 'Plan'], ['/guidance/review/', 'Review'],
  ['/guidance/preparing-for-a-meeting/', 'getting ready for a meeting'], ['/glossary/', 'the glossary'],
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (text) => text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

function sentence(rand) {
  const kind = rand();
  if (kind < 0.2) return pick(rand, PLAIN);
  if (kind < 0.35) return `${cap(pick(rand, WHAT))} should be clear to everyone ${pick(rand, WHEN)}.`;
  return `${pick(rand, WHO)} ${pick(rand, DO)} ${pick(rand, WHAT)} ${pick(rand, WHEN)}.`;
}

function paragraph(rand, citationIds, terms, specific) {
  const parts = [];
  const n = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) parts.push(sentence(rand));
  if (rand() < 0.6) parts.splice(2, 0, `Some children need help with ${pick(rand, specific)}, and the plan should say how.`);
  if (rand() < 0.5) {
    const [id, label] = pick(rand, terms);
    const term = `<Term id="${id}">${label}</Term>`;
    parts.splice(1, 0, PEOPLE.has(id) ? `Talk to the ${term} about it.` : `Ask how the ${term} will work for your child.`);
  }
  parts.push(`<Cite id="${pick(rand, citationIds)}" />`);
  return parts.join(' ');
}

/**
 * One article. `referenceIds` and `glossaryIds` are the real ids of the project copy, so every
 * citation and term resolves (the build stops on a missing one).
 */
export function generateArticle(index, { referenceIds, glossaryIds }) {
  const rand = prng(0x5e2 + index * 7919);
  const terms = TERMS.filter(([id]) => glossaryIds.includes(id));
  const citations = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, referenceIds)))];
  const title = `${pick(rand, TITLE_A)} ${pick(rand, TITLE_B)} (${index + 1})`;
  const summary = `${sentence(rand)} ${sentence(rand)}`.slice(0, 230);
  const audience = rand() < 0.6 ? '[parents, staff]' : rand() < 0.5 ? '[parents]' : '[staff]';
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const headings = [...HEADINGS].sort(() => rand() - 0.5);
  const target = 400 + Math.floor(rand() * 200);
  const specific = [...new Set(Array.from({ length: 3 }, () => pick(rand, SPECIFIC)))];

  const body = [];
  body.push(paragraph(rand, citations, terms, specific));
  let h = 0;
  const text = () => body.join('\n\n');
  while (words(text()) < target - 40) {
    body.push(`## ${headings[h++ % headings.length]}`);
    body.push(paragraph(rand, citations, terms, specific));
    if (h === 2) {
      body.push(['You may want to write down:', '', ...LIST.filter(() => rand() < 0.5).slice(0, 5).map((item) => `- ${item}`), '- anything else you want to say'].join('\n'));
    }
    if (words(text()) < target - 40) body.push(paragraph(rand, citations, terms, specific));
  }
  const [link, label] = pick(rand, LINKS);
  body.push(
    `<Callout kind="next" title="What to do next">\n\n- ${sentence(rand)}\n- ${sentence(rand)}\n- Read about [${label}](${link}).\n\n</Callout>`,
  );

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(summary)}`,
    `audience: ${audience}`,
    `topic: ${pick(rand, TOPICS)}`,
    `order: ${100 + index}`,
    `lastReviewed: 2026-${month}-${day}`,
    `citations: [${citations.join(', ')}]`,
    '---',
  ].join('\n');
  return { slug: `bench-${String(index + 1).padStart(5, '0')}`, title, words: words(text()), mdx: `${frontmatter}\n\n${text()}\n` };
}

/** Writes `count` generated articles into <projectDir>/src/content/guidance/. Returns their slugs and word counts. */
export async function writeGeneratedArticles(projectDir, count) {
  const content = join(projectDir, 'src', 'content');
  const ids = async (dir) => (await readdir(join(content, dir))).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
  const referenceIds = await ids('references');
  const glossaryIds = await ids('glossary');
  if (!referenceIds.length) throw new Error('No references found in src/content/references/: generated pages need real ids to cite.');
  const dir = join(content, 'guidance');
  await mkdir(dir, { recursive: true });
  const slugs = [];
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, { referenceIds, glossaryIds });
    await writeFile(join(dir, `${article.slug}.mdx`), article.mdx);
    slugs.push(article.slug);
    totalWords += article.words;
  }
  return { slugs, meanWords: count ? Math.round(totalWords / count) : 0 };
}
