import { z } from 'zod';
import { BROWSER_IDS } from '../browser-scope';
import { EVIDENCE_IDS } from '../capture-evidence';
import { HTTPS_URL_PATTERN, KEBAB_ID_PATTERN } from './ids';

// One factory so every id field carries the same pattern but its own editor help text.
function kebabId(description: string) {
  return z.string().regex(KEBAB_ID_PATTERN).describe(description);
}

function text(description: string) {
  return z.string().min(1).describe(description);
}

// A list rather than one id: "Internet Explorer or Edge in IE mode" is one answer for two browsers.
export const browserScopeSchema = z
  .union([z.literal('any'), z.array(z.enum(BROWSER_IDS)).min(1)])
  .describe(
    `The browsers this answer means: 'any', or a list of ${BROWSER_IDS.join(', ')}. A path's browsers are those every ` +
      "answer along it allows; each fix must cover them. On the first question, give it on every option or on none.",
  );

// Read by /diagnose: what in a captured sign-in means this answer or this outcome.
export const evidenceSchema = z
  .array(z.enum(EVIDENCE_IDS))
  .min(1)
  .describe(
    `What in a captured sign-in (pasted headers, a HAR file) means this, for /diagnose: any of ${EVIDENCE_IDS.join(', ')}. ` +
      'When the evidence of two options of a question holds, the one earlier in that list wins. See docs/authoring.md.',
  );

export const outcomeFixSchema = z
  .strictObject({
    article: kebabId('Slug of the article that holds the fix steps (content/articles/<slug>.mdx).'),
    procedure: kebabId(
      'Id of a <Steps id="…"> procedure, or any heading anchor, in that article. The steps live there only. ' +
        'In a tree whose options declare browsers it must be a <Steps> procedure whose browsers cover every path here.',
    ),
    source: z
      .string()
      .regex(HTTPS_URL_PATTERN)
      .describe(
        'The https:// URL of the published documentation that defines this fix (learn.microsoft.com, chromium.org, …). ' +
          'The article must list it under Sources.',
      ),
  })
  .meta({ title: 'Fix', description: 'Where the fix for this outcome is written: an article and a procedure in it.' });

export const wizardOptionSchema = z
  .strictObject({
    id: kebabId('Stable id of this answer, unique within the question. It appears in shared links: never reuse it.'),
    label: text('The answer as the user reads it.'),
    next: kebabId('Id of the node this answer leads to.'),
    browsers: browserScopeSchema.optional(),
    evidence: evidenceSchema.optional(),
  })
  .meta({ title: 'Option', description: 'One answer to a question.' });

export const questionNodeSchema = z
  .strictObject({
    id: kebabId('Stable id of this step. It appears in URLs: rename only with an entry in redirects.'),
    type: z.literal('question').describe('A question the user answers by picking one option.'),
    prompt: text('The question, as one sentence.'),
    help: z.string().optional().describe('Optional Markdown shown under the question: how to find the answer.'),
    // An empty list is allowed here so the graph check can report it with the node's id and line.
    options: z.array(wizardOptionSchema).describe('The possible answers, in the order they are shown.'),
  })
  .meta({ title: 'Question', description: 'A step that asks one question.' });

export const outcomeNodeSchema = z
  .strictObject({
    id: kebabId('Stable id of this step. It appears in URLs: rename only with an entry in redirects.'),
    type: z.literal('outcome').describe('A result: the cause found and what to do about it.'),
    title: text('The cause or the fix, as a short heading.'),
    summary: text('One or two sentences.'),
    body: z.string().optional().describe('Optional Markdown: more detail, or where to go next.'),
    fix: outcomeFixSchema.optional(),
    evidence: evidenceSchema.optional(),
  })
  .meta({ title: 'Outcome', description: 'A step that ends the troubleshooter.' });

export const wizardNodeSchema = z
  .discriminatedUnion('type', [questionNodeSchema, outcomeNodeSchema])
  .meta({ title: 'Node', description: 'A question or an outcome.' });

export const wizardTreeSchema = z
  .strictObject({
    // JSON trees point editors at the schema this way; YAML trees use the modeline comment instead.
    $schema: z.string().optional().describe('Path to wizard.schema.json, for editors (JSON trees only).'),
    id: kebabId('Id of the tree; must equal the file name without extension. It appears in URLs.'),
    version: z
      .number()
      .int()
      .min(1)
      .describe('Integer from 1; bump it when steps change meaning so saved progress is discarded.'),
    title: text('The problem, as a user would say it.'),
    summary: text('One or two sentences shown on lists and on the first step.'),
    article: kebabId('Optional slug of the main article for this problem.').optional(),
    start: kebabId('Id of the first node.'),
    nodes: z.array(wizardNodeSchema).describe('Every question and outcome of the tree.'),
    redirects: z
      .record(kebabId('An id that once existed.'), kebabId('The id of the node that replaces it.'))
      .optional()
      .describe('Old step id → current node id, so links that were published keep working.'),
    retiredOptions: z
      .record(
        kebabId('Id of the question that offered the options: a live question, or an old id listed in redirects.'),
        z.array(kebabId('Id of an option the question no longer offers.')).min(1),
      )
      .optional()
      .describe(
        'Question id → option ids no longer offered. A link that gave one of them is sent back to that question ' +
          'with a notice, never to a guessed answer. Never reuse a retired id for a new option; bump version.',
      ),
  })
  .meta({ title: 'Fixpath troubleshooter', description: 'One decision tree: questions, outcomes and redirects.' });

/** A whole decision tree as validated from one `content/wizards/<id>.yaml` file. */
export type WizardTree = z.infer<typeof wizardTreeSchema>;
/** A question or an outcome; narrow on `type`. */
export type WizardNode = z.infer<typeof wizardNodeSchema>;
/** A step that asks one question and offers options. */
export type QuestionNode = z.infer<typeof questionNodeSchema>;
/** A step that ends the troubleshooter with a result. */
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;
/** One answer to a question, leading to the node `next`. */
export type WizardOption = z.infer<typeof wizardOptionSchema>;
/** The browsers an option means, as written in the tree. */
export type OptionBrowsers = z.infer<typeof browserScopeSchema>;
/** What in a captured sign-in answers an option or points to an outcome, as written in the tree. */
export type DeclaredEvidence = z.infer<typeof evidenceSchema>;
/** Where an outcome's fix is written: an article, a procedure (or anchor) in it, and its published source. */
export type OutcomeFix = z.infer<typeof outcomeFixSchema>;
