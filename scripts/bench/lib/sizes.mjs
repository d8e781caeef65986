/** Byte counts of build output: folders, and article pages raw and gzipped. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip at level 9, as a host's static compression typically is (lower levels differ by a few %). */
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Total bytes and number of files under a folder (0 when it is missing). */
export async function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  const walk = async (d) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        bytes += (await stat(p)).size;
        files++;
      }
    }
  };
  await walk(dir);
  return { bytes, files };
}

/** Raw and gzip size of one built page, e.g. pageSize(dist, 'guidance/assess/'), or null when missing. */
export async function pageSize(outDir, path) {
  const html = await readFile(join(outDir, path, 'index.html')).catch(() => null);
  return html ? { raw: html.length, gzip: gzipBytes(html) } : null;
}

/**
 * Every guidance article's size: the largest (raw and gzip) and which page it is, so a page
 * that lists every other page shows up whichever page it is.
 */
export async function largestArticle(outDir) {
  const dir = join(outDir, 'guidance');
  const slugs = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
  let largest = null;
  for (const slug of slugs) {
    const size = await pageSize(outDir, `guidance/${slug}/`);
    if (size && (!largest || size.gzip > largest.gzip)) largest = { slug, ...size };
  }
  return { articles: slugs.length, largest };
}
