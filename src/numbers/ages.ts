/**
 * Ages as quantities: «البالغ من العمر 33 عاما» (aged 33), «رضيع عمره 4 أيام» (a four-day-old baby),
 * «دانيال كالفيلو (26 عاما)», «في سن 8 سنوات», «تتراوح أعمارهم بين أربع سنوات وثمانية سنوات»,
 * «جيمس توليفر، 58 عاما، …».
 *
 * The time recogniser reads «33 عاما» as a duration (P33Y), as TimeML does for ages, and the
 * quantities stage leaves the numbers of time expressions out. But an age is a measure of a person
 * that readers count and compare (the article guidelines' «measures that carry information»), and
 * every annotator of our real-article sets counted ages as quantities: so a duration in an age slot
 * is also a quantity, with the number as written, its value and the time noun as its unit. The
 * duration stays in the `times` layer.
 */
import type { TimeExpression } from '../document.ts';
import { durationAmount } from '../dates/recognize.ts';
import type { Atom } from './atoms.ts';
import { APPROX_BEFORE } from './approximators.ts';

/** Words right before the number that make it an age: «عمره» (his age), «سن» (the age of) … */
const AGE_BEFORE = new Set(
  [
    // «من العمر» (of age), after البالغ/يبلغ: «البالغ من العمر 33 عاما»
    'العمر',
    // «عمره 4 أيام» (his age is four days), with every possessive
    'عمره', 'عمرها', 'عمرهم', 'عمرهما', 'عمرهن', 'عمري', 'عمرك', 'وعمره', 'وعمرها', 'بعمر', 'عمر',
    // «سن 8 سنوات» (the age of 8), «في سن 12 عاما»
    'سن', 'بسن', 'لسن',
    // «ذو 25 سنة» (aged 25; lit. «possessor of»), «ذات 10 سنوات» for a girl
    'ذو', 'ذات',
    // «البالغ 30 عاما» (aged 30)
    'البالغ', 'البالغه', 'البالغين', 'البالغتين', 'البالغات',
  ].map((w) => w.replace(/ة/gu, 'ه')),
);
/** The nouns of age after which an approximator may come: «من العمر أكثر من» (aged over), «عمره حوالي» (his age about). */
const AGE_NOUNS = new Set(['العمر', 'عمره', 'عمرها', 'عمرهم', 'عمرهما', 'عمرهن', 'وعمره', 'وعمرها', 'بعمر', 'سن', 'بسن', 'لسن']);
/** «الآن»، «حاليا»، «اليوم» (now, currently, today), normalised. */
const NOW_WORDS = new Set(['الان', 'حاليا', 'اليوم']);
/** The approximators of the quantities stage (approximators.ts), as their words joined by spaces. */
const APPROXIMATORS = new Set(APPROX_BEFORE.map(([words]) => words.join(' ')));
/** «أعمارهم» (their ages) before «بين» (between): «تتراوح أعمارهم بين 4 و8 سنوات». */
const AGES_NOUN = /^(و|ف)?اعمار(هم|هن|هما|ها)?$/u;
/** What joins the second age of a range to the first: «و» (and), «إلى» (to), «حتى» (until). */
const RANGE_JOINERS = new Set(['و', 'الي', 'حتي', '-']);

/**
 * The ages among the time expressions of a document, given the atoms and the expressions' atom spans
 * from `recognizeTimes`: for each, the index of its expression and its value (in its time unit), in
 * text order.
 */
export function findAges(atoms: readonly Atom[], expressions: readonly TimeExpression[], atomSpans: Int32Array): { expression: number; value: number }[] {
  let out: { expression: number; value: number }[] | undefined;
  let previousAge = -1; // the expression of the last age found
  for (let e = 0; e < expressions.length; e++) {
    const x = expressions[e]!;
    if (x.type !== 'DURATION') continue;
    // (Years and months too: «عامين ونصف» (two and a half years) P2Y6M, an age of 2.5 years.)
    const amount = durationAmount(x.value);
    if (!amount) continue;
    const first = atomSpans[2 * e]!;
    const last = atomSpans[2 * e + 1]!;
    const previousEnd = previousAge >= 0 && e === previousAge + 1 ? atomSpans[2 * previousAge + 1]! : -1;
    if (!ageSlot(atoms, first, last, amount.unit === 'Y', previousEnd)) continue;
    previousAge = e;
    (out ??= []).push({ expression: e, value: amount.count });
  }
  return out ?? NO_AGES;
}

const NO_AGES: { expression: number; value: number }[] = [];

/**
 * True when the duration at atoms [first, last) stands where an age does: after «من العمر», «عمره»,
 * «سن» or «البالغ»; years in digits alone in brackets after a word («كالفيلو (26 عاما)»); after «أعمارهم بين»,
 * also as the second of a range written «أعمارهم بين 30 إلى 55 عامًا»; or
 * right after an age that ends at atom `ageEnd`, joined by «و» (also as a clitic: «وثمانية سنوات»),
 * «إلى», «حتى» or a dash.
 */
function ageSlot(atoms: readonly Atom[], first: number, last: number, years: boolean, ageEnd: number): boolean {
  const before = atoms[first - 1];
  if (!before) return false;
  if (AGE_BEFORE.has(before.key)) return true;
  // «وعمره الآن 77 عاماً» (and he is now 77): «now» between the noun of age and the age.
  if (NOW_WORDS.has(before.key) && AGE_NOUNS.has(atoms[first - 2]?.key ?? '')) return true;
  // «يبلغن من العمر أكثر من 64 عاما» (aged over 64), «البالغ من العمر حوالي 30 سنة»: past an approximator of one or two
  // words, after a noun of age — not after «البالغ» alone: «مدة الامتياز البالغة حوالي 30 سنة» (the concession's term of
  // about 30 years).
  // (The noun of age is tested first: it rules out nearly every duration, and the approximator's words are joined into a
  // phrase only behind one, instead of three slices, mapped arrays and joined strings for every duration.)
  for (let length = 1; length <= 3; length++) {
    const noun = atoms[first - length - 1];
    if (noun === undefined || !AGE_NOUNS.has(noun.key)) continue;
    let phrase = atoms[first - length]!.key;
    for (let k = first - length + 1; k < first; k++) phrase += ' ' + atoms[k]!.key;
    if (APPROXIMATORS.has(phrase)) return true;
  }
  // «(26 عاما)» after a name or a noun: years written in digits (a term in brackets is mostly written
  // in words or counted in months or days: «السرقة (سنة واحدة)», «فترة الأشغال (6 أشهر)»).
  if (before.key === '(' && atoms[last]?.key === ')' && atoms[first - 2]?.kind === 'word' && years && atoms[first]!.kind === 'num') return true;
  // «جيمس توليفر (James Toliver)، 58 عاما، سائق …» (James Toliver, 58, a driver): years in digits set off
  // by commas after a name, as translated wire copy writes an age.
  if (before.key === ',' && atoms[last]?.key === ',' && years && atoms[first]!.kind === 'num' && (atoms[first - 2]?.kind === 'word' || atoms[first - 2]?.kind === 'latin' || atoms[first - 2]?.key === ')')) return true;
  // (Also «أعمار» and whose: «تتراوح أعمار الموقوفين بين 19 سنة و 27 سنة», the ages of the arrested range between ….)
  if (before.key === 'بين' && (AGES_NOUN.test(atoms[first - 2]?.key ?? '') || (AGES_NOUN.test(atoms[first - 3]?.key ?? '') && /^ال/u.test(atoms[first - 2]?.key ?? '')))) return true;
  // «بين عمر 8 و15 عاما» (between the ages of 8 and 15): the second of a range whose first age, after a noun of age, has
  // no time noun.
  if (before.kind === 'num' && atoms[first]!.prefix === 'و' && AGE_BEFORE.has(atoms[first - 2]?.key ?? '')) return true;
  if (RANGE_JOINERS.has(before.key) && atoms[first - 2]?.kind === 'num' && AGE_BEFORE.has(atoms[first - 3]?.key ?? '')) return true;
  // «أعمارهم بين 30 إلى 55 عامًا» (aged 30 to 55): the second of a range whose first age has no time noun.
  // (Also with «و» against the digits: «أعمارهم بين 4 و8 سنوات».)
  if (RANGE_JOINERS.has(before.key) && atoms[first - 2]?.kind === 'num' && atoms[first - 3]?.key === 'بين' && AGES_NOUN.test(atoms[first - 4]?.key ?? '')) return true;
  if (atoms[first]!.prefix === 'و' && before.kind === 'num' && atoms[first - 2]?.key === 'بين' && AGES_NOUN.test(atoms[first - 3]?.key ?? '')) return true;
  return ageEnd >= 0 && (first === ageEnd || (first === ageEnd + 1 && RANGE_JOINERS.has(atoms[ageEnd]!.key)));
}
