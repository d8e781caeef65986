/**
 * The build must stop, with a message that names the problem, when content cites a reference
 * that does not exist or when site.config.ts holds a bad value. Each case builds a scratch copy
 * of the project so the real tree is never touched.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
let scratch: string;

function build(env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: scratch,
    env: { ...process.env, SITE_OUT_DIR: join(scratch, 'out'), ASTRO_CACHE_DIR: join(scratch, 'cache'), ...env },
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sen-build-'));
  for (const item of ['src', 'public', 'astro.config.ts', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(scratch, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the build refuses broken input', () => {
  it('fails when an article cites a reference that does not exist, naming the file and the id', () => {
    const file = join(scratch, 'src/content/guidance/zz-broken-citation.mdx');
    writeFileSync(
      file,
      `---\ntitle: A page with a broken citation\nsummary: This page cites a paragraph that is not in the references.\naudience: [parents]\ntopic: basics\norder: 99\nlastReviewed: 2026-11-01\ncitations: [cop-99-99]\n---\nSome text.\n`,
    );
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('zz-broken-citation.mdx');
      expect(output).toContain('cop-99-99');
    } finally {
      rmSync(file);
    }
  });

  it('fails when the text uses <Cite> with an id that does not exist', () => {
    const file = join(scratch, 'src/content/guidance/zz-broken-cite-tag.mdx');
    const anyReference = readFileSync(join(ROOT, 'src/content/references/cop-6-48.yaml'), 'utf8') ? 'cop-6-48' : '';
    writeFileSync(
      file,
      `---\ntitle: A page with a broken Cite tag\nsummary: This page uses a Cite tag whose id is not in the references.\naudience: [parents]\ntopic: basics\norder: 99\nlastReviewed: 2026-11-01\ncitations: [${anyReference}]\n---\nSome text <Cite id="cop-42-1" />.\n`,
    );
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('zz-broken-cite-tag.mdx');
      expect(output).toContain('cop-42-1');
    } finally {
      rmSync(file);
    }
  });

  it('fails when site.config.ts has a bad value, naming the field and saying what to do', () => {
    const config = readFileSync(join(scratch, 'site.config.ts'), 'utf8')
      .replace(/localOfferUrl: '[^']*'/, "localOfferUrl: 'not a web address'")
      .replace(/primary: '#[0-9a-fA-F]{6}'/, "primary: '#ffff00'");
    const bad = join(scratch, 'bad.config.ts');
    writeFileSync(bad, config);
    const { status, output } = build({ SITE_CONFIG: bad });
    expect(status).not.toBe(0);
    expect(output).toContain('localAuthority.localOfferUrl');
    expect(output).toContain('https://');
    expect(output).toContain('colours.primary');
    expect(output).toMatch(/too light/);
  });

  it('builds the unchanged copy (so the failures above are caused by the bad input alone)', () => {
    const { status, output } = build();
    expect(status, output.slice(-2000)).toBe(0);
  });
});
