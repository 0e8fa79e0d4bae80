import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFixProcedure } from '@/lib/content/articles.server';
import { getLocalizedFixProcedure, getLocalizedWizard } from '@/lib/content/localized-content.server';
import { de } from '@/lib/i18n/messages/de';
import { fixStepsFileName, fixStepsPath, parseFixStepsFileName, stepPath } from '@/lib/paths';
import { toClientTree } from '@/lib/wizard/client-tree';
import type { FixProcedure } from '@/lib/wizard/fix-procedure';
import { allPaths } from '@/lib/wizard/navigate';
import { TICKET_FORMATS, writeTicketSummary, writeTicketSummaryLines } from '@/lib/wizard/ticket-summary/formats';
import { lineText } from '@/lib/wizard/ticket-summary/lines';
import { ticketSummaryOf, type TicketSummary } from '@/lib/wizard/ticket-summary/model';
import { checkAnswersLeadTo } from '@/lib/wizard/url';

const ORIGIN = 'https://fixpath.example';
const GERMAN = de.TicketSummary;
/** Translated in the shipped content, with a firefox outcome pointing at it. */
const TRANSLATED = { slug: 'firefox-integrated-authentication', procedure: 'add-site-about-config' };

let cacheDir: string;
let contentCopy: string;

beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-ticket-language-'));
  process.env.FIXPATH_CACHE_DIR = cacheDir;
  // One translation removed, one written for an older English text, as the browser tests' content.
  contentCopy = mkdtempSync(path.join(tmpdir(), 'fixpath-ticket-content-'));
  cpSync('content', contentCopy, { recursive: true });
  rmSync(path.join(contentCopy, 'articles', 'kerberos-double-hop-delegation.de.mdx'));
  const stale = path.join(contentCopy, 'articles', 'kerberos-spn-missing-or-duplicate.de.mdx');
  writeFileSync(stale, readFileSync(stale, 'utf8').replace(/^translationOf: .*$/m, 'translationOf: 000000000000'));
});

afterAll(() => {
  delete process.env.FIXPATH_CACHE_DIR;
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(contentCopy, { recursive: true, force: true });
});

/** The German summary at the first outcome of the shipped tree that points at `fix`. */
function germanSummaryAt(fix: { slug: string; procedure: string }, procedure: FixProcedure): TicketSummary {
  const tree = toClientTree(getLocalizedWizard('windows-auth-login', 'de', 'content')!.content);
  const found = allPaths(tree).find((candidate) => {
    const node = tree.nodes.find((each) => each.id === candidate.outcomeId);
    return node?.type === 'outcome' && node.fix?.article === fix.slug && node.fix.procedure === fix.procedure;
  });
  if (!found) throw new Error(`no outcome points at ${fix.slug}#${fix.procedure}`);
  const check = checkAnswersLeadTo(tree, found.outcomeId, found.answers);
  if (!check.ok) throw new Error('the path does not lead to its outcome');
  const stepUrl = `${ORIGIN}/de${stepPath(tree.id, found.outcomeId, found.answers)}`;
  return ticketSummaryOf({ tree, trail: check.trail, node: check.node, stepUrl, origin: ORIGIN, procedure, words: GERMAN, language: 'de' });
}

describe('the address of a fix’s steps in a language', () => {
  it('keeps the English address and gives every other language its own file beside it', () => {
    expect(fixStepsPath('a', 'b')).toBe('/fixes/a/b/steps.json');
    expect(fixStepsPath('a', 'b', 'en')).toBe('/fixes/a/b/steps.json');
    expect(fixStepsPath('a', 'b', 'de')).toBe('/fixes/a/b/steps/de.json');
    expect(parseFixStepsFileName(fixStepsFileName('de'))).toBe('de');
    for (const other of ['en.json', 'xx.json', 'de.jsonx', 'de', '../de.json']) expect(parseFixStepsFileName(other)).toBeUndefined();
  });
});

describe('a fix’s steps in German', () => {
  it('come from the German translation of a translated article, in the words the German article uses', async () => {
    const english = await getFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'content');
    const german = await getLocalizedFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'de', 'content');
    expect(german).toMatchObject({ language: 'de', title: 'Die Site in about:config hinzufügen' });
    expect(german?.fallback).toBeUndefined();
    expect(german?.steps.map((step) => step.title).slice(0, 3)).toEqual(['about:config öffnen', 'Die Site für Negotiate hinzufügen', 'Die Site für NTLM hinzufügen']);
    // Same anchors, so every step link of the ticket lands on its step.
    expect(german?.steps.map((step) => step.id)).toEqual(english?.steps.map((step) => step.id));
  });

  it('are the English ones, saying why, for an article without a translation and for a stale translation', async () => {
    const missing = await getLocalizedFixProcedure('kerberos-double-hop-delegation', 'set-up-constrained-delegation', 'de', contentCopy);
    const stale = await getLocalizedFixProcedure('kerberos-spn-missing-or-duplicate', 'find-the-spn', 'de', contentCopy);
    expect(missing).toMatchObject({ language: 'en', fallback: 'missing' });
    expect(stale).toMatchObject({ language: 'en', fallback: 'stale' });
    expect(missing?.steps).toEqual((await getFixProcedure('kerberos-double-hop-delegation', 'set-up-constrained-delegation', contentCopy))?.steps);
    expect(stale?.title).toBe((await getFixProcedure('kerberos-spn-missing-or-duplicate', 'find-the-spn', contentCopy))?.title);
    // English pages have their own file, unchanged.
    expect(await getLocalizedFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'en', 'content')).toEqual(await getFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'content'));
  });
});

describe('a German ticket summary', () => {
  it('reads German in every format: labels, the translated steps and links into the German article', async () => {
    const procedure = (await getLocalizedFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'de', 'content'))!;
    const summary = germanSummaryAt(TRANSLATED, procedure);
    for (const format of TICKET_FORMATS) {
      const lines = writeTicketSummaryLines(summary, format.id, GERMAN);
      const text = writeTicketSummary(summary, format.id, GERMAN);
      expect(text).toContain(GERMAN.troubleshooter);
      expect(text).toContain(GERMAN.fix);
      expect(text).toContain('about:config öffnen');
      expect(text).toContain(`${ORIGIN}/de/articles/${TRANSLATED.slug}#${TRANSLATED.procedure}`);
      expect(text).not.toContain(`${ORIGIN}/articles/`);
      expect(text).not.toContain(GERMAN.stepsInEnglishMissing);
      // Nothing is in another language, so nothing is marked.
      expect(lines.every((line) => typeof line === 'string')).toBe(true);
    }
  });

  it('marks the English steps of an untranslated or stale article as English and says so in German', async () => {
    for (const [fix, reason] of [
      [{ slug: 'kerberos-double-hop-delegation', procedure: 'set-up-constrained-delegation' }, GERMAN.stepsInEnglishMissing],
      [{ slug: 'kerberos-spn-missing-or-duplicate', procedure: 'find-the-spn' }, GERMAN.stepsInEnglishStale],
    ] as const) {
      const procedure = (await getLocalizedFixProcedure(fix.slug, fix.procedure, 'de', contentCopy))!;
      const summary = germanSummaryAt(fix, procedure);
      for (const format of TICKET_FORMATS) {
        const lines = writeTicketSummaryLines(summary, format.id, GERMAN);
        const english = lines.filter((line) => typeof line !== 'string');
        for (const step of procedure.steps) {
          const line = lines.find((candidate) => lineText(candidate).includes(step.title.replace(/([*_[\]])/g, '\\$1')) || lineText(candidate).includes(step.title));
          expect(line, `${format.id}: ${step.title}`).toEqual(expect.objectContaining({ lang: 'en' }));
        }
        expect(english.length).toBeGreaterThan(procedure.steps.length);
        // The reason is the summary's own German, not marked.
        expect(lines.some((line) => typeof line === 'string' && line.includes(reason))).toBe(true);
      }
    }
  });

  it('names an IIS tool’s change in German, and keeps an author’s title and the command as they are', async () => {
    const procedure = (await getLocalizedFixProcedure(TRANSLATED.slug, TRANSLATED.procedure, 'de', 'content'))!;
    const withIis: FixProcedure = {
      ...procedure,
      steps: [
        {
          ...procedure.steps[0]!,
          details: [
            { kind: 'command', shell: 'cmd', shellLabel: 'Command Prompt', tool: 'appcmd', title: 'appcmd, make the change', code: 'appcmd.exe set config "Contoso"' },
            { kind: 'command', shell: 'powershell', shellLabel: 'PowerShell', title: 'Zeitquelle prüfen', code: 'w32tm /query /source' },
          ],
        },
      ],
    };
    const summary = germanSummaryAt(TRANSLATED, withIis);
    for (const format of TICKET_FORMATS) {
      const text = writeTicketSummary(summary, format.id, GERMAN);
      expect(text).toMatch(/appcmd, die Änderung vornehmen/);
      expect(text).not.toContain('make the change');
      expect(text).toMatch(/Zeitquelle prüfen/);
      expect(text).toContain('appcmd.exe set config "Contoso"');
    }
  });
});
