/**
 * Calendar knowledge for the `times` stage: month names of every Arabic calendar system (from CLDR,
 * see src/dates/data/calendar.json) plus spelling variants, weekdays, Hijri → Gregorian conversion with
 * Intl's islamic-umalqura calendar, and small date arithmetic on `YYYY-MM-DD` strings.
 */
import data from './data/calendar.json' with { type: 'json' };
import { fold } from '../numbers/atoms.ts';

/** A month name's meaning. */
export interface MonthName {
  month: number;
  calendar: 'gregorian' | 'hijri';
  /** Also an ordinary word or name (مارس "practised", آب/أب "father", رمضان, رجب …): needs a date context. */
  ambiguous: boolean;
}

const MONTHS = new Map<string, MonthName>();
const setMonth = (name: string, month: number, calendar: MonthName['calendar'], ambiguous = false): void => {
  const key = fold(name);
  if (!MONTHS.has(key)) MONTHS.set(key, { month, calendar, ambiguous });
};
// Ambiguous words first, so the CLDR loop below does not mark them unambiguous.
for (const [name, month] of [['مارس', 3], ['ماي', 5], ['آب', 8], ['أب', 8], ['نيسان', 4], ['أغسطس', 8], ['تموز', 7], ['صفر', 2], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['محرم', 1], ['شوال', 10]] as const) {
  setMonth(name, month, name === 'صفر' || name === 'رجب' || name === 'شعبان' || name === 'رمضان' || name === 'محرم' || name === 'شوال' ? 'hijri' : 'gregorian', true);
}
for (const system of (data as { gregorian: { months: string[] }[] }).gregorian) system.months.forEach((m, i) => setMonth(m, i + 1, 'gregorian'));
(data as { hijri: string[] }).hijri.forEach((m, i) => setMonth(m, i + 1, 'hijri'));
// Spelling variants news use beside the CLDR names.
const VARIANTS: [string, number][] = [
  ['ينير', 1], ['يناير', 1], ['كانون ثاني', 1], ['كانون الثانى', 1], ['فبرير', 2], ['ابريل', 4], ['إبريل', 4], ['نيسان', 4], ['مايس', 5],
  ['يونيه', 6], ['يوليه', 7], ['جويليه', 7], ['اغسطس', 8], ['أغشت', 8], ['اوت', 8], ['سبتمر', 9], ['شتمبر', 9],
  ['تشرين أول', 10], ['تشرين اول', 10], ['اكتوبر', 10], ['أكتوبر', 10], ['تشرين ثاني', 11], ['نوفمبر', 11], ['كانون أول', 12], ['كانون اول', 12],
  ['ديسمبر', 12], ['دجمبر', 12],
];
for (const [name, month] of VARIANTS) setMonth(name, month, 'gregorian');
const HIJRI_VARIANTS: [string, number][] = [
  ['المحرم', 1], ['ربيع أول', 3], ['ربيع الاول', 3], ['ربيع الثاني', 4], ['ربيع ثاني', 4], ['ربيع الآخر', 4], ['جمادى الأول', 5], ['جمادى الاولى', 5],
  ['جمادى الثانية', 6], ['جمادى الثاني', 6], ['جمادى الآخر', 6], ['ذي القعدة', 11], ['ذو القعدة', 11], ['ذى القعدة', 11], ['ذي الحجة', 12], ['ذو الحجة', 12], ['ذى الحجة', 12],
];
for (const [name, month] of HIJRI_VARIANTS) setMonth(name, month, 'hijri');

/** Month names by normalised form; two-word names (كانون الثاني، ذو القعدة) joined by one space. */
export const MONTH_NAMES: ReadonlyMap<string, MonthName> = MONTHS;
/** First words of two-word month names. */
export const MONTH_FIRST_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** Weekday names (with the article, normalised) → 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [...(data as { weekdays: string[] }).weekdays.map((d, i) => [fold(d), i] as const), ['الإثنين', 1] as const, ['الاتنين', 1] as const].map(([d, i]) => [fold(d), i]),
);

// ----- date arithmetic on UTC days -----

const DAY = 86_400_000;

// Date arithmetic without Date objects: the stages resolve a few thousand dates per thousand articles,
// and a Date plus an ISO string per value was a good part of the recogniser's allocations. Integer
// day numbers of years 100–9999 take the arithmetic path (proleptic Gregorian, as Date is); anything
// else (Date.UTC reads years 0–99 as 1900–1999, toISOString writes other years with six digits)
// goes through Date as before. The output strings are kept in small tables: the same few dates recur
// in every article, and a string that is already old costs the collector nothing when a layer keeps it.
/** Day number of 0100-01-01 and of 9999-12-31. */
const FAST_MIN_DAY = -683003;
const FAST_MAX_DAY = 2932896;
/** Days from 1970-01-01 to the first of month `m` (1–12) of year `y` (H. Hinnant's days_from_civil). */
function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
// The components of the last day split by `civil` (a scratch, so that callers allocate nothing).
let civilY = 0;
let civilM = 0;
let civilD = 0;
/** Splits an integer day number into {@link civilY}, {@link civilM}, {@link civilD} (H. Hinnant's civil_from_days). */
function civil(day: number): void {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  civilD = doy - Math.floor((153 * mp + 2) / 5) + 1;
  civilM = mp < 10 ? mp + 3 : mp - 9;
  civilY = yoe + era * 400 + (civilM <= 2 ? 1 : 0);
}
const fastDay = (day: number): boolean => Number.isInteger(day) && day >= FAST_MIN_DAY && day <= FAST_MAX_DAY;
const fastYear = (y: number): boolean => Number.isInteger(y) && y >= 100 && y <= 9999;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A bounded table of output strings by an integer key. */
class StringTable {
  private readonly map = new Map<number, string>();
  get(key: number): string | undefined {
    return this.map.get(key);
  }
  set(key: number, value: string): string {
    if (this.map.size >= 20_000) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
const DAY_STRINGS = new StringTable();
const DATE_STRINGS = new StringTable();
const MONTH_STRINGS = new StringTable();
const WEEK_STRINGS = new StringTable();
const YEAR_STRINGS: string[] = [];

/** The number written with `n` ASCII digits at `s[from]`, or -1. */
function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i); // NaN past the end
    if (!(c >= 48 && c <= 57)) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}
let lastIso: string | undefined;
let lastIsoDay = Number.NaN;
/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or NaN. */
export function dayNumber(iso: string): number {
  // One publication date serves many calls in a row.
  if (iso === lastIso) return lastIsoDay;
  let day: number;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  if (y >= 100 && m >= 1 && m <= 12 && d >= 0 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) day = civilDay(y, m, d);
  else {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY : Number.NaN;
  }
  lastIso = iso;
  lastIsoDay = day;
  return day;
}
/** `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  if (!fastDay(day)) return new Date(day * DAY).toISOString().slice(0, 10);
  const hit = DAY_STRINGS.get(day);
  if (hit !== undefined) return hit;
  civil(day);
  return DAY_STRINGS.set(day, `${pad(civilY, 4)}-${pad(civilM)}-${pad(civilD)}`);
}
/** Components of a day number. */
export function ymd(day: number): { y: number; m: number; d: number; weekday: number } {
  if (fastDay(day)) {
    civil(day);
    return { y: civilY, m: civilM, d: civilD, weekday: weekdayOf(day) };
  }
  const date = new Date(day * DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}
/** The year of a day number (as `ymd(day).y`). */
export function yearOf(day: number): number {
  if (!fastDay(day)) return ymd(day).y;
  civil(day);
  return civilY;
}
/** The weekday of an integer day number, 0 = Sunday (1970-01-01 was a Thursday). */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
/** The weekday of a day number, 0 = Sunday (as `ymd(day).weekday`). */
export function weekday(day: number): number {
  return fastDay(day) ? weekdayOf(day) : ymd(day).weekday;
}
/** True when the Gregorian date exists. */
export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (fastYear(y) && Number.isInteger(m) && Number.isInteger(d)) return d <= (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m]!);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** `Date.UTC(y, m - 1, d) / DAY` for a date that {@link validDate} accepted. */
export function dayOf(y: number, m: number, d: number): number {
  return fastYear(y) && Number.isInteger(m) && Number.isInteger(d) ? civilDay(y, m, d) : Date.UTC(y, m - 1, d) / DAY;
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** `YYYY-MM-DD`. */
export function isoDate(y: number, m: number, d: number): string {
  if (!(fastYear(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const key = (y * 16 + m) * 32 + d;
  return DATE_STRINGS.get(key) ?? DATE_STRINGS.set(key, `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}
/** `YYYY-MM`. */
export function isoMonth(y: number, m: number): string {
  if (!(Number.isInteger(y) && y >= 0 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12)) return `${pad(y, 4)}-${pad(m)}`;
  const key = y * 16 + m;
  return MONTH_STRINGS.get(key) ?? MONTH_STRINGS.set(key, `${pad(y, 4)}-${pad(m)}`);
}
/** `String(y)`, or with `width` its zero-padded form (`String(y).padStart(width, '0')`). */
export function yearString(y: number, width = 0): string {
  if (!(Number.isInteger(y) && y >= 1000 && y <= 9999)) return String(y).padStart(width, '0');
  return (YEAR_STRINGS[y - 1000] ??= String(y));
}
/** ISO 8601 week of a day: `2017-W07`. */
export function isoWeek(day: number): string {
  const fast = fastDay(day);
  const hit = fast ? WEEK_STRINGS.get(day) : undefined;
  if (hit !== undefined) return hit;
  const thursday = day - ((weekday(day) + 6) % 7) + 3; // the Thursday of the same ISO week
  const y = yearOf(thursday);
  const week = `${y}-W${pad(Math.floor((thursday - dayOf(y, 1, 1)) / 7) + 1)}`;
  return fast ? WEEK_STRINGS.set(day, week) : week;
}

// ----- Hijri → Gregorian with Intl's islamic-umalqura calendar -----

let hijriFormat: Intl.DateTimeFormat | undefined;

/** The Hijri date Intl gives for a day number (slow: used only to build the month tables). */
function intlHijri(day: number): { y: number; m: number; d: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = hijriFormat.formatToParts(new Date(day * DAY));
  const get = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? 'NaN', 10);
  return { y: get('year'), m: get('month'), d: get('day') };
}

const monthTables = new Map<number, number[] | null>();
/**
 * The first day (day number) of each month of Hijri year `y`, plus the first day of the next year:
 * 13 values, built lazily from Intl's islamic-umalqura calendar (about 30 look-ups a year) and cached.
 * Null outside the range Intl supports.
 */
function monthStarts(y: number): number[] | null {
  const hit = monthTables.get(y);
  if (hit !== undefined) return hit;
  let table: number[] | null = null;
  if (y >= 1 && y <= 2000) {
    // Mean lunar calendar: 1 Muharram 1 AH ≈ 622-07-16 (day -492148); correct with Intl.
    let day = Math.round(-492148 + (y - 1) * 354.36707);
    for (let step = 0; step < 8; step++) {
      const h = intlHijri(day);
      if (Number.isNaN(h.y)) break;
      const diff = (y - h.y) * 354 + (1 - h.m) * 29.5 + (1 - h.d);
      if (diff === 0) {
        table = [day];
        break;
      }
      day += Math.round(diff) || (diff > 0 ? 1 : -1);
    }
    if (table) {
      for (let m = 2; m <= 13; m++) {
        // A month has 29 or 30 days: day 30 of the previous month, or day 1 of this one.
        const candidate = table[m - 2]! + 29;
        table.push(intlHijri(candidate).d === 1 ? candidate : candidate + 1);
      }
    }
  }
  monthTables.set(y, table);
  return table;
}

/** The Hijri (Umm al-Qura) date of a day number. */
export function toHijri(day: number): { y: number; m: number; d: number } {
  let y = Math.floor((day + 492148) / 354.36707) + 1;
  for (let tries = 0; tries < 3; tries++) {
    const t = monthStarts(y);
    if (!t) return intlHijri(day);
    if (day < t[0]!) y--;
    else if (day >= t[12]!) y++;
    else {
      let m = 1;
      while (day >= t[m]!) m++;
      return { y, m, d: day - t[m - 1]! + 1 };
    }
  }
  return intlHijri(day);
}

/**
 * The Gregorian day number of a Hijri date (Umm al-Qura as computed by Intl), or NaN when the date
 * does not exist.
 */
export function fromHijri(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 30) return Number.NaN;
  const t = monthStarts(y);
  if (!t) return Number.NaN;
  const day = t[m - 1]! + d - 1;
  return day < t[m]! ? day : Number.NaN;
}
