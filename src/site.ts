/** The validated site configuration (from site.config.ts, checked in astro.config.ts), for components and pages. */
import type { SiteConfig } from './lib/site/config-schema';

declare const __SITE_CONFIG__: SiteConfig;

export const site: SiteConfig = __SITE_CONFIG__;

/** A path inside the site, prefixed with Astro's base ("/send/" hosts work too). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}
