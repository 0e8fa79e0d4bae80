/**
 * How a search is stored and counted: one spelling per query, and nothing that names a person.
 * Pure and small: the header's search box ships it to compare the queries it records.
 */

/** Longest query kept, after folding; longer ones are cut (a pasted log line is not a search to count). */
export const SEARCH_QUERY_MAX_LENGTH = 100;

// People paste what is in front of them: an address or a DOMAIN\user account says who they are,
// not what they looked for.
const EMAIL = /\S+@\S+\.\S+/g;
const ACCOUNT = /\b[\w.-]+\\[\w.$-]+/g;

/**
 * Folds case, diacritics ("Kerbéros" → "kerberos") and whitespace, and replaces e-mail addresses
 * and `DOMAIN\user` accounts with a placeholder, so the same search typed two ways counts once and
 * no visitor is named. Empty when nothing is left.
 */
export function normalizeSearchQuery(query: string): string {
  const folded = query
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(EMAIL, '[email]')
    .replace(ACCOUNT, '[account]')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(folded).slice(0, SEARCH_QUERY_MAX_LENGTH).join('').trimEnd();
}
