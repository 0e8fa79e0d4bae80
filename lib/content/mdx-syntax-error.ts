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

interface MdxMessage {
  reason?: string;
  message?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/**
 * Digs the author's line and message out of what the MDX parser threw: its own message (the
 * outline pass) or esbuild's wrapper around it (the full compile), so both report alike.
 */
export function syntaxErrorOf(error: unknown): MdxSyntaxError {
  if (error instanceof MdxSyntaxError) return error;
  const first = (error as { errors?: { detail?: { cause?: MdxMessage } & MdxMessage; text?: string }[] }).errors?.[0];
  const cause: MdxMessage | undefined = first ? (first.detail?.cause ?? first.detail) : (error as MdxMessage);
  const reason = cause?.reason ?? cause?.message ?? first?.text ?? String(error);
  const fromReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
  const line = cause?.place?.start?.line ?? cause?.place?.line ?? cause?.line ?? (fromReason ? Number(fromReason[1]) : 1);
  return new MdxSyntaxError(line, `MDX syntax error: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '')}`);
}
