import { z } from 'zod';
import { KEBAB_ID_PATTERN } from './ids';

const id = z.string().regex(KEBAB_ID_PATTERN);

export const wizardAnswerSchema = z.strictObject({ questionId: id, optionId: id }).readonly();

// Exported so a persisted session (localStorage, a form post) can be checked before it is replayed.
export const wizardSessionSchema = z
  .strictObject({
    treeId: id,
    version: z.number().int().min(1),
    answers: z.array(wizardAnswerSchema).readonly(),
  })
  .readonly();

/** One answer given: which option was picked for which question. */
export type WizardAnswer = z.infer<typeof wizardAnswerSchema>;

/**
 * A user's progress through one tree version. It holds only the answers: the current node is
 * derived by replaying them from the start, so a session can never disagree with its answers.
 */
export type WizardSession = z.infer<typeof wizardSessionSchema>;
