/**
 * The `quantities` stage: counts, amounts of money, percentages and measures, resolved to numbers,
 * with the counted noun or measure, the ISO 4217 currency and the approximation («نحو»، «أكثر من» …).
 * Numbers that belong to dates, years, times and durations (found by the shared date recogniser),
 * ordinals, phone numbers, match scores, law and article numbers and names (إف-16) are left out.
 */
import type { AnalysisDocument, Approx, Quantity } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';
import { DEFINITE_OBLIQUE_PLURAL, PLURAL_UNITS, recognizeTimes } from '../dates/recognize.ts';
import { addCandidateWords, AFTER_NUMBER, ALL_DIGITS, atomsOf, BEFORE_NUMBER, dualEndingsOf, fold, ONE_THOUSANDS_COMMA, spanText, tokenHashesOf, WINDOW_BREAK, type Atom } from './atoms.ts';
import { wordFilterOf } from '../text/word-filter.ts';
import { countryCurrency, readCurrency } from './currency.ts';
import { findAges } from './ages.ts';
import { APPROX_BEFORE } from './approximators.ts';
import { findDuals } from './duals.ts';
import { analyzeWord, getLexicon } from '../segment/clitics.ts';
import { lexiconForm } from '../segment/lexicon-form.ts';
import { ALEF, BAA, FAA, LAM, SEEN, WAW, YAA } from '../text/letters.ts';
import { HUNDRED_WORDS, lookupNumberWord, readNumberShared, NUMBER_WORDS } from './words.ts';

export { readNumber, lookupNumberWord, NUMBER_WORDS } from './words.ts';
export { atomsOf, fold, parseDigits, type Atom } from './atoms.ts';
export { readCurrency, countryCurrency } from './currency.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const APPROX_CLITICS = ['', 'و', 'ف', 'ب', 'وب', 'فب', 'ل', 'ول', 'ما'];

/**
 * Words after which a number is a legal or reference number: «الفصل 12» (article 12), «رقم 5», or a
 * rank, a match minute or an anniversary: «المرتبة 42» (42nd place), «الدقيقة 83» (the 83rd minute), «الذكرى 17
 * لوفاة» (the 17th anniversary of the death).
 */
const REFERENCE = set('الذكري ذكري الدوره دوره الطبعه طبعه المرحله الجوله الموسم رقم الرقم الفصل فصل الماده ماده البند بند الفقره فقره المرسوم مرسوم القانون قانون القرار قرار المنشور منشور الامر امر الدائره الغرفه الطريق الطريق المحور النسخه الجزء العدد الحلقه الصفحه صفحه الدقيقه المرتبه الرتبه المركز');
const LEGAL = set('القانون قانون الامر امر المرسوم مرسوم القرار قرار المنشور منشور الاساسي الحكومي الترتيبي الرئاسي');
/** «مليم» (millime), the thousandth of the Tunisian dinar, and its plurals, normalised. */
const MILLIMES = set('مليم مليما مليمات ملاليم');
/** A word of dinars (with its clitics) and «و» (and) right before a number of millimes: «دينارا و» in «دينارا و500 مليم». */
const DINARS_THEN_AND = /(?:^|[\s(])(?:[وفبل]{1,2})?(دينار|دينارا|دينارين|ديناران)\s*و\s*$/u;
/** «دينارين، ديناران» (two dinars), folded. */
const DUAL_DINARS = /^دينار(ين|ان)$/u;
/** Dinars with their millimes as three decimals, before «مليم»: «2.500 مليم» (2.5 TND). */
const DINARS_AND_MILLIMES = /^\d{1,3}\.\d{3}$/;
/** {@link minorDigits} by currency code, read from Intl once each. */
const MINOR_DIGITS = new Map<string, number>();
/** The digits of an ISO 4217 currency's minor unit, from Intl: USD 2, JPY 0, TND 3 (2 for a code Intl does not know). */
function minorDigits(currency: string): number {
  let digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    MINOR_DIGITS.set(currency, digits);
  }
  return digits;
}

/** Words that are not the counted noun after a number. */
const NOT_UNIT = set('في من الي علي عن مع او و ثم قد لا لم لن ما هو هي هم هما كما امام حول بينما فيما عندما بعدما حينما وفقا طبقا تبعا تحت تقريبا تمت بعد قبل منذ حتي خلال ضد الذي التي الذين ان انه اي كل بين حيث عند لدي تم كان كانت وقد اذ اذا لكن بل وفق حسب مقابل نحو حوالي فقط ايضا سنويا شهريا يوميا مقارنه جراء اثر بسبب نتيجه منها منهم منهن عليها عليه له لها لهم او');
/**
 * True when the word after a number is not the noun it counts though it passed the word lists: a verb in the perfect
 * plural («10 الاف قتلوا في الهجوم», 10,000 were killed; «ثلاثة اصيبوا», three were wounded: three letters or more
 * before «وا», where «عضوا، نموا» (members, growth) are nouns), or a word that the
 * segmenter reads as «و» or «ل» + a word, or «ب» + the article («مقتل 29 وإصابة 24», 29 killed and 24 wounded; «الضباط
 * الأربعة وليس لديه», the four officers, and he has no …; «المؤتمر 23 للاتحاد», the union's 23rd congress; «2 بالجنوب»). The counted noun follows its number bare: «وزراء، وحدات،
 * ولايات» keep their «و», which the segmenter reads as a letter of the stem.
 */
function notCountedNoun(text: string, u: Atom): boolean {
  const key = u.key;
  if (key.length >= 5 && key.endsWith('وا')) return true;
  // A verb in the future: «س» before an imperfect the lexicon knows («سيتحول», will turn; not «سيارة», a car).
  if (key.length >= 4 && key.charCodeAt(0) === SEEN && FUTURE_PERSON.test(key[1]!) && known(text.slice(u.start + 1, u.end)) > 0) return true;
  if (key.length >= 4 && key.charCodeAt(0) === YAA && imperfectVerb(text.slice(u.start, u.end))) return true;
  // «و», «ل», and «ب» before the article. (Not «ف», «ك» or «ب» before a bare noun: the segmenter reads «فنانا، فردا،
  // كغرام، بحارا» (artists, individuals, kilogram, sailors) as a proclitic and a word.)
  const first = key.charCodeAt(0);
  // («8 بالألف», 8 per mille, is a measure.)
  if (first === BAA) return key.startsWith('بال') && key !== 'بالالف' && analyzeWord(text.slice(u.start, u.end)).article === 1;
  if (first !== WAW && first !== LAM) return false;
  const segments = analyzeWord(text.slice(u.start, u.end)).segments;
  const head = segments[0];
  // (The word behind the letter must be one the lexicon knows: the segmenter also reads «وساما» (medals) as «و» + «س» +
  // «اما», and «وحوش» (beasts) as «و» + «حوش».)
  return segments.length > 1 && head !== undefined && head.role === 'proclitic' && head.end - head.start === 1 && known(text.slice(u.start + 1, u.end)) >= KNOWN_WORD;
}
/** Occurrences in the clitic lexicon (the ANT corpus) that make a word known rather than a stray split. */
const KNOWN_WORD = 2;
/** How often the clitic lexicon counted a word, looked up in its lexicon form («أيّام» → «أيام»). */
const known = (word: string): number => getLexicon().get(lexiconForm(word)) ?? 0;
/**
 * True for a verb in the imperfect of the third person, «يـ» + a stem, which the lexicon knows with «تـ» («يتعلق»،
 * «يواصل»، «يحتضن»: «تتعلق» …) or, in the dual or the plural, without its ending («يقومان»، «يمثلون»: «يقوم»، «يمثل»).
 * Nouns in «يـ» have no such form: «يورو»، «ياردة» («يوان» has one through «يو», but the currency reader takes it
 * first); a word in «ـي» (a nisba: «يمني») and its plurals are left alone.
 */
function imperfectVerb(text: string): boolean {
  const word = lexiconForm(text);
  if (word.endsWith('ي')) return false; // a nisba
  if (known('ت' + word.slice(1)) > 0) return true; // «يتعلق» → «تتعلق»
  const stem = word.slice(0, -2);
  // (A nisba's plural is no verb: «يمنيون», «يابانيون» — the stem ends in «ي»; a dual in «ـيان» is: «يرتديان».)
  if (word.endsWith('ون')) return !stem.endsWith('ي') && known(stem) > 0; // a plural, «يمثلون»
  return word.endsWith('ان') && known(stem) > 0; // a dual, «يقومان»
}
/** The first letter of an imperfect after the future's «س»: «سيـ، ستـ، سنـ، سأ». */
const FUTURE_PERSON = /[يتنا]/u;
const PERCENT_WORDS = set('بالمائه بالمئه بالميه %');
/**
 * One-letter abbreviations of a unit after a number: «ن» (نقطة, points in league tables), «غ» (غرام,
 * grams), «ل» (لتر, litres), «م» (متر, metres; «م د» is million dinars, read before this).
 */
const UNIT_LETTERS = set('ن غ ل م');
/** «ونصف» (and a half) after a measure, also in the accusative. */
const HALF_AFTER = set('ونصف ونصفا');
/** Measures that end a range written with a dash («150 — 200 متر»), normalised. */
/** Points and degrees (folded), in which scores and readings with decimals are given. */
const SCORE_WORDS = set('نقطة نقطه نقاط درجة درجه درجات');
const MEASURE_WORDS = set('متر مترا امتار كلم كم كيلومتر كيلومترا كيلومترات كغ كلغ كيلوغرام كيلوغراما غرام طن اطنان لتر لترات هكتار هكتارات ميغاواط م غ ل');

/**
 * Whether a normalised word (see `fold`) is a measure of three letters or more («كيلوغرام», «طن», «هكتار»): the
 * entity stage drops a "person" that holds one («وكان يزن كيلوغرام واحد», he weighed one kilogram).
 */
export function isMeasureWord(word: string): boolean {
  return word.length >= 3 && MEASURE_WORDS.has(word);
}

/**
 * Whether the one-letter word at `j`, after a number of value `value`, is a unit: not the first letter of
 * a dotted abbreviation («ل.ت»), not the proclitic «ل» written apart («الذكرى 41 ل"يوم الأرض"»), not
 * «م» before another word («650 م ود», a misspelt «م د», million dinars) or after a year («2017 م», AD).
 */
function unitLetter(atoms: readonly Atom[], j: number, value: number): boolean {
  const u = atoms[j]!;
  const next = atoms[j + 1];
  if (next && !next.gap && next.key === '.') return false;
  if (u.key === 'ل') return !next || next.gap;
  if (u.key === 'م') return !(next?.kind === 'word') && !(Number.isInteger(value) && value >= 1000 && value <= 2100);
  return true;
}

/** Approximator patterns by the normalised form of their last word (with its clitic for one-word patterns). */
const APPROX_BY_LAST = new Map<string, [string[], Approx][]>();
for (const [words, kind] of APPROX_BEFORE) {
  const lasts = words.length === 1 ? APPROX_CLITICS.map((c) => c + words[0]!) : [words.at(-1)!];
  for (const last of lasts) {
    const list = APPROX_BY_LAST.get(last) ?? [];
    list.push([words, kind]);
    APPROX_BY_LAST.set(last, list);
  }
}

/**
 * The first word of each approximator with every clitic it may carry: «ما يزيد» → «يزيد». A set per
 * written form, so that two first words that meet in one form once clitics are added both stay.
 */
const APPROX_FIRST_FORMS = new Map<string, Set<string>>();
for (const [words] of APPROX_BEFORE) {
  for (const c of APPROX_CLITICS) {
    const form = c + words[0]!;
    const firsts = APPROX_FIRST_FORMS.get(form) ?? new Set<string>();
    firsts.add(words[0]!);
    APPROX_FIRST_FORMS.set(form, firsts);
  }
}

/** The last words of {@link APPROX_BY_LAST}, as a filter: most words before a number are ruled out by their hash. */
const APPROX_LAST_FILTER = wordFilterOf(APPROX_BY_LAST.keys());

function approxBefore(atoms: readonly Atom[], i: number): Approx | null {
  const before = atoms[i - 1];
  const candidates = before && APPROX_LAST_FILTER.mayHave(before) && APPROX_BY_LAST.get(before.key);
  if (!candidates) return null;
  for (let c = 0; c < candidates.length; c++) {
    const [words, kind] = candidates[c]!;
    const n = words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) {
      const a = atoms[i - n + k]!;
      const w = words[k]!;
      ok = k === 0 ? APPROX_FIRST_FORMS.get(a.key)?.has(w) === true : a.key === w;
    }
    if (ok) return kind;
  }
  return null;
}

/** The reference and legal words with و/ف/ب/ل before their article: «وبالفصل 12». */
const withArticleClitics = (words: ReadonlySet<string>): ReadonlySet<string> => {
  const out = new Set(words);
  for (const w of words) if (w.startsWith('ال')) for (const p of ['و', 'ف', 'ب', 'ل', 'وب']) out.add(p + w);
  return out;
};
const REFERENCE_FORMS = withArticleClitics(REFERENCE);
const LEGAL_FORMS = withArticleClitics(LEGAL);
/** {@link REFERENCE_FORMS} and «عدد», the words {@link isReference} reads before a number, as a filter. */
const REFERENCE_FILTER = wordFilterOf([...REFERENCE_FORMS, 'عدد']);

function isReference(atoms: readonly Atom[], i: number): boolean {
  const prev = atoms[i - 1];
  if (prev && prev.kind === 'word' && atoms[i]!.digits >= 3 && resolutionOfBody(atoms, i)) return true;
  if (!prev || prev.kind !== 'word' || !REFERENCE_FILTER.mayHave(prev)) return false;
  const key = prev.key;
  // (Not after a demonstrative: «بلغ عدد العارضين في هذه الدورة 562» (the exhibitors of this session numbered 562) — a
  // noun that «هذه» already determines takes no number as its label, unless «من» and what it belongs to follow: «تحتفي هذه
  // الدورة 52 من مهرجان قرطاج», «بموجب هذا الفصل 226 من المجلة» — not «562 من حوالي 41 دولة», from about 41 countries.)
  if (REFERENCE_FORMS.has(key)) return !DEMONSTRATIVES.has(atoms[i - 2]?.key ?? '') || labelOf(atoms, i + 1);
  if (key === 'عدد') {
    if (atoms[i + 1]?.key === 'لسنه') return true;
    for (let k = i - 2; k >= i - 4 && k >= 0; k--) if (LEGAL_FORMS.has(atoms[k]!.key)) return true;
  }
  return false;
}

/** Whether «من» and a noun it belongs to follow a number at `k`: «52 من مهرجان قرطاج» (the 52nd of the Carthage festival). */
function labelOf(atoms: readonly Atom[], k: number): boolean {
  const owner = atoms[k + 1];
  return atoms[k]?.key === 'من' && owner !== undefined && owner.kind === 'word' && !APPROX_FIRST_FORMS.has(owner.key) && lookupNumberWord(owner.key) === null;
}

/** «هذا، هذه» (this), normalised. («ذلك» is as often a pronoun: «نص على ذلك الفصل 317», article 317 provided for that.) */
const DEMONSTRATIVES: ReadonlySet<string> = set('هذا هذه');

/** Words after a resolution's number (keys): particles, «بشأن» (on), «حول» (about), «و» … — nothing it counts. */
const AFTER_REFERENCE: ReadonlySet<string> = set('بشان حول و في من الي علي عن الذي التي الصادر الخاص');
/** «قرار» (resolution, decision) with its article and proclitics, as keys. */
const RESOLUTION_FORMS = withArticleClitics(set('قرار وقرار لقرار بقرار القرار للقرار'));
/**
 * A resolution numbered after the body that passed it or an adjective: «قرار مجلس الأمن 1701» (Security Council
 * resolution 1701), «القرار الأممي 2254», «قرار الجمعية العامة 194» — up to three words between «قرار» and the number,
 * each «مجلس» (council) or definite.
 */
function resolutionOfBody(atoms: readonly Atom[], i: number): boolean {
  // (Not when the number counts or measures what follows it: «قرار الحكومة الأخير 500 مليون دينار», «150 منحة».)
  const next = atoms[i + 1];
  if (next && next.kind === 'word' && ((!AFTER_REFERENCE.has(next.key) && !/^(ال|وال|لل|بال)/u.test(next.key)) || lookupNumberWord(next.key))) return false;
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const w = atoms[k]!;
    if (w.kind !== 'word') return false;
    if (k < i - 1 && RESOLUTION_FORMS.has(w.key)) return true;
    if (w.key !== 'مجلس' && !w.key.startsWith('ال')) return false;
  }
  return false;
}

/** A definite sound plural (keys, after the article and any proclitic): «الانتحاريين», «المجموعات», «الموقعون». */
const DEFINITE_SOUND_PLURAL = /^(?:[وفب]?ال|لل)\S{3,}(?:ين|ون|ات)$/u;
/** Whether the word right before the number at `i` is a definite sound plural, which a definite number after it counts. */
function definitePluralBefore(atoms: readonly Atom[], i: number): boolean {
  const prev = atoms[i - 1];
  // (Not units of time, which make a period: «السنوات الـ20 المقبلة», the next twenty years.)
  return prev !== undefined && prev.kind === 'word' && DEFINITE_SOUND_PLURAL.test(prev.key) && !PLURAL_UNITS.has(prev.key.replace(/^[وفب]/u, ''));
}

/** Original offset after the proclitics و ف ب ل ك (the article stays: «التسعة»). */
function cliticLength(text: string, start: number, prefix: string): number {
  const n = prefix.endsWith('ال') ? prefix.length - 2 : prefix === 'لل' ? 1 : prefix.length;
  let i = start;
  for (let k = 0; k < n; k++) {
    i++;
    while (i < text.length && ((text.charCodeAt(i) >= 0x64b && text.charCodeAt(i) <= 0x65f) || text.charCodeAt(i) === 0x640)) i++;
  }
  return i - start;
}

/** Where a number read at atom `a` starts in the text: a word's proclitics are left out («وثلاثة»). */
const numberStart = (text: string, a: Atom, prefix: string): number => a.start + (a.kind === 'word' ? cliticLength(text, a.start, prefix) : 0);

// Module constants: a regular-expression literal in a function is a new object at every evaluation.
const SPACED_PHONE = /^\d{2,3}( \d{2,3}){2,}$/;
/** What stands between the two numbers of a range: «إلى» (to), «حتى» (until), «و» (and), a dash, «أو» (or). */
const RANGE_WORDS = /^(الى|إلى|حتى|حتي|و|-|–|—|او|أو)$/;

/**
 * The layer's objects are made by a constructor, not an object literal. Every object of the layer
 * survives, and V8 then allocates an object literal's later objects straight in the old generation
 * ("pretenuring"), where each allocation is a call into the runtime: in CPU profiles that literal was
 * the costliest line of the stage. Objects made by `new` are never pretenured. Their prototype is
 * Object.prototype, so they are plain objects like the literals were (same properties, same order).
 */
const QuantityObject = function (this: Quantity, start: number, end: number, text: string, value: number, unit: string | null, currency: string | null, approx: Approx | null) {
  this.start = start;
  this.end = end;
  this.text = text;
  this.value = value;
  this.unit = unit;
  this.currency = currency;
  this.approx = approx;
} as unknown as new (start: number, end: number, text: string, value: number, unit: string | null, currency: string | null, approx: Approx | null) => Quantity;
(QuantityObject as unknown as { prototype: object }).prototype = Object.prototype;
// One object made with a value that is not a number, and dropped: V8 then keeps `value` as a tagged
// field, where an integer is stored as it is. A field that had only seen numbers would be a double
// field, and every object would get a boxed number of its own, also for the integers most values are.
void new QuantityObject(0, 0, '', null as unknown as number, null, null, null);

/** Sorts the first `count` quantities by start (insertion sort: a dual or two among a few numbers). */
function sortByStart(list: Quantity[], count: number): void {
  for (let i = 1; i < count; i++) {
    const q = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.start > q.start) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = q;
  }
}

/** The quantities stage: requires `tokens`, provides `quantities`. */
export function quantities(): Stage {
  return {
    name: 'quantities',
    requires: ['tokens'],
    provides: ['quantities'],
    run(doc: AnalysisDocument) {
      const found = quantitiesOf(doc);
      // A document without quantities keeps the empty array it has: one object fewer per such
      // document for the collector to copy while the layers live.
      if (found !== NO_QUANTITIES) doc.quantities = found;
      else if (doc.quantities?.length !== 0) doc.quantities = [];
    },
  };
}

/** What {@link quantitiesOf} returns for a document without quantities (never handed out). */
const NO_QUANTITIES: Quantity[] = Object.freeze([]) as unknown as Quantity[];

let coveredPool = new Uint8Array(1024);
/** Scratch for {@link quantitiesOf} (emptied after each document). */
const scratch: Quantity[] = [];

/** Every quantity in a segmented document (the work of the {@link quantities} stage). */
export function findQuantities(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date' | 'url'>): Quantity[] {
  const found = quantitiesOf(doc);
  return found === NO_QUANTITIES ? [] : found;
}

/** «أخرى، آخر» (another), normalised. */
const OTHERS: ReadonlySet<string> = set('اخري اخر');
/** The end of a sentence or a paragraph between two amounts. */
const SENTENCE_BREAK = /[.!?؟\n]/u;

/** {@link findQuantities}, or {@link NO_QUANTITIES} when there is none. */
function quantitiesOf(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date' | 'url'>): Quantity[] {
  const text = doc.text;
  const atoms = atomsOf(doc);
  if (coveredPool.length < atoms.length) coveredPool = new Uint8Array(atoms.length * 2);
  const covered = coveredPool;
  covered.fill(0, 0, atoms.length);
  const { atomSpans, expressions } = recognizeTimes(doc);
  for (let f = 0; f < 2 * expressions.length; f += 2) for (let k = atomSpans[f]!; k < atomSpans[f + 1]!; k++) covered[k] = 1;
  // The quantities as found, in a scratch array that keeps its capacity (a new array grown by push
  // was the stage's largest allocation after the layer itself).
  const out = scratch;
  let count = 0;
  let lastMoney = -1; // the index in `out` of the last amount of money
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (covered[i] || (a.kind !== 'num' && a.kind !== 'word')) continue;
    if (a.kind === 'word' && !(NUMBER_KEY_FILTER.mayHave(a) && NUMBER_KEYS.has(a.key))) continue;
    // (A cardinal that is a fraction here, or a fraction with the article: see shareAt.)
    const share = a.kind === 'word' && SHARE_WORDS.has(a.key) ? shareAt(text, atoms, i, covered) : null;
    if (share) {
      out[count++] = shareQuantity(text, atoms, i, share);
      continue;
    }
    // The «عشر/عشرة» of an ordinal from 11 to 19 is no ten: «الدورة السابعة عشرة» (the seventeenth session), «القرن التاسع عشر».
    if (a.kind === 'word' && TEN_WORDS.has(a.key) && i > 0 && atoms[i - 1]!.kind === 'word' && ORDINAL_TEENS.test(atoms[i - 1]!.key) && a.start - atoms[i - 1]!.end <= 2) continue;
    // The shared result is only valid until the next read: nothing below reads another number.
    const n = readNumberShared(atoms, i);
    if (!n) {
      const q = a.kind === 'word' ? wordQuantityAt(doc, atoms, i, covered) : null;
      if (q) out[count++] = q;
      continue;
    }
    let last = n.last;
    while (last > i && covered[last - 1]) last--;
    if (last <= i) continue;
    let hyphenSecond = false;
    if (n.digits) {
      // «الـ20» is an ordinal unless a counted noun follows: «فتاة الـ12 ربيعا» (the 12-year-old girl) — or a definite
      // plural comes before it, which it counts as an adjective would: «الانتحاريين الـ24 الذين», the 24 bombers who.
      if (n.prefix.includes('ال') && !definitePluralBefore(atoms, i)) {
        const u = atoms[n.last];
        if (!u || u.kind !== 'word' || u.key.startsWith('ال') || u.key.startsWith('لل') || NOT_UNIT.has(u.key)) continue;
      }
      if (isReference(atoms, i)) continue;
      const prev = atoms[i - 1];
      const next = atoms[last];
      // Names and codes: «إف-16»، «كوفيد-19»، «G20». Not an Arabic word glued to a percentage or an
      // amount of money by a missing space: «في حدود3.7 %»، «ناهزت500 مليون دينار».
      // (Nor a preposition that lost its space: «ارتفع من 3986 حادثا إلى4084 حادثا», from 3,986 to 4,084 accidents.)
      if (prev && !a.gap && !n.prefix && (prev.kind === 'latin' || prev.kind === 'word' || (prev.key === '-' && atoms[i - 2] && !prev.gap && atoms[i - 2]!.kind !== 'num')) && !(prev.kind === 'word' && (gluedAmount(atoms, n.last) || GLUED_PREPOSITIONS.has(prev.key) || gluedCount(text, atoms, i, n.last)))) continue;
      if (next && !next.gap && (next.kind === 'latin' || (next.key === '-' && atoms[last + 1]?.kind !== 'num' && atoms[last + 1]?.gap === false))) continue;
      // Scores «2-1» and ranges written with a hyphen between small numbers.
      if ((next?.key === '-' || next?.key === ':') && atoms[last + 1]?.kind === 'num' && a.value <= 20 && atoms[last + 1]!.value <= 20 && atoms[last + 1]!.digits <= 2) {
        i = last + 1;
        continue;
      }
      if (prev?.key === ':' && atoms[i - 2]?.kind === 'num') continue;
      // The second number after a dash is kept only as the end of a range of money, percentages or
      // numbers with a multiplier («500-600 مليون دولار»، «60-70 %»; see below): «55 - 72» is a score.
      hyphenSecond = DASHES.has(prev?.key ?? '') && atoms[i - 2]?.kind === 'num';
      // List markers: «1- الرئيس التنفيذي»، «4. متصفحات» at the start of a line or after a full stop.
      if (next && !next.gap && (next.key === '-' || next.key === '.' || next.key === ')') && atoms[last + 1]?.gap && a.digits <= 2 && listStart(text, a.start - cliticLength(text, a.start, ''))) continue;
      // Items of a numbered list inside a line, as in league tables: «1- الملعب القابسي 16 ن 2- نادي
      // حمام الأنف 13 ن» (1- Stade Gabèsien 16 pts, 2- Hammam-Lif 13 pts), «1 - ساموا 2 - ناورو».
      if (next && DASHES.has(next.key) && atoms[last + 1]?.kind === 'word' && numberedItem(atoms, i, last)) continue;
      // Phone numbers.
      if (a.digits >= 6 && ALL_DIGITS.test(a.key) && (a.digits >= 8 || a.key[0] === '0')) continue;
      if (a.digits >= 6 && SPACED_PHONE.test(a.key)) continue;
    }
    let start = numberStart(text, a, n.prefix);
    let end = atoms[last - 1]!.end;
    let unit: string | null = null;
    let currency: string | null = null;
    let money = false;
    let value = n.value;
    let j = last;
    // Percentages: «60 بالمائة»، «15 في المئة»، «5%».
    const p = atoms[j];
    if (p && PERCENT_WORDS.has(p.key)) {
      end = p!.end;
      unit = '%';
      j++;
    } else if (p && p.key === 'في' && HUNDRED_WORDS.test(atoms[j + 1]?.key ?? '')) {
      end = atoms[j + 1]!.end;
      unit = '%';
      j += 2;
    } else {
      let c = readCurrency(atoms, j);
      if (!c && atoms[i - 1] && !a.gap && atoms[i - 1]!.kind === 'punct') {
        c = readCurrency(atoms, i - 1); // «$300»
        if (c) c = { ...c, last: j };
      }
      // «996 م.د» (million dinars), «93 أ.د» (thousand dinars): Maghreb agency abbreviations.
      const abbr = c ? null : dinarAbbreviation(atoms, j);
      if (abbr) {
        value *= abbr.scale;
        unit = text.slice(atoms[j]!.start, atoms[abbr.last - 1]!.end);
        currency = countryCurrency(doc.tokens, 'دينار', doc.url, tokenHashesOf(doc));
        money = true;
        j = abbr.last;
      } else if (c) {
        money = true;
        const head = atoms[c.head]!;
        unit = head.kind === 'punct' ? null : spanText(text, head.start, head.end, head);
        currency = currencyCode(doc, c);
        j = c.last;
        // «الراتب السنوي: 80.200 دولار أميركي» (an annual salary of 80,200 dollars): three decimals before a currency whose
        // cents run to fewer digits are thousands (not in dinars with millimes: «2.500 دينار» is 2.5 TND).
        if (currency !== null && last === i + 1 && DINARS_AND_MILLIMES.test(a.key) && minorDigits(currency) < 3) value = Math.round(value * 1000);
        // «الزيادة في الأجر الأدنى … بـ 19,136 دينارا، ليرتفع من 338 دينارا إلى 357,136 دينارا» (a rise of 19.136 dinars, from 338
        // to 357.136): Tunisian copy writes the millimes after a comma; its thousands take a dot or a space.
        if (currency === 'TND' && last === i + 1 && ONE_THOUSANDS_COMMA.test(a.key)) value = Math.round(value) / 1000;
      } else if (atoms[j] && atoms[j]!.kind === 'word' && MILLIMES.has(atoms[j]!.key) && !covered[j]) {
        // «750 مليم» (750 millimes): the thousandth of the Tunisian dinar, in which prices are written — 0.75 TND. («2.500 مليم»,
        // dinars with the millimes as three decimals, is 2.5 TND already.)
        const u = atoms[j]!;
        unit = spanText(text, u.start, u.end, u);
        currency = 'TND';
        if (!(last === i + 1 && DINARS_AND_MILLIMES.test(a.key))) value /= 1000;
        j++;
      } else {
        const u = atoms[j];
        // A word that opens a time expression is not what the number counts: «22 ألفا سنة 2011»
        // (22,000 in the year 2011).
        // (Nor «و» + such a word: «17081 وشعبة»، «العشرة والذين».)
        // «ثلاثة أخماس الأعضاء» (three fifths of the members): a count of a plural fraction is a fraction, 0.6.
        const parts = u && u.kind === 'word' && u.gap && !covered[j] ? FRACTION_PLURALS.get(u.key) : undefined;
        if (parts !== undefined && n.single && value < parts) {
          value /= parts;
          end = u!.end;
          j++;
        } else if (u && u.kind === 'word' && u.gap && !covered[j] && !NOT_UNIT.has(u.key) && !u.key.startsWith('ال') && !u.key.startsWith('لل') && !(u.key.startsWith('وال') || (u.key.startsWith('و') && NOT_UNIT.has(u.key.slice(1)))) && !lookupNumberWord(u.key) && u.key.length > 1 && !notCountedNoun(text, u)) {
          unit = spanText(text, u.start, u.end, u);
          // «تجنيد نحو 500.000 عون» (recruiting about 500,000 agents), «11.300 مترشحا»: three decimals before a counted noun
          // are thousands, as before a currency whose cents run to fewer digits (above) — no count is a fraction. (Not a measure
          // or a score: «1.500 كلغ» may be a kilo and a half, «برصيد 14.200 نقطة» is a gymnast's 14.2; nor a word in «و/ف», a
          // verb or a conjunction that opens the next clause — «ليبلغ سعره 2.236 فيما …»; nor a column of a table of prices,
          // a number right before it.)
          if (last === i + 1 && DINARS_AND_MILLIMES.test(a.key) && value >= 1 && !MEASURE_WORDS.has(u.key) && !MILLIMES.has(u.key) && !SCORE_WORDS.has(u.key) && !/^[وف]/u.test(u.key) && !(i > 0 && atoms[i - 1]!.kind === 'num')) value = Math.round(value * 1000);
          // «ثلاثة أمتار ونصف» (three and a half metres): a half after the measure, which the span then covers.
          // (Not «ونصف الساعة», and half an hour, which halves something else.)
          if (MEASURE_WORDS.has(u.key) && Number.isInteger(value) && HALF_AFTER.has(atoms[j + 1]?.key ?? '') && !/^ال/u.test(atoms[j + 2]?.key ?? '')) {
            value += 0.5;
            end = atoms[j + 1]!.end;
          }
        } else if (u && u.kind === 'word' && !covered[j] && UNIT_LETTERS.has(u.key) && u.end - u.start === 1 && unitLetter(atoms, j, value)) {
          // One-letter abbreviations, also written against the digits: «28 ن» (28 points), «500غ».
          unit = spanText(text, u.start, u.end, u);
        }
      }
    }
    // After a dash, only a percentage, an amount of money, a measure or a number with a multiplier ends
    // a range («150 — 200 متر»); a team after it makes a score («18– 22 نادي كرة اليد بجمال»).
    if (hyphenSecond && j === last && last === i + 1 && !(unit !== null && MEASURE_WORDS.has(atoms[j]!.key))) continue;
    let approx = approxBefore(atoms, i);
    if (!approx && atoms[j]?.key === 'تقريبا') approx = 'about';
    // «3 أشخاص على الأقل» (at least 3 people): after the number or its counted noun.
    if (!approx && atoms[j]?.key === 'علي' && atoms[j + 1]?.key === 'الاقل') approx = 'at-least';
    else if (!approx && unit && j === last && atoms[j + 1]?.key === 'علي' && atoms[j + 2]?.key === 'الاقل') approx = 'at-least';
    if (start >= end) start = a.start;
    // «50 ألف جنيه و20 ألفاً أخرى» (50,000 pounds and another 20,000): «another» after an amount of money in the same
    // sentence is more of that money, its unit and currency — an amount with its multiplier («قيمتها 200 ألف دينار و4
    // أخرى محملة بالوقود»: four more trucks). (Not after a count: «206 قتلى … 220 آخرين في عداد المفقودين», the others
    // are missing, not dead.)
    if (unit !== null && n.scaled && lastMoney >= 0 && lastMoney === count - 1 && OTHERS.has(fold(unit))) {
      const before = out[lastMoney]!;
      if (!SENTENCE_BREAK.test(text.slice(before.end, start))) {
        unit = before.unit;
        currency = before.currency;
        money = true;
      }
    }
    if (money) lastMoney = count;
    out[count++] = (new QuantityObject(start, end, spanText(text, start, end, last === i + 1 ? a : undefined), value, unit, currency, approx));
    i = last - 1;
  }
  // Ranges share the unit, currency and percent sign written once after the second number:
  // «من 500 إلى 600 دولار»، «20 إلى 25%»، «بين 4 و12 سنة»، «60-70 %»; and its multiplier, when the first
  // is digits alone: «بين 500 و600 مليون دولار» (500 million), «من 250 الى 200 مليون دينار».
  for (let k = count - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    // («من 600 إلى 900 مليم», from 600 to 900 millimes: the first number is in millimes too.)
    const inMillimes = b.currency === 'TND' && b.unit !== null && MILLIMES.has(fold(b.unit)) && DIGITS_ONLY.test(a.text) && !DINARS_AND_MILLIMES.test(a.text);
    if (a.unit !== null || b.start - a.end > 12) continue;
    // (With no unit after the second number, only its multiplier is shared: «بين 100 و180 ألفا», 100,000 to 180,000.)
    // The multiplier is shared when the two numbers before it are of one magnitude — «من 250 الى 200 مليون دينار»
    // (falling), not «ما بين 800 و1 مليون» nor «(1600 و40 الاف دينار)», where the first stays as written.
    const scale = multiplierOf(b.text);
    const lead = scale > 1 ? b.value / scale : b.value;
    const scaled = scale > 1 && DIGITS_ONLY.test(a.text) && a.value <= lead * 10 && a.value * 10 >= lead;
    if (!scaled && !((inMillimes ? a.value / 1000 : a.value) < b.value)) continue;
    if (b.unit === null && !scaled) continue;
    const between = text.slice(a.end, b.start).trim();
    if (!RANGE_WORDS.test(between)) continue;
    a.unit = b.unit;
    a.currency = b.currency;
    if (inMillimes) a.value /= 1000;
    if (scaled) a.value *= scale;
  }
  // «1 دينار و500 مليم», «دينارا و500 مليم» (a dinar and 500 millimes): the millimes add to the dinars before them — one
  // amount, 1.5 TND, not a dinar and a half-dinar.
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const b = out[k]!;
    const dinars = b.currency === 'TND' && b.unit !== null && MILLIMES.has(fold(b.unit)) && b.value < 1 ? DINARS_THEN_AND.exec(text.slice(Math.max(0, b.start - 24), b.start)) : null;
    if (dinars) {
      const wordStart = b.start - dinars[0].length + dinars[0].indexOf(dinars[1]!);
      const a = kept > 0 ? out[kept - 1]! : undefined;
      const unit = dinars[1]!;
      if (a && a.unit === unit && a.end <= wordStart && !/\S/u.test(text.slice(a.end, wordStart))) {
        a.value += b.value;
        a.currency = 'TND';
        a.end = b.end;
        a.text = text.slice(a.start, b.end);
        continue;
      }
      if (!a || a.end <= wordStart) {
        b.value += DUAL_DINARS.test(fold(unit)) ? 2 : 1;
        b.start = wordStart;
        b.text = text.slice(wordStart, b.end);
        b.unit = unit;
      }
    }
    out[kept++] = b;
  }
  count = kept;
  // Ages, which the time recogniser read as durations: «البالغ من العمر 33 عاما» (aged 33). After the
  // ranges, which pair neighbours of the list in text order, and sorted in before the duals, which
  // walk the list in text order too.
  const ages = findAges(atoms, expressions, atomSpans);
  for (const { expression, value } of ages) {
    const x = expressions[expression]!;
    const first = atomSpans[2 * expression]!;
    const a = atoms[first]!;
    const n = a.kind === 'num' || a.kind === 'word' ? readNumberShared(atoms, first) : null;
    if (n && n.last < atomSpans[2 * expression + 1]!) {
      // The number as written, without a clitic («وثمانية سنوات»), and the time noun as its unit.
      const start = numberStart(text, a, n.prefix);
      const end = atoms[n.last - 1]!.end;
      const u = atoms[n.last]!;
      out[count++] = new QuantityObject(start, end, spanText(text, start, end, n.last === first + 1 ? a : undefined), value, spanText(text, u.start, u.end, u), null, approxBefore(atoms, first));
    } else {
      // A dual is its own number: «عامين» (two years).
      out[count++] = new QuantityObject(x.start, x.end, x.text, value, null, null, approxBefore(atoms, first));
    }
  }
  if (ages.length) sortByStart(out, count);
  // Duals as counts (شخصين, two people), in the spans nothing above took.
  const endings = dualEndingsOf(doc);
  const duals = findDuals(text, doc.tokens, endings.tokens, endings.count, out, count, expressions);
  if (duals) {
    for (const d of duals) out[count++] = new QuantityObject(d.start, d.end, text.slice(d.start, d.end), 2, d.singular, null, null);
    sortByStart(out, count);
  }
  // The layer in an array of its exact size (the one grown by push keeps spare slots for as long as
  // the layer lives), copied by slice(): an array literal whose arrays survive would be pretenured
  // (see QuantityObject). Both arrays are new, so no store into a long-lived array pays a write barrier.
  if (count === 0) return NO_QUANTITIES;
  const layer = out.slice(0, count);
  out.fill(undefined as unknown as Quantity, 0, count);
  return layer;
}

/** Every number word with every proclitic it may carry: a cheap filter before {@link readNumber}. */
const NUMBER_KEYS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const w of NUMBER_WORDS.keys()) for (const p of ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'فال', 'لل', 'وب', 'ول', 'فب', 'فل']) out.add(p + w);
  return out;
})();
/** {@link NUMBER_KEYS} as a filter that rules most words out without a Set lookup. */
const NUMBER_KEY_FILTER = wordFilterOf(NUMBER_KEYS);
/** «واحد» (one) after the noun it counts, in its three forms: see {@link oneAfterNoun}. */
const ONE: ReadonlySet<string> = new Set(['واحد', 'واحده', 'واحدا']);
/**
 * Indefinite words before «واحد» that make no count of one: «كل واحد» (each one), «في آن/وقت واحد» (at once), «مرة
 * واحدة» (once), «دفعة واحدة» (in one go), «صفا واحدا» (as one), «من جانب واحد» (unilaterally), «على مسافة واحدة» (at an
 * equal distance), «هي واحدة من» (it is one of), «رقم واحد» (number one), «اخر واحد» (the last one).
 */
const NOT_COUNTED_BY_ONE: ReadonlySet<string> = new Set(
  'كل لكل بكل وكل فكل ان اوان وقت مره دفعه صف صفا جانب مسافه هي هو هم اي من عن في الي علي اخر رقم نفس يد قلب رجل جسد صوت كلمه نسق مقابل'.split(' '),
);
/**
 * Prepositions and the one-word approximators ({@link APPROX_BEFORE}, also behind «ب») that copy sometimes writes against
 * the digits after them: «إلى4084»، «بحوالي3»، «نحو85».
 */
const GLUED_PREPOSITIONS: ReadonlySet<string> = new Set([
  'الي', 'من', 'بين',
  ...APPROX_BEFORE.filter(([words]) => words.length === 1).flatMap(([[word]]) => [word!, 'ب' + word!]),
]);
/** Plural fractions after a count: «ثلاثة أخماس» (three fifths) is 0.6, «ثلاثة أرباع» 0.75. */
const FRACTION_PLURALS: ReadonlyMap<string, number> = new Map([['اخماس', 5], ['ارباع', 4], ['اثلاث', 3], ['اعشار', 10], ['اسداس', 6]]);
/** A share of something at a word atom: its value, the fraction's proclitic, and the atom of the noun divided (-1 for none). */
interface Share {
  value: number;
  prefix: string;
  whole: number;
}
/** The quantity of a {@link Share} at atom `i`: the fraction word without its proclitic, the noun divided as its unit. */
function shareQuantity(text: string, atoms: readonly Atom[], i: number, share: Share): Quantity {
  const a = atoms[i]!;
  const start = numberStart(text, a, share.prefix);
  const whole = share.whole >= 0 ? atoms[share.whole]! : undefined;
  return new QuantityObject(start, a.end, spanText(text, start, a.end, share.prefix ? undefined : a), share.value, whole ? spanText(text, whole.start, whole.end, whole) : null, null, approxBefore(atoms, i));
}
/** Proclitics a fraction word may carry: «بنصف» (by half), «وثلث». */
const FRACTION_PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب']);
/** Definite words after a fraction that make it no share of them: «نصف النهائي» (the semi-final), «ربع المليون». */
const NOT_DIVIDED = set('النهائي النهائيه المصنعه الدسم المليون المليار الساعه');
/**
 * A fraction word at `i` before the definite or possessed noun it divides: «نصف حاجياتها» (half of its needs), «ثلث
 * السكان», «بثلثي الأعضاء» (by two thirds of the members) — the share and the fraction's proclitic, or null. Not before
 * a multiplier (read as a number: «ربع مليون»), a time unit (a duration: «نصف ساعة»), «النهائي» (semi-final), nor an
 * indefinite noun («نصف نهائي»).
 */
function fractionOf(text: string, atoms: readonly Atom[], i: number, covered: Uint8Array): Share | null {
  const a = atoms[i]!;
  const whole = atoms[i + 1];
  if (!whole || whole.kind !== 'word' || covered[i + 1] || !whole.gap) return null;
  // (The lexicon's look-up strips a proclitic; the article is left out: «الثلث» is also a part of the day, of the year.)
  const match = lookupNumberWord(a.key);
  if (!match || match.word.kind !== 'fraction' || !FRACTION_PROCLITICS.has(match.prefix)) return null;
  // («ونصف» after a measure or a year is «and a half»: «أمتار ونصف المتر», «السنة ونصف الماضية».)
  if (match.prefix === 'و' && match.word.value === 0.5) return null;
  const w = whole.key;
  // (A possessed noun by «ها/هم/هن» only: a final «ه» is as often the feminine ending, «بندقية نصف آلية», semi-automatic.)
  const divided = definiteWhole(text, whole) || /^.{2,}(ها|هم|هما|هن)$/u.test(w);
  if (!divided || NOT_DIVIDED.has(w) || lookupNumberWord(w)) return null;
  return { value: match.word.value, prefix: match.prefix, whole: i + 1 };
}
/**
 * Whether a word atom is a definite noun a fraction may divide: «ال» as written, not a key that only folds to it («آلية»,
 * automatic), and more than the article and a letter.
 */
const definiteWhole = (text: string, a: Atom): boolean => a.key.startsWith('ال') && text.charCodeAt(a.start) === ALEF && a.key.length > 3;
/** Cardinals that are also fractions (keys): «خمس» is five and a fifth, «عشر» ten and a tenth; the parts they divide into. */
const CARDINAL_FRACTIONS: ReadonlyMap<string, number> = new Map([['خمس', 5], ['سبع', 7], ['تسع', 9], ['عشر', 10]]);
/** Fractions with the article (keys): «بنحو الثلث» (by about a third), «بأكثر من الخمس» (by more than a fifth). */
const DEFINITE_FRACTIONS: ReadonlyMap<string, number> = new Map([['النصف', 2], ['الثلث', 3], ['الربع', 4], ['الخمس', 5], ['العشر', 10]]);
/** Singular nouns a fraction divides in construct, which a cardinal never counts: «خمس عدد الحوادث» (a fifth of the number of accidents). */
const WHOLE_NOUNS: ReadonlySet<string> = set('عدد مجموع اجمالي حجم قيمه كميه مساحه');
/** Relative pronouns (keys), which follow a noun and divide nothing. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = set('الذي التي الذين اللذين اللتين اللاتي اللواتي');
/** «عشر، عشرة» (ten) as keys: the second word of an ordinal from 11 to 19. */
const TEN_WORDS: ReadonlySet<string> = set('عشر عشره');
/** The first word of an ordinal from 11 to 19 (keys), with its proclitics: «الحادي عشر», «الثاني عشر», «والسابعة عشرة». */
const ORDINAL_TEENS = /^(?:[وفبل]|وب|ول|فب|فل)?(?:ال|ل)?(حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه)$/u;
/** Every word {@link shareAt} reads: the cardinal fractions behind their proclitics, the definite ones behind «ب/و». */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  ...[...CARDINAL_FRACTIONS.keys()].flatMap((w) => [...FRACTION_PROCLITICS].map((p) => p + w)),
  ...[...DEFINITE_FRACTIONS.keys()].flatMap((w) => ['', 'ب', 'و'].map((p) => p + w)),
]);
/**
 * A fraction that reads as something else at the word atom `i`, as {value, prefix, whole} (the noun divided, or -1), or
 * null: a cardinal before the noun it divides — «بحوالي خمس عدد الحوادث» (about a fifth of the number of accidents), «عشر
 * السكان» —, whose plural a cardinal would count instead («خمس سنوات», five years); or a fraction with the article after an
 * approximator, with no adjective after it — «بنحو الثلث», «بأكثر من الخمس» —, not «الربع الأول» (the first quarter).
 */
function shareAt(text: string, atoms: readonly Atom[], i: number, covered: Uint8Array): Share | null {
  const a = atoms[i]!;
  const next = atoms[i + 1];
  const definite = a.key.indexOf('ال');
  if (definite >= 0 && definite <= 2) {
    const parts = DEFINITE_FRACTIONS.get(a.key.slice(definite));
    if (parts === undefined || !approxBefore(atoms, i) || (next && next.kind === 'word' && next.gap && next.key.startsWith('ال'))) return null;
    return { value: 1 / parts, prefix: a.key.slice(0, definite), whole: -1 };
  }
  // (The proclitic as the number lexicon strips it: «بخمس» is ب + خمس.)
  const prefix = lookupNumberWord(a.key)?.prefix ?? '';
  const parts = FRACTION_PROCLITICS.has(prefix) ? CARDINAL_FRACTIONS.get(a.key.slice(prefix.length)) : undefined;
  if (parts === undefined || !next || next.kind !== 'word' || covered[i + 1] || !next.gap) return null;
  // (Not the «عشر» of an ordinal before a relative pronoun: «الرئيس الثاني عشر الذي …», the twelfth president who ….)
  const w = next.key;
  if (RELATIVE_PRONOUNS.has(w) || (i > 0 && atoms[i - 1]!.kind === 'word' && (ORDINAL_TEENS.test(atoms[i - 1]!.key) || lookupNumberWord(atoms[i - 1]!.key)))) return null;
  const divided = WHOLE_NOUNS.has(w) || (definiteWhole(text, next) && !NOT_DIVIDED.has(w) && !lookupNumberWord(w));
  return divided ? { value: 1 / parts, prefix, whole: i + 1 } : null;
}
/** A currency read by `readCurrency`: its ISO code, or the article's country's for a bare «دينار/ريال/درهم». */
const currencyCode = (doc: Pick<AnalysisDocument, 'tokens' | 'url' | 'text'>, c: NonNullable<ReturnType<typeof readCurrency>>): string | null =>
  c.code ?? countryCurrency(doc.tokens, c.base, doc.url, tokenHashesOf(doc));
/**
 * A quantity that the word atom at `i` makes with its neighbour where no number expression starts there: «دينار واحد»
 * (one dinar) and «عائلة واحدة» after the noun counted, «نصف حاجياتها» (half of its needs) and «ثلثي الأعضاء» before the
 * noun divided, «المتهمين الاثنين» (the two accused, which the times stage leaves to this one: no Monday); null otherwise.
 */
function wordQuantityAt(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'url'>, atoms: readonly Atom[], i: number, covered: Uint8Array): Quantity | null {
  const text = doc.text;
  const a = atoms[i]!;
  const noun = atoms[i - 1];
  // (Not «وأحد» (and one of), whose key is the same: «واحد» has a plain alef.)
  if (ONE.has(a.key) && text.charCodeAt(a.start + 1) === ALEF && oneAfterNoun(atoms, i, covered)) {
    const c = readCurrency(atoms, i - 1);
    return new QuantityObject(a.start, a.end, spanText(text, a.start, a.end, a), 1, spanText(text, noun!.start, noun!.end, noun), c && c.last === i ? currencyCode(doc, c) : null, null);
  }
  const share = fractionOf(text, atoms, i, covered);
  if (share !== null) return shareQuantity(text, atoms, i, share);
  if (a.key === 'الاثنين' && noun?.kind === 'word' && DEFINITE_OBLIQUE_PLURAL.test(noun.key)) return new QuantityObject(a.start, a.end, spanText(text, a.start, a.end, a), 2, spanText(text, noun.start, noun.end, noun), null, null);
  return null;
}
/**
 * Whether «واحد» at `i` counts the indefinite noun right before it: not a time unit (the times stage reads «يوما
 * واحدا»), a number word, a word of {@link NOT_COUNTED_BY_ONE}, a word with the article or a pronoun, nor «واحد من» (one of).
 */
function oneAfterNoun(atoms: readonly Atom[], i: number, covered: Uint8Array): boolean {
  const noun = atoms[i - 1];
  const a = atoms[i]!;
  if (!noun || noun.kind !== 'word' || covered[i - 1] || !a.gap || noun.end - noun.start < 2) return false;
  const k = noun.key;
  // (Nor a word with a pronoun, «من بينها واحدة احترقت», one of them burned.)
  if (k.startsWith('ال') || k.startsWith('وال') || k.startsWith('بال') || k.startsWith('لل') || NOT_COUNTED_BY_ONE.has(k) || lookupNumberWord(k) || /(ها|هم|هما|هن)$/u.test(k)) return false;
  const next = atoms[i + 1];
  return !(next && next.kind === 'word' && (next.key === 'من' || next.key === 'منهم' || next.key === 'منها' || next.key === 'منهما'));
}
// The bare «واحد» brings the noun before it and the word after it into the atoms, for {@link oneAfterNoun}.
addCandidateWords(ONE, 1, 1);
// «أحد» (one of) and «واحد» are too common to anchor a number's whole window.
addCandidateWords([...NUMBER_KEYS].filter((k) => !NUMBER_WORDS.get(k)?.weak && !/^(و|ف|ب|ل|ال|وال|بال|فال|لل|وب|ول|فب|فل)?(واحد|واحده|واحدا|احد|احدي)$/.test(k)), BEFORE_NUMBER, AFTER_NUMBER);

/**
 * True when the number at atom `i` (ending before atom `j`), written against the Arabic word before it, counts the
 * noun after it: «تضم56 دولة» (comprises 56 countries), «وقوامها30 فردا» (30 strong) — a missing space, not a name
 * or a code («إف16», «كوفيد19»: a word of three letters or more before the digits; «نوت7 سيتحول», Note 7 will turn
 * into, has a verb after it), whose digits are followed by a definite word, a particle or nothing.
 */
function gluedCount(text: string, atoms: readonly Atom[], i: number, j: number): boolean {
  const prev = atoms[i - 1]!;
  const noun = atoms[j];
  if (prev.key.length < 3 || !noun || noun.kind !== 'word' || !noun.gap || noun.key.length < 3) return false;
  if (MODEL_NAMES.has(prev.key) || MODEL_SUFFIXES.has(noun.key) || ADVERB_OR_NISBA.test(noun.key)) return false;
  if (NOT_UNIT.has(noun.key) || noun.key.startsWith('ال') || noun.key.startsWith('لل') || lookupNumberWord(noun.key) || notCountedNoun(text, noun)) return false;
  // (Nor a noun behind a proclitic: «المنطقة الصناعية1 بمعتمدية النفيضة», industrial zone 1 in the delegation of. «ف» is
  // read in too many nouns to tell: «فردا».)
  const head = analyzeWord(text.slice(noun.start, noun.end)).segments[0];
  if (head?.role === 'proclitic' && text.charCodeAt(noun.start) !== FAA) return false;
  return !REFERENCE_FORMS.has(prev.key);
}

/** Names that take a number against them (keys): «كوفيد19», «آيفون6», «بوينغ737», «ميغ29», «نوت7» … */
const MODEL_NAMES: ReadonlySet<string> = set('كوفيد كورونا سارس ايفون ايباد غالاكسي جالكسي نوت بوينغ بوينج ايرباص ميغ ميج سوخوي ميراج رافال بلايستيشن ويندوز اندرويد اوبو هواوي شاومي نوكيا');
/** What follows a model's number (keys): «آيفون6 بلس», «بوينغ737 ماكس». */
const MODEL_SUFFIXES: ReadonlySet<string> = set('بلس ماكس برو لايت ميني الترا اير');
/** An adverb in «ـيا» («عالميا») or a nisba adjective in «ـية» («روسية»): no counted noun after digits against a word. */
const ADVERB_OR_NISBA = /(يا|يه)$/u;
/** True when a percent sign or word, or a currency, follows the number that ends before atom `j`. */
function gluedAmount(atoms: readonly Atom[], j: number): boolean {
  const next = atoms[j];
  if (!next) return false;
  if (PERCENT_WORDS.has(next.key) || (next.key === 'في' && HUNDRED_WORDS.test(atoms[j + 1]?.key ?? ''))) return true;
  return readCurrency(atoms, j) !== null;
}

const DASHES = new Set(['-', '\u2013', '\u2014']);
/** Atoms searched before and after a list item for its neighbours (a league-table line has about six atoms an item). */
const LIST_REACH = 16;

/**
 * True when the number at atoms `i` to `last` (one or two digits, a dash and a word after it) has a
 * neighbour in a numbered list: the same number, the one before or the one after, also followed by a
 * dash and a word, within {@link LIST_REACH} atoms of one window. A lone «20 - …» (a number, then a
 * dash that opens an aside) stays a quantity.
 */
function numberedItem(atoms: readonly Atom[], i: number, last: number): boolean {
  const a = atoms[i]!;
  if (a.kind !== 'num' || a.digits > 2 || a.prefix || !Number.isInteger(a.value) || last !== i + 1) return false;
  const isItem = (k: number): boolean => {
    const b = atoms[k]!;
    return b.kind === 'num' && b.digits <= 2 && Math.abs(b.value - a.value) <= 1 && DASHES.has(atoms[k + 1]?.key ?? '') && atoms[k + 2]?.kind === 'word';
  };
  for (let k = i + 2; k < atoms.length && k <= i + LIST_REACH && atoms[k]!.key !== WINDOW_BREAK; k++) if (isItem(k)) return true;
  for (let k = i - 1; k >= 0 && k >= i - LIST_REACH && atoms[k]!.key !== WINDOW_BREAK; k--) if (isItem(k)) return true;
  return false;
}

/** A number written in digits alone, in any script, with its separators: «500»، «1.5»، «٣٫٥». */
const DIGITS_ONLY = /^[0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C]+$/;
/** The multiplier of a quantity's text written as digits and one multiplier word («600 مليون» → 1e6), else 1. */
function multiplierOf(text: string): number {
  const space = text.indexOf(' ');
  if (space < 0 || text.indexOf(' ', space + 1) >= 0) return 1;
  const word = lookupNumberWord(fold(text.slice(space + 1)));
  return word && !word.prefix && word.word.kind === 'scale' ? word.word.value : 1;
}

/** True at the start of the text, of a line, or after a full stop or a closing bracket. */
function listStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === ')' || text[i] === ':';
}

/** «م.د»، «م د» (million dinars) and «أ.د» (thousand dinars) after a number. */
function dinarAbbreviation(atoms: readonly Atom[], j: number): { scale: number; last: number } | null {
  const a = atoms[j];
  if (!a || a.kind !== 'word' || (a.key !== 'م' && a.key !== 'ا')) return null;
  const scale = a.key === 'م' ? 1e6 : 1e3;
  let k = j + 1;
  if (atoms[k]?.key === '.' && !atoms[k]!.gap) k++;
  const d = atoms[k];
  if (!d || d.key !== 'د') return null;
  k++;
  if (atoms[k]?.key === '.' && !atoms[k]!.gap) k++;
  return { scale, last: k };
}
