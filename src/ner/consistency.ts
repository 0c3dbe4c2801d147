/**
 * One name, one reading per document: a name the tagger found once is tagged wherever else it
 * occurs untagged in the same document, including behind a proclitic (بلينكن found, so
 * «لبلينكن», to Blinken, is a name too). The tagger alone misses such repeats when the clitic
 * hides the word from its lexical features.
 *
 * @packageDocumentation
 */
import type { Tag } from './conll.ts';
import { spansOf } from './conll.ts';
import { fold, strips, type Strip } from './fold.ts';
import { TRIGGERS } from './triggers.ts';
import type { WordFacts } from './features.ts';

/** A sentence's tokens and (mutable) tags. */
export interface TaggedTokens {
  tokens: readonly string[];
  tags: Tag[];
}

const MAX_WORDS = 6;

/** Second halves of compound given names: «عز الدين» (Izz al-Din), «عبد الله» (Abdallah), folded. */
const COMPOUND_SECONDS: ReadonlySet<string> = new Set(['الدين', 'الله', 'الرحمن', 'الرحمان', 'العزيز', 'الكريم', 'الحق'].map(fold));
/** «الدين» (of the faith), folded: the second half of the commonest compound given names (عز الدين، نور الدين). */
export const DIN = fold('الدين');

/** «على» (on) as written, which folds as the given name «علي» (Ali): before a name it is the preposition («على ترامب»). */
export const ON_WRITTEN = 'على';

/** Options of {@link propagateNames}. */
export interface PropagateOptions {
  /**
   * Which last words of a full person name may stand alone as the name (folded; with the name's folded words and its last
   * token as written). Unset: none.
   * Measured on ANERcorp dev, allowing every last name costs precision (many are common words:
   * سعيد، عباس); the `ner()` stage allows those outside the model's vocabulary of common words.
   */
  lastName?: (folded: string, name: { words: readonly string[]; lastToken: string }) => boolean;
  /**
   * Which untagged words right before a carried one-word person name are its given name (folded):
   * in «عماد الحمامي» after «الحمامي» was found, the whole «عماد الحمامي» is the name, not the
   * surname alone. Unset: none.
   */
  givenName?: (folded: string) => boolean;
  /** Folded form and proclitic readings of a token; defaults to computing them (pass a cache). */
  facts?: (token: string) => { word: string; strips: readonly Strip[] };
  /** The same facts for every token, sentence by sentence, when the caller has them already. */
  sentenceFacts?: readonly (readonly WordFacts[])[];
}

const computeFacts = (token: string): { word: string; strips: readonly Strip[] } => {
  const word = fold(token);
  return { word, strips: strips(word) };
};

/**
 * Tags untagged repeats of names found elsewhere in `sentences` (one document), in place. A name
 * of one word must have at least three letters and not be a trigger word; a name seen with two
 * types is left alone. A person's last name counts as a name of its own. Returns the number of names added.
 */
export function propagateNames(sentences: TaggedTokens[], options: PropagateOptions = {}): number {
  const { lastName, givenName } = options;
  const factsOf = options.facts ?? computeFacts;
  const types = new Map<string, Set<string>>();
  /** The keys of names as written (not a proclitic reading of their first word). */
  const written = new Set<string>();
  const facts = options.sentenceFacts ?? sentences.map((s) => s.tokens.map(factsOf));
  const folded = facts.map((f) => f.map((x) => x.word));
  sentences.forEach((s, si) => {
    for (const span of spansOf(s.tags)) {
      if (span.end - span.start > MAX_WORDS) continue;
      const words = folded[si]!.slice(span.start, span.end);
      const first = facts[si]![span.start]!.strips;
      // The name as written and without the first word's proclitics (the longest reading).
      const keys = [words[0]!, first[0]!.rest].map((head) => [head, ...words.slice(1)].join(' '));
      written.add(keys[0]!);
      // A person named in full is later called by the last name (أنتوني بلينكن … بلينكن).
      if (lastName && span.type === 'PER' && words.length >= 2) {
        const last = words[words.length - 1]!;
        if (last.length >= 3 && lastName(last, { words, lastToken: s.tokens[span.end - 1]! })) keys.push(last);
      }
      for (const key of new Set(keys)) {
        const set = types.get(key) ?? new Set<string>();
        set.add(span.type);
        types.set(key, set);
      }
    }
  });
  if (!types.size) return 0;
  const firstWords = new Set<string>();
  for (const key of types.keys()) firstWords.add(key.split(' ', 1)[0]!);
  let added = 0;
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    for (let i = 0; i < words.length; i++) {
      if (s.tags[i] !== 'O') continue;
      const readings = facts[si]![i]!.strips;
      if (!readings.some((r) => firstWords.has(r.rest))) continue;
      let found: { len: number; type: string; proclitic: string } | null = null;
      for (let len = Math.min(MAX_WORDS, words.length - i); len >= 1 && !found; len--) {
        let free = true;
        for (let k = i; k < i + len; k++) if (s.tags[k] !== 'O') free = false;
        if (!free) continue;
        const rest = words.slice(i + 1, i + len);
        // (First the readings that some name was written as, then those only its proclitic readings made: «كربول» (Karboul),
        // a name as written, is no «ك» + «ربول» — only a bare name brings the given name before it; «لأوباما» (to Obama) is
        // «ل» + «أوباما» when the document writes «أوباما» too.)
        let any: { len: number; type: string; proclitic: string } | null = null;
        for (const head of readings) {
          if (len === 1 && (head.rest.length < 3 || TRIGGERS.has(head.rest))) continue;
          const key = [head.rest, ...rest].join(' ');
          const set = types.get(key);
          if (!set || set.size !== 1) continue;
          const match = { len, type: [...set][0]!, proclitic: head.proclitic };
          if (written.has(key)) {
            found = match;
            break;
          }
          any ??= match;
        }
        found ??= any;
      }
      if (found) {
        for (let k = 0; k < found.len; k++) s.tags[i + k] = `${k === 0 ? 'B' : 'I'}-${found.type}` as Tag;
        // A carried one-word person name, bare or with the article, and what precedes it (only
        // with a given-name test).
        const bare = found.proclitic === '' || found.proclitic === 'ال';
        if (givenName && found.type === 'PER' && found.len === 1 && i > 0 && bare) {
          const previous = s.tags[i - 1]!;
          // A surname right after a person's name the tagger cut short continues it (عز الدين | القرامي).
          if (previous.endsWith('-PER')) s.tags[i] = 'I-PER';
          else if (previous === 'O' && givenName(words[i - 1]!) && s.tokens[i - 1] !== ON_WRITTEN) {
            // The second half of a compound given name brings its first (عز الدين القرامي), or nothing
            // when the first is already in another name.
            const first = !COMPOUND_SECONDS.has(words[i - 1]!) ? i - 1 : i > 1 && s.tags[i - 2] === 'O' ? i - 2 : -1;
            for (let k = first; first >= 0 && k <= i; k++) s.tags[k] = k === first ? 'B-PER' : 'I-PER';
          }
        }
        added++;
        i += found.len - 1;
      }
    }
  });
  return added;
}

/**
 * {@link propagateNames} over a stream of sentences without document boundaries (a CoNLL file):
 * each sentence is completed from the names tagged within `window` sentences before and after it,
 * as the tagger left them (the added names do not spread further). Returns the new tags.
 */
export function propagateInWindows(sentences: readonly TaggedTokens[], window: number, options: PropagateOptions = {}): Tag[][] {
  return sentences.map((_, i) => {
    const from = Math.max(0, i - window);
    const win = sentences.slice(from, i + window + 1).map((s) => ({ tokens: s.tokens, tags: s.tags.slice() }));
    propagateNames(win, options);
    return win[i - from]!.tags;
  });
}
