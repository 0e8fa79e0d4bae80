import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles, articleFileOfSlug, isArticleSlug } from '@/lib/content/article-files.server';
import { listArticles } from '@/lib/content/article-list.server';
import { listTranslationFiles, parseTreeTranslation, readArticleTranslation, readTreeTranslation } from '@/lib/content/translations.server';
import { listWizards, wizardFiles } from '@/lib/content/wizards.server';
import { sourceRevision } from '@/lib/i18n/revision';
import { parseTranslationFileName } from '@/lib/i18n/translation-files';

const corpus = path.resolve('tests/fixtures/content/translations/valid');

describe('translation files beside their English source', () => {
  it('are never read as English articles or troubleshooters', () => {
    expect(articleFiles(corpus).map((file) => path.basename(file))).toEqual(['spooler.mdx']);
    expect(isArticleSlug('spooler.de', corpus)).toBe(false);
    expect(articleFileOfSlug('spooler.de', corpus)).toBeUndefined();
    expect(listArticles(corpus).map((article) => article.slug)).toEqual(['spooler']);
    expect(wizardFiles(corpus).map((file) => path.basename(file))).toEqual(['spooler-help.yaml']);
    expect(listWizards(corpus).map((tree) => tree.id)).toEqual(['spooler-help']);
  });

  it('are listed with the source and language their names give', () => {
    expect(listTranslationFiles(corpus).map(({ kind, file, sourceFile, source, language, registered }) => ({ kind, file: path.basename(file), sourceFile: path.basename(sourceFile), source, language, registered }))).toEqual([
      { kind: 'article', file: 'spooler.de.mdx', sourceFile: 'spooler.mdx', source: 'spooler', language: 'de', registered: true },
      { kind: 'tree', file: 'spooler-help.de.yaml', sourceFile: 'spooler-help.yaml', source: 'spooler-help', language: 'de', registered: true },
    ]);
    expect(parseTranslationFileName('spooler.mdx')).toBeUndefined();
  });
});

describe('a source revision', () => {
  it('is the first 12 hex digits of the sha256 of the text, whatever its line endings', () => {
    expect(sourceRevision('a\nb\n')).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceRevision('a\r\nb\r\n')).toBe(sourceRevision('a\nb\n'));
    expect(sourceRevision('a\nb\n')).not.toBe(sourceRevision('a\nc\n'));
  });
});

describe('a tree translation file', () => {
  it('keeps a revision written as digits the text it is, not a number', () => {
    const parsed = parseTreeTranslation('translationOf: 012345678901\ntitle: Titel\nsummary: Zusammenfassung\nnodes: {}\n', 'x.de.yaml');
    expect(parsed.ok && parsed.translation.translationOf).toBe('012345678901');
  });
});

describe('the translation loader', () => {
  it('reads a registered translation of an article and of a tree, and nothing for a language without one', () => {
    expect(readArticleTranslation(corpus, 'spooler', 'de')?.frontmatter.title).toBe('Die Druckwarteschlange hält an');
    expect(readTreeTranslation(corpus, 'spooler-help', 'de')?.nodes['is-it-offline']?.options?.offline?.label).toBe('Ja, er wird als offline angezeigt');
    expect(readArticleTranslation(corpus, 'no-such-article', 'de')).toBeUndefined();
  });
});
