/** Reads the base path the last build used, written by the build into dist/.site-base. */
import { readFile } from 'node:fs/promises';

export async function readBase(outDir = process.env.SITE_OUT_DIR ?? 'dist') {
  const text = await readFile(`${outDir}/.site-base`, 'utf8').catch(() => '/');
  return text.trim() || '/';
}
