/**
 * Search text for the store: what is indexed, how queries are parsed, and how matches are found
 * again in the ORIGINAL text (highlights and snippets).
 *
 * Full-text engines fold nothing Arabic, so khabar indexes its own normalised form (see
 * `src/text/normalize.ts`: alef forms, ى/ي, ة/ه, harakat, tatweel, digits) plus, for words with a
 * proclitic (و ف ب ل ك ال وال بال …), the word without it: `والحكومة` is indexed as `والحكومه`
 * and `حكومه`, so a search for «الحكومة» (the government) or «حكومة» finds it. Highlights are
 * recomputed on the original text with the same rules and mapped back through the normaliser's
 * offset map, so every offset a search returns is a span of the article as stored.
 */
import { normalize, normalizeWord } from '../text/normalize.ts';
import type { Span } from '../document.ts';
import type { Snippet } from './store.ts';

/** A word: letters, marks and digits (after normalisation, digits are ASCII). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Proclitic prefixes stripped for indexing, longest first, with the least length of what must be
 * left. Conservative on purpose: a single-letter prefix leaves at least 3 letters, so بحر (sea)
 * stays بحر rather than becoming حر (free).
 */
const PREFIXES: readonly [string, number][] = [
  ['وبال', 2],
  ['وكال', 2],
  ['فبال', 2],
  ['وال', 2],
  ['فال', 2],
  ['بال', 2],
  ['كال', 2],
  ['ولل', 2],
  ['لل', 2],
  ['ال', 2],
  ['و', 3],
  ['ف', 3],
  ['ب', 3],
  ['ل', 3],
];

/**
 * The light stem of a normalised word: the word without its proclitic(s), or the word itself.
 * `والحكومه` → `حكومه`, `للرييس` → `رييس`, `بحر` → `بحر`.
 */
export function lightStem(word: string): string {
  for (const [prefix, rest] of PREFIXES) {
    if (word.length - prefix.length >= rest && word.startsWith(prefix)) return word.slice(prefix.length);
  }
  return word;
}

/** The words of a normalised string. */
export function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Normalises a string for matching (one word or several). */
export function norm(s: string): string {
  return normalizeWord(s).trim();
}

/**
 * The text to put in the full-text index for one field: each normalised word, followed by its
 * light stem when that differs.
 */
export function indexText(text: string): string {
  return indexTokens(text, false);
}

/**
 * {@link indexText} followed by the pair tokens of the same words (see {@link PAIR_JOINER}), from
 * one normalisation of the text: what SQLite's full-text index stores for a title or body.
 */
export function indexTextWithPairs(text: string): string {
  return indexTokens(text, true);
}

function indexTokens(text: string, pairs: boolean): string {
  const ws = words(normalizeWord(text));
  const stems = ws.map(lightStem);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    out.push(ws[i]!);
    if (stems[i] !== ws[i]) out.push(stems[i]!);
  }
  if (pairs) for (let i = 1; i < ws.length; i++) out.push(`${stems[i - 1]}${PAIR_JOINER}${stems[i]}`);
  return out.join(' ');
}

/**
 * Joins the two light stems of a word pair into one index token. TATWEEL is a letter to the
 * full-text tokenizer (so the pair stays one token) and normalisation removes it from every word,
 * so a pair token can never be mistaken for a word. Indexed beside the words, pair tokens turn a
 * phrase search into a lookup of one rare token per word pair, instead of intersecting the
 * position lists of common words (Elasticsearch's `index_phrases`): a name like «الاتحاد العام
 * التونسي للشغل» is four common words.
 */
export const PAIR_JOINER = '\u0640';

/** The index token of two adjacent words (light stems, joined): «الجمهورية التونسية» → جمهوريه‍تونسيه. */
export function pairToken(first: string, second: string): string {
  return `${lightStem(first)}${PAIR_JOINER}${lightStem(second)}`;
}

/** The pair tokens a phrase of normalised words must all match (none for one word), without repeats. */
export function phrasePairs(phrase: string): string[] {
  const ws = phrase.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 1; i < ws.length; i++) out.add(pairToken(ws[i - 1]!, ws[i]!));
  return [...out];
}

/**
 * A parsed query: groups that must all match (AND); inside a group, alternatives (OR); each
 * alternative is a phrase of one or more normalised words.
 */
export type QueryTerms = string[][];

/**
 * Parses a query string into terms: one group per word, with the word and its light stem as
 * alternatives; `"quoted phrases"` stay one group. Returns an empty list for a query without words.
 */
export function parseQuery(q: string): QueryTerms {
  const groups: QueryTerms = [];
  const parts = q.match(/"[^"]*"|[^\s"]+/g) ?? [];
  for (const part of parts) {
    if (part.startsWith('"')) {
      const ws = words(norm(part.slice(1, -1)));
      if (ws.length) groups.push([ws.join(' ')]);
      continue;
    }
    for (const w of words(norm(part))) {
      const s = lightStem(w);
      groups.push(s !== w ? [w, s] : [w]);
    }
  }
  return groups;
}

/** Adds alternatives to a group, keeping it free of duplicates. */
export function addAlternatives(group: string[], alternatives: Iterable<string>): void {
  for (const a of alternatives) {
    const phrase = words(norm(a)).join(' ');
    if (phrase && !group.includes(phrase)) group.push(phrase);
  }
}

/**
 * Drops the alternatives of a group that contain another alternative as a run of whole words: they
 * match nothing more (every article with «وزارة الداخلية الفرنسية», the French interior ministry,
 * has «وزارة الداخلية») and each phrase costs the full-text engine a walk of position lists.
 */
export function pruneAlternatives(group: readonly string[]): string[] {
  const padded = group.map((g) => ` ${g} `);
  return group.filter((g, i) => !padded.some((other, j) => j !== i && other.length < padded[i]!.length && padded[i]!.includes(other)));
}

interface WordAt {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/**
 * Finds every match of the query terms in an original text and returns them as spans of the
 * original (sorted, non-overlapping), at most `max`.
 */
export function findHighlights(text: string, terms: QueryTerms, max = 200): Span[] {
  if (!terms.length || !text) return [];
  const n = normalize(text);
  const ws: WordAt[] = [];
  for (const m of n.text.matchAll(WORD)) ws.push({ word: m[0], stem: lightStem(m[0]), start: m.index, end: m.index + m[0].length });
  // In a phrase, words compare by their light stems too, as pair tokens do.
  const phrases = terms.flat().map((p) => p.split(' ').map((w) => [w, lightStem(w)] as const));
  const out: Span[] = [];
  let lastEnd = -1;
  for (let i = 0; i < ws.length && out.length < max; i++) {
    let best = 0;
    for (const phrase of phrases) {
      if (phrase.length <= best || i + phrase.length > ws.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.length; k++) {
        const w = ws[i + k]!;
        const [word, stem] = phrase[k]!;
        if (w.word !== word && w.stem !== word && (phrase.length === 1 || w.stem !== stem)) {
          ok = false;
          break;
        }
      }
      if (ok) best = phrase.length;
    }
    if (!best) continue;
    const span = n.originalSpan(ws[i]!.start, ws[i + best - 1]!.end);
    if (span.start >= lastEnd) {
      out.push(span);
      lastEnd = span.end;
    }
    i += best - 1;
  }
  return out;
}

/**
 * The best passage of about `width` code units around the densest cluster of highlights (or the
 * opening of the text when nothing matched), cut at word boundaries. Offsets are absolute.
 */
export function makeSnippet(text: string, highlights: readonly Span[], width = 240): Snippet {
  if (text.length <= width) return { start: 0, end: text.length, text, highlights: [...highlights] };
  let center = 0;
  if (highlights.length) {
    let bestCount = -1;
    for (let i = 0; i < highlights.length; i++) {
      let count = 0;
      for (let j = i; j < highlights.length && highlights[j]!.end - highlights[i]!.start <= width * 0.8; j++) count++;
      if (count > bestCount) {
        bestCount = count;
        center = highlights[i]!.start;
      }
    }
  }
  let start = highlights.length ? Math.max(0, center - Math.floor(width / 4)) : 0;
  let end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  // Cut at whitespace so that no word (and no letter with its harakat) is split.
  if (start > 0) {
    const ws = text.slice(start, start + 40).search(/\s/);
    if (ws >= 0) start += ws + 1;
  }
  if (end < text.length) {
    const tail = text.slice(Math.max(start, end - 40), end);
    const ws = tail.search(/\s\S*$/);
    if (ws >= 0) end = Math.max(start, end - 40) + ws;
  }
  const inside = highlights.filter((h) => h.start >= start && h.end <= end);
  return { start, end, text: text.slice(start, end), highlights: inside };
}
