import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Messages } from './messages/en';
import { accent } from './pseudo-language';

export { PSEUDO_LANGUAGE, pseudoLanguageEnabled } from './pseudo-language';

/**
 * A pseudo-language for tests only: every catalogue message accented and about 30 % longer, so a
 * browser test spots text that did not come from the catalogue (it has no accents and no ⟦ ⟧) and
 * layouts that break with longer words. Arguments (`{count}`), plural and select syntax, `#` and
 * rich-text tags are kept exactly: only the words around them change. It is registered as a site
 * language only when the build is made with FIXPATH_PSEUDO_LOCALE=1 (see `PSEUDO_LANGUAGE`).
 */

/** How much longer a pseudo message is than its English: German runs about this much longer. */
const GROWTH = 0.3;
const OPEN = '⟦';
const CLOSE = '⟧';

/** The literal text of a message, arguments and tags left out: what the growth is measured on. */
function literalLength(elements: readonly MessageFormatElement[]): number {
  return elements.reduce((sum, element) => {
    if (element.type === TYPE.literal) return sum + element.value.length;
    if (element.type === TYPE.tag) return sum + literalLength(element.children);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      // The longest option is what a reader may see.
      return sum + Math.max(0, ...Object.values(element.options).map((option) => literalLength(option.value)));
    }
    return sum;
  }, 0);
}

function accentElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: accentElements(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentElements(option.value) }]));
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** One ICU message in the pseudo-language: ⟦accented words, padded⟧ with its arguments and tags untouched. */
export function pseudoLocalize(message: string): string {
  const elements = parse(message);
  const padding = '·'.repeat(Math.ceil(literalLength(elements) * GROWTH));
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return printAST([literal(OPEN), ...accentElements(elements), literal(`${padding}${CLOSE}`)]);
}

type Catalogue = { [key: string]: string | Catalogue };

function pseudoOf(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalize(value) : pseudoOf(value)]));
}

/** The whole English catalogue in the pseudo-language, key for key. */
export function pseudoCatalogue(english: Messages): Messages {
  return pseudoOf(english) as Messages;
}
