/**
 * How long an article takes on its very first request: the content check only outlines articles,
 * so the server compiles an article's MDX when it first renders it (and loads the compiler on the
 * first such request). Measured from loopback, one request at a time, before anything else visits
 * these pages.
 */

export interface FirstRenderFigures {
  /** The server's first article render: compiler load + compile + render. */
  firstMs: number;
  /** Each later article's first render: compile + render. */
  laterMs: number[];
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export async function measureFirstRenders(origin: string, articlePaths: readonly string[]): Promise<FirstRenderFigures> {
  const [first, ...later] = articlePaths;
  if (first === undefined || later.length === 0) throw new Error('first renders need at least two articles');
  const firstMs = await timedGet(origin + first);
  const laterMs: number[] = [];
  for (const articlePath of later) laterMs.push(await timedGet(origin + articlePath));
  return { firstMs, laterMs };
}
