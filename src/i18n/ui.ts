import type { Lang } from './languages';
import { ca } from './ui/ca';
import { en, type UiStrings } from './ui/en';
import { it } from './ui/it';
import { pt } from './ui/pt';

const strings: Record<Lang, UiStrings> = { en, it, pt, ca };

/** The UI strings of a language. */
export function t(lang: Lang): UiStrings {
  return strings[lang];
}
