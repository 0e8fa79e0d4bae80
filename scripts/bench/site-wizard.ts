/**
 * A generated troubleshooter of about 200 nodes in the shape of content/wizards/windows-auth-login.yaml:
 * questions with two to four answers, outcomes that point at a generated article's procedure, help
 * and body Markdown with links. Built breadth first, so it is a few questions deep like real trees.
 */
import { stringify } from 'yaml';
import type { OutcomeNode, QuestionNode, WizardNode, WizardTree } from '../../lib/wizard/schema';
import { stepPath } from '../../lib/paths';
import { kebab, type ArticlePlan } from './site-plan';
import { between, paragraph, pick, type Random } from './text';
import { CONCEPTS, ERRORS, PRODUCTS, SYMPTOMS } from './vocabulary';

export const GENERATED_TREE_ID = 'sign-in-fails-at-scale';

const QUESTION_STEMS = [
  (concept: string) => `Is ${concept} set up the way the server expects?`,
  (concept: string) => `What do you see when you check ${concept}?`,
  (concept: string) => `Did anything change in ${concept} recently?`,
  (concept: string) => `Where does ${concept} fail?`,
];

function question(random: Random, number: number): QuestionNode {
  const concept = pick(random, CONCEPTS);
  const prompt = pick(random, QUESTION_STEMS)(concept);
  const node: QuestionNode = { id: `${kebab(prompt, 40)}-q${number}`, type: 'question', prompt, options: [] };
  if (random() < 0.5) node.help = paragraph(random, pick(random, PRODUCTS), pick(random, ERRORS), 2);
  return node;
}

/** The source every generated fix names; generated articles list it under Sources. */
export const BENCH_FIX_SOURCE = 'https://learn.microsoft.com/en-us/iis/configuration/system.webserver/security/authentication/windowsauthentication/';

function outcome(random: Random, number: number, articles: readonly ArticlePlan[]): OutcomeNode {
  const article = pick(random, articles);
  const procedure = pick(random, article.procedures);
  const title = `${procedure.title} (${article.error})`;
  const node: OutcomeNode = {
    id: `${kebab(procedure.title, 40)}-o${number}`,
    type: 'outcome',
    title,
    summary: paragraph(random, article.product, article.error, 2),
    // The corpus is invented, so its fixes cite one stable documentation address rather than made-up pages.
    fix: { article: article.slug, procedure: procedure.id, source: BENCH_FIX_SOURCE },
  };
  if (random() < 0.5) {
    const section = pick(random, article.sections);
    node.body = `${paragraph(random, article.product, article.error, 2)}\n\nFirst [${section.title.toLowerCase()}](/articles/${article.slug}#${section.id}), then follow the steps below.\n`;
  }
  return node;
}

/** Answer labels must differ within a question; the counter settles the rare clash. */
function optionLabel(random: Random, taken: Set<string>): string {
  let label = random() < 0.5 ? `Yes: it ${pick(random, SYMPTOMS)}.` : `No, I see ${pick(random, ERRORS)} instead.`;
  for (let n = 2; taken.has(label); n += 1) label = `${label.replace(/ \(\d+\)$/, '')} (${n})`;
  taken.add(label);
  return label;
}

/** A tree of about `targetNodes` nodes whose outcomes fix things in `articles`. */
export function generateWizardTree(random: Random, articles: readonly ArticlePlan[], targetNodes = 205): WizardTree {
  const questionBudget = Math.round(targetNodes * 0.35);
  const nodes: WizardNode[] = [];
  const outcomes: OutcomeNode[] = [];
  const queue: QuestionNode[] = [];
  let questions = 1;
  const start = question(random, questions);
  nodes.push(start);
  queue.push(start);

  for (let current = queue.shift(); current; current = queue.shift()) {
    const labels = new Set<string>();
    const count = between(random, 2, 4);
    for (let position = 0; position < count; position += 1) {
      let next: WizardNode;
      if (questions < questionBudget && random() < 0.6) {
        questions += 1;
        const asked = question(random, questions);
        queue.push(asked);
        next = asked;
      } else if (outcomes.length > 8 && random() < 0.1) {
        next = pick(random, outcomes); // several paths end at the same fix, as in real trees
      } else {
        const found = outcome(random, outcomes.length + 1, articles);
        outcomes.push(found);
        next = found;
      }
      if (next.type === 'outcome' && !nodes.includes(next)) nodes.push(next);
      else if (next.type === 'question') nodes.push(next);
      current.options.push({ id: `answer-${position + 1}`, label: optionLabel(random, labels), next: next.id });
    }
  }

  const main = articles[0];
  return {
    id: GENERATED_TREE_ID,
    version: 1,
    title: 'Sign-in to an intranet site fails: find the cause among every known one',
    summary: 'Answer questions about what fails, where and since when, and get to the procedure that fixes your case.',
    ...(main ? { article: main.slug } : {}),
    start: start.id,
    nodes,
    redirects: {},
  };
}

/** The tree as YAML, with the modeline editors use to check it against wizard.schema.json. */
export function renderWizardYaml(tree: WizardTree): string {
  return `# yaml-language-server: $schema=./wizard.schema.json\n${stringify(tree, { lineWidth: 0 })}`;
}

/** The link to the question `depth` answers into the tree (first answers), with those answers. */
export function stepPathAtDepth(tree: WizardTree, depth: number): string {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  let node = byId.get(tree.start);
  const answers: { questionId: string; optionId: string }[] = [];
  while (node?.type === 'question' && answers.length < depth) {
    const option = node.options.find((candidate) => byId.get(candidate.next)?.type === 'question') ?? node.options[0];
    if (!option) break;
    answers.push({ questionId: node.id, optionId: option.id });
    node = byId.get(option.next);
  }
  return stepPath(tree.id, node?.id ?? tree.start, answers);
}
