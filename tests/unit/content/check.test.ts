import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check.server';
import { formatProblem } from '@/lib/content/problem';

const fixtures = path.resolve('tests/fixtures/content');

async function problemLines(corpus: string) {
  return (await checkContent(path.join(fixtures, corpus))).map(formatProblem);
}

describe('content check', () => {
  it('passes a valid corpus with cross-article links to steps and headings', async () => {
    expect(await problemLines('valid')).toEqual([]);
  });

  // Sorted by path (code-point order, the same on every machine), then by line.
  it('reports every broken file with its path, line and what is wrong', async () => {
    const lines = await problemLines('broken');
    const dir = 'tests/fixtures/content/broken/articles';
    const wizards = 'tests/fixtures/content/broken/wizards';
    expect(lines).toEqual([
      `${dir}/Upper-Case.mdx:1: file name "Upper-Case" is not a valid slug: use lower-case words joined by hyphens`,
      expect.stringMatching(new RegExp(`^${dir}/Upper-Case.mdx:8: frontmatter: unknown field\\(s\\) "unknownField"`)),
      expect.stringMatching(new RegExp(`^${dir}/bad-date.mdx:7: frontmatter: "updated" `)),
      `${dir}/bad-iis-change.mdx:14: <IisProviderChange> provider="Kerberos" is not allowed: provider is "Negotiate" or "NTLM"`,
      `${dir}/bad-iis-change.mdx:16: <IisProviderChange> site must not contain quotes, %, \`, $ or control characters`,
      `${dir}/bad-iis-change.mdx:20: <IisProviderOrder> first="Negotiate" is not allowed: first is "NTLM"`,
      `${dir}/bad-iis-change.mdx:22: <IisProviderOrder> has no prop "sorce": did you mean "source"? its props are site, first, source`,
      `${dir}/bad-iis-change.mdx:22: <IisProviderOrder> needs source="https://…": the published documentation that defines this change, also listed under the article's Sources`,
      `${dir}/bad-registry.mdx:16: <RegistryValue> data "lots" is not a 32-bit number for REG_DWORD`,
      `${dir}/broken-links.mdx:8: related article "no-such-article" does not exist`,
      `${dir}/broken-links.mdx:13: link "/articles/no-such-article": article "no-such-article" does not exist`,
      `${dir}/broken-links.mdx:15: link "/articles/duplicate-steps#nowhere": article "duplicate-steps" has no heading or step with id "nowhere"`,
      `${dir}/duplicate-steps.mdx:20: duplicate step id "open": line 14 already uses it; give one of them another id`,
      `${dir}/missing-title.mdx:2: frontmatter: "title" is required`,
      expect.stringMatching(new RegExp(`^${dir}/unclosed-tag.mdx:12: MDX syntax error: Expected a closing tag for \`<Callout>\``)),
      `${dir}/upper-case.mdx:1: duplicate slug "upper-case": ${dir}/Upper-Case.mdx already uses it`,
      `${wizards}/broken-links.yaml:11: node ask: link "/articles/not-there": article "not-there" does not exist`,
      `${wizards}/broken-links.yaml:22: node done: article 'duplicate-steps' has no procedure or anchor 'no-such-procedure'; use the id of a <Steps id="…"> or a heading in that article`,
      // An outcome's source must be one of its fix article's Sources: the reader of the step finds it there.
      expect.stringMatching(new RegExp(`^${wizards}/broken-links.yaml:23: node done: fix source '[^']+' is not among the Sources of 'duplicate-steps'`)),
    ]);
  });
});
