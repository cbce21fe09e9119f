import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codePageSchema } from './content-model/schema';

/**
 * One entry per code per language: content/codes/<lang>/<code>.mdx. The id keeps the file name as
 * written ("it/x.5.0"): the default slugifier drops dots and would make x.5.0 collide with 550.
 */
const codes = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: './content/codes',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: codePageSchema,
});

export const collections = { codes };
