/**
 * Arabic number words (normalised: أ/إ/آ → ا, ى → ي, ة → ه) and the parser that reads a number
 * expression — digits, words or both, with multipliers and fractions — starting at one atom.
 */
import { ALL_DIGITS, ONE_THOUSANDS_COMMA, type Atom } from './atoms.ts';
import { wordFilterOf } from '../text/word-filter.ts';

/** What a number word contributes. */
export type NumberWordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'fraction';

/** One entry of the number-word lexicon. */
export interface NumberWord {
  value: number;
  kind: NumberWordKind;
  /** Plural scale (آلاف، ملايين): needs a number before it. */
  plural?: boolean;
  /** Only inside a compound (أحد عشر، واحد وعشرون), never alone. */
  weak?: boolean;
}

const W = new Map<string, NumberWord>();
const add = (value: number, kind: NumberWordKind, words: string, extra: Partial<NumberWord> = {}): void => {
  for (const w of words.split(' ')) W.set(w, { value, kind, ...extra });
};
// Units in every gender and case: «ثلاث/ثلاثة» (three), «اثنان/اثنين/اثنتين» (two).
add(1, 'unit', 'واحد واحده واحدا احد احدي', { weak: true });
add(2, 'unit', 'اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي');
add(3, 'unit', 'ثلاث ثلاثه');
add(4, 'unit', 'اربع اربعه');
add(5, 'unit', 'خمس خمسه');
add(6, 'unit', 'ست سته');
add(7, 'unit', 'سبع سبعه');
add(8, 'unit', 'ثمان ثماني ثمانيه');
add(9, 'unit', 'تسع تسعه');
add(10, 'unit', 'عشر عشره');
// Tens: «عشرون/عشرين» (twenty) … «تسعون/تسعين» (ninety).
add(20, 'ten', 'عشرون عشرين');
add(30, 'ten', 'ثلاثون ثلاثين');
add(40, 'ten', 'اربعون اربعين');
add(50, 'ten', 'خمسون خمسين');
add(60, 'ten', 'ستون ستين');
add(70, 'ten', 'سبعون سبعين');
add(80, 'ten', 'ثمانون ثمانين');
add(90, 'ten', 'تسعون تسعين');
// Hundreds: «مئة/مائة» (hundred), «مئتين/مائتي» (two hundred), «ثلاثمائة» (three hundred) …
add(100, 'hundred', 'مئه مائه');
add(200, 'hundred', 'مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي');
for (const [value, stems] of [[3, 'ثلاث'], [4, 'اربع'], [5, 'خمس'], [6, 'ست'], [7, 'سبع'], [8, 'ثمان ثماني'], [9, 'تسع']] as const) {
  for (const stem of stems.split(' ')) add(value * 100, 'hundred', `${stem}مئه ${stem}مائه`);
}
// Scales: «ألف/ألفا/آلاف» (thousand), «مليون/ملايين», «مليار/مليارات/بليون», «تريليون»; duals count twice.
add(1e3, 'scale', 'الف الفا');
add(1e3, 'scale', 'الاف', { plural: true });
add(2e3, 'scale', 'الفان الفين الفي');
add(1e6, 'scale', 'مليون مليونا');
add(1e6, 'scale', 'ملايين', { plural: true });
add(2e6, 'scale', 'مليونان مليونين مليوني');
add(1e9, 'scale', 'مليار مليارا بليون بليونا');
// («ملايير», the Maghrebi plural: «ستة ملايير دولار».)
add(1e9, 'scale', 'مليارات ملايير بلايين', { plural: true });
add(2e9, 'scale', 'ملياران مليارين ملياري بليونين');
add(1e12, 'scale', 'تريليون ترليون تريليونا');
add(1e12, 'scale', 'تريليونات ترليونات', { plural: true });
// Fractions: «نصف» (half), «ربع» (quarter), «ثلث» (third).
add(0.5, 'fraction', 'نصف');
add(0.25, 'fraction', 'ربع');
add(1 / 3, 'fraction', 'ثلث');
// «ثلثي الأعضاء» (two thirds of the members), «ثلثا» in the nominative.
add(2 / 3, 'fraction', 'ثلثي ثلثا');

/** The number-word lexicon, by normalised form. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = W;

/** Proclitics a number word may carry: «و» (and), «ب» (with), «ل» (for) … */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'فب', 'ول', 'فل'];
/** Definite forms counted as numbers: «الأعضاء التسعة» (the nine members). 2 is left out: الاثنين is Monday. */
const DEFINITE_OK = new Set([3, 4, 5, 6, 7, 8, 9, 10]);

/** A number word found inside an atom's key, after the clitics in `prefix`. */
export interface WordMatch {
  word: NumberWord;
  /** Normalised proclitics before it (`و`, `ب`, `ال`, …), '' when none. */
  prefix: string;
}

/** Number words that, behind «ب/ل», are other words: «لست» (I am not), «بست», «لتسع» (to hold). */
const OTHER_WORDS_AFTER_BL = new Set(['لست', 'بست', 'لتسع']);
/** Every accepted form (word with its proclitics) → its match, built once. */
const LOOKUP = new Map<string, WordMatch>();
for (const [w, word] of W) {
  for (const p of PROCLITICS) {
    // Three-letter words that read as another word after ب/ل: «لست» (I am not), «لتسع» (to hold: «توسعة الملعب لتسع
    // 50 ألف متفرج»). The others keep them: «بعشر سنوات سجنا» (to ten years in prison), «بخمس»، «بألف دينار»، «لسبع».
    if (p === 'و' || p === 'ف' || p === 'وب' || !OTHER_WORDS_AFTER_BL.has(p.replace(/^[وف]/u, '') + w)) if (!LOOKUP.has(p + w)) LOOKUP.set(p + w, { word, prefix: p });
  }
  if (word.kind === 'unit' && DEFINITE_OK.has(word.value)) {
    for (const p of ['ال', 'وال', 'فال', 'بال', 'لل']) if (!LOOKUP.has(p + w)) LOOKUP.set(p + w, { word, prefix: p });
  }
}
for (const [w, word] of W) LOOKUP.set(w, { word, prefix: '' });

/** Every number word after «و» (and): «وعشرون» → عشرون, so that continuations need no string slicing. */
const AND_FORMS = new Map<string, NumberWord>();
for (const [w, word] of W) AND_FORMS.set('و' + w, word);
/** The words that can continue a number ({@link W} and {@link AND_FORMS}): most words after a number are ruled out by their hash. */
const CONTINUATIONS = wordFilterOf([...W.keys(), ...AND_FORMS.keys()]);

/** Looks a word atom up in the number lexicon, allowing proclitics and (for 3–10) the article. */
export function lookupNumberWord(key: string): WordMatch | null {
  return LOOKUP.get(key) ?? null;
}

const COMMA = 0x2c;
/** «في المئة» (per cent): the normalised forms of «المئة» (the hundred) after «في». */
export const HUNDRED_WORDS = /^(المائه|المئه|الميه)$/;

/** A number expression read from the atoms. */
export interface NumberExpression {
  /** Index of the first atom. */
  first: number;
  /** Index one past the last atom. */
  last: number;
  value: number;
  /** Normalised proclitics of the first atom (`و`, `ب`, `ال`, …). */
  prefix: string;
  /** True when it starts with digits. */
  digits: boolean;
  /** True when a multiplier word was used (مليون، ألف …). */
  scaled: boolean;
  /** True when the whole expression is one unit word (ثلاثة، التسعة): often a weaker signal. */
  single: boolean;
}

/**
 * Reads the number expression starting at `atoms[i]`: `3 مليارات`, `خمسة وعشرون ألفا`,
 * `مليون ونصف`, `ربع مليون`, `1.5 مليار`, `ثلاثمائة وخمسين`. Returns null if none starts there.
 */
export function readNumber(atoms: readonly Atom[], i: number): NumberExpression | null {
  const n = readNumberShared(atoms, i);
  return n && { ...n };
}

// The one result object of {@link readNumberShared}: the stages read a number for every numeral they
// meet, and a fresh object per call was a good part of their garbage-collection work.
const shared: NumberExpression = { first: 0, last: 0, value: 0, prefix: '', digits: false, scaled: false, single: false };

/**
 * `x` rounded to 15 significant digits, for a decimal times a multiplier in binary floating point: «133،8 مليون» is
 * 133,800,000, not 133,800,000.00000001. An integer below 10^15 has no more digits than that and is returned as it is
 * (0 for -0, as the round trip gives): most amounts with a multiplier are integers, and the round trip through
 * `toPrecision` and back to a number costs about half a microsecond.
 */
function fifteenDigits(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? x || 0 : Number(x.toPrecision(15));
}

/**
 * {@link readNumber} for the stages' own scans: the result is one shared object, valid until the next
 * call, so a caller copies what it keeps.
 */
/**
 * Whether the digits after «و» continue an amount whose last multiplier is `lastScale`, by the atom at `k` after them: a
 * multiplier there must be smaller («مليون و200 ألف»); without one, bare digits continue only «ألف» (after a bigger
 * multiplier they are its decimals in Maghrebi copy, «مليار و 200»).
 */
function continuesAfterAnd(atoms: readonly Atom[], k: number, lastScale: number): boolean {
  const scaleAfter = atoms[k]?.kind === 'word' ? W.get(atoms[k]!.key) : undefined;
  return scaleAfter?.kind === 'scale' ? scaleAfter.value < lastScale : lastScale === 1e3;
}

export function readNumberShared(atoms: readonly Atom[], i: number): NumberExpression | null {
  const a = atoms[i];
  if (!a) return null;
  let total = 0;
  let current = 0;
  let prefix: string;
  let lastScale = 0;
  let lastKind: NumberWordKind | 'digits' = 'digits';
  let scaled = false;
  let j = 0;
  let weakOnly = false;
  if (a.kind === 'num') {
    if (!Number.isFinite(a.value)) return null;
    current = a.value;
    // «46 فاصل 5» (46 point 5), as spoken and sometimes written.
    const point = atoms[i + 1];
    const fraction = atoms[i + 2];
    if (point && point.key === 'فاصل' && fraction && fraction.kind === 'num' && !fraction.prefix && ALL_DIGITS.test(fraction.key) && ALL_DIGITS.test(a.key)) {
      current = Number(`${a.key}.${fraction.key}`);
      j = i + 3;
    }
    // «3,650 ملايين» is 3.65 million (a decimal comma), not 3650 million.
    const next = atoms[i + 1];
    const k = a.key;
    if (k.length >= 5 && k.length <= 7 && k.charCodeAt(k.length - 4) === COMMA && ONE_THOUSANDS_COMMA.test(k) && next && next.kind === 'word' && W.get(next.key)?.kind === 'scale') current = Number(a.key.replace(',', '.'));
    prefix = a.prefix;
    j = Math.max(j, i + 1);
  } else if (a.kind === 'word') {
    const m = lookupNumberWord(a.key);
    if (!m) return null;
    prefix = m.prefix;
    const w = m.word;
    if (w.kind === 'scale') {
      if (w.plural) return null; // «آلاف المتظاهرين» (thousands of demonstrators) is not a number.
      total = w.value;
      lastScale = w.value >= 2e3 && w.value % 2 === 0 && (w.value === 2e3 || w.value === 2e6 || w.value === 2e9) ? w.value / 2 : w.value;
      scaled = true;
    } else if (w.kind === 'fraction') {
      current = w.value;
      const next = atoms[i + 1];
      const nm = next && next.kind === 'word' ? W.get(next.key) : undefined;
      if (!nm || nm.kind !== 'scale' || nm.plural) return null; // «نصف» alone is not a quantity.
    } else {
      current = w.value;
      weakOnly = w.weak === true;
    }
    if (prefix.includes('ال') && w.kind !== 'unit') return null;
    lastKind = w.kind;
    j = i + 1;
    // «ستة فاصل خمسة مليار» (six point five billion): the words of «46 فاصل 5» (below), a unit or a ten on each side.
    const point = atoms[i + 1];
    const fraction = atoms[i + 2];
    const after = point?.key === 'فاصل' && fraction?.kind === 'word' ? W.get(fraction.key) : undefined;
    if ((w.kind === 'unit' || w.kind === 'ten') && after && (after.kind === 'unit' || after.kind === 'ten') && !prefix.includes('ال')) {
      // (A unit and a ten after the point are one fraction: «اثنين فاصل خمسة وعشرين», 2.25.)
      const ten = after.kind === 'unit' && atoms[i + 3]?.kind === 'word' ? AND_FORMS.get(atoms[i + 3]!.key) : undefined;
      current = Number(`${w.value}.${after.value + (ten?.kind === 'ten' ? ten.value : 0)}`);
      weakOnly = false;
      j = ten?.kind === 'ten' ? i + 4 : i + 3;
    }
  } else {
    return null;
  }
  // Continuations: a multiplier, «عشر» after a unit, «مئة» after a unit, or «و» + a smaller part.
  for (; j < atoms.length; j++) {
    const b = atoms[j]!;
    // «أربعمائة (400) ألف»: digits in brackets restating the words.
    if (b.key === '(' && atoms[j + 1]?.kind === 'num' && atoms[j + 2]?.key === ')' && atoms[j + 1]!.value === current && current > 0) {
      j += 2;
      continue;
    }
    // (A multiplier may be written against the digits: «بأكثر من 6آلاف مستخدم», over 6,000 users.)
    if (!b.gap && !(j === i + 1 && a.kind === 'num' && b.kind === 'word' && W.get(b.key)?.kind === 'scale')) break;
    if (b.kind === 'num') {
      // «مليون و200 ألف»: digits after «و» continue only after a multiplier, and must be smaller — on the terms of «و»
      // written apart below: not «بين 1.9 مليون و2.1 مليون» (between 1.9 and 2.1 million), another amount.
      if (b.prefix === 'و' && lastScale && b.value < lastScale && lastKind === 'scale' && Number.isInteger(b.value) && continuesAfterAnd(atoms, j + 1, lastScale)) {
        current = b.value;
        lastKind = 'digits';
        continue;
      }
      break;
    }
    // «121 ألفًا و 700» (121,700): the same with «و» written apart from the digits.
    if (b.kind === 'word' && b.key === 'و' && lastKind === 'scale' && lastScale) {
      const after = atoms[j + 1];
      // With a multiplier after the digits, it must be smaller: not the first number of another amount
      // («بين 3.77 مليار و 4.24 مليار», between 3.77 and 4.24 billion). Bare digits continue only «ألف»: after a
      // bigger multiplier they are its decimals in Maghrebi copy («مليار و 200» is 1.2 billion).
      const continues = continuesAfterAnd(atoms, j + 2, lastScale);
      if (after && after.kind === 'num' && after.gap && !after.prefix && after.value < lastScale && Number.isInteger(after.value) && continues) {
        current = after.value;
        lastKind = 'digits';
        j++;
        continue;
      }
      // «المليون و مائتي ألف» (one million two hundred thousand): number words after «و» written apart, on the same terms.
      const word = after && after.kind === 'word' && after.gap ? AND_FORMS.get('و' + after.key) : undefined;
      if (word && (word.kind === 'unit' || word.kind === 'ten' || word.kind === 'hundred') && word.value < lastScale && !(word.weak && word.value === 1) && continues) {
        current = word.value;
        lastKind = word.kind;
        weakOnly = false;
        j++;
        continue;
      }
      break;
    }
    // «الثماني والأربعين ساعة» (the forty-eight hours): a definite unit, then «وال» + a ten, both parts with the article.
    if (b.kind === 'word' && lastKind === 'unit' && current < 10 && prefix.endsWith('ال') && b.key.startsWith('وال')) {
      const ten = W.get(b.key.slice(3));
      if (ten?.kind === 'ten') {
        current += ten.value;
        lastKind = 'ten';
        weakOnly = false;
        continue;
      }
      break;
    }
    if (b.kind !== 'word' || !CONTINUATIONS.mayHave(b)) break;
    const direct = W.get(b.key);
    // A definite number continues only with a multiplier or «عشر»: «العشرة آلاف»، «الخمسة عشر».
    if (direct && (!prefix.includes('ال') || direct.kind === 'scale' || (direct.kind === 'unit' && direct.value === 10))) {
      if (direct.kind === 'scale') {
        if (direct.value === 2e3 || direct.value === 2e6 || direct.value === 2e9) break; // «ثلاثة ألفين» does not occur.
        const scale = direct.value;
        if (lastKind === 'scale' && current === 0) {
          if (scale <= lastScale) break;
          total *= scale; // «ألف مليون» (a thousand million)
        } else {
          if (lastScale && scale >= lastScale) break;
          total += (current || 1) * scale;
        }
        current = 0;
        lastScale = scale;
        lastKind = 'scale';
        scaled = true;
        weakOnly = false;
        continue;
      }
      if (direct.kind === 'unit' && direct.value === 10 && lastKind === 'unit' && current > 0 && current < 10) {
        current += 10; // «ثلاثة عشر» (thirteen)
        lastKind = 'ten';
        weakOnly = false;
        continue;
      }
      if (direct.kind === 'hundred' && direct.value === 100 && lastKind === 'unit' && current >= 3 && current < 10) {
        current *= 100; // «ثلاث مئة» (three hundred)
        lastKind = 'hundred';
        continue;
      }
      break;
    }
    if (b.key.startsWith('و') && b.key.length > 2) {
      const w = AND_FORMS.get(b.key);
      if (!w || lastKind === 'digits' && !lastScale) break;
      if (w.kind === 'fraction') {
        // «مليون ونصف» (a million and a half), «3 ملايين ونصف».
        if (lastKind === 'scale') total += w.value * lastScale;
        else break;
        j++;
        // «مليون ونصف المليون» (one and a half million).
        const again = atoms[j];
        if (again && again.kind === 'word' && again.key.startsWith('ال') && W.get(again.key.slice(2))?.kind === 'scale') j++;
        break;
      }
      if (w.kind === 'scale' || w.weak && w.value === 1 && lastKind !== 'scale' && lastKind !== 'hundred') break;
      // Not the first word of another amount of the same magnitude: «بين ألفين وثلاثة آلاف جندي» (between two and three
      // thousand soldiers) is no 2,003.
      const scaleAfter = atoms[j + 1]?.kind === 'word' ? W.get(atoms[j + 1]!.key) : undefined;
      if (lastKind === 'scale' && scaleAfter?.kind === 'scale' && scaleAfter.value >= lastScale) break;
      const magnitude = w.value;
      if (lastScale && magnitude >= lastScale) break;
      // «خمسة وعشرون» (five and twenty), «ثلاثمائة وخمسين», «ألف وخمسمائة»; not «الخمسة عشر وعشرين» (15 and 20).
      if (lastKind === 'ten' || lastKind === 'fraction') break;
      if (lastKind === 'unit' && (w.kind !== 'ten' || current % 100 >= 10)) break;
      if (lastKind === 'hundred' && w.kind !== 'unit' && w.kind !== 'ten') break;
      current += magnitude;
      lastKind = w.kind;
      weakOnly = false;
      continue;
    }
    break;
  }
  if (weakOnly) return null;
  const value = scaled ? fifteenDigits(total + current) : total + current;
  if (!(value > 0) && !(a.kind === 'num' && value === 0)) return null;
  shared.first = i;
  shared.last = j;
  shared.value = value;
  shared.prefix = prefix;
  shared.digits = a.kind === 'num';
  shared.scaled = scaled;
  shared.single = j === i + 1 && a.kind === 'word';
  return shared;
}
