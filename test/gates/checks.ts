/**
 * The quality gates as plain functions over built files, so each gate runs on the real build
 * and on a fixture page built to break it (proving the gate can fail).
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { parseHTML } from 'linkedom';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

/** Problems with a page's Content Security Policy meta tag; empty when it is strict and complete. */
export function cspProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
  if (!meta) return ['no Content-Security-Policy meta tag'];
  const policy = meta.getAttribute('content') ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!.toLowerCase(), values] as const;
      }),
  );
  const problems: string[] = [];
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) problems.push('no script-src or default-src directive');
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
      if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
    // Every inline script must be allowed by its hash, or the browser blocks it.
    for (const script of document.querySelectorAll('script:not([src])')) {
      const body = script.textContent ?? '';
      if (!body.trim() || script.getAttribute('type') === 'application/json') continue;
      const hash = `'sha256-${sha256Base64(body)}'`;
      if (!scriptSrc.includes(hash)) problems.push(`inline script not covered by a hash: ${body.slice(0, 60)}…`);
    }
  }
  const styleSrc = directives.get('style-src') ?? directives.get('default-src') ?? [];
  if (!styleSrc.includes("'unsafe-inline'")) {
    // Without 'unsafe-inline', an inline <style> the policy does not hash is silently ignored.
    for (const style of document.querySelectorAll('style')) {
      const hash = `'sha256-${sha256Base64(style.textContent ?? '')}'`;
      if (!styleSrc.includes(hash)) problems.push(`inline style not covered by a hash: ${(style.textContent ?? '').slice(0, 60)}…`);
    }
  }
  if (!directives.has('object-src')) problems.push('no object-src directive');
  if (!directives.get('default-src')?.includes("'self'")) problems.push("default-src is not 'self'");
  return problems;
}

import { createHash } from 'node:crypto';
function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

let validator: HtmlValidate | undefined;
/** html-validate's findings for a file, as "line:column rule message" strings, with the project's rules. */
export async function htmlProblems(file: string): Promise<string[]> {
  validator ??= new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateFile(file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/** Resources that a page's markup loads from another origin. */
export function offsiteResources(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of document.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]')) {
    if (el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '')) continue;
    const url = el.getAttribute('src') ?? el.getAttribute('href')!;
    if (/^(https?:)?\/\//.test(url)) out.push(`${el.tagName.toLowerCase()} ${url}`);
  }
  return out;
}

export interface ScriptGraph {
  /** JavaScript files loaded before any interaction: entry scripts and their static imports. */
  files: string[];
  raw: number;
  gzip: number;
  /** Whether any initial file contains pdf-lib or a font file reference. */
  hasPdfLib: boolean;
  hasFont: boolean;
}

/**
 * The JavaScript a page loads before any interaction: <script src>, module preloads, the
 * components of its islands, and everything those import statically. Dynamic import() is not
 * followed: that code loads only when used.
 */
export function initialScripts(htmlFile: string, root: string, base = '/'): ScriptGraph {
  const html = readFileSync(htmlFile, 'utf8');
  const { document } = parseHTML(html);
  const entries = new Set<string>();
  const toFile = (url: string) => join(root, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  for (const s of document.querySelectorAll('script[src]')) entries.add(toFile(s.getAttribute('src')!));
  for (const l of document.querySelectorAll('link[rel="modulepreload"]')) entries.add(toFile(l.getAttribute('href')!));
  for (const island of document.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attr);
      if (url) entries.add(toFile(url));
    }
  }
  // Inline module scripts (Astro's island loader) may import files too.
  const inline = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
  for (const m of inline.matchAll(/import\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)) entries.add(toFile(m[1]!));

  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), m[1]!));
    }
  }
  let raw = 0;
  let gzip = 0;
  let hasPdfLib = false;
  let hasFont = false;
  for (const file of seen) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    const text = bytes.toString('utf8');
    if (/Hopding\/pdf-lib|PDFDocument\.create|WinAnsiEncoding/.test(text)) hasPdfLib = true;
    if (/\.ttf["']|\.woff2?["']/.test(text)) hasFont = true;
  }
  return { files: [...seen].map((f) => posix.normalize(f)), raw, gzip, hasPdfLib, hasFont };
}

/** Files a page's markup asks the browser to fetch on load (stylesheets, scripts, images, icons), data: URLs excluded. */
export function loadRequests(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="modulepreload"], link[rel="preload"], script[src], img[src], iframe[src]')) {
    const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (!url.startsWith('data:')) out.push(url);
  }
  return out;
}
