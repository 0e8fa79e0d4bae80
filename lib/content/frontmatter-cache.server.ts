import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFrontmatter } from './article-schema';
import { cacheDir, compilerFingerprint } from './compile-cache.server';
import type { FrontmatterMemo } from './frontmatter';

/**
 * Frontmatter the content check has validated, by a hash of its YAML, for the processes that read
 * the articles after it: each build worker and the server list all of them, and parsing a
 * thousand YAML headers took each of them half a second (issue 8, rebuild budget). The check writes
 * the file; everyone else only reads it. An entry is only ever the result of parsing that exact
 * text with this exact code (the fingerprint), so a hit is what parsing would give; anything
 * edited misses and is parsed as usual.
 */
interface CacheFile {
  fingerprint: string;
  frontmatter: Record<string, ArticleFrontmatter>;
}

const cacheFile = () => path.join(cacheDir(), 'frontmatter.json');
const keyOf = (yamlText: string) => createHash('sha256').update(yamlText).digest('base64url');

let stored: Map<string, ArticleFrontmatter> | undefined;

function storedEntries(): Map<string, ArticleFrontmatter> {
  if (!stored) {
    stored = new Map();
    try {
      const file = JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
      if (file.fingerprint === compilerFingerprint()) stored = new Map(Object.entries(file.frontmatter));
    } catch {
      // No cache yet, or an unreadable one: every header is parsed.
    }
  }
  return stored;
}

/** For readers: validated frontmatter from the last check, never written to. */
export const checkedFrontmatter: FrontmatterMemo = {
  get: (yamlText) => storedEntries().get(keyOf(yamlText)),
};

/**
 * For the content check: reads the cache like everyone else and collects what this run validated,
 * which `save` writes as the new cache (so articles since deleted or edited drop out of it).
 */
export function frontmatterRecorder(): FrontmatterMemo & { save(): void } {
  const seen = new Map<string, ArticleFrontmatter>();
  return {
    get(yamlText) {
      const key = keyOf(yamlText);
      const hit = storedEntries().get(key);
      if (hit) seen.set(key, hit);
      return hit;
    },
    remember(yamlText, frontmatter) {
      seen.set(keyOf(yamlText), frontmatter);
    },
    save() {
      const file: CacheFile = { fingerprint: compilerFingerprint(), frontmatter: Object.fromEntries(seen) };
      try {
        mkdirSync(cacheDir(), { recursive: true });
        // A temporary name first, so a build worker never reads half a file.
        const temporary = `${cacheFile()}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(file));
        renameSync(temporary, cacheFile());
        stored = seen;
      } catch {
        // A read-only disk only costs speed.
      }
    },
  };
}
