import { describe, expect, it } from 'vitest';
import {
  allCodes, compareCodes, enhancedClassOfReply, enhancedCodes, enhancedPairedWith, getCode, parseEnhanced, replyCodes, repliesPairedWith,
} from '../../src/registry';
import { validateRegistry } from '../../src/registry/validate-registry';
import type { Code, EnhancedCode } from '../../src/registry/types';

describe('registry data', () => {
  it('covers every reply code of the reference list and the whole IANA registry', () => {
    expect(replyCodes).toHaveLength(63);
    expect(enhancedCodes).toHaveLength(81);
    expect(enhancedCodes.at(0)?.code).toBe('x.0.0');
    expect(enhancedCodes.at(-1)?.code).toBe('x.7.30');
  });

  it('is internally consistent', () => {
    expect(validateRegistry(allCodes())).toEqual([]);
  });

  it('marks codes outside the reply-code syntax as non-standard, with their origin', () => {
    for (const code of ['101', '111', '471', '571']) {
      const c = getCode(code);
      expect(c?.kind === 'reply' && c.standing).toBe('nonstandard');
      expect(c?.kind === 'reply' && c.origins?.length).toBeGreaterThan(0);
    }
    const c101 = getCode('101');
    expect(c101?.kind === 'reply' && c101.origins?.[0]).toEqual({ type: 'client-errno', errno: '101', errnoName: 'ENETUNREACH' });
  });

  it('keeps registry-only codes apart from folklore', () => {
    for (const code of ['422', '430', '523', '524', '525', '533'])
      expect(getCode(code)?.kind === 'reply' && (getCode(code) as { standing: string }).standing).toBe('registry-only');
  });

  it('links reply and enhanced codes both ways through the registry associations', () => {
    expect(enhancedPairedWith('550').map((e) => e.code)).toEqual(expect.arrayContaining(['x.1.1', 'x.7.1', 'x.7.26']));
    expect(enhancedPairedWith('556').map((e) => e.code)).toEqual(['x.1.10']);
    const x71 = getCode('x.7.1') as EnhancedCode;
    expect(repliesPairedWith(x71).map((r) => r.code)).toEqual(['451', '454', '502', '503', '533', '550', '551']);
  });
});

describe('parseEnhanced', () => {
  it.each([
    ['5.7.1', { code: 'x.7.1', cls: '5' }],
    ['4.2.2', { code: 'x.2.2', cls: '4' }],
    ['X.7.26', { code: 'x.7.26' }],
    ['x.1.10', { code: 'x.1.10' }],
    [' 2.0.0 ', { code: 'x.0.0', cls: '2' }],
  ])('reads %s', (text, expected) => expect(parseEnhanced(text)).toEqual(expected));

  it.each(['550', '3.1.1', '5.7', '5.7.1.2', 'abc', ''])('rejects %s', (text) => expect(parseEnhanced(text)).toBeUndefined());
});

describe('compareCodes', () => {
  it('orders reply codes, then enhanced codes numerically', () => {
    expect(['x.1.10', 'x.2.0', '550', 'x.1.2', '101'].sort(compareCodes)).toEqual(['101', '550', 'x.1.2', 'x.1.10', 'x.2.0']);
  });
});

describe('validateRegistry', () => {
  const base: Code[] = [
    { kind: 'reply', code: '550', standing: 'standard', references: [] },
    { kind: 'enhanced', code: 'x.1.1', subject: 1, detail: 1, registryText: 'Bad destination mailbox address', basicCodes: ['550'], references: [], usualClasses: ['5'] },
  ];

  it('accepts a consistent registry', () => expect(validateRegistry(base)).toEqual([]));

  it('finds duplicates', () => {
    expect(validateRegistry([...base, base[0]!])).toContain('registry: duplicate code "550"');
  });

  it('refuses a code the reply syntax forbids unless it is marked non-standard', () => {
    const errors = validateRegistry([...base, { kind: 'reply', code: '471', standing: 'standard', references: [] }]);
    expect(errors.join('\n')).toMatch(/registry 471: "standing"/);
  });

  it('requires the origin of a non-standard code', () => {
    const errors = validateRegistry([...base, { kind: 'reply', code: '511', standing: 'nonstandard', references: [] }]);
    expect(errors).toContain('registry 511: "origins" is required for a nonstandard code');
  });

  it('finds cross-references that point nowhere', () => {
    const errors = validateRegistry([
      ...base,
      { kind: 'reply', code: '551', standing: 'standard', references: [], seeAlso: ['559'] },
      { kind: 'reply', code: '533', standing: 'registry-only', references: [], origins: [{ type: 'registry-association', enhanced: ['x.7.1'] }] },
    ]);
    expect(errors).toEqual([
      'registry 551: "seeAlso" names unknown code "559"',
      'registry 533: "origins" names unknown code "x.7.1"',
    ]);
  });

  it('checks the shape of enhanced entries', () => {
    const errors = validateRegistry([
      { kind: 'enhanced', code: 'x.1.2', subject: 1, detail: 1, registryText: '', basicCodes: ['55'], references: [], usualClasses: [] },
    ]);
    expect(errors).toEqual([
      'registry x.1.2: "code" does not match subject/detail',
      'registry x.1.2: "usualClasses" is empty',
      'registry x.1.2: "basicCodes" has malformed "55"',
    ]);
  });
});

describe('enhancedClassOfReply', () => {
  it('gives the class of the concrete enhanced codes a reply goes with', () => {
    expect(['250', '421', '550', '354', '101'].map(enhancedClassOfReply)).toEqual(['2', '4', '5', undefined, undefined]);
  });
});
