/**
 * Function words at the edges of a tagged name. The tagger scores each token in its context and now
 * and then runs a name on into the preposition after it («يوسف الشاهد على [هامش]», Youssef Chahed on
 * [the sidelines]) or starts a person with the complementiser before it («فإن الهاكر», so the
 * hacker). No name ends with a preposition or a complementiser, so these words leave the name
 * whatever the tagger said; used on the tagger's output (`tagSentences`, so `khabar tag` and
 * `eval:ner` see it too) and again in `ner()` after its own passes.
 *
 * @packageDocumentation
 */
import type { Tag } from './conll.ts';
import { spansOf } from './conll.ts';

/** «فان» (see {@link trimFunctionWords}): a «van» left in a name keeps its first letter. */
export const VAN = 'فان';

const HARAKAT_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/gu;

/**
 * Prepositions and complementisers as written (ى kept apart from ي: «على» (on) is no «علي» (Ali)):
 * no name ends with one.
 */
const NOT_NAME_ENDS: ReadonlySet<string> = new Set(['على', 'في', 'إلى', 'الى', 'عن', 'مع', 'من', 'إن', 'أن', 'ان']);

/**
 * Those that are also the names of Latin letters, as acronyms are spelled out: after another short
 * letter name they are part of the name («سي إن إن» CNN, «بي أف ام تي في» BFM TV).
 */
const LETTER_NAME_ENDS: ReadonlySet<string> = new Set(['في', 'إن', 'أن', 'ان']);

/** Complementisers a person's name never starts with, also behind «ف»: «فإن الهاكر» (so the hacker). */
const NOT_PERSON_STARTS: ReadonlySet<string> = new Set(['إن', 'أن', 'ان']);

/**
 * «فان» is «فإن» without its hamza or the Dutch «van» (فان نيستلروي, Van Nistelrooy; فان ديزل): before a
 * name of two words or more it is taken for the complementiser (فان برنار كازنوف), before one word for «van».
 */

/**
 * Takes trailing prepositions and complementisers out of every name of a sentence, and a leading
 * complementiser out of a person's name, in place (`tokens` as written, `tags` BIO). A one-word name
 * is left alone. Returns the number of tokens taken out.
 */
export function trimFunctionWords(tokens: readonly string[], tags: Tag[]): number {
  let changed = 0;
  const written = (k: number): string => tokens[k]!.replace(HARAKAT_AND_TATWEEL, '');
  for (const span of spansOf(tags)) {
    let { start, end } = span;
    while (end - start > 1) {
      const last = written(end - 1);
      if (!NOT_NAME_ENDS.has(last) || (LETTER_NAME_ENDS.has(last) && written(end - 2).length <= 2)) break;
      tags[--end] = 'O';
      changed++;
    }
    if (span.type === 'PER' && end - start > 1) {
      const first = written(start);
      const complementiser = first === VAN ? end - start > 2 : NOT_PERSON_STARTS.has(first) || (first.startsWith('ف') && NOT_PERSON_STARTS.has(first.slice(1)));
      if (complementiser) {
        tags[start++] = 'O';
        tags[start] = 'B-PER';
        changed++;
      }
    }
  }
  return changed;
}
