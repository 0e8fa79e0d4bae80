import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema } from '@/lib/content/article-schema';
import { splitArticleSource } from '@/lib/content/frontmatter';
import { MDX_COMPONENT_NAMES, MDX_COMPONENT_SPECS, type PropSpec } from '@/lib/content/mdx-component-specs';
import { outlineArticleBody } from '@/lib/content/outline.server';
import { formatProblem } from '@/lib/content/problem';
import { PRODUCT_SLUGS } from '@/lib/content/products';

const guide = readFileSync('docs/authoring.md', 'utf8');

/** The table rows (`| \`name\` | … |`) of the section under `heading`, by their first cell. */
function rowsUnder(heading: string): Map<string, string[]> {
  const start = guide.indexOf(`\n${heading}\n`);
  if (start === -1) return new Map();
  const level = heading.split(' ')[0] ?? '';
  const rest = guide.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  const rows = (end === -1 ? rest : rest.slice(0, end)).split('\n').filter((line) => /^\| `[^`]+` \|/.test(line));
  return new Map(rows.map((row) => {
    const cells = row.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
    return [(cells[0] ?? '').replaceAll('`', ''), cells.slice(1)];
  }));
}

describe('docs/authoring.md', () => {
  it('documents every component of the registry and each of its props, required or not, with its values', () => {
    for (const name of MDX_COMPONENT_NAMES) {
      const rows = rowsUnder(`#### \`<${name}>\``);
      const props: Record<string, PropSpec> = MDX_COMPONENT_SPECS[name].props;
      expect([...rows.keys()].sort(), `props of <${name}>`).toEqual(Object.keys(props).sort());
      for (const [prop, spec] of Object.entries(props)) {
        const [required = '', meaning = ''] = rows.get(prop) ?? [];
        expect(required, `<${name}> ${prop}`).toBe(spec.required ? 'required' : 'optional');
        for (const value of spec.values ?? []) expect(meaning, `<${name}> ${prop}`).toContain(`\`${value}\``);
      }
    }
    const documented = [...guide.matchAll(/^#### `<(\w+)>`$/gm)].map((match) => match[1]);
    expect(documented).toEqual(MDX_COMPONENT_NAMES);
  });

  it('documents every frontmatter field, and every product of the closed list', () => {
    const rows = rowsUnder('## Articles: `content/articles/<slug>.mdx`');
    expect([...rows.keys()].sort()).toEqual(Object.keys(articleFrontmatterSchema.shape).sort());
    for (const product of PRODUCT_SLUGS) expect(rows.get('products')?.[1]).toContain(`\`${product}\``);
  });

  it('gives an article template that passes the article check as it is', () => {
    const template = /````mdx\n([\s\S]*?)\n````/.exec(guide)?.[1] ?? '';
    const split = splitArticleSource(template, 'template.mdx');
    if (!split.ok) throw new Error(split.problems.map(formatProblem).join('\n'));
    const outline = outlineArticleBody(split.body, { slug: 'template' });
    expect(outline.problems).toEqual([]);
    expect(outline.anchors.filter((anchor) => anchor.kind === 'heading').map((anchor) => anchor.id)).toEqual(['symptoms', 'cause', 'confirm-the-cause', 'fix', 'undo', 'sources']);
    for (const slug of split.frontmatter.related) expect(existsSync(`content/articles/${slug}.mdx`), slug).toBe(true);
  });
});
