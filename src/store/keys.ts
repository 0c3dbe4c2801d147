/**
 * Keys for linking entity names across articles.
 *
 * - `normKey`: the normalised name without proclitics on each word (`الرئيس قيس سعيد` and
 *   `قيس سعيّد` differ, `قيس سعيد` and `قيس سعيّد` do not).
 * - `variantKey`: a consonant skeleton shared by Arabic and Latin spellings of one name: long
 *   vowels and Latin vowels are dropped (except a word-initial و/ي, w/y), letters fold into sound
 *   classes and doubled letters collapse. «ترامب» and «ترمب» (Trump) → `trmb`, and so does `Trump`;
 *   «محمد» and `Mohamed` → `mhmd`. It collides more often than `normKey`, so the linker prefers an
 *   exact `normKey` match and never uses a skeleton alone to merge a single-word name that could
 *   belong to several people.
 */
import { normalizeWord } from '../text/normalize.ts';

/** Arabic letters (after normalisation) to sound classes; absent letters are dropped. */
const ARABIC_CLASS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'ح': 'h', 'خ': 'h', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 's', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ڤ': 'f', 'پ': 'b', 'چ': 's', 'گ': 'g',
};

/** Latin digraphs first, then letters, to the same classes. */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sh|ch|sch/g, 's'],
  [/kh/g, 'h'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', j: 'j', g: 'j', h: 'h', d: 'd', r: 'r', z: 'z', s: 's', c: 'k', k: 'k', q: 'k',
  f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', w: 'w', y: 'y', x: 'ks',
};

const ARTICLE = /^(ال|وال|لل)/;

/** The normalised words of a name, without the article/proclitics that do not change who it is. */
export function nameWords(name: string): string[] {
  const normalized = normalizeWord(name).toLowerCase();
  return (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (w.length > 4 && ARTICLE.test(w) ? w.replace(ARTICLE, '') : w));
}

/** Exact key of a name: its normalised words joined by a space. */
export function normKey(name: string): string {
  return nameWords(name).join(' ');
}

function skeletonWord(word: string): string {
  let out = '';
  if (/[a-z]/.test(word)) {
    let w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to);
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      if ((c === 'w' || c === 'y') && i > 0) continue;
      const k = LATIN_CLASS[c];
      if (k) out += k;
      else if (/\d/.test(c)) out += c;
    }
  } else {
    for (let i = 0; i < word.length; i++) {
      const c = word[i]!;
      if ((c === 'و' || c === 'ي') && i > 0) continue;
      const k = ARABIC_CLASS[c];
      if (k) out += k;
      else if (/\d/.test(c)) out += c;
    }
  }
  // A final ة (normalised to ه) and a final Latin h are usually not heard: فاطمة / Fatima.
  return out.replace(/(.)\1+/g, '$1').replace(/(?<=..)h$/, '');
}

/** Variant (skeleton) key of a name: see the module comment. Empty when nothing is left. */
export function variantKey(name: string): string {
  return nameWords(name)
    .map(skeletonWord)
    .filter(Boolean)
    .join(' ');
}

/** True when a name has one word (after dropping the article): such names never merge on their own. */
export function isSingleWord(name: string): boolean {
  return nameWords(name).length <= 1;
}
