/**
 * Checks the whole built site (dist/), after `npm run build`: links and anchors, page structure
 * and previews in every language, short links, 404 pages, sitemap, open data, security rules and
 * untranslated UI strings. Prints one line per failure and a summary; exits 1 on any failure.
 */
import { checkLinks } from './checks/links.ts';
import { checkOpenData, checkShortLinks, checkSitemap } from './checks/neutral.ts';
import { checkPages } from './checks/pages.ts';
import { checkSecurity } from './checks/security.ts';
import { checkTranslations } from './checks/translations.ts';
import { LANGS, loadSite, type Check } from './site.ts';

const site = loadSite();
const failures: string[] = [];
let checks = 0;
const check: Check = (ok, message) => { checks++; if (!ok) failures.push(message); };

for (const run of [checkLinks, checkPages, checkShortLinks, checkSitemap, checkOpenData, checkSecurity, checkTranslations]) run(site, check);

const langCounts = LANGS.map((l) => `${l} ${[...site.pages.keys()].filter((u) => u.startsWith(`/${l}/`)).length}`).join(', ');
console.log(`Checked ${site.pages.size} pages (${langCounts}).`);
if (failures.length) {
  console.error(failures.slice(0, 50).join('\n'));
  if (failures.length > 50) console.error(`… and ${failures.length - 50} more`);
}
console.log(`site: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
