/**
 * Currency names → ISO 4217 codes, from CLDR's Arabic display names (src/numbers/data/currencies.json,
 * built by scripts/build-calendar-data.ts) plus the plural and colloquial forms CLDR lacks.
 */
import type { Token } from '../document.ts';
import type { Atom } from './atoms.ts';
import data from './data/currencies.json' with { type: 'json' };
import { fold } from './atoms.ts';
import { wordFilterOf, type WordFilter } from '../text/word-filter.ts';

const ARTICLES = ['وال', 'بال', 'ال'];
const ADJECTIVE_ENDINGS = ['يتين', 'يتان', 'يين', 'يون', 'يان', 'يه', 'يا'];

/**
 * Strips the article and the inflection of a nationality adjective so that all its forms meet:
 * «التونسية»، «تونسيا»، «تونسيين» → «تونسي».
 */
export function adjectiveStem(key: string): string {
  let k = key;
  for (let n = 0; n < ARTICLES.length; n++) {
    const p = ARTICLES[n]!;
    if (k.startsWith(p) && k.length > p.length + 2) {
      k = k.slice(p.length);
      break;
    }
  }
  // Every ending keeps its first letter, the «ي» of the nisba: «تونسيين» → «تونسي».
  for (let n = 0; n < ADJECTIVE_ENDINGS.length; n++) {
    const suffix = ADJECTIVE_ENDINGS[n]!;
    if (k.endsWith(suffix) && k.length > suffix.length + 2) return k.slice(0, k.length - suffix.length + 1);
  }
  return k;
}

/** Plural, dual and accusative forms of currency nouns, by normalised form → the CLDR head noun. */
const HEAD_FORMS: Record<string, string> = {};
for (const [head, forms] of Object.entries({
  'دولار': 'دولارا دولارات دولاران دولارين',
  'دينار': 'دينارا دنانير ديناران دينارين دينارات',
  'ريال': 'ريالا ريالات ريالان ريالين',
  'درهم': 'درهما دراهم درهمان درهمين',
  'جنيه': 'جنيها جنيهات جنيهان جنيهين',
  'ليره': 'ليرات ليرتان ليرتين',
  'يورو': 'اورو يوروهات',
  'روبل': 'روبلا روبلات',
  'فرنك': 'فرنكا فرنكات',
  'روبيه': 'روبيات',
  'شيكل': 'شيكلا شيكلات شواكل',
  'يوان': 'يوانا',
})) {
  HEAD_FORMS[head] = head;
  for (const f of forms.split(' ')) HEAD_FORMS[f] = head;
}

/** Head noun → nationality adjective stem → code. */
const BY_HEAD = new Map<string, Map<string, string>>();
const addName = (code: string, name: string): void => {
  const words = name.split(/\s+/).map(fold);
  const head = HEAD_FORMS[words[0]!] ?? words[0]!;
  HEAD_FORMS[words[0]!] ??= head;
  const adjectives = BY_HEAD.get(head) ?? new Map<string, string>();
  BY_HEAD.set(head, adjectives);
  const adjective = words[1] ? adjectiveStem(words[1]) : '';
  if (!adjectives.has(adjective)) adjectives.set(adjective, code);
};
for (const [code, names] of Object.entries((data as { names: Record<string, string[]> }).names)) {
  for (const name of names) addName(code, name);
}
// Forms news use that CLDR spells otherwise: «ليرة لبنانية» (CLDR: جنيه لبناني), «دولار أميركي».
addName('LBP', 'ليرة لبنانية');
addName('USD', 'دولار أميركي');
addName('GBP', 'جنيه استرليني');

/**
 * {@link HEAD_FORMS} as a Map, with every form also under its article («الدولار»): one lookup where
 * the article was cut off the word (a new string) for a second one. A form written with the article
 * that is itself a head form keeps its own entry.
 */
const HEAD_LOOKUP = new Map<string, string>(Object.entries(HEAD_FORMS));
for (const [form, head] of Object.entries(HEAD_FORMS)) if (!HEAD_LOOKUP.has('ال' + form)) HEAD_LOOKUP.set('ال' + form, head);
/** The currency nouns as a filter: most words after a number are ruled out by their hash. */
const HEAD_FILTER = wordFilterOf(HEAD_LOOKUP.keys());

/** A bare head noun that names one currency wherever it is used. */
const DEFAULTS: Record<string, string> = { 'دولار': 'USD', 'يورو': 'EUR', 'ين': 'JPY', 'يوان': 'CNY', 'روبل': 'RUB', 'شيكل': 'ILS' };

/** Countries whose currency shares a head noun with others' (دينار، ريال، درهم، جنيه، ليرة). */
export const COUNTRY_CURRENCIES: readonly { code: string; head: string; names: readonly string[]; adjective: string; tlds: readonly string[] }[] = [
  // names: the country, its capital and big cities, its news agency (normalised); ambiguous ones left
  // out (عمان is Oman and Amman, طرابلس is in Libya and Lebanon, «المملكة» is several kingdoms).
  // (Tunisia: also its governorates' seats and «معتمدية» (delegation), an administrative unit of Tunisia's alone — not «الكاف»,
  // also the African football confederation, nor «قبلي», also «before me».)
  {
    code: 'TND',
    head: 'دينار',
    names: ['تونس', 'صفاقس', 'سوسه', 'القيروان', 'بنزرت', 'قابس', 'وات', 'المنستير', 'نابل', 'المهديه', 'قفصه', 'القصرين', 'مدنين', 'جندوبه', 'باجه', 'سليانه', 'توزر', 'تطاوين', 'زغوان', 'منوبه', 'اريانه', 'جربه', 'بوزيد', 'معتمديه'],
    adjective: 'تونسي',
    tlds: ['tn'],
  },
  { code: 'IQD', head: 'دينار', names: ['العراق', 'بغداد', 'البصره', 'الموصل', 'اربيل', 'واع'], adjective: 'عراقي', tlds: ['iq'] },
  { code: 'KWD', head: 'دينار', names: ['الكويت', 'كونا'], adjective: 'كويتي', tlds: ['kw'] },
  { code: 'JOD', head: 'دينار', names: ['الاردن', 'بترا', 'الزرقاء', 'اربد'], adjective: 'اردني', tlds: ['jo'] },
  { code: 'LYD', head: 'دينار', names: ['ليبيا', 'بنغازي', 'مصراته'], adjective: 'ليبي', tlds: ['ly'] },
  { code: 'DZD', head: 'دينار', names: ['الجزائر', 'وهران', 'قسنطينه', 'عنابه'], adjective: 'جزائري', tlds: ['dz'] },
  { code: 'BHD', head: 'دينار', names: ['البحرين', 'المنامه'], adjective: 'بحريني', tlds: ['bh'] },
  { code: 'SAR', head: 'ريال', names: ['السعوديه', 'الرياض', 'جده', 'مكه', 'الدمام', 'واس'], adjective: 'سعودي', tlds: ['sa'] },
  { code: 'QAR', head: 'ريال', names: ['قطر', 'الدوحه', 'قنا'], adjective: 'قطري', tlds: ['qa'] },
  { code: 'OMR', head: 'ريال', names: ['سلطنه', 'مسقط'], adjective: 'عماني', tlds: ['om'] },
  { code: 'YER', head: 'ريال', names: ['اليمن', 'صنعاء', 'عدن'], adjective: 'يمني', tlds: ['ye'] },
  { code: 'IRR', head: 'ريال', names: ['ايران', 'طهران'], adjective: 'ايراني', tlds: ['ir'] },
  { code: 'AED', head: 'درهم', names: ['الامارات', 'ابوظبي', 'دبي', 'الشارقه', 'وام'], adjective: 'اماراتي', tlds: ['ae'] },
  { code: 'MAD', head: 'درهم', names: ['المغرب', 'الرباط', 'مراكش', 'طنجه', 'فاس', 'اكادير', 'البيضاء'], adjective: 'مغربي', tlds: ['ma'] },
  { code: 'EGP', head: 'جنيه', names: ['مصر', 'القاهره', 'الاسكندريه'], adjective: 'مصري', tlds: ['eg'] },
  { code: 'SDG', head: 'جنيه', names: ['السودان', 'الخرطوم'], adjective: 'سوداني', tlds: ['sd'] },
  { code: 'LBP', head: 'ليره', names: ['لبنان', 'بيروت'], adjective: 'لبناني', tlds: ['lb'] },
  { code: 'SYP', head: 'ليره', names: ['سوريا', 'سوريه', 'دمشق', 'حلب', 'سانا'], adjective: 'سوري', tlds: ['sy'] },
  { code: 'TRY', head: 'ليره', names: ['تركيا', 'انقره', 'اسطنبول'], adjective: 'تركي', tlds: ['tr'] },
  // «وون» (won) is also North Korea's: the South's only where the article names Busan or the Yonhap agency
  // («سيول» is also floods, «الكورية» also the North's), no adjective.
  { code: 'KRW', head: 'وون', names: ['بوسان', 'يونهاب'], adjective: '', tlds: ['kr'] },
];

/** A currency read after a number. */
export interface CurrencyMatch {
  /** Index one past the last atom of the currency name. */
  last: number;
  /** ISO 4217 code, or null when the noun is a currency but which one is unclear. */
  code: string | null;
  /** Index of the head-noun atom. */
  head: number;
  /** The head noun's normalised base form (دينار، دولار …). */
  base: string;
}

const SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** Reads a currency name at `atoms[i]` (`دينار تونسي`, `دولارات`, `يورو`, `$`), or null. */
export function readCurrency(atoms: readonly Atom[], i: number): CurrencyMatch | null {
  const a = atoms[i];
  if (!a) return null;
  if (a.kind === 'punct') {
    const code = SYMBOLS[a.key];
    return code ? { last: i + 1, code, head: i, base: a.key } : null;
  }
  if (a.kind !== 'word') return null;
  const key = a.key;
  // «من الدولارات» is handled by the caller; here only an optional article: «مليون الدولار» does not occur.
  // «980ر4 د» (dinars): the one-letter abbreviation, with or without a full stop.
  if (key === 'د' && (!atoms[i + 1] || atoms[i + 1]!.gap || atoms[i + 1]!.key === '.' || atoms[i + 1]!.kind === 'punct')) {
    return { last: atoms[i + 1]?.key === '.' && !atoms[i + 1]!.gap ? i + 2 : i + 1, code: null, head: i, base: 'دينار' };
  }
  // «250 ألف دج» (Algerian dinars: دينار جزائري).
  if (key === 'دج') return { last: i + 1, code: 'DZD', head: i, base: 'دينار' };
  if (!HEAD_FILTER.mayHave(a)) return null;
  const base = HEAD_LOOKUP.get(key);
  if (!base) return null;
  const adjectives = BY_HEAD.get(base);
  const next = atoms[i + 1];
  if (adjectives && next && next.kind === 'word') {
    const stem = stemOf(next.key);
    const code = adjectives.get(stem);
    if (code && stem !== '') return { last: i + 2, code, head: i, base };
  }
  const code = DEFAULTS[base] ?? adjectives?.get('') ?? null;
  const shared = CANDIDATES_BY_HEAD.has(base);
  return { last: i + 1, code: shared ? null : code, head: i, base };
}

/** {@link adjectiveStem} of the words seen after a currency noun (bounded). */
const STEMS = new Map<string, string>();
function stemOf(key: string): string {
  let stem = STEMS.get(key);
  if (stem === undefined) {
    stem = adjectiveStem(key);
    if (STEMS.size >= 10_000) STEMS.clear();
    STEMS.set(key, stem);
  }
  return stem;
}
/** The host of a URL in lower case (WHATWG URL parsing), or undefined when it is no absolute URL. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
/** A two-letter country domain. */
const COUNTRY_DOMAIN = /^[a-z]{2}$/;

/**
 * National news outlets on generic domains (.com, .net, .org, .tv), by the country domain of the
 * country they report from: the source then makes a bare دينار (dinar) or ريال (riyal) clear as a
 * country domain does. Pan-Arab outlets (الجزيرة، العربية، الشرق الأوسط، سكاي نيوز عربية) are left out
 * on purpose. Written for this project from the outlets' own sites; extend it with {@link addOutletCountries}.
 */
const OUTLET_COUNTRIES = new Map<string, string>(
  (
    [
      ['tn', 'jawharafm.net mosaiquefm.net shemsfm.net babnet.net alchourouk.com turess.com kapitalis.com assabahnews.net'],
      ['eg', 'youm7.com masrawy.com almasryalyoum.com shorouknews.com elwatannews.com vetogate.com akhbarelyom.com'],
      ['sa', 'alriyadh.com aleqt.com sabq.org al-jazirah.com almadinahnews.com'],
      ['ma', 'hespress.com alyaoum24.com hibapress.com'],
      ['dz', 'echoroukonline.com ennaharonline.com elkhabar.com'],
      ['ae', 'emaratalyoum.com'],
      ['jo', 'alghad.com addustour.com ammonnews.net'],
      ['kw', 'alqabas.com aljarida.com alraimedia.com'],
      ['qa', 'al-sharq.com alraya.com'],
      ['lb', 'annahar.com al-akhbar.com lbcgroup.tv'],
      ['iq', 'alsumaria.tv shafaq.com'],
      ['bh', 'alayam.com albiladpress.com'],
      ['ps', 'maannews.net'],
    ] as const
  ).flatMap(([country, hosts]) => hosts.split(' ').map((host) => [host, country] as [string, string])),
);

/** Adds outlets (host → two-letter country domain, e.g. `['example-news.com', 'tn']`) to the sources {@link countryCurrency} knows. */
export function addOutletCountries(entries: Iterable<readonly [host: string, country: string]>): void {
  for (const [host, country] of entries) OUTLET_COUNTRIES.set(host.toLowerCase(), country.toLowerCase());
}

/** The country a URL's country domain names («https://www.tap.info.tn/…» → «tn»). */
export function domainCountry(url: string): string | undefined {
  const host = hostOf(url);
  const dot = host?.lastIndexOf('.') ?? -1;
  const tld = dot > 0 ? host!.slice(dot + 1) : undefined;
  return tld && COUNTRY_DOMAIN.test(tld) ? tld : undefined;
}

/** The country of a known national outlet on a generic domain (see {@link OUTLET_COUNTRIES}). */
export function outletCountry(url: string): string | undefined {
  let host = hostOf(url);
  while (host) {
    const country = OUTLET_COUNTRIES.get(host);
    if (country) return country;
    const dot = host.indexOf('.');
    host = dot >= 0 && host.indexOf('.', dot + 1) >= 0 ? host.slice(dot + 1) : undefined;
  }
  return undefined;
}

// The per-document answers: head nouns and their codes (a few at most), reset for each document.
let countryTokens: readonly Token[] | undefined;
const answeredBases: string[] = [];
const answeredCodes: (string | null)[] = [];
let answered = 0;
/** The candidate countries of each head noun that several countries' currencies share (دينار، ريال …), in table order. */
const CANDIDATES_BY_HEAD = new Map<string, (typeof COUNTRY_CURRENCIES)[number][]>();
for (const c of COUNTRY_CURRENCIES) {
  const list = CANDIDATES_BY_HEAD.get(c.head) ?? [];
  list.push(c);
  CANDIDATES_BY_HEAD.set(c.head, list);
}
const NO_CANDIDATES: (typeof COUNTRY_CURRENCIES)[number][] = [];
// Counts by code in the order codes were first counted (the order the ranking breaks ties in).
const countedCodes: string[] = [];
const countedValues: number[] = [];
let counted = 0;
const count = (code: string, n: number): void => {
  for (let k = 0; k < counted; k++) {
    if (countedCodes[k] === code) {
      countedValues[k]! += n;
      return;
    }
  }
  countedCodes[counted] = code;
  countedValues[counted++] = n;
};
let lastUrl: string | undefined;
let lastTld: string | undefined;
let lastOutlet: string | undefined;

/**
 * The currency a bare head noun (دينار، ريال، درهم، جنيه، ليرة) means in this article: the country
 * (its name, adjective, capital or big cities, news agency, the URL's country domain) that is the only
 * one of that currency named, or named clearly more often than any other, or null when it is not clear.
 * `hashes`, the document's token hashes from `tokenHashesOf`, only make the scan cheaper.
 */
export function countryCurrency(tokens: readonly Token[], base: string, url?: string, hashes?: Int32Array): string | null {
  if (countryTokens !== tokens) {
    countryTokens = tokens;
    answered = 0;
  }
  for (let k = 0; k < answered; k++) if (answeredBases[k] === base) return answeredCodes[k]!;
  const candidates = CANDIDATES_BY_HEAD.get(base) ?? NO_CANDIDATES;
  counted = 0;
  if (candidates.length) {
    const forms = countryForms(base, candidates);
    const filter = formFilters.get(base)!;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.kind !== 'word') continue;
      // The hash rules most words out without touching their normalised string (a cache miss each).
      if (hashes && hashes[t]! >= 0 && !filter.mayHaveHash(hashes[t]!)) continue;
      const code = forms.get(token.norm);
      if (code) count(code, 1);
    }
    if (url !== lastUrl) {
      lastUrl = url;
      lastTld = url ? domainCountry(url) : undefined;
      lastOutlet = url && !lastTld ? outletCountry(url) : undefined;
    }
    // A country domain counts as five mentions; a national outlet as two, since it also reports on
    // its neighbours (a Tunisian site on a fraud case in Algeria).
    const tld = lastTld;
    if (tld) for (const c of candidates) if (c.tlds.includes(tld)) count(c.code, 5);
    const outlet = lastOutlet;
    if (outlet) for (const c of candidates) if (c.tlds.includes(outlet)) count(c.code, 2);
  }
  // The two most counted, ties to the first counted (as a stable sort by count would rank them).
  let top = -1;
  let second = -1;
  for (let k = 0; k < counted; k++) {
    if (top < 0 || countedValues[k]! > countedValues[top]!) {
      second = top;
      top = k;
    } else if (second < 0 || countedValues[k]! > countedValues[second]!) second = k;
  }
  // Clear: the only country of that currency named, or named at least twice and 1.5 times as often as the next.
  const topCount = top >= 0 ? countedValues[top]! : 0;
  const clear = top >= 0 && ((second < 0 && topCount >= 1) || (topCount >= 2 && topCount >= 1.5 * countedValues[second]!));
  const code = clear ? countedCodes[top]! : null;
  answeredBases[answered] = base;
  answeredCodes[answered++] = code;
  return code;
}

const formTables = new Map<string, Map<string, string>>();
const formFilters = new Map<string, WordFilter>();
/** Every written form of the candidate countries' names and adjectives (with clitics and endings) → code. */
function countryForms(base: string, candidates: typeof COUNTRY_CURRENCIES): Map<string, string> {
  let table = formTables.get(base);
  if (table) return table;
  table = new Map();
  for (const c of candidates) {
    for (const name of c.names) for (const p of ['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول']) table.set(p + name, c.code);
    for (const ending of c.adjective ? ['', 'ه', 'ا', 'ين', 'ون', 'ان', 'تين', 'تان'] : []) {
      for (const p of ['', 'ال', 'وال', 'بال']) table.set(p + c.adjective + ending, c.code);
    }
  }
  formTables.set(base, table);
  formFilters.set(base, wordFilterOf(table.keys()));
  return table;
}
