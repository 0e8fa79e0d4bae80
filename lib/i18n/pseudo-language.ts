/**
 * The test-only pseudo-language's id, switch and letters, apart from the catalogue's generator
 * (pseudo.ts, which needs the ICU message parser): the site's languages, the search index and the
 * date formatter use these in the browser too, and must not pull the parser in with them.
 */

/** The pseudo-language's id: the tag CLDR reserves for pseudo-accented English, so Intl formats it as English. */
export const PSEUDO_LANGUAGE = 'en-XA';

/**
 * Whether this build serves the pseudo-language (set only by the test build). The variable is read
 * by its literal name: next.config.mjs's `env` inlines it into the browser bundle too, so server and
 * client agree on the site's languages.
 */
export function pseudoLanguageEnabled(env?: Readonly<Record<string, string | undefined>>): boolean {
  return (env ? env.FIXPATH_PSEUDO_LOCALE : process.env.FIXPATH_PSEUDO_LOCALE) === '1';
}

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Text with its letters accented: the pseudo-language's look. */
export function accent(text: string): string {
  return [...text].map((character) => ACCENTED[character] ?? character).join('');
}
