// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/search/pagefind-integration.ts';

const site = process.env.SITE_URL ?? 'https://smtp-codes.example';
const locales = ['en', 'it', 'pt', 'ca'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // 'jsx' (the default) glues inline elements written on separate lines, "Code:</strong>\n<code>"
  // becoming "Code:5.2.2", which breaks search tokens.
  compressHTML: true,
  // Two content files must never silently build the same URL.
  prerenderConflictBehavior: 'error',
  // A Content-Security-Policy <meta> on every page: only the site's own files, nothing inline
  // (scripts and styles are files, see assetsInlineLimit), and WebAssembly for Pagefind's search.
  security: {
    csp: {
      directives: [
        "default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'",
        "base-uri 'self'", "form-action 'self'", "frame-src 'none'", "worker-src 'self'", "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    locales,
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    build: {
      // Scripts stay in files of their own: cached once for the whole site, and allowed by a
      // Content-Security-Policy of script-src 'self' without hashes.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Known upstream noise (withastro/astro#18087): one warning per MDX file, harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Code blocks hold SMTP transcripts, not programs: no highlighting, and none of Shiki's inline
  // styles, which the Content-Security-Policy would block.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      // Only the pages in a language; the neutral choosers (/, /550/) and 404 pages redirect or stand in.
      // The integration drops every page called 500 as an error page; here 500 is a reply code.
      customPages: locales.map((l) => new URL(`/${l}/500/`, site).href),
      filter: (page) => /^\/(en|it|pt|ca)\/(?!404\/)/.test(new URL(page).pathname),
      i18n: { defaultLocale: 'en', locales: { en: 'en', it: 'it', pt: 'pt-BR', ca: 'ca' } },
    }),
    pagefindIndex(),
  ],
});
