/**
 * The "lexicon form" of a word: the form in which the clitic lexicon counts words and in which the
 * clitic segmenter looks them up. It is lighter than {@link normalizeWord}'s default: it removes
 * harakat, tatweel, format marks and presentation forms, but keeps hamza on alef, alef maqsura and
 * taa marbuta, because they tell clitic readings apart (وإلى "and to" vs والي "governor").
 */
import { normalizeWord, type NormalizeOptions } from '../text/normalize.ts';

/** Options of {@link normalizeWord} that give the lexicon form. */
export const LEXICON_FORM_OPTIONS: Readonly<NormalizeOptions> = Object.freeze({
  alef: false,
  alefMaqsura: false,
  taaMarbuta: false,
  digits: false,
  punctuation: false,
  lowercase: false,
  spaces: false,
});

/** The lexicon form of a word (see the module comment). */
export function lexiconForm(word: string): string {
  return normalizeWord(word, LEXICON_FORM_OPTIONS);
}

/**
 * Whether a lexicon form is a common noun with a possessive pronoun («دعمها» her support, «مقاطعتها» its boycott):
 * its stem, with «ة» for a «ت» before the pronoun, is a word `count` finds 20 times or more. No name ends so, so the
 * word closes any name before it. `count` gives a lexicon form's frequency.
 */
export function possessedNounForm(form: string, count: (form: string) => number): boolean {
  const m = /^(.{3,}?)(ها|هم|هما|ه)$/u.exec(form);
  if (!m) return false;
  const stem = m[1]!;
  return count(stem) >= 20 || (stem.endsWith('ت') && count(stem.slice(0, -1) + 'ة') >= 20);
}
