/**
 * The temporal-expression recogniser: finds dates, times of day, durations and sets in the atoms of
 * a document and resolves them to TIMEX3 values against the publication date. It is shared: the
 * `times` stage emits its matches, and the `quantities` stage calls it to leave out the numbers that
 * belong to dates, years and durations (a stage may not read a later stage's layer).
 */
import { firstStartingAt, type AnalysisDocument, type TimeExpression, type TimeType, type Token } from '../document.ts';
import { addCandidateWords, atomsOf, spanText, WINDOW_BREAK, WordIndex, type Atom } from '../numbers/atoms.ts';
import { WordFilter, wordFilterOf } from '../text/word-filter.ts';
import { SEEN } from '../text/letters.ts';
import { HUNDRED_WORDS, lookupNumberWord, readNumberShared, NUMBER_WORDS, type NumberExpression } from '../numbers/words.ts';
import { APPROX_BEFORE } from '../numbers/approximators.ts';
import {
  dayNumber, dayOf, fromHijri, isoDate, isoDay, isoMonth, isoWeek, MONTH_FIRST_WORDS, MONTH_NAMES, toHijri, validDate, weekday as weekdayOf, WEEKDAYS, yearOf, yearString, ymd,
  type MonthName,
} from './calendar.ts';

/** Tatweel «ـ», which a year is sometimes followed by on its own (a stray letter extender). */
const TATWEEL = '\u0640';

/** One recognised temporal expression. */
export interface TimeMatch {
  /** First and one-past-last atom index. */
  first: number;
  last: number;
  /** Span in the original text. */
  start: number;
  end: number;
  type: TimeType;
  /** TIMEX3 value. */
  value: string;
}

// Regular expressions are module constants: a literal in a function is a new object at every evaluation.
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** A date with its year: «2017», «2017-05», «2017-05-11» (not a week, a season, a century or a year before Christ). */
const DATE_WITH_YEAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** The values of «نفس اليوم», «نفس الشهر», «نفس السنة» until the period they refer to is known (see {@link resolveSamePeriods}). */
const SAME_DAY = 'SAME_DAY';
const SAME_MONTH_VALUE = 'SAME_MONTH';
const SAME_YEAR = 'SAME_YEAR';
/** «يوم 29 من نفس الشهر» (the 29th of the same month): this, then the day, until the month is known. */
const SAME_MONTH_DAY = 'SAME_MONTH-';
/** A day's value split before its day: «2017-05-», «XXXX-XX-», or the placeholder of a day of the same month. */
const DAY_VALUE_PARTS = new RegExp(`^(.{4}-(?:\\d{2}|XX)-|${SAME_MONTH_DAY})\\d{2}$`, 'u');
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** A duration in whole days, weeks, months or years: «P3D», «P33Y». */
const DATE_DURATION = /^P(\d+)([YMWD])$/;
/** A duration of years and months (TIMEX3), as a year and a half is written: «P1Y6M». */
const YEARS_AND_MONTHS = /^P(\d+)Y(\d+)M$/;
/**
 * How long a date duration is, as a count of one unit: «P3D» 3 days, «P33Y» 33 years, «P2Y6M» 2.5 years; null for any other
 * value (a time of day, a decimal).
 */
export function durationAmount(value: string): { count: number; unit: 'Y' | 'M' | 'W' | 'D' } | null {
  const m = DATE_DURATION.exec(value);
  if (m) return { count: Number(m[1]), unit: m[2] as 'Y' | 'M' | 'W' | 'D' };
  const ym = YEARS_AND_MONTHS.exec(value);
  return ym ? { count: Number(ym[1]) + Number(ym[2]) / 12, unit: 'Y' } : null;
}
/** Words before a bare number that make it a count: «نحو 1500» (about 1,500), «رقم 2014», «الفصل 2014». */
const COUNT_BEFORE = /^(نحو|حوالي|قرابه|زهاء|رقم|عدد|الفصل|الماده)$/;
/** A plural noun («مديرين»): «عامين» after it is the adjective «general». */
const PLURAL_ENDING = /(ين|ون)$/;
/** «واحد» (one) after a unit: «يوما واحدا». */
const ONE_WORDS = /^(واحد|واحده|واحدا)$/;
/** «أكثر/أقل من» (more/less than) before a bare unit. */
const COMPARATIVES = /^(اكثر|اقل|اقصر|اطول)$/;
/** «عشرة/عشر» after «الحادية/الثانية» (eleven, twelve o'clock). */
const TEN_START = /^عشر/;
/** «ربع» (quarter) in «إلا ربعا» (a quarter to). */
const QUARTER_START = /^ربع/;
/** «بعد الظهر/الزوال» (in the afternoon), and in construct before the day: «بعد ظهر اليوم» (this afternoon). */
const NOON_WORDS = /^(الظهر|الزوال|ظهر|زوال)$/;

/** A set of space-separated words (each table is built once, at module load). */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** «الماضي» (last), «الفارط» (Tunisian: last), «المنقضي» (elapsed) … */
const PAST = set('الماضي الماضيه الفارط الفارطه المنقضي المنقضيه المنصرم المنصرمه الفائت الفائته السابق السابقه');
/** «المقبل/القادم» (next) … */
const FUTURE = set('المقبل المقبله القادم القادمه');
/** «الجاري/الحالي» (current) … */
const CURRENT = set('الجاري الجاريه الحالي الحاليه');
/** Year words before a year: «عام/سنة 2018». */
const YEAR_WORDS = set('عام سنه العام السنه عامي سنتي');
/** A year word, possibly with «ل» (for): «لسنة 2017»، «للعام 2016». */
const isYearWord = (key: string | undefined): boolean =>
  key !== undefined && (YEAR_WORDS.has(key) || (key.startsWith('ل') && (YEAR_WORDS.has(key.slice(1)) || YEAR_WORDS.has('ال' + key.slice(2)))));
/** Era markers after a year: «م» (AD), «ميلادي», «هـ» (AH), «هجري». */
const ERA_AD = set('م ميلادي ميلاديه للميلاد');
const ERA_AH = set('ه هـ هجري هجريه للهجره');
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فب', 'ول', 'فل', 'لل', 'ال', 'وال', 'بال', 'فال', 'ولل'];

type Modifier = 'past' | 'future' | 'current' | null;

/** The step a modifier takes from the publication's period: -1 (last), +1 (next), 0 (this one). */
const deltaOf = (mod: Modifier): number => (mod === 'past' ? -1 : mod === 'future' ? 1 : 0);

const modifierOf = (key: string | undefined): Modifier =>
  key === undefined ? null : PAST.has(key) ? 'past' : FUTURE.has(key) ? 'future' : CURRENT.has(key) ? 'current' : null;

/** Words before a month name that make an ambiguous one (مارس، ماي، نيسان، رمضان) a month: «في مارس» (in March). */
const MONTH_CUES = set('في خلال منذ حتي مطلع بدايه نهايه اواخر اوائل منتصف اواسط غره اول موفي اخر اخير شهري اشهر اشهري');
/** Ordinal day words: «الثالث من مايو» (the third of May). */
const ORDINAL_DAYS = new Map<string, number>();
{
  const units = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
  units.forEach((w, k) => ORDINAL_DAYS.set(w, k + 1));
  ORDINAL_DAYS.set('الحادي', 1);
  ORDINAL_DAYS.set('العشرين', 20);
  ORDINAL_DAYS.set('الثلاثين', 30);
  // «غرة أفريل» (the first of April): the first night's crescent, the first of a month in the Maghreb.
  ORDINAL_DAYS.set('غره', 1);
  // «فاتح يناير» (the first of January), Moroccan copy's «غرة».
  ORDINAL_DAYS.set('فاتح', 1);
  // «أول يونيو 1997» (the first of June 1997), Egyptian and Gulf copy's «غرة».
  ORDINAL_DAYS.set('اول', 1);
}
/** «غرة», «فاتح», «أول»: the first of a month, written right before the month without «من» (words, without proclitics). */
const FIRST_OF_MONTH = set('غره فاتح اول');
/** What makes «أول» before a month «the first [Ramadan]»: «هذا أول رمضان يمر» (this is the first Ramadan that …). */
const FIRST_ONE_BEFORE = set('هذا هذه هو هي كان كانت يعد تعد يعتبر تعتبر');
/** Duration units → TIMEX3 designator; `time` units go after `T`. */
const UNITS = new Map<string, { unit: string; time: boolean; count?: number }>();
const unit = (u: string, time: boolean, words: string, count?: number): void => {
  for (const w of words.split(' ')) UNITS.set(w, count === undefined ? { unit: u, time } : { unit: u, time, count });
};
unit('Y', false, 'سنه سنوات سنين سنينا عام اعوام عاما');
unit('Y', false, 'سنتين سنتان عامين عامان', 2);
unit('M', false, 'شهر شهرا اشهر شهور');
unit('M', false, 'شهرين شهران', 2);
unit('W', false, 'اسبوع اسبوعا اسابيع');
unit('W', false, 'اسبوعين اسبوعان', 2);
unit('D', false, 'يوم يوما ايام');
unit('D', false, 'يومين يومان', 2);
unit('H', true, 'ساعه ساعات');
unit('H', true, 'ساعتين ساعتان', 2);
unit('M', true, 'دقيقه دقائق دقيقا');
unit('M', true, 'دقيقتين دقيقتان', 2);
unit('S', true, 'ثانيه ثوان ثواني');
unit('S', true, 'ثانيتين ثانيتان', 2);
unit('DE', false, 'عقد عقود');
unit('DE', false, 'عقدين عقدان', 2);
unit('CE', false, 'قرن قرون');
unit('CE', false, 'قرنين قرنان', 2);
/** Singular units that make a one-unit duration after a preposition: «بسنة» (by a year), «قبيل شهر». */
const SINGULAR_UNITS = set('سنه عام شهر اسبوع ساعه دقيقه');
/** Words before a bare unit that make it a duration: «لمدة» (for), «خلال» (within), «قبل» (before) … */
const DURATION_CUES = set('لمده مده قبيل قبل بعد خلال طيله طوال منذ نحو حوالي زهاء قرابه غضون ظرف اكثر اقل مرور بمرور');

/** Hour words: «الساعة العاشرة» (ten o'clock). */
const HOURS = new Map<string, number>([
  ['الواحده', 1], ['الثانيه', 2], ['الثالثه', 3], ['الرابعه', 4], ['الخامسه', 5], ['السادسه', 6], ['السابعه', 7], ['الثامنه', 8],
  ['التاسعه', 9], ['العاشره', 10], ['الحاديه', 11],
]);
/** Parts of the day after a clock time; `pm` adds 12 hours to 1–11. */
const DAY_PARTS = new Map<string, 'am' | 'pm' | 'night' | 'noon'>([
  ['صباحا', 'am'], ['صباح', 'am'], ['فجرا', 'am'], ['مساء', 'pm'], ['مساءا', 'pm'], ['عشيه', 'pm'], ['ليلا', 'night'], ['ظهرا', 'noon'],
]);
/** The hour of a clock time said with a part of the day: «التاسعة مساء» (nine in the evening) is 21. */
const inDayPart = (hour: number, part: 'am' | 'pm' | 'night' | 'noon'): number =>
  (part === 'pm' && hour < 12) || (part === 'night' && hour >= 6 && hour < 12) || (part === 'noon' && hour < 6) ? hour + 12 : hour;
/** A part of the day after «من» and a clock time, as a noun: «الساعة التاسعة من مساء …» (nine in the evening of …). */
const OF_DAY_PART = new Map<string, 'am' | 'pm' | 'night' | 'noon'>([
  ['صباح', 'am'], ['فجر', 'am'], ['مساء', 'pm'], ['عشيه', 'pm'], ['ليله', 'night'], ['ليل', 'night'], ['ظهر', 'noon'], ['ظهيره', 'noon'],
]);
/** Parts of a day before an anchor: «صباح اليوم» (this morning), «مساء أمس» (yesterday evening). */
const DAY_PART_NOUNS = set('صباح مساء ظهر ليله فجر عشيه ظهيره منتصف');
/** «الآن» (now), «حاليا» (currently): the publication time. */
const NOW = set('الان حاليا');
/** Frequency adverbs: «يوميا» (daily) … */
const SETS = new Map<string, string>([['يوميا', 'P1D'], ['اسبوعيا', 'P1W'], ['شهريا', 'P1M'], ['سنويا', 'P1Y']]);
/** Decades: «الستينيات» (the sixties). */
const DECADES = new Map<string, string>();
for (const [tens, d] of [['عشرين', 2], ['ثلاثين', 3], ['اربعين', 4], ['خمسين', 5], ['ستين', 6], ['سبعين', 7], ['ثمانين', 8], ['تسعين', 9]] as const) {
  DECADES.set(`ال${tens}ات`, `19${d}`);
  DECADES.set(`ال${tens}يات`, `19${d}`);
}
/** Words after a 4-digit number that make it a count, not a year: handled via the number lexicon and these. */
const COUNT_AFTER = set('% بالمائه بالمئه بالميه دولار دينار يورو اورو ريال درهم جنيه ليره شخص اشخاص مواطن طن كلم كيلومتر متر هكتار');

// Proclitic lists allowed before the words of each construction (each construction builds its
// table of written forms from one of them once, at module load: see procliticTable).
const NONE: readonly string[] = [];
const P1 = ['و', 'ف', 'في', 'منذ', 'حتي'] as const;
const P2 = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فل', 'خلال'] as const;
const P3 = ['و', 'ف', 'ب', 'ل', 'لل', 'وب', 'ول', 'فل', 'ولل', 'منذ', 'خلال'] as const;
const P4 = ['و', 'ف', 'ب', 'ل'] as const;
const P5 = ['و', 'ف', 'ب', 'ل', 'منذ'] as const;
const P6 = ['و', 'ف', 'منذ', 'الي', 'حتي'] as const;
const P7 = ['و', 'ف', 'منذ'] as const;
const P8 = ['و', 'ف', 'ب', 'ل', 'خلال'] as const;
const P9 = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فل', 'خلال', 'منذ'] as const;
const P10 = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'لمده', 'منذ', 'خلال'] as const;
const P11 = ['و', 'ف', 'ب', 'ل', 'لمده'] as const;
const P12 = ['و', 'ف', 'من'] as const;
const P13 = ['و', 'ف', 'ب', 'ل', 'منذ', 'حتي'] as const;
const P14 = ['و', 'ف', 'حتي', 'الي'] as const;
const P15 = ['و', 'ف'] as const;
const P16 = ['و', 'ف', 'ب', 'ل', 'منذ', 'خلال'] as const;

/** A lexicon's words with every allowed proclitic: written form → [the word, the proclitic]. */
type ProcliticTable = ReadonlyMap<string, readonly [string, string]>;
/**
 * The table {@link strip} reads, built once per construction at module load: one Map lookup per
 * call, where looking the lexicon and the proclitic list up first cost two more on every call.
 */
function procliticTable(lexicon: ReadonlyMap<string, unknown> | ReadonlySet<string>, allowed: readonly string[] = PROCLITICS): ProcliticTable {
  const table = new Map<string, readonly [string, string]>();
  for (const w of lexicon.keys()) {
    for (const p of allowed) {
      if (!table.has(p + w)) table.set(p + w, [w, p]);
      // («للسنة الماضية» (for last year): the period behind the proclitic «لل», «ولل» behind «ول».)
      const form = behindLam(p, w);
      if (form !== null && !table.has(form) && !lexicon.has(form)) table.set(form, [w, p + 'ل']);
    }
  }
  for (const w of lexicon.keys()) table.set(w, [w, '']);
  return table;
}
/**
 * The written form of the definite word `w` behind a proclitic `p` that ends in «ل», which writes one lam less before the
 * article: «للسنة» is ل + السنة; null for another proclitic, an indefinite word, or a stem that opens with ل, where «لليلة» is
 * also ل + ليلة (for a night), no definite noun.
 */
function behindLam(p: string, w: string): string | null {
  return p.endsWith('ل') && w.startsWith('ال') && w.length > 3 && w[2] !== 'ل' ? p + w.slice(1) : null;
}
/** Strips a known proclitic when the rest is in the table's lexicon; returns the rest and the proclitic. */
const strip = (key: string, table: ProcliticTable): readonly [string, string] | null => table.get(key) ?? null;

/** Original-text offset after `count` base letters from `start`, skipping harakat and tatweel. */
function skipLetters(text: string, start: number, count: number): number {
  let i = start;
  let n = 0;
  while (i < text.length && n < count) {
    i++;
    n++;
    while (i < text.length && isMarkOrTatweel(text.charCodeAt(i))) i++;
  }
  return i;
}
const isMarkOrTatweel = (c: number): boolean => (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;

interface Ctx {
  text: string;
  atoms: Atom[];
  pub: number; // day number of the publication date, NaN if unknown
  /** The document's tokens, for the words before a bare weekday that atoms may not cover. */
  tokens: readonly Token[];
  /** Whether a match of this document stands for «the same day, month, year» until the text is read (see {@link resolveSamePeriods}). */
  samePeriods: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// ---------- resolution ----------

function resolveDayMonth(ctx: Ctx, d: number, m: number, y: number | null, mod: Modifier, hijri: boolean): string | null {
  if (hijri) {
    if (y !== null) {
      const day = fromHijri(y, m, d);
      return Number.isNaN(day) ? null : isoDay(day);
    }
    if (Number.isNaN(ctx.pub)) return null;
    const hy = toHijri(ctx.pub).y;
    let chosen: number | undefined;
    for (let yy = hy - 1; yy <= hy + 1; yy++) {
      const x = fromHijri(yy, m, d);
      if (!Number.isNaN(x)) chosen = pick(chosen, x, ctx.pub, mod);
    }
    return chosen === undefined ? null : isoDay(chosen);
  }
  if (y !== null) return validDate(y, m, d) ? isoDate(y, m, d) : null;
  const pub = ctx.pub;
  if (Number.isNaN(pub)) return d <= 31 && m <= 12 ? `XXXX-${pad2(m)}-${pad2(d)}` : null;
  // The date in the year before, of and after the publication.
  const py = yearOf(pub);
  let chosen: number | undefined;
  for (let yy = py - 1; yy <= py + 1; yy++) if (validDate(yy, m, d)) chosen = pick(chosen, dayOf(yy, m, d), pub, mod);
  return chosen === undefined ? null : isoDay(chosen);
}

/**
 * One step of choosing among candidate days offered in ascending order (no array to build): past →
 * the latest on or before the publication, future → the earliest on or after it, else the nearest
 * (the first of two as near).
 */
function pick(chosen: number | undefined, x: number, pub: number, mod: Modifier): number | undefined {
  if (mod === 'past') return x <= pub ? x : chosen;
  if (mod === 'future') return chosen === undefined && x >= pub ? x : chosen;
  return chosen === undefined || Math.abs(x - pub) < Math.abs(chosen - pub) ? x : chosen;
}

function resolveMonth(ctx: Ctx, m: number, y: number | null, mod: Modifier, hijri: boolean): string | null {
  if (hijri) {
    let hy = y;
    if (hy === null) {
      if (Number.isNaN(ctx.pub)) return null;
      const h = toHijri(ctx.pub);
      hy = mod === 'future' ? (m > h.m ? h.y : h.y + 1) : mod === 'current' ? h.y : m < h.m || (m === h.m && mod !== 'past') ? h.y : h.y - 1;
    }
    const day = fromHijri(hy, m, 1);
    if (Number.isNaN(day)) return null;
    const g = ymd(day + 14); // the Gregorian month holding most of the Hijri month
    return isoMonth(g.y, g.m);
  }
  if (y !== null) return isoMonth(y, m);
  if (Number.isNaN(ctx.pub)) return `XXXX-${pad2(m)}`;
  const p = ymd(ctx.pub);
  if (mod === 'future') return isoMonth(m > p.m ? p.y : p.y + 1, m);
  if (mod === 'current') return isoMonth(p.y, m);
  // «يونيو الماضي» (last June) in June's copy is last year's: the month under way is «الجاري» (current), as the one ahead
  // is «المقبل» (next) — a bare month of the publication's own is that month.
  return isoMonth(m < p.m || (m === p.m && mod !== 'past') ? p.y : p.y - 1, m);
}

function resolveWeekday(ctx: Ctx, weekday: number, mod: Modifier): string {
  if (Number.isNaN(ctx.pub)) return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  const pw = weekdayOf(ctx.pub);
  if (mod === 'future') return isoDay(ctx.pub + (((weekday - pw + 7) % 7) || 7));
  const back = (pw - weekday + 7) % 7;
  return isoDay(ctx.pub - (mod === 'past' && back === 0 ? 7 : back));
}

/** Words before a verb that put it in the future: «سوف», «من المقرر/المنتظر/المرتقب/المتوقع/المرجح أن» (due, expected, likely). */
const FUTURE_MARKERS = set('سوف المقرر المنتظر المرتقب المتوقع المرجح');
/** The markers bare and behind one proclitic («وسوف»، «فمن المقرر» is «المقرر» after «من»). */
const FUTURE_MARKER_FORMS = procliticTable(FUTURE_MARKERS, ['و', 'ف', 'ل', 'ب']);
/**
 * Words between a future verb and a weekday that put the weekday in another clause or in the past:
 * «وسيستمر الجدل لأن الحكم الصادر يوم الخميس …» (the debate will go on because the ruling issued on Thursday …).
 */
const PAST_OR_SUBORDINATE = set('كان وكان قد وقد لان لانه لانها ان انه انها الذي التي الذين بعد عندما حين حيث');
/** Marks that end the clause a weekday belongs to (a comma does not). */
const CLAUSE_ENDS = set('. ! ? ؟ : ؛ ; « » " “ ”');
/** «على» (on), normalised either way: «على أن» + an imperfect (provided that … will). */
const ON_CONDITION = set('على علي');
/** An imperfect verb, normalised: «يتم», «تنعقد». */
const IMPERFECT = /^[يت].{2,}$/u;
/** «صمت» (silence), keyed: «دقيقة صمت», a minute's silence. */
const SILENCE = 'صمت';
/** A plural of things in «ات», keyed, which «دقيقة» after it agrees with as the adjective «precise». */
const THINGS_PLURAL = /ات$/u;
/** Tokens read back from a bare weekday for the future tense. */
const FUTURE_REACH = 6;
const FUTURE_PROCLITIC = 'س';
const NEWLINE = 0x0a;

/**
 * True when one of the {@link FUTURE_REACH} tokens before `start`, in the same clause and line, is a verb
 * with the future proclitic «س» as the segmenter split it («وسينعقد» → و + س + ينعقد; «السياسة» has no
 * such segment) or a future marker, with no {@link PAST_OR_SUBORDINATE} word on the way.
 */
function futureBefore(ctx: Ctx, start: number): boolean {
  const { text, tokens } = ctx;
  for (let k = firstStartingAt(tokens, start) - 1, seen = 0; k >= 0 && seen < FUTURE_REACH; k--, seen++) {
    const t = tokens[k]!;
    for (let c = t.end, next = tokens[k + 1]!.start; c < next; c++) if (text.charCodeAt(c) === NEWLINE) return false;
    if (t.kind === 'punct' && CLAUSE_ENDS.has(t.norm)) return false;
    if (t.kind !== 'word') continue;
    // «من المنتظر أن» (it is expected that): the complementiser after a future marker; «على أن يتم يوم الثلاثاء عقد ندوة»
    // (with a press conference to be held on Tuesday): «على أن» and an imperfect, what is arranged to come.
    if (PAST_OR_SUBORDINATE.has(t.norm)) {
      if (t.norm !== 'ان' || k === 0) return false;
      const before = tokens[k - 1]!.norm;
      return FUTURE_MARKERS.has(before) || (ON_CONDITION.has(before) && IMPERFECT.test(tokens[k + 1]!.norm));
    }
    if (strip(t.norm, FUTURE_MARKER_FORMS)) return true;
    // Only a word with «س» as its first, second or third letter can carry the proclitic (و/ف + س):
    // the segments (built on access) are read for those alone.
    if (text.charCodeAt(t.start) !== SEEN && text.charCodeAt(t.start + 1) !== SEEN && text.charCodeAt(t.start + 2) !== SEEN) continue;
    const segments = t.segments;
    for (let g = 0; g < segments.length - 1; g++) {
      const seg = segments[g]!;
      if (seg.role === 'proclitic' && seg.end - seg.start === 1 && text[seg.start] === FUTURE_PROCLITIC) return true;
    }
  }
  return false;
}

function relativeDay(ctx: Ctx, offset: number): string {
  return Number.isNaN(ctx.pub) ? 'XXXX-XX-XX' : isoDay(ctx.pub + offset);
}

// ---------- matchers ----------

/**
 * What a matcher found: the match itself, with the match after it when a construction gives two
 * («1936 - 1939»: `next`) and the atom index one past the whole construction (`to`), so that a match
 * needs no wrapper object and array of its own.
 */
interface Found extends TimeMatch {
  next: Found | undefined;
  to: number;
  /** The next match kept in the document (the recogniser's list, without an array). */
  after: Found | undefined;
  /** A Gregorian day or month written without a year or a modifier, its year taken from the publication date. */
  yearless: boolean;
  /** The weekday written before a yearless day (0 Sunday … 6 Saturday), or -1: see {@link weekdayYears}. */
  weekday: number;
  /** A day named from the publication date only («اليوم», «أمس», «الخميس»): see {@link resolveSamePeriods}. */
  relative: boolean;
}

/** A match of atoms `[first, last)`: alone, its construction ending where it does (see {@link found} otherwise). */
const mk = (ctx: Ctx, first: number, last: number, type: TimeType, value: string, startOffset = 0): Found => ({
  first,
  last,
  start: startOffset ? skipLetters(ctx.text, ctx.atoms[first]!.start, startOffset) : ctx.atoms[first]!.start,
  end: ctx.atoms[last - 1]!.end,
  type,
  value,
  next: undefined,
  to: last,
  after: undefined,
  yearless: false,
  weekday: -1,
  relative: false,
});
/** `m`, marked as a day named from the publication date only. */
const relativeDate = (m: Found): Found => {
  m.relative = true;
  return m;
};
/** `m` alone, its construction ending at atom `to`, beyond its own atoms (a year in brackets). */
const found = (m: Found, to: number): Found => {
  m.next = undefined;
  m.to = to;
  return m;
};
/** `a` then `b`, the construction ending at atom `to`. */
const found2 = (a: Found, b: Found, to: number): Found => {
  a.next = b;
  b.next = undefined;
  a.to = to;
  return a;
};

/** A month name at `i` (one or two atoms), with the proclitics allowed before it. */
function monthAt(ctx: Ctx, i: number, allowPrefix: boolean): { name: MonthName; last: number; prefix: string } | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'word') return null;
  let first = a.key;
  let prefix = '';
  if (allowPrefix && !MONTH_NAMES.has(first) && !MONTH_FIRST_WORDS.has(first)) {
    for (const p of ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'منذ']) {
      const rest = first.slice(p.length);
      if (first.startsWith(p) && (MONTH_NAMES.has(rest) || MONTH_FIRST_WORDS.has(rest)) && rest.length > 1) {
        first = rest;
        prefix = p;
        break;
      }
    }
  }
  const b = ctx.atoms[i + 1];
  if (MONTH_FIRST_WORDS.has(first) && b && b.kind === 'word') {
    const two = MONTH_NAMES.get(`${first} ${b.key}`);
    if (two) return { name: two, last: i + 2, prefix };
  }
  const one = MONTH_NAMES.get(first);
  return one ? { name: one, last: i + 1, prefix } : null;
}

/** «أكتوبر / تشرين الأول»، «يونيو (حزيران)»: the same month in another system, after a slash or in brackets. */
function pairedMonth(ctx: Ctx, i: number, month: MonthName): number {
  const a = ctx.atoms[i];
  if (!a) return i;
  if (a.kind === 'word') {
    // «15 يوليو تموز 2016»: the second name right after the first.
    const other = monthAt(ctx, i, false);
    return other && other.name.month === month.month && other.name.calendar === month.calendar ? other.last : i;
  }
  if (a.kind !== 'punct') return i;
  if (a.key === '/' || a.key === '(' || a.key === '-' || a.key === ',') {
    const other = monthAt(ctx, i + 1, false);
    if (other && other.name.month === month.month && other.name.calendar === month.calendar) {
      if (a.key === '(' && ctx.atoms[other.last]?.key === ')') return other.last + 1;
      if (a.key !== '(') return other.last;
    }
  }
  return i;
}

/** The result of {@link yearAt}: one object, valid until the next call. */
const yearFound = { year: 0, hijri: false, bc: false, last: 0 };
/**
 * The atom after a year that ends «قبل الميلاد» or «ق.م» (before Christ, B.C.) starting at `j`, or -1.
 */
function beforeChristEnd(atoms: readonly Atom[], j: number): number {
  const a = atoms[j];
  if (!a) return -1;
  if (a.key === 'قبل' && atoms[j + 1]?.key === 'الميلاد') return j + 2;
  // «ق.م» / «ق م»: two letters, with or without a point between them (a point after them stays out, as it may end the
  // sentence as well).
  if (a.key !== 'ق') return -1;
  let k = j + 1;
  if (atoms[k]?.key === '.') k++;
  return atoms[k]?.key === 'م' ? k + 1 : -1;
}
/**
 * A year at `i`: 4 digits, optionally in brackets, with an optional era marker (a shared result, see {@link yearFound}).
 * With `beforeChrist`, also a year before Christ («سنة 6000 ق.م.», «3000 قبل الميلاد»), which no other date takes.
 */
function yearAt(ctx: Ctx, i: number, keyword: boolean, beforeChrist = false): { year: number; hijri: boolean; bc: boolean; last: number } | null {
  let j = i;
  const open = ctx.atoms[j]?.key === '(';
  if (open) j++;
  const a = ctx.atoms[j];
  if (!a || a.kind !== 'num' || !Number.isInteger(a.value) || a.key.length > 4) return null;
  const after = j + 1 + (open ? 1 : 0);
  const bcEnd = beforeChrist ? beforeChristEnd(ctx.atoms, after) : -1;
  if (bcEnd >= 0) {
    if (a.prefix.includes('ال') || a.value < 1) return null;
    yearFound.year = a.value;
    yearFound.hijri = false;
    yearFound.bc = true;
    yearFound.last = bcEnd;
    return yearFound;
  }
  if (a.key.length < (keyword ? 3 : 4)) {
    // «عام 65 هجرية»: a short year only with a keyword and an era marker; without the keyword, only before an era
    // written as a word («765 للميلاد», 765 AD), not «م» or «ه», which also abbreviate metres and more.
    const e = ctx.atoms[after];
    if (!e || !(ERA_AH.has(e.key) || ERA_AD.has(e.key)) || (!keyword && e.key.length < 3)) return null;
  }
  if (a.prefix.includes('ال')) return null;
  const year = a.value;
  j++;
  if (open) {
    if (ctx.atoms[j]?.key !== ')') return null;
    j++;
  }
  let hijri = false;
  let era = false;
  const e = ctx.atoms[j];
  const dinars = e?.key === 'م' && (ctx.atoms[j + 1]?.key === 'د' || (ctx.atoms[j + 1]?.key === '.' && ctx.atoms[j + 2]?.key === 'د'));
  if (e && e.kind === 'word' && !dinars && (ERA_AH.has(e.key) || ERA_AD.has(e.key))) {
    hijri = ERA_AH.has(e.key);
    era = true;
    j++;
    if (ctx.atoms[j]?.key === '.' && e.key.length === 1 && !ctx.atoms[j]!.gap) j++;
  } else if (e && e.kind === 'punct' && e.key === TATWEEL) {
    j++;
  }
  if (!keyword && !era && (year < 1900 || year > 2099)) return null;
  if (hijri && (year < 1 || year > 1600)) return null;
  if (!hijri && year > 2200) return null;
  yearFound.year = year;
  yearFound.hijri = hijri;
  yearFound.bc = false;
  yearFound.last = j;
  return yearFound;
}

/**
 * The year written after a month at `j`: «2017», «من عام 2017» (of the year 2017), «سنة 2017» (the
 * year 2017), or null (a shared result, see {@link yearFound}).
 */
function yearAfterMonth(ctx: Ctx, j: number): ReturnType<typeof yearAt> {
  const atoms = ctx.atoms;
  // Right after the month, fewer than four digits are a year only with an era marker: «رمضان 65 هـ», not «من شهر
  // رمضان 831 زيارة» (831 inspections in Ramadan).
  const direct = atoms[j]?.kind === 'num' && atoms[j]!.key.length < 4 && !(ERA_AH.has(atoms[j + 1]?.key ?? '') || ERA_AD.has(atoms[j + 1]?.key ?? '')) ? null : yearAt(ctx, j, true);
  return (
    direct ??
    (atoms[j]?.key === 'من' && isYearWord(atoms[j + 1]?.key) ? yearAt(ctx, j + 2, true) : null) ??
    (isYearWord(atoms[j]?.key) ? yearAt(ctx, j + 1, true) : null) ??
    commaYear(ctx, j)
  );
}

/**
 * «6 مايو، 1856 - 23 سبتمبر، 1939» (6 May 1856 – 23 September 1939): a year of four digits after a comma, as dates of
 * birth and death are written, or a dateline's («القاهرة، 5 مايو، 2017 (رويترز)»), when a bracket, a dash or the
 * sentence's end follows it (not «في 6 مايو، 2000 شخص»).
 */
function commaYear(ctx: Ctx, j: number): ReturnType<typeof yearAt> {
  const atoms = ctx.atoms;
  const year = atoms[j + 1];
  if (atoms[j]?.key !== ',' || !year || year.kind !== 'num' || year.key.length !== 4 || year.prefix !== '' || year.value < 1000) return null;
  const next = atoms[j + 2];
  if (next && !(next.kind === 'punct' && COMMA_YEAR_ENDS.has(next.key))) return null;
  return yearAt(ctx, j + 1, true);
}
/** What may follow a year after a comma: a dash to the second date, a closing bracket, the end of a clause. */
const COMMA_YEAR_ENDS: ReadonlySet<string> = new Set(['-', '–', ')', '(', '.', ',', '؛', ';']);

/** Day + month [+ year]: «5 اب 2021»، «18 جانفي 2017»، «15 رمضان 1441 هـ»، «22 أفريل الماضي». */
function dayMonthAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'num' || !Number.isInteger(a.value) || a.value < 1 || a.value > 31 || a.key.length > 2) return null;
  if (a.prefix.includes('ال')) return null;
  // «حتى 22 من الشهر الجاري» (until the 22nd of this month); «في 3 من جوان الجاري»، «12 من شهر ماي» (the 3rd of June).
  const month = monthAfterDay(ctx, i, a.value, i + 1, 0);
  // («15 الشهر المقبل», the 15th of next month, without «من»: only as the end of a range of days or after «يوم» —
  // «ارتفع عدد القتلى إلى 25 الشهر الماضي» is 25 dead last month.)
  if (!month && ctx.atoms[i + 1]?.key === 'الشهر') {
    const before = ctx.atoms[i - 1];
    const rangeEnd = before !== undefined && RANGE_TO.has(before.key) && ctx.atoms[i - 2]?.kind === 'num' && ctx.atoms[i - 2]!.value < a.value;
    if (rangeEnd || DAY_NOUN_FORMS.has(before?.key ?? '')) return dayOfRelativeMonth(ctx, i, a.value, i + 1, 0);
    return null;
  }
  if (month || ctx.atoms[i + 1]?.key !== 'من') return month;
  const named = ctx.atoms[i + 2]?.key === 'شهر' ? i + 3 : i + 2;
  return monthAfterDay(ctx, i, a.value, named, 0) ?? dayOfRelativeMonth(ctx, i, a.value, i + 2, 0);
}

const ORDINAL_DAY_FORMS = procliticTable(ORDINAL_DAYS, P1);
/** The tens after «و» that complete an ordinal word (keys), also in the nominative: «الحادي والعشرين», «والعشرون». */
const ORDINAL_TENS = new Map([['والعشرين', 20], ['والعشرون', 20], ['والثلاثين', 30], ['والثلاثون', 30]]);
/**
 * An ordinal written in words from its first word, bare — a key of {@link ORDINAL_DAYS}, the nominative «العشرون», or
 * «الواحد» —, completed at atom `j` by «عشر/عشرة» or «و» + a ten: «التاسع عشر» 19, «الحادي والعشرين» 21. Its value and
 * the atom after it; null for a word that is no ordinal, or «الحادي/الواحد» left alone.
 */
function wordOrdinal(word: string, atoms: readonly Atom[], j: number): [number, number] | null {
  const first = word === 'العشرون' ? 20 : word === 'الواحد' ? 1 : ORDINAL_DAYS.get(word);
  if (first === undefined) return null;
  const next = atoms[j]?.key;
  if (first < 10 && (next === 'عشر' || next === 'عشره')) return [first + 10, j + 1];
  const ten = first < 10 && next !== undefined ? ORDINAL_TENS.get(next) : undefined;
  if (ten !== undefined) return [first + ten, j + 1];
  return word === 'الحادي' || word === 'الواحد' ? null : [first, j];
}

/**
 * Nouns that an ordinal after them qualifies, so that it is no day of the month: «النصف الثاني من
 * نوفمبر» (the second half of November), «الأسبوع الأول من مارس», «الشوط الثاني»; not «اليوم الأول من أفريل» (the first day of April), a date.
 */
const PART_NOUNS = set('النصف الربع الثلث الشطر الجزء الاسبوع الاسبوعين العشر العشريه الشوط الدور الفصل الثلاثي السداسي الجوله المرحله');

/** Ordinal days: «الثالث من مايو الجاري»، «العاشر من جوان»، «الحادي والعشرين من مارس»، «الـ29 من شهر شعبان». */
function ordinalDayAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a) return null;
  const before = atoms[i - 1];
  if (before && before.kind === 'word' && PART_NOUNS.has(before.key)) return null;
  let day: number;
  let j = i + 1;
  let startOffset = 0;
  let first = ''; // the ordinal word, without its proclitics
  if (a.kind === 'num') {
    if (!a.prefix.endsWith('ال') || !Number.isInteger(a.value) || a.value < 1 || a.value > 31) return null;
    day = a.value;
  } else if (a.kind === 'word') {
    const s = strip(a.key, ORDINAL_DAY_FORMS);
    if (!s) return null;
    startOffset = s[1].length;
    first = s[0];
    const ordinal = wordOrdinal(s[0], atoms, j);
    if (!ordinal) return null;
    [day, j] = ordinal;
  } else return null;
  if (atoms[j]?.key !== 'من') {
    // «غرة جويلية 2017» (the first of July 2017) and «فاتح يناير» need no «من».
    if (!FIRST_OF_MONTH.has(first)) return null;
    if (first === 'اول' && FIRST_ONE_BEFORE.has(atoms[i - 1]?.key ?? '')) return null;
  } else if (first === 'اول') {
    // («أول من مارس الطب», the first who practised medicine: «أول» with «من» is «the first who».)
    return null;
  } else j++;
  if (atoms[j]?.key === 'شهر') j++;
  return monthAfterDay(ctx, i, day, j, startOffset) ?? dayOfRelativeMonth(ctx, i, day, j, startOffset);
}

/** «نفس الشهر»، «ذات الشهر»، «الشهر نفسه»، «الشهر ذاته» (the same month). */
const SAME_MONTH_PHRASES: ReadonlySet<string> = new Set(['نفس الشهر', 'ذات الشهر', 'الشهر نفسه', 'الشهر ذاته']);
/**
 * A day of the month named relatively: «الثالث عشر من الشهر الحالي» (the 13th of this month), «من
 * هذا الشهر», «من الشهر الماضي/المقبل».
 */
function dayOfRelativeMonth(ctx: Ctx, i: number, day: number, j: number, startOffset: number): Found | null {
  const atoms = ctx.atoms;
  let mod: Modifier;
  let last: number;
  // «يوم 25 من نفس الشهر» (the 25th of the same month): a day of the month named before, which only the whole text tells
  // (a placeholder that resolveSamePeriods replaces).
  // (The phrases are those of «the same month» after a day; samePeriodAt reads «نفس الشهر» on its own.)
  if (SAME_MONTH_PHRASES.has(`${atoms[j]?.key} ${atoms[j + 1]?.key}`)) {
    ctx.samePeriods = true;
    return mk(ctx, i, j + 2, 'DATE', `${SAME_MONTH_DAY}${pad2(day)}`, startOffset);
  }
  if (atoms[j]?.key === 'الشهر') {
    mod = modifierOf(atoms[j + 1]?.key);
    last = j + 2;
  } else if (atoms[j]?.key === 'هذا' && atoms[j + 1]?.key === 'الشهر') {
    mod = 'current';
    last = j + 2;
  } else return null;
  if (!mod) return null;
  if (Number.isNaN(ctx.pub)) return mk(ctx, i, last, 'DATE', `XXXX-XX-${pad2(day)}`, startOffset);
  const p = ymd(ctx.pub);
  const shift = mod === 'past' ? -1 : mod === 'future' ? 1 : 0;
  const y = p.y + Math.floor((p.m - 1 + shift) / 12);
  const m = ((p.m - 1 + shift + 12) % 12) + 1;
  return validDate(y, m, day) ? mk(ctx, i, last, 'DATE', isoDate(y, m, day), startOffset) : null;
}

/**
 * The Hijri year in which day `d` of Hijri month `m` falls in the Gregorian `year`: «17 من شهر رمضان 2017» is the 17th
 * of Ramadan 1438 (12 June 2017), not a September. Null when none does.
 */
function hijriYearIn(year: number, m: number, d: number): number | null {
  const middle = toHijri(dayOf(year, 7, 1)).y;
  for (const hy of [middle, middle - 1, middle + 1]) {
    const x = fromHijri(hy, m, d);
    if (!Number.isNaN(x) && yearOf(x) === year) return hy;
  }
  return null;
}

/** Nouns of the attacks of 11 September 2001 before a bare «11 سبتمبر»: «أحداث» (events), «هجمات» (attacks) …, with a proclitic. */
const NINE_ELEVEN_NOUNS = procliticTable(set('حدث احداث هجمات هجوم اعتداءات تفجيرات ضربات'), ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول']);
/** A day (already read) and the month at `monthIndex`, with the year or modifier after it: «14 أوت 2016», «3 مارس الماضي». */
function monthAfterDay(ctx: Ctx, i: number, day: number, monthIndex: number, startOffset: number): Found | null {
  const month = monthAt(ctx, monthIndex, false);
  if (!month) return null;
  let j = pairedMonth(ctx, month.last, month.name);
  let year: number | null = null;
  const hijri = month.name.calendar === 'hijri';
  const y = yearAfterMonth(ctx, j);
  if (y) {
    year = y.year;
    j = y.last;
    if (!hijri && y.hijri) return null;
  }
  let mod: Modifier = null;
  if (year === null) {
    mod = modifierOf(ctx.atoms[j]?.key);
    if (mod) j++;
  }
  if (hijri && year !== null && year > 1600) {
    year = hijriYearIn(year, month.name.month, day);
    if (year === null) return null;
  }
  // «هجمات 11 سبتمبر» (the September 11 attacks): a named event, always 2001, whatever the publication date.
  if (year === null && mod === null && day === 11 && month.name.month === 9 && !hijri && NINE_ELEVEN_NOUNS.has(ctx.atoms[i - 1]?.key ?? '')) year = 2001;
  const value = resolveDayMonth(ctx, day, month.name.month, year, mod, hijri);
  if (!value) return null;
  const m = mk(ctx, i, j, 'DATE', value, startOffset);
  m.yearless = year === null && mod === null && !hijri;
  return m;
}

/** Ranges: «من 20 إلى 21 أغسطس»، «13 وحتى 15 تشرين الثاني» → two dates. */
function rangeAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'num' || !Number.isInteger(a.value) || a.value < 1 || a.value > 31 || a.key.length > 2) return null;
  let j = i + 1;
  const c = ctx.atoms[j];
  if (!c) return null;
  if (c.kind === 'word' && (c.key === 'الي' || c.key === 'حتي' || c.key === 'وحتي' || c.key === 'والي' || c.key === 'و')) j++;
  else if (c.kind === 'punct' && (c.key === '-' || c.key === '–')) j++;
  else if (!(c.kind === 'num' && c.prefix === 'و')) return null;
  const second = dayMonthAt(ctx, j);
  if (!second) return null;
  const b = ctx.atoms[j]!;
  if (b.value <= a.value) return null;
  const v = second.value;
  const firstValue = DAY_VALUE_PARTS.exec(v);
  if (!firstValue) return null;
  // The first day takes the month and year of the second (Hijri dates are already converted: shift by days).
  const diff = b.value - a.value;
  const firstDay = Number.isNaN(dayNumber(v)) ? `${firstValue[1]}${pad2(a.value)}` : isoDay(dayNumber(v) - diff);
  // (the second date is one match: day + month + year, never two)
  return found2(mk(ctx, i, i + 1, 'DATE', firstDay), second, second.to);
}

/** Numeric dates: «5/8/2021»، «2021-08-05»، «٥/٨/٢٠٢١»، «8 / 11 / 1943»، «5.8.2021». */
function numericDateAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'num') return null;
  const dotted = a.key.length >= 8 && a.key.length <= 10 ? DOTTED_DATE.exec(a.key) : null;
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    return validDate(y, m, d) ? mk(ctx, i, i + 1, 'DATE', isoDate(y, m, d)) : null;
  }
  const s1 = ctx.atoms[i + 1];
  const b = ctx.atoms[i + 2];
  const s2 = ctx.atoms[i + 3];
  const c = ctx.atoms[i + 4];
  if (!(s2 && c && s2.key === s1?.key && c.kind === 'num')) return dayMonthDigitsAt(ctx, i);
  if (!s1 || !b || !s2 || !c || s1.kind !== 'punct' || s1.key !== s2.key || !['/', '-', '.'].includes(s1.key) || b.kind !== 'num' || c.kind !== 'num' || c.prefix || b.prefix) return null;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || !Number.isInteger(c.value)) return null;
  let y: number, m: number, d: number;
  if (a.key.length === 4 && c.key.length <= 2) [y, m, d] = [a.value, b.value, c.value];
  else if (c.key.length === 4 && a.key.length <= 2 && b.key.length <= 2) [d, m, y] = [a.value, b.value, c.value];
  else return null;
  if (!validDate(y, m, d)) return null;
  let last = i + 5;
  const e = ctx.atoms[last];
  if (e && e.kind === 'word' && ERA_AD.has(e.key)) last++;
  return mk(ctx, i, last, 'DATE', isoDate(y, m, d));
}

/** «إلى، حتى، و» (to, until, and) between the two dates of a range. */
const RANGE_TO = set('الي حتي و والي وحتي');
/** A dash between the two ends of a range: of years («626 - 649م»), of durations. */
const DASHES_BETWEEN = set('- –');
/** Words before a day and month in digits that make them a date: «بتاريخ» (dated), «يوم» (on the day of), «الموافق». */
const DAY_MONTH_CUES = set('بتاريخ تاريخ وبتاريخ يوم ويوم بيوم ليوم الموافق منذ');
/**
 * A day and a month in digits without a year, after a word that announces a date: «بتاريخ 14 / 8» (dated 14 August),
 * «يوم 20/7 الماضي» — resolved as a day and a month written in words. (Alone, «14/8» may be a score or a fraction.)
 */
function dayMonthDigitsAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i]!;
  const slash = atoms[i + 1];
  const b = atoms[i + 2];
  const cue = atoms[i - 1];
  if (!cue || cue.kind !== 'word' || a.prefix || a.key.length > 2) return null;
  // (Or the second of a range after such a date: «بتاريخ 14 / 8 الى 20 / 8».)
  const second = RANGE_TO.has(cue.key) && atoms[i - 2]?.kind === 'num' && atoms[i - 3]?.key === '/' && atoms[i - 4]?.kind === 'num' && DAY_MONTH_CUES.has(atoms[i - 5]?.key ?? '');
  if (!DAY_MONTH_CUES.has(cue.key) && !second) return null;
  if (!slash || slash.key !== '/' || !b || b.kind !== 'num' || b.prefix || b.key.length > 2 || !Number.isInteger(a.value) || !Number.isInteger(b.value)) return null;
  // (A third number after another slash is a full date, or no date: «14/8/20» is left alone.)
  if (atoms[i + 3]?.key === '/') return null;
  if (a.value < 1 || a.value > 31 || b.value < 1 || b.value > 12) return null;
  let j = i + 3;
  const mod = modifierOf(atoms[j]?.key);
  if (mod) j++;
  const value = resolveDayMonth(ctx, a.value, b.value, null, mod, false);
  if (!value) return null;
  const m = mk(ctx, i, j, 'DATE', value);
  m.yearless = mod === null;
  return m;
}

const MONTH_NOUN_FORMS = procliticTable(set('شهر'), P2);

/** «السنة/العام» after «من» in {@link yearOfRelativeYear}, with «ال». */
const DEFINITE_YEAR_WORDS: ReadonlySet<string> = new Set([...YEAR_WORDS].filter((w) => w.startsWith('ال')));
/**
 * The year of «من العام/السنة + القادم/الماضي/الجاري» right after a month at `j`: «شهر جويلية من السنة القادمة»
 * (July of next year) is next year's July; null otherwise, and with no publication date.
 */
function yearOfRelativeYear(ctx: Ctx, j: number): { year: number; last: number } | null {
  const atoms = ctx.atoms;
  if (atoms[j]?.key !== 'من' || !DEFINITE_YEAR_WORDS.has(atoms[j + 1]?.key ?? '') || Number.isNaN(ctx.pub)) return null;
  const mod = modifierOf(atoms[j + 2]?.key);
  if (!mod) return null;
  return { year: yearOf(ctx.pub) + deltaOf(mod), last: j + 3 };
}
/**
 * The modifier that a second month coordinated at `j` carries for both: «أكتوبر أو نوفمبر القادمين» makes the
 * first month future as well as the second (which reads its own modifier after it).
 */
function sharedModifier(ctx: Ctx, j: number): Modifier {
  const atoms = ctx.atoms;
  const link = atoms[j]?.key;
  if (link !== 'او' && link !== 'و') return null;
  const second = monthAt(ctx, j + 1, false) ?? (atoms[j + 1]?.key === 'شهر' ? monthAt(ctx, j + 2, false) : null);
  return second ? PLURAL_MODIFIERS.get(atoms[second.last]?.key ?? '') ?? null : null;
}
/** Month phrases: «شهر أكتوبر الجاري»، «مارس 2015»، «مارس من سنة 2014»، «أكتوبر / تشرين الأول 2019»، «رمضان 1441 هـ». */
function monthPhraseAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'word') return null;
  let j = i;
  let startOffset = 0;
  let withNoun = false;
  const noun = strip(a.key, MONTH_NOUN_FORMS);
  if (noun) {
    withNoun = true;
    startOffset = noun[1].length;
    j++;
  }
  const month = monthAt(ctx, j, !withNoun);
  if (!month) return null;
  if (!withNoun && month.prefix) startOffset = month.prefix.length;
  j = pairedMonth(ctx, month.last, month.name);
  const paired = j !== month.last;
  let year: number | null = null;
  const y = yearAfterMonth(ctx, j);
  if (y) {
    year = y.year;
    j = y.last;
  }
  let mod: Modifier = null;
  if (year === null) {
    // (A plural modifier is the second of two coordinated months': «أكتوبر أو نوفمبر القادمين».)
    mod = modifierOf(ctx.atoms[j]?.key) ?? PLURAL_MODIFIERS.get(ctx.atoms[j]?.key ?? '') ?? null;
    if (mod) j++;
  }
  if (year === null && mod === null) {
    const of = yearOfRelativeYear(ctx, j);
    if (of) {
      year = of.year;
      j = of.last;
    } else mod = sharedModifier(ctx, j);
  }
  if (month.name.ambiguous && !withNoun && year === null && mod === null && !paired && !MONTH_CUES.has(ctx.atoms[i - 1]?.key ?? '') && !(month.prefix === 'منذ')) return null;
  const hijri = month.name.calendar === 'hijri';
  if (hijri && year !== null && year > 1600) {
    year = hijriYearIn(year, month.name.month, 15);
    if (year === null) return null;
  }
  // A bare month in a future-tense clause is the next one, this month included: «وستنطلق الدورة في شهر
  // جويلية» (the session will open in July) in May's copy is this year's July.
  if (year === null && mod === null && !Number.isNaN(ctx.pub) && futureBefore(ctx, a.start)) {
    const now = hijri ? toHijri(ctx.pub).m : ymd(ctx.pub).m;
    mod = month.name.month === now ? 'current' : 'future';
  }
  const value = resolveMonth(ctx, month.name.month, year, mod, hijri);
  if (!value) return null;
  const m = mk(ctx, i, j, 'DATE', value, startOffset);
  m.yearless = year === null && mod === null && !hijri;
  return m;
}

const YEAR_WORD_FORMS = procliticTable(YEAR_WORDS, P3);

/**
 * Two years joined by a dash with the era after the second, the first of them bare: «أسرة مينغ (1368 - 1644م)», «تاي
 * سونغ 626 - 649م» (the reigns and dynasties of history copy), or in brackets as a life span, «(1882 - 1963)» — both
 * years, where the first alone would be a count.
 */
function eraRangeAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i]!;
  const dash = atoms[i + 1];
  if (a.kind !== 'num' || !Number.isInteger(a.value) || a.prefix || a.key.length < 3 || a.key.length > 4 || !dash || !DASHES_BETWEEN.has(dash.key)) return null;
  const second = atoms[i + 2];
  if (!second || second.kind !== 'num' || second.key.length < 3) return null;
  const e = atoms[i + 3];
  // (The era glued to the digits, «649م», or a word, «ميلادي»: «500 - 700 م» apart is metres. Or a life span in brackets,
  // four digits each: «الخطابي (1882 - 1963)».)
  const lifeSpan = atoms[i - 1]?.key === '(' && e?.key === ')' && a.key.length === 4 && second.key.length === 4 && !second.prefix && !COUNT_AFTER.has(atoms[i + 4]?.key ?? '') && !MEASURED_BEFORE.has(atoms[i - 2]?.key ?? '');
  if (!lifeSpan && (!e || e.kind !== 'word' || !ERA_AD.has(e.key) || (e.key.length < 3 && (e.gap || MEASURED_BEFORE.has(atoms[i - 1]?.key ?? ''))))) return null;
  const y2 = yearAt(ctx, i + 2, true);
  if (!y2 || y2.hijri || y2.bc || y2.year <= a.value || y2.year - a.value > 1000) return null;
  const last = y2.last;
  return found2(mk(ctx, i, i + 1, 'DATE', yearString(a.value, 4)), mk(ctx, i + 2, last, 'DATE', yearString(y2.year, 4)), last);
}

/** What joins a year before Christ to the year after it: a dash, «و» (and), «إلى» (to), «حتى» (until). */
const ERA_JOINERS: ReadonlySet<string> = new Set([...RANGE_TO, ...DASHES_BETWEEN]);
/**
 * A short year with «م» (AD) after a year before Christ and a dash or «و»: «أسرة هان (206 ق. م - 220 م)» (the Han
 * dynasty, 206 BC – 220 AD), «ما بين سنتي 300 ق.م. و 300 م.». Alone, «220 م» is 220 metres.
 */
function yearAfterBeforeChristAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i]!;
  const e = atoms[i + 1];
  if (a.kind !== 'num' || !Number.isInteger(a.value) || a.value < 1 || a.key.length > 4 || (a.prefix !== '' && a.prefix !== 'و') || !e || e.kind !== 'word' || !ERA_AD.has(e.key)) return null;
  // The joiner on the digits («و300») or apart, then «ق.م» / «ق. م» / «قبل الميلاد», with or without a point after it.
  let k = a.prefix === 'و' ? i - 1 : ERA_JOINERS.has(atoms[i - 1]?.key ?? '') ? i - 2 : -1;
  if (k < 2) return null;
  if (atoms[k]!.key === '.') k--;
  const bc = atoms[k]!.key === 'الميلاد' ? atoms[k - 1]?.key === 'قبل' : atoms[k]!.key === 'م' && (atoms[k - 1]?.key === 'ق' || (atoms[k - 1]?.key === '.' && atoms[k - 2]?.key === 'ق'));
  if (!bc) return null;
  let last = i + 2;
  if (atoms[last]?.key === '.' && e.key.length === 1 && !atoms[last]!.gap) last++;
  return found(mk(ctx, i, last, 'DATE', yearString(a.value, 4)), last);
}

/**
 * Words before two numbers that make them measures or prices, not years (keys): «على ارتفاع 800 - 1200م» (metres), «بين
 * (1500 - 2000) دينار», «سعر الطن (1200 - 1500)».
 */
const MEASURED_BEFORE = set('ارتفاع علو عمق مسافه طول عرض قطر مساحه بعد بين من حوالي نحو سعر السعر اسعار الاسعار ثمن قيمه الطن كلفه تكلفه');

/** Years: «عام 2018»، «سنة 2002»، «العام (1948)»، «1441 هـ»، a bare 2014, and «1936 - 1939». */
function yearPhraseAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a) return null;
  let j = i;
  let startOffset = 0;
  let keyword = false;
  if (a.kind === 'word') {
    const k = strip(a.key, YEAR_WORD_FORMS);
    if (!k) return null;
    keyword = true;
    startOffset = k[1].length;
    j++;
  }
  const y = yearAt(ctx, j, keyword, true);
  if (!y) return keyword ? null : eraRangeAt(ctx, i) ?? yearAfterBeforeChristAt(ctx, i);
  // A year before Christ: TIMEX3's «BC» before the four digits of the year.
  if (y.bc) return found(mk(ctx, i, y.last, 'DATE', `BC${yearString(y.year, 4)}`, startOffset), y.last);
  if (!keyword) {
    // A bare number is a year only if nothing makes it a count: «2000 دينار»، «نحو 1500 شخص».
    const after = ctx.atoms[y.last];
    if (after && y.last === j + 1) {
      const k = after.key;
      if (COUNT_AFTER.has(k) || (after.kind === 'word' && NUMBER_WORDS.get(k)?.kind === 'scale')) return null;
      if (after.kind === 'word' && (k === 'في' || k === 'من') && HUNDRED_WORDS.test(ctx.atoms[y.last + 1]?.key ?? '')) return null;
      // «تمكين 3910 شاب … و1930 شاب» (3,910 young people … and 1,930): the word after it counts what
      // another number of the article counts.
      if (after.kind === 'word' && k.length > 2 && !after.key.startsWith('ال') && !PARTICLES.has(k) && countedElsewhere(ctx.atoms, k, j)) return null;
    }
    const before = ctx.atoms[i - 1];
    if (before && before.kind === 'word' && COUNT_BEFORE.test(before.key)) return null;
    // «أكثر/أقل من» (more/less than) before it: «ويضم أكثر من 2000تلميذ» (over 2,000 pupils).
    if (before?.key === 'من' && COMPARATIVES.test(ctx.atoms[i - 2]?.key ?? '')) return null;
    if (before && before.kind === 'punct' && (before.key === '-' || before.key === '/') && !before.gap && !a.gap) return null;
  }
  const value = yearString(y.hijri ? yearOf(fromHijri(y.year, 6, 15)) : y.year, 4);
  if (Number.isNaN(Number(value))) return null;
  // A bare year in brackets, «(2001)» after a title: the span is the year itself.
  const bracketed = !keyword && ctx.atoms[i]!.key === '(' && ctx.atoms[y.last - 1]!.key === ')';
  const first = bracketed ? mk(ctx, i + 1, y.last - 1, 'DATE', value) : mk(ctx, i, y.last, 'DATE', value, startOffset);
  const last = y.last;
  const firstYear = y.year; // `y` is shared with the next yearAt call
  // «1936 - 1939»، «2016/2017»: a second year.
  const sep = ctx.atoms[last];
  if (sep && sep.kind === 'punct' && (sep.key === '-' || sep.key === '/' || sep.key === '–')) {
    const y2 = yearAt(ctx, last + 1, false);
    if (y2 && y2.year > firstYear && y2.year - firstYear < 100) {
      const second = mk(ctx, last + 1, y2.last, 'DATE', yearString(y2.year));
      return found2(first, second, y2.last);
    }
  }
  return found(first, last);
}

/** Particles and prepositions that follow years and counts alike: never the counted noun. */
const PARTICLES = set('في من الي علي عن او ثم اي حتي مع بين قد لا لم لن ما هو هي هم بعد قبل منذ خلال ضد وفي ومن والي كما التي الذي اما ان وان');
/** True when a number that cannot be a year (not a whole number in 1900–2099) is followed by `key` elsewhere in the atoms. */
function countedElsewhere(atoms: readonly Atom[], key: string, at: number): boolean {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const a = atoms[k]!;
    if (k === at || a.kind !== 'num' || atoms[k + 1]!.key !== key || atoms[k + 1]!.start - a.end > 1) continue;
    if (a.value < 1900 || a.value > 2099 || !Number.isInteger(a.value)) return true;
  }
  return false;
}

const DAY_PART_FORMS = procliticTable(DAY_PART_NOUNS, P4);
const DAY_NOUN_FORMS = procliticTable(set('يوم'), P5);
const WEEKDAY_FORMS = procliticTable(WEEKDAYS, P15);
const WEEKDAYS_BARE = procliticTable(WEEKDAYS, NONE);

/** «الاثنين» (Monday, and «the two» in the oblique case). */
const TWO_OR_MONDAY = /^الاثنين$/u;
/**
 * A definite dual or masculine plural in the oblique case («المتهمين», «المصابين»), which «الاثنين» after it counts (a
 * nominative «الرئيسان الاثنين» would take «الاثنان»: there «الاثنين» is Monday).
 */
export const DEFINITE_OBLIQUE_PLURAL = /^(ال|وال|بال|فال|لل).{2,}ين$/u;
/** Days from the publication within which a weekday may move a yearless day to another year. */
const WITHIN_A_YEAR = 350;
/** Days from the publication within which a yearless day keeps its year whatever its weekday. */
const WEEKDAY_SLIP_DAYS = 30;
/**
 * A day and month written without a year, and the weekday written before them: the day in the year before or after the
 * one the publication date chose, when only that one falls on the weekday — «صباح يوم الاحد 3 سبتمبر» (on Sunday 3
 * September) read in June 2007 is 3 September 2006, a Sunday (the 2007 one is a Monday). Only a day more than a month
 * from the publication: nearer, a wrong weekday is a slip of the copy. A day the weekday confirms has
 * its year: no date before it in the sentence gives it another ({@link carryYearsForward}).
 */
function weekdayYears(head: Found | undefined, pub: number): void {
  for (let t = head; t; t = t.after) {
    if (!t.yearless || t.weekday < 0 || !DAY_VALUE.test(t.value)) continue;
    // (Near the publication date a weekday one off is a slip: «انعقدت الجلسة يوم الثلاثاء 27 فيفري» in copy of 15 March
    // 2017, when the 27th was a Monday, is no 2018 date.)
    if (Math.abs(dayNumber(t.value) - pub) <= WEEKDAY_SLIP_DAYS) continue;
    const y = Number(t.value.slice(0, 4));
    const m = Number(t.value.slice(5, 7));
    const d = Number(t.value.slice(8, 10));
    for (const year of [y, y - 1, y + 1]) {
      // (Within a year of the publication: «يوم السبت 28 آذار» in copy of Thursday 28 March 2019 is a slip of the weekday,
      // not 2020.)
      if (!validDate(year, m, d) || weekdayOf(dayOf(year, m, d)) !== t.weekday || Math.abs(dayOf(year, m, d) - pub) > WITHIN_A_YEAR) continue;
      t.value = isoDate(year, m, d);
      t.yearless = false;
      break;
    }
  }
}

/** Anchored days: «اليوم»، «أمس»، «أول أمس»، «غدا»، «صباح اليوم»، «أمس الخميس»، «الأربعاء 18 جانفي 2017»، «الخميس المقبل». */
function dayPhraseAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  let j = i;
  let startOffset = 0;
  let offset: number | null = null;
  // A part of the day before an anchor: «صباح اليوم»، «مساء أمس».
  const part = strip(a.key, DAY_PART_FORMS);
  if (part && atoms[i + 1]?.kind === 'word') {
    const anchor = anchorAt(ctx, i + 1);
    if (anchor && anchor.offset !== null) {
      startOffset = part[1].length;
      offset = anchor.offset;
      j = anchor.last;
    }
  }
  if (offset === null) {
    const anchor = anchorAt(ctx, i);
    if (anchor) {
      offset = anchor.offset;
      startOffset = anchor.prefix.length;
      j = anchor.last;
    }
  }
  // «يوم» before a weekday or a date.
  let dayNoun = false;
  const yw = atoms[j];
  if (yw && yw.kind === 'word') {
    const s = strip(yw.key, DAY_NOUN_FORMS);
    if (s && (WEEKDAYS.has(atoms[j + 1]?.key ?? '') || atoms[j + 1]?.kind === 'num')) {
      if (j === i) startOffset = s[1].length;
      dayNoun = true;
      j++;
    }
  }
  // A weekday.
  let weekday: number | null = null;
  const w = atoms[j];
  if (w && w.kind === 'word') {
    const s = strip(w.key, j === i ? WEEKDAY_FORMS : WEEKDAYS_BARE);
    // «المتهمين الاثنين» (the two accused): «الاثنين» after a definite dual or plural agrees with it as «two», no Monday.
    if (s && j === i && !s[1] && TWO_OR_MONDAY.test(w.key) && DEFINITE_OBLIQUE_PLURAL.test(atoms[i - 1]?.key ?? '')) return null;
    if (s) {
      weekday = WEEKDAYS.get(s[0])!;
      if (j === i) startOffset = s[1].length;
      j++;
    }
  }
  if (offset === null && weekday === null && !dayNoun) return null;
  // A date after it: «الأربعاء 18 جانفي 2017»، «يوم الثلاثاء الموافق 5/8/2008»، «يوم 30 مارس 2019».
  let k = j;
  if (atoms[k]?.key === 'الموافق' || atoms[k]?.key === ',') k++;
  const date = dayMonthAt(ctx, k) ?? numericDateAt(ctx, k);
  if (date && (weekday !== null || dayNoun)) {
    // (Still yearless: the year of a range's other end comes first, then the weekday's — see weekdayYears. Not after
    // «غدا/أمس», which anchor the day themselves.)
    const m = mk(ctx, i, date.to, 'DATE', date.value, startOffset);
    m.yearless = date.yearless;
    if (weekday !== null && offset === null) m.weekday = weekday;
    return m;
  }
  if (dayNoun && weekday === null) return null;
  if (weekday !== null) {
    if (offset !== null) {
      // «أمس الخميس»: the anchor decides; the weekday confirms it. But «اليوم الأحد» (today, Sunday)
      // in copy dated Monday was written the day before its date: the weekday decides, the nearest one.
      if (offset === 0 && !Number.isNaN(ctx.pub) && weekdayOf(ctx.pub) !== weekday) {
        const ahead = (weekday - weekdayOf(ctx.pub) + 7) % 7;
        return relativeDate(mk(ctx, i, j, 'DATE', isoDay(ctx.pub + (ahead <= 3 ? ahead : ahead - 7)), startOffset));
      }
      // (So does «أمس السبت» (yesterday, Saturday) in copy dated Monday, written a day or more before its date: the last such
      // weekday on or before the publication — the publication day itself where the copy was dated a day early.)
      if (offset === -1 && !Number.isNaN(ctx.pub) && weekdayOf(ctx.pub - 1) !== weekday) {
        return relativeDate(mk(ctx, i, j, 'DATE', isoDay(ctx.pub - ((weekdayOf(ctx.pub) - weekday + 7) % 7)), startOffset));
      }
      return relativeDate(mk(ctx, i, j, 'DATE', relativeDay(ctx, offset), startOffset));
    }
    const mod = modifierOf(atoms[j]?.key);
    if (mod === 'past' || mod === 'future') j++;
    // A bare weekday in a clause in the future tense is the next one: «وسينعقد الاجتماع يوم الخميس» (the
    // meeting will be held on Thursday), «من المقرر أن تنطلق الدورة الاثنين».
    // The publication day itself when it is that weekday («ستلغي كل الرحلات يوم الاثنين» in Monday's copy).
    else if (mod === null && !Number.isNaN(ctx.pub) && futureBefore(ctx, atoms[i]!.start)) {
      return relativeDate(mk(ctx, i, j, 'DATE', isoDay(ctx.pub + ((weekday - weekdayOf(ctx.pub) + 7) % 7)), startOffset));
    }
    return relativeDate(mk(ctx, i, j, 'DATE', resolveWeekday(ctx, weekday, mod), startOffset));
  }
  if (offset === null) return null;
  return relativeDate(mk(ctx, i, j, 'DATE', relativeDay(ctx, offset), startOffset));
}

// («الأمس» with the article, as Maghrebi copy writes it: «منذ الأمس», «مساء الأمس».)
/** What «الأمس» follows where it is a day: «منذ» (since) and the parts of the day, normalised. */
const DAY_BEFORE_DEFINITE_YESTERDAY: ReadonlySet<string> = new Set(['منذ', 'عشيه', 'مساء', 'صباح', 'ليله', 'ظهر', 'فجر', 'صبيحه', 'ليل', 'يوم']);
const ANCHOR_FORMS = procliticTable(set('امس الامس البارحه غدا غد الغد اليوم'), P6);
const FIRST_FORMS = procliticTable(set('اول'), P7);

/** «نفس» and «ذات» (the same) before «اليوم» (the day), «الشهر», «السنة/العام»; «نفسه», «ذاته» (or «نفسها») after it. */
const SAME_BEFORE = set('نفس ذات');
const SAME_BEFORE_FORMS = procliticTable(SAME_BEFORE, ['و', 'ف', 'ب', 'ل', 'وب', 'فب', 'ول']);
const SAME_AFTER = set('نفسه ذاته');
/** The feminine «نفسها», «ذاتها», which agree with «السنة» only. */
const SAME_AFTER_FEMININE = set('نفسها ذاتها');
/**
 * Words before «اليوم نفسه» (the same day) that make it a time: prepositions, parts of the day, «وهو» («تأسست عام 1886
 * وهو العام نفسه الذي», founded in 1886, the same year that). After a verb it is
 * reflexive: «ويجد الرئيس اليوم نفسه أمام خيارات» (the president finds himself today before choices).
 */
const BEFORE_PERIOD_ITSELF = set('في وفي من خلال منذ حتي الي والي قبل بعد طيله طوال مساء صباح ليله ظهر عشيه هو وهو هي وهي');
/** «من» (of) alone between a month and the year it belongs to. */
const OF_BETWEEN = /^\s+من\s+$/u;
/** «سنة، السنة، عام، العام» (year), normalised. */
const YEAR_NOUNS = set('سنه السنه عام العام');
/** The period nouns that «نفس» makes anaphoric, and the value each stands for until it is resolved. */
const SAME_PERIODS: ReadonlyMap<string, string> = new Map([['اليوم', SAME_DAY], ['الشهر', SAME_MONTH_VALUE], ['السنه', SAME_YEAR], ['العام', SAME_YEAR]]);
/**
 * «نفس اليوم»، «في اليوم ذاته» (on the same day), also after a part of the day («مساء نفس اليوم», the evening of the same
 * day); «نفس الشهر»; «نفس السنة»، «العام نفسه» (the same year). The period is the one of the last date before it that has
 * one, found once the whole text is read; «اليوم» there is no today.
 */
function samePeriodAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  let j = i;
  let startOffset = 0;
  const part = strip(atoms[j]!.key, DAY_PART_FORMS);
  if (part) {
    startOffset = part[1].length;
    j++;
  }
  const same = atoms[j] && strip(atoms[j]!.key, SAME_BEFORE_FORMS);
  const before = same ? SAME_PERIODS.get(atoms[j + 1]?.key ?? '') : undefined;
  const period = same ? undefined : atoms[j]?.key;
  const after = period === undefined ? undefined : SAME_PERIODS.get(period);
  const itself = atoms[j + 1]?.key ?? '';
  // «العام نفسه», «السنة نفسها» (the same year): the pronoun agrees with its noun, and a preposition or a part of the day
  // comes before.
  const agrees = period === 'السنه' ? SAME_AFTER_FEMININE.has(itself) : SAME_AFTER.has(itself);
  const value = before ?? (after !== undefined && agrees && (part || BEFORE_PERIOD_ITSELF.has(atoms[j - 1]?.key ?? '')) ? after : undefined);
  // (A part of the day goes with a day only: «مساء نفس اليوم». «نفس الشهر من السنة المنقضية» (the same month last year) is
  // the month named before in another year: left out.)
  if (value === undefined || (part && value !== SAME_DAY)) return null;
  const of = atoms[j + 3];
  if (value !== SAME_YEAR && atoms[j + 2]?.key === 'من' && of && (YEAR_NOUNS.has(of.key) || (of.kind === 'num' && of.digits === 4))) return null;
  ctx.samePeriods = true;
  return found(mk(ctx, i, j + 2, 'DATE', value, part ? startOffset : same ? same[1].length : 0), j + 2);
}

/** «اليوم» (today), «أمس/البارحة» (yesterday), «أول أمس»/«أول من أمس», «غدا» (tomorrow), «بعد غد». */
function anchorAt(ctx: Ctx, i: number): { offset: number; last: number; prefix: string; today: boolean } | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const k = a.key;
  const s = strip(k, ANCHOR_FORMS);
  if (s) {
    const [word, prefix] = s;
    if (word === 'اليوم') {
      // «اليوم» is today unless an adjective makes it "the day": «اليوم الوطني» (national day), «اليوم الأول».
      const next = atoms[i + 1];
      // (Not «إلى» and «إلا», whose keys open like the article: «تحولوا اليوم إلى شارع …», they went today to ….)
      if (next && next.kind === 'word' && next.key.startsWith('ال') && !WEEKDAYS.has(next.key) && !ARTICLE_LIKE_PARTICLES.has(next.key) && !subjectAfterToday(atoms, i)) return null;
      if (prefix === 'ب' || prefix === 'ل') return null;
      // «نفس اليوم»، «اليوم ذاته» (the same day) is the day named before: see samePeriodAt.
      if (!prefix && (SAME_BEFORE_FORMS.has(atoms[i - 1]?.key ?? '') || (SAME_AFTER.has(next?.key ?? '') && BEFORE_PERIOD_ITSELF.has(atoms[i - 1]?.key ?? '')))) return null;
      return { offset: 0, last: i + 1, prefix, today: true };
    }
    // «بعد غد» (the day after tomorrow); «يوم غد»، «مساء غد» (tomorrow).
    if (word === 'غد') return { offset: atoms[i - 1]?.key === 'بعد' ? 2 : 1, last: i + 1, prefix, today: false };
    if (word === 'غدا' || word === 'الغد') return { offset: 1, last: i + 1, prefix, today: false };
    // «الأمس» with the article is a day only after «منذ» or a part of the day («منذ الأمس»، «عشية الأمس»): «حلفاء
    // الأمس» (yesterday's allies), «بين الأمس واليوم», «الأمس القريب» (the recent past) are no days.
    if (word === 'الامس' && !prefix && !DAY_BEFORE_DEFINITE_YESTERDAY.has(atoms[i - 1]?.key ?? '')) return null;
    // «أمس الأول» (Levant, Gulf: the day before yesterday).
    if (atoms[i + 1]?.key === 'الاول') return { offset: -2, last: i + 2, prefix, today: false };
    return { offset: -1, last: i + 1, prefix, today: false };
  }
  // «أول أمس»، «أول من أمس» (the day before yesterday).
  const first = strip(k, FIRST_FORMS);
  if (first) {
    if (atoms[i + 1]?.key === 'امس') return { offset: -2, last: i + 2, prefix: first[1], today: false };
    if (atoms[i + 1]?.key === 'من' && atoms[i + 2]?.key === 'امس') return { offset: -2, last: i + 3, prefix: first[1], today: false };
  }
  return null;
}

/** «إلى» (to) and «إلا» (except), keyed: particles whose keys open with the letters of the article. */
const ARTICLE_LIKE_PARTICLES = set('الي الا');
/** Nouns in «ى» (keyed «ي»), no nisba adjectives: «تحل اليوم الذكرى …» (today falls the anniversary). */
const NOUNS_IN_YAA = set('الذكري');
/** Definite words after «اليوم» that describe the day: «اليوم الواحد» (a single day), «اليوم الأكثر …» (the most … day). */
const DAY_ADJECTIVES = set('الواحد الاكثر الاقل الاخير الاخر التالي الفائت الموعود نفسه ذاته');
/**
 * Whether the definite word after «اليوم» at `i` is the subject of the verb before it, so that «اليوم» is today:
 * «تدخّل اليوم النائب …» (the deputy intervened today), «دارت اليوم القرعة» (the draw took place today), «صباح اليوم
 * النائب». Not an adjective of the day — a nisba («اليوم الوطني»), a participle («اليوم المفتوح»), an ordinal
 * («اليوم الأول»), {@link DAY_ADJECTIVES} — nor after a particle or preposition («في اليوم الواحد»).
 */
function subjectAfterToday(atoms: readonly Atom[], i: number): boolean {
  const before = atoms[i - 1];
  if (!before || before.kind !== 'word' || PARTICLES.has(before.key)) return false;
  const k = atoms[i + 1]!.key;
  return (!/(ي|يه|ى)$/u.test(k) || NOUNS_IN_YAA.has(k)) && !k.startsWith('الم') && !ORDINAL_DAYS.has(k) && !DAY_ADJECTIVES.has(k);
}

/** «الأسبوع الماضي»، «الشهر المقبل»، «العام الجاري»، «هذا العام»، «السنة الماضية». */
const PERIODS = set('الاسبوع الشهر العام السنه');
const DEMONSTRATIVE_FORMS = procliticTable(set('هذا هذه'), P8);
const PERIOD_FORMS = procliticTable(PERIODS, P9);

function relativePeriodAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  let j: number;
  let startOffset: number;
  let mod: Modifier;
  let period: string;
  const demonstrative = strip(a.key, DEMONSTRATIVE_FORMS);
  if (demonstrative && atoms[i + 1] && PERIODS.has(atoms[i + 1]!.key)) {
    period = atoms[i + 1]!.key;
    startOffset = demonstrative[1].length;
    mod = 'current';
    j = i + 2;
  } else {
    const s = strip(a.key, PERIOD_FORMS);
    if (!s) return null;
    mod = modifierOf(atoms[i + 1]?.key);
    if (!mod) return null;
    period = s[0];
    startOffset = s[1].length;
    j = i + 2;
  }
  const pub = ctx.pub;
  const delta = deltaOf(mod);
  let value: string;
  if (period === 'الاسبوع') value = Number.isNaN(pub) ? 'XXXX-WXX' : isoWeek(pub + 7 * delta);
  else if (period === 'الشهر') {
    if (Number.isNaN(pub)) value = 'XXXX-XX';
    else {
      const p = ymd(pub);
      const mIndex = p.y * 12 + (p.m - 1) + delta;
      value = isoMonth(Math.floor(mIndex / 12), (mIndex % 12) + 1);
    }
  } else value = Number.isNaN(pub) ? 'XXXX' : yearString(yearOf(pub) + delta);
  return mk(ctx, i, j, 'DATE', value, startOffset);
}

/** «نهاية» (the end) and «عطلة» (the break of «عطلة نهاية الأسبوع») (keys). */
const WEEKEND_WORDS = ['نهايه', 'عطله'];
/** {@link WEEKEND_WORDS} with their proclitics and the prepositions before them: «في نهاية الأسبوع», «خلال نهاية الأسبوع». */
const WEEKEND_FORMS = procliticTable(new Set(WEEKEND_WORDS), P16);
/** «الأسبوع» (the week) after «نهاية» or «عطلة نهاية» (the weekend). */
const WEEK_KEY = 'الاسبوع';

/**
 * The end of a week: «نهاية الأسبوع» (the end of the week, the weekend) is the last one on or before the publication unless
 * the tense says otherwise, «نهاية الأسبوع الماضي/الحالي/المقبل» that of the week before, this week or the next. Its value
 * is the ISO week, as the article guidelines' annotators wrote «نهاية الأسبوع الحالي» (TIMEX3 would add mod="END", which
 * the layer does not carry); «عطلة نهاية الأسبوع» (the weekend break) is the weekend itself, TIMEX3's week and «WE».
 * Saturday and Sunday end the ISO week.
 */
function weekendAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word' || Number.isNaN(ctx.pub)) return null;
  const s = strip(a.key, WEEKEND_FORMS);
  if (!s) return null;
  let j = i + 1;
  if (s[0] === 'عطله') {
    if (atoms[j]?.key !== 'نهايه') return null;
    j++;
  }
  if (atoms[j]?.key !== WEEK_KEY) return null;
  j++;
  const mod = modifierOf(atoms[j]?.key);
  if (mod !== null) j++;
  const pub = ctx.pub;
  // (Monday is 1 and Sunday 7 in the ISO week: from Saturday on, the publication's own week has had its weekend.)
  const weekendBegun = ((weekdayOf(pub) + 6) % 7) + 1 >= 6;
  // A day of the week meant: the publication's week, the one before or after it.
  let day: number;
  if (mod === 'past') day = pub - 7;
  else if (mod === 'future') day = pub + 7;
  else if (mod === 'current') day = pub;
  // (No modifier: the coming weekend in the future tense, else the last one.)
  else if (futureBefore(ctx, a.start)) day = weekendBegun ? pub + 7 : pub;
  else day = weekendBegun ? pub : pub - 7;
  return mk(ctx, i, j, 'DATE', s[0] === 'عطله' ? isoWeek(day) + '-WE' : isoWeek(day), s[1].length);
}

/**
 * The values made so far, by unit object (the tables' own) and count: a duration's value string is
 * kept by its layer, and the same few recur in every article.
 */
const DURATION_STRINGS = new Map<object, Map<number, string | null>>();
/** The TIMEX3 duration for `count` units; halves become the next smaller unit. */
function durationValue(count: number, u: { unit: string; time: boolean }): string | null {
  let byCount = DURATION_STRINGS.get(u);
  if (byCount === undefined) DURATION_STRINGS.set(u, (byCount = new Map()));
  let value = byCount.get(count);
  if (value === undefined) {
    value = makeDurationValue(count, u);
    if (byCount.size < 1000) byCount.set(count, value);
  }
  return value;
}
function makeDurationValue(count: number, u: { unit: string; time: boolean }): string | null {
  if (!(count > 0)) return null;
  let n = count;
  let unitName = u.unit;
  let time = u.time;
  if (unitName === 'DE') { n *= 10; unitName = 'Y'; }
  if (unitName === 'CE') { n *= 100; unitName = 'Y'; }
  if (!Number.isInteger(n)) {
    // (Years and a part as years and months, as annotators write them: «عامين ونصف» (two and a half years) P2Y6M; a month
    // and a half in days, P45D.)
    if (unitName === 'Y' && !time && n > 1 && Number.isInteger(n * 12)) return `P${Math.floor(n)}Y${(n * 12) % 12}M`;
    if (unitName === 'Y' && !time) { n *= 12; unitName = 'M'; }
    else if (unitName === 'M' && !time) { n *= 30; unitName = 'D'; }
    else if (unitName === 'D' && !time) { n *= 24; unitName = 'H'; time = true; }
    else if (unitName === 'H' && time) { n *= 60; unitName = 'M'; }
    else if (unitName === 'M' && time) { n *= 60; unitName = 'S'; }
    else if (unitName === 'W') { n *= 7; unitName = 'D'; }
  }
  const num = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return time ? `PT${num}${unitName}` : `P${num}${unitName}`;
}

const UNIT_FORMS = procliticTable(UNITS, P10);
const FRACTION_FORMS = procliticTable(set('نصف ربع'), P11);

/** Singular units counted by a ten or a hundred: «عاما» after «العشرين», «عام» after «المائة». */
const UNITS_AFTER_TENS = set('سنه عام عاما شهر شهرا اسبوع اسبوعا يوم يوما ساعه دقيقه ثانيه');
/** Words before a definite ten that make it a length of time, besides the duration cues: «تناهز» (nears), «دون» (under) … */
const TENS_CUES = set('تناهز يناهز ناهز ناهزت دون فوق تجاوز يتجاوز تتجاوز تقارب يقارب مدي فتره سن عمر عمره عمرها');
/** The one result of {@link definiteTensAt}, overwritten by its next call, as {@link readNumberShared}'s is. */
const definiteTens: NumberExpression = { first: 0, last: 0, value: 0, prefix: '', digits: false, scaled: false, single: true };
/**
 * A definite ten or hundred right before a singular unit: «طوال التسعين دقيقة» (throughout the ninety minutes), «خلال
 * الثلاثين عاما الماضية», «المائة عام الماضية». The number reader leaves a definite ten alone, since it is also an
 * ordinal after its noun («القرن العشرين», the twentieth century; «الدورة الثلاثين»); before a unit it counts.
 */
function definiteTensAt(atoms: readonly Atom[], i: number): NumberExpression | null {
  const a = atoms[i]!;
  const next = atoms[i + 1];
  if (a.kind !== 'word' || !next || next.kind !== 'word' || !next.gap || !UNITS_AFTER_TENS.has(next.key)) return null;
  // A duration only after a cue of one or before «last/next»: «طوال التسعين دقيقة», «المائة عام الماضية» — not an ordinal
  // after its noun, «تنطلق الدورة العشرين يوم غد» (the twentieth session, tomorrow), «الذكرى الستين عام النكبة».
  const cue = atoms[i - 1]?.key ?? '';
  const following = atoms[i + 2]?.key;
  if (!DURATION_CUES.has(cue) && !TENS_CUES.has(cue) && !modifierOf(following) && !LAST_WORDS.has(following ?? '')) return null;
  // Not the end of a compound ordinal («الثاني و الثلاثين», the thirty-second), nor a unit that names a day, month or
  // year: «الثلاثين يوم الخميس» (the thirty-second [round] on Thursday).
  if (atoms[i - 1]?.key === 'و' || a.key.startsWith('و')) return null;
  const after = atoms[i + 2];
  if (after && (after.kind === 'num' || MONTH_NAMES.has(after.key) || MONTH_FIRST_WORDS.has(after.key) || (after.kind === 'word' && WEEKDAYS.has(after.key)))) return null;
  for (const p of DEFINITE) {
    if (!a.key.startsWith(p)) continue;
    const word = NUMBER_WORDS.get(a.key.slice(p.length));
    // (A hundred after «في» or behind «بال» is a per cent: «5 بالمائة سنة 2017», «في المائة».)
    if (!word || !(word.kind === 'ten' || (word.kind === 'hundred' && word.value === 100 && p === 'ال' && atoms[i - 1]?.key !== 'في'))) continue;
    definiteTens.first = i;
    definiteTens.last = i + 1;
    definiteTens.value = word.value;
    definiteTens.prefix = p;
    return definiteTens;
  }
  return null;
}

/** «الأخيرة» (the last), which makes a definite number of units a period: «الـ5 سنوات الأخيرة». */
const LAST_WORDS = set('الاخير الاخيره الاخيرين الاخيرتين');
/** Durations: «ثلاث سنوات» P3Y، «48 ساعة» PT48H، «يومين» P2D، «نصف ساعة» PT30M، «يوما واحدا» P1D، «بسنة» P1Y. */
function durationAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a) return null;
  let count: number | null = null;
  let j = i;
  let startOffset = 0;
  let u: { unit: string; time: boolean; count?: number } | undefined;
  if (a.kind === 'word') {
    // A dual or a bare unit noun: «يومين»، «أسبوعين»، «بسنة».
    const s = strip(a.key, UNIT_FORMS);
    const fraction = s ? null : strip(a.key, FRACTION_FORMS);
    if (s) {
      u = UNITS.get(s[0])!;
      startOffset = s[1].length;
      j = i + 1;
      // «مديرين عامين» (general managers): «عامين» after a plural noun is the adjective «عام» (general).
      const prev = atoms[i - 1];
      // (Not after a cue of duration in «ون»: «في غضون عامين», within two years.)
      if ((s[0] === 'عامين' || s[0] === 'عامان') && !s[1] && prev && prev.kind === 'word' && PLURAL_ENDING.test(prev.key) && prev.key !== 'الماضيين' && !DURATION_CUES.has(prev.key)) return null;
      if (u.count !== undefined) count = u.count;
      else {
        // «يوما واحدا» (one day).
        const one = atoms[j];
        if (one && one.kind === 'word' && ONE_WORDS.test(one.key)) {
          count = 1;
          j++;
        } else if (SINGULAR_UNITS.has(s[0]) && (s[1] === 'ب' || atoms[j]?.key === 'ونصف' || atoms[j]?.key === 'ونصفا' || s[1] === 'لمده' || DURATION_CUES.has(atoms[i - 1]?.key ?? '') || atoms[i - 1]?.key === 'من' && COMPARATIVES.test(atoms[i - 2]?.key ?? '') || (!s[1] && atoms[j]?.key === SILENCE && !THINGS_PLURAL.test(atoms[i - 1]?.key ?? '')))) {
          // (And «دقيقة صمت» (a minute's silence), one minute: «دقيقة» alone is also «precise», «معلومات دقيقة».)
          // Not when a number, month or name follows: «سنة 2014»، «شهر مارس».
          const next = atoms[j];
          if (next && (next.kind === 'num' || MONTH_NAMES.has(next.key) || MONTH_FIRST_WORDS.has(next.key) || (next.kind === 'word' && WEEKDAYS.has(next.key)))) return null;
          count = 1;
        } else return null;
      }
    } else if (fraction) {
      // «نصف ساعة» (half an hour), «ربع ساعة».
      const f = fraction;
      const nu = atoms[i + 1] && atoms[i + 1]!.kind === 'word' ? UNITS.get(atoms[i + 1]!.key) : undefined;
      if (!nu || nu.count !== undefined) return null;
      u = nu;
      count = f[0] === 'نصف' ? 0.5 : 0.25;
      startOffset = f[1].length;
      j = i + 2;
    }
  }
  if (count === null) {
    // A duration needs a unit within the next few atoms: skip reading the number otherwise.
    let unitAhead = false;
    for (let k = i + 1; k <= i + 4 && k < atoms.length && !unitAhead; k++) unitAhead = UNIT_WORDS.mayHave(atoms[k]!) && (UNITS.has(atoms[k]!.key) || PLURAL_UNITS.has(atoms[k]!.key));
    if (!unitAhead) return null;
    // A shared result, valid until the next read: every field is used before any other number is read.
    const n = readNumberShared(atoms, i) ?? definiteTensAt(atoms, i);
    // «الثلاثة أشهر» (the three months) counts; «الـ12 ساعة» with digits reads as an ordinal, unless «last/next»
    // follows the unit: «خلال الـ5 سنوات الأخيرة» (over the last five years), «الـ24 ساعة الماضية».
    if (!n) return null;
    const definiteDigits = n.digits && n.prefix.includes('ال');
    // (After a cue of duration too: «خلال الـ48 ساعة», within the 48 hours.)
    if (definiteDigits && !(modifierOf(atoms[n.last + 1]?.key) ?? LAST_WORDS.has(atoms[n.last + 1]?.key ?? '')) && !DURATION_CUES.has(atoms[i - 1]?.key ?? '')) return null;
    const next = atoms[n.last];
    if (next && !n.prefix && Number.isInteger(n.value) && atoms[i - 1]?.kind !== 'num' && (RANGE_TO.has(next.key) || DASHES_BETWEEN.has(next.key) || (next.gap && isAnd(next) && next.key !== 'و'))) return durationRangeAt(ctx, i, n.value, n.last);
    // (Digits may lose their space before the unit: «من 6 أعوام الى 12عاما», from 6 to 12 years.)
    if (!next || next.kind !== 'word' || (!next.gap && !(n.digits && UNITS.has(next.key)))) return null;
    // «الثلاثة الأشهر» (the three months): a definite number before a definite plural unit.
    const nu: { unit: string; time: boolean; count?: number } | undefined = UNITS.get(next.key) ?? (n.prefix.endsWith('ال') ? PLURAL_UNITS.get(next.key) : undefined);
    if (!nu || nu.count !== undefined) return null;
    if (atoms[n.last + 1]?.key === 'ضوئيه') return null; // «سنة ضوئية» (light year) is a distance
    // «22 ألفا سنة 2011» (22,000 in the year 2011): a singular unit followed by a year names that
    // year and is no unit of this number («27 سنة و64 سنة» still counts years).
    const named = atoms[n.last + 1];
    if (SINGULAR_UNITS.has(next.key) && named?.kind === 'num' && !named.prefix && Number.isInteger(named.value) && named.value >= 1300 && named.value <= 2100) return null;
    u = nu;
    count = n.value;
    // Leave out و/ب/ل but keep the article: «الثلاثة أشهر».
    startOffset = n.digits ? 0 : n.prefix.endsWith('ال') ? n.prefix.length - 2 : n.prefix === 'لل' ? 1 : n.prefix.length;
    j = n.last + 1;
    if (definiteDigits && (modifierOf(atoms[j]?.key) ?? LAST_WORDS.has(atoms[j]?.key ?? ''))) j++; // (with its «الأخيرة»)
  }
  if (!u) return null;
  // «عقد» is also a contract (إمضاء 500 عقد، تجديد 8 عقود لشركات بترولية): decades are few, and come
  // after «منذ», «خلال», «طوال», «حوالي» … or before «من الزمن» (of time).
  if (u.unit === 'DE' && !(count <= 10 && (strip(atoms[i - 1]?.key ?? '', DURATION_CUE_FORMS) || (atoms[j]?.key === 'من' && atoms[j + 1]?.key === 'الزمن')))) return null;
  // «ساعة ونصف» (an hour and a half), «ثلاث سنوات ونصف», and in the accusative «سنة ونصفا».
  if (atoms[j]?.key === 'ونصف' || atoms[j]?.key === 'ونصفا') {
    count += 0.5;
    j++;
  }
  // A larger unit and a smaller one after «و» are one duration: «23 ساعة و5 دقائق» (23 hours and 5 minutes), «ساعة وخمس
  // دقائق» in minutes as annotators write it (PT1385M, one unit: the TIMEX3 values the evaluation's checker takes); «خمس
  // سنوات و ثلاثة أشهر» P5Y3M. (After «بين», only when the other end of the range follows: «بين 3 سنوات و6 أشهر و4 أعوام»,
  // not «تتراوح أعمارهم بين 5 سنوات وشهرين», aged between two months and five years.)
  const and = atoms[j];
  const smaller = u.unit === 'H' && u.time ? MINUTES_VALUE : u.unit === 'Y' && !u.time ? MONTHS_VALUE : null;
  if (smaller && Number.isInteger(count) && and && isAnd(and)) {
    const part = durationAt(ctx, and.key === 'و' ? j + 1 : j);
    const m = part ? smaller.exec(part.value) : null;
    if (part && m && (atoms[i - 1]?.key !== 'بين' || otherEnd(ctx, part.last))) {
      if (smaller === MINUTES_VALUE) return mk(ctx, i, part.last, 'DURATION', `PT${count * 60 + Number(m[1])}M`, startOffset);
      if (Number(m[1]) < 12) return mk(ctx, i, part.last, 'DURATION', `P${count}Y${m[1]}M`, startOffset);
    }
  }
  const value = durationValue(count, u);
  if (!value) return null;
  return mk(ctx, i, j, 'DURATION', value, startOffset);
}
/** «بين» (between), which makes «و» join the two ends of a range: «بين 3 و5 سنوات», «ما بين6 و12 شهرا». */
const BETWEEN_FORMS = set('بين وبين مابين');
/** A duration of a whole number of one unit, as {@link durationValue} writes it: «P12M», «PT5H». */
const ONE_UNIT_VALUE = /^P(T?)(\d+)([YMWDHS])$/u;
/**
 * A bare number before the other end of a range of durations takes its unit: «من 3 إلى 5 سنوات» (from 3 to 5 years) P3Y
 * and P5Y, «ما بين6 و12 شهرا» (between 6 and 12 months) P6M and P12M. «و» joins a range only after «بين» («ستة و ستين
 * عاما» is sixty-six years). The other end must be a whole number of its unit, without a multiplier or a half, which the
 * first end would need too («بين 1 و 1.5 ساعة», «منذ 10 إلى 12 ألف سنة»: no range is read); the range runs upward.
 */
function durationRangeAt(ctx: Ctx, i: number, count: number, last: number): Found | null {
  const atoms = ctx.atoms;
  const joiner = atoms[last]!;
  const dash = DASHES_BETWEEN.has(joiner.key);
  // A dash only after a cue of duration: «منذ 32000 - 190000 سنة» (32,000 to 190,000 years ago), not a score, «فاز الترجي
  // 1 - 2 يوم الأحد».
  if (dash && !DURATION_CUES.has(atoms[i - 1]?.key ?? '') && !BETWEEN_FORMS.has(atoms[i - 1]?.key ?? '')) return null;
  // («إلى» (to), «حتى» (until), and «و» (and) after «بين» (between), as between the days of a range.)
  const apart = dash || RANGE_TO.has(joiner.key);
  // (The joiner apart, or the «و» on the digits or the word of the other end: «و12», «وخمس».)
  const k = apart ? last + 1 : last;
  const other = readNumberShared(atoms, k);
  if (!other || other.scaled || !Number.isInteger(other.value) || other.value <= count) return null;
  // «و» joins a range after «بين» (also «بين (18 و 25 سنة)»), or between digits, which make no compound: «يبلغان من العمر
  // 22 و27 سنة» (aged 22 and 27).
  const between = BETWEEN_FORMS.has(atoms[i - 1]?.key ?? '') || (atoms[i - 1]?.key === '(' && BETWEEN_FORMS.has(atoms[i - 2]?.key ?? ''));
  // (Not «7 أيام/7 و24 ساعة/24», around the clock: a number after a slash is no end of a range.)
  if ((!apart || joiner.key === 'و') && !between && !(atoms[i]!.kind === 'num' && other.digits && atoms[i - 1]?.key !== '/')) return null;
  const otherCount = other.value;
  const second = durationAt(ctx, k);
  if (!second || second.next) return null;
  const unit = ONE_UNIT_VALUE.exec(second.value);
  if (!unit || Number(unit[2]) !== otherCount) return null;
  return found2(mk(ctx, i, last, 'DURATION', `P${unit[1]}${count}${unit[3]}`), second, second.to);
}

/** A whole number of minutes, as {@link durationValue} writes it. */
const MINUTES_VALUE = /^PT(\d+)M$/u;
/** Whether «و» and a duration follow at `k`: the other end of a range. */
function otherEnd(ctx: Ctx, k: number): boolean {
  const a = ctx.atoms[k];
  if (!a || !isAnd(a)) return false;
  const start = a.key === 'و' ? k + 1 : k;
  const b = ctx.atoms[start];
  // (The duration reader strips the «و» of a word or digits itself.)
  return b !== undefined && (b.kind === 'num' || lookupNumberWord(b.key) !== null || UNITS.has(b.key)) && durationAt(ctx, start) !== null;
}
/** «و» (and) apart, or on the word or the digits after it. */
const isAnd = (a: Atom): boolean => a.key === 'و' || (a.kind === 'word' && a.key.startsWith('و')) || (a.kind === 'num' && a.prefix === 'و');
/** A whole number of months, as {@link durationValue} writes it. */
const MONTHS_VALUE = /^P(\d+)M$/u;

/**
 * Definite plural units with a number: «السنوات الخمس المقبلة» (the next five years) P5Y, «الأيام الثلاثة الماضية». (The
 * quantities stage reads them too: a definite number after them is a period, no count.)
 */
export const PLURAL_UNITS = new Map<string, { unit: string; time: boolean }>([
  ['السنوات', { unit: 'Y', time: false }], ['الاعوام', { unit: 'Y', time: false }], ['الاشهر', { unit: 'M', time: false }], ['الشهور', { unit: 'M', time: false }],
  ['الاسابيع', { unit: 'W', time: false }], ['الايام', { unit: 'D', time: false }], ['الساعات', { unit: 'H', time: true }], ['الدقائق', { unit: 'M', time: true }],
  ['العقود', { unit: 'DE', time: false }],
]);
const PLURAL_UNIT_FORMS = procliticTable(PLURAL_UNITS, P4);
/** The unit nouns, bare and definite plural, as a filter: most atoms after a number are ruled out without a Map lookup. */
const UNIT_WORDS = wordFilterOf([...UNITS.keys(), ...PLURAL_UNITS.keys()]);
/** A duration cue, also behind «و» or «ف» (ومنذ). */
const DURATION_CUE_FORMS = procliticTable(DURATION_CUES, ['و', 'ف']);

/** Definite duals of time units: «السنتين الماضيتين» (the past two years) P2Y, «الشهرين المقبلين». */
const DUAL_UNITS = new Map<string, { unit: string; time: boolean }>([
  ['السنتين', { unit: 'Y', time: false }], ['السنتان', { unit: 'Y', time: false }], ['العامين', { unit: 'Y', time: false }], ['العامان', { unit: 'Y', time: false }],
  ['الشهرين', { unit: 'M', time: false }], ['الشهران', { unit: 'M', time: false }], ['الاسبوعين', { unit: 'W', time: false }], ['الاسبوعان', { unit: 'W', time: false }],
  ['اليومين', { unit: 'D', time: false }], ['اليومان', { unit: 'D', time: false }], ['الساعتين', { unit: 'H', time: true }], ['الساعتان', { unit: 'H', time: true }],
]);
const DUAL_UNIT_FORMS = procliticTable(DUAL_UNITS, P4);
/** Dual adjectives that make a definite dual unit a period: «الماضيين» (past), «المقبلتين» (next) … */
const DUAL_MODIFIERS = set('الماضيين الماضيتين الماضيان الماضيتان المقبلين المقبلتين المقبلان المقبلتان القادمين القادمتين القادمان القادمتان الاخيرين الاخيرتين المنقضيين المنقضيتين الفارطين الفارطتين المنصرمين المنصرمتين');
/**
 * The dual modifiers as «next/last» after two months: «شهر أكتوبر أو نوفمبر القادمين» (next October or November) — each
 * by the singular it agrees with (الماضيين → الماضي, past); «الأخيرين» (the last two) names no direction and is left out.
 */
const PLURAL_MODIFIERS: ReadonlyMap<string, Modifier> = new Map(
  [...DUAL_MODIFIERS].map((w): [string, Modifier] => [w, modifierOf(w.replace(/(تين|تان|ين|ان)$/u, ''))]).filter(([, mod]) => mod !== null),
);
/**
 * Approximators before a definite unit that make it one unit's (or two's) duration: «قرابة الشهر» (about a month) — the
 * one-word «about» approximators of the quantities stage ({@link APPROX_BEFORE}), also behind «ب» (keys).
 */
const UNIT_APPROXIMATORS: ReadonlySet<string> = new Set(APPROX_BEFORE.filter(([words, kind]) => words.length === 1 && kind === 'about').flatMap(([[word]]) => [word!, 'ب' + word!]));
/**
 * Definite singular units after {@link UNIT_APPROXIMATORS}, those of {@link SINGULAR_UNITS} but the hour and the minute:
 * «مدة قاربت السنة» (a period of about a year); «حوالي الساعة الخامسة» is a clock time.
 */
const DEFINITE_UNITS: ReadonlyMap<string, { unit: string; time: boolean }> = new Map(
  [...SINGULAR_UNITS].filter((w) => !UNITS.get(w)!.time).map((w) => ['ال' + w, UNITS.get(w)!]),
);
/** A half or a quarter after a unit, «ونصف» (and a half), which makes a duration the reading leaves out. */
const HALF_OR_QUARTER = /^و?(نصف|ربع|النصف|الربع)ا?$/u;
/**
 * Whether the definite unit at `i` is a duration after an approximator: «قرابة الشهر»، «حوالي الساعتين» — not before what
 * names the period instead, a number, a word of «last/next» or a half: «حوالي العام ونصف».
 */
function approximatedUnit(atoms: readonly Atom[], i: number): boolean {
  const next = atoms[i + 1];
  return UNIT_APPROXIMATORS.has(atoms[i - 1]?.key ?? '') && !(next && (next.kind === 'num' || (next.gap && (modifierOf(next.key) !== null || next.key.startsWith('ون') || HALF_OR_QUARTER.test(next.key)))));
}
function definiteDualAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const single = DEFINITE_UNITS.get(a.key);
  if (single) return approximatedUnit(atoms, i) ? mk(ctx, i, i + 1, 'DURATION', durationValue(1, single)!) : null;
  const s = strip(a.key, DUAL_UNIT_FORMS);
  // Only with its adjective or after an approximator: «العامين» alone is also «general» (المديرين العامين).
  if (!s) return null;
  const modified = DUAL_MODIFIERS.has(atoms[i + 1]?.key ?? '');
  if (!modified && !(s[1] === '' && approximatedUnit(atoms, i))) return null;
  const value = durationValue(2, DUAL_UNITS.get(s[0])!);
  return value ? mk(ctx, i, modified ? i + 2 : i + 1, 'DURATION', value, s[1].length) : null;
}

/**
 * Parts of the publication day and the night before: «هذا المساء» (this evening), «هذا الصباح»,
 * «هذه الليلة» (tonight), «الليلة الماضية/البارحة» (last night).
 */
const NIGHT_FORMS = procliticTable(set('الليله'), P4);
function partOfDayAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const demonstrative = strip(a.key, DEMONSTRATIVE_FORMS);
  if (demonstrative) {
    const part = atoms[i + 1]?.key;
    const ok = demonstrative[0] === 'هذه' ? part === 'الليله' : part === 'المساء' || part === 'الصباح';
    return ok ? mk(ctx, i, i + 2, 'DATE', relativeDay(ctx, 0), demonstrative[1].length) : null;
  }
  const night = strip(a.key, NIGHT_FORMS);
  if (!night) return null;
  const next = atoms[i + 1]?.key;
  if (next !== 'الماضيه' && next !== 'البارحه' && next !== 'الفائته') return null;
  return mk(ctx, i, i + 2, 'DATE', relativeDay(ctx, -1), night[1].length);
}
function definitePeriodAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const s = strip(a.key, PLURAL_UNIT_FORMS);
  if (!s) return null;
  const n = readNumberShared(atoms, i + 1); // shared result: used up before any other read
  if (!n || n.digits || !n.prefix.endsWith('ال') || n.prefix.length > 2) return null;
  let j = n.last;
  const mod = modifierOf(atoms[j]?.key);
  if (mod === 'past' || mod === 'future') j++;
  const value = durationValue(n.value, PLURAL_UNITS.get(s[0])!);
  return value ? mk(ctx, i, j, 'DURATION', value, s[1].length) : null;
}

/**
 * Religious feasts of the Hijri year by their second word (keys), with the Hijri month and day they fall on: «عيد الفطر»
 * (Eid al-Fitr, 1 Shawwal), «عيد الأضحى» (Eid al-Adha, 10 Dhu al-Hijja); «المولد النبوي» (the Prophet's birthday, 12 Rabi'
 * al-Awwal) and «رأس السنة الهجرية» (the Hijri new year) by their own words below.
 */
const FEASTS = new Map<string, readonly [month: number, day: number]>([['الفطر', [10, 1]], ['الاضحي', [12, 10]]]);
/** The first words of the feasts' names (keys): «عيد», «المولد», «رأس». */
const FEAST_WORDS = ['عيد', 'المولد', 'راس'];
const FEAST_FORMS = procliticTable(new Set(FEAST_WORDS), P16);
/** Words a feast's name may carry after it before its modifier: «عيد الفطر المبارك» (the blessed Eid al-Fitr). */
const FEAST_EPITHETS = set('المبارك السعيد الشريف');

/**
 * A feast of the Hijri year, as the day it falls on in the year the modifier after it or the tense before it says, else the
 * occurrence nearest the publication (Umm al-Qura, as for the Hijri months): «بعد عيد الفطر» (after Eid al-Fitr) in an
 * article of June 2017 is 2017-06-25; «عيد الأضحى الماضي» the last one; «المولد النبوي الشريف»; «رأس السنة الهجرية».
 */
function feastAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word' || Number.isNaN(ctx.pub)) return null;
  const s = strip(a.key, FEAST_FORMS);
  if (!s) return null;
  let j = i + 1;
  let date: readonly [number, number] | undefined;
  if (s[0] === 'عيد') date = FEASTS.get(atoms[j]?.key ?? '');
  else if (s[0] === 'المولد' && atoms[j]?.key === 'النبوي') date = [3, 12];
  else if (s[0] === 'راس' && atoms[j]?.key === 'السنه' && /^(الهجريه|الهجري)$/u.test(atoms[j + 1]?.key ?? '')) {
    date = [1, 1];
    j++;
  }
  if (!date) return null;
  j++;
  if (FEAST_EPITHETS.has(atoms[j]?.key ?? '')) j++;
  let mod = modifierOf(atoms[j]?.key);
  if (mod === 'past' || mod === 'future') j++;
  else if (mod === null && futureBefore(ctx, a.start)) mod = 'future';
  // (The Hijri day in the year before, of or after the publication's, as for «15 رمضان».)
  const value = resolveDayMonth(ctx, date[1], date[0], null, mod, true);
  return value === null ? null : mk(ctx, i, j, 'DATE', value, s[1].length);
}

const AGO_FORMS = procliticTable(set('منذ قبل'), P12);
/** «من الآن» / «من اليوم» after «قبل N أيام» keep it counted from the publication. */
const NOW_OR_TODAY = set('الان اليوم');

/** «منذ ثلاثة أيام» (three days ago), «قبل عامين» (two years ago): a date resolved from the duration. */
function agoAt(ctx: Ctx, i: number): Found | null {
  const a = ctx.atoms[i];
  if (!a || a.kind !== 'word') return null;
  const s = strip(a.key, AGO_FORMS);
  if (!s || Number.isNaN(ctx.pub)) return null;
  const d = durationAt(ctx, i + 1);
  if (!d) return null;
  const amount = durationAmount(d.value);
  if (!amount) return null;
  let { count: n, unit } = amount;
  // (Years and months count as months: «قبل سنة ونصف» (a year and a half ago) is 18 months back.)
  if (!Number.isInteger(n)) {
    n = Math.round(n * 12);
    unit = 'M';
  }
  // «منذ 20 سنة» is usually "for 20 years": only days and weeks after «منذ» are read as "ago".
  if (s[0] === 'منذ' && (unit === 'Y' || unit === 'M')) return null;
  // «قبل ثلاثة أيام من التصويت» (three days before the vote) counts from an event, not from the
  // publication: only the duration is known.
  const after = ctx.atoms[d.to];
  if (s[0] === 'قبل' && after?.key === 'من' && !NOW_OR_TODAY.has(ctx.atoms[d.to + 1]?.key ?? '')) return d;
  const p = ymd(ctx.pub);
  let value: string;
  switch (unit) {
    case 'D': value = isoDay(ctx.pub - n); break;
    case 'W': value = isoWeek(ctx.pub - 7 * n); break;
    case 'M': { const idx = p.y * 12 + p.m - 1 - n; value = isoMonth(Math.floor(idx / 12), (idx % 12) + 1); break; }
    default: value = yearString(p.y - n);
  }
  const date = mk(ctx, i, d.to, 'DATE', value, s[1].length);
  // «منذ ثلاثة أيام» is "three days ago" for a finished event and "for three days" for a state that
  // goes on; the tense does not tell which, so both readings are given: the date and, inside it, the duration. «قبل ست
  // سنوات» (six years ago) too: annotators write it as the date or as the duration (P6Y) — the blind sets of other outlets
  // have both.
  return s[0] === 'منذ' || s[0] === 'قبل' ? found2(date, d, d.to) : date;
}

const HOUR_NOUN_FORMS = procliticTable(set('الساعه'), P13);
/** A clock time written as a decimal number after «الساعة»: «16,00», «9.30». */
const DECIMAL_CLOCK = /^(\d{1,2})[,.](\d{2})$/;

/** An opening bracket ending the text between two expressions: the second restates the first («(0300 بتوقيت غرينتش)»). */
const OPENING_BRACKET_BEFORE = /\(\s*$/u;
/** «بتوقيت» (by the time of), key: after four digits, a clock time («0300 بتوقيت غرينتش»). */
const BY_TIME = 'بتوقيت';
/** Greenwich as news spells it, keys: «غرينتش», «جرينتش», «غرينيتش». */
const GREENWICH: ReadonlySet<string> = new Set(['غرينتش', 'جرينتش', 'غرينيتش']);

/**
 * Words before an hour written without «الساعة» (the hour): «إلى غاية الثانية بعد الظهر» (until two in the afternoon), «من
 * الخامسة مساء» (from five in the evening), «في حدود العاشرة ليلا» (at about ten at night), «في حوالي التاسعة صباحا» (at about nine in the morning), normalised.
 */
const BEFORE_BARE_HOUR = set('من الي والي حتي وحتي غايه حدود في وفي علي بين تمام حوالي نحو قرابه زهاء');

/**
 * Whether the hour word at `i` («الثانية», «الحادية عشرة») is a clock time without «الساعة»: a preposition of
 * {@link BEFORE_BARE_HOUR} before it and a part of the day after it (which makes «الثانية» the hour, not «the second»).
 */
function bareHourAt(atoms: readonly Atom[], i: number): boolean {
  if (i === 0 || !BEFORE_BARE_HOUR.has(atoms[i - 1]!.key)) return false;
  let j = i + 1;
  if (TEN_START.test(atoms[j]?.key ?? '')) j++;
  const after = atoms[j];
  if (!after || after.kind !== 'word') return false;
  return DAY_PARTS.has(after.key) || (after.key === 'بعد' && NOON_WORDS.test(atoms[j + 1]?.key ?? ''));
}

/** Whether a key is the noun «دقيقة/دقائق» (minute, minutes) of the duration units — not the dual, a count of its own. */
const minuteNoun = (key: string): boolean => {
  const u = UNITS.get(key);
  return u !== undefined && u.unit === 'M' && u.time && u.count === undefined;
};
/** Clock times: «الساعة العاشرة صباحا» T10:00، «الساعة 15:30»، «10:30»، «إلى الثانية بعد الظهر» T14:00. */
function clockAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a) return null;
  let j = i;
  let startOffset = 0;
  let hour: number;
  let minute = 0;
  let decimal: RegExpExecArray | null;
  if (a.kind === 'word') {
    const bareHour = HOURS.has(a.key);
    const s = bareHour ? null : strip(a.key, HOUR_NOUN_FORMS);
    if (s) {
      startOffset = s[1].length;
      j++;
    } else if (!bareHour || !bareHourAt(atoms, i)) return null;
    // (Without «الساعة» the hour is read from `a` itself, below.)
    const h = atoms[j];
    if (!h) return null;
    if (h.kind === 'word' && HOURS.has(h.key)) {
      hour = HOURS.get(h.key)!;
      j++;
      if (hour === 11 && TEN_START.test(atoms[j]?.key ?? '')) j++;
      else if (hour === 2 && TEN_START.test(atoms[j]?.key ?? '')) { hour = 12; j++; }
      else if (hour === 11) return null;
    } else if (h.kind === 'num' && (decimal = DECIMAL_CLOCK.exec(h.key)) !== null && Number(decimal[1]) <= 24 && Number(decimal[2]) < 60) {
      // «الساعة 16,00» / «الساعة 9.30» (four / half past nine): after «الساعة» a decimal number is hours and minutes.
      hour = Number(decimal[1]);
      minute = Number(decimal[2]);
      j++;
    } else if (h.kind === 'num' && Number.isInteger(h.value) && h.value <= 24 && h.key.length <= 2) {
      hour = h.value;
      j++;
      if (atoms[j]?.key === ':' && !atoms[j]!.gap && atoms[j + 1]?.kind === 'num' && atoms[j + 1]!.key.length === 2 && atoms[j + 1]!.value < 60) {
        minute = atoms[j + 1]!.value;
        j += 2;
      } else {
        // «على الساعة 16 و47 دقيقة» (at 16:47): the minutes after «و» (glued or apart), with their noun.
        const m = minutesAfter(atoms, j);
        if (m) [minute, j] = m;
      }
    } else if (h.kind === 'num' && h.digits === 4 && h.key.length === 4 && Math.floor(h.value / 100) < 24 && h.value % 100 < 60) {
      // «الساعة 0755» (at 07:55): after «الساعة», four digits are hours and minutes, as wire copy writes the clock — with
      // «بتوقيت غرينتش» (GMT) when it follows, as below.
      hour = Math.floor(h.value / 100);
      minute = h.value % 100;
      j++;
      if (atoms[j]?.key === BY_TIME) j = GREENWICH.has(atoms[j + 1]?.key ?? '') ? j + 2 : j + 1;
    } else return null;
    const mk2 = atoms[j]?.key;
    const fraction = clockFraction(atoms, j);
    // («الساعة الثامنة و11 دقيقة», at eleven past eight: an hour in words and its minutes in digits.)
    const wordMinutes = minute === 0 && !fraction ? minutesAfter(atoms, j) : null;
    if (wordMinutes) [minute, j] = wordMinutes;
    else if (fraction) { minute = fraction[0]; j += fraction[1]; }
    else if (mk2 === 'الا' && QUARTER_START.test(atoms[j + 1]?.key ?? '')) { minute = 45; hour = (hour + 11) % 12 || 12; j += 2; }
  } else if (a.kind === 'num' && a.key.length === 4 && a.digits === 4 && atoms[i + 1]?.key === BY_TIME && Math.floor(a.value / 100) < 24 && a.value % 100 < 60) {
    // «(0300 بتوقيت غرينتش)» (03:00 GMT), wire copy's clock: four digits, hours then minutes, before «بتوقيت» (by the time of).
    hour = Math.floor(a.value / 100);
    minute = a.value % 100;
    j = GREENWICH.has(atoms[i + 2]?.key ?? '') ? i + 3 : i + 2;
    return mk(ctx, i, j, 'TIME', `T${pad2(hour)}:${pad2(minute)}`);
  } else if (a.kind === 'num' && Number.isInteger(a.value) && a.key.length <= 2 && a.value <= 24) {
    const c = atoms[i + 1];
    const m = atoms[i + 2];
    if (!c || !m || c.key !== ':' || c.gap || m.gap || m.kind !== 'num' || m.key.length !== 2 || m.value >= 60) return null;
    if (atoms[i + 3]?.key === ':' || atoms[i - 1]?.key === ':') return null;
    hour = a.value;
    minute = m.value;
    j = i + 3;
  } else return null;
  const part = atoms[j]?.kind === 'word' ? DAY_PARTS.get(atoms[j]!.key) : undefined;
  if (part) {
    j++;
    hour = inDayPart(hour, part);
    // «الساعة الخامسة مساء والربع» (a quarter past five in the evening): the fraction after the part of the day; so are the
    // minutes in digits, «الساعة الثامنة ليلا و44 دقيقة» (at 20:44).
    const after = minute === 0 ? clockFraction(atoms, j) : null;
    const digitMinutes = minute === 0 && !after ? minutesAfter(atoms, j) : null;
    if (after) { minute = after[0]; j += after[1]; }
    else if (digitMinutes) [minute, j] = digitMinutes;
  } else if (atoms[j]?.key === 'بعد' && NOON_WORDS.test(atoms[j + 1]?.key ?? '')) {
    j += 2;
    if (hour < 12) hour += 12;
  } else if (atoms[j]?.key === 'من' && atoms[j + 1]?.kind === 'word') {
    // «الساعة التاسعة من مساء اليوم الخميس» (at nine in the evening of Thursday): the part of the day that the date
    // after «من» opens with sets the half of the day; the date stays an expression of its own.
    const of = OF_DAY_PART.get(atoms[j + 1]!.key);
    if (of) hour = inDayPart(hour, of);
  } else if (hour < 12) {
    // «مساء اليوم على الساعة الثامنة», «يتواجه الليلة انطلاقا من الساعة الثامنة إلا ربع» (this evening at eight, tonight from a
    // quarter to eight): a part of the day a few words before, in the same clause, sets the half of the day.
    for (let b = i - 1; b >= 0 && b >= i - 5; b--) {
      const k = atoms[b]!.key;
      if (k === WINDOW_BREAK || (atoms[b]!.kind === 'punct' && /^[.،,؛:]$/u.test(k))) break;
      const of = atoms[b]!.kind === 'word' ? OF_DAY_PART.get(k.replace(/^و?(ال)?/u, '')) : undefined;
      if (of) {
        hour = inDayPart(hour, of);
        break;
      }
    }
  }
  if (hour > 24) return null;
  return mk(ctx, i, j, 'TIME', `T${pad2(hour % 24)}:${pad2(minute)}`, startOffset);
}

const NOW_FORMS = procliticTable(NOW, P14);
/** «كل يوم» (every day): one day. */
const DAY_UNIT = { unit: 'D', time: false };
const SET_FORMS = procliticTable(SETS, P15);
const EVERY_FORMS = procliticTable(set('كل'), P4);
const DECADE_FORMS = procliticTable(DECADES, P16);

/** Sets: «يوميا» (daily), «كل أسبوع» (every week) …; decades: «الستينيات». */
function setAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const now = strip(a.key, NOW_FORMS);
  if (now && !(atoms[i + 1]?.key === 'نفسه')) return mk(ctx, i, i + 1, 'DATE', 'PRESENT_REF', now[1].length);
  const s = strip(a.key, SET_FORMS);
  if (s) return mk(ctx, i, i + 1, 'SET', SETS.get(s[0])!, s[1].length);
  const every = strip(a.key, EVERY_FORMS);
  if (every && atoms[i + 1]?.kind === 'word') {
    const u = UNITS.get(atoms[i + 1]!.key);
    if (u && u.count === undefined && SINGULAR_UNITS.has(atoms[i + 1]!.key) || atoms[i + 1]!.key === 'يوم') {
      const v = durationValue(1, u ?? DAY_UNIT);
      if (v) return mk(ctx, i, i + 2, 'SET', v, every[1].length);
    }
  }
  const dec = strip(a.key, DECADE_FORMS);
  if (dec) return mk(ctx, i, i + 1, 'DATE', DECADES.get(dec[0])!, dec[1].length);
  return null;
}

/** Every word a construction can start with, with every proclitic a matcher allows: a cheap filter. */
const withPrefixes = (words: Iterable<string>, prefixes: readonly string[]): Set<string> => {
  const out = new Set<string>();
  for (const w of words) {
    for (const p of prefixes) {
      out.add(p + w);
      // (And «للسنة» for ل + السنة, as in {@link procliticTable}.)
      const form = behindLam(p, w);
      if (form !== null) out.add(form);
    }
  }
  return out;
};
/** «القرن» (the century) may follow these proclitics: «والقرن»، «بالقرن» is «ب» + «القرن». */
const CENTURY_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول'];
const CENTURY_FORMS = procliticTable(set('القرن'), CENTURY_PROCLITICS);
/** «الهجري» (of the Hijra) after a century. */
const HIJRI_ADJECTIVES = set('الهجري هجري');
/** «الميلادي، ميلادي، للميلاد، م» (AD) after a century. */
const CENTURY_ERA = set('ميلادي الميلادي للميلاد م');
/**
 * A century: «القرن التاسع عشر» (the nineteenth century), «القرن العشرين/العشرون», «القرن الحادي/الواحد والعشرين», «القرن الـ19»,
 * «القرن 17 ميلادي» — TIMEX3's two digits of its hundreds: «18», «19», «20», «18», «16». Not a century before Christ,
 * nor one beyond the twenty-first.
 */
function centuryAt(ctx: Ctx, i: number): Found | null {
  const atoms = ctx.atoms;
  const a = atoms[i];
  if (!a || a.kind !== 'word') return null;
  const s = strip(a.key, CENTURY_FORMS);
  if (!s) return null;
  let j = i + 1;
  let n: number;
  const b = atoms[j];
  if (!b || b.gap === false) return null;
  if (b.kind === 'num') {
    // «القرن 19»، «القرن الـ19» (also «ال ـ 19», the article apart) — not a count after the digits: «صفقة القرن 21 بندا».
    if (!Number.isInteger(b.value) || b.digits > 2 || (b.prefix !== '' && !b.prefix.endsWith('ال'))) return null;
    const after = atoms[j + 1];
    // (Digits with the article are an ordinal whatever follows: «القرن الـ21 بلا حدود».)
    if (!b.prefix && after && after.kind === 'word' && after.gap && !CENTURY_ERA.has(after.key) && !after.key.startsWith('ال') && !PARTICLES.has(after.key) && !after.key.startsWith('و')) return null;
    n = b.value;
    j++;
  } else if (b.kind === 'word' && b.key === 'ال') {
    // («ال ـ 21»: the article, a tatweel and the digits apart.)
    const k = atoms[j + 1]?.key === TATWEEL ? j + 2 : j + 1;
    const c = atoms[k];
    if (!c || c.kind !== 'num' || !Number.isInteger(c.value) || c.digits > 2) return null;
    n = c.value;
    j = k + 1;
  } else if (b.kind === 'word') {
    const ordinal = b.key === 'غره' || b.key === 'فاتح' ? null : wordOrdinal(b.key, atoms, j + 1);
    if (!ordinal) return null;
    [n, j] = ordinal;
  } else return null;
  if (n < 1 || n > 21) return null;
  // Before Christ or of the Hijra: left out. An era after it (AD) is part of the expression. (Nor a horn, the other
  // «قرن», first or second, which has an owner: «القرن الثاني لفينس», Vince's second horn — a rhinoceros's; not «القرن
  // التاسع عشر لإلغاء العبودية», in the nineteenth century, for abolishing slavery.)
  const era = atoms[j];
  if (era && era.kind === 'word' && (era.key === 'قبل' || era.key === 'ق' || ERA_AH.has(era.key) || HIJRI_ADJECTIVES.has(era.key))) return null;
  if (n <= 2 && era && era.kind === 'word' && era.key.startsWith('ل') && !era.key.startsWith('لكن') && !CENTURY_ERA.has(era.key)) return null;
  if (era && era.kind === 'word' && CENTURY_ERA.has(era.key) && !(era.key === 'م' && atoms[j + 1]?.key === 'د')) j++;
  return found(mk(ctx, i, j, 'DATE', pad2(n - 1), s[1].length), j);
}

const WORD_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فب', 'ول', 'فل', 'لل', 'ولل', 'منذ', 'خلال', 'لمده', 'في', 'حتي', 'الي', 'من'];
/** Words that anchor a temporal expression (a month, a weekday, a unit …): atoms are built around them. */
const ANCHORS = withPrefixes(
  [
    ...[...MONTH_NAMES.keys()].map((k) => k.split(' ')[0]!), ...WEEKDAYS.keys(), ...YEAR_WORDS, ...DAY_PART_NOUNS, ...UNITS.keys(),
    ...SETS.keys(), ...DECADES.keys(), ...NOW, ...PERIODS, 'شهر', 'يوم', 'امس', 'الامس', 'البارحه', 'غدا', 'غد', 'الغد', 'اليوم', 'الساعه', 'نصف', 'ربع',
  ],
  WORD_PREFIXES,
);
addCandidateWords(ANCHORS, 2, 3);
// Definite duals and parts of the day that open a construction of their own (their article is not a
// proclitic of WORD_PREFIXES).
addCandidateWords(withPrefixes([...DUAL_UNITS.keys(), 'الليله', 'المساء', 'الصباح'], ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'خلال']), 2, 3);
// The first words of the feasts (feastAt) and of the end of a week (weekendAt), with the words of their names after them.
addCandidateWords(withPrefixes([...FEAST_WORDS, ...WEEKEND_WORDS], ['', ...P16]), 2, 4);
// An hour without «الساعة» needs its preposition before it and the part of the day after it (see bareHourAt).
addCandidateWords(HOURS.keys(), 1, 3);
// Month names need three words before them: «الحادي والعشرين من مارس».
addCandidateWords(withPrefixes([...MONTH_NAMES.keys()].map((k) => k.split(' ')[0]!), WORD_PREFIXES), 3, 3);

// «القرن» (the century) with its ordinal after it: «في القرن الحادي والعشرين» (in the twenty-first century).
addCandidateWords(withPrefixes(['القرن'], CENTURY_PROCLITICS), 0, 4);

type Matcher = (ctx: Ctx, i: number) => Found | null;
const DEFINITE = ['ال', 'وال', 'بال', 'فال', 'لل'];
/**
 * Which matchers can start at a word: the normalised forms (with proclitics), and the matchers of
 * each by the form's index. Numbers and an opening bracket go to {@link NUMBER_MATCHERS}; any other
 * word starts nothing and is skipped.
 */
const STARTING_FORMS = new WordIndex();
const WORD_MATCHERS: Matcher[][] = [];
/** The words of {@link STARTING_FORMS}, as a filter that skips most words without a lookup. */
const STARTING_WORDS = new WordFilter();
const starts = (matcher: Matcher, words: Iterable<string>, prefixes: readonly string[] = WORD_PREFIXES): void => {
  for (const w of withPrefixes(words, prefixes)) {
    const list = (WORD_MATCHERS[STARTING_FORMS.add(w)] ??= []);
    if (!list.includes(matcher)) list.push(matcher);
    STARTING_WORDS.add(w);
  }
};
/** The matchers that can start at a word atom, or undefined. */
function wordMatchers(a: Atom): Matcher[] | undefined {
  if (!STARTING_WORDS.mayHave(a)) return undefined;
  const k = STARTING_FORMS.indexOf(a);
  return k >= 0 ? WORD_MATCHERS[k] : undefined;
}
starts(ordinalDayAt, ORDINAL_DAYS.keys());
starts(samePeriodAt, [...DAY_PART_NOUNS, ...SAME_BEFORE_FORMS.keys(), ...SAME_PERIODS.keys()]);
starts(dayPhraseAt, [...DAY_PART_NOUNS, 'امس', 'الامس', 'البارحه', 'غدا', 'غد', 'الغد', 'اليوم', 'اول', 'يوم', ...WEEKDAYS.keys()]);
starts(agoAt, ['منذ', 'قبل']);
starts(centuryAt, ['القرن'], CENTURY_PROCLITICS);
starts(feastAt, FEAST_WORDS, ['', ...P16]);
starts(weekendAt, WEEKEND_WORDS, ['', ...P16]);
starts(clockAt, ['الساعه']);
starts(clockAt, HOURS.keys(), ['']);
starts(monthPhraseAt, ['شهر', ...[...MONTH_NAMES.keys()].map((k) => k.split(' ')[0]!)]);
starts(yearPhraseAt, YEAR_WORDS);
starts(relativePeriodAt, ['هذا', 'هذه', ...PERIODS]);
starts(durationAt, [...UNITS.keys(), 'نصف', 'ربع', ...NUMBER_WORDS.keys()]);
starts(durationAt, NUMBER_WORDS.keys(), DEFINITE);
starts(setAt, [...SETS.keys(), 'كل', ...DECADES.keys(), ...NOW]);
starts(definitePeriodAt, PLURAL_UNITS.keys(), ['', ...P4]);
starts(definiteDualAt, DUAL_UNITS.keys(), ['', ...P4]);
starts(definiteDualAt, DEFINITE_UNITS.keys(), ['']);
starts(partOfDayAt, ['هذا', 'هذه', 'الليله'], ['', ...P4]);
/** Words after a number that can make it part of a time: months, units, era markers, range words. */
const AFTER_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...[...MONTH_NAMES.keys()].map((k) => k.split(' ')[0]!), ...UNITS.keys(), ...ERA_AD, ...ERA_AH, ...NUMBER_WORDS.keys(),
  'الي', 'حتي', 'وحتي', 'والي', 'و', 'من', 'شهر', 'فاصل', 'قبل', 'ق',
]);
const AFTER_NUMBER_PUNCT: ReadonlySet<string> = new Set(['/', '-', '–', '.', ':', ')']);
/** Unit nouns after a number, also with the article or «و»: «3 الأيام»، «5 وأيام». */
const UNIT_AFTER_NUMBER: ReadonlySet<string> = new Set([...UNITS.keys()].flatMap((u) => [u, 'ال' + u, 'و' + u]));
/** Both word sets above as one filter, so that most words after a number need no look-up. */
const AFTER_NUMBER_FILTER = new WordFilter(AFTER_NUMBER_WORDS.size + UNIT_AFTER_NUMBER.size);
for (const w of [...AFTER_NUMBER_WORDS, ...UNIT_AFTER_NUMBER]) AFTER_NUMBER_FILTER.add(w);
/** A cheap test before the number matchers: could the number at `i` begin a time expression? */
function numberMayStartTime(atoms: readonly Atom[], i: number): boolean {
  const a = atoms[i]!;
  if (a.kind !== 'num') return true; // «(»
  if (a.digits === 4 || a.prefix.endsWith('ال') || a.key.length >= 8) return true;
  const next = atoms[i + 1];
  if (!next) return false;
  if (next.kind === 'punct') return AFTER_NUMBER_PUNCT.has(next.key);
  if (next.kind === 'num') return next.prefix === 'و';
  return next.kind === 'word' && AFTER_NUMBER_FILTER.mayHave(next) && (AFTER_NUMBER_WORDS.has(next.key) || UNIT_AFTER_NUMBER.has(next.key));
}

/** Matchers that can start at a number (or a bracket before one), in priority order. */
const NUMBER_MATCHERS: Matcher[] = [rangeAt, dayMonthAt, ordinalDayAt, numericDateAt, clockAt, yearPhraseAt, durationAt];

/**
 * The temporal expressions of one document: the very objects of its `times` layer, in text order
 * (the times stage only drops overlaps), with the atoms each one covers (the quantities stage leaves
 * the numbers inside them out).
 */
export interface RecognizedTimes {
  expressions: TimeExpression[];
  /**
   * First and one-past-last atom index of `expressions[k]`, at `2k` and `2k + 1` (for `k` below
   * `expressions.length`: the array is reused and may be longer).
   */
  atomSpans: Int32Array;
}

/** A document's result, kept for the stage that has not read it yet. */
interface Memo extends RecognizedTimes {
  tokens: object;
  text: string;
  date: string | null;
  /** The times stage has read it: it need not wait in {@link waiting}. */
  taken: boolean;
}
// The quantities stage and the times stage share the result: a one-document slot for the usual case
// (both stages on one document in turn), and a queue of the results waiting for the times stage when
// stages run in batches (all documents through quantities, then all through times), bounded in case
// the times stage never runs. Only the times stage looks into the queue, and it usually finds its
// document at the head. The quantities stage never asks for a waiting result: a document it meets
// again is recognised again, with the same result (a lookup of every new document in a Map keyed by
// the tokens array cost more than all the queue work: the hottest line of recognizeTimes).
let cached: Memo | undefined;
/** The waiting results, in the order they were made, from `waitingHead` to `waitingTail`. */
const waiting: (Memo | undefined)[] = [];
let waitingHead = 0;
let waitingTail = 0;
const MAX_PENDING = 4096;

/**
 * Takes the waiting result for `doc` out of the queue, or undefined. The results queued before it are
 * dropped: the times stage reads documents in the order the quantities stage did, and one that comes
 * later in another order is simply recognised again (as is a document whose result was dropped as stale).
 */
function takeWaiting(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date'>): Memo | undefined {
  for (let k = waitingHead; k < waitingTail; k++) {
    const m = waiting[k]!;
    if (m.tokens !== doc.tokens || m.text !== doc.text || m.date !== doc.date) continue;
    for (let d = waitingHead; d < k; d++) release(waiting[d]!);
    waiting.fill(undefined, waitingHead, k + 1);
    waitingHead = k + 1;
    if (waitingHead === waitingTail) waitingHead = waitingTail = 0;
    return m;
  }
  return undefined;
}

/** Puts a result in the queue (emptied first when full: the oldest results then wait no more). */
function wait(memo: Memo): void {
  if (waitingTail - waitingHead >= MAX_PENDING) {
    waiting.fill(undefined, waitingHead, waitingTail);
    waitingHead = waitingTail = 0;
  }
  waiting[waitingTail++] = memo;
}
// Memo objects and their atom-span arrays are reused once the times stage has read them: in a batch
// they wait from one stage to the next, and fresh ones were a thousand more objects for the collector
// to copy. A memo read by the times stage is only freed at the next call (its caller reads it first).
const freeMemos: Memo[] = [];
let readLast: Memo | undefined;
const release = (memo: Memo): void => {
  if (freeMemos.length < MAX_PENDING) freeMemos.push(memo);
};

/**
 * Every temporal expression in the document, in text order, resolved against `doc.date`, with the
 * atoms it covers (see {@link atomsOf}). `last`: see {@link recognizeTimes}.
 */
export function findTimes(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date'>, last = false): TimeMatch[] {
  const { expressions, atomSpans } = recognizeTimes(doc, last);
  return expressions.map((e, k) => ({ first: atomSpans[2 * k]!, last: atomSpans[2 * k + 1]!, start: e.start, end: e.end, type: e.type, value: e.value }));
}

/**
 * The work of {@link findTimes} for the two stages: computed once per tokens layer and date and shared
 * by the `quantities` and `times` stages; `last` says the caller is the final user of the result (the
 * times stage), so it need not be kept for later. The expressions are built here, in the quantities
 * stage, as the objects the times stage emits: building an intermediate match object per expression
 * and copying it later gave the collector twice as many objects to copy while they wait between the
 * two stages. The result is valid until the next call (its object is reused; the expressions array
 * is not).
 */
export function recognizeTimes(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date'>, last = false): RecognizedTimes {
  if (readLast) {
    release(readLast);
    readLast = undefined;
  }
  if (cached && cached.tokens === doc.tokens && cached.text === doc.text && cached.date === doc.date) {
    if (last) cached.taken = true;
    return cached;
  }
  if (last && waitingTail > waitingHead) {
    const kept = takeWaiting(doc);
    if (kept) {
      readLast = kept;
      return kept;
    }
  }
  // The previous document's result waits for its times stage unless that stage already took it.
  if (cached && cached.tokens !== doc.tokens) {
    if (cached.taken) release(cached);
    else wait(cached);
    cached = undefined;
  }
  const memo = cached ?? freeMemos.pop() ?? { tokens: doc.tokens, text: doc.text, date: doc.date, expressions: [], atomSpans: new Int32Array(16), taken: false };
  memo.tokens = doc.tokens;
  memo.text = doc.text;
  memo.date = doc.date;
  memo.taken = last;
  memo.expressions = recognize(doc, memo);
  cached = memo;
  return memo;
}

/**
 * The layer's objects are made by a constructor, not an object literal: they all survive, and V8 then
 * allocates a literal's later objects straight in the old generation ("pretenuring"), each through a
 * call into the runtime (the costliest line of the recogniser in CPU profiles); objects made by `new`
 * are never pretenured. Their prototype is Object.prototype: plain objects, as the literals were.
 */
const TimeObject = function (this: TimeExpression, start: number, end: number, text: string, type: TimeType, value: string) {
  this.start = start;
  this.end = end;
  this.text = text;
  this.type = type;
  this.value = value;
} as unknown as new (start: number, end: number, text: string, type: TimeType, value: string) => TimeExpression;
(TimeObject as unknown as { prototype: object }).prototype = Object.prototype;

/**
 * The minutes in digits after «و» (glued or apart) at atom `j`, with their noun — «و47 دقيقة», «و 25 دقيقة» —, and the atom
 * after them; or null.
 */
function minutesAfter(atoms: readonly Atom[], j: number): [number, number] | null {
  const m = atoms[j]?.key === 'و' ? j + 1 : j;
  const digits = atoms[m];
  if (digits?.kind !== 'num' || digits.prefix !== (m === j ? 'و' : '') || !Number.isInteger(digits.value) || digits.value >= 60 || !minuteNoun(atoms[m + 1]?.key ?? '')) return null;
  return [digits.value, m + 2];
}

/**
 * «والنصف» (and a half), «والربع» (and a quarter) after an hour, also with «و» written apart («السادسة و النصف»): the
 * minutes and the number of atoms they take, or null.
 */
function clockFraction(atoms: readonly Atom[], j: number): [number, number] | null {
  const joined = atoms[j]?.key;
  // (With or without the article: «الثامنة والنصف» and «الثامنة ونصف», half past eight.)
  if (joined === 'والنصف' || joined === 'ونصف') return [30, 1];
  if (joined === 'والربع' || joined === 'وربع') return [15, 1];
  if (joined !== 'و' || atoms[j + 1]?.gap !== true) return null;
  const next = atoms[j + 1]!.key;
  return next === 'النصف' || next === 'نصف' ? [30, 2] : next === 'الربع' || next === 'ربع' ? [15, 2] : null;
}

/** A sentence's end between a date and a clock time: the clock time is no longer on the date's day. */
const SENTENCE_END = /[.!?\u061f\n]/u;

/**
 * True when `o` is a full date within three atoms of the clock time `t`, in one window of atoms: atoms
 * are built only around candidates, so two windows that look adjacent may be far apart in the text
 * (a break atom, {@link WINDOW_BREAK}, separates them).
 */
function nearDate(o: TimeMatch | undefined, t: TimeMatch): boolean {
  return o !== undefined && o.type === 'DATE' && DAY_VALUE.test(o.value) && withinWindow(o, t);
}

/** True when `o` and `t` are at most three atoms apart, in one window of atoms (see {@link nearDate}). */
function withinWindow(o: TimeMatch, t: TimeMatch): boolean {
  const from = o.first < t.first ? o.last : t.last;
  const to = o.first < t.first ? t.first : o.first;
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (ctx.atoms[k]!.key === WINDOW_BREAK) return false;
  return true;
}

/**
 * The expressions of a document without any (frozen, shared): the times stage then keeps the document's
 * own empty array, one object fewer per such document for the collector to copy.
 */
export const NO_TIMES: TimeExpression[] = Object.freeze([]) as unknown as TimeExpression[];

/** Scratch for the layer being made (emptied after each document). */
const madeScratch: TimeExpression[] = [];

/** The per-document context of the matchers (one object, reused). */
const ctx: Ctx = { text: '', atoms: [], pub: Number.NaN, tokens: [], samePeriods: false };

/**
 * The work of {@link recognizeTimes} without its memo: the expressions of a document, in a new array
 * of their exact number, and their atom spans written to `memo.atomSpans`.
 */
/** The weekday (0 = Sunday) of a match that is only a weekday, with «يوم/يومي» (day, days) before it or not; -1 otherwise. */
function weekdayOnly(f: Found, atoms: readonly Atom[]): number {
  if (f.type !== 'DATE' || f.last - f.first > 2) return -1;
  let weekday = -1;
  for (let k = f.first; k < f.last; k++) {
    const key = atoms[k]!.key;
    const s = strip(key, WEEKDAY_FORMS);
    if (s && weekday < 0) weekday = WEEKDAYS.get(s[0])!;
    else if (!strip(key, DAY_NOUN_FORMS)) return -1;
  }
  return weekday;
}

/** Only spaces and «و» (and): what stands between the weekdays of a pair, and between the dates after them. */
const AND_BETWEEN = /^[\s\u00a0]*(?:و[\s\u00a0]*)?$/u;

/**
 * «يومي الثلاثاء والأربعاء 11 و12 أفريل 2017» (on Tuesday and Wednesday, 11 and 12 April 2017): weekdays joined by «و»
 * right before as many dates are those dates, each one when its weekday agrees (alone, a weekday before its date is one
 * expression already: «الأربعاء 18 جانفي 2017»).
 */
function pairWeekdaysWithDates(head: Found | undefined, atoms: readonly Atom[], text: string): void {
  for (let t = head; t; t = t.after) {
    const first = weekdayOnly(t, atoms);
    if (first < 0) continue;
    const days: Found[] = [t];
    const weekdays: number[] = [first];
    let u = t.after;
    for (let w: number; u && (w = weekdayOnly(u, atoms)) >= 0 && AND_BETWEEN.test(text.slice(days.at(-1)!.end, u.start)); u = u.after) {
      days.push(u);
      weekdays.push(w);
    }
    if (days.length < 2) continue;
    const dates: Found[] = [];
    let end = days.at(-1)!.end;
    while (u && dates.length < days.length && u.type === 'DATE' && DAY_VALUE.test(u.value) && AND_BETWEEN.test(text.slice(end, u.start))) {
      dates.push(u);
      end = u.end;
      u = u.after;
    }
    if (dates.length === days.length && weekdays.every((w, k) => w === weekdayOf(dayNumber(dates[k]!.value)))) days.forEach((d, k) => (d.value = dates[k]!.value));
    t = days.at(-1)!;
  }
}

/** What joins the two ends of a range or a pair of dates: «و» (and), «إلى/حتى/لغاية» (to, until), a dash. */
const RANGE_JOINER = /^[\s\u00a0]*(?:و|وإلى|وحتى|وحتي|ولغاية|إلى|الى|حتى|حتي|لغاية|-|–|—)[\s\u00a0]*$/u;
/** «بين» (between) or «ما بين» right before the first date: «و» then joins the two ends of a range. */
const AFTER_BETWEEN = /(?:^|\s)بين\s*$/u;
/** «و» (and) alone: the two dates are a pair, in one year whatever their order («أفريل ومارس 2017»). */
const AND_ONLY = /^[\s\u00a0]*و[\s\u00a0]*$/u;
const MONTH_OR_DAY_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/;
/**
 * A date written without its year right before one written with it, the two joined as a range or a pair, takes that
 * year: «من فاتح يناير إلى 30 يونيو 2006» (from 1 January to 30 June 2006), «بين 12 يوليو و14 أغسطس 2006», «من
 * يناير إلى يونيو 2006» — or the year before when its month comes later in a range: «من 20 ديسمبر إلى 5 جانفي 2017»
 * (not in a pair joined by «و» alone: «في 20 أكتوبر و3 مارس 2016» is one year; after «بين» the pair is a range).
 */
function shareRangeYears(head: Found | undefined, text: string): void {
  for (let t = head; t; t = t.after) {
    const u = t.after;
    if (!t.yearless || !u || u.yearless || u.type !== 'DATE' || t.type !== 'DATE') continue;
    const between = text.slice(t.end, u.start);
    if (!MONTH_OR_DAY_VALUE.test(t.value) || !MONTH_OR_DAY_VALUE.test(u.value) || !RANGE_JOINER.test(between)) continue;
    // A range: «إلى/حتى» or a dash between the two, or «بين … و …».
    const range = !AND_ONLY.test(between) || AFTER_BETWEEN.test(text.slice(Math.max(0, t.start - 8), t.start));
    const wraps = range && Number(t.value.slice(5, 7)) > Number(u.value.slice(5, 7));
    let year = Number(u.value.slice(0, 4)) - (wraps ? 1 : 0);
    // (A range runs forward: «بين العشرين من يونيو والسابع من الشهر الحالي» in June's copy is last year's 20 June.)
    const common = Math.min(t.value.length, u.value.length);
    if (range && (yearString(year, 4) + t.value.slice(4)).slice(0, common) > u.value.slice(0, common)) year--;
    const value = yearString(year, 4) + t.value.slice(4);
    if (value.length === 10 && !validDate(year, Number(value.slice(5, 7)), Number(value.slice(8, 10)))) continue;
    t.value = value;
    t.yearless = false;
  }
}

/** What may stand between a dated day and a later day of the same story: no sentence's end, no paragraph break. */
const SAME_SENTENCE = /^[^.!?؟\n]{1,80}$/u;
/** How many days after a dated day a yearless one may come and still take its year (see {@link carryYearsForward}). */
const CARRY_DAYS = 31;
/**
 * A day written without its year soon after a day written with one — in the same sentence, and within a month after it — is
 * a day of that year: «أعلنت ألمانيا الحرب على روسيا في 1 اغسطس 1914 ولحقتها بإعلان آخر ضد فرنسا في 3 اغسطس» (3
 * August 1914, not the publication's August), and the day after it too. Not a day further on, which is as often the
 * publication's own time: «القانون الصادر في 12 جانفي 2015 سيدخل حيز التنفيذ يوم 1 مارس» (in force on 1 March of this
 * year). A day before the dated one is left to the publication date.
 */
function carryYearsForward(head: Found | undefined, text: string): void {
  let carried: Found | undefined; // the last day that took its year from the one before it
  for (let t = head; t; t = t.after) {
    const u = t.after;
    if (!u || !u.yearless || t.yearless || t.type !== 'DATE' || u.type !== 'DATE' || !DAY_VALUE.test(t.value) || !DAY_VALUE.test(u.value)) continue;
    const later = yearString(Number(t.value.slice(0, 4)), 4) + u.value.slice(4);
    // (The year written out in the first, or carried to it, not a relative day: «اليوم» has a year only from the
    // publication date.)
    if (later === u.value || later < t.value || !SAME_SENTENCE.test(text.slice(t.end, u.start))) continue;
    if (t !== carried && !text.slice(t.start, t.end).includes(t.value.slice(0, 4))) continue;
    if (dayNumber(later) - dayNumber(t.value) > CARRY_DAYS) continue;
    u.value = later;
    u.yearless = false;
    carried = u;
  }
}

/** The result of {@link resolveSamePeriods}: one object, valid until its next call. */
const samePeriods: { head: Found | undefined; dropped: number } = { head: undefined, dropped: 0 };
/**
 * «نفس اليوم»، «نفس الشهر»، «نفس السنة»، «يوم 29 من نفس الشهر» (the same day, month, year; the 29th of the same month): the
 * period of the last date before it that names one, or no time at all when none does (a day of the same month is then the day
 * alone, XXXX-XX-29, as TIMEX3 writes it). A day named from the publication date only («اليوم», «أمس», «الخميس») is the same
 * day's referent, never a month's or a year's: «انطلقت يوم 5 مارس 2016 وتتواصل يومي الثلاثاء والأربعاء 22 و23 من نفس الشهر» is
 * March 2016. A month before «من نفس السنة» takes that year («شهر جانفي من نفس السنة»). The list's new head and the number
 * of matches dropped are in {@link samePeriods}.
 */
function resolveSamePeriods(head: Found | undefined, text: string): void {
  let dropped = 0;
  let dayBefore: string | null = null;
  let monthBefore: string | null = null;
  let yearBefore: string | null = null;
  for (let prev: Found | undefined, t = head; t; ) {
    const next = t.after;
    if (t.value.startsWith(SAME_MONTH_DAY)) {
      const day = t.value.slice(SAME_MONTH_DAY.length);
      t.value = monthBefore !== null && validDate(Number(monthBefore.slice(0, 4)), Number(monthBefore.slice(5, 7)), Number(day)) ? `${monthBefore}-${day}` : `XXXX-XX-${day}`;
    } else if (t.value === SAME_DAY || t.value === SAME_MONTH_VALUE || t.value === SAME_YEAR) {
      const value = t.value === SAME_DAY ? dayBefore : t.value === SAME_MONTH_VALUE ? monthBefore : yearBefore;
      if (value === null) {
        if (prev) prev.after = next;
        else head = next;
        dropped++;
        t = next;
        continue;
      }
      t.value = value;
      // «يناير من السنة ذاتها»، «شهر جانفي من نفس السنة» (January of the same year): the month before takes that year, and is
      // the month and day that follow refer to.
      if (t.value.length === 4 && prev && prev.yearless && prev.type === 'DATE' && DATE_WITH_YEAR.test(prev.value) && OF_BETWEEN.test(text.slice(prev.end, t.start))) {
        prev.value = t.value + prev.value.slice(4);
        if (prev.value.length >= 7) monthBefore = prev.value.slice(0, 7);
        if (prev.value.length === 10) dayBefore = prev.value;
      }
    }
    if (t.type === 'DATE' && DATE_WITH_YEAR.test(t.value)) {
      // (A month or day without its year has the publication's, which «the same year» does not mean: «في ديسمبر 2005 ثم
      // في يناير من السنة ذاتها» is January 2005.)
      if (!t.yearless && !t.relative) yearBefore = t.value.slice(0, 4);
      if (t.value.length >= 7 && !t.relative) monthBefore = t.value.slice(0, 7);
      if (t.value.length === 10) dayBefore = t.value;
    }
    prev = t;
    t = next;
  }
  samePeriods.head = head;
  samePeriods.dropped = dropped;
}

function recognize(doc: Pick<AnalysisDocument, 'text' | 'tokens' | 'date'>, memo: Memo): TimeExpression[] {
  const atoms = atomsOf(doc);
  const pub = doc.date ? dayNumber(doc.date) : Number.NaN;
  ctx.text = doc.text;
  ctx.atoms = atoms;
  ctx.pub = pub;
  ctx.tokens = doc.tokens;
  ctx.samePeriods = false;
  // The matches kept, as a list through `after` (no array to grow for each document).
  let head: Found | undefined;
  let tail: Found | undefined;
  let count = 0;
  for (let i = 0; i < atoms.length; ) {
    const a = atoms[i]!;
    // Every construction starts with a number, an opening bracket or a word of a lexicon.
    const matchers =
      a.kind === 'num' || (a.kind === 'punct' && a.key === '(')
        ? numberMayStartTime(atoms, i) ? NUMBER_MATCHERS : undefined
        : a.kind === 'word' ? wordMatchers(a) : undefined;
    if (!matchers) {
      i++;
      continue;
    }
    let best: Found | null = null;
    for (let k = 0; k < matchers.length; k++) {
      const f = matchers[k]!(ctx, i);
      if (f && (!best || f.to > best.to)) best = f;
    }
    if (best) {
      for (let m: Found | undefined = best; m; m = m.next) {
        if (m.end <= m.start) continue;
        if (tail) tail.after = m;
        else head = m;
        tail = m;
        count++;
      }
      i = best.to;
    } else i++;
  }
  pairWeekdaysWithDates(head, atoms, doc.text);
  shareRangeYears(head, doc.text);
  weekdayYears(head, pub);
  carryYearsForward(head, doc.text);
  if (ctx.samePeriods) {
    resolveSamePeriods(head, doc.text);
    head = samePeriods.head;
    count -= samePeriods.dropped;
    // (A weekday pairs with a day of «the same month» only once that day is known.)
    pairWeekdaysWithDates(head, atoms, doc.text);
  }
  // A clock time is on the day of a full date right before or after it («يوم الأحد 23 أفريل من الساعة
  // الثامنة»، «الساعة الثامنة من صباح اليوم»), or on the day of the clock time just before it that
  // has one from a date (the end of a range: «… من الساعة الثامنة صباحا إلى الساعة الثانية بعد
  // الزوال»), else on the publication day: «2017-04-23T08:00».
  // Further from its date, a clock time is still on the day the sentence named before it: «سينقطع التيار يوم الأحد 19 فيفري
  // 2017، بسبب أشغال صيانة من الساعة الثامنة صباحا» (the power will be cut on Sunday 19 February, for works, from eight).
  let dated: Found | undefined; // the last clock time whose day came from a date
  let lastDay: Found | undefined; // the last full date so far
  for (let prev: Found | undefined, t = head; t; prev = t, t = t.after) {
    if (t.type === 'DATE' && DAY_VALUE.test(t.value)) lastDay = t;
    if (t.type !== 'TIME' || !t.value.startsWith('T')) continue;
    // (The clock time right before, dated, in brackets, before a date after: «يوم الاثنين في الساعة الرابعة صباحا بالتوقيت
    // المحلي (0300 بتوقيت غرينتش) وينهون الإضراب يوم الثلاثاء» — the same moment in GMT, on Monday. Not the end of a range,
    // «… وإلى غاية الساعة الخامسة من صباح الأحد 21 اوت», whose date follows it.)
    const sameMoment = dated !== undefined && dated === prev && withinWindow(prev, t) && OPENING_BRACKET_BEFORE.test(doc.text.slice(prev.end, t.start));
    const near = nearDate(prev, t) ? prev : !sameMoment && nearDate(t.after, t) ? t.after : undefined;
    let day = near ? near.value : null;
    if (day === null && dated !== undefined && dated === prev && withinWindow(prev, t)) day = prev.value.slice(0, 10);
    if (day === null && lastDay !== undefined && !SENTENCE_END.test(doc.text.slice(lastDay.end, t.start))) day = lastDay.value;
    if (day !== null) dated = t;
    else day = Number.isNaN(pub) ? null : isoDay(pub);
    if (day) t.value = day + t.value;
  }
  // The layer in an array of its exact size, copied by slice() from a scratch array that keeps its
  // capacity: an array literal or `new Array` whose arrays all survive would be pretenured (see
  // TimeObject), and a grown array keeps spare slots.
  const made = madeScratch;
  // A typed array that only grows: cutting a plain array's length made V8 trim and regrow its store.
  if (memo.atomSpans.length < 2 * count) memo.atomSpans = new Int32Array(4 * count);
  const atomSpans = memo.atomSpans;
  let k = 0;
  for (let m = head; m; m = m.after, k++) {
    const text = spanText(doc.text, m.start, m.end, m.last === m.first + 1 ? atoms[m.first] : undefined);
    made[k] = new TimeObject(m.start, m.end, text, m.type, m.value);
    atomSpans[2 * k] = m.first;
    atomSpans[2 * k + 1] = m.last;
  }
  if (count === 0) return NO_TIMES;
  const layer = made.slice(0, count);
  made.fill(undefined as unknown as TimeExpression, 0, count);
  return layer;
}
