import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { findingText, type Phrase } from '@/lib/diagnose/phrase';
import { englishFinding } from '@/lib/i18n/english-finding-words';
import { findingWordsOf } from '@/lib/i18n/finding-words';
import { de } from '@/lib/i18n/messages/de';
import { en } from '@/lib/i18n/messages/en';
import { FIXTURES, readAuthFixture } from '../diagnose/fixtures';

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

  it('puts a count into the right German form', () => {
    const cut = analyze(readAuthFixture(FIXTURES.netmonCutKerberos)).findings.find((finding) => finding.id === 'truncated-token');
    expect(cut && findingText(cut, wordsIn('de')).message).toBe('Ein Token ist abgeschnitten: Gezeigt wird, was sich lesen ließ.');
  });

  it('formats the English words for the CLI as next-intl does for the page', () => {
    const english = wordsIn('en');
    for (const finding of CAPTURES.flatMap((capture) => analyze(capture).findings)) {
      const { message, inference } = englishFinding(finding);
      expect({ message, inference }).toEqual({ message: findingText(finding, english).message, inference: findingText(finding, english).inference });
    }
  });
});
