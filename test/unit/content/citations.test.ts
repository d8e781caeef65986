import { describe, expect, it } from 'vitest';
import { citeIdsInBody, citedBy, findCitationProblems, termIdsInBody } from '../../../src/lib/content/citations';
import { referenceLabel, shortReferenceLabel } from '../../../src/lib/content/labels';

const refs = new Set(['cop-6-48', 'cfa-2014-s36']);
const terms = new Set(['senco']);

describe('citation checks', () => {
  it('finds ids used in <Cite> and <Term> tags, once each, in order', () => {
    const body = 'A <Cite id="cop-6-48" /> b <Term id="senco">SENCO</Term> c <Cite id=\'cfa-2014-s36\'/> <Cite id="cop-6-48" />';
    expect(citeIdsInBody(body)).toEqual(['cop-6-48', 'cfa-2014-s36']);
    expect(termIdsInBody(body)).toEqual(['senco']);
  });

  it('passes content whose citations all exist', () => {
    const entry = { collection: 'guidance', filePath: 'a.mdx', citations: ['cop-6-48'], body: '<Cite id="cop-6-48" /> <Term id="senco">x</Term>' };
    expect(findCitationProblems([entry], refs, terms)).toEqual([]);
  });

  it('names the file and the id for each missing reference or term', () => {
    const entry = {
      collection: 'guidance',
      filePath: 'src/content/guidance/x.mdx',
      citations: ['cop-9-99'],
      body: '<Cite id="cop-1-1" /> <Cite id="cfa-2014-s36" /> <Term id="nope">x</Term>',
    };
    const problems = findCitationProblems([entry], refs, terms);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('src/content/guidance/x.mdx: cites "cop-9-99" in its frontmatter, but there is no src/content/references/cop-9-99.yaml');
    expect(problems.join('\n')).toContain('<Cite id="cop-1-1"> names a reference that does not exist');
    expect(problems.join('\n')).toContain('"cfa-2014-s36" is missing from its citations list');
    expect(problems.join('\n')).toContain('<Term id="nope">');
  });

  it('indexes which entries cite each reference', () => {
    const a = { collection: 'guidance', filePath: 'a', citations: ['cop-6-48'], body: '' };
    const b = { collection: 'myths', filePath: 'b', citations: ['cfa-2014-s36'], body: '<Cite id="cop-6-48" />' };
    const index = citedBy([a, b]);
    expect(index.get('cop-6-48')).toEqual([a, b]);
    expect(index.get('cfa-2014-s36')).toEqual([b]);
  });
});

describe('reference labels', () => {
  it('names paragraphs and sections the way people cite them', () => {
    expect(referenceLabel({ source: 'SEND Code of Practice 2015', locator: '6.48', status: 'confirmed' })).toBe('SEND Code of Practice, paragraph 6.48');
    expect(shortReferenceLabel({ source: 'SEND Code of Practice 2015', locator: '6.48', status: 'confirmed' })).toBe('Code of Practice 6.48');
    expect(shortReferenceLabel({ source: 'Children and Families Act 2014', locator: 'section 36', status: 'confirmed' })).toBe('Children and Families Act, section 36');
  });
});
