import type { Nodes, Root } from 'mdast';
import { englishIisEffect } from '@/lib/iis/effects';
import { iisProviderChangeSchema, iisProviderCommands } from '@/lib/iis/provider-change';
import { iisProviderOrderCommands, iisProviderOrderSchema } from '@/lib/iis/provider-order';
import { isJsxFlowElement, stringAttribute, type JsxElement } from './mdx-jsx';

/**
 * The readable text of one part of an article, for the search index. `anchorId` is the heading,
 * procedure or step the text sits under; null for text before the first heading.
 */
export interface SectionText {
  anchorId: string | null;
  text: string;
}


/**
 * Attributes whose values a reader sees on the page. A registry value's name and key are what people
 * paste into a search box, so they count as text; ids, hrefs and styling switches do not.
 */
const VISIBLE_ATTRIBUTES: Record<string, readonly string[]> = {
  RegistryValue: ['hive', 'path', 'name', 'type', 'data', 'note'],
  HttpMessage: ['note'],
  Callout: ['title'],
  Command: ['title'],
};

/** Components that render text generated from their attributes: the reader sees it, so search should too. */
const GENERATED_TEXT: Record<string, (element: JsxElement) => string> = {
  IisProviderChange(element) {
    const record = iisProviderChangeSchema.safeParse({ site: stringAttribute(element, 'site'), provider: stringAttribute(element, 'provider') });
    if (!record.success) return '';
    const commands = iisProviderCommands(record.data);
    return [englishIisEffect(commands.applyEffect), ...commands.tools.flatMap((tool) => [tool.tool, tool.apply, tool.undo])].join(' ');
  },
  IisProviderOrder(element) {
    const record = iisProviderOrderSchema.safeParse({ site: stringAttribute(element, 'site'), first: stringAttribute(element, 'first') });
    if (!record.success) return '';
    const commands = iisProviderOrderCommands(record.data);
    return [englishIisEffect(commands.applyEffect), englishIisEffect(commands.cost), ...commands.tools.flatMap((tool) => [tool.tool, tool.apply, tool.undo])].join(' ');
  },
};

// Phrasing content joins without spaces ("**Enable**d" stays one word); everything else is a block.
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'mdxJsxTextElement', 'break']);
const SKIPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'definition']);

/**
 * Splits an article into the text under each anchor. Runs after remarkArticleAnchors, so headings,
 * procedures and steps already carry their final ids; a step's own text goes to the step, so a search
 * for a registry value lands on the step that sets it rather than on the whole section.
 */
export function remarkSectionText(options: { sections: SectionText[] }) {
  return () => (tree: Root) => {
    const sections = options.sections;
    let current: SectionText = { anchorId: null, text: '' };
    const open = (anchorId: string | null) => {
      const section = { anchorId, text: '' };
      sections.push(section);
      return section;
    };
    const append = (section: SectionText, node: Nodes) => {
      section.text += ` ${textOf(node)}`;
    };

    sections.push(current);
    for (const node of tree.children) {
      if (node.type === 'heading') {
        current = open(headingId(node));
      } else if (isJsxFlowElement(node, 'Steps')) {
        const procedure = open(stringAttribute(node, 'id') ?? null);
        for (const child of node.children) {
          if (isJsxFlowElement(child, 'Step')) append(open(stringAttribute(child, 'id') ?? null), child);
          else append(procedure, child);
        }
      } else {
        append(current, node);
      }
    }
    for (const section of sections) section.text = section.text.replace(/\s+/g, ' ').trim();
    // Text before the first heading is kept only when there is some: most articles start with one.
    if (sections[0]?.anchorId === null && sections[0].text === '') sections.shift();
  };
}

function headingId(node: Nodes): string | null {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : null;
}



/** Plain text of a node, code included (commands and headers are what people search for). */
function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  let inner = '';
  if ('value' in node && typeof node.value === 'string') {
    inner = node.value;
  } else if (node.type === 'image') {
    inner = node.alt ?? '';
  } else {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const names = VISIBLE_ATTRIBUTES[node.name ?? ''] ?? [];
      // A space after the attributes: a callout's title and its first words are separate words.
      inner = names.length > 0 ? `${names.map((name) => stringAttribute(node, name) ?? '').join(' ')} ` : '';
      inner += GENERATED_TEXT[node.name ?? '']?.(node) ?? '';
    }
    if ('children' in node) inner += (node.children as Nodes[]).map(textOf).join('');
  }
  return PHRASING.has(node.type) ? inner : ` ${inner} `;
}
