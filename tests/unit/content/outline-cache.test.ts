import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { temporaryCacheForEachTest } from '../temporary-cache';

// A fresh module graph per "process": only the disk cache survives, as for a second build.
async function freshProcess() {
  vi.resetModules();
  const outliner = vi.spyOn(await import('@/lib/content/outline.server'), 'outlineArticleBody');
  const cache = await import('@/lib/content/compile-cache.server');
  return { outliner, ...cache };
}

const BODY = '## Cause {#cause}\n\nThe server offers [Negotiate](/articles/other#fix) first.\n\n## Fix {#fix}\n\nTurn it off.\n';

const cache = temporaryCacheForEachTest('fixpath-outline-cache-');
const files = (suffix: string) => cache.files(suffix);
const checkParts = () => files('.json').filter((file) => !file.endsWith('.page.json'));
const checkPartOf = ({ anchors, links, sourceLinks, problems }: { anchors: unknown; links: unknown; sourceLinks: unknown; problems: unknown }) => ({ anchors, links, sourceLinks, problems });

// The first outline loads the parser: seconds on a loaded machine.
describe('the outline cache, split for the content check', { timeout: 30_000 }, () => {
  it('gives the check its part without reading the rest, and a page the whole outline', async () => {
    const first = await freshProcess();
    const whole = await first.outlineArticleBodyCached(BODY, { slug: 'a' });
    expect(whole.sections.map((section) => section.anchorId)).toEqual(['cause', 'fix']);
    expect(checkParts()).toHaveLength(1);
    expect(files('.page.json')).toHaveLength(1);

    const second = await freshProcess();
    const checked = await second.checkedOutlineCached(BODY, { slug: 'a' });
    const { sections } = whole;
    const rest = checkPartOf(whole);
    expect(checked.outline).toEqual(rest);
    expect(second.cachedOutlineSections(checked.key)).toEqual(sections);
    // The check part alone is enough for the check: with the sections gone it still outlines nothing…
    unlinkSync(files('.page.json')[0]!);
    const third = await freshProcess();
    expect((await third.checkedOutlineCached(BODY, { slug: 'a' })).outline).toEqual(rest);
    expect(third.cachedOutlineSections(checked.key)).toBeUndefined();
    expect(third.outliner).not.toHaveBeenCalled();
    // …while a page, which needs them, outlines again and writes them anew.
    expect(await third.outlineArticleBodyCached(BODY, { slug: 'a' })).toEqual(whole);
    expect(third.outliner).toHaveBeenCalledTimes(1);
    expect(third.cachedOutlineSections(checked.key)).toEqual(sections);
  });

  it('outlines again a cached part that is unreadable, of another shape or the older whole outline', async () => {
    const first = await freshProcess();
    const whole = await first.outlineArticleBodyCached(BODY, { slug: 'a' });
    const rest = checkPartOf(whole);
    const [checkPart] = checkParts();
    const [sectionsFile] = files('.page.json');
    const broken = ['{"anchors": [', JSON.stringify({ ...rest, links: [{ href: 3 }] }), JSON.stringify(whole)];
    for (const text of broken) {
      writeFileSync(checkPart!, text);
      const again = await freshProcess();
      expect((await again.checkedOutlineCached(BODY, { slug: 'a' })).outline).toEqual(rest);
      expect(again.outliner).toHaveBeenCalledTimes(1);
      expect(JSON.parse(readFileSync(checkPart!, 'utf8'))).toEqual(rest);
    }
    for (const text of ['{"sections": [{"anchorId": "cause", "te', JSON.stringify({ ...whole, sections: [{ anchorId: 3, text: 'x' }] }), JSON.stringify(whole.sections)]) {
      writeFileSync(sectionsFile!, text);
      const again = await freshProcess();
      expect(again.cachedOutlineSections((await again.checkedOutlineCached(BODY, { slug: 'a' })).key)).toBeUndefined();
      expect(await again.outlineArticleBodyCached(BODY, { slug: 'a' })).toEqual(whole);
      expect(again.outliner).toHaveBeenCalledTimes(1);
    }
  });
});

describe('the content check’s articles for the search index', () => {
  it('read their sections on use, and say so when they cannot, until outlined again', async () => {
    await freshProcess();
    const { checkContentFolder } = await import('@/lib/content/check.server');
    const { UnreadableSections } = await import('@/lib/content/validated-content');
    const check = await checkContentFolder('content');
    if (!check.ok) throw new Error('content is invalid');
    const article = check.content.articles[0]!;
    const sections = article.sections;
    expect(sections.length).toBeGreaterThan(0);
    for (const file of files('.page.json')) writeFileSync(file, '{"sections": [{"anchorId": null, "te');
    let unreadable: unknown;
    try {
      article.sections.at(0);
    } catch (error) {
      unreadable = error;
    }
    expect(unreadable).toBeInstanceOf(UnreadableSections);
    await (unreadable as InstanceType<typeof UnreadableSections>).outlineAgain();
    expect(article.sections).toEqual(sections);
  }, 60_000);
});
