import { describe, expect, it } from 'vitest';
import { allCodes } from '../../src/registry';
import { allSlugs, assertUniqueSlugs, concrete, pathFor, readSlug } from '../../src/routing/paths';

describe('readSlug', () => {
  it.each([
    ['550', { kind: 'reply', code: '550' }],
    ['x.7.1', { kind: 'enhanced', code: 'x.7.1' }],
    ['4.7.1', { kind: 'enhanced', code: 'x.7.1', cls: '4' }],
    ['5.1.10', { kind: 'enhanced', code: 'x.1.10', cls: '5' }],
    ['5xx', { kind: 'reply-class', cls: '5' }],
    ['2.x.x', { kind: 'enhanced-class', cls: '2' }],
    ['x.7.x', { kind: 'subject', subject: 7 }],
    ['search', { kind: 'search' }],
    ['analyze', { kind: 'analyze' }],
  ])('reads %s', (slug, expected) => expect(readSlug(slug)).toEqual(expected));

  it.each(['559', 'X.7.1', '5.07.1', '3.7.1', 'x.9.1', '5.9.9', 'x.8.x', '6xx', '1xx', ''])('has no page for %s', (slug) =>
    expect(readSlug(slug)).toBeUndefined());
});

describe('allSlugs', () => {
  const slugs = allSlugs(allCodes());

  it('builds every code, every concrete enhanced form and every group page once', () => {
    expect(slugs).toHaveLength(2 + 4 + 3 + 8 + 63 + 81 * 4);
    expect(() => assertUniqueSlugs(slugs)).not.toThrow();
    for (const s of slugs) expect(readSlug(s), s).toBeDefined();
  });

  it('keeps 550 and 5.5.0 apart', () => {
    expect(slugs).toContain('550');
    expect(slugs).toContain('5.5.0');
    expect(slugs).toContain('x.5.0');
  });

  it('refuses two pages at one URL', () => {
    expect(() => assertUniqueSlugs(['550', 'x.5.0', '550'])).toThrow('Two pages share the URL slug "550"');
  });
});

describe('URLs', () => {
  it('are short, lowercase and end with a slash', () => {
    expect(pathFor('pt', '5.7.1')).toBe('/pt/5.7.1/');
    expect(pathFor('ca')).toBe('/ca/');
    expect(concrete('x.7.26', '5')).toBe('5.7.26');
  });
});
