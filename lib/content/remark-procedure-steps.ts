import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { iisProviderChangeSchema, iisProviderCommands, type ToolCommands } from '@/lib/iis/provider-change';
import { iisProviderOrderCommands, iisProviderOrderSchema } from '@/lib/iis/provider-order';
import { registryKeyPath } from '@/lib/registry/hive';
import type { FixStep, FixStepDetail, ProcedureSteps } from '@/lib/wizard/fix-procedure';
import { shellLabel } from './mdx-component-specs';
import { isJsxFlowElement, stringAttribute, type JsxElement } from './mdx-jsx';


/**
 * Every procedure of an article as plain data: each step's number, id and title, and the registry
 * values and commands inside it, exactly as the page shows them. Runs after remarkArticleAnchors,
 * so steps already carry their final ids and numbers; what a troubleshooter's ticket summary
 * repeats is then what the article says, from the one syntax tree.
 */
export function remarkProcedureSteps(options: { procedures: ProcedureSteps[] }) {
  return () => (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Steps') return;
      const id = stringAttribute(node, 'id');
      if (id === undefined) return;
      const steps = node.children.flatMap((child) => (isJsxFlowElement(child, 'Step') ? stepOf(child) : []));
      options.procedures.push({ id, title: stringAttribute(node, 'title') ?? 'Procedure', steps });
    });
  };
}

function stepOf(step: MdxJsxFlowElement): FixStep[] {
  const id = stringAttribute(step, 'id');
  const title = stringAttribute(step, 'title');
  const number = numberAttribute(step, 'number');
  if (id === undefined || title === undefined || number === undefined) return [];
  const details: FixStepDetail[] = [];
  visit(step, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    details.push(...detailsOf(node));
  });
  return [{ number, id, title, details }];
}

/** The values and commands one component shows; a record the content check refuses gives none. */
function detailsOf(element: JsxElement): FixStepDetail[] {
  switch (element.name) {
    case 'RegistryValue': {
      const [hive, path, name, type, data] = ['hive', 'path', 'name', 'type', 'data'].map((prop) => stringAttribute(element, prop));
      if (hive === undefined || path === undefined || name === undefined || type === undefined || data === undefined) return [];
      const note = stringAttribute(element, 'note');
      // regedit shows an empty value name as "(Default)", and so does the page.
      return [{ kind: 'registry', key: registryKeyPath(hive, path), name: name === '' ? '(Default)' : name, type, data, ...(note ? { note } : {}) }];
    }
    case 'Command': {
      const shell = stringAttribute(element, 'shell');
      const code = stringAttribute(element, 'code') ?? fencedCode(element);
      if (shell === undefined || code === undefined) return [];
      const title = stringAttribute(element, 'title');
      return [{ kind: 'command', shell, shellLabel: shellLabel(shell), ...(title ? { title } : {}), code }];
    }
    case 'IisProviderChange': {
      const record = iisProviderChangeSchema.safeParse({ site: stringAttribute(element, 'site'), provider: stringAttribute(element, 'provider') });
      return record.success ? toolCommands(iisProviderCommands(record.data).tools) : [];
    }
    case 'IisProviderOrder': {
      const record = iisProviderOrderSchema.safeParse({ site: stringAttribute(element, 'site'), first: stringAttribute(element, 'first') });
      return record.success ? toolCommands(iisProviderOrderCommands(record.data).tools) : [];
    }
    default:
      return [];
  }
}

/** The change of each tool, as the page's IIS components show it (their undo stays in the article). */
function toolCommands(tools: readonly ToolCommands[]): FixStepDetail[] {
  return tools.map((tool) => ({ kind: 'command', shell: tool.shell, shellLabel: shellLabel(tool.shell), tool: tool.tool, title: `${tool.tool}, make the change`, code: tool.apply }));
}

/** The fenced block(s) inside a `<Command>`, as the page shows them (Markdown's closing newline dropped). */
function fencedCode(element: JsxElement): string | undefined {
  const blocks: string[] = [];
  visit(element, 'code', (code: Code) => {
    blocks.push(code.value);
  });
  return blocks.length > 0 ? blocks.join('\n') : undefined;
}



/** `number={4}`, as remarkArticleAnchors writes it: an expression whose estree holds the literal. */
function numberAttribute(element: JsxElement, name: string): number | undefined {
  const found = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  const value = found?.value;
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  const parsed = Number(value.value);
  return Number.isInteger(parsed) ? parsed : undefined;
}
