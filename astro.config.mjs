// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/search/pagefind-integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://smtp-codes.example',
  trailingSlash: 'always',
  // 'jsx' (the default) glues inline elements written on separate lines, "Code:</strong>\n<code>"
  // becoming "Code:5.2.2", which breaks search tokens.
  compressHTML: true,
  // Two content files must never silently build the same URL.
  prerenderConflictBehavior: 'error',
  i18n: {
    locales: ['en', 'it', 'pt', 'ca'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    build: {
      rollupOptions: {
        // Known upstream noise (withastro/astro#18087): one warning per MDX file, harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', it: 'it', pt: 'pt-BR', ca: 'ca' } },
    }),
    pagefindIndex(),
  ],
});
