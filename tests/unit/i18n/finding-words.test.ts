import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { findingText, formatPhrase, phrase, type FindingTextKey, type Phrase } from '@/lib/diagnose/phrase';
import { decodeToken } from '@/lib/diagnose/token';
import { englishFinding, englishFindingWords } from '@/lib/i18n/english-finding-words';
import { findingWordsOf } from '@/lib/i18n/finding-words';
import { de } from '@/lib/i18n/messages/de';
import { en } from '@/lib/i18n/messages/en';
import { FIXTURES, fixtureToken, readAuthFixture } from '../diagnose/fixtures';

const wordsIn = (language: 'en' | 'de') => {
  const t = createTranslator({ locale: language, messages: language === 'en' ? en : de, namespace: 'DiagnoseFindings' });
  return findingWordsOf(language, (key, values) => t(key, values as never));
};

function argumentNames(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.argument || element.type === TYPE.number) return [element.value];
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return [element.value, ...Object.values(element.options).flatMap((option) => argumentNames(option.value))];
    }
    return [];
  });
}

function phraseKeys(phrase: Phrase): string[] {
  return [phrase.key, ...Object.values(phrase.params ?? {}).flatMap((value) => (typeof value === 'object' ? phraseKeys(value) : []))];
}

// Captures that between them produce most findings: HAR, curl, WinRM, IIS log, cut and refused tokens.
const CAPTURES = Object.values(FIXTURES).map(readAuthFixture);

describe('the findings’ words', () => {
  it('has every message in English and German, with the same parameters', () => {
    expect(Object.keys(de.DiagnoseFindings).sort()).toEqual(Object.keys(en.DiagnoseFindings).sort());
    for (const [key, message] of Object.entries(en.DiagnoseFindings)) {
      const german = de.DiagnoseFindings[key as keyof typeof de.DiagnoseFindings];
      expect(new Set(argumentNames(parse(german))), key).toEqual(new Set(argumentNames(parse(message))));
    }
  });

  it('says every finding of the sample captures in German, each phrase from the catalogue and every parameter filled in', () => {
    const english = wordsIn('en');
    const german = wordsIn('de');
    const findings = CAPTURES.flatMap((capture) => analyze(capture).findings);
    expect(new Set(findings.map((finding) => finding.id)).size).toBeGreaterThan(8);
    for (const finding of findings) {
      for (const key of [finding.message, ...finding.inference, ...(finding.article ? [finding.article.text] : [])].flatMap(phraseKeys)) {
        expect(Object.keys(en.DiagnoseFindings), finding.id).toContain(key);
      }
      const inGerman = findingText(finding, german);
      const inEnglish = findingText(finding, english);
      expect(inGerman.message, finding.id).not.toMatch(/\{\w+\}/);
      expect(inGerman.message, finding.id).not.toBe(inEnglish.message);
      if (inEnglish.inference !== null) expect(inGerman.inference, finding.id).not.toBe(inEnglish.inference);
    }
  });

  it('says every evidence line and every skipped note in both languages, from the catalogue, every parameter filled in', () => {
    const english = wordsIn('en');
    const german = wordsIn('de');
    const findings = CAPTURES.flatMap((capture) => analyze(capture).findings);
    const evidence = findings.flatMap((finding) => finding.evidence);
    // Every place a line can be read: transcript lines, HAR entries, request/response pairs, tokens.
    const evidenceKeys = new Set(evidence.flatMap(phraseKeys));
    for (const key of ['evidenceLine', 'evidenceExchangeRequest', 'evidenceToken', 'evidenceItem', 'evidenceItemToken', 'tokenDescription', 'sourceLines', 'sourceHarEntry']) {
      expect([...evidenceKeys]).toContain(key);
    }
    for (const key of evidenceKeys) expect(Object.keys(en.DiagnoseFindings)).toContain(key);
    for (const line of evidence) {
      const inGerman = formatPhrase(line, german);
      expect(inGerman).not.toMatch(/\{\w+\}/);
      expect(inGerman).not.toMatch(/\b(exchange|token|lines?|bytes|carrying|HAR entry)\b(?! \()/);
      expect(formatPhrase(line, english)).not.toMatch(/\{\w+\}/);
    }
    const skippedCaptures = [
      analyze('Authorization: NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAO5CAAAADw==\n'.repeat(3), { limits: { maxTokens: 1 } }),
      analyze(`Authorization: Negotiate ${'A'.repeat(5000)}`, { limits: { maxLineChars: 1000 } }),
      analyze(readAuthFixture(FIXTURES.harTwoBrowsers).slice(0, 2000)),
      analyze('x'.repeat(2 * 1024 * 1024 + 1), { limits: { maxInputChars: 2 * 1024 * 1024 } }),
    ];
    const notes = skippedCaptures.flatMap((analysis) => analysis.skipped);
    expect(new Set(notes.map((note) => note.key)).size).toBe(4);
    for (const note of notes) {
      const inGerman = formatPhrase(note, german);
      const inEnglish = formatPhrase(note, english);
      expect(inGerman, note.key).not.toMatch(/\{\w+\}|#/);
      expect(inGerman, note.key).not.toBe(inEnglish);
      expect(inGerman, note.key).toMatch(/[äöüß]|nicht/);
    }
    expect(formatPhrase(skippedCaptures[0]!.skipped[0]!, german)).toBe('2 Tokens nach den ersten 1 wurden nicht decodiert.');
    expect(formatPhrase(skippedCaptures[0]!.skipped[0]!, english)).toBe('2 tokens after the first 1 were not decoded.');
  });

  it('writes the numbers in a skipped note the language’s way', () => {
    const input = `Authorization: Negotiate ${'A'.repeat(12000)}\nAuthorization: Negotiate ${'B'.repeat(12000)}`;
    const [note] = analyze(input, { limits: { maxLineChars: 10000 } }).skipped;
    expect(note && formatPhrase(note, wordsIn('de'))).toBe('2 Zeilen mit mehr als 10.000 Zeichen wurden nicht gelesen.');
    expect(note && formatPhrase(note, wordsIn('en'))).toBe('2 lines longer than 10,000 characters were not read.');
    expect(note && formatPhrase(note, englishFindingWords())).toBe('2 lines longer than 10,000 characters were not read.');
  });

  it('says every note on a token in both languages, protocol and error names unchanged', () => {
    const english = wordsIn('en');
    const german = wordsIn('de');
    const keys = Object.keys(en.DiagnoseFindings).filter((key) => key.startsWith('tokenNote')) as FindingTextKey[];
    expect(keys.length).toBeGreaterThan(15);
    const params = { max: 16000, type: 7, mechanism: 'NEGOEX', name: 'KRB_AP_ERR_SKEW', note: phrase('tokenNoteNotBase64') };
    for (const key of keys) {
      const inGerman = formatPhrase(phrase(key, params), german);
      const inEnglish = formatPhrase(phrase(key, params), english);
      expect(inGerman, key).not.toMatch(/\{\w+/);
      expect(inEnglish, key).not.toMatch(/\{\w+/);
      if (key !== 'tokenNoteKrbError') expect(inGerman, key).not.toBe(inEnglish);
    }
    expect(formatPhrase(phrase('tokenNoteTooLong', params), german)).toBe('länger als 16.000 Zeichen; nicht decodiert');
    expect(formatPhrase(phrase('tokenNoteInner', params), german)).toBe('inneres Token: kein gültiges Base64');
    expect(formatPhrase(phrase('tokenNoteKrbError', params), german)).toBe('Kerberos KRB-ERROR (KRB_AP_ERR_SKEW)');
  });

  it('gives the tokens of a pasted capture notes the page says in German, the KRB-ERROR evidence line too', () => {
    const german = wordsIn('de');
    const notBase64 = decodeToken('!!!not base64!!!').note;
    expect(notBase64 && formatPhrase(notBase64, german)).toBe('kein gültiges Base64');
    const tokens = analyze('WWW-Authenticate: NTLM TlRMTVNTUAAHAAAA').tokens;
    expect(tokens.map((token) => token.note && formatPhrase(token.note, german))).toEqual(['NTLM-Nachricht des unbekannten Typs 7']);
    const refused = analyze(fixtureToken(FIXTURES.krbError)).findings.find((finding) => finding.id === 'kerberos-error');
    expect(refused && findingText(refused, german).evidence.join('\n')).toMatch(/Token 1 \(.*\): Kerberos KRB-ERROR \(KRB_ERR_GENERIC\)/);
  });

  it('puts a count into the right German form', () => {
    const cut = analyze(readAuthFixture(FIXTURES.netmonCutKerberos)).findings.find((finding) => finding.id === 'truncated-token');
    expect(cut && findingText(cut, wordsIn('de')).message).toBe('Ein Token ist abgeschnitten: Gezeigt wird, was sich lesen ließ.');
  });

  it('formats the English words for the CLI as next-intl does for the page', () => {
    const english = wordsIn('en');
    for (const finding of CAPTURES.flatMap((capture) => analyze(capture).findings)) {
      const { message, inference, evidence } = englishFinding(finding);
      const page = findingText(finding, english);
      expect({ message, inference, evidence }).toEqual({ message: page.message, inference: page.inference, evidence: page.evidence });
    }
  });
});
