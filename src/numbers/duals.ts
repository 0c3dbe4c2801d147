/**
 * Duals as counts: «قتل شخصين» (two people were killed) counts 2 people, «سيارتين» 2 cars.
 *
 * Arabic marks two of a thing with a suffix, not a number word: -ان / -ين on a masculine noun,
 * -تان / -تين on a feminine one (ة → ت). Unvocalised, the masculine -ين is also the sound plural
 * (لاعبين, players or two players) and -ان ends names and verbal nouns (سليمان، فقدان), so a word
 * counts only when the clitic lexicon (counts over real news) vouches for it:
 * - the singular is a frequent word, at least twice as frequent as the dual form;
 * - a masculine noun has no sound plural in -ون anywhere in the news counted (شخص has أشخاص, not
 *   شخصون), is no participle (م…) and no frequent adjective; a noun in …ي only when news writes its
 *   -يين form more often without the article than with it (جنديين, two soldiers; not الأمنيين);
 * - a nominative -ان form has its -ين twin in the counts too (شخصان / شخصين; not فقدان, سليمان), and the
 *   -ين form found gives its -ان twin (رجلين → رجلان);
 * - a feminine noun is no nisba (…ية) and no frequent adjective;
 * - never definite (الطرفين names known parties), never an imperfect verb (يرتديان، تقعان), never
 *   a time unit (يومين is a duration, see the times stage), and not right after another dual
 *   (an agreeing adjective: «شابين صغيرين» counts once).
 */
import type { Quantity, Span, Token } from '../document.ts';
import { getLexicon } from '../segment/clitics.ts';
import { lexiconForm } from '../segment/lexicon-form.ts';

/** Duals of time units: durations, read by the times stage (يومين P2D). */
const TIME_UNIT_DUALS = new Set(
  'يومين يومان ساعتين ساعتان أسبوعين أسبوعان اسبوعين اسبوعان شهرين شهران عامين عامان سنتين سنتان دقيقتين دقيقتان ثانيتين ثانيتان قرنين قرنان عقدين عقدان ليلتين ليلتان'.split(' '),
);

/** Frequent adjectives whose duals agree with a noun rather than count one (خطيرين، جديدين). */
const ADJECTIVES = new Set('كبير صغير خطير جديد قديم سابق لاحق قادم حذر عظيم طويل قصير كثير قليل سعيد بعيد قريب شديد'.split(' '));

/** The smallest count of the singular in the lexicon for a dual to be read. */
const MIN_SINGULAR = 50;

/** A dual read from one word: the singular as written in the lexicon (the unit) and the count. */
export interface Dual {
  /** The singular, in the lexicon's form (شخص، سيارة). */
  singular: string;
  /** Always 2. */
  value: 2;
}

/**
 * The dual a word expresses, or null. `surface` is the word as written, with or without one
 * proclitic (و، ف، ب، ل): «ولشخصين» is not read, «لشخصين» and «وشخصين» are.
 */
export function readDual(surface: string): Dual | null {
  const lex = getLexicon();
  if (!lex.size) return null;
  const count = (w: string): number => lex.get(w) ?? 0;
  let word = lexiconForm(surface);
  // One proclitic, when the word without it is the known one.
  if (/^[وفبل]/u.test(word) && count(word.slice(1)) >= count(word)) word = word.slice(1);
  if (word.length < 5 || /^(ال|لل)/u.test(word) || TIME_UNIT_DUALS.has(word)) return null;
  let m = /^(.{2,})ت(ين|ان)$/u.exec(word);
  if (m) {
    const stem = m[1]!;
    const singular = stem + 'ة';
    if (/^[يت]/u.test(word) || stem.endsWith('ي') || ADJECTIVES.has(stem) || count(singular) < MIN_SINGULAR || count(word) * 2 > count(singular)) return null;
    return { singular, value: 2 };
  }
  m = /^(.{3,})(ين|ان)$/u.exec(word);
  if (!m) return null;
  const singular = m[1]!;
  if (count(singular) < MIN_SINGULAR || count(word) * 2 > count(singular) || count(singular + 'ون') > 0) return null;
  if (singular.endsWith('ت') || singular.startsWith('م') || ADJECTIVES.has(singular)) return null;
  // A nisba (…ي) has its plural in -يين too (عسكريين, soldiers): the dual only when news hardly writes
  // the form with the article (الجنديين is rare, الأمنيين is not).
  if (singular.endsWith('ي') && count('ال' + word) > count(word)) return null;
  // «تمرين، تضمين» (an exercise, an inclusion): a short stem in ت is a verb form or another noun.
  if (singular.startsWith('ت') && singular.length < 5) return null;
  if (m[2] === 'ان' && (/^[يتن]/u.test(word) || count(singular + 'ين') < 3)) return null;
  return { singular, value: 2 };
}

/** The proclitics a dual may carry in the text (وشخصين، لشخصين، بسيارتين). */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

let forms: Map<string, string> | undefined;

/**
 * Every dual the lexicon vouches for, as written and behind a proclitic, with its singular — built
 * once from the lexicon's 50,000 forms (about 3,000 end in -ين/-ان), so that reading a document costs
 * one look-up for a word that ends in ن and nothing for the others.
 */
function dualForms(): Map<string, string> {
  if (forms) return forms;
  forms = new Map();
  for (const word of getLexicon().keys()) {
    if (!word.endsWith('ين') && !word.endsWith('ان')) continue;
    const d = readDual(word);
    if (!d) continue;
    // The oblique form found also gives the nominative one, which news writes less (رجلين → رجلان).
    const twins = word.endsWith('ين') ? [word, word.slice(0, -2) + 'ان'] : [word];
    for (const w of twins) for (const p of ['', ...PROCLITICS]) if (!forms.has(p + w)) forms.set(p + w, d.singular);
  }
  return forms;
}

/** A dual found in a document: its span (without a proclitic) and the singular, its unit. */
export interface DualSpan {
  start: number;
  end: number;
  singular: string;
}

/**
 * The duals of a document, outside the spans already taken by `quantities` (its first `count`) and
 * `times` (both sorted), and not right after another dual (an agreeing adjective); null when there is
 * none, as in most documents. The span leaves out a proclitic (لشخصين → شخصين).
 */
export function findDuals(text: string, tokens: readonly Token[], quantities: readonly Quantity[], count: number, times: readonly Span[]): DualSpan[] | null {
  let out: DualSpan[] | null = null;
  const table = dualForms();
  if (!table.size) return out;
  let q = 0;
  let t = 0;
  let previousDual = -2;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.end - tok.start < 5 || text.charCodeAt(tok.end - 1) !== NOON || tok.kind !== 'word') continue;
    const before = text.charCodeAt(tok.end - 2);
    if (before !== YAA && before !== ALEF) continue;
    // Definite words (المواطنين) never count: most -ين words are, and they cost no look-up.
    if (text.charCodeAt(tok.start) === ALEF && text.charCodeAt(tok.start + 1) === LAM) continue;
    const surface = text.slice(tok.start, tok.end);
    const singular = table.get(surface);
    if (singular === undefined) continue;
    const agreeing = previousDual === i - 1;
    previousDual = i;
    if (agreeing) continue;
    while (q < count && quantities[q]!.end <= tok.start) q++;
    if (q < count && quantities[q]!.start < tok.end) continue;
    while (t < times.length && times[t]!.end <= tok.start) t++;
    if (t < times.length && times[t]!.start < tok.end) continue;
    (out ??= []).push({ start: tok.start + cliticOf(surface, table), end: tok.end, singular });
  }
  return out;
}

/** ن, the last letter of every dual, after ي or ا. */
const NOON = 0x0646;
const YAA = 0x064a;
const ALEF = 0x0627;
const LAM = 0x0644;

/** The proclitics, longest first. */
const PROCLITICS_LONGEST_FIRST = [...PROCLITICS].sort((a, b) => b.length - a.length);

/** Length of the proclitic in front of a dual that the table holds only through it (0 when none). */
function cliticOf(surface: string, table: Map<string, string>): number {
  for (const p of PROCLITICS_LONGEST_FIRST) if (surface.startsWith(p) && table.has(surface.slice(p.length))) return p.length;
  return 0;
}
