/**
 * Loads every content collection once per build and checks cross-references, so a citation of
 * a reference that does not exist stops the build with a message naming the file and the id.
 * Pages call loadContent() instead of getCollection() directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedBy, findCitationProblems, type CitingEntry } from './lib/content/citations';

export type Guidance = CollectionEntry<'guidance'>;
export type Myth = CollectionEntry<'myths'>;
export type Reference = CollectionEntry<'references'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Citing extends CitingEntry {
  title: string;
  href: string;
}

export interface SiteContent {
  guidance: Guidance[];
  myths: Myth[];
  references: Reference[];
  glossary: GlossaryEntry[];
  outcomeExamples: CollectionEntry<'outcomeExamples'>[];
  referenceById: Map<string, Reference>;
  glossaryById: Map<string, GlossaryEntry>;
  citedBy: Map<string, Citing[]>;
}

let cached: Promise<SiteContent> | undefined;

export function loadContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [guidance, myths, references, glossary, outcomeExamples] = await Promise.all([
    getCollection('guidance'),
    getCollection('myths'),
    getCollection('references'),
    getCollection('glossary'),
    getCollection('outcomeExamples'),
  ]);
  guidance.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  myths.sort((a, b) => a.data.order - b.data.order);
  references.sort((a, b) => a.data.source.localeCompare(b.data.source) || a.data.order - b.data.order || a.id.localeCompare(b.id));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB', { sensitivity: 'base' }));

  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const citing: Citing[] = [
    ...guidance.map((e) => ({
      collection: 'guidance',
      filePath: e.filePath ?? `src/content/guidance/${e.id}.mdx`,
      citations: e.data.citations.map((c) => c.id),
      body: e.body ?? '',
      title: e.data.title,
      href: `${base}guidance/${e.id}/`,
    })),
    ...myths.map((e) => ({
      collection: 'myths',
      filePath: e.filePath ?? `src/content/myths/${e.id}.mdx`,
      citations: e.data.citations.map((c) => c.id),
      body: e.body ?? '',
      title: `Myth: ${e.data.claim}`,
      href: `${base}myths/${e.id}/`,
    })),
  ];
  const glossaryCiting: CitingEntry[] = glossary.map((e) => ({
    collection: 'glossary',
    filePath: e.filePath ?? `src/content/glossary/${e.id}.yaml`,
    citations: [],
    body: '',
  }));
  const referenceIds = new Set(references.map((r) => r.id));
  const glossaryIds = new Set(glossary.map((g) => g.id));
  const problems = findCitationProblems([...citing, ...glossaryCiting], referenceIds, glossaryIds);
  for (const entry of glossary) {
    for (const see of entry.data.seeAlso) {
      if (!glossaryIds.has(see.id)) problems.push(`${entry.filePath}: seeAlso names "${see.id}", which is not in src/content/glossary/`);
    }
  }
  if (problems.length) {
    throw new Error(`Content has broken cross-references:\n  - ${problems.join('\n  - ')}`);
  }
  return {
    guidance,
    myths,
    references,
    glossary,
    outcomeExamples,
    referenceById: new Map(references.map((r) => [r.id, r])),
    glossaryById: new Map(glossary.map((g) => [g.id, g])),
    citedBy: citedBy(citing),
  };
}
