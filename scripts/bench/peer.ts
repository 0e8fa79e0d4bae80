/**
 * The fourth column, "plain Next 16 + mdx-bundler page", rebuilt on this machine so our
 * figures have a neighbour measured by the same harness on the same day: a Next app of one page
 * that renders the generated article's MDX with mdx-bundler and bare stand-ins for its components.
 * No stylesheet, header, navigation or client component of its own: what Next and React cost alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser';
import { runBuild, type BuildRun } from './build';
import { measureLighthouse, type LighthouseFigures } from './lighthouse';
import type { ByteCounts } from './network-bytes';
import { measurePageWeights } from './page-weight';
import { startServer } from './server';
import { linkNodeModules } from './workspace';

const PACKAGE_JSON = JSON.stringify({ name: 'plain-next-peer', private: true, type: 'module', scripts: { build: 'next build' } }, null, 2);

const NEXT_CONFIG = `export default { serverExternalPackages: ['mdx-bundler', 'esbuild'], typescript: { ignoreBuildErrors: true } };
`;

const LAYOUT = `import type { ReactNode } from 'react';

export const metadata = { title: 'Plain Next peer' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

// The generated article uses Fixpath's MDX components; the peer renders their words as plain elements.
const PAGE = `import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReactNode } from 'react';
import { bundleMDX } from 'mdx-bundler';
import { getMDXComponent } from 'mdx-bundler/client';

type Props = { children?: ReactNode } & Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const components = {
  Steps: ({ title, children }: Props) => (<section><h3>{text(title)}</h3><ol>{children}</ol></section>),
  Step: ({ title, children }: Props) => (<li><h4>{text(title)}</h4>{children}</li>),
  Callout: ({ title, children }: Props) => (<aside><strong>{text(title)}</strong>{children}</aside>),
  Command: ({ children }: Props) => <div>{children}</div>,
  HttpExchange: ({ children }: Props) => <div>{children}</div>,
  HttpMessage: ({ note, children }: Props) => (<div><p>{text(note)}</p>{children}</div>),
  RegistryValue: ({ hive, path: key, name, type, data }: Props) => (
    <pre>{text(hive) + '\\\\' + text(key) + '\\n' + text(name) + ' (' + text(type) + ') = ' + text(data)}</pre>
  ),
};

export default async function ArticlePage() {
  const source = await readFile(path.join(process.cwd(), 'article.mdx'), 'utf8');
  const { code, frontmatter } = await bundleMDX({ source });
  const Article = getMDXComponent(code);
  return (
    <main>
      <h1>{text(frontmatter.title)}</h1>
      <Article components={components} />
    </main>
  );
}
`;

/**
 * Writes the peer app into `dir` with the article at its home page, and hard-links the project's
 * node_modules (same Next, React and mdx-bundler).
 */
export function writePeerApp(dir: string, projectRoot: string, articleFile: string): void {
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  // Fixpath's heading ids (`## Title {#id}`) come from its own remark plugin; plain MDX reads
  // the braces as a JavaScript expression, so the peer's copy drops them.
  const article = readFileSync(articleFile, 'utf8').replace(/ \{#[a-z0-9-]+\}$/gm, '');
  const files: Record<string, string> = {
    'package.json': PACKAGE_JSON,
    'next.config.mjs': NEXT_CONFIG,
    'app/layout.tsx': LAYOUT,
    'app/page.tsx': PAGE,
    'article.mdx': article,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  linkNodeModules(projectRoot, dir);
}

/** The peer's figures, measured as ours are. */
export interface PeerFigures {
  build: BuildRun;
  weight?: ByteCounts;
  lighthouse?: LighthouseFigures;
}

/** Builds, serves and measures the peer; Lighthouse only when `lighthouse` is set. */
export async function measurePeer(options: {
  dir: string;
  projectRoot: string;
  articleFile: string;
  contentDir: string;
  logFile: string;
  timeoutMs: number;
  lighthouse: boolean;
}): Promise<PeerFigures> {
  writePeerApp(options.dir, options.projectRoot, options.articleFile);
  const build = await runBuild(options.dir, options.contentDir, options.logFile, options.timeoutMs);
  const server = await startServer(options.dir, options.contentDir, 'next start');
  try {
    const browser = await launchBrowser();
    let weight: ByteCounts | undefined;
    try {
      weight = (await measurePageWeights(browser, server.origin, [{ name: 'article', path: '/' }])).article;
    } finally {
      await browser.close();
    }
    const lighthouse = options.lighthouse ? (await measureLighthouse({ article: `${server.origin}/` })).article : undefined;
    return { build, weight, lighthouse };
  } finally {
    server.stop();
  }
}
