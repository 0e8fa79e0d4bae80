import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVIDENCE_IDS } from '@/lib/capture-evidence';
import { checkContent } from '@/lib/content/check.server';
import { formatProblem } from '@/lib/content/problem';
import { analyze } from '@/lib/diagnose/analyze';
import { formatProblem as formatTreeProblem, parseWizardYaml } from '@/lib/wizard/parse';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { FIXTURES, kerberosRefusedBy, ntlmBy, readAuthFixture, UA } from './fixtures';

const TREE = 'windows-auth-login';
const published = readFileSync(path.resolve(`content/wizards/${TREE}.yaml`), 'utf8');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A content folder with the shipped articles and `treeText` as the troubleshooter. */
function contentWith(treeText: string): { root: string; treeFile: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'fixpath-evidence-'));
  folders.push(root);
  symlinkSync(path.resolve('content/articles'), path.join(root, 'articles'), 'dir');
  copyFileSync(path.resolve('content/published.json'), path.join(root, 'published.json'));
  mkdirSync(path.join(root, 'wizards'));
  const treeFile = path.join(root, 'wizards', `${TREE}.yaml`);
  writeFileSync(treeFile, treeText);
  return { root, treeFile };
}

// Renames a step the way an author may: every use of the id, and a redirect from the old one.
function renamed(text: string, renames: Record<string, string>): string {
  let result = text;
  for (const [from, to] of Object.entries(renames)) result = result.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  const redirects = Object.entries(renames).map(([from, to]) => `  ${from}: ${to}`);
  return result.replace(/^redirects: \{\}$/m, `redirects:\n${redirects.join('\n')}`);
}

function parsed(text: string) {
  const result = parseWizardYaml(text, `${TREE}.yaml`);
  if (!result.ok) throw new Error(result.problems.map(formatTreeProblem).join('\n'));
  return result.tree;
}

describe('/diagnose reads the evidence a tree declares', () => {
  it('keeps suggesting after a question and an outcome are renamed with redirects, which the content check accepts', async () => {
    const text = renamed(published, { 'does-chrome-sign-in': 'does-chrome-work', 'fix-chromium-policies': 'compare-chromium-policies' });
    const { root } = contentWith(text);
    expect((await checkContent(root)).map(formatProblem)).toEqual([]);

    const tree = parsed(text);
    // The walk reaches the renamed outcome through the renamed question.
    const har = analyze(readAuthFixture(FIXTURES.harTwoBrowsers), { trees: [tree] });
    expect(har).toMatchObject({
      suggestedTree: TREE,
      suggestedAnswers: [
        { questionId: 'which-browsers-fail', optionId: 'microsoft-edge' },
        { questionId: 'does-chrome-work', optionId: 'chrome-signs-in' },
      ],
      suggestedStep: 'compare-chromium-policies',
      suggestedOutcome: 'compare-chromium-policies',
    });
    expect(checkAnswersLeadTo(tree, har.suggestedStep ?? '', har.suggestedAnswers).ok).toBe(true);
    // The walk stops at a question; the renamed outcome is found by its own evidence.
    expect(analyze(`${kerberosRefusedBy(UA.chrome)}\n${ntlmBy(UA.ie)}`, { trees: [tree] })).toMatchObject({
      suggestedStep: 'does-edge-sign-in',
      suggestedOutcome: 'compare-chromium-policies',
    });
  }, 120_000);

  it('the content check rejects an unknown evidence id at its line, naming the known ones', async () => {
    const text = published.replace('evidence: [krb-ap-err-skew]\n', 'evidence: [clock-skew]\n');
    expect(text).not.toBe(published);
    const { root, treeFile } = contentWith(text);
    const line = text.split('\n').indexOf('        evidence: [clock-skew]') + 1;
    const shown = path.relative(process.cwd(), treeFile);
    expect((await checkContent(root)).map(formatProblem)).toContain(
      `${shown}:${line}: node kerberos-signs: options[0].evidence[0]: unknown evidence "clock-skew"; known evidence: ${EVIDENCE_IDS.join(', ')}`,
    );
  }, 120_000);
});
