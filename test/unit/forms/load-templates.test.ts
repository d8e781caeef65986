import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/lib/forms/load-templates';
import { rawCopy } from './helpers';

describe('loadTemplates', () => {
  it('loads the templates import.meta.glob finds, default template first', () => {
    const other = rawCopy();
    other.id = 'a-short-plan';
    const list = loadTemplates({ '../../content/templates/a-short-plan.json': other, '../../content/templates/sen-support-plan.json': rawCopy() });
    expect(list.map((t) => t.id)).toEqual(['sen-support-plan', 'a-short-plan']);
  });

  it('unwraps JSON modules imported without import: "default"', () => {
    expect(loadTemplates({ 'x/sen-support-plan.json': { default: rawCopy() } })[0]!.id).toBe('sen-support-plan');
  });

  it('names the file and the path inside it when a template is broken', () => {
    const broken = rawCopy();
    broken.sections[3].fields[0].fields[2].kind = 'essay';
    delete broken.sections[1].title;
    let message = '';
    try {
      loadTemplates({ '../../content/templates/sen-support-plan.json': rawCopy(), '../../content/templates/our-school.json': broken });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('src/content/templates/our-school.json');
    expect(message).toContain('sections.1.title');
    expect(message).toContain("sections.3.fields.0.fields.2.kind: Invalid discriminator value. Expected 'text' | 'longtext'");
    expect(message).not.toContain('sen-support-plan.json');
  });

  it('refuses two templates with the same id, naming both files', () => {
    expect(() => loadTemplates({ 'a/one.json': rawCopy(), 'a/two.json': rawCopy() })).toThrow(/two\.json[\s\S]*already used by src\/content\/templates\/one\.json/);
  });

  it('refuses an empty folder', () => {
    expect(() => loadTemplates({})).toThrow(/No plan templates/);
  });
});
