/**
 * Quality gates over the build: valid HTML, a strict Content Security Policy, nothing loaded
 * from other origins, and JavaScript budgets per page type. Each gate also runs on a fixture
 * page made to break it, proving the gate can fail.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, baseOf, htmlFiles, readPage, requireBuild } from './dist';
import { cspProblems, htmlProblems, initialScripts, loadRequests, offsiteResources } from '../gates/checks';

const BAD = 'test/fixtures/gates/bad';
/** The plan builder's initial JavaScript budget, gzip bytes (design.md: 90 KB or less). */
const BUILDER_BUDGET_GZIP = 90 * 1024;

let files: string[] = [];
beforeAll(() => {
  requireBuild();
  files = htmlFiles();
});

describe('valid HTML (html-validate, recommended rules)', () => {
  it('every built page validates', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const found = await htmlProblems(join(DIST, file));
      if (found.length) problems.push(`${file}\n  ${found.join('\n  ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('fails a broken page', async () => {
    const found = await htmlProblems(join(BAD, 'index.html'));
    expect(found.some((p) => p.includes('no-inline-style'))).toBe(true);
    expect(found.some((p) => /element-permitted|element-required-ancestor|element-permitted-parent/.test(p))).toBe(true);
  });
});

describe('Content Security Policy', () => {
  it('every page has a strict policy (no unsafe-inline or unsafe-eval for scripts; every inline script hashed)', () => {
    const problems = files.map((f) => ({ f, p: cspProblems(readPage(f)) })).filter((x) => x.p.length);
    expect(problems).toEqual([]);
  });

  it('fails a page that allows unsafe-inline and runs an unhashed inline script', () => {
    const problems = cspProblems(readFileSync(join(BAD, 'index.html'), 'utf8'));
    expect(problems).toContain("script-src allows 'unsafe-inline'");
    expect(problems.some((p) => p.startsWith('inline script not covered'))).toBe(true);
    expect(problems.some((p) => p.startsWith('inline style not covered'))).toBe(true);
  });

  it('is also written to _headers for hosts that read one, with frame-ancestors', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const base = baseOf();
    for (const file of files) {
      const route = base + file.replace(/index\.html$/, '').replace(/\.html$/, '');
      expect(headers, `no _headers entry for ${route}`).toContain(`\n${route}\n  Content-Security-Policy: `);
    }
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('privacy: nothing from another origin', () => {
  it('no page loads scripts, styles, fonts or images from another origin', () => {
    const offsite = files.flatMap((f) => offsiteResources(readPage(f)).map((r) => `${f}: ${r}`));
    expect(offsite).toEqual([]);
  });

  it('fails a page with a third-party script and image', () => {
    const found = offsiteResources(readFileSync(join(BAD, 'index.html'), 'utf8'));
    expect(found).toContain('script https://analytics.example/track.js');
    expect(found).toContain('img https://images.example/photo.jpg');
  });
});

describe('JavaScript budgets', () => {
  const scriptsOf = (file: string) => initialScripts(join(DIST, file), DIST, baseOf());

  it('content pages load no JavaScript before the search box is used', () => {
    const content = files.filter((f) => !/^(plan|search)\//.test(f));
    const heavy = content.map((f) => ({ f, s: scriptsOf(f) })).filter((x) => x.s.files.length > 0);
    expect(heavy.map((x) => `${x.f}: ${x.s.files.join(', ')}`)).toEqual([]);
  });

  it('content pages make at most 3 requests on load (the page, one stylesheet, nothing else needed)', () => {
    const content = files.filter((f) => !/^(plan|search)\//.test(f));
    const over = content.map((f) => ({ f, r: loadRequests(readPage(f)) })).filter((x) => x.r.length + 1 > 3);
    expect(over.map((x) => `${x.f}: ${x.r.join(', ')}`)).toEqual([]);
  });

  it('counts every request a page would make (so the check above can fail)', () => {
    const found = loadRequests(readFileSync(join(BAD, 'index.html'), 'utf8'));
    expect(found).toEqual(['https://analytics.example/track.js', '/_astro/entry.js', 'https://images.example/photo.jpg']);
  });

  it('the search page loads only its small loader before a search (not the index)', () => {
    const search = scriptsOf('search/index.html');
    expect(search.gzip).toBeLessThan(4 * 1024);
    expect(search.files.some((f) => f.includes('pagefind'))).toBe(false);
  });

  it('the plan builder loads at most its budget, and never pdf-lib or a font, before interaction', () => {
    const plan = 'plan/index.html';
    expect(existsSync(join(DIST, plan)), 'the plan builder page is missing').toBe(true);
    const graph = scriptsOf(plan);
    console.log(`Plan builder initial JavaScript: ${graph.files.length} files, ${(graph.raw / 1024).toFixed(1)} KB raw, ${(graph.gzip / 1024).toFixed(1)} KB gzip`);
    expect(graph.files.length).toBeGreaterThan(0);
    expect(graph.gzip).toBeLessThanOrEqual(BUILDER_BUDGET_GZIP);
    expect(graph.hasPdfLib).toBe(false);
    expect(graph.hasFont).toBe(false);
  });

  it('no page of any kind has pdf-lib or a font in its initial bundle', () => {
    const offenders = files.filter((f) => {
      const g = scriptsOf(f);
      return g.hasPdfLib || g.hasFont;
    });
    expect(offenders).toEqual([]);
  });

  it('catches pdf-lib and a font pulled into an initial bundle through a static import', () => {
    const graph = initialScripts(join(BAD, 'index.html'), BAD);
    expect(graph.files.length).toBe(2);
    expect(graph.hasPdfLib).toBe(true);
    expect(graph.hasFont).toBe(true);
  });
});
