import type { Code } from './types';

/**
 * Checks the registry's internal consistency: unique codes, well-formed codes, and every
 * cross-reference (seeAlso, origins, associated codes) pointing at a code the site covers.
 * Returns one message per problem, empty when all is well.
 */
export function validateRegistry(codes: Code[]): string[] {
  const errors: string[] = [];
  const known = new Set<string>();
  for (const c of codes) {
    if (known.has(c.code)) errors.push(`registry: duplicate code "${c.code}"`);
    known.add(c.code);
  }
  const exists = (code: string) => known.has(code) || known.has(code.replace(/^[245]\./, 'x.'));
  for (const c of codes) {
    const where = `registry ${c.code}`;
    if (c.kind === 'reply') {
      if (!/^[1-5]\d\d$/.test(c.code)) errors.push(`${where}: "code" must be three digits`);
      const wellFormed = /^[2-5][0-5]\d$/.test(c.code);
      if (!wellFormed && c.standing !== 'nonstandard')
        errors.push(`${where}: "standing" must be nonstandard, RFC 5321 syntax does not allow this code`);
      if ((c.standing === 'nonstandard' || c.standing === 'registry-only') && !c.origins?.length)
        errors.push(`${where}: "origins" is required for a ${c.standing} code`);
      for (const o of c.origins ?? []) {
        if (o.type === 'registry-association')
          for (const e of o.enhanced) if (!exists(e)) errors.push(`${where}: "origins" names unknown code "${e}"`);
        // 4.4.9 is Exchange's own and deliberately not in the registry; it is shown, not linked.
        if (o.type === 'dotless-enhanced' && !exists(o.enhanced) && !o.vendor)
          errors.push(`${where}: "origins" names unknown code "${o.enhanced}"`);
      }
    } else {
      if (c.code !== `x.${c.subject}.${c.detail}`) errors.push(`${where}: "code" does not match subject/detail`);
      if (!c.usualClasses.length) errors.push(`${where}: "usualClasses" is empty`);
      for (const b of c.basicCodes)
        if (!/^(any|[2-5]XX|[2-5]\d\d)$/.test(b)) errors.push(`${where}: "basicCodes" has malformed "${b}"`);
    }
    for (const s of c.seeAlso ?? []) if (!exists(s)) errors.push(`${where}: "seeAlso" names unknown code "${s}"`);
  }
  return errors;
}
