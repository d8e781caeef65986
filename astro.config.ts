import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import pagefind from './src/integrations/pagefind';
import { loadSiteConfig } from './src/integrations/site-config';
import brandColours from './src/integrations/brand-colours';
import securityHeaders from './src/integrations/security-headers';

// The school's settings, validated before anything builds. SITE_BASE lets tests build the same
// site under a sub-path without editing the file.
const siteConfig = await loadSiteConfig();
const base = process.env.SITE_BASE ?? siteConfig.base;

export default defineConfig({
  site: siteConfig.site,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Separate caches let several builds run side by side (tests, bench).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), react(), pagefind(), securityHeaders()],
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Pages read the validated settings from here (src/site.ts), so SITE_CONFIG swaps the whole site's settings.
  // A strict Content Security Policy in every page's <head>: Astro hashes the scripts and styles
  // it emits; nothing inline is allowed otherwise. 'wasm-unsafe-eval' lets Pagefind run its
  // WebAssembly search; it does not allow JavaScript eval.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [brandColours(siteConfig.colours)],
    define: { __SITE_CONFIG__: JSON.stringify(siteConfig) },
    // Never inline scripts into HTML: keeps the Content Security Policy free of inline scripts,
    // and Vite's dynamic-import helper breaks inside inlined scripts.
    build: {
      assetsInlineLimit: 0,
      // The PDF chunk (pdf-lib + fontkit, ~1.2 MB) is large by nature and loads only on export.
      chunkSizeWarningLimit: 1300,
      rolldownOptions: {
        // Every MDX file carries Astro's "use astro:head-inject" directive, and the bundler warns
        // about each one (nine lines a page: 45,000 lines for a 5,000-page site). Harmless; hidden.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
