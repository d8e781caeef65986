/**
 * Serves the built site (dist/, and dist-subpath/ when present, built under /send/) on
 * 127.0.0.1 for the browser tests. Tests read the addresses with inject('siteUrl').
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { readBase } from '../../scripts/site-base.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subpathUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // DIST_DIR lets a developer point the tests at a build of their own.
  const root = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`No build in ${root}/. Run \`npm run build\` before the browser tests.`);
  const main = await startStaticServer({ root, base: await readBase(root) });
  project.provide('siteUrl', main.url);
  let sub: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  if (existsSync('dist-subpath/index.html')) {
    sub = await startStaticServer({ root: 'dist-subpath', base: await readBase('dist-subpath') });
  }
  project.provide('subpathUrl', sub?.url ?? '');
  return async () => {
    await main.close();
    await sub?.close();
  };
}
