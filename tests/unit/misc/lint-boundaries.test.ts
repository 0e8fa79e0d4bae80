import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The design's import directions are lint rules; these cases prove each rule fires where it should
// and stays quiet where the import is allowed, using the repository's own eslint.config.mjs.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it('keeps the wizard engine, diagnose and search query code free of React, Next, fs and UI', async () => {
    expect(await boundaryErrors('lib/wizard/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([
      expect.stringContaining('Pure lib code runs outside React'),
    ]);
    expect(await boundaryErrors('lib/diagnose/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([
      expect.stringContaining('Pure lib code does no I/O'),
    ]);
    expect(await boundaryErrors('lib/search/example.ts', "import { notFound } from 'next/navigation';\nexport const x = notFound;\n")).toEqual([
      expect.stringContaining('outside Next'),
    ]);
  });

  it('lets server modules of lib/search read files, but no lib module import components or app', async () => {
    expect(await boundaryErrors('lib/search/example.server.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
    expect(await boundaryErrors('lib/content/example.ts', "import { Steps } from '@/components/mdx/steps';\nexport const x = Steps;\n")).toEqual([
      expect.stringContaining('lib/ is below components/'),
    ]);
    expect(await boundaryErrors('lib/feedback/example.ts', "import Page from '../../app/page';\nexport const x = Page;\n")).toEqual([
      expect.stringContaining('lib/ is below app/'),
    ]);
  });

  it('lets the search index read content, never content the index', async () => {
    for (const from of ["'@/lib/search/documents'", "'../search/site-search.server'"]) {
      expect(await boundaryErrors('lib/content/example.ts', `import type { SearchCorpus } from ${from};\nexport type X = SearchCorpus;\n`)).toEqual([
        expect.stringContaining('The search index reads content, never back'),
      ]);
    }
    expect(await boundaryErrors('lib/content/example.ts', "import { Steps } from '@/components/mdx/steps';\nexport const x = Steps;\n")).toEqual([
      expect.stringContaining('lib/ is below components/'),
    ]);
    expect(await boundaryErrors('lib/search/example.ts', "import type { OutlinedArticle } from '@/lib/content/validated-content';\nexport type X = OutlinedArticle;\n")).toEqual([]);
  });

  it('keeps components below app', async () => {
    expect(await boundaryErrors('components/example.tsx', "import Page from '@/app/page';\nexport const x = Page;\n")).toEqual([
      expect.stringContaining('components/ is below app/'),
    ]);
    expect(await boundaryErrors('app/example.tsx', "import { Steps } from '@/components/mdx/steps';\nexport const x = Steps;\n")).toEqual([]);
  });
});
