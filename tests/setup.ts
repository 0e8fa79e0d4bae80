import { tmpdir } from 'node:os';
import path from 'node:path';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests opt into jsdom per file; unmount between tests so none shares a DOM.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// Compiled MDX is cached on disk by content hash; tests keep theirs out of the project's .next folder.
process.env.FIXPATH_CACHE_DIR ??= path.join(tmpdir(), 'fixpath-test-mdx-cache');
