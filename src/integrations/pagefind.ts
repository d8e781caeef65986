/**
 * Runs Pagefind over the built site after every build, through its Node API
 * (the same approach as Starlight), so `npm run build` always leaves a fresh index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { createIndex, close } from 'pagefind';

export default function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'sen-portal-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Lets `npm start` and the tests serve the build under the base it was built for.
        await writeFile(new URL('./.site-base', dir), base);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
        await close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
