/**
 * Character classes for the hand-written scanner: one table lookup per UTF-16 code unit, built once
 * from Unicode properties, so the scanner never runs a regular expression per character.
 */
import { isCombiningMark } from '../pipeline/invariants.ts';

/** Skipped: controls, format characters, unassigned and private-use code points. */
export const C_OTHER = 0;
/** Horizontal white space. */
export const C_SPACE = 1;
/** A line break: ends a paragraph. */
export const C_NEWLINE = 2;
/** An Arabic letter (including tatweel and presentation-form letters). */
export const C_ARABIC = 3;
/** A letter of another script. */
export const C_LETTER = 4;
/** A decimal digit of any script. */
export const C_DIGIT = 5;
/** A combining mark: belongs to the character before it. */
export const C_MARK = 6;
/** Punctuation. */
export const C_PUNCT = 7;
/** A symbol, or a non-decimal number character (½, ²). */
export const C_SYMBOL = 8;
/** High surrogate. */
export const C_HIGH = 9;
/** Low surrogate. */
export const C_LOW = 10;
/** ZWNJ and ZWJ: inside Persian words and emoji sequences. */
export const C_JOINER = 11;

/** The class of every BMP code unit. */
export const CHAR_CLASS: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const digit = /\p{Nd}/u;
  const number = /\p{N}/u;
  const mark = /\p{M}/u;
  const punct = /\p{P}/u;
  const symbol = /\p{S}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      table[c] = C_HIGH;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      table[c] = C_LOW;
      continue;
    }
    const ch = String.fromCharCode(c);
    let cls = C_OTHER;
    if (isCombiningMark(c) || mark.test(ch)) cls = C_MARK;
    else if (letter.test(ch)) cls = isArabicScript(c) ? C_ARABIC : C_LETTER;
    else if (digit.test(ch)) cls = C_DIGIT;
    else if (number.test(ch)) cls = C_SYMBOL;
    else if (punct.test(ch)) cls = C_PUNCT;
    else if (symbol.test(ch)) cls = C_SYMBOL;
    else if (space.test(ch)) cls = C_SPACE;
    table[c] = cls;
  }
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) table[c] = C_NEWLINE;
  table[0x0640] = C_ARABIC; // tatweel (a modifier letter, Lm)
  table[0x200c] = C_JOINER;
  table[0x200d] = C_JOINER;
  // Percent signs are punctuation (Po) in Unicode but symbols for the reader.
  for (const c of [0x25, 0x066a, 0x2030, 0x2031]) table[c] = C_SYMBOL;
  return table;
}

function isArabicScript(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_DIGIT = /^\p{N}$/u;
const ASTRAL_MARK = /^\p{M}$/u;
const ASTRAL_PICTO = /^\p{Extended_Pictographic}$/u;
const astralCache = new Map<number, number>();

/** Astral classes beyond the BMP ones: pictographs get their own class. */
export const C_PICTO = 12;
/** A regional indicator (half of a flag). */
export const C_REGIONAL = 13;
/** An emoji modifier (skin tone) or tag character: continues an emoji. */
export const C_EMOJI_EXT = 14;

/** The class of an astral code point (cached). */
export function astralClass(cp: number): number {
  let cls = astralCache.get(cp);
  if (cls !== undefined) return cls;
  const ch = String.fromCodePoint(cp);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) cls = C_REGIONAL;
  else if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) cls = C_EMOJI_EXT;
  else if (ASTRAL_PICTO.test(ch)) cls = C_PICTO;
  else if (ASTRAL_MARK.test(ch)) cls = C_MARK;
  else if (ASTRAL_LETTER.test(ch)) cls = C_LETTER;
  else if (ASTRAL_DIGIT.test(ch)) cls = C_SYMBOL;
  else if (/^\p{S}$/u.test(ch)) cls = C_SYMBOL;
  else if (/^\p{P}$/u.test(ch)) cls = C_PUNCT;
  else cls = C_OTHER;
  if (astralCache.size < 4096) astralCache.set(cp, cls);
  return cls;
}

const BMP_PICTO = /^\p{Extended_Pictographic}$/u;
const BMP_EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

/** True for BMP symbols shown as emoji: ☀ ✅ ❤ (with U+FE0F) and emoji-presentation ones. */
export const BMP_EMOJI: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0x2000; c < 0x3300; c++) {
    const ch = String.fromCharCode(c);
    if (BMP_EMOJI_PRESENTATION.test(ch)) table[c] = 2; // emoji on its own
    else if (BMP_PICTO.test(ch)) table[c] = 1; // emoji only with U+FE0F
  }
  return table;
})();
