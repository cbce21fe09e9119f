/**
 * Builds a copy of the site with one bad content file and checks that the build fails with a
 * message naming the file and the field. Slow (a real astro build per case), so only the two
 * paths through which bad content reaches the build: Astro's frontmatter schema and our own
 * cross-checks against the registry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, '.fixtures');

async function buildWith(name: string, file: string, text: string): Promise<string> {
  const dir = join(fixtures, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true });
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
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
});
