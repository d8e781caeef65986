/**
 * Readability of every guidance article and myth.
 *
 * The agreed limit (issue 3): Flesch-Kincaid grade 7.0 or lower for any page whose audience
 * includes parents (a reading age of about 11 to 12), and 9.0 for pages written only for staff.
 * Myths have no audience field: they are written for parents, so they use the parent limit.
 *
 * What is measured is the text a reader sees: the title and summary (guidance) or the claim,
 * reality and polite reply (myths), then the body with MDX components, JSX and markdown syntax
 * removed. <Cite /> tags are dropped (they render as short reference links); the words inside
 * <Term> and <Callout> are kept, and a Callout's title counts as a heading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';

const PARENT_LIMIT = 7.0;
const STAFF_LIMIT = 9.0;

const contentDir = fileURLToPath(new URL('../../../src/content/', import.meta.url));

interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Splits a page into its YAML frontmatter (raw text) and its body. */
function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: '', body: source };
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Reads one top-level string field from simple YAML frontmatter (single-line values). */
function frontmatterField(frontmatter: string, key: string): string | undefined {
  const match = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(frontmatter);
  if (!match?.[1]) return undefined;
  let value = match[1].trim();
  if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
    value = value.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'");
  }
  return value || undefined;
}

/** Reads an inline YAML list such as `audience: [parents, staff]`. */
function frontmatterList(frontmatter: string, key: string): string[] {
  const inline = new RegExp(`^${key}:\\s*\\[(.*)\\]\\s*$`, 'm').exec(frontmatter);
  if (inline?.[1] !== undefined) return inline[1].split(',').map((s) => s.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean);
  const block = new RegExp(`^${key}:\\s*\\r?\\n((?:\\s+-\\s.*\\r?\\n?)+)`, 'm').exec(frontmatter);
  if (block?.[1] !== undefined) return block[1].split(/\r?\n/).map((l) => l.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  return [];
}

/** Ends a block (heading, list item, line) with a full stop when it has no end punctuation. */
function closeSentence(line: string): string {
  const trimmed = line.trim();
  if (!trimmed) return '';
  return /[.!?:;]["'’”)]*$/.test(trimmed) ? trimmed.replace(/[:;]$/, '.') : `${trimmed}.`;
}

/** Turns an MDX body into the plain prose a reader sees, one block per line. */
function mdxToPlainText(body: string): string {
  let text = body
    .replace(/\r\n/g, '\n')
    // Code blocks and comments are not prose.
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // ESM import and export lines.
    .replace(/^(import|export)\s.*$/gm, '')
    // Citations render as short reference links, not prose.
    .replace(/<Cite\b[^>]*\/>/g, '')
    // A Callout's title is shown as a heading: keep it as its own sentence.
    .replace(/<Callout\b[^>]*?\btitle=(["'])(.*?)\1[^>]*>/g, '\n$2\n')
    // Any other JSX or HTML tag: drop the tag, keep what is inside it.
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    // JSX expressions.
    .replace(/\{[^{}]*\}/g, '');

  // Markdown inline syntax.
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?\S|\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1');

  // Markdown block syntax: each heading, list item, quote or table row is its own sentence.
  const lines: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) lines.push(closeSentence(paragraph.join(' ')));
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || /^[-*_]{3,}$/.test(line) || /^\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    const block = /^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/.exec(line);
    if (block) {
      flush();
      lines.push(closeSentence(line.slice(block[0].length)));
    } else if (line.startsWith('|')) {
      flush();
      for (const cell of line.split('|').map((c) => c.trim()).filter(Boolean)) lines.push(closeSentence(cell));
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return lines.filter(Boolean).join('\n');
}

const wordPattern = /[\p{L}\p{N}£]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const hasWord = /[\p{L}\p{N}]/u;

/** Counts words, sentences and syllables in plain text and grades it. */
function measure(text: string): Readability {
  const sentences = text
    .split(/(?<=[.!?]["'’”)]*)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => hasWord.test(s));
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.match(wordPattern) ?? []) {
      words++;
      // Numbers and symbols such as "£6,000" still take at least one beat to read.
      syllables += Math.max(1, syllable(word));
    }
  }
  const grade = fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { words, sentences: sentences.length, syllables, grade };
}

interface Page {
  file: string;
  audience: string[];
  limit: number;
  result: Readability;
}

function readPages(collection: 'guidance' | 'myths'): Page[] {
  const dir = join(contentDir, collection);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return files.map((name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const { frontmatter, body } = splitFrontmatter(source);
    const fields = collection === 'guidance' ? ['title', 'summary'] : ['claim', 'reality', 'politeReply'];
    const intro = fields
      .map((key) => frontmatterField(frontmatter, key))
      .filter((v): v is string => Boolean(v))
      .map(closeSentence);
    const audience = collection === 'guidance' ? frontmatterList(frontmatter, 'audience') : ['parents'];
    const limit = audience.includes('parents') ? PARENT_LIMIT : STAFF_LIMIT;
    const text = [...intro, mdxToPlainText(body)].join('\n');
    // READABILITY_TEXT=1 prints the exact text that is measured, to see why a page grades high.
    if (process.env.READABILITY_TEXT) console.log(`--- ${collection}/${name}\n${text}`);
    const result = measure(text);
    return { file: `${collection}/${name}`, audience, limit, result };
  });
}

const pages = [...readPages('guidance'), ...readPages('myths')];

describe('the readability measure', () => {
  it('grades a deliberately dense sentence above the parent limit', () => {
    const dense =
      'Notwithstanding the aforementioned statutory considerations, educational establishments are ' +
      'institutionally obligated to operationalise individualised interventions commensurate with ' +
      'comprehensively evidenced developmental requirements.';
    const { grade } = measure(mdxToPlainText(dense));
    expect(grade).toBeGreaterThan(PARENT_LIMIT);
    expect(grade).toBeGreaterThan(STAFF_LIMIT);
  });

  it('grades short, plain sentences below the parent limit', () => {
    const plain = 'Your child can get help at school. You do not need a letter from a doctor. Ask the teacher.';
    expect(measure(mdxToPlainText(plain)).grade).toBeLessThanOrEqual(PARENT_LIMIT);
  });

  it('drops MDX tags and markdown syntax but keeps the words a reader sees', () => {
    const body = [
      '## What the school does',
      '',
      'Ask the <Term id="senco">SENCO</Term> for a [copy of the plan](/plan/). <Cite id="cop-6-48" />',
      '',
      '<Callout kind="next" title="What to do next">',
      '- Write down your **questions**',
      '</Callout>',
    ].join('\n');
    expect(mdxToPlainText(body)).toBe(
      'What the school does.\nAsk the SENCO for a copy of the plan.\nWhat to do next.\nWrite down your questions.',
    );
    expect(measure(mdxToPlainText(body)).sentences).toBe(4);
  });
});

describe('readability of guidance and myths', () => {
  it('finds the pages to measure', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('keeps parent pages at or below grade 7.0 and staff-only pages at or below 9.0', () => {
    const rows = pages.map((p) => ({
      page: p.file,
      audience: p.audience.join('+'),
      words: p.result.words,
      sentences: p.result.sentences,
      'FK grade': Number(p.result.grade.toFixed(2)),
      limit: p.limit,
      ok: p.result.grade <= p.limit ? 'yes' : 'NO',
    }));
    const header = ['page', 'audience', 'words', 'sentences', 'FK grade', 'limit', 'ok'] as const;
    const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
    console.log(
      [line([...header]), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(header.map((h) => String(r[h]))))].join('\n'),
    );

    const tooHard = pages
      .filter((p) => !(p.result.grade <= p.limit))
      .map((p) => `${p.file}: grade ${p.result.grade.toFixed(2)} is above ${p.limit.toFixed(1)}`);
    expect(tooHard, 'Shorten sentences and use everyday words on these pages').toEqual([]);
  });
});
