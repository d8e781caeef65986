import { describe, expect, it } from 'vitest';
import { findTemplateCitationProblems, sectionCitations, templateCitations } from '../../../src/lib/forms/citations';
import { parseTemplate } from '../../../src/lib/forms/schema';
import { rawCopy, template } from './helpers';

describe('template citations', () => {
  it('lists what the default template cites, by section', () => {
    expect(templateCitations(template).map((c) => c.id)).toContain('cop-6-48');
    expect(sectionCitations(template.sections[4]!)).toEqual(['cop-6-48', 'cop-6-65', 'cop-6-54']);
  });

  it('names the template and the path of a citation that does not exist', () => {
    const raw = rawCopy();
    raw.sections[2].fields[2].cite = ['cop-6-28', 'cop-99-1'];
    const broken = parseTemplate(raw);
    const known = new Set(templateCitations(template).map((c) => c.id));
    expect(findTemplateCitationProblems([broken], (id) => known.has(id))).toEqual([
      'Plan template "sen-support-plan" (src/content/templates/) cites "cop-99-1" at sections.2.fields.2.cite, which is not in src/content/references/',
    ]);
  });
});
