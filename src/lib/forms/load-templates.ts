/**
 * Loads every plan template file and validates it. The plan page calls this at build time with
 * `import.meta.glob('…/content/templates/*.json', { eager: true, import: 'default' })`, so a broken
 * template stops the build with a message naming the file and each failing path inside it.
 */
import { parseTemplate, type Template } from './schema';

/** File name from a module path ("../../content/templates/sen-support-plan.json" -> "sen-support-plan.json"). */
function fileNameOf(path: string): string {
  return path.split('/').pop() ?? path;
}

/**
 * Parse each module (keyed by path, as import.meta.glob returns them). Throws an Error naming the
 * file when one is invalid, when two templates share an id, or when there are none.
 */
export function loadTemplates(modules: Record<string, unknown>): Template[] {
  const entries = Object.entries(modules).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) throw new Error('No plan templates found in src/content/templates/. Add at least one .json template.');
  const byId = new Map<string, string>();
  const templates: Template[] = [];
  for (const [path, mod] of entries) {
    const file = fileNameOf(path);
    // A JSON module imported without `import: 'default'` arrives as { default: … }.
    const raw = mod && typeof mod === 'object' && 'default' in mod && Object.keys(mod).length === 1 ? (mod as { default: unknown }).default : mod;
    const template = parseTemplate(raw, `src/content/templates/${file}`);
    const other = byId.get(template.id);
    if (other) throw new Error(`Plan template src/content/templates/${file} is not valid:\n  - id: "${template.id}" is already used by ${other}`);
    byId.set(template.id, `src/content/templates/${file}`);
    templates.push(template);
  }
  // The default template first, so "Start a new plan" offers it first.
  return templates.sort((a, b) => Number(b.id === DEFAULT_TEMPLATE_ID) - Number(a.id === DEFAULT_TEMPLATE_ID));
}

/** The template the builder offers first. */
export const DEFAULT_TEMPLATE_ID = 'sen-support-plan';
