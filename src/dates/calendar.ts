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
/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or NaN. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : Number.NaN;
}
/** `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
/** Components of a day number. */
export function ymd(day: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(day * DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
}
/** True when the Gregorian date exists. */
export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** `YYYY-MM-DD`. */
export const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** `YYYY-MM`. */
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
/** ISO 8601 week of a day: `2017-W07`. */
export function isoWeek(day: number): string {
  const { weekday } = ymd(day);
  const thursday = day - ((weekday + 6) % 7) + 3; // the Thursday of the same ISO week
  const { y } = ymd(thursday);
  const jan1 = Date.UTC(y, 0, 1) / DAY;
  return `${y}-W${pad(Math.floor((thursday - jan1) / 7) + 1)}`;
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
