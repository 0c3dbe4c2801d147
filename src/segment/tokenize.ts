/**
 * The tokenizer: one hand-written pass over the UTF-16 code units with a class table, no regular
 * expression per character and no `Intl.Segmenter` (far too slow on long strings in Node 20).
 *
 * Tokens never split a surrogate pair, never separate a letter from its harakat (combining marks
 * always join the token before them; a mark with no token before it is skipped), and keep emoji
 * sequences (ZWJ, skin tones, flags, keycaps) whole.
 */
import type { Segment, Token, TokenKind } from '../document.ts';
import * as normalization from '../text/normalize.ts';
import { tokenTextKey } from '../text/name-key.ts';
import { wordHash } from '../text/word-filter.ts';
import { analyzeWord } from './clitics.ts';
import * as chars from './chars.ts';

// Module-local copies: imported bindings may be accessors after transpilation, and the scanner
// reads them once per code unit.
const BMP_EMOJI = chars.BMP_EMOJI;
const CHAR_CLASS = chars.CHAR_CLASS;
const C_ARABIC = chars.C_ARABIC;
const C_DIGIT = chars.C_DIGIT;
const C_EMOJI_EXT = chars.C_EMOJI_EXT;
const C_HIGH = chars.C_HIGH;
const C_JOINER = chars.C_JOINER;
const C_LETTER = chars.C_LETTER;
const C_LOW = chars.C_LOW;
const C_MARK = chars.C_MARK;
const C_NEWLINE = chars.C_NEWLINE;
const C_PICTO = chars.C_PICTO;
const C_PUNCT = chars.C_PUNCT;
const C_REGIONAL = chars.C_REGIONAL;
const C_SYMBOL = chars.C_SYMBOL;
const astralClass = chars.astralClass;
const normalizeWord = normalization.normalizeWord;

/** Clitic segments relative to the word, shared by every occurrence of the word. */
type RelativeSegments = readonly { readonly start: number; readonly end: number; readonly role: Segment['role'] }[];

/**
 * A token whose `segments` are built on access from the word's shared relative segments. A long
 * document keeps every token alive until it is done; two fewer objects per token (the segments
 * array and its segment) keep garbage collection, and so the time, linear in the text's length.
 * It serialises (`toJSON`) exactly like a plain {@link Token}.
 */
class SegmentedToken implements Token {
  /** The word form's shared facts; undefined for a URL or e-mail address (not cached). */
  readonly #lexeme: Lexeme | undefined;
  constructor(
    public start: number,
    public end: number,
    public kind: TokenKind,
    public norm: string,
    lexeme: Lexeme | undefined,
  ) {
    this.#lexeme = lexeme;
  }

  /** The shared facts of the token's form ({@link lexemeOf}). */
  static lexemeOf(token: Token): Lexeme | undefined {
    return #lexeme in token ? token.#lexeme : undefined;
  }

  /** The clitic segments, absolute offsets, in order (a new array on each access). */
  get segments(): Segment[] {
    const rel = this.#lexeme?.segments;
    const start = this.start;
    // A word of one segment is its stem; other tokens have no segments of their own.
    if (rel === undefined || rel.length <= 1) return [{ start, end: this.end, role: 'stem' }];
    const out = new Array<Segment>(rel.length);
    for (let k = 0; k < rel.length; k++) {
      const g = rel[k]!;
      out[k] = { start: start + g.start, end: start + g.end, role: g.role };
    }
    return out;
  }

  /** The JSON contract's token: `{start, end, kind, norm, segments}`. */
  toJSON(): Token {
    return { start: this.start, end: this.end, kind: this.kind, norm: this.norm, segments: this.segments };
  }
}

/** The tokens of a text, and where its lines (paragraphs) start. */
export interface TokenizeResult {
  tokens: Token[];
  /** Index of the first token of each paragraph (a run of tokens between line breaks), ascending. */
  paragraphStarts: number[];
  /** Offsets of lone surrogates, which are skipped. */
  loneSurrogates: number[];
}

const URL_START = /(?:https?:\/\/|www\.)/iy;
const URL_BODY = /[^\s«»"<>\u060c\u061b\u201c\u201d]+/y;
const URL_TRAILING = /[.,;:!?)\]}'’”»،؛؟]+$/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const DOMAIN =
  /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|info|tn|fr|gov|edu|int|io|me|tv|eu|uk|de|ma|dz|eg|sa|ae|qa|lb|jo|ly|ps|sy|iq|ye|om|kw|bh|sd|mr|news|co)(?![A-Za-z0-9])(?:\/[^\s«»"<>\u060c]*)?/iy;

const isAsciiWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isEmailChar = (c: number): boolean => isAsciiWordChar(c) || c === 0x2e || c === 0x25 || c === 0x2b || c === 0x2d;

/**
 * What is known of a token's form, worked out once and shared by every occurrence of the same text while the
 * form stays in the tokenizer's cache (spaCy's lexeme): later stages read a word's key here instead of keying
 * each token again, which reads memory scattered over every token's strings.
 */
export interface Lexeme {
  /** The token text itself, shared by every occurrence (no new string per token). */
  readonly text: string;
  /** The kind of token the text was found as (one text is always found as one kind). */
  readonly kind: TokenKind;
  /** The normalised form, the token's `norm`. */
  readonly norm: string;
  /** Clitic segments relative to the word (empty for a token that is not an Arabic word). */
  readonly segments: RelativeSegments;
  /** The matching key of the text (`nameKey`, see src/text/name-key.ts). */
  readonly key: string;
  /** The `wordHash` of {@link key}. */
  readonly keyHash: number;
  /**
   * The key's length and its first and last char codes (0 for an empty key): read here, a pass over every token
   * does not touch the key string itself (a cache miss for each rarer word).
   */
  readonly keyLength: number;
  readonly keyFirst: number;
  readonly keyLast: number;
}

/** The shared facts of a token's form, for tokens made by {@link tokenize} (undefined for other tokens, URLs and e-mail addresses). */
export const lexemeOf: (token: Token) => Lexeme | undefined = SegmentedToken.lexemeOf;

/**
 * An interning cache of short tokens keyed by a hash of their code units, probed without slicing
 * the text: a repeated word costs a hash, a comparison and no allocation but its token.
 */
const CACHE_BITS = 18;
const CACHE_SIZE = 1 << CACHE_BITS;
const CACHE_MASK = CACHE_SIZE - 1;
const MAX_CACHED_LENGTH = 40;
// Filled by push: `new Array(n)` of this size would have slow dictionary elements.
const cacheEntries: (Lexeme | undefined)[] = [];
for (let k = 0; k < CACHE_SIZE; k++) cacheEntries.push(undefined);

/** The lexeme of `text[start, end)`, a token of this kind, cached. */
function tokenInfo(text: string, start: number, end: number, kind: TokenKind): Lexeme {
  const length = end - start;
  if (length > MAX_CACHED_LENGTH) return makeInfo(text.slice(start, end), kind);
  let h = kind === 'word' ? 0x811c9dc5 : 0x01000193;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  // Two-way set: the entry may sit in `slot` or in its neighbour `slot ^ 1`.
  const slot = (h ^ (h >>> CACHE_BITS)) & CACHE_MASK;
  const a = cacheEntries[slot];
  if (a !== undefined && sameToken(a, text, start, length, kind)) return a;
  const b = cacheEntries[slot ^ 1];
  if (b !== undefined && sameToken(b, text, start, length, kind)) return b;
  const info = makeInfo(text.slice(start, end), kind);
  if (a === undefined) cacheEntries[slot] = info;
  else if (b === undefined) cacheEntries[slot ^ 1] = info;
  else {
    cacheEntries[slot ^ 1] = a; // the older entry moves to the second way
    cacheEntries[slot] = info;
  }
  return info;
}

function sameToken(entry: Lexeme, text: string, start: number, length: number, kind: TokenKind): boolean {
  const t = entry.text;
  if (t.length !== length || entry.kind !== kind) return false;
  for (let k = 0; k < length; k++) if (t.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const NO_SEGMENTS: RelativeSegments = [];

function makeInfo(s: string, kind: TokenKind): Lexeme {
  const norm = normalizeWord(s);
  const key = tokenTextKey(s, norm, kind === 'word' || kind === 'latin');
  const n = key.length;
  return {
    text: s,
    kind,
    norm,
    segments: kind === 'word' ? analyzeWord(s).segments : NO_SEGMENTS,
    key,
    keyHash: wordHash(key),
    keyLength: n,
    keyFirst: n ? key.charCodeAt(0) : 0,
    keyLast: n ? key.charCodeAt(n - 1) : 0,
  };
}

/** Code point at `i` when it is a valid surrogate pair, else -1. */
function pairAt(text: string, i: number, n: number): number {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= n) return -1;
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return -1;
  return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
}

/** Skips combining marks after a token. */
function skipMarks(text: string, j: number, n: number): number {
  while (j < n && CHAR_CLASS[text.charCodeAt(j)] === C_MARK) j++;
  return j;
}

function scanArabic(text: string, j: number, n: number): number {
  while (j < n) {
    const cls = CHAR_CLASS[text.charCodeAt(j)];
    if (cls === C_ARABIC || cls === C_MARK) j++;
    else if (cls === C_JOINER && j + 1 < n && CHAR_CLASS[text.charCodeAt(j + 1)] === C_ARABIC) j++;
    else break;
  }
  return j;
}

function scanLatin(text: string, j: number, n: number): number {
  while (j < n) {
    const c = text.charCodeAt(j);
    const cls = CHAR_CLASS[c];
    if (cls === C_LETTER || cls === C_DIGIT || cls === C_MARK) j++;
    else if ((c === 0x27 || c === 0x2019) && j + 1 < n && CHAR_CLASS[text.charCodeAt(j + 1)] === C_LETTER) j += 2;
    else if (cls === C_HIGH) {
      const cp = pairAt(text, j, n);
      if (cp < 0 || astralClass(cp) !== C_LETTER) break;
      j += 2;
    } else break;
  }
  return j;
}

function scanNumber(text: string, j: number, n: number): number {
  for (;;) {
    while (j < n && CHAR_CLASS[text.charCodeAt(j)] === C_DIGIT) j++;
    if (j + 1 >= n) break;
    const c = text.charCodeAt(j);
    // Decimal and thousands separators inside a number: 3.5, 10,000, ٣٫٥, ١٠٬٠٠٠.
    if ((c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) && CHAR_CLASS[text.charCodeAt(j + 1)] === C_DIGIT) j++;
    else break;
  }
  return j;
}

/** True when the code point(s) at `j` start an emoji that can follow a ZWJ. */
function emojiElementEnd(text: string, j: number, n: number): number {
  const c = text.charCodeAt(j);
  if (BMP_EMOJI[c]) return j + 1;
  const cp = pairAt(text, j, n);
  if (cp >= 0) {
    const cls = astralClass(cp);
    if (cls === C_PICTO || cls === C_REGIONAL) return j + 2;
  }
  return -1;
}

/** Scans an emoji sequence whose first element ends at `j` (`first` is its class). */
function scanEmoji(text: string, j: number, n: number, firstRegional: boolean): number {
  if (firstRegional) {
    const cp = pairAt(text, j, n);
    if (cp >= 0 && astralClass(cp) === C_REGIONAL) return j + 2; // a flag: two regional indicators
    return j;
  }
  for (;;) {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) j++;
      else {
        const cp = pairAt(text, j, n);
        if (cp >= 0 && astralClass(cp) === C_EMOJI_EXT) j += 2;
        else break;
      }
    }
    if (j + 1 < n && text.charCodeAt(j) === 0x200d) {
      const next = emojiElementEnd(text, j + 1, n);
      if (next > 0) {
        j = next;
        continue;
      }
    }
    return j;
  }
}

/**
 * Splits a text into tokens (see the module comment). Arabic words get their normalised form and
 * clitic segments; other tokens one `stem` segment.
 */
export function tokenize(text: string): TokenizeResult {
  const n = text.length;
  const tokens: Token[] = [];
  const paragraphStarts: number[] = [];
  const loneSurrogates: number[] = [];
  let newParagraph = true;
  let i = 0;

  const push = (start: number, end: number, kind: TokenKind): void => {
    if (newParagraph) {
      paragraphStarts.push(tokens.length);
      newParagraph = false;
    }
    if (kind === 'word') {
      const info = tokenInfo(text, start, end, kind);
      tokens.push(new SegmentedToken(start, end, kind, info.norm, info));
    } else if (kind === 'url' || kind === 'email') {
      tokens.push(new SegmentedToken(start, end, kind, normalizeWord(text.slice(start, end)), undefined));
    } else {
      const info = tokenInfo(text, start, end, kind);
      tokens.push(new SegmentedToken(start, end, kind, info.norm, info));
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls === C_ARABIC) {
      const j = scanArabic(text, i + 1, n);
      push(i, j, 'word');
      i = j;
    } else if (cls === C_LETTER) {
      // URLs, e-mail addresses and bare domains start with a Latin letter or digit.
      if ((c === 0x68 || c === 0x77 || c === 0x48 || c === 0x57) && i + 4 < n) {
        URL_START.lastIndex = i;
        if (URL_START.test(text)) {
          URL_BODY.lastIndex = i;
          URL_BODY.test(text);
          let j = URL_BODY.lastIndex;
          const trail = URL_TRAILING.exec(text.slice(i, j));
          if (trail) j -= trail[0].length;
          j = fixEnd(text, j, n);
          push(i, j, 'url');
          i = j;
          continue;
        }
      }
      let j = scanLatin(text, i + 1, n);
      const special = emailOrDomain(text, i, j, n);
      if (special) {
        push(i, special.end, special.kind);
        i = special.end;
        continue;
      }
      j = skipMarks(text, j, n);
      push(i, j, 'latin');
      i = j;
    } else if (cls === C_DIGIT) {
      let j = scanNumber(text, i + 1, n);
      const special = c < 0x80 ? emailOrDomain(text, i, j, n) : undefined;
      if (special) {
        push(i, special.end, special.kind);
        i = special.end;
        continue;
      }
      j = skipMarks(text, j, n);
      push(i, j, 'number');
      i = j;
    } else if (cls === C_PUNCT) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c === 0x23 /* # */ && i + 1 < n) {
        const nc = CHAR_CLASS[next];
        if (nc === C_ARABIC || nc === C_LETTER || nc === C_DIGIT || next === 0x5f) {
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            const dc = CHAR_CLASS[d];
            if (dc === C_ARABIC || dc === C_LETTER || dc === C_DIGIT || dc === C_MARK || d === 0x5f) j++;
            else if (dc === C_JOINER && j + 1 < n && CHAR_CLASS[text.charCodeAt(j + 1)] === C_ARABIC) j++;
            else break;
          }
          push(i, j, 'hashtag');
          i = j;
          continue;
        }
      }
      if (c === 0x40 /* @ */ && isAsciiWordChar(next)) {
        let j = i + 1;
        while (j < n && isAsciiWordChar(text.charCodeAt(j))) j++;
        j = skipMarks(text, j, n);
        push(i, j, 'mention');
        i = j;
        continue;
      }
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === c) j++; // "..." "!!" "؟؟" as one token
      j = skipMarks(text, j, n);
      push(i, j, c === 0x23 || c === 0x40 ? 'symbol' : 'punct');
      i = j;
    } else if (cls === C_SYMBOL) {
      const e = BMP_EMOJI[c];
      if (e === 2 || (e === 1 && i + 1 < n && text.charCodeAt(i + 1) === 0xfe0f)) {
        const j = skipMarks(text, scanEmoji(text, i + 1, n, false), n); // a stray haraka joins the emoji
        push(i, j, 'emoji');
        i = j;
      } else {
        const j = skipMarks(text, i + 1, n);
        push(i, j, 'symbol');
        i = j;
      }
    } else if (cls === C_HIGH) {
      const cp = pairAt(text, i, n);
      if (cp < 0) {
        loneSurrogates.push(i);
        i++;
        continue;
      }
      const acls = astralClass(cp);
      if (acls === C_PICTO || acls === C_REGIONAL || acls === C_EMOJI_EXT) {
        const j = skipMarks(text, scanEmoji(text, i + 2, n, acls === C_REGIONAL), n);
        push(i, j, 'emoji');
        i = j;
      } else if (acls === C_LETTER) {
        const j = skipMarks(text, scanLatin(text, i + 2, n), n);
        push(i, j, 'latin');
        i = j;
      } else if (acls === C_SYMBOL || acls === C_PUNCT) {
        const j = skipMarks(text, i + 2, n);
        push(i, j, acls === C_SYMBOL ? 'symbol' : 'punct');
        i = j;
      } else i += 2; // astral marks with nothing before them, unassigned, private use
    } else if (cls === C_LOW) {
      loneSurrogates.push(i);
      i++;
    } else {
      if (cls === C_NEWLINE) newParagraph = true;
      i++; // spaces, controls, format marks, joiners and marks with no token before them
    }
  }
  return { tokens, paragraphStarts, loneSurrogates };
}

/** Moves an end index forward so it does not split a letter from its marks. */
function fixEnd(text: string, j: number, n: number): number {
  return skipMarks(text, j, n);
}

/** An e-mail address or bare domain starting at `i` (whose first word ends at `j`), if any. */
function emailOrDomain(text: string, i: number, j: number, n: number): { end: number; kind: TokenKind } | undefined {
  if (j >= n) return undefined;
  const c = text.charCodeAt(j);
  if (c !== 0x40 && c !== 0x2e && c !== 0x2d && c !== 0x5f && c !== 0x2b && c !== 0x25) return undefined;
  let k = j;
  while (k < n && isEmailChar(text.charCodeAt(k))) k++;
  if (k < n && text.charCodeAt(k) === 0x40) {
    EMAIL.lastIndex = i;
    if (EMAIL.test(text)) return { end: fixEnd(text, EMAIL.lastIndex, n), kind: 'email' };
  }
  if (c === 0x2e || c === 0x2d) {
    DOMAIN.lastIndex = i;
    if (DOMAIN.test(text)) {
      let end = DOMAIN.lastIndex;
      const trail = URL_TRAILING.exec(text.slice(i, end));
      if (trail) end -= trail[0].length;
      return { end: fixEnd(text, end, n), kind: 'url' };
    }
  }
  return undefined;
}
