/**
 * Extracts the small calendar and currency tables khabar needs from the CLDR npm packages
 * (dev dependencies, Unicode licence) into committed JSON files beside the code that uses them:
 *
 * - `src/dates/data/calendar.json`: Gregorian month names of every Arabic CLDR locale (the Egyptian/Gulf
 *   يناير…, Levantine كانون الثاني…, Maghrebi جانفي… and Moroccan يوليوز… systems), Hijri month names
 *   and weekday names;
 * - `src/numbers/data/currencies.json`: Arabic currency names (singular, dual and plural forms) by
 *   ISO 4217 code, for the currencies Node's Intl still lists.
 *
 *   node --import tsx scripts/build-calendar-data.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'));

interface CalendarJson {
  main: Record<string, { dates: { calendars: Record<string, {
    months: Record<'format' | 'stand-alone', { wide: Record<string, string> }>;
    days?: Record<'format' | 'stand-alone', { wide: Record<string, string> }>;
  }> } }>;
}

const datesDir = dirname(require.resolve('cldr-dates-full/package.json'));
const locales = readdirSync(join(datesDir, 'main')).filter((l) => l === 'ar' || l.startsWith('ar-')).sort();

// Month systems: one entry per distinct list of twelve names, with the locales that use it.
const systems = new Map<string, { locales: string[]; months: string[] }>();
let weekdays: string[] = [];
for (const locale of locales) {
  const json = readJson(`cldr-dates-full/main/${locale}/ca-gregorian.json`) as CalendarJson;
  const calendar = json.main[locale]!.dates.calendars.gregorian!;
  for (const context of ['format', 'stand-alone'] as const) {
    const months = Array.from({ length: 12 }, (_, i) => calendar.months[context].wide[String(i + 1)]!);
    const key = months.join('|');
    const system = systems.get(key) ?? { locales: [], months };
    if (!system.locales.includes(locale)) system.locales.push(locale);
    systems.set(key, system);
  }
  if (locale === 'ar') {
    const days = calendar.days!.format.wide;
    weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => days[d]!);
  }
}

const islamic = readJson('cldr-cal-islamic-full/main/ar/ca-islamic.json') as CalendarJson;
const hijri = Array.from({ length: 12 }, (_, i) => islamic.main.ar!.dates.calendars.islamic!.months.format.wide[String(i + 1)]!);

const calendar = {
  source: 'CLDR (cldr-dates-full, cldr-cal-islamic-full), Unicode licence; built by scripts/build-calendar-data.ts',
  gregorian: [...systems.values()],
  hijri,
  weekdays,
};
writeFileSync(join(root, 'src/dates/data/calendar.json'), JSON.stringify(calendar, null, 1) + '\n');

interface CurrenciesJson {
  main: { ar: { numbers: { currencies: Record<string, Record<string, string>> } } };
}
const current = new Set(Intl.supportedValuesOf('currency'));
const currencies = (readJson('cldr-numbers-full/main/ar/currencies.json') as CurrenciesJson).main.ar.numbers.currencies;
const names: Record<string, string[]> = {};
for (const [code, entry] of Object.entries(currencies)) {
  if (!current.has(code)) continue;
  const forms = new Set<string>();
  for (const [key, value] of Object.entries(entry)) if (key.startsWith('displayName') && /\p{Script=Arabic}/u.test(value)) forms.add(value);
  if (forms.size) names[code] = [...forms];
}
writeFileSync(
  join(root, 'src/numbers/data/currencies.json'),
  JSON.stringify({ source: 'CLDR (cldr-numbers-full, ar), Unicode licence; built by scripts/build-calendar-data.ts', names }, null, 0) + '\n',
);
console.log(`calendar: ${systems.size} Gregorian month systems from ${locales.length} locales; currencies: ${Object.keys(names).length}`);
