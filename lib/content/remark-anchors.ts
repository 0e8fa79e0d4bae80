import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { keyBackups } from '@/lib/registry/backup';
import { describeChange, registryChangeSchema, type RegistryChange } from '@/lib/registry/change';
import { parseBrowserScope, type BrowserScope } from '@/lib/browser-scope';
import { invalidAliasesMessage, parseAliases } from './anchor-aliases';
import { registryChangeRecord } from './mdx-component-specs';
import type { SectionText } from './remark-section-text';
import type { ProcedureSteps } from '@/lib/wizard/fix-procedure';
import { articlePath, fixScriptPath } from '@/lib/paths';
import { KEBAB_ID_SOURCE } from '@/lib/wizard/ids';
import { stringAttribute, type JsxElement } from './mdx-jsx';

/** A place in an article a link can point at: a heading, a procedure or one of its steps. */
export interface Anchor {
  id: string;
  kind: 'heading' | 'procedure' | 'step';
  title: string;
  line: number;
  /** Heading depth (2 = `##`), or the 1-based number of a step within its procedure. */
  level: number;
  /** For a procedure: the browsers its steps are for (`<Steps browsers="…">`). */
  browsers?: BrowserScope;
  /** Old ids that still land here (`aliases`): links and the published lock count them, search and the TOC do not. */
  aliases?: string[];
}

/** A link that stays inside the site, kept so the content check can prove its target exists. */
export interface InternalLink {
  href: string;
  line: number;
}

/** A registry change inside a procedure that can be offered as a ready-to-run .reg file. */
export interface ProcedureRegistryChange {
  procedureId: string;
  change: RegistryChange;
  line: number;
}

/** What one pass over an article's syntax tree learns about it. */
export interface ArticleOutline {
  anchors: Anchor[];
  links: InternalLink[];
  registryChanges: ProcedureRegistryChange[];
  /** Readable text under each anchor, for the search index (filled by remarkSectionText). */
  sections: SectionText[];
  /** The https links of the Sources section, keyed for comparison (see cited-sources.ts). */
  sourceLinks: string[];
  /** Each procedure's steps with their values and commands, as plain data (filled by remarkProcedureSteps). */
  procedures: ProcedureSteps[];
  problems: { line: number; message: string }[];
}

/**
 * `{#id}` or `{#id aliases=old-id,older-id}` ending a heading. The aliases part takes anything up to
 * the brace, so a mistyped alias is reported by name rather than read as an MDX expression.
 */
export const EXPLICIT_ID = new RegExp(`\\s*\\{#(${KEBAB_ID_SOURCE})(?:\\s+aliases=([^}]*))?\\}\\s*$`);


/**
 * Gives every heading and procedure step a stable id and records them. Explicit ids win
 * (`## Title {#id}`, `<Step id="…">`), so a retitled heading or step keeps its published link.
 * Steps also receive their number and their absolute article link, so the components stay dumb.
 */
export function remarkArticleAnchors(options: { slug: string; outline: ArticleOutline }) {
  const { slug, outline } = options;
  return () => (tree: Root) => {
    const slugger = new GithubSlugger();
    const lineOf = (node: RootContent) => node.position?.start.line ?? 1;

    visit(tree, (node) => {
      if (node.type === 'heading') {
        const { id, aliases } = headingId(node, slugger, outline);
        const title = plainText(node);
        // hProperties become attributes of the rendered element (mdast-util-to-hast's convention).
        const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
        data.hProperties = { ...data.hProperties, id };
        // Inside the heading, so an old link scrolls to the heading itself, whatever its level.
        node.children.unshift(...aliases.map(aliasAnchor));
        outline.anchors.push({ id, kind: 'heading', title, line: lineOf(node), level: node.depth, ...aliasesOf(aliases) });
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Steps') {
        collectProcedure(node, slug, outline, slugger);
      } else if (node.type === 'link') {
        collectLink(node, outline);
      }
    });
  };
}

function headingId(heading: Heading, slugger: GithubSlugger, outline: ArticleOutline): { id: string; aliases: string[] } {
  const last = heading.children.at(-1);
  if (last?.type === 'text') {
    const explicit = EXPLICIT_ID.exec(last.value);
    if (explicit?.[1]) {
      last.value = last.value.replace(EXPLICIT_ID, '');
      slugger.slug(explicit[1]); // reserve it, so a later heading with the same text gets a suffix
      const aliases = validAliases(explicit[2], 'The heading', heading.position?.start.line ?? 1, outline);
      return { id: explicit[1], aliases };
    }
  }
  return { id: slugger.slug(plainText(heading)), aliases: [] };
}

/** The aliases that can be anchor ids; the others are reported at the element's line. */
function validAliases(text: string | undefined, element: string, line: number, outline: ArticleOutline): string[] {
  const { ids, invalid } = parseAliases(text);
  if (invalid.length > 0) outline.problems.push({ line, message: invalidAliasesMessage(element, invalid) });
  return ids;
}

/** Only anchors that have aliases carry the field, so outlines of articles without any stay as they were. */
function aliasesOf(aliases: string[]): { aliases?: string[] } {
  return aliases.length > 0 ? { aliases } : {};
}

/** An empty element with the old id: where a link to it lands. */
function aliasAnchor(id: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'className', value: 'anchor-alias' },
    ],
    children: [],
  };
}

/**
 * `browsers="…"` of a procedure, read as the troubleshooter check and the page need it. Props are
 * reported by remarkComponents; here a missing or invalid one only leaves the procedure unscoped.
 */
function procedureBrowsers(steps: MdxJsxFlowElement): BrowserScope | undefined {
  const text = stringAttribute(steps, 'browsers');
  const parsed = text === undefined ? undefined : parseBrowserScope(text);
  return parsed?.ok ? parsed.scope : undefined;
}

function collectProcedure(steps: MdxJsxFlowElement, slug: string, outline: ArticleOutline, slugger: GithubSlugger) {
  const line = steps.position?.start.line ?? 1;
  const procedureId = stringAttribute(steps, 'id');
  const procedureTitle = stringAttribute(steps, 'title') ?? 'Procedure';
  const browsers = procedureBrowsers(steps);
  const aliases = parseAliases(stringAttribute(steps, 'aliases')).ids;
  if (procedureId) {
    outline.anchors.push({ id: procedureId, kind: 'procedure', title: procedureTitle, line, level: 0, ...(browsers ? { browsers } : {}), ...aliasesOf(aliases) });
  }

  let number = 0;
  for (const child of steps.children) {
    if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Step') continue;
    number += 1;
    const stepLine = child.position?.start.line ?? line;
    const title = stringAttribute(child, 'title');
    if (!title) continue;
    const id = stringAttribute(child, 'id') ?? slugger.slug(title);
    const stepAliases = parseAliases(stringAttribute(child, 'aliases')).ids;
    setAttribute(child, 'id', id);
    setNumberAttribute(child, 'number', number);
    setAttribute(child, 'href', articlePath(slug, id));
    outline.anchors.push({ id, kind: 'step', title, line: stepLine, level: number, ...aliasesOf(stepAliases) });
  }
  if (number === 0) {
    // A <Step> written inline (on the line of <Steps>, or within text) is reported by remarkComponents at its own line.
    let inline = false;
    visit(steps, 'mdxJsxTextElement', (element: MdxJsxTextElement) => {
      inline ||= element.name === 'Step';
    });
    if (!inline) outline.problems.push({ line, message: '<Steps> has no <Step> children: write each step as <Step title="…"> on lines of its own inside it' });
  }
  if (procedureId) collectRegistryChanges(steps, procedureId, slug, outline);
}

/**
 * A RegistryValue that says how to undo it (`undoData` or `undo="delete"`) is a scripted fix: it
 * goes into the procedure's apply and undo .reg files, and the procedure learns where they are.
 * One that cannot be scripted is reported by remarkComponents and left out here.
 */
function collectRegistryChanges(steps: MdxJsxFlowElement, procedureId: string, slug: string, outline: ArticleOutline) {
  const changes: RegistryChange[] = [];
  visit(steps, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
    if (element.name !== 'RegistryValue') return;
    const props = stringAttributes(element);
    if ((props.undoData === undefined) === (props.undo === undefined) || (props.undo ?? 'delete') !== 'delete') return;
    const parsed = registryChangeSchema.safeParse(registryChangeRecord(props));
    if (!parsed.success) return;
    const line = element.position?.start.line ?? 1;
    changes.push(parsed.data);
    outline.registryChanges.push({ procedureId, change: parsed.data, line });
  });
  if (changes.length === 0) return;
  setAttribute(
    steps,
    'registryScripts',
    JSON.stringify({ applyHref: fixScriptPath(slug, procedureId, 'apply.reg'), undoHref: fixScriptPath(slug, procedureId, 'undo.reg'), changes: changes.map(describeChange), backups: keyBackups(changes) }),
  );
}

function collectLink(link: Link, outline: ArticleOutline) {
  if (link.url.startsWith('/') || link.url.startsWith('#')) {
    outline.links.push({ href: link.url, line: link.position?.start.line ?? 1 });
  }
}

function stringAttributes(element: JsxElement): Record<string, string | undefined> {
  return Object.fromEntries(
    element.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [[attribute.name, attribute.value]] : [])),
  );
}


function setAttribute(element: JsxElement, name: string, value: string) {
  const existing = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  if (existing) existing.value = value;
  else element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** A numeric prop must be an expression (`number={4}`); MDX compiles it from the attached estree. */
function setNumberAttribute(element: JsxElement, name: string, value: number) {
  element.attributes = element.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name));
  element.attributes.push({
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: String(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw: String(value) } }],
        },
      },
    },
  });
}

function plainText(node: { children?: unknown[] } | Text): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node) || !Array.isArray(node.children)) return '';
  return node.children.map((child) => plainText(child as { children?: unknown[] })).join('').trim();
}
