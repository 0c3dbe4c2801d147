/**
 * The orthographic matching key of words and names ({@link nameKey}): the form under which the spellings
 * Arabic news uses interchangeably compare equal. A text-level function, so that the segmenter can key each
 * word form once (see `lexemeOf` in src/segment) and the entity and quote stages read that key.
 */

const keyCache = new Map<string, string>();

/** Orthographic key of a word or name: the variants Arabic news spells interchangeably compare equal. */
export function nameKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computeKey(text);
  if (text.length <= 40) {
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

function computeKey(input: string): string {
  // Presentation forms (ﻻ، ﷲ) and other compatibility characters need NFKC; plain text does not.
  const text = /[\uFB50-\uFDFF\uFE70-\uFEFF\u00A0-\u00FF\u2000-\u206F]/u.test(input) ? input.normalize('NFKC') : input;
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ch: string;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640) continue;
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) ch = 'ا';
    else if (c === 0x0624) ch = 'و';
    else if (c === 0x0626 || c === 0x0649 || c === 0x06cc) ch = 'ي'; // (ی Persian yeh, as the segmenter's norm)
    else if (c === 0x06a9 || c === 0x06af) ch = 'ك'; // ک keheh; گ gaf, which Arabic copy writes ك (الگرعاوي / الكرعاوي)
    else if (c === 0x067e) ch = 'ب'; // پ peh
    else if (c === 0x06a8) ch = 'ق'; // ڨ, the Tunisian «g» of ق (بن ڨردان / بن قردان)
    else if (c === 0x0629) ch = 'ه';
    else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) ch = text[i]!;
    else if (c >= 0x41 && c <= 0x5a) ch = String.fromCharCode(c + 32);
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) ch = ' ';
    else {
      const s = text[i]!;
      ch = /[\p{L}\p{N}]/u.test(s) ? s.toLowerCase() : ' ';
    }
    if (ch === ' ') {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += ch;
  }
  return out;
}

/** Letters {@link nameKey} folds that the segmenter's `norm` keeps: the hamza seats, gaf (گ) and peh (پ). */
const NORM_TO_KEY = /[ؤئگپ]/gu;
/** What {@link nameKey} makes of each of them. */
const KEY_LETTER: Readonly<Record<string, string>> = { 'ؤ': 'و', 'ئ': 'ي', 'گ': 'ك', 'پ': 'ب' };

/** A character that is neither a letter nor a digit. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

/**
 * A token's matching key ({@link nameKey} of its text): for a word or Latin token, its `norm` (already
 * without harakat and tatweel, alef, yaa and taa unified) with the letters folded as {@link nameKey}
 * folds them, which spares keying the text again; other tokens keyed from their text.
 */
export function tokenTextKey(text: string, norm: string, wordLike: boolean): string {
  if (wordLike && norm) {
    const letters = plainLetters(norm);
    if (letters === PLAIN) return norm;
    if (letters === FOLD || !NOT_LETTER_OR_DIGIT.test(norm)) return norm.replace(NORM_TO_KEY, (c) => KEY_LETTER[c]!);
  }
  return nameKey(text);
}

/** {@link plainLetters}: basic Arabic or ASCII letters and digits only, none that {@link nameKey} folds. */
const PLAIN = 0;
/** {@link plainLetters}: basic letters and digits, some of them folded by {@link nameKey} (ؤ ئ گ پ). */
const FOLD = 1;
/** {@link plainLetters}: another character; the Unicode test decides. */
const OTHER = 2;

/**
 * What a norm is made of, read by char code: the keys of almost every token are their norms as they
 * are, and this loop is several times cheaper than the Unicode-property regex and the replace()
 * it spares (it runs once per word form the segmenter meets, and for every token made elsewhere).
 */
function plainLetters(norm: string): number {
  let result = PLAIN;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    // hamza … ghain, faa … yaa (every code point assigned, all letters)
    if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a)) {
      if (c === 0x0624 || c === 0x0626) result = FOLD; // ؤ ئ
      continue;
    }
    if (c === 0x06af || c === 0x067e) { // گ پ
      result = FOLD;
      continue;
    }
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    return OTHER;
  }
  return result;
}
