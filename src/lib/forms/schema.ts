/**
 * The plan template format. One template drives the builder, the check-your-answers page,
 * the printable view and the PDF: a field is declared once, here.
 *
 * Pure TypeScript and zod, no Astro or React, so it runs in the build, the browser and tests.
 */
import { z } from 'zod';
import { FORBIDDEN_KEYS } from './forbidden-keys';

export { FORBIDDEN_KEYS };

/** A field or section id: a letter, then letters, digits or hyphens. No dots (pdf-lib splits names on them). */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9-]*$/, 'Use letters, digits and hyphens, starting with a lower-case letter (no dots or spaces)')
  .refine((s) => !FORBIDDEN_KEYS.has(s), 'This id is reserved');

/** A reference id from the references collection, such as `cop-6-48`. */
const referenceIdSchema = z.string().regex(/^[a-z0-9-]+$/);

const optionSchema = z.object({
  /** Stored value; stable across wording changes. */
  value: idSchema,
  /** What the person sees. */
  label: z.string().min(1),
  /** Extra words under the option (optional). */
  hint: z.string().optional(),
});

const fieldBase = {
  /** Unique within its template (or within its group). */
  id: idSchema,
  /** The question, as the person reads it. */
  label: z.string().min(1),
  /** Help under the label (optional). */
  hint: z.string().optional(),
  /** Example answers shown in a "See examples" disclosure (optional). */
  examples: z.array(z.string().min(1)).optional(),
  /** True when the person may leave it empty; the label then says "(optional)". Default: required. */
  optional: z.boolean().default(false),
  /** Code of Practice or Act references this field serves, by reference id. */
  cite: z.array(referenceIdSchema).default([]),
  /**
   * Message when required and empty; it says what to do. `{child}` is replaced by the child's
   * name (or "the child" before it is known). Default: "Enter <label>".
   */
  errorMessage: z.string().optional(),
  /**
   * Shown only when a plan is a review of an earlier one (a draft made with "Start a review"),
   * such as "What happened" for each outcome. Default false.
   */
  reviewOnly: z.boolean().default(false),
};

const textField = z.object({
  ...fieldBase,
  kind: z.literal('text'),
  /** Characters allowed; the count warns past it but never blocks typing. Default 200. */
  maxLength: z.number().int().positive().default(200),
  /** HTML autocomplete token, such as "name" (optional). */
  autocomplete: z.string().optional(),
});

const longTextField = z.object({
  ...fieldBase,
  kind: z.literal('longtext'),
  /** Characters allowed; the count warns past it but never blocks typing. Default 1200. */
  maxLength: z.number().int().positive().default(1200),
  /** Visible lines in the builder and roughly the height of the PDF box. Default 4. */
  rows: z.number().int().min(2).max(20).default(4),
  /** Turn on the outcome coach for this field. Default false. */
  coach: z.boolean().default(false),
});

const dateField = z.object({
  ...fieldBase,
  kind: z.literal('date'),
});

const choiceField = z.object({
  ...fieldBase,
  kind: z.literal('choice'),
  options: z.array(optionSchema).min(2),
});

const choicesField = z.object({
  ...fieldBase,
  kind: z.literal('choices'),
  options: z.array(optionSchema).min(1),
});

const personField = z.object({
  ...fieldBase,
  kind: z.literal('person'),
});

/** Fields that can stand inside a repeatable group (groups do not nest). */
export const leafFieldSchema = z.discriminatedUnion('kind', [
  textField,
  longTextField,
  dateField,
  choiceField,
  choicesField,
  personField,
]);

const groupField = z
  .object({
    ...fieldBase,
    kind: z.literal('group'),
    /** Name of one item, such as "Outcome"; used in "Add another outcome" and headings. */
    itemLabel: z.string().min(1),
    /** Fewest items allowed. Default 1. */
    min: z.number().int().min(0).default(1),
    /** Most items allowed. */
    max: z.number().int().min(1),
    /** Range the guidance recommends; outside it a gentle note shows, never an error. */
    recommended: z.object({ min: z.number().int().min(0), max: z.number().int().min(1) }).optional(),
    /** The note shown outside the recommended range (optional). */
    recommendedNote: z.string().optional(),
    fields: z.array(leafFieldSchema).min(1),
  })
  .superRefine((g, ctx) => {
    if (g.min > g.max) ctx.addIssue({ code: 'custom', message: `min (${g.min}) is more than max (${g.max})`, path: ['min'] });
    if (g.recommended && (g.recommended.min > g.recommended.max || g.recommended.max > g.max || g.recommended.min < g.min))
      ctx.addIssue({ code: 'custom', message: 'recommended must sit inside min..max', path: ['recommended'] });
    checkUnique(g.fields.map((f) => f.id), ctx, ['fields']);
  });

/** Any field. One flat discriminated union, so a mistake names the exact path ("…kind: Invalid discriminator value…"). */
export const fieldSchema = z.discriminatedUnion('kind', [textField, longTextField, dateField, choiceField, choicesField, personField, groupField]);

export const sectionSchema = z.object({
  /** Unique within the template; used in URLs of the builder (#section-id). */
  id: idSchema,
  /** Heading of the section and its task-list entry. */
  title: z.string().min(1),
  /** A short paragraph under the heading (optional). */
  intro: z.string().optional(),
  /** References this section serves. */
  cite: z.array(referenceIdSchema).default([]),
  fields: z.array(fieldSchema).min(1),
});

export const templateSchema = z
  .object({
    /** Stable id, used in drafts and file names: lower-case letters, digits, hyphens. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The plan's title, e.g. "SEN Support plan". */
    name: z.string().min(1),
    /** Bump when fields change in a way old drafts must be migrated for. */
    version: z.number().int().min(1),
    /** One sentence on what this template is for. */
    description: z.string().min(1),
    /** Which fields the PDF and the draft list use for the child's name and the key dates. */
    summary: z.object({
      childName: idSchema,
      planDate: idSchema.optional(),
      reviewDate: idSchema.optional(),
      /** Short heading for planDate in the PDF's page header. Default "Plan agreed". */
      planDateLabel: z.string().min(1).max(24).default('Plan agreed'),
      /** Short heading for reviewDate in the PDF's page header. Default "Review by". */
      reviewDateLabel: z.string().min(1).max(24).default('Review by'),
    }),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((t, ctx) => {
    checkUnique(t.sections.map((s) => s.id), ctx, ['sections']);
    const topIds = t.sections.flatMap((s) => s.fields.map((f) => f.id));
    checkUnique(topIds, ctx, ['sections']);
    for (const key of ['childName', 'planDate', 'reviewDate'] as const) {
      const id = t.summary[key];
      if (id === undefined) continue;
      const field = t.sections.flatMap((s) => s.fields).find((f) => f.id === id);
      if (!field) ctx.addIssue({ code: 'custom', message: `summary.${key} names "${id}", which is not a top-level field`, path: ['summary', key] });
      else if (key !== 'childName' && field.kind !== 'date')
        ctx.addIssue({ code: 'custom', message: `summary.${key} must name a date field`, path: ['summary', key] });
    }
  });

function checkUnique(ids: string[], ctx: z.RefinementCtx, path: (string | number)[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `The id "${id}" is used twice`, path });
    seen.add(id);
  }
}

export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Field = z.output<typeof fieldSchema>;
export type LeafField = z.output<typeof leafFieldSchema>;
export type GroupField = Extract<Field, { kind: 'group' }>;

/** A person named in the plan: who they are and their role. */
export interface Person {
  name: string;
  role: string;
}
/** The value of one leaf field: text, long text, date (yyyy-mm-dd) and choice hold a string. */
export type LeafValue = string | string[] | Person;
export type GroupItem = Record<string, LeafValue>;
export type FieldValue = LeafValue | GroupItem[];
/** A plan's answers, keyed by top-level field id. */
export type PlanData = Record<string, FieldValue>;

/** Readable problems for a template that fails validation: "path: message" lines. */
export function describeTemplateIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}

/** Parse a template, throwing an Error whose message names the file and each failing path. */
export function parseTemplate(raw: unknown, fileName = 'template'): Template {
  const result = templateSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Plan template ${fileName} is not valid:\n  - ${describeTemplateIssues(result.error).join('\n  - ')}`);
  }
  return result.data;
}
