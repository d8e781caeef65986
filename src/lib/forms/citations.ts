/**
 * The references a template cites (sections and fields), and a check that each exists, so a
 * template citing a paragraph the site does not have stops the build, naming the template and path.
 */
import type { Section, Template } from './schema';

export interface TemplateCitation {
  id: string;
  /** Where in the template: "sections.3.cite", "sections.2.fields.2.cite". */
  path: string;
}

export function templateCitations(template: Template): TemplateCitation[] {
  const out: TemplateCitation[] = [];
  template.sections.forEach((section, s) => {
    section.cite.forEach((id) => out.push({ id, path: `sections.${s}.cite` }));
    section.fields.forEach((field, f) => {
      field.cite.forEach((id) => out.push({ id, path: `sections.${s}.fields.${f}.cite` }));
      if (field.kind === 'group') field.fields.forEach((leaf, l) => leaf.cite.forEach((id) => out.push({ id, path: `sections.${s}.fields.${f}.fields.${l}.cite` })));
    });
  });
  return out;
}

/** "Plan template … cites …, which is not in src/content/references/" for each unknown id. */
export function findTemplateCitationProblems(templates: readonly Template[], known: (id: string) => boolean): string[] {
  return templates.flatMap((t) =>
    templateCitations(t)
      .filter((c) => !known(c.id))
      .map((c) => `Plan template "${t.id}" (src/content/templates/) cites "${c.id}" at ${c.path}, which is not in src/content/references/`),
  );
}

/** Reference ids cited by a section or its fields, each once, in order. */
export function sectionCitations(section: Section): string[] {
  const ids = [...section.cite, ...section.fields.flatMap((f) => [...f.cite, ...(f.kind === 'group' ? f.fields.flatMap((l) => l.cite) : [])])];
  return [...new Set(ids)];
}
