/**
 * Segmentation stage: paragraphs, sentences, and tokens with their clitic segments.
 *
 * - Paragraphs: runs of tokens between line breaks (a blank line and a single line break both end a
 *   paragraph: news text puts one paragraph a line).
 * - Sentences: end after «.» «!» «?» «؟» «…» (and runs of them) and at every paragraph end; never
 *   inside a number (3.5 and ٣٫٥ are single tokens), never after an abbreviation such as «د.» (Dr)
 *   (see `data/abbreviations.ts`), and never inside a matched pair of quotation marks «…» “…” "…":
 *   a quoted sentence does not cut the sentence around it. A stop right before the closing mark of
 *   the outermost quote ends the sentence after the mark (`قال "… له." وأضاف`).
 * - Tokens: see `tokenize.ts`; clitics: see `clitics.ts`.
 *
 * @packageDocumentation
 */
import type { AnalysisDocument, Paragraph, Sentence, Token } from '../document.ts';
import type { Stage, StageContext } from '../pipeline/pipeline.ts';
import { ABBREVIATIONS } from './data/abbreviations.ts';
import { tokenize } from './tokenize.ts';
import { isLatinLetterName } from '../text/letter-names.ts';

export { tokenize, lexemeOf, type Lexeme, type TokenizeResult } from './tokenize.ts';
export {
  analyzeWord,
  segmentWord,
  stripProclitics,
  getLexicon,
  setLexicon,
  type WordAnalysis,
  type WordSegment,
  type StripOptions,
} from './clitics.ts';
export { lexiconForm, LEXICON_FORM_OPTIONS } from './lexicon-form.ts';

const MAX_SURROGATE_MESSAGES = 10;

/** The segmentation stage: provides `paragraphs`, `sentences` and `tokens`. */
export function segment(): Stage {
  return {
    name: 'segment',
    requires: [],
    provides: ['paragraphs', 'sentences', 'tokens'],
    run(doc: AnalysisDocument, context: StageContext) {
      const result = segmentText(doc.text);
      doc.tokens = result.tokens;
      doc.paragraphs = result.paragraphs;
      doc.sentences = result.sentences;
      const lone = result.loneSurrogates;
      for (let k = 0; k < lone.length && k < MAX_SURROGATE_MESSAGES; k++) {
        context.report('lone-surrogate', 'a lone UTF-16 surrogate (not a character) was skipped', { start: lone[k]!, end: lone[k]! + 1 });
      }
      if (lone.length > MAX_SURROGATE_MESSAGES) {
        context.report('lone-surrogate', `${lone.length - MAX_SURROGATE_MESSAGES} more lone surrogates were skipped`);
      }
    },
  };
}

/** The result of {@link segmentText}. */
export interface SegmentResult {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Offsets of lone surrogates, which no token covers. */
  loneSurrogates: number[];
}

/** Segments a text into paragraphs, sentences and tokens (what the `segment` stage does). */
export function segmentText(text: string): SegmentResult {
  const { tokens, paragraphStarts, loneSurrogates } = tokenize(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (let p = 0; p < paragraphStarts.length; p++) {
    const first = paragraphStarts[p]!;
    const last = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1]! : tokens.length;
    if (last <= first) continue;
    paragraphs.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end });
    splitSentences(text, tokens, first, last, sentences);
  }
  return { paragraphs, sentences, tokens, loneSurrogates };
}

const OPEN_TO_CLOSE: Record<string, string> = { '«': '»', '“': '”', '„': '”', '‹': '›', '"': '"' };
const CLOSERS = new Set(['»', '”', '›', '"']);
const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '۔', '‼', '⁇', '⁉']);
const CLOSING_BRACKETS = new Set([')', ']', '}', '﴿']);

/** Quote depth after each token of a paragraph, counting only matched pairs. */
function quoteDepths(text: string, tokens: Token[], first: number, last: number): Int32Array | undefined {
  let stack: number[] | undefined;
  let diff: Int32Array | undefined;
  for (let t = first; t < last; t++) {
    const tok = tokens[t]!;
    if (tok.kind !== 'punct') continue;
    const ch = text[tok.start]!;
    const isCloser = CLOSERS.has(ch);
    const isOpener = ch in OPEN_TO_CLOSE;
    if (!isCloser && !isOpener) continue;
    stack ??= [];
    const top = stack.length ? stack[stack.length - 1]! : -1;
    if (isCloser && top >= 0 && OPEN_TO_CLOSE[text[tokens[top]!.start]!] === ch) {
      stack.pop();
      diff ??= new Int32Array(last - first + 1);
      diff[top - first + 1]! += 1; // inside from the token after the opener …
      diff[t - first]! -= 1; // … to the token before the closer
    } else if (isOpener) stack.push(t);
  }
  if (!diff) return undefined;
  for (let k = 1; k < diff.length; k++) diff[k]! += diff[k - 1]!;
  return diff;
}

/** «نت» (.net), the word after the stop of a site's name. */
const NET = 'نت';

function isTerminator(text: string, tok: Token): boolean {
  return tok.kind === 'punct' && TERMINATORS.has(text[tok.start]!);
}

/**
 * A full stop right after an abbreviation («د.» Dr) that does not end the sentence: token `t` of `tokens`,
 * where `first` is the first token that may be read (the paragraph's, or 0 for a stage that reads the
 * whole token layer). Shared with stages that read stops on the tokens themselves.
 */
export function isAbbreviationStop(text: string, tokens: Token[], t: number, first: number): boolean {
  const tok = tokens[t]!;
  if (tok.end - tok.start !== 1 || text.charCodeAt(tok.start) !== 0x2e || t === first) return false;
  const prev = tokens[t - 1]!;
  if (prev.end !== tok.start) return false;
  // «موقع العربية. نت» (the Al Arabiya.net website): the stop of a site's name before «نت» (.net), spaced or not.
  if (prev.kind === 'word' && tokens[t + 1]?.kind === 'word' && tokens[t + 1]!.norm === NET) return true;
  if (prev.kind === 'latin') return prev.norm.length === 1 || ABBREVIATIONS.has(prev.norm);
  if (prev.kind !== 'word' || !ABBREVIATIONS.has(prev.norm)) return false;
  // «2017 م.» (2017 AD.) ends a sentence; «د. محمد» (Dr Mohamed) does not.
  if (t - 1 > first && tokens[t - 2]!.kind === 'number') return false;
  // «بقيمة 12 م د.» (worth 12 million dinars.): two abbreviations after a number end it too.
  if (t - 2 > first && tokens[t - 2]!.kind === 'word' && ABBREVIATIONS.has(tokens[t - 2]!.norm) && tokens[t - 3]!.kind === 'number') return false;
  return true;
}

/**
 * A stop between two numbers, glued to the second, is a decimal point typed after a space: «47 .6 بالمائة» (47.6 per
 * cent) ends no sentence. (A sentence that ends on a number and the next that opens on one are spaced after the stop.)
 */
function spacedDecimalPoint(tokens: readonly Token[], t: number, first: number, last: number): boolean {
  const stop = tokens[t]!;
  return t > first && t + 1 < last && tokens[t - 1]!.kind === 'number' && tokens[t + 1]!.kind === 'number' && tokens[t + 1]!.start === stop.end && stop.end - stop.start === 1;
}

/** The longest piece, in letters, of a dotted acronym (see dottedAcronymStop). */
const ACRONYM_PIECE = 3;

/**
 * A stop inside a dotted acronym, glued to short words on both sides: «سي.إن.إن» (CNN), «أ.ف.ب» (AFP), «م.د» (million
 * dinars), «أف.أم» (FM) end no sentence. An acronym has two stops or more, or letters or Latin letter names around one:
 * copy that forgets the space after a stop glues it to a word, «… التصدي له.وفي مكة …», which still ends a sentence.
 */
export function dottedAcronymStop(text: string, tokens: readonly Token[], t: number, first: number, last: number): boolean {
  if (!gluedStop(text, tokens, t, first, last)) return false;
  let stops = 1;
  for (let k = t - 2; gluedStop(text, tokens, k, first, last); k -= 2) stops++;
  for (let k = t + 2; gluedStop(text, tokens, k, first, last); k += 2) stops++;
  const before = tokens[t - 1]!;
  const after = tokens[t + 1]!;
  if (stops >= 2 || (before.end - before.start === 1 && after.end - after.start === 1)) return true;
  // (Or names of Latin letters around one: «أف.أم» (FM).)
  return isLatinLetterName(text.slice(before.start, before.end)) && isLatinLetterName(text.slice(after.start, after.end));
}

/** A full stop at token `t` glued to a word of at most {@link ACRONYM_PIECE} letters on each side. */
function gluedStop(text: string, tokens: readonly Token[], t: number, first: number, last: number): boolean {
  if (t <= first || t + 1 >= last) return false;
  const stop = tokens[t]!;
  if (stop.end - stop.start !== 1 || text.charCodeAt(stop.start) !== 0x2e) return false;
  const before = tokens[t - 1]!;
  const after = tokens[t + 1]!;
  return before.kind === 'word' && after.kind === 'word' && before.end === stop.start && after.start === stop.end && acronymPiece(text, before) && acronymPiece(text, after);
}

/** A word of at most {@link ACRONYM_PIECE} letters, or the name of a Latin letter of any length («دبليو», W: «دبليو.إس.بي»). */
function acronymPiece(text: string, token: Token): boolean {
  return token.end - token.start <= ACRONYM_PIECE || isLatinLetterName(text.slice(token.start, token.end));
}

/**
 * Nouns of works, shows and campaigns whose title news writes in marks, as written with their clitics: «برنامج» (programme),
 * «كتاب» (book), «فيلم», «مسلسل» (series), «أغنية» (song), «رواية» (novel), «مسرحية» (play), «ألبوم», «حصة» (broadcast),
 * «حملة» (campaign), «شعار» (slogan), «عنوان» (title), «مقال» (article), «ندوة» (seminar) — a title may end in «؟» or «!».
 */
const TITLE_NOUN = /^[وف]?[بلك]?(ال)?(برنامج|كتاب|فيلم|مسلسل|[أا]غنية|رواية|مسرحية|[أا]لبوم|حصة|حملة|شعار|عنوان|مقال|ندوة)$/u;

/** The most tokens a title in marks holds, its stop included: a longer quote is a sentence, whatever noun is before it. */
const TITLE_TOKENS = 8;

/**
 * Whether the quote whose last token inside the marks is `t` is a title: short, and opened right after a noun of a work
 * ({@link TITLE_NOUN}) — not «أيام قرطاج المسرحية "تطمح لتأكيد التزامها …"», a sentence after the adjective (theatre).
 */
function titleBefore(text: string, tokens: readonly Token[], depths: Int32Array, t: number, first: number): boolean {
  let k = t;
  while (k > first && depths[k - first]! > 0) k--;
  if (t - k > TITLE_TOKENS) return false;
  const noun = k - 1 >= first ? tokens[k - 1]! : undefined;
  return noun !== undefined && noun.kind === 'word' && TITLE_NOUN.test(text.slice(noun.start, noun.end));
}

function splitSentences(text: string, tokens: Token[], first: number, last: number, out: Sentence[]): void {
  const depths = quoteDepths(text, tokens, first, last);
  let start = first;
  for (let t = first; t < last; t++) {
    const tok = tokens[t]!;
    if (!isTerminator(text, tok)) continue;
    let end = t;
    if (depths && depths[t - first]! > 0) {
      // Inside quotation marks, only a stop right before the closing mark of the outermost quote
      // ends the sentence, after the mark: «… له.» وأضاف starts a new sentence.
      const next = t + 1 < last ? tokens[t + 1]! : undefined;
      if (!next || depths[t - first]! !== 1 || depths[t + 1 - first]! !== 0 || next.start !== tok.end || !CLOSERS.has(text[next.start]!)) continue;
      // (Not the title of a work in marks that the sentence goes on after: «في برنامج "علاش هكا؟" على "الجوهرة أف أم" أن …»
      // (in the programme "Why so?" on Jawhara FM, that …).)
      if (t + 2 < last && tokens[t + 2]!.kind === 'word' && titleBefore(text, tokens, depths, t, first)) continue;
      end = t + 1;
    } else if (isAbbreviationStop(text, tokens, t, first) || spacedDecimalPoint(tokens, t, first, last) || dottedAcronymStop(text, tokens, t, first, last)) continue;
    // Terminators run together (?!) and closing brackets after the stop belong to this sentence.
    while (end + 1 < last) {
      const next = tokens[end + 1]!;
      if (next.kind === 'punct' && (isTerminator(text, next) || CLOSING_BRACKETS.has(text[next.start]!))) end++;
      else break;
    }
    out.push({ start: tokens[start]!.start, end: tokens[end]!.end });
    start = end + 1;
    t = end;
  }
  if (start < last) out.push({ start: tokens[start]!.start, end: tokens[last - 1]!.end });
}
