/**
 * The outline of every generated article, decided before any body is written, so bodies can link
 * to any other article's headings and procedures and the troubleshooter can point at real fixes.
 */
import type { ProductSlug } from '../../lib/content/products';
import { articleIdentity, productIdsOf } from './article-identity';
import { between, pick, shuffled, type Random } from './text';
import { COMMANDS, CONCEPTS, HEADINGS, OBJECTS, REGISTRY_VALUES, VERBS } from './vocabulary';

/** What a procedure step shows besides its prose. */
export type StepExtra =
  | { kind: 'registry'; value: (typeof REGISTRY_VALUES)[number] }
  | { kind: 'command'; command: string }
  | { kind: 'prose' };

/** One `<Step>`: its explicit id, its title and what it shows. */
export interface PlannedStep {
  id: string;
  title: string;
  extra: StepExtra;
}

/** One `<Steps>` procedure, placed under the section `sectionIndex`. */
export interface PlannedProcedure {
  id: string;
  title: string;
  sectionIndex: number;
  steps: PlannedStep[];
}

/** A `##` or `###` heading with its explicit `{#id}`. */
export interface PlannedSection {
  id: string;
  title: string;
  depth: 2 | 3;
}

/** Everything about an article that other files may refer to. */
export interface ArticlePlan {
  slug: string;
  title: string;
  product: string;
  app: string;
  error: string;
  symptom: string;
  productSlugs: ProductSlug[];
  sections: PlannedSection[];
  procedures: PlannedProcedure[];
}

/** A URL-safe id from any title (the content check wants lower-case words joined by hyphens). */
export function kebab(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** Ids must be unique within an article (headings, procedures and steps share one namespace). */
function idAllocator() {
  const used = new Set<string>();
  return (title: string) => {
    const base = kebab(title, 48) || 'section';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function plannedStep(random: Random, allocate: (title: string) => string): PlannedStep {
  const roll = random();
  if (roll < 0.22) {
    const value = pick(random, REGISTRY_VALUES);
    const title = `Set ${value.name} to ${value.data}`;
    return { id: allocate(title), title, extra: { kind: 'registry', value } };
  }
  if (roll < 0.45) {
    const command = pick(random, COMMANDS);
    const title = `Run ${command.split(' ')[0]}`;
    return { id: allocate(title), title, extra: { kind: 'command', command } };
  }
  const title = `${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  return { id: allocate(title), title, extra: { kind: 'prose' } };
}

function plan(random: Random, index: number): ArticlePlan {
  const { product, app, error, symptom, title } = articleIdentity(random);
  const allocate = idAllocator();
  const sections: PlannedSection[] = shuffled(random, HEADINGS)
    .slice(0, between(random, 6, 8))
    .map((heading, position) => ({ id: allocate(heading), title: heading, depth: position > 0 && random() < 0.2 ? 3 : 2 }));
  const procedures: PlannedProcedure[] = Array.from({ length: between(random, 1, 3) }, (_, position) => {
    const procedureTitle = `${pick(random, VERBS)} ${pick(random, CONCEPTS)} on ${product}`;
    return {
      id: allocate(procedureTitle),
      title: procedureTitle,
      // Procedures sit under the first sections, as "Confirm the cause" and "Solution" do in real articles.
      sectionIndex: Math.min(position * 2 + 1, sections.length - 1),
      steps: Array.from({ length: between(random, 3, 7) }, () => plannedStep(random, allocate)),
    };
  });
  return {
    slug: `${kebab(title)}-${index}`,
    title,
    product,
    app,
    error,
    symptom,
    productSlugs: productIdsOf(product),
    sections,
    procedures,
  };
}

/** The outlines of `count` generated articles, from a fixed seed. */
export function planArticles(random: Random, count: number): ArticlePlan[] {
  return Array.from({ length: count }, (_, index) => plan(random, index + 1));
}
