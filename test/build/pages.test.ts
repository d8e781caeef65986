/**
 * Checks every built page: language, a unique title, one h1, a description; no broken internal
 * link or anchor; no script on content pages; external links use https.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { parseHTML } from 'linkedom';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, baseOf, htmlFiles, readPage, requireBuild, routeOf } from './dist';

/** Pages that may load JavaScript: the plan builder (React island) and the search page. */
const PAGES_WITH_SCRIPTS = [/^plan\//, /^search\//];

interface Page {
  file: string;
  route: string;
  document: Document;
}

let pages: Page[] = [];
beforeAll(() => {
  requireBuild();
  pages = htmlFiles().map((file) => ({ file, route: routeOf(file), document: parseHTML(readPage(file)).document }));
});

describe('every built page', () => {
  it('has enough pages to be worth testing', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('declares its language as British English', () => {
    const wrong = pages.filter((p) => p.document.documentElement.getAttribute('lang') !== 'en-GB').map((p) => p.file);
    expect(wrong).toEqual([]);
  });

  it('has a title that no other page shares', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const p of pages) {
      const title = p.document.querySelector('title')?.textContent?.trim() ?? '';
      expect(title, `${p.file} has no title`).not.toBe('');
      if (seen.has(title)) duplicates.push(`${p.file} and ${seen.get(title)}: "${title}"`);
      seen.set(title, p.file);
    }
    expect(duplicates).toEqual([]);
  });

  it('has exactly one h1', () => {
    const wrong = pages
      .map((p) => ({ file: p.file, count: p.document.querySelectorAll('h1').length }))
      .filter((p) => p.count !== 1);
    expect(wrong).toEqual([]);
  });

  it('has a meta description of useful length', () => {
    const wrong = pages
      .map((p) => ({ file: p.file, text: p.document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '' }))
      .filter((p) => p.text.length < 20 || p.text.length > 320);
    expect(wrong).toEqual([]);
  });

  it('has no broken internal links or anchors', () => {
    expect(brokenLinks(DIST, pages)).toEqual([]);
  });

  it('links to other sites only over https, with well-formed addresses', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const a of p.document.querySelectorAll('a[href^="http"]')) {
        const raw = a.getAttribute('href')!;
        try {
          const url = new URL(raw);
          if (url.protocol !== 'https:') bad.push(`${p.file}: ${raw}`);
        } catch {
          bad.push(`${p.file}: ${raw} is not a valid address`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('ships no JavaScript on content pages (only the plan builder and search load scripts)', () => {
    const withScripts = pages
      .filter((p) => !PAGES_WITH_SCRIPTS.some((r) => r.test(p.route)))
      .filter((p) => p.document.querySelectorAll('script, link[rel="modulepreload"]').length > 0)
      .map((p) => p.file);
    expect(withScripts).toEqual([]);
  });
});

describe('the build under a sub-path (dist-subpath/, base /send/)', () => {
  it('has no broken internal links: every link carries the base', () => {
    const dir = 'dist-subpath';
    if (!existsSync(join(dir, 'index.html'))) throw new Error('dist-subpath/ is missing: npm test builds it before the build tests');
    expect(baseOf(dir)).toBe('/send/');
    const subPages = htmlFiles(dir).map((file) => ({ file, route: routeOf(file), document: parseHTML(readPage(file, dir)).document }));
    expect(brokenLinks(dir, subPages)).toEqual([]);
  });
});

/** Internal links that lead nowhere: a missing page, file or anchor, or a path outside the base. */
function brokenLinks(dir: string, built: Page[]): string[] {
  const base = baseOf(dir);
  const idsByRoute = new Map(built.map((p) => [p.route, new Set([...p.document.querySelectorAll('[id]')].map((e) => e.id))]));
  const broken: string[] = [];
  for (const p of built) {
    for (const a of p.document.querySelectorAll('a[href]')) {
      const raw = a.getAttribute('href')!;
      if (/^(mailto:|tel:|https?:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${base}${p.route}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${p.file}: ${raw} is outside the site's base ${base}`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(base.length));
      if (/\.[a-z0-9]+$/i.test(target)) {
        if (!existsSync(join(dir, target))) broken.push(`${p.file}: ${raw} (no file ${target})`);
        continue;
      }
      const ids = idsByRoute.get(target);
      if (!ids) {
        broken.push(`${p.file}: ${raw} (no page ${target || '/'})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.has(anchor)) broken.push(`${p.file}: ${raw} (no element with id "${anchor}")`);
    }
  }
  return broken;
}

describe('search index', () => {
  it('exists and covers the content pages', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const indexed = pages.filter((p) => p.document.querySelector('[data-pagefind-body]'));
    expect(indexed.length).toBeGreaterThan(10);
  });
});
