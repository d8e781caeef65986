/** The validated site configuration, for components and pages. */
import raw from '../site.config';
import { parseSiteConfig } from './lib/site/config-schema';

export const site = parseSiteConfig(raw);

/** A path inside the site, prefixed with Astro's base ("/send/" hosts work too). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}
