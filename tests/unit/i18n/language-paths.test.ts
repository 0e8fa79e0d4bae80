import { describe, expect, it } from 'vitest';
import { safeBackPath } from '@/lib/feedback/back-path';
import { translateTree } from '@/lib/i18n/tree-translation';
import { answersStepRoute, articlePath, feedbackThanksPath, fixScriptPath, localizePath, publicPathOf, searchPath, splitLanguagePath, stepPath, unmatchedStepRoute } from '@/lib/paths';
import { loadTree } from '../wizard/load-fixture';

const answers = [
  { questionId: 'which-browsers-fail', optionId: 'ie-or-ie-mode' },
  { questionId: 'can-reach-domain-controller', optionId: 'on-domain' },
];

describe('a link in another language is the English link with the language in front', () => {
  it('keeps the slug, the anchor and the answers, and English keeps its published URLs', () => {
    expect(localizePath('de', articlePath('kerberos-clock-skew', 'compare-the-clocks'))).toBe('/de/articles/kerberos-clock-skew#compare-the-clocks');
    expect(localizePath('de', stepPath('windows-auth-login', 'what-goes-wrong', answers))).toBe(
      '/de/wizard/windows-auth-login/what-goes-wrong?answers=which-browsers-fail:ie-or-ie-mode,can-reach-domain-controller:on-domain',
    );
    expect(localizePath('de', '/')).toBe('/de');
    expect(localizePath('de', searchPath('Uhrzeit Kerberos'))).toBe('/de/search?q=Uhrzeit%20Kerberos');
    expect(localizePath('en', articlePath('kerberos-clock-skew'))).toBe('/articles/kerberos-clock-skew');
  });

  it('leaves files, the API and the insights area alone: they are the same in every language', () => {
    for (const path of [fixScriptPath('a', 'b', 'apply.reg'), '/api/feedback', '/insights', '/sitemap.xml', 'https://learn.microsoft.com/x', '#step']) {
      expect(localizePath('de', path)).toBe(path);
    }
  });

  it('reads the language back from a path, and only a known language counts', () => {
    expect(splitLanguagePath('/de/articles/x')).toEqual({ language: 'de', path: '/articles/x', prefixed: true });
    expect(splitLanguagePath('/de')).toEqual({ language: 'de', path: '/', prefixed: true });
    expect(splitLanguagePath('/en/wizard')).toEqual({ language: 'en', path: '/wizard', prefixed: true });
    expect(splitLanguagePath('/articles/x')).toEqual({ language: 'en', path: '/articles/x', prefixed: false });
    expect(splitLanguagePath('/fr/articles/x')).toEqual({ language: 'en', path: '/fr/articles/x', prefixed: false });
    expect(splitLanguagePath('/design')).toEqual({ language: 'en', path: '/design', prefixed: false });
  });

  it('gives the address a reader sees for the routes behind a step link', () => {
    const origin = 'https://support.example.com';
    expect(publicPathOf(answersStepRoute('t', 's', answers, origin))).toBe(stepPath('t', 's', answers));
    expect(publicPathOf(unmatchedStepRoute('t', 's', origin))).toBe(stepPath('t', 's'));
    expect(publicPathOf('/articles/x')).toBe('/articles/x');
  });
});

describe('the no-JavaScript feedback way back', () => {
  it('accepts a German article or step written as the site writes it, and thanks in that language', () => {
    const back = localizePath('de', stepPath('windows-auth-login', 'fix-clock-skew', answers));
    expect(safeBackPath(back)).toBe(back);
    expect(safeBackPath('/de/articles/kerberos-clock-skew')).toBe('/de/articles/kerberos-clock-skew');
    expect(feedbackThanksPath(back, { vote: 'x' })).toMatch(/^\/de\/feedback\/thanks\?/);
    expect(feedbackThanksPath('/articles/kerberos-clock-skew', { vote: 'x' })).toMatch(/^\/feedback\/thanks\?/);
  });

  it('refuses a language the site does not have, or English spelled with its prefix', () => {
    expect(safeBackPath('/fr/articles/kerberos-clock-skew')).toBeUndefined();
    expect(safeBackPath('/en/articles/kerberos-clock-skew')).toBeUndefined();
    expect(safeBackPath('/de//evil.example')).toBeUndefined();
  });
});

describe('a troubleshooter in another language', () => {
  it('takes the words from the translation and keeps every id, next and fix of the English tree', () => {
    const { tree } = loadTree('windows-auth-login');
    const first = tree.nodes.find((node) => node.type === 'question')!;
    if (first.type !== 'question') throw new Error('fixture has a question');
    const option = first.options[0]!;
    const localized = translateTree(tree, {
      translationOf: '000000000000',
      title: 'Titel',
      summary: 'Zusammenfassung',
      nodes: { [first.id]: { prompt: 'Frage?', options: { [option.id]: { label: 'Antwort' } } } },
    });
    const node = localized.nodes.find((candidate) => candidate.id === first.id)!;
    expect(localized.title).toBe('Titel');
    expect(node.type === 'question' && node.prompt).toBe('Frage?');
    expect(node.type === 'question' && node.options[0]).toEqual({ ...option, label: 'Antwort' });
    expect(localized.nodes.map((each) => each.id)).toEqual(tree.nodes.map((each) => each.id));
    expect(localized.start).toBe(tree.start);
  });
});
