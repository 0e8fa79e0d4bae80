/**
 * Plain HTML forms send strings; these turn them into the JSON shapes the schemas check, so both
 * ways in are validated by the same zod schema. Missing fields stay undefined and zod names them.
 */
function field(form: URLSearchParams, name: string): string | undefined {
  return form.get(name) ?? undefined;
}

function integer(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : value;
}

function yesNo(value: string | undefined): boolean | string | undefined {
  return value === 'yes' ? true : value === 'no' ? false : value;
}

/**
 * A vote form: kind, article or tree/treeVersion/outcome, helpful=yes|no (the pressed button) and
 * the page's language.
 */
export function voteFromForm(form: URLSearchParams): unknown {
  const helpful = yesNo(field(form, 'helpful'));
  const language = field(form, 'language');
  if (field(form, 'kind') === 'outcome') {
    return {
      kind: 'outcome',
      tree: field(form, 'tree'),
      treeVersion: integer(field(form, 'treeVersion')),
      outcome: field(form, 'outcome'),
      helpful,
      language,
    };
  }
  return { kind: field(form, 'kind'), article: field(form, 'article'), helpful, language };
}

/** A comment form: the vote's id and the text. */
export function commentFromForm(form: URLSearchParams): unknown {
  return { id: field(form, 'id'), comment: field(form, 'comment') };
}
