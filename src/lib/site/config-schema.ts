/**
 * The schema of site.config.ts, the one file a school edits. Each field says what it is and
 * its default. A wrong value fails the build with a message naming the field.
 */
import { z } from 'zod';
import { contrastRatio } from './contrast';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a six-digit hex colour such as #1d4f91');
const httpsUrl = z.url({ message: 'Use a full web address starting with https://' }).refine((u) => u.startsWith('https://'), 'Use a web address starting with https://');

export const siteConfigSchema = z.strictObject({
  /** The school's or organisation's name, shown in the header, footer and PDFs. */
  name: z.string().min(2).max(80),
  /** A short line under the name (optional). */
  tagline: z.string().max(120).optional(),
  /** The SENCO's contact details, shown in the footer and on the plan builder. */
  senco: z.strictObject({
    name: z.string().min(2),
    email: z.email({ message: 'Enter an email address like senco@school.example' }).optional(),
    phone: z.string().regex(/^[0-9 +()-]{6,20}$/, 'Enter a phone number using digits, spaces and + ( ) -').optional(),
  }),
  /** The local authority whose Local Offer and IASS apply. */
  localAuthority: z.strictObject({
    name: z.string().min(2),
    /** The local authority's Local Offer page. */
    localOfferUrl: httpsUrl,
    /** The local SEND Information, Advice and Support Service (SENDIASS). */
    iassName: z.string().min(2),
    iassUrl: httpsUrl,
  }),
  /** The school's own SEN information report, if published (optional). */
  senInformationReportUrl: httpsUrl.optional(),
  /** Brand colours; text on them must stay readable (the build checks contrast). Defaults: dark blue and white. */
  colours: z
    .strictObject({
      /** Header background and link colour. Must give 4.5:1 contrast with white (WCAG AA text). */
      primary: hexColour
        .refine((c) => contrastRatio(c, '#ffffff') >= 4.5, 'This colour is too light: white text on it, and it as text on white, would be hard to read. Pick a darker colour (contrast 4.5:1 or more with white)')
        .default('#1d4f91'),
      /** Focus highlight, drawn behind dark text (#0b0c0c); must give 4.5:1 contrast with it. */
      focus: hexColour
        .refine((c) => contrastRatio(c, '#0b0c0c') >= 4.5, 'This focus colour is too dark to show focus clearly behind dark text. Pick a bright colour such as #ffbf47')
        .default('#ffbf47'),
    })
    .prefault({}),
  /** Logo file in public/, e.g. "/logo.svg", with its text alternative (optional). */
  logo: z.strictObject({ src: z.string().regex(/^\/[\w./-]+$/, 'Use a path inside public/, starting with /'), alt: z.string().min(1) }).optional(),
  /** Where the site will live, e.g. "https://school.example". Used for canonical links and the sitemap. */
  site: httpsUrl,
  /** A sub-path if the portal is not at the root, e.g. "/send/". Must start and end with "/". Default "/". */
  base: z.string().regex(/^\/([\w-]+\/)*$/, 'Use "/" or a path like "/send/" that starts and ends with /').default('/'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validates a site configuration; throws an Error listing each bad field by its path. */
export function parseSiteConfig(raw: unknown, fileName = 'site.config.ts'): SiteConfig {
  const result = siteConfigSchema.safeParse(raw, { error: plainMessage });
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const path = i.path.length ? i.path.join('.') : '(top level)';
    return `  - ${path}: ${i.message}`;
  });
  throw new Error(`${fileName} has a problem. Fix these fields and build again:\n${lines.join('\n')}`);
}

const KIND_WORDS: Record<string, string> = {
  string: 'text in quotes',
  object: 'a group of settings in { }',
  boolean: 'true or false',
  number: 'a number',
  array: 'a list in [ ]',
};

/** Plain words for zod's built-in messages; our own messages (custom checks) pass through. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'This setting is missing. Add it: the comments in site.config.ts show an example';
    const given = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
    return `Use ${KIND_WORDS[issue.expected] ?? issue.expected} here (it is ${given} now)`;
  }
  if (issue.code === 'unrecognized_keys') return `Remove ${issue.keys.map((k) => `"${k}"`).join(', ')}: not a setting here (check the spelling)`;
  return undefined;
}
