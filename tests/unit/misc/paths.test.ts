import { describe, expect, it } from 'vitest';
import {
  allArticlesPagePath,
  answersStepRoute,
  articlePath,
  atStepHeading,
  browsePagePath,
  changedStepRoute,
  clientTreePath,
  encodeOriginSegment,
  parseAnswersParam,
  parseChangedQuestion,
  parseOriginSegment,
  parseSitePath,
  RESERVED_STEP_IDS,
  searchPath,
  stepPath,
  treeMapPath,
  treePath,
  unmatchedStepRoute,
  type SitePath,
} from '@/lib/paths';

describe('every URL the site writes reads back as what it names', () => {
  const cases: [string, SitePath][] = [
    ['/', { kind: 'home' }],
    ['/articles', { kind: 'all-articles' }],
    [allArticlesPagePath(1), { kind: 'all-articles' }],
    [allArticlesPagePath(3), { kind: 'all-articles-page', page: '3' }],
    [articlePath('printer-offline'), { kind: 'article', slug: 'printer-offline' }],
    [browsePagePath('tag', 'iis'), { kind: 'browse', browse: 'tag', slug: 'iis' }],
    [browsePagePath('product', 'iis', 1), { kind: 'browse', browse: 'product', slug: 'iis' }],
    [browsePagePath('product', 'iis', 3), { kind: 'browse', browse: 'product', slug: 'iis', page: '3' }],
    ['/wizard', { kind: 'trees' }],
    [treePath('windows-auth-login'), { kind: 'tree', treeId: 'windows-auth-login' }],
    [treeMapPath('windows-auth-login'), { kind: 'tree-map', treeId: 'windows-auth-login' }],
    [stepPath('windows-auth-login', 'which-browsers'), { kind: 'step', treeId: 'windows-auth-login', stepId: 'which-browsers' }],
    [changedStepRoute('windows-auth-login', 'which-browsers'), { kind: 'changed-step', treeId: 'windows-auth-login', stepId: 'which-browsers' }],
    [
      answersStepRoute('t', 'can-reach-dc', [{ questionId: 'which-browsers', optionId: 'only-ie-edge' }], 'http://127.0.0.1:3000'),
      { kind: 'answers-step', treeId: 't', stepId: 'can-reach-dc', origin: encodeOriginSegment('http://127.0.0.1:3000'), answers: 'which-browsers:only-ie-edge' },
    ],
    [
      unmatchedStepRoute('t', 'can-reach-dc', 'https://support.example.com'),
      { kind: 'unmatched-step', treeId: 't', stepId: 'can-reach-dc', origin: encodeOriginSegment('https://support.example.com') },
    ],
  ];
  it.each(cases)('%s', (path, expected) => {
    expect(parseSitePath(path)).toEqual(expected);
    // One trailing slash names the same page.
    if (path !== '/') expect(parseSitePath(`${path}/`)).toEqual(expected);
  });

  it('reads the client tree address, whatever its version', () => {
    const { pathname, searchParams } = new URL(clientTreePath('windows-auth-login', 'abc123'), 'https://fixpath.test');
    expect(parseSitePath(pathname)).toEqual({ kind: 'client-tree', treeId: 'windows-auth-login' });
    expect(searchParams.get('v')).toBe('abc123');
  });

  it('reserves the ids of the pages beside the steps', () => {
    expect([...RESERVED_STEP_IDS].sort()).toEqual(['map', 'tree.json']);
    for (const id of RESERVED_STEP_IDS) expect(parseSitePath(`/wizard/t/${id}`)?.kind).not.toBe('step');
  });
});

describe('paths the site never writes', () => {
  it.each([
    '',
    'articles/printer-offline',
    '/articles/a/b',
    '/articles/page/2/3',
    '/articles//',
    '/tags',
    '/tags/iis/2',
    '/tags/iis/page',
    '/tags/iis/page/2/more',
    '/wizard//step',
    '/wizard/t/s/other',
    '/wizard/t/s/changed/more',
    '/wizard/t/s/answers',
    '/wizard/t/s/answers/origin',
    '/wizard/t/s/answers/origin/a:b/more',
    '/wizard/t/s/unmatched',
    '/wizard/t/s/unmatched/origin/more',
    '/elsewhere/printer-offline',
  ])('%s names nothing', (path) => {
    expect(parseSitePath(path)).toBeUndefined();
  });

  it('hands segments back as they arrive, for the caller to decode', () => {
    expect(parseSitePath('/articles/caf%C3%A9')).toEqual({ kind: 'article', slug: 'caf%C3%A9' });
  });
});

describe('articles and search', () => {
  it('links a heading or step inside an article', () => {
    expect(articlePath('printer-offline', 'restart-spooler')).toBe('/articles/printer-offline#restart-spooler');
  });

  it('encodes a search query', () => {
    expect(searchPath()).toBe('/search');
    expect(searchPath('401 & kerberos')).toBe('/search?q=401%20%26%20kerberos');
  });
});

describe('step URLs', () => {
  const answers = [
    { questionId: 'which-browsers', optionId: 'only-ie' },
    { questionId: 'can-reach-dc', optionId: 'reachable' },
  ];

  it('writes answers readably and reads them back', () => {
    const href = stepPath('windows-auth-login', 'server-providers', answers);
    expect(href).toBe('/wizard/windows-auth-login/server-providers?answers=which-browsers:only-ie,can-reach-dc:reachable');
    const url = new URL(href, 'https://fixpath.test');
    expect(parseAnswersParam(url.searchParams.get('answers'))).toEqual({ ok: true, answers });
  });

  it('leaves the query off a bare step', () => {
    expect(stepPath('windows-auth-login', 'which-browsers', [])).toBe('/wizard/windows-auth-login/which-browsers');
  });

  it('round-trips a changed question and the answers it dropped', () => {
    const changed = { changed: 'which-browsers', dropped: answers.slice(1) };
    const url = new URL(stepPath('t', 'which-browsers', [], changed), 'https://fixpath.test');
    expect(url.search).toBe('?changed=which-browsers&dropped=can-reach-dc:reachable');
    expect(parseChangedQuestion(url.searchParams)).toEqual(changed);
    expect(parseChangedQuestion(new URLSearchParams('changed=Not%20An%20Id'))).toBeUndefined();
  });

  it('ignores empty parts and lists malformed ones', () => {
    expect(parseAnswersParam('a:b,,c:d,')).toEqual({ ok: true, answers: [{ questionId: 'a', optionId: 'b' }, { questionId: 'c', optionId: 'd' }] });
    const parsed = parseAnswersParam('a:b,c,D:e,f:g:h');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.malformed).toEqual(['c', 'D:e', 'f:g:h']);
    expect(parsed.answers).toEqual([{ questionId: 'a', optionId: 'b' }]);
  });
});

describe('the internal routes behind a step URL with answers', () => {
  it('carry an origin through a path segment and back, IPv6 and ports included', () => {
    for (const origin of ['https://support.example.com', 'http://127.0.0.1:3111', 'http://[::1]:3000', 'https://xn--bcher-kva.example']) {
      const segment = encodeOriginSegment(origin);
      expect(segment, origin).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parseOriginSegment(segment), origin).toBe(origin);
    }
  });

  it('read back nothing but a plain http(s) origin', () => {
    for (const text of ['https://example.com/path', 'javascript:alert(1)', 'https://user@example.com', 'https://EXAMPLE.com', 'ftp://example.com', '']) {
      expect(parseOriginSegment(encodeOriginSegment(text)), text).toBeUndefined();
    }
    expect(parseOriginSegment('not base64!')).toBeUndefined();
  });

  it('open a step at its heading when written for use without JavaScript', () => {
    expect(atStepHeading(stepPath('t', 'can-reach-dc', [{ questionId: 'which-browsers', optionId: 'only-ie-edge' }]))).toBe(
      '/wizard/t/can-reach-dc?answers=which-browsers:only-ie-edge#step-heading',
    );
  });
});
