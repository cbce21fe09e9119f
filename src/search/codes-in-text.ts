/**
 * The codes in a pasted line ("550 5.1.1 <bob@example.com>: Recipient address rejected", "smtp;
 * 550-5.7.26 …"), read by the bounce analyzer's code finder, as page slugs in the order the text
 * gives them, and the words left over for a full-text search. The finder (and the registry it reads)
 * is loaded only when a query is more than a bare code.
 */
export async function codesInText(text: string): Promise<{ slugs: string[]; rest: string }> {
  const [{ findCodes }, { normalize }] = await Promise.all([import('../analysis/find-codes'), import('../analysis/normalize')]);
  const normalized = normalize(text).text; // offsets below refer to it
  const codes = findCodes(normalized).sort((a, b) => a.start - b.start); // in the order the line gives them
  const slugs = [...new Set(codes.filter((c) => c.hasPage).map((c) => c.pageSlug))];
  // Leave out the codes, addresses and host names: what remains is the server's wording.
  let rest = normalized;
  for (const c of codes) for (const o of c.occurrences) rest = rest.slice(0, o.start) + ' '.repeat(o.end - o.start) + rest.slice(o.end);
  const words = rest.split(/\s+/).filter((w) => /^[\p{L}]{2,}$/u.test(w));
  return { slugs, rest: words.slice(0, 8).join(' ') };
}
