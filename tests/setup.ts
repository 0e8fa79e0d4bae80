import { tmpdir } from 'node:os';
import path from 'node:path';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Component tests opt into jsdom per file; unmount between tests so none shares a DOM.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// Compiled MDX is cached on disk by content hash; tests keep theirs out of the project's .next folder.
process.env.FIXPATH_CACHE_DIR ??= path.join(tmpdir(), 'fixpath-test-mdx-cache');

// Server components read their words with next-intl, which in Next gets the page's language from the
// request. Rendered on their own here, they speak the site's source language: English, from the catalogue.
vi.mock('next-intl', async () => englishIntl());
vi.mock('next-intl/server', async () => {
  const intl = await englishIntl();
  return {
    getTranslations: async (namespace?: string) => intl.useTranslations(namespace),
    getLocale: async () => intl.useLocale(),
    setRequestLocale: () => {},
  };
});

async function englishIntl() {
  const actual = await vi.importActual<typeof import('next-intl')>('next-intl');
  const { en } = await import('@/lib/i18n/messages/en');
  return {
    ...actual,
    useTranslations: (namespace?: string) => actual.createTranslator({ locale: 'en', messages: en, namespace: namespace as never }),
    useLocale: () => 'en' as const,
  };
}
