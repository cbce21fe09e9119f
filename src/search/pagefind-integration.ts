import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind index after Astro has written the site. Pagefind splits the index per
 * <html lang>, so each language searches only its own pages. '.' is kept inside words so that
 * 550, 5.5.0, 421 and 4.2.1 stay four different tokens.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'smtp-codes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ includeCharacters: '.' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
