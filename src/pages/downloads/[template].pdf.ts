/**
 * A blank fillable PDF of each plan template, made at build time: /downloads/<template id>.pdf.
 * Families without JavaScript can download it, fill it in on screen or on paper, and later open
 * it in the plan builder (the importer reads its fields).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadTemplates } from '../../lib/forms/load-templates';
import type { Template } from '../../lib/forms/schema';
import { exportPlanPdf } from '../../lib/pdf/export';
import { site } from '../../site';

const require = createRequire(import.meta.url);

export const getStaticPaths = (() => {
  const templates = loadTemplates(import.meta.glob('../../content/templates/*.json', { eager: true, import: 'default' }));
  return templates.map((template) => ({ params: { template: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { template } = props as { template: Template };
  const regular = await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  const bytes = await exportPlanPdf({
    template,
    data: {},
    schoolName: site.name,
    accentColour: site.colours.primary,
    fonts: { regular: new Uint8Array(regular) },
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${template.id}-blank.pdf"`,
    },
  });
};
