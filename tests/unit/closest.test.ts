import { describe, expect, it } from 'vitest';
import { allCodes } from '../../src/registry';
import { closestSlugs, displayToken, readCodeToken, slugForToken, suggestForPath } from '../../src/routing/closest';
import { readSlug } from '../../src/routing/paths';

const known = new Set(allCodes().map((c) => c.code));
const LANGS = ['en', 'it', 'pt', 'ca'];

describe('readCodeToken', () => {
  it.each([
    ['550', { kind: 'reply', code: '550' }],
    ['5.7.1', { kind: 'enhanced', code: 'x.7.1', cls: '5' }],
    ['X.7.1', { kind: 'enhanced', code: 'x.7.1' }],
    ['#5.1.1', { kind: 'enhanced', code: 'x.1.1', cls: '5' }],
    ['(550)', { kind: 'reply', code: '550' }],
    ['5.07.01:', { kind: 'enhanced', code: 'x.7.1', cls: '5' }],
    ['  421 ', { kind: 'reply', code: '421' }],
  ])('reads %j', (text, expected) => expect(readCodeToken(text)).toEqual(expected));

  it.each(['', 'mailbox full', '650', '3.7.1', '5.7', '5501', '5.7.1.2', '192.0.2.1', '5.7.1 denied'])('rejects %j', (text) =>
    expect(readCodeToken(text)).toBeUndefined());
});

describe('slugForToken', () => {
  it('gives the page of a known code in the form the reader wrote', () => {
    expect(slugForToken(readCodeToken('550')!, known)).toBe('550');
    expect(slugForToken(readCodeToken('4.7.1')!, known)).toBe('4.7.1');
    expect(slugForToken(readCodeToken('x.7.1')!, known)).toBe('x.7.1');
  });
  it('has no page for unknown codes', () => {
    expect(slugForToken(readCodeToken('559')!, known)).toBeUndefined();
    expect(slugForToken(readCodeToken('5.9.9')!, known)).toBeUndefined();
  });
});

describe('closestSlugs', () => {
  it('offers the class page and the codes of the same category for an unknown reply code', () => {
    const slugs = closestSlugs(readCodeToken('559')!, known);
    expect(slugs[0]).toBe('5xx');
    expect(slugs).toContain('550');
    expect(slugs).toContain('554');
    expect(slugs.every((s) => s === '5xx' || s.startsWith('55'))).toBe(true);
  });
  it('offers subject then class for an unknown enhanced code', () => {
    expect(closestSlugs(readCodeToken('5.7.99')!, known)).toEqual(['x.7.x', '5.x.x']);
    expect(closestSlugs(readCodeToken('5.9.9')!, known)).toEqual(['5.x.x']);
    expect(closestSlugs(readCodeToken('x.9.9')!, known)).toEqual([]);
  });
  it('only ever offers pages the site builds', () => {
    for (const t of ['559', '299', '4.9.9', '2.7.99', '5.1.42']) {
      for (const slug of closestSlugs(readCodeToken(t)!, known)) expect(readSlug(slug), `${t} -> ${slug}`).toBeDefined();
    }
  });
  it('writes tokens the way readers know them', () => {
    expect(displayToken(readCodeToken('x.7.99')!)).toBe('X.7.99');
    expect(displayToken(readCodeToken('5.9.9')!)).toBe('5.9.9');
  });
});

describe('suggestForPath', () => {
  it.each([
    ['/it/5.7.1/', { kind: 'page', slug: '5.7.1' }],
    ['/550.html', { kind: 'page', slug: '550' }],
    ['/en/smtp-error-421', { kind: 'page', slug: '421' }],
    ['/pt/codes/X.7.1', { kind: 'page', slug: 'x.7.1' }],
    ['/ca/5.7.99/', { kind: 'closest', slugs: ['x.7.x', '5.x.x'] }],
  ])('reads %s', (path, expected) => expect(suggestForPath(path, known, LANGS)).toMatchObject(expected));

  it('turns other paths into a search', () => {
    expect(suggestForPath('/en/mailbox-full/', known, LANGS)).toEqual({ kind: 'search', query: 'mailbox full' });
    expect(suggestForPath('/it/%3Cscript%3E', known, LANGS)).toEqual({ kind: 'search', query: 'script' });
    expect(suggestForPath('/en/5501/', known, LANGS)).toEqual({ kind: 'search', query: '5501' });
  });

  it('survives broken escapes and very long paths', () => {
    expect(suggestForPath('/en/%E0%A4%A', known, LANGS).kind).toBe('search');
    const long = suggestForPath(`/en/${'a-'.repeat(50_000)}`, known, LANGS);
    expect(long.kind === 'search' && long.query.length).toBeLessThanOrEqual(80);
  });
});
