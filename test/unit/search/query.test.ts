import { describe, expect, it } from 'vitest';
import { buildFilters, describeResultCount } from '../../../src/lib/search/query';

describe('search query helpers', () => {
  it('builds Pagefind filters only for ticked groups', () => {
    expect(buildFilters([], [])).toEqual({});
    expect(buildFilters(['parents'], ['Guidance', 'Myth'])).toEqual({ audience: { any: ['parents'] }, type: { any: ['Guidance', 'Myth'] } });
  });

  it('announces counts in plain words', () => {
    expect(describeResultCount(0, 'xyz', 20)).toBe('No results for “xyz”. Try another word, or fewer filters.');
    expect(describeResultCount(1, 'review', 20)).toBe('1 result for “review”.');
    expect(describeResultCount(57, 'support', 20)).toBe('57 results for “support”. Showing the first 20.');
  });
});
