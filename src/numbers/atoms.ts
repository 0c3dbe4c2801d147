/**
 * The token view shared by the `quantities` and `times` stages: "atoms", each one run of digits,
 * one Arabic or Latin word or one punctuation mark, with its normalised key and its exact span in the
 * original text. Atoms come from the `tokens` layer only (whatever the segmenter decides), split
 * further where a token mixes a clitic and digits (`و4`, `بـ300`), and with decimal/thousands
 * separators re-joined (`3.5`, `10,000`, `٣٫٥`), so both stages scan a short array once.
 */
import type { AnalysisDocument, Token } from '../document.ts';
import { normalizationMap, normalizeWord } from '../text/normalize.ts';
import { HASH_SEED, WordFilter, cellMask, finishHash, hashStep, wordHash } from '../text/word-filter.ts';
import { isCombiningMark } from '../pipeline/invariants.ts';
// «ن», the last letter of a dual, after «ي» or «ا»; «ل» of the article.
import { ALEF, LAM, NOON, YAA } from '../text/letters.ts';

/** Kinds of atom. */
export type AtomKind = 'num' | 'word' | 'latin' | 'punct';

/** One scanning unit: a number, a word or a punctuation mark. */
export interface Atom {
  kind: AtomKind;
  /** Span of the atom in the original text (for `num`, after any clitic prefix). */
  start: number;
  end: number;
  /** Normalised form (see {@link fold}); for `num` the ASCII digits and separators. */
  key: string;
  /** True when whitespace (or nothing at all, at the start) separates it from the atom before. */
  gap: boolean;
  /** For `num`: the proclitics written before the digits without a space (`و` in `و4`, `بال` in `بالـ20`). */
  prefix: string;
  /** For `num`: the value, or NaN when the digit string is not a plain number (`5.8.2021`). */
  value: number;
  /** For `num`: number of digits, separators excluded. */
  digits: number;
  /**
   * For `word` and `latin`: a 30-bit hash of `key` ({@link wordHash}), for {@link WordFilter}s that spare the scans a
   * Map lookup (and the first touch of the key string) for most words; -1 when unknown.
   */
  hash: number;
}

const CLITIC_PREFIXES = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وب', 'فب', 'ول', 'فل', 'وك', 'وال', 'بال', 'فال', 'لل', 'كال', 'وبال', 'ولل', 'فبال', 'فلل']);

/**
 * The normalised form used for matching: the shared {@link normalizeWord} (alef forms → ا, ى → ي,
 * ة → ه, harakat and tatweel removed, Arabic-Indic digits → ASCII, ٫ → `.`, ٬ → `,`, ، → `,`).
 */
export function fold(text: string): string {
  return normalizeWord(text);
}

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isArabicLetter = (c: number): boolean => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0xfb50 && c <= 0xfefc);

const digitValue = (c: number): number => (c <= 57 ? c - 48 : c <= 0x669 ? c - 0x660 : c - 0x6f0);

// Regular expressions are module constants: a literal in a function is a new RegExp object at every
// evaluation (none of these has the g or y flag that would make sharing one unsafe, except the
// replace patterns, which replace() starts from 0).
const THOUSANDS_GROUPS = /^\d{1,3}([,.])\d{3}(\1\d{3})+$/;
const SEPARATORS_ALL = /[,.]/g;
const COMMA_GROUPS_POINT = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const COMMAS_ALL = /,/g;
const POINT_GROUPS_COMMA = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/;
const POINTS_ALL = /\./g;
const DECIMAL_POINT = /^\d+\.\d+$/;
/** One comma before exactly three digits: `10,000` (thousands), or a decimal comma before a scale word (see words.ts). */
export const ONE_THOUSANDS_COMMA = /^\d{1,3},\d{3}$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const SPACE_GROUPS = /^\d{1,3}( \d{3})+$/;
const SPACES_ALL = / /g;
/** ASCII digits only. */
export const ALL_DIGITS = /^\d+$/;
const SPACE_GROUPS_OR_ONE = /^\d{1,3}( \d{3})*$/;

/** Parses an ASCII digit string with `.`/`,` separators: `10,000` → 10000, `3.5` → 3.5, `2,5` → 2.5. */
export function parseDigits(s: string): number {
  // The common case, plain ASCII digits, without a regular expression.
  let plain = s.length > 0;
  for (let i = 0; i < s.length && plain; i++) plain = s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
  if (plain) return Number(s);
  // Several separators of one kind between groups of three: thousands (1,000,000 or 1.000.000).
  if (THOUSANDS_GROUPS.test(s)) return Number(s.replace(SEPARATORS_ALL, ''));
  // Both kinds: the last one is the decimal mark (1,234.5 or 1.234,5).
  let m = COMMA_GROUPS_POINT.exec(s);
  if (m) return Number(m[1]!.replace(COMMAS_ALL, '') + '.' + m[2]);
  m = POINT_GROUPS_COMMA.exec(s);
  if (m) return Number(m[1]!.replace(POINTS_ALL, '') + '.' + m[2]);
  if (DECIMAL_POINT.test(s)) return Number(s);
  // A single comma: thousands before exactly three digits (10,000), else a decimal comma (2,5).
  if (ONE_THOUSANDS_COMMA.test(s)) return Number(s.replace(',', ''));
  if (DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  if (SPACE_GROUPS.test(s)) return Number(s.replace(SPACES_ALL, ''));
  return Number.NaN;
}

/** A piece of a token, allocated directly as the atom it becomes (key '' until normalised). */
type Piece = Atom;
// Atoms are pooled: a document's atoms live until atoms are built for another document, so the
// stages allocate (almost) nothing per token and add little garbage-collection work.
const pool: Atom[] = [];
let poolUsed = 0;
const piece = (kind: AtomKind, start: number, end: number, norm = ''): Atom => {
  let a = pool[poolUsed];
  if (a === undefined) pool.push((a = { kind, start, end, key: norm, gap: false, prefix: '', value: Number.NaN, digits: 0, hash: -1 }));
  else {
    a.kind = kind;
    a.start = start;
    a.end = end;
    a.key = norm;
    a.gap = false;
    a.prefix = '';
    a.value = Number.NaN;
    a.digits = 0;
    a.hash = -1;
  }
  poolUsed++;
  return a;
};
// The pieces of the current document and the atoms built from them. Both arrays keep their capacity
// between documents (`length = 0` would drop the backing store and regrow it for every document):
// `psCount` counts the live pieces, and the atoms are then copied to an array of their length.
const ps: Piece[] = [];
let psCount = 0;
const emit = (p: Piece): Piece => (ps[psCount++] = p);
const emitWord = (kind: AtomKind, start: number, end: number, key: string): void => {
  emit(piece(kind, start, end, key)).hash = wordHash(key);
};
/** The piece at `k`, or undefined past the current document's pieces. */
const pieceAt = (k: number): Piece | undefined => (k < psCount ? ps[k] : undefined);
const built: Atom[] = [];

/** Splits one token into runs of digits, letters and other characters. */
function pieces(text: string, token: Token, hash: number): void {
  const { start, end } = token;
  // The segmenter keeps letters and digits in separate tokens: a word or Latin token is one piece.
  if ((token.kind === 'word' || token.kind === 'latin') && !isDigit(text.charCodeAt(end - 1)) && !isDigit(text.charCodeAt(start))) {
    emit(piece(token.kind, start, end, token.norm)).hash = hash;
    return;
  }
  if (token.kind === 'word' || token.kind === 'latin' || token.kind === 'number') {
    // Fast path: a token without digits, or one made only of digits and separators, is one piece.
    let hasDigit = false;
    let hasLetter = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) hasDigit = true;
      else if (isArabicLetter(c) || isLatinLetter(c)) hasLetter = true;
    }
    if (!hasDigit) {
      const kind = token.kind === 'number' ? 'num' : token.kind === 'latin' ? 'latin' : 'word';
      emit(piece(kind, start, end, token.norm)).hash = kind === 'num' ? -1 : wordHash(token.norm);
      return;
    }
    if (!hasLetter) {
      if (token.kind === 'number' && isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(end - 1))) emit(piece('num', start, end, token.norm));
      else splitDigits(text, start, end);
      return;
    }
  } else if (token.kind !== 'symbol' && token.kind !== 'punct') {
    emit(piece('latin', start, end, token.norm)).hash = wordHash(token.norm);
    return;
  } else if (end - start === 1) {
    emit(piece('punct', start, end, token.norm));
    return;
  }
  // Mixed or punctuation: cut into runs.
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isDigit(c)) {
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      while (j < end && isCombiningMark(text.charCodeAt(j))) j++; // a haraka stays with its character
      emit(piece('num', i, j));
    } else if (isArabicLetter(c)) {
      while (j < end && isArabicLetter(text.charCodeAt(j))) j++;
      emitWord('word', i, j, fold(text.slice(i, j)));
    } else if (isLatinLetter(c)) {
      while (j < end && isLatinLetter(text.charCodeAt(j))) j++;
      emitWord('latin', i, j, fold(text.slice(i, j)));
    } else {
      // Keep a surrogate pair together, and marks with their character.
      if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
      while (j < end && isCombiningMark(text.charCodeAt(j))) j++;
      emit(piece('punct', i, j, fold(text.slice(i, j))));
    }
    i = j;
  }
}

function splitDigits(text: string, start: number, end: number): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isDigit(c)) {
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      while (j < end && isCombiningMark(text.charCodeAt(j))) j++; // a haraka stays with its character
      emit(piece('num', i, j));
    } else {
      while (j < end && isCombiningMark(text.charCodeAt(j))) j++;
      emit(piece('punct', i, j, fold(text.slice(i, j))));
    }
    i = j;
  }
}

const DECIMAL_SEPARATORS = new Set(['.', ',', '\u066B', '\u066C', '\u060C']);
const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);

/**
 * `text.slice(start, end)` for an output field, or `atom.key` itself when the atom spans exactly that
 * text and normalisation changed nothing in it (`300`, «دينار»): the segmenter shares one normalised
 * string per word form across documents, so the field then adds no new string that the collector
 * must copy for as long as the document's layers live.
 */
export function spanText(text: string, start: number, end: number, atom: Atom | undefined): string {
  if (atom !== undefined && atom.start === start && atom.end === end) {
    const key = atom.key;
    let same = key.length === end - start;
    for (let i = 0; i < key.length && same; i++) same = key.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return key;
  }
  const n = end - start;
  if (n >= SHORT_SPAN) return text.slice(start, end);
  // Short spans recur from article to article («أمس»، «3 سنوات»، «أشخاص»): one string per slot of a
  // small direct-mapped table, checked character by character, so that a repeat adds no new string
  // that the collector must copy and promote with the layer that keeps it.
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  const slot = (h ^ (h >>> 16)) & (SPAN_SLOTS - 1);
  const seen = spanStrings[slot];
  if (seen !== undefined && seen.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = seen.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return seen;
  }
  const fresh = text.slice(start, end);
  spanStrings[slot] = fresh;
  return fresh;
}
/**
 * Spans shorter than this are kept in {@link spanStrings}. V8 copies a substring of up to 12 code
 * units; a longer one is a slice that would keep its whole article alive in the table.
 */
const SHORT_SPAN = 13;
const SPAN_SLOTS = 4096;
const spanStrings: (string | undefined)[] = new Array<string | undefined>(SPAN_SLOTS).fill(undefined);

// A one-document cache: the two stages run one after the other on the same document, and a single
// slot avoids the garbage-collection cost of a WeakMap entry per document.
let cachedTokens: readonly Token[] | undefined;
let cachedText: string | undefined;
let cachedAtoms: Atom[] = [];

/**
 * The atoms of a document, computed once per `tokens` array and shared by both stages. The array and
 * its atoms are reused for the next document: use them before asking for another document's atoms.
 */
export function atomsOf(doc: Pick<AnalysisDocument, 'text' | 'tokens'>): Atom[] {
  if (cachedTokens === doc.tokens && cachedText === doc.text) return cachedAtoms;
  cachedAtoms = buildAtoms(doc.text, doc.tokens);
  cachedTokens = doc.tokens;
  cachedText = doc.text;
  return cachedAtoms;
}

/**
 * The hash (see {@link WordFilter}) of every token of the document, -1 for tokens that are not words
 * or whose hash is unknown, by token index. Shared scratch like the atoms: valid until atoms are
 * built for another document.
 */
export function tokenHashesOf(doc: Pick<AnalysisDocument, 'text' | 'tokens'>): Int32Array {
  atomsOf(doc);
  if (!hashesComplete) {
    // The candidate scan hashes only the words whose last letters a candidate has: the others are
    // hashed here, once per document, for the rare caller that wants every word's hash.
    const { text, tokens } = doc;
    for (let t = 0; t < tokens.length; t++) if (tokenHashes[t] === NOT_HASHED) tokenHashes[t] = textHash(text, tokens[t]!.start, tokens[t]!.end);
    hashesComplete = true;
  }
  return tokenHashes;
}

/**
 * The word tokens of the document that end like a dual (-ين/-ان after at least three letters, not
 * behind the article ال), by token index: the first `count` of `tokens`. Found by the candidate scan,
 * which reads every word's last letters anyway, so the duals need no pass of their own over the
 * tokens. Shared scratch like the atoms: valid until atoms are built for another document.
 */
export function dualEndingsOf(doc: Pick<AnalysisDocument, 'text' | 'tokens'>): { readonly tokens: Int32Array; readonly count: number } {
  atomsOf(doc);
  return dualEndings;
}
const dualEndings = { tokens: new Int32Array(64), count: 0 };

/** What {@link normalizeWord} makes of each code unit, for reading words from the text. */
const NORMALIZED = normalizationMap();
/**
 * Adds words to the candidate set (see {@link atomsOf}) with the tokens to keep before and after
 * them; call at module load, before any analysis. A word added twice keeps the larger window.
 */
export function addCandidateWords(words: Iterable<string>, before = 2, after = 3): void {
  for (const w of words) {
    const k = CANDIDATES.add(w);
    const old = candidateWindows[k] ?? 0;
    candidateWindows[k] = (Math.max(old >> 4, before) << 4) | Math.max(old & 15, after);
    CANDIDATE_FILTER.add(w);
    const n = w.length;
    const key = suffixKey(w.charCodeAt(n - 1), n > 1 ? w.charCodeAt(n - 2) : 0, n > 2 ? w.charCodeAt(n - 3) : 0);
    CANDIDATE_SUFFIXES[key >>> 5]! |= 1 << (key & 31);
  }
}

/**
 * The last three normalised letters of every candidate word, hashed into a 32 Kbit set (4 KB: it stays
 * in the processor's cache). Candidates are a few hundred words with every proclitic, so they end in
 * fewer than 200 ways, and about nine words in ten of a news text end in another way: the scan rules
 * those out from three code units at the word's end, which it reads anyway for the duals, instead of
 * hashing the whole word. Exact: a word whose last letters carry a haraka, tatweel or a ligature is
 * hashed as before, and a shorter word has 0 for its missing letters.
 */
const SUFFIX_BITS = 15;
const CANDIDATE_SUFFIXES = new Int32Array(1 << (SUFFIX_BITS - 5));
const suffixKey = (last: number, second: number, third: number): number => Math.imul(Math.imul(Math.imul(last, 0x9e3779b1) ^ second, 0x85ebca6b) ^ third, 0xc2b2ae35) >>> (32 - SUFFIX_BITS);
/** A word's entry in the token hashes before it is hashed: see {@link tokenHashesOf}. */
const NOT_HASHED = -2;
/** Whether every word of the current document has its hash (see {@link tokenHashesOf}). */
let hashesComplete = true;

/**
 * Words by their {@link wordHash}, in an open-addressing table of typed arrays: finding a word costs
 * a probe or two and one comparison with the word found, where a Map keyed by strings costs a lookup
 * of the string's own hash and several reads scattered over the Map's entries. Each word gets an
 * index, for arrays of what the caller keeps about it. Exact: a hash found is confirmed against the word.
 */
export class WordIndex {
  private readonly words: string[] = [];
  private hashes = new Int32Array(64);
  /** Index + 1 of the word in each slot, 0 for an empty slot. */
  private slots = new Int32Array(64);

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  /** Adds a normalised word (if new) and returns its index. */
  add(word: string): number {
    const h = wordHash(word);
    const found = this.find(h, word);
    if (found >= 0) return found;
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.words.push(word);
    this.put(h, this.words.length);
    return this.words.length - 1;
  }

  /** The index of the atom's key, or -1. */
  indexOf(atom: Atom): number {
    return this.find(atom.hash >= 0 ? atom.hash : wordHash(atom.key), atom.key);
  }

  /** The index of a normalised word, or -1. */
  indexOfWord(word: string): number {
    return this.find(wordHash(word), word);
  }

  /** The index of the word that `text[start, end)` normalises to, given its hash `h` (≥ 0), or -1. */
  indexInText(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = h & mask; this.slots[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === h && normalizesTo(text, start, end, this.words[this.slots[i]! - 1]!)) return this.slots[i]! - 1;
    }
    return -1;
  }

  private find(h: number, word: string): number {
    const mask = this.slots.length - 1;
    for (let i = h & mask; this.slots[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === h && this.words[this.slots[i]! - 1] === word) return this.slots[i]! - 1;
    }
    return -1;
  }

  private put(h: number, slot: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.slots[i] = slot;
  }

  private grow(): void {
    const old = this.words;
    this.hashes = new Int32Array(this.slots.length * 2);
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < old.length; k++) this.put(wordHash(old[k]!), k + 1);
  }
}

/**
 * Words (normalised, with their proclitics) that can start or anchor a number or time expression, and
 * the window of each, by index. The stages register their lexicons here when their modules load;
 * atoms are only built in a window around these words and around number tokens, so the bulk of a
 * text is skipped with a hash and a filter test per token. The scan finds a word from the hash it has
 * just computed and checks it against the text, which it is reading anyway, instead of looking the
 * token's normalised string up (a cache miss on the string, and hashing it again).
 */
const CANDIDATES = new WordIndex();
const candidateWindows: number[] = [];

/**
 * True when `text[start, end)` normalises to `word` (as {@link normalizeWord} would), compared
 * character by character without building the string. Only for text whose hash is known (≥ 0), so
 * with no ligature that normalises to several letters.
 */
function normalizesTo(text: string, start: number, end: number, word: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = NORMALIZED[text.charCodeAt(i)]!;
    if (c === -1) continue;
    if (j >= word.length || c !== word.charCodeAt(j)) return false;
    j++;
  }
  return j === word.length;
}

/**
 * The {@link wordHash} of the normalised form of `text[start, end)`, computed from the original text
 * character by character (no string is built), or -1 when a ligature normalises to several letters.
 * Equal to `wordHash(normalizeWord(text.slice(start, end)))` otherwise: the filters are exact only
 * because of that (a property test checks it).
 */
export function textHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = NORMALIZED[text.charCodeAt(i)]!;
    if (c === -1) continue;
    if (c === -2) return -1;
    h = hashStep(h, c);
  }
  return finishHash(h);
}

/**
 * A filter in front of {@link CANDIDATES}, filled by {@link addCandidateWords}. The hash of a token is
 * worked out from the original text, which is read in order anyway, instead of from the token's
 * `norm` string, whose first touch is a cache miss: that miss and the Map lookup behind it were the
 * largest single cost of both stages. About one word in 200 that is not a candidate passes the
 * filter (and is then looked up).
 */
const CANDIDATE_FILTER = new WordFilter();
/**
 * Tokens kept before and after a candidate: around a number, enough for «لا يقل عن» (no less than)
 * before and «مليون دينار تونسي» (million Tunisian dinars) after (three each: four gave the same output
 * on 3,000 articles); around a word, enough for «الساعة العاشرة والنصف صباحا» (half past ten in the
 * morning). Numbers inside a window open their own, so «اليوم السبت 9 أفريل 2016» (today, Saturday
 * 9 April 2016) stays one run.
 */
export const BEFORE_NUMBER = 3;
export const AFTER_NUMBER = 3;
/** Key of the empty atom that separates two windows, so that no construction spans a gap. */
export const WINDOW_BREAK = '\u0000';

// Per-document scratch: the hash of every word token, and the runs of tokens kept (pairs of first and
// last token index). Typed arrays that grow and are reused, so building atoms allocates nothing.
let tokenHashes = new Int32Array(1024);
let runs = new Int32Array(256);

function buildAtoms(text: string, tokens: readonly Token[]): Atom[] {
  poolUsed = 0;
  psCount = 0;
  hashesComplete = true;
  const n = tokens.length;
  if (tokenHashes.length < n) tokenHashes = new Int32Array(n * 2);
  // 1. Find the candidates and the runs of tokens around them. Numbers inside a run extend it.
  let runCount = 0;
  let until = -1; // last token index included so far
  // textHash and the filter test, written out: this loop visits every token of every document.
  const map = NORMALIZED;
  const cells = CANDIDATE_FILTER.cells;
  const shift = CANDIDATE_FILTER.shift;
  let duals = dualEndings.tokens;
  let dualCount = 0;
  for (let t = 0; t < n; t++) {
    const token = tokens[t]!;
    const kind = token.kind;
    let window = 0;
    if (kind === 'word' || kind === 'latin') {
      const start = token.start;
      const end = token.end;
      const last = text.charCodeAt(end - 1);
      if (last === NOON && kind === 'word' && end - start >= 5) {
        const before = text.charCodeAt(end - 2);
        if ((before === YAA || before === ALEF) && !(text.charCodeAt(start) === ALEF && text.charCodeAt(start + 1) === LAM)) {
          if (dualCount === duals.length) {
            const grown = new Int32Array(duals.length * 2);
            grown.set(duals);
            dualEndings.tokens = duals = grown;
          }
          duals[dualCount++] = t;
        }
      }
      // The last three letters, normalised (a haraka, tatweel or ligature among them: hash the word).
      const lastLetter = map[last]!;
      const secondLetter = end - start > 1 ? map[text.charCodeAt(end - 2)]! : 0;
      const thirdLetter = end - start > 2 ? map[text.charCodeAt(end - 3)]! : 0;
      if (lastLetter >= 0 && secondLetter >= 0 && thirdLetter >= 0) {
        const key = suffixKey(lastLetter, secondLetter, thirdLetter);
        if ((CANDIDATE_SUFFIXES[key >>> 5]! & (1 << (key & 31))) === 0) {
          tokenHashes[t] = NOT_HASHED;
          hashesComplete = false;
          continue;
        }
      }
      let state = HASH_SEED;
      let ligature = false;
      for (let i = start; i < end; i++) {
        const c = map[text.charCodeAt(i)]!;
        if (c >= 0) state = hashStep(state, c);
        else if (c === -2) {
          ligature = true;
          break;
        }
      }
      // An unknown hash (a ligature) is rare: that word is looked up by its normalised string.
      let k = -1;
      if (ligature) {
        tokenHashes[t] = -1;
        k = CANDIDATES.indexOfWord(token.norm);
      } else {
        const h = finishHash(state);
        tokenHashes[t] = h;
        const m = cellMask(h);
        if ((cells[h >>> shift]! & m) === m) k = CANDIDATES.indexInText(text, start, end, h);
      }
      if (k >= 0) window = candidateWindows[k]!;
    } else {
      tokenHashes[t] = -1;
      if (kind === 'number' || (kind === 'symbol' && (token.norm === '$' || token.norm === '€' || token.norm === '£'))) window = (BEFORE_NUMBER << 4) | AFTER_NUMBER;
    }
    if (window === 0) continue;
    const to = Math.min(n - 1, t + (window & 15));
    if (t <= until) {
      if (to > until) runs[2 * runCount - 1] = until = to;
      continue;
    }
    if (runCount * 2 + 2 > runs.length) {
      const grown = new Int32Array(runs.length * 2);
      grown.set(runs);
      runs = grown;
    }
    runs[2 * runCount] = Math.max(until + 1, t - (window >> 4));
    runs[2 * runCount + 1] = until = to;
    runCount++;
  }
  dualEndings.count = dualCount;
  // 2. The pieces of every run, with an empty break atom between runs that do not touch.
  for (let r = 0; r < runCount; r++) {
    const from = runs[2 * r]!;
    const to = runs[2 * r + 1]!;
    if (r > 0 && from > runs[2 * r - 1]! + 1) emit(piece('punct', tokens[from - 1]!.end, tokens[from - 1]!.end, WINDOW_BREAK));
    for (let k = from; k <= to; k++) {
      const token = tokens[k]!;
      if (tokenHashes[k] === NOT_HASHED) tokenHashes[k] = textHash(text, token.start, token.end);
      pieces(text, token, tokenHashes[k]!);
    }
  }
  const atoms = built;
  let count = 0;
  let prevEnd = -1;
  for (let k = 0; k < psCount; k++) {
    const p = ps[k]!;
    const gap = prevEnd < 0 || p.start > prevEnd;
    if (p.kind === 'num') {
      // Re-join separators: 3.5, 10,000, 1.000.000, ٣٫٥ (no space inside), and 5 000 (one space).
      let end = p.end;
      let raw = p.key || toAscii(text.slice(p.start, p.end));
      let m = k;
      for (;;) {
        const sep = pieceAt(m + 1);
        const next = pieceAt(m + 2);
        if (sep && next && next.kind === 'num' && sep.kind === 'punct' && sep.start === end && next.start === sep.end && sep.end - sep.start === 1 && DECIMAL_SEPARATORS.has(text[sep.start]!)) {
          raw += toAscii(text[sep.start]!) + toAscii(text.slice(next.start, next.end));
          end = next.end;
          m += 2;
          continue;
        }
        // Tunisian agency style «4ر5» (5.4): the fraction written first, joined by «ر».
        if (sep && next && next.kind === 'num' && sep.kind === 'word' && sep.start === end && next.start === sep.end && sep.end - sep.start === 1 && text[sep.start] === '\u0631' && ALL_DIGITS.test(raw)) {
          raw = toAscii(text.slice(next.start, next.end)) + '.' + raw;
          end = next.end;
          m += 2;
          continue;
        }
        const following = pieceAt(m + 1);
        const third = pieceAt(m + 2);
        if (following && following.kind === 'num' && following.start === end + 1 && SPACES.has(text[end]!) && following.end - following.start === 3 && SPACE_GROUPS_OR_ONE.test(raw) && !(third && third.kind === 'num' && third.start === following.end + 1 && third.end - third.start !== 3)) {
          raw += ' ' + toAscii(text.slice(following.start, following.end));
          end = following.end;
          m += 1;
          continue;
        }
        break;
      }
      k = m;
      const key = raw;
      // A clitic written against the digits (و4، بـ300، الـ20) becomes the number's prefix.
      let prefix = '';
      let numGap = gap;
      const prev = count ? atoms[count - 1] : undefined;
      if (prev && prev.kind === 'word' && prev.end === p.start && CLITIC_PREFIXES.has(prev.key)) {
        prefix = prev.key;
        numGap = prev.gap;
        count--;
      }
      let digits = 0;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57) digits++;
      const num = piece('num', p.start, end, key);
      num.gap = numGap;
      num.prefix = prefix;
      num.value = parseDigits(key);
      num.digits = digits;
      atoms[count++] = num;
      prevEnd = end;
      continue;
    }
    // Every piece but a number's has its key already (reading `p.key` here would be the first touch
    // of each token's normalised string, a cache miss per atom).
    p.gap = gap || p.start === p.end;
    atoms[count++] = p;
    prevEnd = p.end;
  }
  return atomsArray(atoms, count);
}

/**
 * The atoms arrays handed out, one per length (up to {@link MAX_REUSED_LENGTH}, so at most 131,328
 * slots in all), reused for every document with that many atoms. Cutting one shared array to each
 * document's length made V8 trim its backing store and grow it again for the next document: a new
 * backing store or two per document, the largest allocation of the stage.
 */
const byLength: Atom[][] = [];
const MAX_REUSED_LENGTH = 512;
/** The first `count` atoms of `scratch` in an array of exactly that length. */
function atomsArray(scratch: readonly Atom[], count: number): Atom[] {
  if (count > MAX_REUSED_LENGTH) return scratch.slice(0, count);
  let atoms = byLength[count];
  if (atoms === undefined) {
    atoms = [];
    for (let k = 0; k < count; k++) atoms.push(scratch[k]!);
    byLength[count] = atoms;
    return atoms;
  }
  for (let k = 0; k < count; k++) atoms[k] = scratch[k]!;
  return atoms;
}

function toAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) out += String(digitValue(c));
    else if (c === 0x66b) out += '.';
    else if (c === 0x66c || c === 0x60c) out += ',';
    else if (isCombiningMark(c) || c === 0x640) continue;
    else out += s[i];
  }
  return out;
}
