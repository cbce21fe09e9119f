/** The site's languages. Adding one: add it here, add src/i18n/ui/<lang>.ts and content/codes/<lang>/. */
export const LANGUAGES = ['en', 'it', 'pt', 'ca'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, for the switcher and the root chooser. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  it: 'Italiano',
  pt: 'Português (Brasil)',
  ca: 'Català',
};

/** BCP 47 tags for <html lang> and hreflang. */
export const LANGUAGE_TAGS: Record<Lang, string> = { en: 'en', it: 'it', pt: 'pt-BR', ca: 'ca' };

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}
