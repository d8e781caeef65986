/** Pure helpers for the search page: Pagefind filters and the words announced to screen readers. */

export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind filters for the ticked boxes: within a group any may match; groups combine. */
export function buildFilters(audience: string[], types: string[]): PagefindFilters {
  const filters: PagefindFilters = {};
  if (audience.length) filters.audience = { any: audience };
  if (types.length) filters.type = { any: types };
  return filters;
}

/** "3 results for “review”", with a note when only the first ones are shown. */
export function describeResultCount(count: number, term: string, shown: number): string {
  if (count === 0) return `No results for “${term}”. Try another word, or fewer filters.`;
  const noun = count === 1 ? 'result' : 'results';
  const more = count > shown ? ` Showing the first ${shown}.` : '';
  return `${count} ${noun} for “${term}”.${more}`;
}
