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
