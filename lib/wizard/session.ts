import { z } from 'zod';
import { KEBAB_ID_PATTERN } from './ids';

const id = z.string().regex(KEBAB_ID_PATTERN);

export const wizardAnswerSchema = z.strictObject({ questionId: id, optionId: id }).readonly();

const sessionShape = {
  treeId: id,
  version: z.number().int().min(1),
  answers: z.array(wizardAnswerSchema).readonly(),
};

// Exported so a persisted session (localStorage, a form post) can be checked before it is replayed.
export const wizardSessionSchema = z.strictObject(sessionShape).readonly();

/**
 * A session as the tab keeps it, with the step it had reached: the start page offers to resume it
 * before (and without) fetching the tree.
 */
export const savedWizardSessionSchema = z.strictObject({ ...sessionShape, stepId: id }).readonly();

/** One answer given: which option was picked for which question. */
export type WizardAnswer = z.infer<typeof wizardAnswerSchema>;

/**
 * A user's progress through one tree version. It holds only the answers: the current node is
 * derived by replaying them from the start, so a session can never disagree with its answers.
 */
export type WizardSession = z.infer<typeof wizardSessionSchema>;

/** A session and the step it reached, as the tab saves it. */
export type SavedWizardSession = z.infer<typeof savedWizardSessionSchema>;
