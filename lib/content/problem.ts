/** One thing wrong with a content file, located so an author can jump to it. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** `path:line: message`, the shape editors and CI logs turn into clickable locations. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Thrown when content cannot become a valid model; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
