/**
 * The names of the Latin letters as Arabic copy spells acronyms out: «سي إن إن» (CNN), «بي بي سي»
 * (BBC), «دبليو دي آر» (WDR), «إف بي آي» (FBI). Shared by the tagger's edge trim (a letter name after
 * another is part of the name, not a preposition) and the entity stage (a Latin acronym joins its
 * Arabic spelling). Keyed by the default {@link normalizeWord} form, which folds the alef and hamza
 * forms, so «إن»، «أن» and «ان» are one name.
 */
import { normalizeWord } from './normalize.ts';

/** Letter names (normalised, see {@link letterNameKey}) to the letters each may stand for («اي» is A, E or I). */
export const LATIN_LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['ايه', 'a'], ['اي', 'aei'], ['بي', 'bp'], ['سي', 'c'], ['دي', 'd'], ['اف', 'f'], ['جي', 'gj'], ['اتش', 'h'], ['ايتش', 'h'],
  ['اش', 'h'], ['جاي', 'j'], ['كيه', 'k'], ['كي', 'k'], ['ال', 'l'], ['ايل', 'l'], ['ام', 'm'], ['ان', 'n'], ['او', 'o'],
  ['يو', 'u'], ['كيو', 'q'], ['ار', 'r'], ['اس', 's'], ['تي', 't'], ['في', 'v'], ['دبليو', 'w'], ['اكس', 'x'], ['واي', 'y'],
  ['زد', 'z'], ['زي', 'z'],
]);

/** A word as {@link LATIN_LETTER_NAMES} is keyed: the default {@link normalizeWord} form (alef and hamza forms to «ا», «ى» to «ي», no harakat). */
export function letterNameKey(word: string): string {
  return normalizeWord(word);
}

/** True when `word` (as written) is the Arabic name of a Latin letter. */
export function isLatinLetterName(word: string): boolean {
  return LATIN_LETTER_NAMES.has(letterNameKey(word));
}
