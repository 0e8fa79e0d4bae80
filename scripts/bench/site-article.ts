/**
 * Writes one generated article as MDX, in the shape of content/articles/*.mdx: frontmatter, `##`
 * headings with explicit ids, `<Steps>`/`<Step>` procedures, `<RegistryValue>`, `<Command>`,
 * `<Callout>`, `<HttpExchange>`, a table, and links to other articles and their anchors.
 */
import { stringify } from 'yaml';
import type { ArticlePlan, PlannedProcedure, PlannedStep } from './site-plan';
import { between, paragraph, pick, sentence, shuffled, type Random } from './text';
import { COMMANDS, ERRORS, PRODUCTS, REGISTRY_VALUES, SYMPTOMS } from './vocabulary';
import { BENCH_FIX_SOURCE } from './site-wizard';

const TAGS = [
  'windows-authentication', 'kerberos', 'ntlm', 'negotiate', 'iis', 'spn', 'delegation', 'group-policy', 'proxy',
  'certificates', 'dns', 'http-401', 'http-400', 'active-directory', 'browser-policy', 'time-synchronization',
];

/** The article and its neighbours: what the body may link to. */
export interface ArticleContext {
  article: ArticlePlan;
  all: readonly ArticlePlan[];
  wizardId?: string;
}

const SCRIPTABLE = new Set(['REG_DWORD', 'REG_SZ']);

/** A link to another article, half of the time to one of its sections, procedures or steps. */
function linkToOther(random: Random, context: ArticleContext): string {
  let other = pick(random, context.all);
  if (other.slug === context.article.slug) other = context.all[(context.all.indexOf(other) + 1) % context.all.length] ?? other;
  const anchors = [...other.sections, ...other.procedures, ...other.procedures.flatMap((procedure) => procedure.steps)];
  if (random() < 0.5) return `[${other.title}](/articles/${other.slug})`;
  const anchor = pick(random, anchors);
  return `[${anchor.title.toLowerCase()}](/articles/${other.slug}#${anchor.id})`;
}

/** What every generated command and value cites, listed in each article's Sources as real articles do. */
const BENCH_SOURCE = 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/fixpath-bench';
// The troubleshooter's fixes cite BENCH_FIX_SOURCE, which must be among their article's Sources.
const SOURCES = [
  '## Sources {#sources}',
  '',
  `- [Generated reference page](${BENCH_SOURCE}): what the generated commands and values cite.`,
  `- [Windows Authentication](${BENCH_FIX_SOURCE}): what the generated troubleshooter's fixes cite.`,
].join('\n');

function registryValue(random: Random, value: (typeof REGISTRY_VALUES)[number]): string {
  const [hive = 'HKEY_LOCAL_MACHINE', ...rest] = value.path.split('\\');
  // Scriptable values that say how to undo them become apply/undo .reg files, as real ones do.
  const undo = !SCRIPTABLE.has(value.type) ? '' : random() < 0.5 ? ' undo="delete"' : value.type === 'REG_DWORD' ? ' undoData="0"' : '';
  return `<RegistryValue hive="${hive}" path="${rest.join('\\')}" name="${value.name}" type="${value.type}" data="${value.data}"${undo} source="${BENCH_SOURCE}" />`;
}

function command(text: string): string {
  const shell = /^[A-Z][a-z]+-[A-Z]/.test(text) ? 'powershell' : 'cmd';
  return `<Command shell="${shell}" source="${BENCH_SOURCE}">\n\n\`\`\`${shell}\n${text}\n\`\`\`\n\n</Command>`;
}

function step(random: Random, context: ArticleContext, planned: PlannedStep): string {
  const { product, error } = context.article;
  const parts: string[] = [];
  if (planned.extra.kind === 'registry') {
    const value = planned.extra.value;
    parts.push(`Double-click **${value.name}** and change its value to \`${value.data}\`.`, registryValue(random, value));
  } else if (planned.extra.kind === 'command') {
    parts.push('Open an elevated Command Prompt and run:', command(planned.extra.command));
  }
  parts.push(paragraph(random, product, error, between(random, 1, 2)));
  if (random() < 0.15) parts.push(`If this step fails, see ${linkToOther(random, context)}.`);
  return `<Step id="${planned.id}" title="${planned.title}">\n\n${parts.join('\n\n')}\n\n</Step>`;
}

function procedure(random: Random, context: ArticleContext, planned: PlannedProcedure): string {
  const steps = planned.steps.map((planned) => step(random, context, planned));
  return `<Steps id="${planned.id}" title="${planned.title}" browsers="any">\n\n${steps.join('\n\n')}\n\n</Steps>`;
}

function callout(random: Random, context: ArticleContext): string {
  const { product, error } = context.article;
  const type = pick(random, ['note', 'warning', 'danger'] as const);
  const title = pick(random, ['What this costs', 'Before you change anything', 'Which versions read this setting', 'Test first']);
  return `<Callout type="${type}" title="${title}">\n\n${paragraph(random, product, error, between(random, 2, 3))}\n\n</Callout>`;
}

function table(random: Random): string {
  const rows = shuffled(random, REGISTRY_VALUES).slice(0, between(random, 3, 5));
  return ['| Value | Type | Data |', '|---|---|---|', ...rows.map((row) => `| \`${row.name}\` | ${row.type} | \`${row.data}\` |`)].join('\n');
}

function httpExchange(random: Random): string {
  const host = pick(random, ['intranet.contoso.com', 'portal.fabrikam.com', 'sp.northwind.com']);
  const message = (from: 'client' | 'server', note: string, lines: string[]) =>
    `<HttpMessage from="${from}" note="${note}">\n\n\`\`\`http\n${lines.join('\n')}\n\`\`\`\n\n</HttpMessage>`;
  return [
    '<HttpExchange>',
    message('client', 'The browser asks for the page without any credentials.', ['GET /app/ HTTP/1.1', `Host: ${host}`]),
    message('server', 'The server refuses and offers its methods.', ['HTTP/1.1 401 Unauthorized', 'WWW-Authenticate: Negotiate', 'WWW-Authenticate: NTLM']),
    message('client', 'The browser answers with a token.', ['GET /app/ HTTP/1.1', `Host: ${host}`, 'Authorization: Negotiate YIIFlQYGKwYBBQUCoIIFiTCCBYWgGTAXBgkqhkiG9xIBAgIG…']),
    '</HttpExchange>',
  ].join('\n\n');
}

function frontmatter(random: Random, context: ArticleContext): string {
  const { article, all } = context;
  const related = shuffled(random, all.filter((other) => other.slug !== article.slug)).slice(0, between(random, 0, 4));
  const data: Record<string, unknown> = {
    title: article.title,
    summary: paragraph(random, article.product, article.error, 2),
    symptoms: [`${article.error} in the ${article.app}`, `${article.app} ${article.symptom}`, ...shuffled(random, SYMPTOMS).slice(0, between(random, 2, 5))],
    appliesTo: [article.product, ...shuffled(random, PRODUCTS).slice(0, between(random, 0, 2))],
    products: article.productSlugs,
    tags: shuffled(random, TAGS).slice(0, between(random, 2, 6)),
    updated: `2026-${String(between(random, 1, 11)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`,
  };
  if (related.length > 0) data.related = related.map((other) => other.slug);
  if (context.wizardId) data.wizard = context.wizardId;
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** The MDX source of one generated article (about 900 words). */
export function renderArticle(random: Random, context: ArticleContext): string {
  const { article } = context;
  const { product, error } = article;
  const blocks: string[] = [];
  article.sections.forEach((section, position) => {
    blocks.push(`${'#'.repeat(section.depth)} ${section.title} {#${section.id}}`);
    blocks.push(paragraph(random, product, error, between(random, 3, 5)));
    if (random() < 0.5) blocks.push(`${sentence(random, product, error)} For the background, see ${linkToOther(random, context)}.`);
    if (random() < 0.3) blocks.push(shuffled(random, SYMPTOMS).slice(0, 3).map((symptom) => `- Users report: ${symptom}.`).join('\n'));
    for (const planned of article.procedures.filter((candidate) => candidate.sectionIndex === position)) {
      blocks.push(procedure(random, context, planned));
    }
    if (position === 1 && random() < 0.6) blocks.push(callout(random, context));
    if (position === 2 && random() < 0.5) blocks.push(`${sentence(random, product, error)}`, command(pick(random, COMMANDS)));
    if (position === 3 && random() < 0.3) blocks.push(`The values involved, and what they are usually set to (${pick(random, ERRORS)} when they are wrong):`, table(random));
    if (position === 4 && random() < 0.25) blocks.push(httpExchange(random));
  });
  blocks.push(SOURCES);
  return `${frontmatter(random, context)}\n${blocks.join('\n\n')}\n`;
}
