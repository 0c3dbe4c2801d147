/**
 * Clitic segmentation of Arabic words, decided with a word-frequency lexicon counted from real news
 * (`data/word-freq.tsv`, built by `npm run build:lexicon`).
 *
 * A word is split into proclitics (conjunction «و/ف», preposition or future particle «ب/ك/ل/س», the
 * article «ال», or «ل» + elided article in «لل»), a stem, and a pronoun enclitic («ه ها هم هما هن كم
 * كما نا ني»). Each candidate split is scored by how often its remainder occurs as a word on its own,
 * weighted per clitic, against how often the whole word occurs (and takes the article itself), so
 * words that merely start with a clitic letter stay whole: بغداد، لبنان، فلسطين، كامل، والي، بيروت.
 *
 * @packageDocumentation
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { SegmentRole } from '../document.ts';
import { normalize } from '../text/normalize.ts';
import { LEXICON_FORM_OPTIONS, lexiconForm } from './lexicon-form.ts';
import {
  CLITIC_WEIGHT,
  CLITIC_BOOST,
  STEM_FACTOR,
  CONJUNCTIONS,
  ENCLITICS,
  IMPERFECT_PREFIXES,
  NOT_ARTICLE,
  PREPOSITIONS,
  WHOLE_WORDS,
} from './data/clitics.ts';

/** One segment of a word, with offsets relative to the word (UTF-16 code units). */
export interface WordSegment {
  start: number;
  end: number;
  role: SegmentRole;
}

/** The clitic analysis of a word (see {@link analyzeWord}). */
export interface WordAnalysis {
  /** Segments covering the word exactly, in order; a single `stem` when nothing is split. */
  readonly segments: readonly WordSegment[];
  /** Index in `segments` of the definite article (a proclitic), or -1. */
  readonly article: number;
  /**
   * True when the article's alef is elided after «ل»: in «للمملكة» (for the kingdom) the segments are
   * «ل» + «ل» (the article) + «مملكة».
   */
  readonly articleElided: boolean;
}

// ---------------------------------------------------------------------------------------------
// The lexicon

let lexicon: Map<string, number> | undefined;

/** Where the lexicon lives: beside this module in the sources, or under the package root. */
function lexiconPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'data', 'word-freq.tsv'),
    join(here, '..', '..', '..', 'src', 'segment', 'data', 'word-freq.tsv'),
    join(here, '..', '..', 'src', 'segment', 'data', 'word-freq.tsv'),
  ];
  return candidates.find((p) => existsSync(p));
}

/**
 * The word-frequency lexicon (lexicon form → count), loaded once on first use. Empty when the file
 * is missing, in which case only {@link WHOLE_WORDS}-style rules apply and nothing else is split.
 */
export function getLexicon(): ReadonlyMap<string, number> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  const path = lexiconPath();
  if (!path) return lexicon;
  const text = readFileSync(path, 'utf8');
  let i = 0;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    if (text.charCodeAt(i) !== 0x23 /* # */) {
      const tab = text.indexOf('\t', i);
      if (tab > i && tab < nl) lexicon.set(text.slice(i, tab), Number(text.slice(tab + 1, nl)));
    }
    i = nl + 1;
  }
  return lexicon;
}

let names: Set<string> | undefined;

/** Protected names (one-word first names, last names, countries, big cities): never split by a proclitic. */
function getNames(): ReadonlySet<string> {
  if (names) return names;
  names = new Set();
  const path = lexiconPath()?.replace(/word-freq\.tsv$/, 'names.txt');
  if (!path || !existsSync(path)) return names;
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line && !line.startsWith('#')) names.add(line);
  return names;
}

/** Replaces the lexicon (for experiments and tests); `undefined` reloads the shipped one. */
export function setLexicon(entries: ReadonlyMap<string, number> | undefined): void {
  lexicon = entries ? new Map(entries) : undefined;
  cache.clear();
}

// ---------------------------------------------------------------------------------------------
// Analysis of a lexicon form

interface Cut {
  /** Length in lexicon-form characters. */
  length: number;
  role: SegmentRole;
  article?: 'written' | 'elided';
}

const ALEF_LAM = 'ال';

function isArabicLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a || c === 0x0640) return false;
  }
  return true;
}

/** How often `r` occurs, allowing for the stem changes an enclitic causes (حكومت+ه ← حكومة). */
function remainderCount(lex: ReadonlyMap<string, number>, r: string, withEnclitic: boolean): number {
  let n = lex.get(r) ?? 0;
  if (withEnclitic && r.length > 1) {
    const head = r.slice(0, -1);
    const last = r.charCodeAt(r.length - 1);
    if (last === 0x062a /* ت */) {
      n += lex.get(`${head}ة`) ?? 0;
      n += lex.get(`ال${head}ة`) ?? 0;
    } else if (last === 0x0627 /* ا */ || last === 0x064a /* ي */) n += lex.get(`${head}ى`) ?? 0;
    // A noun with an enclitic never has the article, but its stem is seen with it elsewhere.
    n += lex.get(ALEF_LAM + r) ?? 0;
  }
  return n;
}

/**
 * Words that start with «ال» without an article follow a few patterns: form VIII verbs and masdars
 * of roots beginning with «ل» (التزام "commitment", التحق "joined", التقطت "she captured") and
 * form IV ones (الغاء "cancelling", القى "delivered"). Such a word keeps «ال» when its stem never
 * occurs alone.
 */
const NON_ARTICLE_PATTERN = /^(?:الت..(?:ت|وا|ا)?|الت.ا.(?:ات|ا)?|الت.ى|ال.ا.|ال.ى)$/;

/** Is «ال» at the start of `r` the definite article? */
function hasArticle(lex: ReadonlyMap<string, number>, r: string): boolean {
  if (r.length < 4 || !r.startsWith(ALEF_LAM) || NOT_ARTICLE.has(r)) return false;
  if (!NON_ARTICLE_PATTERN.test(r)) return true;
  const stem = r.slice(2);
  const evidence =
    (lex.get(stem) ?? 0) + (lex.get(`${stem}ي`) ?? 0) + (lex.get(`${stem}ة`) ?? 0) + (lex.get(`لل${stem}`) ?? 0);
  // A frequent word of such a pattern whose stem never occurs alone has no article.
  return evidence >= 2 || (lex.get(r) ?? 0) < 3;
}

/** First letters of the proclitics و ف ب ك ل س. */
const PROCLITIC_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0633]);

/** Short remainders that a preposition may leave: pronouns and particles (بما، لهم، بذا). */
const SHORT_STEMS = new Set(['ما', 'من', 'هو', 'هي', 'هم', 'هن', 'ها', 'نا', 'ذا', 'كم', 'هما', 'كل', 'أن', 'إن']);

/** The clitic cuts of a lexicon form made only of Arabic letters. */
function analyzeForm(w: string, checkStacking = true): Cut[] {
  const lex = getLexicon();
  const whole: Cut[] = [{ length: w.length, role: 'stem' }];
  if (w.length < 3 || WHOLE_WORDS.has(w) || lex.size === 0 || getNames().has(w)) return articleCuts(lex, w, whole);
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  // Most words can have no clitic but the article: no proclitic letter first, no enclitic letter last.
  if (!PROCLITIC_LETTERS.has(first) && last !== 0x0647 /* ه */ && last !== 0x0627 /* ا */ && last !== 0x0645 /* م */ && last !== 0x0646 /* ن */ && last !== 0x064a /* ي */) {
    return articleCuts(lex, w, whole);
  }

  // A word that takes the article itself is a stem (الوزير → وزير is a word, not و + زير) …
  const takesArticle = w.startsWith(ALEF_LAM)
    ? 0
    : (lex.get(ALEF_LAM + w) ?? 0) + (lex.get(`بال${w}`) ?? 0) + (lex.get(`وال${w}`) ?? 0) + (lex.get(`لل${w}`) ?? 0);
  // … and so is a word that takes a conjunction (وولاية): conjunctions do not stack.
  const takesConjunction = (lex.get(`و${w}`) ?? 0) + (lex.get(`ف${w}`) ?? 0);
  const count = lex.get(w) ?? 0;
  // The whole word's score against a split; a conjunction before the word is a sign against
  // stripping a conjunction only (it stacks on a preposition: وبالنسبة).
  const wholeScore = count + 2 * takesArticle;
  const wholeScoreConj = wholeScore + 2 * takesConjunction;

  let bestScore = 1;
  let best: { conj: string; prep: string; elided: boolean; enc: string } | undefined;
  const conjs = ['', ...CONJUNCTIONS.filter((c) => w.startsWith(c))];
  const encs = ['', ...ENCLITICS.filter((e) => w.endsWith(e))];
  for (const conj of conjs) {
    const afterConj = w.slice(conj.length);
    const preps: [string, boolean][] = [['', false]];
    for (const p of PREPOSITIONS) {
      if (!afterConj.startsWith(p)) continue;
      preps.push([p, false]);
      if (p === 'ل' && afterConj.startsWith('لل')) preps.push([p, true]);
    }
    for (const [prep, elided] of preps) {
      const rest = afterConj.slice(prep.length + (elided ? 1 : 0));
      // Proclitics do not stack out of order: a preposition takes no conjunction after it, and «ب/ل» no «ل». A
      // remainder that is itself best read so («وعلي» = و + علي, «لحسن» = ل + حسن) makes the whole a name: «بوعلي»
      // (Bouali), «لوبن» (Le Pen), «بلحسن» (Belhassen); not «بلندن» (in London), «بوزارة» (in a ministry) or «لوزارته»
      // (ل + وزارت + ه: the remainder is read with its enclitic). One level deep: the remainder's own reading does not
      // ask the question again.
      const stacked = checkStacking && prep !== '' && !elided && !conj && (rest.startsWith('و') || ((prep === 'ب' || prep === 'ل') && rest.startsWith('ل'))) && stacksClitic(rest);
      for (const enc of encs) {
        if (!conj && !prep && !enc) continue;
        const stemLength = rest.length - enc.length;
        if (stemLength < 2) continue;
        let r = rest.slice(0, stemLength);
        if (prep && !elided && stemLength < 3 && !SHORT_STEMS.has(r)) continue;
        // Nisba adjectives end in «ني» (الأمني "security", الفني "technical"): «ني» (me) needs a longer stem.
        if (enc === 'ني' && stemLength < 3) continue;
        // A definite word takes no pronoun enclitic.
        if (enc && (elided || r.startsWith(ALEF_LAM))) continue;
        if (elided) r = ALEF_LAM + r;
        if (prep === 'س' && !IMPERFECT_PREFIXES.has(r[0]!)) continue;
        if (elided && !hasArticle(lex, r)) continue;
        if (stacked) continue;
        const remainder = remainderCount(lex, r, enc !== '');
        if (remainder < 2) continue;
        // The evidence of a split is the remainder's frequency, weighted per clitic; and the whole
        // word's own signs of being a stem (the article before it; a conjunction before it, for a
        // split that strips a conjunction) turn the weight down, their absence up.
        const stemSigns = conj ? takesArticle + takesConjunction : takesArticle;
        let score = remainder * (stemSigns > 0 ? STEM_FACTOR : CLITIC_BOOST);
        if (conj) score *= CLITIC_WEIGHT[conj]!;
        if (prep) score *= CLITIC_WEIGHT[prep]!;
        if (enc) score *= CLITIC_WEIGHT.enclitic!;
        score /= (conj ? wholeScoreConj : wholeScore) || 1;
        if (score > bestScore) {
          bestScore = score;
          best = { conj, prep, elided, enc };
        }
      }
    }
  }
  if (!best) return articleCuts(lex, w, whole);

  const cuts: Cut[] = [];
  if (best.conj) cuts.push({ length: best.conj.length, role: 'proclitic' });
  if (best.prep) cuts.push({ length: best.prep.length, role: 'proclitic' });
  if (best.elided) cuts.push({ length: 1, role: 'proclitic', article: 'elided' });
  const before = best.conj.length + best.prep.length + (best.elided ? 1 : 0);
  const stem = w.slice(before, w.length - best.enc.length);
  // A word with a pronoun enclitic has no article (التقطته "it captured it" is not ال + …).
  if (!best.elided && !best.enc) cuts.push(...articleCuts(lex, stem, [{ length: stem.length, role: 'stem' }]));
  else cuts.push({ length: stem.length, role: 'stem' });
  if (best.enc) cuts.push({ length: best.enc.length, role: 'enclitic' });
  return cuts;
}

/** Whether the lexicon form `r` is best read with a conjunction or a preposition in front («وعلي», «لحسن»). */
function stacksClitic(r: string): boolean {
  if (r.length < 3) return false;
  const cuts = analyzeForm(r, false);
  return cuts.length > 1 && cuts[0]!.role === 'proclitic' && cuts[0]!.article === undefined;
}

/** Splits the article off a stem when it is one. */
function articleCuts(lex: ReadonlyMap<string, number>, stem: string, whole: Cut[]): Cut[] {
  if (!hasArticle(lex, stem)) return whole;
  return [
    { length: 2, role: 'proclitic', article: 'written' },
    { length: stem.length - 2, role: 'stem' },
  ];
}

// ---------------------------------------------------------------------------------------------
// Public API

const cache = new Map<string, WordAnalysis>();
const MAX_CACHE = 200_000;
const WHOLE_WORD = (length: number): WordAnalysis =>
  Object.freeze({ segments: Object.freeze([Object.freeze({ start: 0, end: length, role: 'stem' as const })]), article: -1, articleElided: false });

/**
 * The clitic analysis of one Arabic word, as it is written (harakat, tatweel and presentation forms
 * allowed: the offsets are into `word` itself and never split a letter from its harakat). Results
 * are cached; the returned objects are frozen and shared.
 *
 * ```ts
 * analyzeWord('وبالمدينة').segments; // و | ب | ال | مدينة  (proclitic ×3, stem)
 * analyzeWord('بغداد').segments;     // بغداد (stem): «ب» is a letter of the name here
 * ```
 */
export function analyzeWord(word: string): WordAnalysis {
  let result = cache.get(word);
  if (result) return result;
  result = computeAnalysis(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, result);
  return result;
}

function computeAnalysis(word: string): WordAnalysis {
  const form = lexiconForm(word);
  if (form.length < 3 || !isArabicLetters(form)) return WHOLE_WORD(word.length);
  const cuts = analyzeForm(form);
  if (cuts.length === 1) return WHOLE_WORD(word.length);

  // Map cut positions in the lexicon form back to the word (identity unless something was removed).
  const map = form === word ? undefined : normalize(word, LEXICON_FORM_OPTIONS);
  const segments: WordSegment[] = [];
  let article = -1;
  let elided = false;
  let formPos = 0;
  let start = 0;
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    formPos += cut.length;
    const end = k === cuts.length - 1 ? word.length : map ? map.toOriginal(formPos) : formPos;
    if (end <= start) continue; // a cut inside one presentation-form character: merge it
    if (cut.article) {
      article = segments.length;
      elided = cut.article === 'elided';
    }
    segments.push(Object.freeze({ start, end, role: cut.role }));
    start = end;
  }
  if (segments.length === 1) return WHOLE_WORD(word.length);
  return Object.freeze({ segments: Object.freeze(segments), article, articleElided: elided });
}

/**
 * The clitic segments of one Arabic word, relative to the word: `segmentWord('بالمملكة')` →
 * `[{0,1,proclitic}, {1,3,proclitic}, {3,8,stem}]` (ب | ال | مملكة). A single `stem` segment when the
 * word has no clitics (or is not Arabic).
 */
export function segmentWord(word: string): readonly WordSegment[] {
  return analyzeWord(word).segments;
}

/** Options of {@link stripProclitics}. */
export interface StripOptions {
  /** Keep the definite article with the name (العراق stays العراق). Default true. */
  keepArticle?: boolean;
  /**
   * Names the caller knows (a gazetteer, the names seen so far in the document), given in lexicon
   * form (see `lexiconForm`). When the word itself is not known but stripping the conjunction and
   * preposition proclitics gives a known name, that name wins over the frequency lexicon: the
   * lexicon cannot know «بلينكن» (Blinken), but an NER stage that has seen it can strip «لبلينكن».
   */
  known?: (name: string) => boolean;
}

const STRIPPABLE = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * A name without its proclitics, keeping the definite article by default: what the NER and entity
 * stages need to turn a mention into a name.
 *
 * - «لبلينكن» (to Blinken) → `{ start: 1, end: 7, text: 'بلينكن' }`
 * - «بالمملكة» (in the kingdom) → `{ start: 1, end: 8, text: 'المملكة' }`
 * - «العراق» (Iraq) → `{ start: 0, end: 6, text: 'العراق' }`: the article belongs to the name
 * - «للمملكة» (for the kingdom) → `{ start: 1, end: 7, text: 'المملكة' }`: the article's alef is
 *   elided after «ل», so `text` restores it and is then not `word.slice(start, end)`.
 *
 * Enclitics stay (names do not take them; a pronoun suffix on a common noun is kept as written).
 * `start`/`end` are relative to `word`; add the token's start for document offsets.
 */
export function stripProclitics(word: string, options: StripOptions = {}): { start: number; end: number; text: string } {
  const keepArticle = options.keepArticle ?? true;
  const { known } = options;
  if (known) {
    const form = lexiconForm(word);
    if (!known(form) && form.length === word.length) {
      for (const p of STRIPPABLE) {
        if (form.length - p.length >= 2 && form.startsWith(p) && known(form.slice(p.length))) {
          return { start: p.length, end: word.length, text: word.slice(p.length) };
        }
      }
    }
  }
  const { segments, article, articleElided } = analyzeWord(word);
  let first = segments.findIndex((s) => s.role !== 'proclitic');
  if (first < 0) first = segments.length - 1;
  const end = word.length;
  if (keepArticle && article >= 0) {
    if (articleElided) {
      const start = segments[article]!.end;
      return { start, end, text: ALEF_LAM + word.slice(start, end) };
    }
    const start = segments[article]!.start;
    return { start, end, text: word.slice(start, end) };
  }
  const start = segments[first]!.start;
  return { start, end, text: word.slice(start, end) };
}
