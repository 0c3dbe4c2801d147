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

/** Duals of time units: durations, read by the times stage (يومين P2D). */
const TIME_UNIT_DUALS = new Set(
  'يومين يومان ساعتين ساعتان أسبوعين أسبوعان اسبوعين اسبوعان شهرين شهران عامين عامان سنتين سنتان دقيقتين دقيقتان ثانيتين ثانيتان قرنين قرنان عقدين عقدان ليلتين ليلتان'.split(' '),
);

/** Frequent adjectives whose duals agree with a noun rather than count one (خطيرين، جديدين). */
const ADJECTIVES = new Set('كبير صغير خطير جديد قديم سابق لاحق قادم حذر عظيم طويل قصير كثير قليل سعيد بعيد قريب شديد'.split(' '));

/** The smallest count of the singular in the lexicon for a dual to be read. */
const MIN_SINGULAR = 50;

/**
 * The singular of the dual a word expresses (شخصين → شخص، سيارتين → سيارة), or null. `word` is in the
 * lexicon's form, without a proclitic (the table of {@link dualForms} adds them).
 */
function dualSingular(word: string): string | null {
  const lex = getLexicon();
  const count = (w: string): number => lex.get(w) ?? 0;
  if (word.length < 5 || /^(ال|لل)/u.test(word) || TIME_UNIT_DUALS.has(word)) return null;
  let m = /^(.{2,})ت(ين|ان)$/u.exec(word);
  if (m) {
    const stem = m[1]!;
    const singular = stem + 'ة';
    if (/^[يت]/u.test(word) || stem.endsWith('ي') || ADJECTIVES.has(stem) || count(singular) < MIN_SINGULAR || count(word) * 2 > count(singular)) return null;
    return singular;
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
  return singular;
}

/** The proclitics a dual may carry in the text (وشخصين، لشخصين، بسيارتين). */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/** A written form of a dual: its singular and the length of the proclitic in front of it. */
interface DualForm {
  singular: string;
  clitic: number;
}

let forms: Map<string, DualForm> | undefined;

/**
 * Every dual the lexicon vouches for, as written and behind a proclitic, with its singular — built
 * once from the lexicon's 50,000 forms (about 3,000 end in -ين/-ان), so that reading a document costs
 * one look-up for a word that ends in -ين/-ان and nothing for the others.
 */
function dualForms(): Map<string, DualForm> {
  if (forms) return forms;
  forms = new Map();
  const lex = getLexicon();
  for (const [word, n] of lex) {
    if (!word.endsWith('ين') && !word.endsWith('ان')) continue;
    // A proclitic on a word news writes as often without it (بمقرين، والدين): the bare word's own entry
    // decides, and its forms with proclitics are added below.
    if (/^[وفبل]/u.test(word) && (lex.get(word.slice(1)) ?? 0) >= n) continue;
    const singular = dualSingular(word);
    if (!singular) continue;
    // The oblique form found also gives the nominative one, which news writes less (رجلين → رجلان).
    const twins = word.endsWith('ين') ? [word, word.slice(0, -2) + 'ان'] : [word];
    for (const w of twins) for (const p of ['', ...PROCLITICS]) if (!forms.has(p + w)) forms.set(p + w, { singular, clitic: p.length });
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
 * none, as in most documents. `endings` are the word tokens that end like a dual, by index in text
 * order (the first `endingCount`; see `dualEndingsOf`). The span leaves out a proclitic (لشخصين → شخصين).
 */
export function findDuals(
  text: string,
  tokens: readonly Token[],
  endings: Int32Array,
  endingCount: number,
  quantities: readonly Quantity[],
  count: number,
  times: readonly Span[],
): DualSpan[] | null {
  let out: DualSpan[] | null = null;
  const table = dualForms();
  if (!table.size) return out;
  let q = 0;
  let t = 0;
  let previousDual = -2;
  for (let k = 0; k < endingCount; k++) {
    const i = endings[k]!;
    const tok = tokens[i]!;
    const surface = text.slice(tok.start, tok.end);
    const form = table.get(surface);
    if (form === undefined) continue;
    const agreeing = previousDual === i - 1;
    previousDual = i;
    if (agreeing) continue;
    while (q < count && quantities[q]!.end <= tok.start) q++;
    if (q < count && quantities[q]!.start < tok.end) continue;
    while (t < times.length && times[t]!.end <= tok.start) t++;
    if (t < times.length && times[t]!.start < tok.end) continue;
    (out ??= []).push({ start: tok.start + form.clitic, end: tok.end, singular: form.singular });
  }
  return out;
}
