import GithubSlugger from 'github-slugger';
import type { Anchor } from '../../lib/content/remark-anchors';
import type { SectionText } from '../../lib/content/remark-section-text';
import type { OutlinedArticle } from '../../lib/content/validated-content';
import { seededRandom } from '../../lib/seeded-random';
import { articleIdentity, productIdsOf } from './article-identity';
import { between, paragraph, pick, sentence, shuffled, type Random } from './text';
import { COMMANDS, CONCEPTS, ERRORS, HEADINGS, OBJECTS, REGISTRY_VALUES, SYMPTOMS, VERBS } from './vocabulary';

function stepText(random: Random, product: string, error: string): { title: string; text: string } {
  const roll = random();
  if (roll < 0.2) {
    const value = pick(random, REGISTRY_VALUES);
    return {
      title: `Set ${value.name} to ${value.data}`,
      text: `Double-click ${value.name} and change its value to ${value.data}. ${value.path} ${value.name} ${value.type} ${value.data}`,
    };
  }
  if (roll < 0.4) {
    const command = pick(random, COMMANDS);
    return { title: `Run ${command.split(' ')[0]}`, text: `Open an elevated Command Prompt and run: ${command} ${sentence(random, product, error)}` };
  }
  return { title: `${pick(random, VERBS)} ${pick(random, OBJECTS)}`, text: paragraph(random, product, error, between(random, 1, 3)) };
}

/** One article: frontmatter, 5–9 sections and 1–3 procedures of 3–8 steps, as the compiler would outline it. */
function article(random: Random, index: number): OutlinedArticle {
  const { product, app, error, symptom, title } = articleIdentity(random);
  const slugger = new GithubSlugger();
  const anchors: Anchor[] = [];
  const sections: SectionText[] = [];
  let line = 10;
  const addAnchor = (kind: Anchor['kind'], heading: string, text: string, level: number) => {
    const id = slugger.slug(heading);
    anchors.push({ id, kind, title: heading, line: (line += 4), level });
    sections.push({ anchorId: id, text });
  };

  const headings = shuffled(random, HEADINGS).slice(0, between(random, 5, 9));
  const procedures = between(random, 1, 3);
  headings.forEach((heading, position) => {
    addAnchor('heading', heading, paragraph(random, product, error, between(random, 2, 7)), random() < 0.8 ? 2 : 3);
    if (position >= procedures) return;
    addAnchor('procedure', `${pick(random, VERBS)} ${pick(random, CONCEPTS)} on ${product}`, '', 0);
    const steps = between(random, 3, 8);
    for (let number = 1; number <= steps; number += 1) {
      const step = stepText(random, product, error);
      addAnchor('step', step.title, step.text, number);
    }
  });

  return {
    slug: `${slugger.slug(title).slice(0, 60)}-${index}`,
    title,
    summary: paragraph(random, product, error, 2),
    products: productIdsOf(product),
    // What its readers type: its own error and application first, then a few symptoms any article may share.
    symptoms: [
      `${error} in the ${app}`,
      `${app} ${symptom}`,
      ...Array.from({ length: between(random, 2, 6) }, () => (random() < 0.3 ? `${pick(random, ERRORS)} in ${product}` : pick(random, SYMPTOMS))),
    ],
    anchors,
    sections,
  };
}

/** A deterministic corpus of `count` support articles. */
export function generateCorpus(count: number, seed = 20261128): OutlinedArticle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => article(random, index + 1));
}
