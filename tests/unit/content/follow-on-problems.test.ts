import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check.server';
import { formatProblem } from '@/lib/content/problem';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid corpus with `edits` applied (file → replace the first text with the second). */
function corpusWith(edits: Record<string, [string, string][]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-follow-on-'));
  copies.push(dir);
  cpSync('tests/fixtures/content/valid', dir, { recursive: true });
  for (const [file, replacements] of Object.entries(edits)) {
    let text = readFileSync(path.join(dir, file), 'utf8');
    for (const [from, to] of replacements) {
      if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
      text = text.replace(from, to);
    }
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function problemLines(dir: string): Promise<string[]> {
  return (await checkContent(dir)).map((problem) => formatProblem({ ...problem, file: path.relative(dir, path.resolve(problem.file)) }));
}

describe('the content check reports a cause once', () => {
  it('reports a missing summary alone, not the tree fix, the links and the related article that name the article', async () => {
    // The tree's fix, vpn-drops' link and its related list all name printer-offline.
    const dir = corpusWith({
      'articles/printer-offline.mdx': [['summary: Windows lists the printer as offline although it is switched on.\n', '']],
      'articles/vpn-drops.mdx': [['---\n\n', 'related:\n  - printer-offline\n---\n\n']],
    });
    expect(await problemLines(dir)).toEqual(['articles/printer-offline.mdx:2: frontmatter: "summary" is required']);
  });

  it('reports a YAML error in a tree alone, not the articles that offer the tree or link to its steps', async () => {
    const dir = corpusWith({
      'wizards/printer-help.yaml': [['title: The printer does not print', 'title: [The printer does not print']],
      'articles/printer-offline.mdx': [['related:', 'wizard: printer-help\nrelated:'], ['## Symptoms\n', '## Symptoms\n\nOr [ask the troubleshooter](/wizard/printer-help/is-it-offline).\n']],
      'articles/vpn-drops.mdx': [['---\n\n', 'wizard: printer-help\n---\n\n']],
    });
    const lines = await problemLines(dir);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.startsWith('wizards/printer-help.yaml:'))).toBe(true);
  });
});

describe('the content check suggests the nearest existing id', () => {
  it('for a link to a misspelt anchor, and for a tree fix naming a misspelt procedure', async () => {
    const dir = corpusWith({
      'articles/printer-offline.mdx': [['/articles/vpn-drops#check-the-tunnel', '/articles/vpn-drops#check-the-tunel']],
      'wizards/printer-help.yaml': [['procedure: restart-spooler', 'procedure: restart-spoler']],
    });
    expect(await problemLines(dir)).toEqual([
      expect.stringMatching(/^articles\/printer-offline\.mdx:\d+: link "\/articles\/vpn-drops#check-the-tunel": article "vpn-drops" has no heading or step with id "check-the-tunel": did you mean "check-the-tunnel"\?$/),
      expect.stringMatching(/^wizards\/printer-help\.yaml:\d+: node restart-spooler: article 'printer-offline' has no procedure or anchor 'restart-spoler'; .*: did you mean 'restart-spooler'\?$/),
    ]);
  });
});
