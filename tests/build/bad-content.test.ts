/**
 * Builds a copy of the site with one bad content file and checks that the build fails with a
 * message naming the file and the field. Slow (a real astro build per case), so few builds: one
 * per path through which bad content reaches the build (Astro's frontmatter schema, our own
 * cross-checks against the registry), and one with a bad entry of every other kind at once.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, '.fixtures');

async function buildWith(name: string, file: string, text: string, more: Record<string, string> = {}): Promise<string> {
  const dir = join(fixtures, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true });
  for (const [path, content] of Object.entries({ [file]: text, ...more })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  try {
    await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], { cwd: dir });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
  throw new Error('the build succeeded with bad content');
}

const body = ['meaning', 'causes', 'sender', 'admin', 'recipient']
  .map((id) => `<Section id="${id}" title="${id}">\n\ntext\n\n</Section>`).join('\n\n');

describe('a build with bad content fails and says where', () => {
  afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

  it('names the file and the frontmatter field', async () => {
    const out = await buildWith('schema', 'content/codes/en/553.mdx', `---\ntitle: "Mailbox name not allowed"\nkeywords: ["fixture"]\n---\n${body}\n`);
    expect(out).toContain('553');
    expect(out).toMatch(/summary/);
  });

  it('names the file and the field for a code outside the registry', async () => {
    const out = await buildWith('registry', 'content/codes/it/5.5.0.mdx',
      `---\ntitle: "Errore"\nsummary: "Una pagina con un nome sbagliato che deve fermare la build."\nkeywords: ["fixture"]\n---\n${body}\n`);
    expect(out).toContain('content/codes/it/5.5.0.mdx: "code": "5.5.0" is not in the registry');
  });

  it('lists every other kind of bad entry, each with its file and field, in one failed build', async () => {
    const front = (title: string, extra = '') => `---\ntitle: "${title}"\nsummary: "A fixture page that must stop the build."\nkeywords: ["fixture"]\n${extra}---\n`;
    const section = (id: string, text = 'text') => `<Section id="${id}" title="${id}">\n\n${text}\n\n</Section>`;
    const out = await buildWith('kinds', 'content/codes/pt/552.mdx',
      // A required section missing.
      `${front('Sem seção')}${['meaning', 'causes', 'sender', 'recipient'].map((id) => section(id)).join('\n\n')}\n`, {
        // Sections out of order, one unknown, one twice.
        'content/codes/it/421.mdx': `${front('Disordine')}${['causes', 'meaning', 'sender', 'admin', 'recipient', 'recipient', 'extra'].map((id) => section(id)).join('\n\n')}\n`,
        // A link to a page that does not exist, and no class notes on an enhanced page.
        'content/codes/ca/x.7.1.mdx': `${front('Sense notes')}${body.replace('text', 'Vegeu [el 5.9.9](../5.9.9/).')}\n`,
        // Class notes on a reply code.
        'content/codes/en/550.mdx': `${front('Notes', 'classNotes:\n  "5": "Not for reply codes."\n')}${body}\n`,
        // Overview prose for a page that does not exist.
        'content/groups/en/x.9.x.mdx': '---\ntitle: "Subject nine"\nsummary: "There is no subject nine in the registry at all."\n---\nText.\n',
      });
    for (const line of [
      'content/codes/pt/552.mdx: "Section": required section "admin" is missing',
      'content/codes/it/421.mdx: "Section": sections must come in the order meaning, causes, sender, admin, recipient',
      'content/codes/it/421.mdx: "Section": section id "recipient" appears twice',
      'content/codes/it/421.mdx: "Section": unknown section id "extra"',
      'content/codes/ca/x.7.1.mdx: "link": links to "../5.9.9/", which is not a page of the site',
      'content/codes/ca/x.7.1.mdx: "classNotes": missing the note for class 5 (5.7.1)',
      'content/codes/en/550.mdx: "classNotes": only enhanced status code pages have class notes',
    ]) expect(out).toContain(line);
    expect(out).toMatch(/content\/groups\/en\/x\.9\.x\.mdx: "group": "x\.9\.x" is not an overview page/);
  });
});
