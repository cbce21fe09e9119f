/**
 * `npm run bench`: builds the site and prints what the performance budget is about: page count,
 * build time (site and search index), bytes per page by template (HTML, CSS, JS; raw and gzip;
 * median and max), search index size per language, and the time from typing a query to results in
 * Chromium (cold and warm). Figures, not assertions: it is a measurement, not a test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const started = performance.now();
const log = execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8' });
const buildMs = performance.now() - started;
const indexMs = Number(/Indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html'));

function template(url: string): string {
  if (url === '/index.html') return 'root chooser';
  if (url === '/404.html') return 'page not found';
  const [, first, slug = ''] = url.split('/');
  if (!/^(en|it|pt|ca)$/.test(first!)) return 'short link chooser';
  if (slug === 'index.html') return 'home';
  if (slug === 'search') return 'search';
  if (slug === 'analyze') return 'bounce analyzer';
  if (slug === '404') return 'page not found';
  if (/^\d{3}$/.test(slug)) return 'reply code';
  if (/^x\.\d+\.\d+$/.test(slug)) return 'enhanced code';
  if (/^[245]\.\d+\.\d+$/.test(slug)) return 'concrete enhanced code';
  return 'class/subject';
}
const CODE_TEMPLATES = ['reply code', 'enhanced code', 'concrete enhanced code'];

const assetBytes = (ref: string) => {
  const p = join(dist, ref.split('?')[0]!);
  return existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
};
interface Row { html: number; htmlGz: number; css: number; cssGz: number; js: number; jsGz: number; pageGz: number }
const rows = new Map<string, Row[]>();
for (const file of html) {
  const text = readFileSync(file, 'utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => assetBytes(m[1]!));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!));
  const js = [
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => assetBytes(m[1]!)),
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)),
  ];
  const cssAll = Buffer.concat(css);
  const jsAll = Buffer.concat(js);
  const row: Row = {
    html: Buffer.byteLength(text), htmlGz: gzipSync(text).length,
    css: cssAll.length + inlineCss.reduce((n, b) => n + b.length, 0), cssGz: cssAll.length ? gzipSync(cssAll).length : 0,
    js: jsAll.length, jsGz: jsAll.length ? gzipSync(jsAll).length : 0,
    pageGz: 0,
  };
  row.pageGz = row.htmlGz + row.cssGz;
  const key = template(`/${relative(dist, file)}`);
  rows.set(key, [...(rows.get(key) ?? []), row]);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

console.log(`pages: ${html.length}`);
console.log(`build (site + index): ${(buildMs / 1000).toFixed(1)} s; search index: ${(indexMs / 1000).toFixed(1)} s`);
console.log('\nKB per page, median/max (gz = gzip; CSS and JS are the files the page loads)');
console.log('template'.padEnd(24), 'pages', 'html'.padEnd(9), 'html gz'.padEnd(9), 'css'.padEnd(9), 'css gz'.padEnd(9), 'js'.padEnd(9), 'js gz'.padEnd(9), 'html+css gz');
const col = (list: Row[], f: (r: Row) => number) => `${kb(median(list.map(f)))}/${kb(Math.max(...list.map(f)))}`.padEnd(9);
for (const [key, list] of [...rows].sort()) {
  console.log(key.padEnd(24), String(list.length).padStart(5), col(list, (r) => r.html), col(list, (r) => r.htmlGz), col(list, (r) => r.css),
    col(list, (r) => r.cssGz), col(list, (r) => r.js), col(list, (r) => r.jsGz), col(list, (r) => r.pageGz));
}
const codeRows = CODE_TEMPLATES.flatMap((t) => rows.get(t) ?? []);
const worstPage = Math.max(...codeRows.map((r) => r.pageGz));
const worstJs = Math.max(...codeRows.map((r) => r.js));
console.log('\nbudget');
console.log(`  whole build under 60 s: ${(buildMs / 1000).toFixed(1)} s ${buildMs < 60_000 ? 'OK' : 'OVER'}`);
console.log(`  code page HTML + CSS under 20 KB gzip: max ${kb(worstPage)} KB ${worstPage < 20 * 1024 ? 'OK' : 'OVER'}`);
console.log(`  code page JavaScript: at most ${kb(worstJs)} KB, the copy buttons and "/" shortcut only (search and tools load theirs on their own pages)`);

console.log('\nsearch index per language');
const pf = join(dist, 'pagefind');
const byLang = new Map<string, number>();
for (const f of walk(pf)) {
  const m = /(?:index|fragment|filter)\/([a-z-]+)_/.exec(relative(pf, f)) ?? /pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/.exec(f);
  const lang = m?.[1] ?? 'shared';
  byLang.set(lang, (byLang.get(lang) ?? 0) + statSync(f).size);
}
for (const [lang, bytes] of [...byLang].sort()) console.log(`  ${lang}: ${kb(bytes)} KB`);

// Query latency in Chromium, served by astro preview.
const port = 4339;
const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--force', '--port', String(port)], { cwd: root, stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(`http://localhost:${port}/en/`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env['PLAYWRIGHT_CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/en/search/`);
  const timeQuery = async (q: string) => {
    await page.locator('main input[name="q"]').fill('');
    await page.waitForFunction(() => !document.querySelector('#search-results li'));
    const t0 = Date.now();
    await page.locator('main input[name="q"]').fill(q);
    await page.locator('#search-results li').first().waitFor();
    return Date.now() - t0;
  };
  console.log(`\nquery to results in Chromium (includes 150 ms typing debounce): cold ${await timeQuery('550')} ms, warm ${await timeQuery('5.7.1')} ms, warm ${await timeQuery('mailbox')} ms`);

  // The bounce analyzer on a megabyte: a short report followed by a large returned message.
  await page.goto(`http://localhost:${port}/en/analyze/`);
  await page.locator('#analyzer-form textarea').waitFor();
  const filler = 'Received: from relay.example.net ([198.51.100.7]) by mx.example.com with ESMTPS id 4Xy550abc; Mon, 23 Nov 2026 10:55:01 +0100\n';
  const megabyte = `Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n${filler.repeat(Math.ceil(1_048_576 / filler.length))}`;
  const analyzerTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate((t) => {
      document.getElementById('analyzer-result')!.replaceChildren();
      (document.querySelector('#analyzer-form textarea') as HTMLTextAreaElement).value = t;
    }, megabyte);
    const t0 = Date.now();
    await page.evaluate(() => (document.getElementById('analyzer-form') as HTMLFormElement).requestSubmit());
    await page.locator('.analysis-reason').waitFor();
    analyzerTimes.push(Date.now() - t0);
  }
  console.log(`bounce analyzer, 1 MB pasted, explain to result in Chromium: ${analyzerTimes.join(' ms, ')} ms (first includes the worker's start)`);
  await browser.close();
} finally {
  server.kill();
}
