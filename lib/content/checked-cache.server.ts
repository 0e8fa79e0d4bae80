import 'server-only';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { WizardTree } from '@/lib/wizard/schema';
import type { ArticleFrontmatter } from './article-schema';
import { cacheDir, compilerFingerprint } from './compile-cache.server';
import { readJsonFile, writeJsonFileAtomically } from './json-file.server';

/**
 * Content the content check has validated, by a hash of its text, for the processes that read the
 * content after it: each build worker and the server list every article and troubleshooter, and
 * parsing a thousand YAML headers and a 200-step tree took each of them most of a second (issue 8,
 * rebuild budget). The check writes the files; everyone else only reads them. An entry is only ever
 * the result of parsing and validating that exact text with this exact code (the fingerprint), so
 * a hit is what parsing would give; anything edited misses and is parsed as usual.
 */

/**
 * Validated values by their source text (frontmatter.ts, wizards.server.ts): a hit skips parsing;
 * `remember` is told what passed.
 */
export interface CheckedMemo<T> {
  get(text: string): T | undefined;
  remember?(text: string, value: T): void;
}

interface CacheFile<T> {
  fingerprint: string;
  entries: Record<string, T>;
}

const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url');

function checkedCache<T>(fileName: string) {
  const cacheFile = () => path.join(cacheDir(), fileName);
  let stored: Map<string, T> | undefined;

  const storedEntries = (): Map<string, T> => {
    if (!stored) {
      // No cache yet, an unreadable one or one from other code: everything is parsed.
      const file = readJsonFile<CacheFile<T>>(cacheFile());
      stored = file?.fingerprint === compilerFingerprint() ? new Map(Object.entries(file.entries)) : new Map();
    }
    return stored;
  };

  return {
    /** For readers: what the last check validated, never written to. */
    reader: { get: (text) => storedEntries().get(keyOf(text)) } satisfies CheckedMemo<T>,

    /**
     * For a read of one or a few items (an article page and its related list): the cache only once
     * a list has loaded it. Loading 10,000 entries to parse one header cost a fresh server's first
     * article 150–180 ms (issue 26); parsing the few it shows costs a few milliseconds.
     */
    readerOnceLoaded: { get: (text) => stored?.get(keyOf(text)) } satisfies CheckedMemo<T>,

    /**
     * For the content check: reads like everyone else and collects what this run validated, which
     * `save` writes as the new cache (so content since deleted or edited drops out of it).
     */
    recorder(): CheckedMemo<T> & { save(): void } {
      const seen = new Map<string, T>();
      let remembered = false;
      return {
        get(text) {
          const key = keyOf(text);
          const hit = storedEntries().get(key);
          if (hit) seen.set(key, hit);
          return hit;
        },
        remember(text, value) {
          seen.set(keyOf(text), value);
          remembered = true;
        },
        save() {
          // Every entry found and none left over: the file already holds exactly this (at 10,000
          // articles rewriting its 8.9 MB was part of every rebuild after a body-only edit).
          if (!remembered && seen.size === storedEntries().size) return;
          const file: CacheFile<T> = { fingerprint: compilerFingerprint(), entries: Object.fromEntries(seen) };
          if (writeJsonFileAtomically(cacheFile(), file)) stored = seen;
        },
      };
    },
  };
}

/** Article frontmatter, by its YAML text. */
export const checkedFrontmatter = checkedCache<ArticleFrontmatter>('frontmatter.json');
/** Troubleshooters, by the text of their file; only trees without any problem are recorded. */
export const checkedTrees = checkedCache<WizardTree>('troubleshooters.json');
