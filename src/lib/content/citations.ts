/**
 * Cross-reference checks for content: every citation in frontmatter and every <Cite id> and
 * <Term id> in an MDX body must name an entry that exists. Astro's reference() does not fail
 * the build for a missing id, so the content index runs these checks and stops the build with
 * a message naming the file and the id.
 */

export interface CitingEntry {
  /** Collection name, e.g. "guidance". */
  collection: string;
  /** Path of the source file, for messages. */
  filePath: string;
  /** Reference ids listed in frontmatter. */
  citations: string[];
  /** Raw MDX body. */
  body: string;
}

const CITE_PATTERN = /<Cite\s+id=["']([^"']+)["']/g;
const TERM_PATTERN = /<Term\s+id=["']([^"']+)["']/g;

/** Reference ids used by <Cite id="…"> in an MDX body, in order of first use. */
export function citeIdsInBody(body: string): string[] {
  return unique([...body.matchAll(CITE_PATTERN)].map((m) => m[1] as string));
}

/** Glossary ids used by <Term id="…"> in an MDX body, in order of first use. */
export function termIdsInBody(body: string): string[] {
  return unique([...body.matchAll(TERM_PATTERN)].map((m) => m[1] as string));
}

/** Plain-English problems, one per missing id; empty when everything resolves. */
export function findCitationProblems(
  entries: CitingEntry[],
  referenceIds: ReadonlySet<string>,
  glossaryIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const id of entry.citations) {
      if (!referenceIds.has(id))
        problems.push(`${entry.filePath}: cites "${id}" in its frontmatter, but there is no src/content/references/${id}.yaml`);
    }
    for (const id of citeIdsInBody(entry.body)) {
      if (!referenceIds.has(id))
        problems.push(`${entry.filePath}: <Cite id="${id}"> names a reference that does not exist (add src/content/references/${id}.yaml or fix the id)`);
      else if (!entry.citations.includes(id))
        problems.push(`${entry.filePath}: <Cite id="${id}"> is used in the text but "${id}" is missing from its citations list`);
    }
    for (const id of termIdsInBody(entry.body)) {
      if (!glossaryIds.has(id))
        problems.push(`${entry.filePath}: <Term id="${id}"> names a glossary entry that does not exist (add src/content/glossary/${id}.yaml or fix the id)`);
    }
  }
  return problems;
}

/** For each reference id, the entries that cite it (frontmatter or body). */
export function citedBy<T extends CitingEntry>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    for (const id of unique([...entry.citations, ...citeIdsInBody(entry.body)])) {
      const list = index.get(id) ?? [];
      list.push(entry);
      index.set(id, list);
    }
  }
  return index;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
