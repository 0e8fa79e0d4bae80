import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isHttpsUrl, isListedSource, sourceKey, SOURCES_SECTION_ID } from './cited-sources';
import { componentsCitingSources } from './mdx-component-specs';
import type { ArticleOutline } from './remark-anchors';

/**
 * Every command and registry value people run traces to the published documentation that defines
 * it: the components that must cite one carry `source="https://…"` (required and checked for its
 * form with their other props, by remarkComponents), the article ends with a Sources
 * section of Markdown links, and each source is among them. Runs after remarkArticleAnchors, which
 * has given headings their ids. The outline keeps the section's links (keyed with sourceKey) so the
 * troubleshooter check can hold an outcome's `fix.source` to its article's Sources too.
 */
export function remarkCitedSources(options: { outline: ArticleOutline }) {
  const { outline } = options;
  return () => (tree: Root) => {
    const cited: { url: string; line: number }[] = [];
    const citing = new Set<string | null>(componentsCitingSources());
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!citing.has(node.name)) return;
      const source = sourceAttribute(node);
      if (source !== undefined && isHttpsUrl(source)) cited.push({ url: source, line: node.position?.start.line ?? 1 });
    });

    const section = sourcesSection(tree);
    if (!section) {
      outline.problems.push({
        line: 1,
        message: `no Sources section: end the article with "## Sources {#${SOURCES_SECTION_ID}}" and a list of the documentation it relies on, as - [Title](https://…): what we took from it.`,
      });
      return;
    }
    outline.sourceLinks = section.links.map(sourceKey);
    if (section.links.length === 0) {
      outline.problems.push({
        line: section.line,
        message: 'the Sources section has no link: list each page as - [Title](https://…), with its published https:// address',
      });
      return;
    }
    for (const { url, line } of cited) {
      if (isListedSource(url, outline.sourceLinks)) continue;
      outline.problems.push({
        line,
        message: `source "${url}" is not listed in the Sources section (line ${section.line}): add - [Title](${sourceKey(url)}) there`,
      });
    }
  };
}

/** The `{#sources}` heading's line and the https links under it, up to the next heading of its level or above. */
function sourcesSection(tree: Root): { line: number; links: string[] } | undefined {
  const start = tree.children.findIndex((node) => node.type === 'heading' && headingId(node) === SOURCES_SECTION_ID);
  const heading = tree.children[start] as Heading | undefined;
  if (!heading) return undefined;
  const links: string[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    visit(node, 'link', (link) => {
      if (isHttpsUrl(link.url)) links.push(link.url);
    });
  }
  return { line: heading.position?.start.line ?? 1, links };
}

function headingId(node: RootContent): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

function sourceAttribute(element: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  const attribute = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === 'source',
  );
  return typeof attribute?.value === 'string' ? attribute.value.trim() : undefined;
}
