/**
 * Writes the site bench's content folder: a copy of the real content/ plus the generated articles
 * and troubleshooter, so the build sees real and generated pages side by side.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../lib/seeded-random';
import type { WizardTree } from '../../lib/wizard/schema';
import { renderArticle } from './site-article';
import { planArticles, type ArticlePlan } from './site-plan';
import { generateWizardTree, renderWizardYaml } from './site-wizard';

/** What the measurements need to know about the corpus they run against. */
export interface SiteCorpus {
  dir: string;
  articles: ArticlePlan[];
  tree: WizardTree;
  /** Words in the generated article bodies, to show they are the intended ~900. */
  meanWords: number;
}

const wordsOf = (mdx: string) => mdx.split(/\s+/).filter((word) => /[a-z]/i.test(word) && !/[<>=]/.test(word)).length;

/** Copies `sourceContent` to `dir` and adds `count` generated articles and one ~200-node tree. */
export function writeSiteCorpus(sourceContent: string, dir: string, count: number, seed = 20261128): SiteCorpus {
  const random = seededRandom(seed);
  cpSync(sourceContent, dir, { recursive: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'wizards'), { recursive: true });

  const articles = planArticles(random, count);
  const tree = generateWizardTree(random, articles);
  writeFileSync(path.join(dir, 'wizards', `${tree.id}.yaml`), renderWizardYaml(tree));

  let words = 0;
  articles.forEach((article, index) => {
    // The tree's main article and one in twenty offer the troubleshooter, as real articles do.
    const wizardId = index === 0 || index % 20 === 0 ? tree.id : undefined;
    const mdx = renderArticle(random, { article, all: articles, wizardId });
    words += wordsOf(mdx.slice(mdx.indexOf('---', 3)));
    writeFileSync(path.join(dir, 'articles', `${article.slug}.mdx`), mdx);
  });
  return { dir, articles, tree, meanWords: Math.round(words / Math.max(1, count)) };
}

/**
 * Changes one sentence of one article, as an author fixing a typo would, for the rebuild figure.
 * Returns the file changed.
 */
export function editOneSentence(corpus: SiteCorpus, article: ArticlePlan): string {
  const file = path.join(corpus.dir, 'articles', `${article.slug}.mdx`);
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const body = source.indexOf('\n---\n') + 5;
  // The first prose line after the frontmatter: not a heading, component or list.
  const index = lines.findIndex((line, position) => position > source.slice(0, body).split('\n').length && /^[A-Z]/.test(line));
  if (index === -1) throw new Error(`no sentence to edit in ${file}`);
  lines[index] = lines[index]!.replace(/^[^.]*\./, 'This sentence was changed to measure a rebuild after one edit.');
  writeFileSync(file, lines.join('\n'));
  return file;
}
