/**
 * Loads and validates site.config.ts (or the file named by SITE_CONFIG, which tests use).
 * A wrong value stops the build with a message naming the field.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseSiteConfig, type SiteConfig } from '../lib/site/config-schema';

export async function loadSiteConfig(): Promise<SiteConfig> {
  const file = resolve(process.env.SITE_CONFIG ?? 'site.config.ts');
  const mod = await import(/* @vite-ignore */ pathToFileURL(file).href);
  return parseSiteConfig(mod.default, file.split('/').pop());
}
