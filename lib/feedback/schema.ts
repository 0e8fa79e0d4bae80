import { z } from 'zod';
import { SITE_LANGUAGES } from '@/lib/i18n/site-languages';
import { KEBAB_ID_PATTERN } from '@/lib/wizard/ids';
import { COMMENT_MAX_LENGTH } from './limits';
import { normalizeSearchQuery } from './search-query';

const id = z.string().regex(KEBAB_ID_PATTERN, 'must be a lower-case id such as "fix-iis-providers"');

const comment = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(COMMENT_MAX_LENGTH, `must be at most ${COMMENT_MAX_LENGTH} characters`);

/**
 * The site language of the page the event came from. A page still open from before pages had
 * languages sends none, and every such page was English.
 */
const language = z
  .enum(SITE_LANGUAGES, { error: `must be one of the site's languages: ${SITE_LANGUAGES.join(', ')}` })
  .default('en');

export const articleVoteSchema = z.strictObject({
  kind: z.literal('article'),
  article: id,
  helpful: z.boolean(),
  language,
});

export const outcomeVoteSchema = z.strictObject({
  kind: z.literal('outcome'),
  tree: id,
  treeVersion: z.int().min(1),
  outcome: id,
  /** For an outcome, "helpful" means "this solved my problem". */
  helpful: z.boolean(),
  language,
});

/** Body of `POST /api/feedback`: one yes/no answer about an article or a troubleshooter outcome. */
export const feedbackVoteSchema = z.discriminatedUnion('kind', [articleVoteSchema, outcomeVoteSchema]);

/** Body of `POST /api/feedback/comment`: the optional comment that follows a vote, by the vote's id. */
export const feedbackCommentSchema = z.strictObject({ id: z.uuid(), comment });

export const stepViewSchema = z.strictObject({
  type: z.literal('step-view'),
  tree: id,
  treeVersion: z.int().min(1),
  step: id,
  /** A random id made per browser tab: it links the steps of one visit and nothing else. */
  session: z.uuid(),
  /** Order of the view within the session, so the last step reached is known without clocks. */
  seq: z.int().min(0).max(1_000_000),
  language,
});

/** A search as typed; stored folded (case, diacritics, spaces) and without addresses or accounts. */
const searchQuery = z
  .string()
  .max(1000, 'must be at most 1000 characters')
  .transform(normalizeSearchQuery)
  .refine((query) => query !== '', 'must contain a word');

/** A settled search in the header's box (never each keystroke), with how many results it showed. */
export const searchEventSchema = z.strictObject({
  type: z.literal('search'),
  query: searchQuery,
  results: z.int().min(0).max(1000),
  language,
});

/** A reader opened one of a search's results, in the box or on the /search page. */
export const searchOpenedEventSchema = z.strictObject({
  type: z.literal('search-opened'),
  query: searchQuery,
  language,
});

/** Most events one request may carry; a tab sends one per step, a retry queue a few. */
export const MAX_EVENTS_PER_REQUEST = 50;

/**
 * Body of `POST /api/events`: step views, or search events, stored all together or not at all.
 * The two go to different tables, so one batch holds one kind.
 */
export const eventsBatchSchema = z
  .strictObject({
    events: z
      .array(z.discriminatedUnion('type', [stepViewSchema, searchEventSchema, searchOpenedEventSchema]))
      .min(1)
      .max(MAX_EVENTS_PER_REQUEST),
  })
  .refine(
    ({ events }) => events.every((event) => event.type === 'step-view') || events.every((event) => event.type !== 'step-view'),
    { message: 'a batch holds either step views or search events, not both', path: ['events'] },
  );

/** One yes/no answer; narrow on `kind`. */
export type FeedbackVote = z.infer<typeof feedbackVoteSchema>;
/** A comment to attach to an earlier vote. */
export type FeedbackComment = z.infer<typeof feedbackCommentSchema>;
/** One anonymous troubleshooter step view. */
export type StepView = z.infer<typeof stepViewSchema>;
/** A valid body of `POST /api/events`, queries already folded. */
export type EventsBatch = z.infer<typeof eventsBatchSchema>;
