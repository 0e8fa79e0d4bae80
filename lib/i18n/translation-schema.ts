import { z } from 'zod';
import { articleFrontmatterSchema, correctionSchema } from '@/lib/content/article-schema';
import { KEBAB_ID_PATTERN } from '@/lib/wizard/ids';
import { REVISION_PATTERN } from './revision';

/** The revision of the English file a translation translates (see revision.ts). */
export const translationOfSchema = z
  .string()
  .regex(REVISION_PATTERN, 'must be the 12 hex digits `npm run content:check -- --revision <English file>` prints');

/**
 * The frontmatter of an article translation (`<slug>.<lang>.mdx`): the revision it translates and
 * the fields a reader reads. Structure (tags, products, related, wizard, redirectFrom, updated)
 * exists once, in the English file, so it is refused here rather than left to drift.
 */
export const articleTranslationFrontmatterSchema = articleFrontmatterSchema
  .pick({ title: true, summary: true, symptoms: true, appliesTo: true })
  .extend({
    translationOf: translationOfSchema,
    /** The English corrections, translated: the same number, in the same order, with the same dates. */
    corrections: z.array(correctionSchema).optional(),
  });

/** Validated frontmatter of an article translation. */
export type ArticleTranslationFrontmatter = z.infer<typeof articleTranslationFrontmatterSchema>;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(KEBAB_ID_PATTERN, 'use the id as the English tree writes it');

/** One answer's words. */
const optionTranslationSchema = z.strictObject({ label: text });

/**
 * One node's words. Which fields a node takes depends on its type in the English tree (a question:
 * prompt, help, options; an outcome: title, summary, body), so that is checked against the tree,
 * where the message can name the node's type.
 */
const nodeTranslationSchema = z.strictObject({
  prompt: text.optional(),
  help: text.optional(),
  options: z.record(id, optionTranslationSchema).optional(),
  title: text.optional(),
  summary: text.optional(),
  body: text.optional(),
});

/**
 * A troubleshooter translation (`<tree>.<lang>.yaml`): only the words, keyed by node id and option
 * id; ids, `next`, browsers, evidence, fixes, redirects and retired options exist once, in the
 * English tree.
 */
export const treeTranslationSchema = z.strictObject({
  translationOf: translationOfSchema,
  title: text,
  summary: text,
  nodes: z.record(id, nodeTranslationSchema),
});

/** A validated troubleshooter translation. */
export type TreeTranslation = z.infer<typeof treeTranslationSchema>;
/** The words of one node of a troubleshooter translation. */
export type NodeTranslation = z.infer<typeof nodeTranslationSchema>;
