import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codePageSchema, groupPageSchema } from './content-model/schema';

/**
 * MDX files under base as <lang>/<name>.mdx, with ids kept as written ("it/x.5.0"): the default
 * slugifier drops dots and would make x.5.0 collide with 550.
 */
const mdxByPath = (base: string) =>
  glob({ pattern: '*/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

/** One entry per code per language: content/codes/<lang>/<code>.mdx. */
const codes = defineCollection({ loader: mdxByPath('./content/codes'), schema: codePageSchema });

/** Prose of the overview pages: content/groups/<lang>/<group>.mdx (5xx, x5z, 5.x.x, x.7.x). */
const groups = defineCollection({ loader: mdxByPath('./content/groups'), schema: groupPageSchema });

export const collections = { codes, groups };
