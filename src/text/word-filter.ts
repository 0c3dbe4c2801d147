/**
 * Word hashes and the bit-set filter over them, shared by the stages that test every token against a word list:
 * the number and date stages (with hashes of normalised words, src/numbers/atoms.ts) and the entity and quote
 * stages (with hashes of token keys, src/entities/words.ts).
 */

/** Bits kept of a word's hash: 30, so that a hash is a small integer for V8 (and -1 stays free for "unknown"). */
export const HASH_BITS = 30;
/** FNV-1a step over one code unit, kept to 32 bits. */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
/** FNV-1a's offset basis, the start of every word hash. */
export const HASH_SEED = 2166136261 | 0;
/**
 * The last step of a word hash: FNV-1a mixes a code unit only into the bits above it, and a
 * {@link WordFilter} reads the low bits too, so the high bits are folded down first.
 */
export const finishHash = (h: number): number => (h ^ (h >>> 15)) >>> (32 - HASH_BITS);
/** The 30-bit hash of a word as written (the number stages hash normalised words, the entity and quote stages keys), tested by {@link WordFilter}. */
export function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return finishHash(h);
}

/**
 * A bit-set filter over a word list, tested with a word's {@link wordHash} (an atom's `hash`, a token key's hash):
 * `mayHave` is false when the word is certainly not in the list, so a scan looks only the rest up in its Map.
 *
 * The set is small on purpose (16 bits a word it is sized for, 16 KB at most): the scans test a
 * filter for nearly every word, and a larger set (it was 128 KB each) missed the processor's cache
 * on most tests, which cost more than hashing the word. Each word sets two bits of one 32-bit cell
 * (a blocked Bloom filter: one memory read a test), which keeps false positives near 1 %.
 */
export class WordFilter {
  /** The bit cells (read directly by the candidate scan, which tests every word). */
  readonly cells: Int32Array;
  /** Right shift from a hash to its cell index. */
  readonly shift: number;
  /** @param capacity the number of words the filter is sized for (more still work, with more false positives). */
  constructor(capacity = 8192) {
    let cellBits = 5;
    while (cellBits < 12 && 1 << (cellBits + 5) < capacity * 16) cellBits++;
    this.cells = new Int32Array(1 << cellBits);
    this.shift = HASH_BITS - cellBits;
  }
  /** Adds a normalised word. */
  add(word: string): void {
    const h = wordHash(word);
    this.cells[h >>> this.shift]! |= cellMask(h);
  }
  /** False when `atom.key` is certainly not one of the words added (true when it may be). */
  mayHave(atom: { readonly hash: number }): boolean {
    return this.mayHaveHash(atom.hash);
  }
  /** {@link mayHave} for a hash taken before (`tokenHashesOf`, `tokenKeyData`; -1: unknown, so true). */
  mayHaveHash(h: number): boolean {
    if (h < 0) return true;
    const m = cellMask(h);
    return (this.cells[h >>> this.shift]! & m) === m;
  }
}
/** The two bits a hash sets in its cell, from the hash's low ten bits (the cell index uses the high bits). */
export const cellMask = (h: number): number => (1 << (h & 31)) | (1 << ((h >>> 5) & 31));

/** A {@link WordFilter} sized for and holding `words`. */
export function wordFilterOf(words: Iterable<string>): WordFilter {
  const list = [...words];
  const filter = new WordFilter(list.length);
  for (const w of list) filter.add(w);
  return filter;
}
