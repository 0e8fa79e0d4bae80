import type { ContentProblem } from './problem';

/** Placeholder until the wizard engine lands: no trees, no problems. */
export function checkWizards(
  _root: string,
  _anchorsOf: (slug: string) => ReadonlySet<string> | undefined,
  _display: (file: string) => string,
): { problems: ContentProblem[]; trees: ReadonlyMap<string, ReadonlySet<string>> } {
  return { problems: [], trees: new Map() };
}
