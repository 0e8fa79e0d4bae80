import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContentFolder } from '@/lib/content/check.server';
import { formatProblem } from '@/lib/content/problem';
import { temporaryCacheForEachTest } from '../temporary-cache';

const fixtures = path.resolve('tests/fixtures/content/translations');

async function check(corpus: string) {
  const result = await checkContentFolder(path.join(fixtures, corpus));
  return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem), ok: result.ok };
}

describe('the content check of translations', () => {
  it('passes translations that keep their source’s ids, components, data and code, with no warning', async () => {
    expect(await check('valid')).toEqual({ problems: [], warnings: [], ok: true });
  // A whole folder check: seconds on a machine shared with other work.
  }, 30_000);

  it('reports each rule at the translation’s file and line, and a stale translation as a warning only', async () => {
    const { problems, warnings, ok } = await check('broken');
    const articles = 'tests/fixtures/content/translations/broken/articles';
    const wizards = 'tests/fixtures/content/translations/broken/wizards';
    expect(ok).toBe(false);
    expect(problems).toEqual([
      // Corrections: the English ones, translated, with the English dates.
      `${articles}/corrections.de.mdx:10: corrections: entry 1 is dated 2026-11-03, the English one 2026-11-02: keep the English dates and order`,
      // Links keep the English paths.
      `${articles}/data.de.mdx:18: link "/de/articles/spooler": no page at /de/articles/spooler (links in a translation keep the English paths)`,
      // Code, data props and components stay as the English has them.
      `${articles}/data.de.mdx:34: this code block differs from ${articles}/data.mdx:35: commands, .reg content and headers stay exactly as the English writes them`,
      `${articles}/data.de.mdx:41: <RegistryValue> data="3" differs from ${articles}/data.mdx:42, which has data="2": data props stay exactly as the English writes them`,
      `${articles}/data.de.mdx:41: <Callout> of ${articles}/data.mdx:48 is missing after this line: a translation has the same components, in the same order`,
      // Structure lives in the English file only.
      `${articles}/fields.de.mdx:9: frontmatter: unknown field(s) "tags"; allowed: title, summary, symptoms, appliesTo, translationOf, corrections`,
      // Heading and step ids: renamed by translating the text, and one the English does not have.
      `${articles}/ids.de.mdx:16: heading id "symptome" differs from the English "symptoms" (${articles}/ids.mdx:17): end the heading with {#symptoms}`,
      `${articles}/ids.de.mdx:24: step id "dienste-öffnen" differs from the English "open-services" (${articles}/ids.mdx:25): write <Step id="open-services">`,
      `${articles}/ids.de.mdx:53: heading id "notes" is not in ${articles}/ids.mdx: a translation has exactly the English headings, procedures and steps`,
      `${articles}/ids.fr.mdx:1: "fr" is not a registered language: translations are named <slug>.<language>, with a language of lib/i18n/languages.ts (de)`,
      `${articles}/orphan.de.mdx:1: translates ${articles}/orphan.mdx, which does not exist: a translation sits beside its English source, named like it plus .de`,
      // Trees: links and ids the English does not have, ids and words it has that are missing.
      `${wizards}/spooler-help.de.yaml:7: node is-it-offline: help lacks the English link to "/articles/ids#restart-spooler": keep every link, with its English path`,
      `${wizards}/spooler-help.de.yaml:7: node is-it-offline: help links to "/articles/ids#fix", which the English does not: links keep the English paths (/articles/…), localised when shown`,
      `${wizards}/spooler-help.de.yaml:9: node is-it-offline: option online is not translated: add online: { label: … } under options`,
      `${wizards}/spooler-help.de.yaml:12: node is-it-offline: the question has no option "onlin" (its options are offline, online): did you mean "online"?`,
      `${wizards}/spooler-help.de.yaml:17: node restart-spooler: an outcome has no prompt: its words are title, summary, body`,
      `${wizards}/spooler-help.de.yaml:18: node not-covered: body is not translated: the English node has one`,
      `${wizards}/spooler-help.de.yaml:21: node printer-jammed: the tree spooler-help has no node "printer-jammed"`,
    ]);
    expect(warnings).toEqual([
      `${articles}/stale.de.mdx:2: stale: translationOf is 0123456789ab, but ${articles}/stale.mdx is now at 7b93f8244af9: bring the translation up to date with the English changes, then write translationOf: 7b93f8244af9`,
    ]);
  }, 30_000);
});

describe('the translation check with bodies parsed by an earlier build', () => {
  const cache = temporaryCacheForEachTest('fixpath-body-data-cache-');

  // A fresh module graph is a new build process: only the disk cache survives.
  async function checkInNewProcess(corpus: string) {
    vi.resetModules();
    const parser = await import('@/lib/content/body-data.server');
    const parse = vi.spyOn(parser, 'bodyDataOf');
    const { checkContentFolder: checkFolder } = await import('@/lib/content/check.server');
    const result = await checkFolder(path.join(fixtures, corpus));
    return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem), parses: parse.mock.calls.length };
  }

  /** The cached parses of bodies (what bodyDataOf returns), beside the outlines. */
  function bodyDataFiles(): string[] {
    return cache.files().filter((file) => {
      const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return Array.isArray(value.components) && Array.isArray(value.codeBlocks);
    });
  }

  it('reports exactly what a fresh parse reports, without parsing an unchanged body again', async () => {
    const cold = await checkInNewProcess('broken');
    expect(cold.parses).toBeGreaterThan(0);
    expect(cold.problems.some((problem) => problem.includes('this code block differs'))).toBe(true);
    const warm = await checkInNewProcess('broken');
    expect(warm.parses).toBe(0);
    expect(warm).toEqual({ ...cold, parses: 0 });
  }, 60_000);

  it('parses again a cached body that is unreadable or not what the parser returns', async () => {
    const cold = await checkInNewProcess('broken');
    const files = bodyDataFiles();
    expect(files.length).toBe(cold.parses);
    files.forEach((file, index) => writeFileSync(file, index % 2 === 0 ? '{"components": [' : '{"components": [{"name": 3}], "codeBlocks": []}'));
    const again = await checkInNewProcess('broken');
    expect(again).toEqual(cold);
  }, 60_000);

  it('would report what a planted cache says while the bodies are the same (so the comparison above can fail)', async () => {
    const cold = await checkInNewProcess('broken');
    // Well-formed but wrong: every code block the same, so no translation's code differs any more.
    for (const file of bodyDataFiles()) {
      const value = JSON.parse(readFileSync(file, 'utf8')) as { codeBlocks: { line: number; value: string }[] };
      writeFileSync(file, JSON.stringify({ ...value, codeBlocks: value.codeBlocks.map((block) => ({ ...block, value: 'planted' })) }));
    }
    const planted = await checkInNewProcess('broken');
    expect(planted.parses).toBe(0);
    expect(planted.problems).not.toEqual(cold.problems);
    expect(planted.problems.some((problem) => problem.includes('this code block differs'))).toBe(false);
  }, 60_000);
});
