/** Helpers for build tests: the built pages in dist/ and their parsed HTML. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.DIST_DIR ?? 'dist';

export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}/. Run \`npm run build\` first.`);
}

/** Every .html file in the build, as paths relative to dist/ (e.g. "guidance/x/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function readPage(file: string, dir = DIST): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** The URL path a built file is served at, without the base: "guidance/x/". */
export function routeOf(file: string): string {
  return file.replace(/index\.html$/, '').replace(/\.html$/, '');
}

/** The base path the build was made for ("/" or "/send/"). */
export function baseOf(dir = DIST): string {
  return existsSync(join(dir, '.site-base')) ? readFileSync(join(dir, '.site-base'), 'utf8').trim() : '/';
}
