/**
 * Keys for linking entity names across articles, built on the entity stage's own name keys
 * (`src/entities/keys.ts`), so that corpus-wide linking agrees with in-article clustering.
 *
 * - {@link normKey}: the orthographic key of each word (harakat, alef and hamza forms, ى/ي, ة/ه,
 *   particles glued as in عبد الله / عبدالله), without the article: «قيس سعيّد» = «قيس سعيد».
 * - {@link variantKey}: each word without its long vowels when at least 4 letters remain
 *   (the entity stage's `skeleton`): «ترامب» = «ترمب» (Trump), «نتنياهو» = «نتانياهو».
 *   Short words stay exact, so حسن and حسين (two different names) never meet.
 * - {@link translitKey}: a coarse consonant skeleton shared by Arabic and Latin spellings
 *   («ترامب» and `Trump` → `TRMB`). The linker uses it only across scripts and only when it
 *   singles out one candidate.
 */
import { isLatin, nameTokens, skeleton, stripArticle, translitKey as wordTranslitKey } from '../entities/keys.ts';

/** The keyed words of a name, without the article. */
export function nameWords(name: string): string[] {
  return nameTokens(name)
    .map(stripArticle)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Exact key of a name: its keyed words joined by a space. */
export function normKey(name: string): string {
  return nameWords(name).join(' ');
}

/** Spelling-variant key: long vowels dropped from words that keep at least 4 letters. */
export function variantKey(name: string): string {
  return nameWords(name)
    .map((w) => {
      const s = skeleton(w);
      return s.length >= 4 ? s : w;
    })
    .join(' ');
}

/** Cross-script key: the consonant skeleton of each word (see the module comment). */
export function translitKey(name: string): string {
  return nameWords(name)
    .map((w) => wordTranslitKey(w))
    .filter(Boolean)
    .join(' ');
}

/** True when a name is written in Latin script. */
export function isLatinName(name: string): boolean {
  return isLatin(name);
}

/** True when a name has one word (after dropping the article): such names never merge on their own. */
export function isSingleWord(name: string): boolean {
  return nameWords(name).length <= 1;
}
