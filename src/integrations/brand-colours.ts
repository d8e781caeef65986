/**
 * Puts the school's colours from site.config.ts into the site's stylesheet at build time, so
 * pages need no inline style attribute (which a strict Content Security Policy would block).
 */
import type { Plugin } from 'vite';

export default function brandColours(colours: { primary: string; focus: string }): Plugin {
  return {
    name: 'sen-portal-brand-colours',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/styles/global.css')) return null;
      return code
        .replace(/--colour-primary:\s*#[0-9a-fA-F]{6}/, `--colour-primary: ${colours.primary}`)
        .replace(/--colour-focus:\s*#[0-9a-fA-F]{6}/, `--colour-focus: ${colours.focus}`);
    },
  };
}
