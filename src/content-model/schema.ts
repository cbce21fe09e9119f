import { z } from 'astro/zod';

/** One real server reply, quoted verbatim in English, explained in the page language. */
const serverText = z
  .object({
    text: z.string().min(5),
    source: z.string().min(2),
    explanation: z.string().min(10),
  })
  .strict();

/**
 * Frontmatter of a code page (content/codes/<lang>/<code>.mdx). Strict: a misspelt field is an
 * error, not a silently ignored key.
 */
export const codePageSchema = z
  .object({
    title: z.string().min(3).max(120),
    summary: z.string().min(20).max(280),
    keywords: z.array(z.string().min(2)).min(1).max(20),
    serverTexts: z.array(serverText).max(10).default([]),
    /** Enhanced codes only: what the code means in each class it is used with. */
    classNotes: z
      .object({ '2': z.string().min(10).optional(), '4': z.string().min(10).optional(), '5': z.string().min(10).optional() })
      .strict()
      .optional(),
  })
  .strict();

export type CodePageData = z.infer<typeof codePageSchema>;

/**
 * Frontmatter of the prose of an overview page (content/groups/<lang>/<group>.mdx): a reply class
 * (5xx), a second-digit category (x5z), an enhanced class (5.x.x) or a subject (x.7.x).
 */
export const groupPageSchema = z
  .object({
    title: z.string().min(3).max(120),
    summary: z.string().min(20).max(280),
  })
  .strict();

export type GroupPageData = z.infer<typeof groupPageSchema>;
