/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) with each page's Content
 * Security Policy, taken from the meta tag Astro generated, plus headers only a server can send
 * (frame-ancestors, nosniff, referrer and permissions policies). Hosts that ignore the file still
 * get the meta tag.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy: same-origin',
];

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'sen-portal-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const lines: string[] = [`${base}*`, ...SHARED_HEADERS.map((h) => `  ${h}`), ''];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
          if (!csp) throw new Error(`${relative(root, file)} has no Content-Security-Policy meta tag`);
          const route = base + relative(root, file).split(sep).join('/').replace(/index\.html$/, '').replace(/\.html$/, '');
          lines.push(route, `  Content-Security-Policy: ${decode(csp).trim().replace(/;+$/, '')}; frame-ancestors 'none'`, '');
        }
        await writeFile(join(root, '_headers'), lines.join('\n'));
        logger.info('Wrote _headers with each page\'s Content Security Policy');
      },
    },
  };
}

function decode(value: string): string {
  return value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...(await htmlFiles(path)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}
