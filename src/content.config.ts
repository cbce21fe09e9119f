import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codePageSchema, groupPageSchema } from './content-model/schema';

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

/** Prose of the overview pages: content/groups/<lang>/<group>.mdx (5xx, x5z, 5.x.x, x.7.x). */
const groups = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: './content/groups',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: groupPageSchema,
});

export const collections = { codes, groups };
