import { describe, expect, it } from 'vitest';
import { pluralFor, pluralTextOf } from '@/lib/i18n/client-text';

// The forms the server writes for "Result after N answers", as the step's islands receive them.
const english = pluralTextOf('en', (count) => (count === 1 ? `Result after ${count} answer` : `Result after ${count} answers`));
const german = pluralTextOf('de', (count) => (count === 1 ? `Ergebnis nach ${count} Antwort` : `Ergebnis nach ${count} Antworten`));

describe('pluralFor', () => {
  it('picks each language’s form and writes the number its way, whichever language came first', () => {
    // Alternated: the rules and number format kept for one language must never answer for the other.
    expect(pluralFor(english, 1)).toBe('Result after 1 answer');
    expect(pluralFor(german, 1)).toBe('Ergebnis nach 1 Antwort');
    expect(pluralFor(english, 1200)).toBe('Result after 1,200 answers');
    expect(pluralFor(german, 1200)).toBe('Ergebnis nach 1.200 Antworten');
    expect(pluralFor(german, 3)).toBe('Ergebnis nach 3 Antworten');
    expect(pluralFor(english, 3)).toBe('Result after 3 answers');
  });
});
