/**
 * Pagefind on its own over a finished build, through the same Node API calls the site's
 * integration makes (src/integrations/pagefind.ts), split into reading and indexing the HTML
 * (addDirectory) and writing the index (writeFiles). Writes to a scratch folder, never to the build.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { watchProcessTree } from './proc-tree.mjs';

export async function timePagefind(outDir, scratchDir) {
  const { createIndex, close } = await import('pagefind');
  const tree = watchProcessTree(process.pid);
  const t0 = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const t1 = performance.now();
  const added = await index.addDirectory({ path: outDir });
  const t2 = performance.now();
  await index.writeFiles({ outputPath: join(scratchDir, 'pagefind') });
  const t3 = performance.now();
  await close();
  const { watched } = tree.stop();
  await rm(join(scratchDir, 'pagefind'), { recursive: true, force: true });
  return {
    pages: added.page_count,
    startSeconds: (t1 - t0) / 1000,
    indexSeconds: (t2 - t1) / 1000,
    writeSeconds: (t3 - t2) / 1000,
    totalSeconds: (t3 - t0) / 1000,
    peakRssBytes: watched?.peakRssBytes ?? null,
  };
}
