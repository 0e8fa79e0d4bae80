import type { Correction } from '@/lib/content/article-schema';
import type { Anchor } from '@/lib/content/remark-anchors';
import { multisetDifferences } from './markdown-data';
import type { TranslationProblem } from './tree-translation';

/** A site component as written in a body, with only its data props (mdx-component-specs.ts `role: 'data'`). */
export interface ComponentData {
  name: string;
  line: number;
  data: Readonly<Record<string, string>>;
}

/** What of an article body a translation must keep exactly: where links land, what readers run, what it cites. */
export interface BodyShape {
  anchors: readonly Anchor[];
  components: readonly ComponentData[];
  /** Fenced code blocks, in order: commands, .reg content, HTTP headers. */
  codeBlocks: readonly { line: number; value: string }[];
  /** The Sources section's https links, keyed as cited-sources.ts compares them. */
  sourceLinks: readonly string[];
}

const HOW_TO_KEEP: Record<Anchor['kind'], (id: string) => string> = {
  heading: (id) => `end the heading with {#${id}}`,
  procedure: (id) => `write <Steps id="${id}">`,
  step: (id) => `write <Step id="${id}">`,
};

/**
 * Holds a translated body to its English source: the same heading, procedure and step ids (with
 * their aliases) in the same order, the same components with the same data, the same code and the
 * same cited sources. Lines are the translation's; `sourceFile` is named so the author can compare.
 */
export function bodyShapeProblems(source: BodyShape, translation: BodyShape, sourceFile: string): TranslationProblem[] {
  return [...anchorProblems(source.anchors, translation.anchors, sourceFile), ...componentProblems(source.components, translation.components, sourceFile), ...codeProblems(source, translation, sourceFile), ...sourcesProblems(source, translation)];
}

function anchorProblems(source: readonly Anchor[], translation: readonly Anchor[], sourceFile: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const sourceIds = new Map(source.map((anchor) => [anchor.id, anchor]));
  const translatedIds = new Map(translation.map((anchor) => [anchor.id, anchor]));
  const renamed = new Set<string>();
  translation.forEach((anchor, index) => {
    const english = sourceIds.get(anchor.id);
    if (english) {
      if (english.kind !== anchor.kind) problems.push({ line: anchor.line, message: `"${anchor.id}" is a ${anchor.kind} here but a ${english.kind} in ${sourceFile}:${english.line}: keep the English structure` });
      else if (sameList(english.aliases, anchor.aliases) === false) {
        problems.push({ line: anchor.line, message: `${anchor.kind} "${anchor.id}" has aliases ${listed(anchor.aliases)} where ${sourceFile}:${english.line} has ${listed(english.aliases)}: old links must land in every language` });
      }
      return;
    }
    // Same place, same kind, an id the translation lacks: the usual slip, a heading whose id came from its translated text.
    const counterpart = source[index];
    if (counterpart && counterpart.kind === anchor.kind && !translatedIds.has(counterpart.id)) {
      renamed.add(counterpart.id);
      problems.push({ line: anchor.line, message: `${anchor.kind} id "${anchor.id}" differs from the English "${counterpart.id}" (${sourceFile}:${counterpart.line}): ${HOW_TO_KEEP[anchor.kind](counterpart.id)}` });
    } else {
      problems.push({ line: anchor.line, message: `${anchor.kind} id "${anchor.id}" is not in ${sourceFile}: a translation has exactly the English headings, procedures and steps` });
    }
  });
  source.forEach((anchor, index) => {
    if (translatedIds.has(anchor.id) || renamed.has(anchor.id)) return;
    // Reported where it should be: after the translation's anchor that precedes it in the English.
    const before = source.slice(0, index).reverse().find((earlier) => translatedIds.has(earlier.id));
    const line = before ? (translatedIds.get(before.id)?.line ?? 1) : 1;
    problems.push({ line, message: `the ${anchor.kind} "${anchor.id}" of ${sourceFile}:${anchor.line} is missing: translate it and ${HOW_TO_KEEP[anchor.kind](anchor.id)}` });
  });
  if (problems.length === 0) {
    const index = source.findIndex((anchor, position) => translation[position]?.id !== anchor.id);
    const moved = translation[index];
    if (moved) problems.push({ line: moved.line, message: `${moved.kind} "${moved.id}" is out of order: ${sourceFile} has "${source[index]?.id}" here; keep the English order` });
  }
  return problems;
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function listed(values: readonly string[] = []): string {
  return values.length === 0 ? 'none' : `"${values.join(',')}"`;
}

function componentProblems(source: readonly ComponentData[], translation: readonly ComponentData[], sourceFile: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const length = Math.min(source.length, translation.length);
  for (let index = 0; index < length; index += 1) {
    const english = source[index] as ComponentData;
    const translated = translation[index] as ComponentData;
    if (english.name !== translated.name) {
      // After one component too many or too few, every later pair differs: report the first only.
      problems.push({ line: translated.line, message: `<${translated.name}> stands where ${sourceFile}:${english.line} has <${english.name}>: a translation has the same components, in the same order` });
      return problems;
    }
    for (const prop of new Set([...Object.keys(english.data), ...Object.keys(translated.data)])) {
      const want = english.data[prop];
      const got = translated.data[prop];
      if (want === got) continue;
      const what = want === undefined ? `has ${prop}="${got}", which ${sourceFile}:${english.line} does not` : got === undefined ? `lacks ${prop}="${want}" of ${sourceFile}:${english.line}` : `${prop}="${got}" differs from ${sourceFile}:${english.line}, which has ${prop}="${want}"`;
      problems.push({ line: translated.line, message: `<${translated.name}> ${what}: data props stay exactly as the English writes them` });
    }
  }
  const extra = translation[length];
  if (extra) problems.push({ line: extra.line, message: `<${extra.name}> is not in ${sourceFile}: a translation has the same components, in the same order` });
  const missing = source[length];
  if (missing) problems.push({ line: translation.at(-1)?.line ?? 1, message: `<${missing.name}> of ${sourceFile}:${missing.line} is missing after this line: a translation has the same components, in the same order` });
  return problems;
}

function codeProblems(source: BodyShape, translation: BodyShape, sourceFile: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  source.codeBlocks.forEach((english, index) => {
    const translated = translation.codeBlocks[index];
    if (translated === undefined) problems.push({ line: translation.codeBlocks.at(-1)?.line ?? 1, message: `the code block of ${sourceFile}:${english.line} is missing: code blocks stay exactly as the English writes them` });
    else if (translated.value !== english.value) problems.push({ line: translated.line, message: `this code block differs from ${sourceFile}:${english.line}: commands, .reg content and headers stay exactly as the English writes them` });
  });
  for (const extra of translation.codeBlocks.slice(source.codeBlocks.length)) {
    problems.push({ line: extra.line, message: `this code block is not in ${sourceFile}: code blocks stay exactly as the English writes them` });
  }
  return problems;
}

function sourcesProblems(source: BodyShape, translation: BodyShape): TranslationProblem[] {
  const line = translation.anchors.find((anchor) => anchor.id === 'sources')?.line ?? 1;
  return multisetDifferences([...new Set(source.sourceLinks)], [...new Set(translation.sourceLinks)]).map(({ value, inSource }) => ({
    line,
    message: inSource ? `Sources lack ${value}, which the English cites: list the same pages` : `Sources cite ${value}, which the English does not: list the same pages`,
  }));
}

/** A translation's corrections: the English ones, translated, so the same count with the same dates in the same order. */
export function correctionProblems(source: readonly Correction[], translated: readonly Correction[] | undefined, line: number): TranslationProblem[] {
  const list = translated ?? [];
  if (list.length !== source.length) {
    return [{ line, message: `corrections: the English has ${source.length}, the translation ${list.length}: translate each English correction, no more` }];
  }
  return list.flatMap((correction, index) =>
    correction.date === source[index]?.date ? [] : [{ line, message: `corrections: entry ${index + 1} is dated ${correction.date}, the English one ${source[index]?.date}: keep the English dates and order` }],
  );
}
