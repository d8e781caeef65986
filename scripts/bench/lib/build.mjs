/**
 * Builds the site in a temporary copy of the project and measures it: wall time, peak memory of
 * the whole process tree, and the time of each phase (read from when Astro's log lines arrive,
 * and from when Pagefind's process was alive). Nothing is written into the real project.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { watchProcessTree } from './proc-tree.mjs';

/** What a copy needs to build: the brief's list; node_modules is linked, not copied. */
const COPY = ['src', 'public', 'astro.config.ts', 'site.config.ts', 'tsconfig.json', 'package.json'];

/** A temporary copy of the project. `cleanup()` removes it. */
export async function createProjectCopy(repoRoot, label) {
  const dir = await mkdtemp(join(tmpdir(), `sen-bench-${label}-`));
  for (const entry of COPY) {
    await cp(join(repoRoot, entry), join(dir, entry), { recursive: true, errorOnExist: false }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    outDir: join(dir, 'dist'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

const strip = (line) => line.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * One cold build (output, cache and .astro removed first).
 * @returns {Promise<{ seconds: number, peakRssBytes: number|null, pages: number|null, phases: Record<string, number|null>, pagefindProcess: {seconds: number, peakRssBytes: number}|null, logFile: string }>}
 */
export async function buildCopy(copy, { logFile }) {
  await Promise.all(['dist', '.cache', '.astro'].map((d) => rm(join(copy.dir, d), { recursive: true, force: true })));
  const require = createRequire(join(copy.dir, 'package.json'));
  const astroBin = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  const env = { ...process.env, SITE_OUT_DIR: copy.outDir, ASTRO_CACHE_DIR: join(copy.dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.SITE_BASE;
  delete env.SITE_CONFIG;

  const log = createWriteStream(logFile);
  const marks = {};
  let pages = null;
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build'], { cwd: copy.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tree = watchProcessTree(child.pid);
  const onLine = (line) => {
    const now = performance.now() - started;
    const text = strip(line);
    log.write(`${(now / 1000).toFixed(3).padStart(8)} ${text}\n`);
    const mark = (name) => (marks[name] ??= now);
    if (text.includes('Syncing content')) mark('syncStart');
    if (text.includes('Synced content')) mark('syncEnd');
    if (text.includes('Building static entrypoints')) mark('bundleStart');
    if (text.includes('generating static routes')) mark('renderStart');
    if (marks.renderStart !== undefined && /✓ Completed in/.test(text) && !text.includes('[build]')) mark('renderEnd');
    if (/Pagefind indexed/.test(text)) mark('pagefindEnd');
    const built = /(\d+) page\(s\) built/.exec(text);
    if (built) pages = Number(built[1]);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    stream.on('end', () => rest && onLine(rest));
  }
  const code = await new Promise((ok) => child.on('close', ok));
  const seconds = (performance.now() - started) / 1000;
  const { peakRssBytes, watched } = tree.stop();
  await new Promise((ok) => log.end(ok));
  if (code !== 0) throw new Error(`The build failed (exit ${code}); see ${logFile}`);

  const span = (a, b) => (marks[a] !== undefined && marks[b] !== undefined ? (marks[b] - marks[a]) / 1000 : null);
  marks.start = 0;
  marks.end = seconds * 1000;
  // Astro prints no line when Vite's render finishes in some versions: fall back to Pagefind's start.
  const pagefindStart = watched ? watched.firstSeen - started : undefined;
  if (marks.renderEnd === undefined && pagefindStart !== undefined) marks.renderEnd = pagefindStart;
  return {
    seconds,
    peakRssBytes,
    pages,
    phases: {
      /** Node and Vite start-up, config, content sync and type generation. */
      setupSeconds: span('start', 'bundleStart'),
      contentSyncSeconds: span('syncStart', 'syncEnd'),
      /** Vite/Rolldown bundling of the server and client entry points. */
      bundleSeconds: span('bundleStart', 'renderStart'),
      /** Rendering every page to HTML. */
      renderSeconds: span('renderStart', 'renderEnd'),
      /** The Pagefind integration (from the end of rendering to its "indexed" line). */
      pagefindSeconds: span('renderEnd', 'pagefindEnd'),
      /** Everything after Pagefind (other integrations, exit). */
      finishSeconds: span('pagefindEnd', 'end'),
    },
    pagefindProcess: watched ? { seconds: (watched.lastSeen - watched.firstSeen) / 1000, peakRssBytes: watched.peakRssBytes } : null,
    logFile,
  };
}
