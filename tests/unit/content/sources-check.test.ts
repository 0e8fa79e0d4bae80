import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check.server';
import { isListedSource } from '@/lib/content/cited-sources';
import { componentsCitingSources } from '@/lib/content/mdx-component-specs';
import { formatProblem } from '@/lib/content/problem';

const dir = 'tests/fixtures/content/citations/articles';

async function problemsOf(file: string) {
  const lines = (await checkContent(path.resolve('tests/fixtures/content/citations'))).map(formatProblem);
  return lines.filter((line) => line.startsWith(`${dir}/${file}:`));
}

describe('the content check on sources and browsers', () => {
  it('refuses a Command without source, at its line, saying what the source is', async () => {
    expect(await problemsOf('command-without-source.mdx')).toEqual([
      `${dir}/command-without-source.mdx:12: <Command> needs source="https://…": the published documentation that defines this command, also listed under the article's Sources`,
    ]);
  });

  it('refuses a RegistryValue whose source is http://, not https://', async () => {
    expect(await problemsOf('http-registry-source.mdx')).toEqual([
      `${dir}/http-registry-source.mdx:12: <RegistryValue> source="http://learn.microsoft.com/en-us/fixpath-limit" is not an https:// address: give the published page that defines this registry value`,
    ]);
  });

  it('refuses an article whose Sources section links nothing, at the heading', async () => {
    expect(await problemsOf('sources-without-link.mdx')).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/sources-without-link.mdx:14: the Sources section has no link`)),
    ]);
  });

  it('refuses an article without a Sources section, at line 1', async () => {
    expect(await problemsOf('no-sources-section.mdx')).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/no-sources-section.mdx:1: no Sources section: end the article with "## Sources \\{#sources\\}"`)),
    ]);
  });

  it('refuses a source the Sources section does not list, at the attribute’s line', async () => {
    expect(await problemsOf('unlisted-source.mdx')).toEqual([
      `${dir}/unlisted-source.mdx:12: source "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/setspn" is not listed in the Sources section (line 20): add - [Title](https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/setspn) there`,
    ]);
  });

  it('refuses Steps without browsers and Steps naming an unknown browser, each at its line', async () => {
    expect(await problemsOf('steps-browsers.mdx')).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/steps-browsers.mdx:12: <Steps id="no-browsers"> needs browsers="…": "any" for a server-side procedure`)),
      expect.stringMatching(new RegExp(`^${dir}/steps-browsers.mdx:22: <Steps id="unknown-browser"> browsers names unknown browsers \\(safari\\)`)),
    ]);
  });

  it('accepts a source with a #fragment listed as its page, with or without a trailing slash', async () => {
    expect(await problemsOf('listed-by-page.mdx')).toEqual([]);
  });

  it('holds every component that states a command or setting to a source, the provider order included', () => {
    expect(componentsCitingSources()).toEqual(['RegistryValue', 'Command', 'IisProviderChange', 'IisProviderOrder']);
    expect(isListedSource('https://example.com/a/#b', ['https://example.com/a'])).toBe(true);
    expect(isListedSource('https://example.com/a', ['https://example.com/ab'])).toBe(false);
  });
});
