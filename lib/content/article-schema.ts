import { z } from 'zod';
import { PRODUCT_SLUGS } from './products';
import { KEBAB_ID_PATTERN } from '@/lib/wizard/ids';

/** A slug or id as it appears in URLs: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(KEBAB_ID_PATTERN, 'use lower-case words joined by hyphens, for example "windows-auth-fails"');

const isoDate = z.union([
  z.iso.date({ message: 'use a date written YYYY-MM-DD' }),
  // YAML 1.1 parsers turn bare dates into Date objects; accept those too.
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** A dated change of advice, shown near the top of the article so people who followed the old advice see it. */
export const correctionSchema = z.strictObject({
  date: isoDate,
  /** What advice changed, in a sentence or two. */
  changed: nonEmptyText,
  /** What to do if you followed the earlier advice. */
  ifYouFollowed: nonEmptyText,
});

/** One correction of an article. */
export type Correction = z.infer<typeof correctionSchema>;

/** The YAML frontmatter every article starts with. */
export const articleFrontmatterSchema = z.strictObject({
  title: nonEmptyText,
  summary: nonEmptyText,
  symptoms: z.array(nonEmptyText).min(1, 'list at least one symptom a user would type'),
  appliesTo: z.array(nonEmptyText).min(1, 'list at least one product, browser or server'),
  tags: z.array(slugSchema).min(1, 'add at least one tag'),
  updated: isoDate,
  products: z
    .array(z.enum(PRODUCT_SLUGS, { message: `use one of: ${PRODUCT_SLUGS.join(', ')}` }))
    .default([]),
  related: z.array(slugSchema).default([]),
  wizard: slugSchema.optional(),
  /** Old slugs of this article: `/articles/<old>` answers 308 to this one, so published links keep working. */
  redirectFrom: z.array(slugSchema).default([]),
  corrections: z.array(correctionSchema).default([]),
});

/** Validated article frontmatter. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
