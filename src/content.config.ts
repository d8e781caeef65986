/**
 * Every content collection and its schema. Citations use reference(), and
 * src/lib/content/citations.ts checks at build that every cited id exists, naming the file.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

const audience = z.enum(['parents', 'staff']);

const guidance = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guidance' }),
  schema: z.object({
    /** Page title and h1. */
    title: z.string().min(5).max(90),
    /** One or two plain sentences: used as the meta description and on index cards. */
    summary: z.string().min(20).max(240),
    /** Who it is written for: parents, staff or both. */
    audience: z.array(audience).min(1),
    /** Which group the article sits in on the guidance index. */
    topic: z.enum(['basics', 'cycle', 'plans', 'meetings', 'next-steps', 'staff', 'changes']),
    /** Position within its topic, lowest first. */
    order: z.number().int().min(0),
    /** When an editor last checked it against the law and the Code. */
    lastReviewed: z.coerce.date(),
    /** References this article relies on. Every id must exist in the references collection. */
    citations: z.array(reference('references')).min(1),
  }),
});

const myths = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/myths' }),
  schema: z.object({
    /** The thing people are told, in quotes-free words: "A diagnosis is needed first". */
    claim: z.string().min(10).max(140),
    /** The true position, in one or two sentences. */
    reality: z.string().min(20).max(400),
    /** A short, polite reply a parent can say or send. */
    politeReply: z.string().min(20).max(600),
    /** Position on the myths index. */
    order: z.number().int().min(0),
    /** When an editor last checked it. */
    lastReviewed: z.coerce.date(),
    citations: z.array(reference('references')).min(1),
  }),
});

const references = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/references' }),
  schema: z.object({
    /** Short name of the source document. */
    source: z.enum(['SEND Code of Practice 2015', 'Children and Families Act 2014', 'SEND Regulations 2014', 'Schools White Paper 2026']),
    /** Paragraph, section or regulation as it is cited: "6.48", "s36", "reg 49", or a chapter heading when unconfirmed. */
    locator: z.string().min(1),
    /** What the paragraph or section is about, in a few words. */
    title: z.string().min(3),
    /** What it says, in our own plain words. Never a quotation. */
    summary: z.string().min(20),
    /** The official page for the document (gov.uk or legislation.gov.uk), https only. */
    url: z.url().refine((u) => u.startsWith('https://'), 'Use an https:// address'),
    /** "confirmed" only where the facts sheet marks the paragraph number H; otherwise an editor must check it. */
    status: z.enum(['confirmed', 'unconfirmed']),
    /** Order on the references index within its source. */
    order: z.number().default(0),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/glossary' }),
  schema: z.object({
    /** The term as it is usually written. */
    term: z.string().min(2),
    /** Short forms and other spellings, e.g. ["SENDCo"]. */
    shortForms: z.array(z.string()).default([]),
    /** One or two plain sentences. */
    definition: z.string().min(10).max(400),
    /** Related glossary entries. */
    seeAlso: z.array(reference('glossary')).default([]),
  }),
});

const outcomeExamples = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/outcome-examples' }),
  schema: z.object({
    /** Broad area of need this example fits. */
    area: z.enum(['communication', 'cognition', 'semh', 'sensory-physical']),
    /** A vague version, to show what to avoid. */
    vague: z.string(),
    /** The same aim as a SMART outcome in the child's voice. */
    better: z.string(),
  }),
});

export const collections = { guidance, myths, references, glossary, outcomeExamples };
