import { describe, expect, it } from 'vitest';
import { indexTerm, normaliseTerm, tokenize } from '@/lib/search/terms';

describe('how a word becomes an index term', () => {
  it('lower-cases plain words and folds accents and compatibility forms, so "Café" finds "cafe"', () => {
    expect(normaliseTerm('KERBEROS')).toBe('kerberos');
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(normaliseTerm('Négociation')).toBe('negociation');
    // Full-width letters, as some input methods type them.
    expect(normaliseTerm('Ｋｅｒｂｅｒｏｓ')).toBe('kerberos');
  });

  it('drops stop words, single characters and hash-like tokens', () => {
    expect(normaliseTerm('The')).toBeNull();
    expect(normaliseTerm('R')).toBeNull();
    expect(normaliseTerm('é')).toBeNull();
    expect(normaliseTerm('YIIGhgYGKwYBBQUCoIIGdjCCBnKgMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHqIeBBxO')).toBeNull();
  });

  it('marks numbers, and splits registry paths and status codes into their words', () => {
    expect(tokenize('HKEY_CURRENT_USER\\Software 401.2').map(indexTerm)).toEqual(['hkey', 'current', 'user', 'software', '#401', null]);
  });
});
