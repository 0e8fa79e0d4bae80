/**
 * A compile failure the author can act on: a line in their file and what is wrong there. Apart from
 * the compiler, so the content check can recognise one without loading mdx-bundler.
 */
export class MdxSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'MdxSyntaxError';
  }
}
