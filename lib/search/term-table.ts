import { shardPrefix } from './sharded-format';

/** Fields a match is scored on, by id. A title or symptom match outranks the same words in a section's text. */
export const FIELDS = ['title', 'symptoms', 'heading', 'text'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_BOOSTS: Record<FieldName, number> = { title: 3, symptoms: 3, heading: 2, text: 1 };

/**
 * One term's postings in one field: ascending document ids, with each one's term frequency and
 * length of that field. The browser holds them in typed arrays (sharded-client.ts), the server's
 * build in plain arrays.
 */
export interface FieldPostings {
  field: number;
  docs: ArrayLike<number>;
  frequencies: ArrayLike<number>;
  lengths: ArrayLike<number>;
}

/** What BM25 needs of the whole index besides postings. */
export interface IndexStats {
  documentCount: number;
  /** Mean length of each field over all documents, by field id. */
  averageFieldLength: readonly number[];
}

/**
 * Terms and their postings, grouped by the first letters that choose a shard, so a prefix or a typo
 * is looked up among the terms of one group. The server fills it with every term; the browser adds
 * a shard's terms when it arrives, and both rank from it with the same code.
 */
export class TermTable {
  private readonly postings = new Map<string, FieldPostings[]>();
  private readonly groups = new Map<string, string[]>();
  private readonly sorted = new Set<string>();

  add(term: string, postings: FieldPostings[]): void {
    if (this.postings.has(term)) return;
    this.postings.set(term, postings);
    const prefix = shardPrefix(term);
    const group = this.groups.get(prefix);
    if (group) group.push(term);
    else this.groups.set(prefix, [term]);
    this.sorted.delete(prefix);
  }

  get(term: string): FieldPostings[] | undefined {
    return this.postings.get(term);
  }

  /** Every term starting with the same letters as `term` (its shard group), sorted. */
  group(term: string): readonly string[] {
    const prefix = shardPrefix(term);
    const group = this.groups.get(prefix);
    if (!group) return [];
    if (!this.sorted.has(prefix)) {
      group.sort();
      this.sorted.add(prefix);
    }
    return group;
  }

  /** The terms that start with `prefix` and are longer than it, found by binary search in its group. */
  *withPrefix(prefix: string): Generator<string> {
    const group = this.group(prefix);
    let low = 0;
    let high = group.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((group[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < group.length && (group[i] as string).startsWith(prefix); i += 1) {
      if (group[i] !== prefix) yield group[i] as string;
    }
  }

  /** Every term with its postings: what the split index writes. */
  entries(): IterableIterator<[string, FieldPostings[]]> {
    return this.postings.entries();
  }
}
