/**
 * The entities stage: clusters the tagger's name mentions into real-world entities.
 *
 * One person stays one entity across the spellings of one article: full name then surname or first
 * name alone, titles stripped but remembered, spelling variants (long vowels, hamza and alef forms,
 * ة/ه, ى/ي, a space inside a name, a one-letter typo in a long name), a Latin-script form, aliases
 * and acronyms from a table, and roles that stand for the person (الرئيس الفرنسي … الرئيس).
 * Safeguards keep apart people who share a surname but not a first name.
 */
import type { AnalysisDocument, Entity, EntityMention, EntityType, NamedMention, Span, Token } from '../document.ts';
import { firstStartingAt } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';
import { builtinAliases, createAliasIndex, defaultAliasIndex, type AliasGroup, type AliasIndex } from './aliases.ts';
import { editDistance, isLatin, nameKey, nameTokens, nisbaVariants, skeleton, spellsAcronym, stripArticle, translitKey, withoutForeignParticle, wordsMatch } from './keys.ts';
import { ANAPHORIC, COMMON_HEAD_COMPLEMENTS, CURRENCIES, DIRECTIONS, GENERIC_PLACES, GEO_HEADS, HONORIFICS, MEDIA_HEADS, NAMED_IN_MARKS_HEADS, NEWS_NOUN, NOT_NAMES, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, RELATIVE_KEYS, ROLE_HEADS, ROLE_LINKS, TRADE_TITLES, bare, documentNoun } from './roles.ts';
import { COMPLEMENTISERS, UNNAMED_SOURCES, cueForms, isCueWord, prefixedCueForms } from '../quotes/cues.ts';
import { getLexicon } from '../segment/clitics.ts';
import { lookupNumberWord } from '../numbers/words.ts';
import { isMeasureWord } from '../numbers/index.ts';
import { normalizeWord } from '../text/normalize.ts';
import { NOT_COMPLEMENT_WORDS, NOT_NISBA, PARTY_HEAD_WORDS, PREVENTION_WORDS, scoreOrPointsAt } from '../ner/orgs.ts';
import { AM_LETTERS, FEMININE_HEAD_AGREEMENT, FM_LETTERS } from '../ner/edges.ts';
import { getNerModel } from '../ner/model.ts';
import { PERSON_FACILITIES, theophoricFamilyName } from '../ner/index.ts';
import { feminineBeforeCountry, knownPlaceWord, listedPlaceLength } from '../ner/places.ts';
import { fold, isArabicLetter } from '../ner/fold.ts';
import { wordFilterOf, type WordFilter } from '../text/word-filter.ts';
import type { GazetteerType } from '../ner/features.ts';
import { ABBREVIATED_TITLES } from '../ner/slots.ts';
import { lexiconForm } from '../segment/lexicon-form.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.ts';
import { LISTED_GIVEN_NAMES, MORE_MALE_GIVEN_NAMES } from '../ner/given-names.ts';
import { personGender, taggerGivenName } from './gender.ts';
import { derivedVerbalNoun, findIn, formsOf, endingLength, endingLetter, isPunct, keyEnding, tokenKeyData, type TokenKeyData, pluralOfCommonNoun, possessedNoun, strippedForms, verbLike } from './words.ts';

export type { AliasGroup } from './aliases.ts';
export { builtinAliases, createAliasIndex } from './aliases.ts';
export { nameKey, nameTokens, skeleton, translitKey, wordsMatch } from './keys.ts';

/** Options for {@link entities}. */
export interface EntitiesOptions {
  /** Extra alias groups (names of one entity), added to the built-in table. */
  aliases?: AliasGroup[];
}

/**
 * The entities stage: requires `mentions` and `tokens`, provides `entities` (ids `e1`, `e2`, … in
 * order of first mention).
 */
export function entities(options: EntitiesOptions = {}): Stage {
  const index = options.aliases?.length ? createAliasIndex([...builtinAliases(), ...options.aliases]) : undefined;
  return {
    name: 'entities',
    requires: ['mentions', 'tokens'],
    provides: ['entities'],
    run(doc) {
      doc.entities = clusterMentions(doc, index ?? defaultAliasIndex());
    },
  };
}

/** A cleaned-up name mention. */
interface Occurrence {
  start: number;
  end: number;
  type: EntityType;
  tokens: string[];
  latin: boolean;
  /** A person's title stands right before it (الصحفية …). */
  titled?: boolean;
  /** A place noun stands right before it (مدينة …). */
  placed?: boolean;
  /** A body's head noun stands right before it, the name in quotation marks (منظمة "أنا يقظ"). */
  headed?: boolean;
  /** Its alias-table group, once looked up (null: none). */
  aliasGroup?: number | null;
  /** For a Latin-script name written right after its Arabic form in one mention («ايرباص Airbus»): that Arabic form. */
  glossOf?: Occurrence;
  cluster?: Cluster;
}

interface Cluster {
  /** Majority type, recomputed when occurrences are added. */
  type?: EntityType;
  occurrences: Occurrence[];
  names: string[][];
  longest: string[];
  alias?: number;
  roles: RoleRecord[];
  titles: Set<string>;
  extra: EntityMention[];
}

interface RoleRecord {
  head: string;
  forms: Set<string>;
  /** The forms of the role phrase's last word («الخارجية» of «وزير الشؤون الخارجية»): a shorter form keeps it. */
  last: Set<string>;
  /** «الرئيس الفرنسي» (definite head) rather than «رئيس الوزراء» (head in construct). */
  definite: boolean;
  /** Number of words in the role phrase as first written. */
  words: number;
  /** The role names a country («الوزير الجزائري», the Algerian minister): the article's foreign holder of that role. */
  national: boolean;
}

const NISBA = /^ال.{3,}(ي|يون|يين|يان)$/u;

/**
 * «بحضور» (in the presence of), «بمناسبة» (on the occasion of) …: a circumstance of the event, never part of a
 * role («دشن أمير منطقة الجوف المشروعات بحضور المهندس X» is no role «أمير … بحضور» of X). Name keys.
 */
const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set('بحضور بمشاركة بمناسبة برفقة بمعية بإشراف باستضافة بدعوة'.split(' ').map((w) => nameKey(w)));

/** «حركة» (movement; a party's head noun), bare key. */
const MOVEMENT = bare(nameKey('حركة'));

/** «شبه» (quasi-), the first word of «شبه الجزيرة» (peninsula), keyed. */
const PENINSULA = nameKey('شبه');

/** Party and camp adjectives after a title («السناتور الجمهوري», the Republican senator), as name keys. */
const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(
  'الجمهوري الجمهورية الديمقراطي الديمقراطية الديموقراطي الديموقراطية المستقل المستقلة المحافظ المحافظة الليبرالي الليبرالية الاشتراكي الاشتراكية العمالي العمالية'
    .split(' ')
    .map((w) => nameKey(w)),
);

/** Definite adjectives that make another role of a role phrase (former, new, assistant, acting …), as name keys. */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  'السابق السابقه الاسبق الجديد الجديده المساعد المساعده الاول الثاني العام العامه المكلف المكلفه المؤقت الحالي المنتخب المستقيل المقال المنتهيه بالنيابه الراحل الراحله المقبل المقبله المخلوع المعزول المرتقب الفعلي الشرعي'
    .split(' ')
    .map((w) => nameKey(w)),
);

/**
 * Institutions a country has one of (الشرطة البريطانية، الحكومة التونسية، الجيش الأمريكي، التلفزيون المصري, Egyptian
 * television), or one in the city a story is told from (السفارة الروسية، القنصلية الفرنسية, the Russian embassy): with a
 * nationality adjective they are the body's usual name, not a description of a body named before.
 */
const INSTITUTIONS = new Set(['شرطه', 'حكومه', 'جيش', 'رئاسه', 'برلمان', 'بريد', 'تلفزيون', 'تلفزه', 'سفاره', 'قنصليه']);

/** «الحاج» (the pilgrim), keyed: a title, and the first word of family names («الحاج علي»). */
const HAJJ = nameKey('الحاج');
/** Adjectives of a body's field that describe it, not name it («المنظمة الحقوقية», the rights organisation) (keys). */
const FIELD_ADJECTIVES = new Set(['الحقوقي', 'الحقوقيه', 'الاممي', 'الامميه', 'الانساني', 'الانسانيه']);
/** Sect and religion adjectives, never names on their own (إقليم شيعي، مسؤول سني). */
const SECTS = new Set('سني سنيه شيعي شيعيه درزي درزيه مسيحي مسيحيه يهودي يهوديه قبطي قبطيه اسلامي اسلاميه'.split(' '));

/**
 * True when the keyed word is the nationality adjective of a country in the alias table: «السعودية»،
 * «سعودي»، «الأمريكية»، «الروسي» (Saudi, American, Russian). Only adjective-shaped words are tried.
 */
export function countryOfNisba(key: string, aliases: AliasIndex): boolean {
  return nisbaCountryStem(key, aliases) !== undefined;
}

/**
 * The stem of the country a nationality adjective names («المصري» → مصر، «السعودية» → سعود، «الألماني» →
 * المان), or undefined when the keyed word is no such adjective (see {@link countryOfNisba}).
 */
function nisbaCountryStem(key: string, aliases: AliasIndex): string | undefined {
  const k = stripArticle(key);
  const m = /^(.{2,}?)(يه|ي)$/u.exec(k);
  if (!m) return undefined;
  const stem = m[1]!;
  // («الأفغاني» of «أفغانستان», «الإنجليزية» of «إنجلترا», «النمساوي» of «النمسا».)
  for (const c of [stem, stem + 'ا', stem + 'يا', stem + 'يه', stem + 'ستان', IRREGULAR_NISBA_COUNTRIES.get(stem) ?? '']) {
    if (c && isCountry(c, aliases)) return stem;
  }
  return undefined;
}
/** Nationality adjectives whose country is spelt otherwise, keyed: the adjective's stem → the country. */
const IRREGULAR_NISBA_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['انجليز', 'انجلترا'],
  ['انكليز', 'انكلترا'],
  ['نمساو', 'نمسا'],
]);

/** Whether the keyed word names a country or another place of the alias table. */
function isCountry(key: string, aliases: AliasIndex): boolean {
  const g = aliases.lookup(key);
  return g !== undefined && aliases.groups[g]!.type === 'LOC';
}

/**
 * True for an indefinite adjective in ي made from a common noun of four letters or more that real
 * news writes with the article (اتحادي from الاتحاد, federal), by the clitic lexicon's counts.
 */
function nisbaOfNoun(key: string): boolean {
  if (key.startsWith('ال') || !key.endsWith('ي') || key.length < 5) return false;
  const stem = key.slice(0, -1);
  const lex = getLexicon();
  return (lex.get('ال' + stem) ?? 0) >= 20 || (lex.get('ال' + stem.replace(/ه$/u, 'ة')) ?? 0) >= 20;
}


/**
 * «قايد السبسي» (the family name of الباجي قايد السبسي): a role noun without the article, stripped
 * from the front of a person mention, is part of the family name when (1) the one definite word
 * after it is one real news hardly ever writes without its article — «قائد الجيش» (army
 * commander) and «رئيس الحكومة» have common nouns there (جيش، حكومة), counted often without the
 * article by the clitic lexicon — and (2) the article itself writes the three words after a
 * name-like word («الباجي قايد السبسي»), not only after a verb or a noun («وقال عضو الهايكا», a
 * member of the broadcasting authority).
 */
function compoundSurname(text: string, title: string, rest: string): boolean {
  const titleKey = nameKey(title);
  if (titleKey.startsWith('ال') || /\s/u.test(rest) || !rest) return false;
  if (!rest.startsWith('ال') || rest.length < 5) return false;
  // Counted as the word without its article: «سبسي» against «السبسي», and the accusative «سبسيا».
  const { bare: indefinite, withArticle: definite } = articleCounts(rest.slice(2));
  if (!(definite >= 5 && (indefinite + articleCounts(rest.slice(2) + 'ا').bare) * 20 < definite)) return false;
  const phrase = `${title} ${rest}`;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = /(\S+)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!before || /\p{P}/u.test(before[1]!)) continue;
    const key = nameKey(before[1]!);
    if (findIn(key, HONORIFICS) || findIn(key, ROLE_HEADS) || NOT_NAMES.has(bare(key)) || isCueWord(key)) continue;
    if (nameLike(before[1]!, false)) return true;
  }
  return false;
}

/** «الحاكم، المعارض» (ruling, opposition) and their feminines, keys: said of a body after its name. */
const BODY_SIDES: ReadonlySet<string> = new Set(['الحاكم', 'الحاكمة', 'المعارض', 'المعارضة'].map((w) => nameKey(w)));

/** Cuts titles off the front of a mention and drops mentions that are not names at all. */
interface Trim {
  /** Offsets of the name inside the mention's text. */
  from: number;
  to: number;
  /** A person's name that opens with a place noun, or its dual: a place (see cleanMention). */
  placeHeaded?: boolean;
  /** A person's name that ends on «بن/ابن/بنت», which takes the word after it (see cleanMention). */
  endsOnSonOf?: boolean;
}

/**
 * {@link cleanMention}'s trims by alias index, then by type, then by its two flags (glossed × 2 + closes), then by the
 * mention's text: the text alone is the last key, so that no key string is built for each mention.
 */
const trimMemo = new WeakMap<AliasIndex, Map<EntityType, Map<string, Trim | null>[]>>();

/** Head nouns of events (festivals, fairs, tournaments), as name keys: what follows names an event. */
const EVENT_HEADS: ReadonlySet<string> = new Set('مهرجان ملتقى معرض مسابقة دوري كأس جائزة منتدى مؤتمر'.split(' ').map((w) => nameKey(w)));

/** Given names that read as a verb in the future once their «س» is taken off (سـ + يرجي، يدني), name keys. */
const FUTURE_LOOKING_NAMES: ReadonlySet<string> = new Set(['سيرجي', 'سيرجى', 'سيدني'].map((w) => nameKey(w)));

/** Whether a keyed word is a verb in the future (ستكون، سيلتقي): «س» + an imperfect, and no name that looks like one. */
function futureVerb(key: string): boolean {
  return /^س[يتن].{3,}$/u.test(key) && !FUTURE_LOOKING_NAMES.has(key) && verbLike(key.slice(1));
}

/**
 * A person's name as trimmed, without the verb and subject the tagger read as a name: none when it ends with a definite
 * plural of a common noun of people («وزود الباحثون برنامجا», and the researchers supplied a program), and without a
 * first word that is a verb in the future («وسيلتقي كازنوف», and Cazeneuve will meet; not «سيرجي», «سيدني»).
 */
function verbalEdges(own: string, trim: Trim): Trim | null {
  const words = own.slice(trim.from, trim.to).split(/\s+/u);
  if (words.length < 2) return trim;
  const last = words[words.length - 1]!;
  if (/^ال.{4,}ون$/u.test(nameKey(last)) && pluralOfCommonNoun(last)) return null;
  const first = nameKey(words[0]!);
  if (futureVerb(first)) return { from: trim.from + own.slice(trim.from).indexOf(words[1]!), to: trim.to };
  // «أكدتوفيق الجملي، رئيس لجنة …» (a speech verb written against the given name: «أكد توفيق الجملي»): the verb is cut
  // off when what is left is a listed given name.
  if (first.length === words[0]!.length && first.length >= 6) {
    for (let n = 3; n <= 5 && first.length - n >= 3; n++) {
      const cue = cueForms().get(first.slice(0, n));
      if (cue && !cue.participle && listedGivenName(first.slice(n))) return { from: trim.from + n, to: trim.to };
    }
  }
  return trim;
}

/** «فتح» (opening; Fatah), keyed. */
const OPENING = nameKey('فتح');

/**
 * A name of any type as trimmed, without a last word the tagger ran it into that is a verb in the future — «نجم برشلونة
 * سيصبح جزءا من الماضي» (Barcelona's star will become a thing of the past), «الإمارات العربية المتحدة ستشرعان» — or the
 * verbal noun «فتح» (opening) after a definite word.
 */
function withoutVerbEnd(own: string, trim: Trim): Trim {
  const name = own.slice(trim.from, trim.to);
  const cut = name.search(/\s+\S+$/u);
  if (cut <= 0) return trim;
  const last = name.slice(cut).trim();
  // «أعلنت وزارة الدفاع الوطني فتح دورة …» (announced the opening of a session): «فتح» after a definite word is the verbal
  // noun (opening), not the movement, which its head names («حركة فتح»).
  if (nameKey(last) === OPENING && /^ال/u.test(nameKey(name.slice(0, cut).split(/\s+/u).pop() ?? ''))) return { ...trim, to: trim.from + cut };
  if (!futureVerb(nameKey(last))) return trim;
  // (The imperfect's other person a word of its own too, not only a name's syllable: «كواك سيونغ», «يونغ» but hardly «تونغ».)
  const imperfect = lexiconForm(last).slice(1);
  const other = (imperfect[0] === 'ي' ? 'ت' : 'ي') + imperfect.slice(1);
  return (getLexicon().get(other) ?? 0) >= 3 ? { ...trim, to: trim.from + cut } : trim;
}

/** «ولد» (was born; son of), keyed. */
const BORN = nameKey('ولد');
/** «والد» (father), keyed. */
const FATHER = nameKey('والد');

/** Words for the dead and their remains before a name, keyed: «جثمان» (remains), «جثة» (body), «رفات», «الفقيد/الفقيدة» (the late). */
const REMAINS = /^[وفبل]?(جثمان|جثه|رفات|الفقيد|الفقيده|الراحل|الراحله)$/u;

/** Cuts titles off the front of a mention and drops mentions that are not names at all. */
function cleanMention(doc: AnalysisDocument, m: NamedMention, aliases: AliasIndex): Occurrence | undefined {
  const text = doc.text;
  if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) return undefined;
  // What happens inside the mention depends on its text and type only: computed once per spelling.
  let byType = trimMemo.get(aliases);
  if (!byType) trimMemo.set(aliases, (byType = new Map()));
  const own = text.slice(m.start, m.end);
  // A person's name followed by its Latin spelling in brackets (machine-translated wire copy).
  const glossed = m.type === 'PER' && text.charCodeAt(m.end + 1) === OPEN_BRACKET && latinGlossAfter(text, m.end);
  // A name that closes its clause (a comma, a stop or «إن» after it): «… عبد المنعم حسن الأمين، إن».
  const closes = m.type === 'PER' && /^(\s*[،,.:؛]|\s+(إن|أن|ان)\s)/u.test(text.slice(m.end, m.end + 6));
  let byFlags = byType.get(m.type);
  if (!byFlags) byType.set(m.type, (byFlags = [new Map(), new Map(), new Map(), new Map()]));
  const memo = byFlags[(glossed ? 2 : 0) + (closes ? 1 : 0)]!;
  let trim = memo.get(own);
  if (trim === undefined) {
    trim = trimName(own, m.type, aliases, glossed, closes);
    if (trim && m.type === 'PER') trim = verbalEdges(own, trim);
    if (trim) trim = withoutVerbEnd(own, trim);
    // «وكان يزن كيلوغرام واحد» (he weighed one kilogram): «يزن» is also the name Yazan, but no name holds a measure.
    if (trim && m.type === 'PER' && nameTokens(own).some(isMeasureWord)) trim = null;
    if (trim && m.type === 'PER') {
      const key = nameKey(own.slice(trim.from, trim.to));
      const head = key.split(' ')[0]!;
      // (Not «دولة», also the honorific of a prime minister: «دولة رئيس الوزراء».)
      const placeHeaded = key.includes(' ') && head !== 'دوله' && (PLACE_OR_GEO_HEADS.has(head) || PLACE_HEADS.has(head.replace(/ي$/u, '')));
      const endsOnSonOf = /(?:^|\s)(بن|ابن|بنت)$/u.test(key);
      if (placeHeaded || endsOnSonOf) trim = { ...trim, placeHeaded, endsOnSonOf };
    }
    if (memo.size > 20_000) memo.clear();
    memo.set(own, trim);
  }
  if (!trim) return undefined;
  let start = m.start + trim.from;
  let end = m.start + trim.to;
  // A stripped title that is part of a family name goes back in (see compoundSurname).
  if (m.type === 'PER' && trim.from > 0) {
    const title = /^\s*(\S+)\s+$/u.exec(own.slice(0, trim.from));
    if (title && compoundSurname(text, title[1]!, text.slice(start, end))) start = m.start + own.indexOf(title[1]!);
  }
  // «زين العابدين بن على» (Zine El Abidine Ben Ali, his «علي» written with ى, like the preposition «على»): a name never
  // ends on «بن/ابن/بنت» (son/daughter of); the word after it belongs to the name.
  if (trim.endsOnSonOf) {
    const next = /^\s+([\p{L}\p{M}]{2,})/u.exec(text.slice(end, end + 30));
    if (next) end += next[0].length;
  }
  // «ولي العهد» (the crown prince) is a title: its «العهد» is no name.
  if (end - start === CROWN.length && text.startsWith(CROWN, start) && CROWN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  // «سيقاوم» (he will resist) tagged as «يقاوم»: a name never hides behind the future prefix س.
  if (start > 0 && text.charCodeAt(start - 1) === 0x0633 /* س */) {
    const tokenStart = wordStartBefore(text, start);
    if (/^[وف]?س$/u.test(text.slice(tokenStart, start))) return undefined;
  }
  // «صحيفة عكاظ السعودية» (the Saudi newspaper Okaz): after a media head, a trailing nationality
  // adjective describes the outlet.
  if (m.type === 'ORG' && text.slice(start, end).includes(' ')) {
    const before = /(\S+)\s+["“«]?$/u.exec(text.slice(Math.max(0, start - 30), start));
    const inner = nameTokens(text.slice(start, end));
    const headKey = before ? bare(nameKey(before[1]!).replace(/^[وفبل](?=.{4})/u, '')) : '';
    // (So does «الإلكترونية» (online): «لجريدة هسبريس الإلكترونية».)
    if (before && inner.length === 2 && (!inner[0]!.startsWith('ال') || PRESS_HEADS.has(headKey)) && MEDIA_HEADS.has(headKey) && inner[1]!.startsWith('ال') && (countryOfNisba(inner[1]!, aliases) || ONLINE.has(inner[1]!))) {
      end = start + text.slice(start, end).lastIndexOf(' ');
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
    }
  }
  // «منظمة المادة 19»: a short number right after an organisation's name belongs to it.
  if (m.type === 'ORG' && text.charCodeAt(end) === 0x20) {
    const num = /^\s(\d{1,3})(?![\d\p{L}.,٫])/u.exec(text.slice(end, end + 6));
    // (Not an amount: «قرب مركز البصرة 28 ألف جزء في المليون».)
    const following = num ? /^\s*(\S+)/u.exec(text.slice(end + num[0].length, end + num[0].length + 20))?.[1] : undefined;
    // (Nor a score or a count of points in a results table: «مستقبل القصرين 16 ن», «النادي القربي 1 - 0».)
    if (num && !(following !== undefined && (amountWord(nameKey(following)) || /^[%٪]/u.test(following))) && !scoreOrPointsAt(text, end + num[0].length)) end += num[0].length;
  }
  // «جوهرة أف أم»: a radio tagged as «أف أم» (FM) alone takes the word before it, without its proclitics.
  if (/^(اف ام|fm|اف م)$/u.test(nameKey(own))) {
    const prev = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (prev && /^\p{L}/u.test(prev[1]!)) {
      const clitic = /^(و|ف)?(لل|ل|ب)?/u.exec(prev[1]!)![0];
      if (prev[1]!.length - clitic.length >= 3) start -= prev[0].length - clitic.length;
    }
  }
  if (m.type === 'LOC') {
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (before && GEO_HEADS.has(bare(nameKey(before[1]!)))) start -= before[0].length;
    else if (before && /^[وبل]/u.test(before[1]!) && GEO_HEADS.has(bare(nameKey(before[1]!.slice(1))))) start -= before[0].length - 1;
    // «أكدت ولاية المهدية في بلاغ لها أن …» (the governorate of Mahdia stated in a communiqué that …): right after a speech
    // verb, «ولاية/معتمدية» (governorate, delegation) and its place are the administration that speaks, named whole.
    else if (before && ADMINISTRATIONS.has(nameKey(before[1]!))) {
      const verb = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - before[0].length - 30), start - before[0].length));
      // (A finite verb that is no other word, with «و/ف» or not: not «بين ولاية نابل وولاية سوسة», between, nor a participle
      // whose object the place is, «معتبرا ولاية مدنين …», considering the governorate ….)
      const k = verb ? nameKey(verb[1]!) : '';
      const form = cueForms().get(k) ?? prefixedCueForms().get(k);
      if (form && !form.participle && !form.verb.ambiguous) start -= before[0].length;
    }
  }
  // «متساكني حيي الزمزمي» (residents of the two neighbourhoods of Zemzmi): a "person" that opens with a place noun (also
  // the dual in construct, «حيي») is a place.
  if (trim.placeHeaded) m = { ...m, type: 'LOC' };
  // «مهرجان الحمامات الدولي» (the Hammamet festival) tagged as a person, whole or after its head noun: an
  // event, not a person.
  let type = m.type;
  if (type === 'PER') {
    // (The head in construct, without the article: «رئيس المؤتمر يوسف الباجي» is the congress's president.)
    const head = nameKey(/^\S+/u.exec(text.slice(start, end))?.[0] ?? '');
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
    // (The head as written, or behind و/ف and ب/ل — read on the surface, so that harakat after a clitic
    // do not shift the offset: «لِمهرجان». Not «بطولة»: also «starring» (من بطولة هند صبري).)
    const word = before?.[1] ?? '';
    const clitic = EVENT_HEADS.has(nameKey(word)) ? '' : (/^[وف]?[بل]?/u.exec(word)![0] ?? '');
    const after = word.slice(clitic.length).replace(/^[\u064B-\u065F\u0670]+/u, '');
    if (EVENT_HEADS.has(head)) type = 'MISC';
    else if (before && EVENT_HEADS.has(nameKey(after))) {
      type = 'MISC';
      start -= after.length + (before[0].length - word.length);
    }
  }
  const surface = text.slice(start, end);
  return { start, end, type, tokens: nameTokens(surface), latin: isLatin(surface) };
}

/**
 * «فوكس» + «هول» (Vauxhall), «بورو» + «ماركت»: a foreign name the tagger cut into two one-word
 * mentions of one type, side by side, is one name — unless either word is a known name (مصر، السعودية);
 * and a person's name cut at a hyphen («جان» + «لوك بيرتو»).
 */
function joinSplitNames(doc: AnalysisDocument, occurrences: Occurrence[], aliases: AliasIndex): void {
  const text = doc.text;
  for (let k = occurrences.length - 2; k >= 0; k--) {
    const a = occurrences[k]!;
    const b = occurrences[k + 1]!;
    // «جان-لوك بيرتو» (Jean-Luc Berthaud): a hyphen between two parts of a person's name, whatever the
    // tagger made of the first part (it tags «جان» a place).
    if (b.type === 'PER' && b.start === a.end + 1 && text[a.end] === '-' && a.tokens.length === 1 && b.tokens.length <= 3 && !a.latin && !b.latin && !a.tokens[0]!.startsWith('ال')) {
      occurrences.splice(k, 2, { start: a.start, end: b.end, type: 'PER', tokens: [...a.tokens, ...b.tokens], latin: false });
      continue;
    }
    if (a.type !== b.type || a.type === 'MISC' || a.tokens.length + b.tokens.length > 4 || a.latin || b.latin) continue;
    if (a.tokens.length > 1 && b.tokens.length > 1) continue;
    if (b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    if (a.tokens[0]!.startsWith('ال') || b.tokens[0]!.startsWith('ال') || (/^[وفبل]/u.test(text.slice(b.start, b.end)) && b.tokens[0]!.length < 4)) continue;
    if (aliases.lookup(text.slice(a.start, a.end)) !== undefined || aliases.lookup(text.slice(b.start, b.end)) !== undefined) continue;
    // «مؤسس آبل ستيف جوبز» (Apple's founder Steve Jobs): a name right after a role noun is its complement.
    // (Unless the first part is a given name, which opens the person's name: «القاضي نيكولاس» + «لورين سميث», the judge
    // Nicholas Loraine-Smith.)
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, a.start - 30), a.start));
    if (before && findIn(nameKey(before[1]!), ROLE_HEADS) && !(a.type === 'PER' && a.tokens.length === 1 && listedGivenName(a.tokens[0]!))) continue;
    occurrences.splice(k, 2, { start: a.start, end: b.end, type: a.type, tokens: [...a.tokens, ...b.tokens], latin: false });
  }
}

/**
 * «باسل عودة» + «الطراونة» (Basel Odeh al-Tarawneh): a person of two or three words and, right after it, a
 * one-word family name with the article that the tagger found on its own are one name — not a nationality
 * (الأردني) and not across punctuation.
 */
function joinFamilyNames(doc: AnalysisDocument, occurrences: Occurrence[], aliases: AliasIndex): void {
  const text = doc.text;
  for (let k = occurrences.length - 2; k >= 0; k--) {
    const a = occurrences[k]!;
    const b = occurrences[k + 1]!;
    if (a.type !== 'PER' || b.type !== 'PER' || a.latin || b.latin || a.tokens.length < 2 || a.tokens.length > 3 || b.tokens.length !== 1) continue;
    if (b.start !== a.end + 1 || text[a.end] !== ' ' || !/^ال.{3,}/u.test(b.tokens[0]!) || countryOfNisba(b.tokens[0]!, aliases)) continue;
    // (Not the surname of another person written in full elsewhere: «التقى X Y الغنوشي» … «راشد الغنوشي».)
    if (occurrences.some((o) => o !== b && o.type === 'PER' && o.tokens.length > 1 && o.tokens.at(-1) === b.tokens[0] && o.tokens.slice(0, -1).join(' ') !== a.tokens.join(' '))) continue;
    occurrences.splice(k, 2, { start: a.start, end: b.end, type: 'PER', tokens: [...a.tokens, ...b.tokens], latin: false });
  }
}

/**
 * «ماكرون ولوبان» (Macron and Le Pen) read as «و + ل + وبان»: a one-word mention that a letter of its
 * word's proclitics would turn into a word of a name the article writes elsewhere («مارين لوبان») takes
 * that letter back, as the tagger cut one clitic too many.
 */
function restoreNameLetter(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  let words: Set<string> | undefined;
  for (const o of occurrences) {
    if (o.tokens.length !== 1 || o.latin || o.start < 2) continue;
    const letter = text[o.start - 1]!;
    // (Only right behind «و/ف» at the start of the word: «ولوبان»، «فبلوبان».)
    if (!/[لبك]/u.test(letter) || !/[وف]/u.test(text[o.start - 2]!) || (o.start > 2 && /\p{L}/u.test(text[o.start - 3]!))) continue;
    words ??= new Set(occurrences.filter((x) => x.tokens.length >= 2).flatMap((x) => x.tokens));
    const longer = nameTokens(text.slice(o.start - 1, o.end));
    if (longer.length === 1 && words.has(longer[0]!)) {
      o.start -= 1;
      o.tokens = longer;
    }
  }
}

/**
 * «وهاجمت لوبان ماكرون» (and Le Pen attacked Macron): a two-word person mention whose words are the
 * surnames of two different people the article names in full («مارين لوبان», «إيمانويل ماكرون») is the
 * two of them, a verb's subject and its object, which the tagger read as one name.
 * (Not a name the article also writes in full: «الباجي قائد السبسي» keeps «قائد السبسي».)
 */
function splitTwoSurnames(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  // The persons written in three words or more, and whose last word each surname is (computed once: every two-word
  // person is checked against them).
  const longNames: string[][] = [];
  const owners = new Map<string, Set<string>>();
  // How often each two-word person is written (a repeated one is kept whole, below).
  const pairs = new Map<string, number>();
  for (const x of occurrences) {
    if (x.type !== 'PER' || x.tokens.length < 2) continue;
    const whole = x.tokens.join(' ');
    if (x.tokens.length >= 3) longNames.push(x.tokens);
    else pairs.set(whole, (pairs.get(whole) ?? 0) + 1);
    const set = owners.get(x.tokens.at(-1)!) ?? new Set<string>();
    set.add(whole);
    owners.set(x.tokens.at(-1)!, set);
  }
  if (owners.size < 2) return;
  for (let k = occurrences.length - 1; k >= 0; k--) {
    const o = occurrences[k]!;
    if (o.type !== 'PER' || o.latin || o.tokens.length !== 2) continue;
    const [first, second] = o.tokens as [string, string];
    // (Two words as written: a name with a particle glued to its next word, «بن علي», is one.)
    const surface = text.slice(o.start, o.end);
    const words = surface.split(/\s+/u);
    if (words.length !== 2) continue;
    // (Nor the last two words of a longer name, nor a short form of one: «قائد السبسي» of «الباجي قائد السبسي»,
    // «عبدالله الكعبي» of «عبدالله محمد عيسى عبيد الكعبي»; nor a name the article writes so again, which is no chance
    // meeting of a subject and an object: «غالاكسي نوت».)
    if (longNames.some((t) => t.indexOf(first) >= 0 && t.indexOf(first) < t.lastIndexOf(second))) continue;
    if ((pairs.get(o.tokens.join(' ')) ?? 0) > 1) continue;
    // Each word the surname of exactly one other person (the mention itself, and its copies, left out).
    const ownerOf = (word: string): string | undefined => {
      const set = owners.get(word);
      if (!set) return undefined;
      const others = [...set].filter((n) => n !== o.tokens.join(' '));
      return others.length === 1 ? others[0] : undefined;
    };
    const a = ownerOf(first);
    const b = ownerOf(second);
    if (a === undefined || b === undefined || a === b) continue;
    const firstEnd = o.start + words[0]!.length;
    const secondStart = o.end - words[1]!.length;
    occurrences.splice(
      k,
      1,
      { start: o.start, end: firstEnd, type: 'PER', tokens: [first], latin: false },
      { start: secondStart, end: o.end, type: 'PER', tokens: [second], latin: false },
    );
  }
}

/** Particles a past verb opens its clause after (كما، قد …), keyed. */
const BEFORE_VERB = new Set(['كما', 'قد', 'وقد', 'فقد', 'لقد', 'ثم']);
/**
 * Whether a verb may stand at `pos`: glued behind «و/ف», at a sentence's or clause's start, or after «كما/قد» — not
 * after a noun, whose name a word there is («أختها المربية مثيل عبود», her sister the teacher Mathil Abboud).
 */
function verbSlotBefore(text: string, pos: number): boolean {
  if (pos > 0 && /[وف]/u.test(text[pos - 1]!) && (pos === 1 || !/\p{L}/u.test(text[pos - 2]!))) return true;
  const before = text.slice(Math.max(0, pos - 40), pos).trimEnd();
  if (!before) return pos <= 40;
  if (/[.!؟?:،,؛\n"«»]$/u.test(before)) return true;
  const word = /\S+$/u.exec(before)![0];
  return BEFORE_VERB.has(nameKey(word));
}

/**
 * «وسلط الجهيناوي الضوء على …» (and Jhinaoui shed light on …): a two-word person whose first word is a past verb, not a
 * given name, and whose second is the family name of a person the article names in full («خميس الجهيناوي») is that
 * person's family name alone, the verb's subject, which the tagger ran the verb into. (Not a name written so twice.)
 */
function verbBeforeSurname(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  const fullNames = occurrences.filter((x) => x.type === 'PER' && x.tokens.length >= 2);
  if (fullNames.length < 2) return;
  for (const o of occurrences) {
    if (o.type !== 'PER' || o.latin || o.tokens.length !== 2) continue;
    const [first, second] = o.tokens as [string, string];
    const words = text.slice(o.start, o.end).split(/\s+/u);
    if (words.length !== 2 || !pastVerb(words[0]!) || givenName(first, words[0]!) || NASAB.test(first) || !verbSlotBefore(text, o.start)) continue;
    const whole = o.tokens.join(' ');
    // (Not a name written so elsewhere, nor a surname of two words: «رضا شرف الدين».)
    if (fullNames.some((x) => x !== o && (x.tokens.join(' ') === whole || (x.tokens.length > 2 && x.tokens.slice(-2).join(' ') === whole)))) continue;
    if (!fullNames.some((x) => x.tokens.at(-1) === second && x.tokens[0] !== first)) continue;
    o.start = o.end - words[1]!.length;
    o.tokens = [second];
  }
}

/** Masculine singular heads of bodies, keyed without the article: an adjective after them is masculine too. */
const MASCULINE_HEADS: ReadonlySet<string> = new Set('حزب مجلس اتحاد بنك مصرف مكتب معهد مركز برلمان نادي جيش ديوان تحالف ائتلاف'.split(' ').map((w) => nameKey(w)));

/** Place and geographic heads in one set, for one look-up per mention. */
const PLACE_OR_GEO_HEADS: ReadonlySet<string> = new Set([...PLACE_HEADS, ...GEO_HEADS]);
/** Head nouns of a state («مملكة»، «جمهورية»، «دولة»، «إمارة»، «سلطنة»), keyed without the article. */
const STATE_HEADS: ReadonlySet<string> = new Set(['مملكة', 'جمهورية', 'دولة', 'إمارة', 'سلطنة'].map((w) => bare(nameKey(w))));


/** Press nouns that are not part of an outlet's name (صحيفة، قناة): the media heads but agencies (وكالة الأنباء …). */
const PRESS_HEADS: ReadonlySet<string> = new Set([...MEDIA_HEADS].filter((h) => h !== 'وكاله'));
/**
 * A keyed word that makes the number before it an amount, not part of a name: a number word («ألف», «مليون») or a currency
 * («منظمة المادة 19» keeps its 19; «مركز البصرة 28 ألف»، «والغاز 1000 مليون دينار» do not).
 */
function amountWord(key: string): boolean {
  return !!lookupNumberWord(key) || findIn(key, CURRENCIES) !== undefined;
}

/** Words that begin with «ل» of their own, no «ل» + noun complement (keyed): «ليلة البارحة» (last night), «لدى» (at). */
const LAM_INITIAL_WORDS: ReadonlySet<string> = new Set(['ليله', 'ليل', 'ليلا', 'لحظه', 'لاحقا', 'لدي', 'لكن', 'لذلك', 'لان', 'لقد', 'ليس', 'ليست', 'لم', 'لن', 'لعل', 'لو', 'لولا']);
/** Adjectives of a body's scope (national, regional, local, professional), keyed, before a «لل» complement whose domains may be coordinated. */
const SCOPE_ADJECTIVE = /^ال(وطني|جهوي|محلي|مهني|اقليمي|قومي)(ه)?$/u;
/**
 * A place and a person the tagger ran together: «رئيس بلدية بن عروس سيف الله الشريف» (the mayor of Ben Arous, Seifallah
 * Cherif) as one place, «قبلي الهادي سليمان» as one person. Cut at a listed given name (or «عبد/أبو») with a word after it,
 * when the words before it are a place the article names on its own (or, after a place noun, one the gazetteer knows):
 * the place, then the person.
 */
function splitPlacePersons(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  const parts: Occurrence[] = [];
  // The places the article names on their own, keyed: «بن عروس عبد اللطيف الميساوي» tagged as one person, where «بن عروس»
  // is a place elsewhere in the article, is the place and then the person.
  let places: Set<string> | undefined;
  const opensPerson = (w: string): boolean => listedGivenName(nameKey(w)) || /^(عبد|ابو)/u.test(nameKey(w));
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k]!;
    if (o.latin || o.tokens.length < 3 || (o.type !== 'PER' && o.type !== 'LOC')) continue;
    // (A look at the keyed words first: a given name among them, past the first, or nothing to cut.)
    let given = false;
    for (let t = 1; t < o.tokens.length - 1 && !given; t++) given = opensPerson(o.tokens[t]!);
    if (!given) continue;
    const words = text.slice(o.start, o.end).split(/\s+/u);
    let at = -1;
    // (The place's own words must be a place the article names elsewhere or a known one: not «حي خالد بن الوليد», a
    // neighbourhood named after a person.)
    // (The gazetteer only after a place noun: its one-word names include given names, «جان»، «ماري».)
    const placeWords = (from: number, to: number): boolean => {
      const name = words.slice(from, to).join(' ');
      places ??= new Set(occurrences.filter((x) => x.type === 'LOC').map((x) => nameKey(text.slice(x.start, x.end))));
      return places.has(nameKey(name)) || (from > 0 && to - from === 1 && knownPlace(name));
    };
    if (o.type === 'LOC' && o.tokens.length >= 4 && PLACE_HEADS.has(o.tokens[0]!)) {
      for (let w = 2; w + 1 < words.length && at < 0; w++) if (opensPerson(words[w]!) && placeWords(1, w)) at = w;
    } else if (o.type === 'PER') {
      for (let w = 1; w <= 2 && w + 1 < words.length && at < 0; w++) if (opensPerson(words[w]!) && placeWords(0, w)) at = w;
    }
    if (at < 0) continue;
    const placeEnd = o.start + words.slice(0, at).join(' ').length;
    const personStart = placeEnd + text.slice(placeEnd, o.end).search(/\S/u);
    parts.push(
      { start: o.start, end: placeEnd, type: 'LOC', tokens: nameTokens(text.slice(o.start, placeEnd)), latin: false },
      { start: personStart, end: o.end, type: 'PER', tokens: nameTokens(text.slice(personStart, o.end)), latin: false },
    );
    occurrences.splice(k, 1);
    k--;
  }
  if (!parts.length) return;
  occurrences.push(...parts);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A one-word place that is the first or the last word of a person the article names in full, and no place the alias table
 * or the gazetteer knows, is that person: «أماندا ماريا روكى … وتحدثت أماندا بعد إنقاذها» (the tagger read the second
 * «أماندا» as a place).
 */
function personsTypedAsPlaces(occurrences: Occurrence[], aliases: AliasIndex): void {
  let ends: Set<string> | undefined;
  for (const o of occurrences) {
    if (o.type !== 'LOC' || o.latin || o.tokens.length !== 1) continue;
    if (!ends) {
      ends = new Set();
      for (const p of occurrences) {
        if (p.type !== 'PER' || p.tokens.length < 2) continue;
        ends.add(p.tokens[0]!);
        ends.add(p.tokens[p.tokens.length - 1]!);
      }
    }
    if (ends.size && ends.has(o.tokens[0]!) && !knownPlaceName(o.tokens[0]!, aliases)) o.type = 'PER';
  }
}

/**
 * A name written in Arabic and then in Latin script in one mention, «قضية "ايرباص Airbus"», «لفلاين Lavalin»: two
 * occurrences of one entity when the Arabic transliterates the Latin, the Latin one marked as the gloss of the Arabic
 * one (joined to it when clustered).
 */
function splitScripts(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  const parts: Occurrence[] = [];
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k]!;
    if (o.latin || o.tokens.length < 2) continue;
    // (The last keyed word in Latin letters, or nothing to split: keys write Latin in lower case.)
    const c = o.tokens[o.tokens.length - 1]!.charCodeAt(0);
    if (c < 0x61 || c > 0x7a) continue;
    const m = ARABIC_THEN_LATIN.exec(text.slice(o.start, o.end));
    // (Only a transliteration: not «بنك ATB» (a head noun and the name), «سامسونج الجديدة Touchwiz» (a product).)
    if (!m || !transliterates(m[1]!, m[2]!)) continue;
    const arabicEnd = o.start + m[1]!.length;
    const latinStart = o.start + m[0].length - m[2]!.length;
    const arabic: Occurrence = { start: o.start, end: arabicEnd, type: o.type, tokens: nameTokens(m[1]!), latin: false };
    const latin: Occurrence = { start: latinStart, end: o.end, type: o.type, tokens: nameTokens(m[2]!), latin: true, glossOf: arabic };
    if (!arabic.tokens.length || !latin.tokens.length) continue;
    parts.push(arabic, latin);
    occurrences.splice(k, 1);
    k--;
  }
  if (!parts.length) return;
  occurrences.push(...parts);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}
/** Arabic words, then Latin ones: the two scripts of one name in one mention. */
const ARABIC_THEN_LATIN = /^([\u0600-\u06FF][\u0600-\u06FF\s]*?)\s+([A-Za-z][A-Za-z\s.&'-]*)$/u;

/**
 * Places listed with «و» that the tagger took for one: «في مناطق هرقلة ونابل وجرجيس» (in Hergla, Nabeul and Zarzis) gives
 * «نابل» and «جرجيس». A part after «و» is cut off when it or the part before it is a known place (the alias table or the
 * gazetteer), so that a name with a word in «و» of its own stays whole: «تيزي وزو» (Tizi Ouzou).
 */
function splitCoordinatedPlaces(doc: AnalysisDocument, occurrences: Occurrence[], aliases: AliasIndex): void {
  const text = doc.text;
  const known = (name: string): boolean => knownPlaceName(name, aliases);
  const parts: Occurrence[] = [];
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k]!;
    // (A body too, when what stands before the first «و» is a known place: «فنادق العقبة ووادي رم», the hotels of Aqaba and
    // Wadi Rum, which the tagger read as one body after «فنادق».)
    if ((o.type !== 'LOC' && o.type !== 'ORG') || o.latin || o.tokens.length < 2) continue;
    let conjoined = false;
    for (let t = 1; t < o.tokens.length && !conjoined; t++) conjoined = o.tokens[t]!.charCodeAt(0) === 0x0648; // و
    if (!conjoined) continue;
    const surface = text.slice(o.start, o.end);
    if (!/\sو\p{L}/u.test(surface) || aliases.lookup(surface) !== undefined) continue;
    if (o.type === 'ORG' && !known(surface.slice(0, surface.search(/\sو\p{L}/u)))) continue;
    // The cuts: every «و» that opens a word, where the words on either side make known places.
    const pieces: [number, number][] = [];
    let from = 0;
    for (const m of surface.matchAll(/\sو(?=\p{L})/gu)) {
      const before = surface.slice(from, m.index);
      const after = surface.slice(m.index + m[0].length).split(/\s+?(?=و\p{L})|\s+و/u)[0]!.trim();
      if (before.length >= 3 && after.length >= 3 && (known(before) || known(after))) {
        pieces.push([from, m.index]);
        from = m.index + m[0].length;
      }
    }
    if (!pieces.length) continue;
    pieces.push([from, surface.length]);
    const made = pieces.map(([a, b]): Occurrence => ({ start: o.start + a, end: o.start + b, type: 'LOC', tokens: nameTokens(surface.slice(a, b)), latin: false }));
    parts.push(...made);
    occurrences.splice(k, 1);
    k--;
  }
  if (!parts.length) return;
  occurrences.push(...parts);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** «الإلكترونية» (online) after an outlet's name, keyed. */
const ONLINE: ReadonlySet<string> = new Set(['الالكترونيه', 'الالكتروني', 'الاليكترونيه']);

/**
 * Nouns (keys, without the article) that a «ل/لل» after a body's name makes an addressee, not part of
 * the name: outlets and the press («قالت الوزارة للصحفيين», the ministry told reporters;
 * «لوكالة تونس إفريقيا للأنباء»).
 */
const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([...MEDIA_HEADS, ...'صحفي صحافي مراسل مراسلة مراسلي وسائل نظيره نظيرته'.split(' ').map((w) => nameKey(w))]);

/**
 * A plural of people after «ل» (genitive, so in «ين»: «للصحفيين، للتونسيين، للمواطنين»): after a body's name,
 * those it speaks or gives to. Not a verbal noun of the «تفعيل» pattern (للتأمين، للتكوين: insurance, training).
 */
const PEOPLE_PLURAL = /^(?!ت..ين$).{3,}ين$/u;

/** True when the word after «ل/لل» (`noun`, a key without them) makes an addressee or a recipient, not part of a name. */
const addresseeNoun = (noun: string): boolean => ADDRESSEE_NOUNS.has(noun) || PEOPLE_PLURAL.test(noun);

/**
 * Words with «ل/لل» that start no complement of a name (the tagger pass's list, keyed): «لصالح» (in favour
 * of), «لمدة», «لهذا», «للمرة» (for the … time), periods («مجلس الأمن للفترة 2019/2020»).
 */
const NOT_COMPLEMENTS: ReadonlySet<string> = new Set(NOT_COMPLEMENT_WORDS.flatMap((w) => [nameKey('ل' + w), nameKey('لل' + w)]));

/** «المعطلين، العاطلين» (the unemployed), keyed: a body's name goes on after them with «عن العمل» (out of work). */
const UNEMPLOYED: ReadonlySet<string> = new Set(['المعطلين', 'العاطلين'].map((w) => nameKey(w)));
/** «العمل» (work), keyed. */
const OUT_OF_WORK = nameKey('العمل');
/** «النقل، للنقل» (transport), keyed: a body's name goes on with how or where, behind «بال». */
const TRANSPORT: ReadonlySet<string> = new Set(['النقل', 'للنقل'].map((w) => nameKey(w)));

/** Words in «ي/ية» that name no body (relatives, ordinals, time words: `NOT_NISBA` of the tagger pass), keyed. */
const NOT_NISBA_KEYS: ReadonlySet<string> = new Set([...NOT_NISBA].map((w) => nameKey(w)));

/**
 * A definite adjective (a key) that may end a body's name, one news copy writes in both genders (الوطني /
 * الوطنية، الخاص / الخاصة) and that names no time or relation — not a noun in ة, the verb's object after the
 * name («وزارة الخارجية الخطوة»، «الجبهة الشعبية الحكومة»), nor a family name (الشاذلي).
 */
function trailingAdjective(key: string): boolean {
  if (!/^ال.{2,}/u.test(key) || NOT_NISBA_KEYS.has(key)) return false;
  const lex = getLexicon();
  // (An adjective has both genders in news copy — الوطني / الوطنية، الخاص / الخاصة; a family name in ي
  // hardly ever: الشاذلي.)
  if (key.endsWith('ي')) return (lex.get(key + 'ة') ?? 0) >= 20;
  return key.endsWith('ه') && (lex.get(key.slice(0, -1)) ?? 0) >= 20;
}

/**
 * A definite adjective in the sound masculine plural (a key) after a word in «ين» that it agrees with, ending a body's
 * name: «اتحاد الأساتذة الجامعيين الباحثين التونسيين» (the union of Tunisian university teachers and researchers) — a
 * nisba («التونسيين», of «التونسي») or a participle whose singular news copy writes often («الباحثين», of «الباحث»).
 */
function pluralAdjective(key: string, before: string): boolean {
  if (!/^ال.{3,}ين$/u.test(key) || !/ين$/u.test(before)) return false;
  const singular = key.slice(0, -2);
  if (singular.endsWith('ي')) return trailingAdjective(singular);
  return (getLexicon().get(singular) ?? 0) >= 20;
}

/** «الذي، التي» (who, which) as keys: a clause about the body begins. */
const BODY_RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي'].map((w) => nameKey(w)));

/**
 * True when the clause goes no further than token `last`: the text ends, or punctuation follows, or a
 * complementiser, a speech verb or «الذي/التي» («مؤسسة محمد الخامس للتضامن إن …»); so a «ل» complement
 * before it belongs to the name, not to a purpose clause. (A recipient before a full stop, «ومنحت وزارة
 * الثقافة للفنانين.», is kept out by {@link addresseeNoun}.)
 */
function clauseEndsAfter(doc: AnalysisDocument, view: TokenView, last: number): boolean {
  const next = last + 1;
  if (next >= doc.tokens.length) return true;
  const token = doc.tokens[next]!;
  if (isPunct(token)) return true;
  if (!view.words[next]) return false;
  const k = view.keys[next]!;
  return COMPLEMENTISERS.has(k) || cueForms().has(k) || BODY_RELATIVES.has(k);
}

const OPEN_BRACKET = 0x28;
/** Whether a name ending at `end` is followed by its Latin spelling in brackets: « (Catherine Leblanc)». */
function latinGlossAfter(text: string, end: number): boolean {
  const m = BRACKETED.exec(text.slice(end, end + 44));
  return m !== null && isLatin(m[1]!);
}

/** «بن», «ابن», «بنت» (son/daughter of) after a given name. */
const NASAB = /^(بن|ابن|بنت)$/u;
/** «ولد» (son of) and «منت» (daughter of) in Mauritanian names, keyed. */
const MAURITANIAN_NASAB = /^(ولد|منت)$/u;
/** Titles that are also Mauritanian given names before «ولد/منت»: «الشيخ»، «سيدي»، «أمير»; keyed. */
const TITLE_GIVEN_NAMES: ReadonlySet<string> = new Set(['الشيخ', 'شيخ', 'سيدي', 'أمير', 'الأمير'].map((w) => nameKey(w)));

/** «عام», «عامة» (general), keyed: after an indefinite role noun, part of the role («مدير عام», director-general). */
const GENERAL: ReadonlySet<string> = new Set(['عام', 'عامة'].map((w) => nameKey(w)));

/** «أمين» (secretary; the given name Amine), keyed. */
const AMINE = nameKey('أمين');
/** What completes an indefinite «أمين» into a title (أمين عام، أمين سر، أمين مال، أمين وطني، أمين جهوي), keyed. */
const SECRETARY_COMPLEMENTS: ReadonlySet<string> = new Set([...GENERAL, ...['سر', 'مال', 'وطني', 'جهوي', 'قار', 'أول'].map((w) => nameKey(w))]);

/** «العهد» of «ولي العهد» (the crown prince), and what stands before it. */
const CROWN = 'العهد';
const CROWN_BEFORE = /(?:^|\s)[وفل]?ولي\s+$/u;

/** Role nouns that never end a person's name (كاهية مدير, deputy director). */
const TRAILING_ROLES = new Set(['كاهيه', 'مدير', 'مديره', 'رئيس', 'رئيسه', 'وزير', 'وزيره', 'نائب', 'مستشار', 'سفير', 'عضو', 'مندوب', 'امير', 'محافظ']);


/**
 * Role nouns that open an apposition after a name, before their complement: the trailing roles and
 * «ضيف» (the guest of a programme).
 */
const APPOSITION_ROLES = new Set([...TRAILING_ROLES, 'ضيف', 'ضيفه']);

/**
 * Bodies whose name is often written in quotation marks after the head (جماعة "الإخوان المسلمين"; بنك "راند مرشان
 * بنك", the Rand Merchant Bank; مؤسسة "سيغما كونساي"، مرصد "رقابة").
 */
const QUOTED_NAME_HEADS = new Set([
  ...MEDIA_HEADS,
  ...'جماعه حركه حزب منظمه جمعيه شركه مجموعه ائتلاف تنظيم ميليشيا مليشيا بنك مصرف مؤسسه مجمع صندوق معهد مرصد مختبر نادي منتدي'.split(' '),
]);

/** «وكالة» (agency) of «وكالة أنباء "…"» (a news agency named in quotation marks), keyed. */
const AGENCY: ReadonlySet<string> = new Set(['وكاله']);

/** Start of the white-space-delimited word that contains offset `pos`. */
function wordStartBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !/[\s\p{P}]/u.test(text[i - 1]!)) i--;
  return i;
}

/** True for a one-word name of a city, region or country in the tagger's gazetteer (قفصة، صفاقس). */
function knownPlace(word: string): boolean {
  return getNerModel().resources.gazetteer.oneWordName(fold(word), PLACE_TYPES);
}
/** A place the alias table or, for one word, the gazetteer knows («نابل», «البوسنة والهرسك»). */
function knownPlaceName(name: string, aliases: AliasIndex): boolean {
  const g = aliases.lookup(name);
  return g !== undefined ? aliases.groups[g]!.type === 'LOC' : !name.includes(' ') && knownPlace(name);
}
const PLACE_TYPES: readonly GazetteerType[] = ['CITY', 'REGION', 'COUNTRY'];

/** Whether `mark` closes a quotation mark that `name` opens and leaves open (an odd number of «"», or more «“«„» than «”»»). */
function closesMarkInside(name: string, mark: string): boolean {
  if (mark === '"') return (name.match(/"/gu)?.length ?? 0) % 2 === 1;
  if (mark !== '»' && mark !== '”') return false;
  return (name.match(/[«“„]/gu)?.length ?? 0) > (name.match(/[»”]/gu)?.length ?? 0);
}

/** The name inside a mention's text, or null when the mention is not a name. */
function trimName(text: string, type: EntityType, aliases: AliasIndex, glossed = false, closes = false): Trim | null {
  let start = 0;
  let end = text.length;
  // Strip trailing and leading spaces and punctuation a tagger may include.
  while (start < end && /[\s\p{P}]/u.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1]!) && text[end - 1] !== '.') end--;
  // (But for a quotation mark that closes one opened inside the name: «الجوهرة "أف أم"», «الجوهرة «أف أم»».)
  if (end < text.length && closesMarkInside(text.slice(start, end), text[end]!)) end++;
  // «وكشفت المنظمة أن الدريدي …» (the organisation revealed that Dridi …): a complementiser written with its hamza ends the
  // name before it. (Not a letter of an acronym: «سي إن إن», CNN.)
  const complementiser = /(\S+)\s+(?:أن|إن|بأن)(?=\s|$)/u.exec(text.slice(start, end));
  if (complementiser && nameKey(complementiser[1]!).length >= 3) end = start + complementiser.index + complementiser[1]!.length;
  for (;;) {
    const word = /^(\S+)\s+/u.exec(text.slice(start, end));
    if (!word) break;
    const key = nameKey(word[1]!);
    // «جثمان الفقيد محمد …» (the remains of the late Mohamed …): words for the dead before a name are no part of it.
    if (type === 'PER' && REMAINS.test(key)) {
      start += word[0].length;
      // (And no name left: «جثمان الفقيد» alone, the tagger's span ending before the name.)
      if (REMAINS.test(nameKey(text.slice(start, end).trim()))) return null;
      continue;
    }
    // «ولد» first is the verb «وُلد» (was born): «ولد إمانويل ماكرون في …» (Emmanuel Macron was born in …); «والد»
    // (father) before a name is the father of that name, no part of it. (The Mauritanian «ولد», son of, stands between
    // names.)
    if (type === 'PER' && (key === BORN || key === FATHER)) {
      start += word[0].length;
      continue;
    }
    if (!findIn(key, HONORIFICS) && !findIn(key, ROLE_HEADS)) break;
    // (A town the project lists whole opens with no title: «باب الجديد» (Bab Jedid) is no «ب» + «أب», father.)
    if (type === 'LOC' && listedPlaceLength(text.slice(start, end).trim().split(/\s+/u).map(fold)) >= 2) break;
    // «معتمد بن قردان عمر الكوز» (the delegate of Ben Guerdane, Omar Kouz): a role, the town it is of, and a name of two
    // words or more after them — the town is the role's, not the name's (nor is «بن» there «son of»).
    if (type === 'PER' && findIn(key, ROLE_HEADS)) {
      const after = text.slice(start + word[0].length, end).split(/\s+/u).filter(Boolean);
      const town = listedPlaceLength(after.map(fold));
      if (town > 0 && after.length >= town + 2) {
        start += word[0].length;
        for (let w = 0; w < town; w++) start += /^\S+\s+/u.exec(text.slice(start, end))![0].length;
        break;
      }
    }
    // A title word that is also a given name, before «بن» (son of), is the given name: «سلطان بن حمود
    // المطيري» (Sultan bin Hamoud al-Mutairi), «أمير بن …».
    const [, secondWord = '', thirdWord = ''] = /^\S+(?:\s+(\S+))?(?:\s+(\S+))?/u.exec(text.slice(start, end)) ?? [];
    const second = nameKey(secondWord);
    if (!key.startsWith('ال') && NASAB.test(second)) break;
    // Before the Mauritanian «ولد/منت» (son / daughter of) even a definite one: «الشيخ ولد باب أحمد» (Cheikh Ould
    // Bab Ahmed), whose given name is «الشيخ».
    // (Only a title that is also a given name: «السيد ولد محمد» is Mr Ould Mohamed.)
    if (type === 'PER' && TITLE_GIVEN_NAMES.has(key) && MAURITANIAN_NASAB.test(second)) break;
    // So is «أمين» (secretary; Amine) before one indefinite word that completes no secretary's title: «المحامي أمين سيدهم»
    // (the lawyer Amine Sidhom), not «أمين عام», «أمين مال» (secretary-general, treasurer).
    if (type === 'PER' && key === AMINE && second && !thirdWord && !second.startsWith('ال') && !SECRETARY_COMPLEMENTS.has(second)) break;
    // So is «أمير» (emir) before a family name in «الله»: «معتمد المنطقة أمير خير الله» (Amir Khairallah).
    if (type === 'PER' && TITLE_GIVEN_NAMES.has(key) && !key.startsWith('ال') && theophoricFamilyName(fold(secondWord), fold(thirdWord))) break;
    // So is one before a family name with the article that names no nationality: «د. سلطان المطيري» (Dr
    // Sultan al-Mutairi), «إمام الحربي»; not «سلطان عمان» (the Sultan of Oman), «الإمام الحربي».
    if (type === 'PER' && !key.startsWith('ال') && MALE_FIRST_NAMES.has(key) && /^ال.{3,}ي$/u.test(second) && !countryOfNisba(second, aliases)) break;
    let next = start + word[0].length;
    // A nationality adjective after the title belongs to it: «الرئيس الفرنسي ماكرون».
    const adj = /^(\S+)\s+/u.exec(text.slice(next, end));
    if (adj && NISBA.test(nameKey(adj[1]!)) && text.slice(next + adj[0].length, end).trim()) next += adj[0].length;
    // So does an indefinite «عام» (general): «أمين عام», «كاتب عام», «مدير عام» (secretary-, director-general).
    else if (adj && GENERAL.has(nameKey(adj[1]!)) && !key.startsWith('ال') && text.slice(next + adj[0].length, end).trim()) next += adj[0].length;
    start = next;
  }
  // «السناتور الجمهوري» (the Republican senator), «الرئيس الأمريكي»: a title and one adjective in «ي» is a
  // description, not a person's name.
  // (Only a nationality or a party: «الرئيس الباجي» keeps Beji, a given name with the article.)
  if (type === 'PER' && start > 0 && !/\s/u.test(text.slice(start, end).trim())) {
    const rest = nameKey(text.slice(start, end).trim());
    if (PARTY_ADJECTIVES.has(rest) || (/^ال\S{3,}(ي|يه)$/u.test(rest) && countryOfNisba(rest, aliases))) return null;
  }
  // «(وزير المالية) التونسي سامي الورتاني»: a nationality adjective that ends the role before the name
  // is not part of it.
  if (type === 'PER') {
    const adj = /^(\S+)\s+/u.exec(text.slice(start, end));
    if (adj && /^ال/u.test(nameKey(adj[1]!)) && countryOfNisba(nameKey(adj[1]!), aliases) && text.slice(start + adj[0].length, end).trim()) start += adj[0].length;
  }
  // «على» written with alef maqsura is the preposition «on» (أعلن على تويتر، على هامش، هجوم على ماكرون),
  // not «علي» (Ali), which Maghrebi and Gulf copy writes with ي — but for a compound name (على بن X).
  if (type === 'PER') {
    const on = /^على\s+(?=(\S+))/u.exec(text.slice(start, end));
    if (on && !/^(بن|ابن|عبد)$/u.test(nameKey(on[1]!))) {
      start += on[0].length;
      // (One word left is mostly no name either — «على هامش», on the sidelines; «على حسن (تطبيق)», on the
      // good (application); «على تويتر» — or a surname the article names in full elsewhere (على ماكرون).)
      if (!/\s/u.test(text.slice(start, end).trim())) return null;
    }
  }
  // A speech verb the tagger took into the name (وتوقع بن حليمة), or a document noun («بيان ويكيليكس»,
  // WikiLeaks' statement).
  const lead = /^(\S+)\s+/u.exec(text.slice(start, end));
  if (lead && type !== 'LOC') {
    const k = nameKey(lead[1]!);
    // (Nor «أف أم» (FM) of a station before its reporter's name: «مراسل الجوهرة أف أم ماهر الصغير».)
    if (type === 'PER' && /^(اف|ف)\s+(ام|م)\s+\S/u.test(nameKey(text.slice(start, end)))) {
      const fm = /^\S+\s+\S+\s+/u.exec(text.slice(start, end));
      if (fm) start += fm[0].length;
    }
    // (Nor «اسم» (name) of «الناطق باسم الترجي», the spokesman in the name of Espérance.)
    if ((type === 'PER' && isCueWord(k)) || ((type === 'PER' || type === 'ORG') && (documentNoun(k) !== undefined || k === 'اسم'))) start += lead[0].length;
  }
  // A title after a person's name (محمد بن سلمان ولي العهد، … الأمين العام) is not part of it.
  if (type === 'PER') {
    let words = [...text.slice(start, end).matchAll(/\S+/gu)];
    // «محمد علي بن رمضان كاهية (مدير …)»: an indefinite role noun that ends the mention begins a role.
    if (words.length >= 3 && TRAILING_ROLES.has(nameKey(words.at(-1)![0]))) {
      end = start + words.at(-1)!.index!;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      words.pop();
    }
    // «عصام الشابي ضيف بوليتيكا» (Issam Chebbi, the guest of Politica): an indefinite role noun with a
    // complement after a name of two words begins an apposition. (Not a last word: «أحمد شوقي ضيف».)
    for (let i = 2; i + 1 < words.length; i++) {
      if (!APPOSITION_ROLES.has(nameKey(words[i]![0]))) continue;
      // (Not a compound name: «ضيف الله» (Dhifallah), «عبد الكريم ضيف …» with «عبد» + its word as one.)
      if (/^(الله|الرحمن)$/u.test(nameKey(words[i + 1]![0])) || (i === 2 && /^(عبد|ابو|بن)$/u.test(nameKey(words[0]![0])))) continue;
      end = start + words[i]!.index!;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      words = words.slice(0, i);
      break;
    }
    // «نائب رئيس (مستقبل القصرين السيد توفيق اليحياوي)» (the vice-president of the club, Mr X): a title
    // that stands only before a name, with two words or more after it, ends the role's complement the
    // tagger took in; the person is the name after it. (Not when a given name opens the mention: «السيد»
    // is also a family name, محمد أحمد السيد علي.)
    if (words.length >= 4 && !givenName(nameKey(words[0]![0]), words[0]![0])) {
      for (let i = 1; i + 2 < words.length; i++) {
        const k = nameKey(words[i]![0]);
        const after = nameKey(words[i + 1]![0]);
        if (k.startsWith('ال') && findIn(k, PERSON_TITLES) && !findIn(after, PERSON_TITLES) && !findIn(after, ROLE_HEADS) && !findIn(after, HONORIFICS)) {
          start += words[i + 1]!.index!;
          words = [...text.slice(start, end).matchAll(/\S+/gu)];
          break;
        }
      }
    }
    for (let i = 2; i < words.length; i++) {
      const k = nameKey(words[i]![0]);
      const prev = nameKey(words[i - 1]![0]);
      if (/^(عبد|بن|ابن|بنت|ابو|ابي|ام|ال|آل)$/u.test(prev)) continue;
      const title = (k === 'ولي' && nameKey(words[i + 1]?.[0] ?? '') === 'العهد') || (k.startsWith('ال') && (findIn(k, ROLE_HEADS) || findIn(k, HONORIFICS) || findIn(k, PERSON_TITLES)));
      // (A title word that ends a name closing its clause is the family name: «عبد المنعم حسن الأمين، إن»,
      // not «… الأمين العام».)
      if (title && closes && i === words.length - 1 && k !== 'ولي') break;
      // («نور الدين الحاج علي», Noureddine Hajj Ali: «الحاج» and one word last are a family name, «الحاج علي».)
      if (title && k === HAJJ && i === words.length - 2) break;
      if (title) {
        end = start + words[i]!.index!;
        while (end > start && /\s/u.test(text[end - 1]!)) end--;
        break;
      }
    }
  }
  // A nationality adjective after a place (مانشستر البريطانية) is not part of its name.
  if (type === 'LOC' && aliases.lookup(text.slice(start, end)) === undefined) {
    const tail = /\s+(\S+)$/u.exec(text.slice(start, end));
    // (Not after a geographic head: المحيط الهندي, the Indian Ocean; nor after «شبه» (peninsula) and its head: «شبه الجزيرة
    // الكورية», the Korean peninsula.)
    const heads = text.slice(start, end).split(/\s+/u);
    const geo = GEO_HEADS.has(bare(nameKey(heads[nameKey(heads[0] ?? '') === PENINSULA ? 1 : 0] ?? '')));
    // (Nor a town the project lists whole: «برج العامري» (Borj El Amri) is no tower with an adjective.)
    if (tail && !geo && /^ال.{2,}(ي|يه)$/u.test(nameKey(tail[1]!)) && !DIRECTIONS.has(bare(nameKey(tail[1]!))) && listedPlaceLength(heads.map(fold)) !== heads.length) end -= tail[0].length;
  }
  // «صحيفة التايمز»، «قناة الجزيرة» (the Times newspaper, the Al Jazeera channel): the press noun
  // says what the outlet is; its name is what follows (news agencies keep theirs: وكالة الأنباء الفرنسية).
  if (type === 'ORG') {
    const press = /^(\S+)\s+/u.exec(text.slice(start, end));
    // («قناة السويس», the Suez Canal, is also «قناة» + a definite name: a channel keeps it there.)
    const pressKey = press ? nameKey(press[1]!) : '';
    // («إذاعة قفصة» (Radio Gafsa), a regional station named after its town, keeps it: without it the name is a place.)
    const rest = pressKey === 'اذاعه' ? text.slice(start + press![0].length, end).trim() : '';
    const placeNamed = rest !== '' && !/\s/u.test(rest) && knownPlace(rest);
    if (press && PRESS_HEADS.has(pressKey) && /\p{L}/u.test(text.slice(start + press[0].length, end)) && !(pressKey === 'قناه' && /^\s*ال/u.test(text.slice(start + press[0].length, end))) && !placeNamed) {
      start += press[0].length;
      while (start < end && /[\s\p{P}]/u.test(text[start]!)) start++;
      // «صحيفة التايمز البريطانية»: so is the nationality adjective after the name.
      const tail = /\s+(\S+)$/u.exec(text.slice(start, end));
      if (tail && /^ال/u.test(nameKey(tail[1]!)) && countryOfNisba(nameKey(tail[1]!), aliases)) end -= tail[0].length;
      while (end > start && /[\s\p{P}]/u.test(text[end - 1]!)) end--;
    }
  }
  // «جزيرتي صنافير وتيران» (the two islands of …): the dual head is not part of the first name.
  const dual = /^(\S+)\s+/u.exec(text.slice(start, end));
  if (dual && /^(جزيرتي|مدينتي|ولايتي|جزيرتا|مدينتا|منطقتي|بلدتي|قريتي)$/u.test(nameKey(dual[1]!)) && text.slice(start + dual[0].length, end).trim()) start += dual[0].length;
  const surface = text.slice(start, end);
  const tokens = nameTokens(surface);
  if (!tokens.length || tokens.join('').length < 2) return null;
  if (aliases.lookup(surface) === undefined) {
    if (tokens.every((t) => findIn(t, HONORIFICS) || findIn(t, ROLE_HEADS) || NOT_NAMES.has(bare(t)))) return null;
    // A document noun or a number word alone is no person: «وأشار بلاغ وزارة الشؤون الثقافية» (the ministry's statement
    // pointed out), «أربعمائة وخمسون» (four hundred and fifty), both tagged as persons. (An outlet may be named so: «صحيفة
    // البيان», the daily Al Bayan.)
    if (type === 'PER' && tokens.length === 1 && (documentNoun(tokens[0]!) !== undefined || lookupNumberWord(normalizeWord(surface)) !== null)) return null;
    // A hashtag (#ايفانكا_بنت_سالم، هاشتاغ …) is not a name as written.
    if (/[#_]/u.test(surface) || /^(هاشتاغ|هاشتاج|هاشتاق|وسم)$/u.test(tokens[0]!)) return null;
    // «ريال سعودي» (Saudi riyal): a currency, whatever follows it.
    if (tokens.length > 1 && CURRENCIES.has(bare(tokens[0]!))) return null;
    // «سعودي»، «مصرية»، «شيعي»: an indefinite nationality or sect adjective (a Saudi, a Shiite …) names nobody.
    if (tokens.length === 1 && !tokens[0]!.startsWith('ال') && (SECTS.has(tokens[0]!) || countryOfNisba(tokens[0]!, aliases))) return null;
    // «التركية» (Turkish) after «وكالة الأناضول»: a definite nationality adjective that is no country's name.
    if (tokens.length === 1 && type === 'LOC' && tokens[0]!.startsWith('ال') && countryOfNisba(tokens[0]!, aliases)) return null;
    // «قاض اتحادي» (a federal judge): an indefinite adjective made from a common noun (اتحاد) is no body or place.
    if (tokens.length === 1 && type !== 'PER' && nisbaOfNoun(tokens[0]!)) return null;
    // «المنظمة الدولية»، «الوزارة السعودية» (the international organisation, the Saudi ministry): a head
    // noun with only generic or nationality adjectives is a description.
    // («المنظمة الحقوقية الدولية», the international rights organisation, too: an adjective of its field.)
    if (tokens.length > 1 && ORG_HEADS.has(bare(tokens[0]!)) && !INSTITUTIONS.has(bare(tokens[0]!)) && tokens.slice(1).every((t) => t.startsWith('ال') && (DIRECTIONS.has(bare(t)) || FIELD_ADJECTIVES.has(t) || countryOfNisba(t, aliases)))) return null;
    // «حركة جولان المترو» (metro traffic), «حركة العرض والطلب» (supply and demand): «حركة» before what moves is movement, no
    // party, whoever tagged it (see COMMON_HEAD_COMPLEMENTS).
    if (tokens.length > 1 && type === 'ORG' && bare(tokens[0]!) === MOVEMENT && COMMON_HEAD_COMPLEMENTS.get(MOVEMENT)!.has(bare(tokens[1]!))) return null;
    // «منظمة ضعيفة» (a weak organisation): an indefinite head and an indefinite adjective.
    // (Not «نادي برشلونة»: a name is hardly ever written with the article; the adjective is.)
    if (tokens.length === 2 && ORG_HEADS.has(tokens[0]!) && !tokens[1]!.startsWith('ال') && tokens[1]!.endsWith('ه') && articleCounts(surface.split(/\s+/u).at(-1)!).withArticle > 0) return null;
    // (But a town the gazetteer knows is one: «جهة الدهماني بالكاف والمكناسي بسيدي بوزيد», Dahmani in Kef and Meknassy.)
    if (tokens.length === 1 && (type !== 'PER' || /(يون|يين)$/u.test(tokens[0]!)) && NISBA.test(tokens[0]!) && !(type === 'LOC' && (knownPlace(surface) || knownPlaceWord(fold(surface))))) return null;
    if (/^\p{N}+$/u.test(tokens.join(''))) return null;
    if (tokens.length === 1 && (ORG_HEADS.has(bare(tokens[0]!)) || PLACE_HEADS.has(bare(tokens[0]!)) || GENERIC_PLACES.has(bare(tokens[0]!)) || CURRENCIES.has(bare(tokens[0]!)))) return null;
    // Nisba duals and plurals (ليبيان، عسكريين، شاهدان مصريان) describe people, they do not name them.
    // (Not after a given name: «محمد أمزيان» (Mohamed Amziane), a Berber family name in «يان».)
    if (/^[^\s]{3,}(يان|يين|يون)$/u.test(tokens.at(-1)!) && !tokens.at(-1)!.startsWith('ال') && !(type === 'PER' && tokens.length > 1 && givenName(tokens[0]!, surface.split(/\s+/u)[0]!))) return null;
    if (tokens.length > 1 && ANAPHORIC.has(bare(tokens.at(-1)!))) return null;
    // Plurals and duals (مسؤولين حكوميين) name nobody — but foreign names end so too: «كاترين لوبلان
    // (Catherine Leblanc)», glossed in Latin script, is a name; so is «مارين لوبان» (Marine Le Pen), whose
    // words news never writes with the article, as it does a common plural or its singular (المسؤولين).
    if (type === 'PER' && !glossed && tokens.length > 1 && tokens.every((t) => /^[^ا].{2,}(ان|ين|ون)$/u.test(t)) && surface.split(/\s+/u).some(commonPlural)) return null;
    // Nor do feminine duals with a nisba or the article after them: «آيتين قرآنيتين» (two Quranic verses), «الروسيتان
    // القريبتان» (the two nearby Russian …) — not «كريستيان كونستونتان» (Christian Constantin).
    if (tokens.length > 1 && tokens.every((t) => /^.{2,}(تين|تان)$/u.test(t)) && /^(ال.{2,}|.{2,}ي)(تين|تان)$/u.test(tokens.at(-1)!)) return null;
  }
  return { from: start, to: end };
}

/** «federal» as a loanword and in Arabic, masculine and feminine (name keys, no article), to its gender. */
const FEDERAL: ReadonlyMap<string, string> = new Map([
  ['فدرالي', 'm'], ['فيدرالي', 'm'], ['اتحادي', 'm'],
  ['فدراليه', 'f'], ['فيدراليه', 'f'], ['اتحاديه', 'f'],
]);

/** Word-by-word match of two names of the same length; only the last word may carry a typo. */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.join('') === b.join('')) return true;
  if (a.length !== b.length) return false;
  // «سالم بن راشد الكتبي / سالم راشد الكتبي»: the «بن» (son of) of a chain of names is often left out; with the same
  // first and last names, the names are one.
  if (a.length >= 3 && a[0] === b[0] && a.at(-1) === b.at(-1) && a.every((w, i) => i === 0 || i === a.length - 1 || withoutSonOf(w) === withoutSonOf(b[i]!)) && a.some((w, i) => w !== b[i])) return true;
  let exact = 0;
  for (let i = 0; i < a.length; i++) {
    const x = stripArticle(a[i]!);
    const y = stripArticle(b[i]!);
    if (x === y) {
      exact++;
      continue;
    }
    const last = i === a.length - 1;
    if (wordsMatch(x, y, { typos: last })) continue;
    // «طوني إلومالو / طوني ايلومالو» (Tony Elumelu): see alifAsArticle.
    if (last && exact > 0 && alifAsArticle(a[i]!, b[i]!)) continue;
    if (last && exact > 0 && nisbaVariants(a[i]!, b[i]!)) continue;
    // «المجلس الفدرالي السويسري / المجلس الاتحادي السويسري» (the Swiss Federal Council): the loanword and
    // the Arabic word for «federal» name the same body.
    if (FEDERAL.has(x) && FEDERAL.get(x) === FEDERAL.get(y)) continue;
    // «مولود جاوييش أوغلو / مولود جاويش أوغلو»: inside a name of three words or more whose other words
    // are the same, a middle word may differ by its long vowels even when it is short.
    if (a.length >= 3 && i > 0 && !last && x.length >= 4 && y.length >= 4 && skeleton(x) === skeleton(y) && a.every((w, k) => k === i || stripArticle(w) === stripArticle(b[k]!))) continue;
    return false;
  }
  return exact > 0 || a.length === 1;
}

/** «بن/ابن» (son of) glued to the name after it by {@link nameTokens}: «بنراشد» → «راشد». */
function withoutSonOf(word: string): string {
  if (word.startsWith('ابن') && word.length >= 6) return word.slice(3);
  if (word.startsWith('بن') && word.length >= 5) return word.slice(2);
  return word;
}

/**
 * Two keyed words of which one opens with what reads as the article and the other does not, one letter apart as written: a
 * foreign name whose first «إ» folded to «ا» («إلومالو» / «ايلومالو» / «إيلومالو», Elumelu). Not two with the article
 * (الحسيني / الحسني are two families).
 */
const alifAsArticle = (x: string, y: string): boolean => x.startsWith('ال') !== y.startsWith('ال') && wordsMatch(x, y, { typos: true });

/**
 * Loose word match for a short form against part of a full name (article-insensitive, typos in long words, {@link alifAsArticle}
 * — but for «والصحبي» (and Sahbi) of two names the tagger ran together against «الصحبي»).
 */
const partWord = (x: string, y: string): boolean =>
  wordsMatch(stripArticle(x), stripArticle(y), { typos: true }) || nisbaVariants(x, y) || (!x.startsWith('وال') && !y.startsWith('وال') && alifAsArticle(x, y));

function isSubsequence(short: readonly string[], long: readonly string[], eq: (x: string, y: string) => boolean): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && eq(short[j]!, w)) j++;
  return j === short.length;
}

/** «بلدية» (municipality), keyed. */
const MUNICIPALITY_KEY = bare(nameKey('بلدية'));

/** True when `short` is a shorter form of the full name `long` for an entity of type `type`. */
function partOf(short: readonly string[], long: readonly string[], type: EntityType): boolean {
  if (short.length >= long.length) return false;
  const n = short.length;
  if (type === 'PER') {
    const tail = long.slice(long.length - n);
    if (tail.every((w, i) => partWord(short[i]!, w))) return true; // surname: بلينكن
    if (n === 1 && wordsMatch(short[0]!, long[0]!)) return true; // first name: هشام
    return n >= 2 && partWord(short[0]!, long[0]!) && partWord(short[n - 1]!, long[long.length - 1]!) && isSubsequence(short, long, partWord);
  }
  if (type === 'LOC') {
    // (Not «بلدية» (municipality): «بلدية صفاقس» is the town's council, a body of its own since the sixty-first round.)
    if (findIn(long[0]!, PLACE_HEADS) && bare(long[0]!) !== MUNICIPALITY_KEY && sameName(short, long.slice(1))) return true;
    // «البحر المتوسط / البحر الأبيض المتوسط» (the Mediterranean): a geographic head and the last word kept,
    // a middle word dropped.
    if (n >= 2 && findIn(long[0]!, GEO_HEADS) && short[0] === long[0] && short[n - 1] === long.at(-1) && isSubsequence(short, long, (x, y) => x === y)) return true;
    return false;
  }
  // ORG and MISC: a shortened name keeps the head noun (مجلس النواب / مجلس نواب الشعب).
  const eq = (x: string, y: string): boolean => stripArticle(x) === stripArticle(y) || wordsMatch(stripArticle(x), stripArticle(y));
  // «فولترا» / «شركة فولترا»: one word after a head noun is the name itself.
  // (Also a spelling of it: «فيسبوك» / «شركة فايسبوك».)
  if (n === 1) return long.length === 2 && short[0]!.length >= 3 && ORG_HEADS.has(bare(long[0]!)) && (short[0] === long[1] || wordsMatch(short[0]!, long[1]!));
  if (short.every((w, i) => eq(w, long[i]!))) return true;
  // «الخارجية السعودية» / «وزارة الخارجية السعودية»، «نداء تونس» / «حركة نداء تونس»: the head noun dropped.
  if (n === long.length - 1 && ORG_HEADS.has(bare(long[0]!)) && short.every((w, i) => eq(w, long[i + 1]!))) return true;
  // («منظمة مناهضة التعذيب» / «المنظمة التونسية لمناهضة التعذيب» (the Tunisian Organisation against Torture): the «ل» that
  // joins the name's complement after an adjective is dropped with the adjective.)
  // («لل» is read off with the article by `stripArticle` already.)
  const eqPastLam = (x: string, y: string): boolean => eq(x, y) || (y.length > x.length && y.startsWith(LAM_KEY) && eq(x, y.slice(1)));
  return eq(short[0]!, long[0]!) && eq(short[n - 1]!, long[long.length - 1]!) && isSubsequence(short, long, eqPastLam);
}

/** «ل» (to, of), as a key: «لمناهضة» is «ل» + «مناهضة». */
const LAM_KEY = 'ل';

/** Roles in construct that open no body's name (minister, president, ambassador), keys: see {@link splitBodies}. */
const OBJECT_ROLES: ReadonlySet<string> = new Set(['وزير', 'وزيرة', 'رئيس', 'رئيسة', 'سفير', 'سفيرة'].map((w) => nameKey(w)));

/**
 * Two bodies the tagger ran together (مجلس نواب الشعب وزارة الفلاحة, parliament [and] the agriculture
 * ministry): an organisation mention is cut before a head noun without the article (وزارة، هيئة …)
 * that follows a definite word, and ends before a role in construct there ({@link OBJECT_ROLES}). Other mentions pass
 * unchanged (the same array when none is cut).
 */
function splitBodies(doc: AnalysisDocument, mentions: readonly NamedMention[], aliases: AliasIndex): readonly NamedMention[] {
  let out: NamedMention[] | undefined;
  // The names the tagger found as people, by key, for «محافظ البنك المركزي الشاذلي العياري» (the
  // governor of the central bank Chedly Ayari) tagged as one body when the person is named elsewhere.
  // (Keyed lazily: first by the last word as written, which rules out nearly every body at once.)
  let lastWords: Set<string> | undefined;
  let people: Set<string> | undefined;
  for (const m of mentions) if (m.type === 'PER' && m.text.includes(' ')) (lastWords ??= new Set()).add(m.text.slice(m.text.lastIndexOf(' ') + 1));
  mentions.forEach((m, index) => {
    let parts: NamedMention[] | undefined;
    // (Not a facility named after the person: «مستشفى شارل نيكول», the Charles Nicolle hospital, is a place.)
    if (lastWords && m.type !== 'PER' && lastWords.has(m.text.slice(m.text.lastIndexOf(' ') + 1)) && /\s\S+\s/u.test(m.text) && !(m.type === 'LOC' && PERSON_FACILITIES.has(fold(m.text.slice(0, m.text.indexOf(' ')))))) {
      if (!people) {
        people = new Set();
        for (const p of mentions) if (p.type === 'PER' && p.text.includes(' ')) people.add(nameTokens(p.text).join(' '));
      }
      const words = [...m.text.matchAll(/\S+/gu)];
      for (let w = 1; w + 2 <= words.length; w++) {
        const tail = m.text.slice(words[w]!.index!);
        if (!people.has(nameTokens(tail).join(' '))) continue;
        const head = m.text.slice(0, words[w]!.index!).trimEnd();
        parts = [
          { ...m, end: m.start + head.length, text: head },
          { ...m, start: m.start + words[w]!.index!, text: tail, type: 'PER' },
        ];
        break;
      }
    }
    // «مؤسس فيسبوك مارك زوكوربيرغ» (Facebook's founder Mark Zuckerberg), tagged as one person: a one-word body the alias
    // table lists, then a listed given name, is the body and the person.
    if (!parts && m.type === 'PER') {
      const words = [...m.text.matchAll(/\S+/gu)];
      const g = words.length >= 3 ? aliases.lookup(words[0]![0]) : undefined;
      if (g !== undefined && aliases.groups[g]!.type === 'ORG' && LISTED_GIVEN_NAMES.has(fold(words[1]![0]))) {
        const cut = words[1]!.index!;
        const head = words[0]![0];
        parts = [
          { ...m, end: m.start + head.length, text: head, type: 'ORG' },
          { ...m, start: m.start + cut, text: m.text.slice(cut) },
        ];
      }
    }
    if (!parts && m.type === 'ORG' && m.end - m.start > 12) {
      const words = [...m.text.matchAll(/\S+/gu)];
      let from = 0;
      let tail = true;
      for (let w = 2; w < words.length; w++) {
        const k = nameKey(words[w]![0]);
        if (k.startsWith('ال') || !(ORG_HEADS.has(k) || OBJECT_ROLES.has(k)) || !nameKey(words[w - 1]![0]).startsWith('ال')) continue;
        const cut = words[w]!.index!;
        const head = m.text.slice(from, cut).trimEnd();
        (parts ??= []).push({ ...m, start: m.start + from, end: m.start + from + head.length, text: head });
        from = cut;
        // «دعت المنظمة التونسية لمناهضة التعذيب وزيرة الصحة إلى …» (the organisation called on the health minister to …):
        // a role in construct after the body's last definite word is the verb's object, no body — the rest is left out.
        if (OBJECT_ROLES.has(k)) {
          tail = false;
          break;
        }
      }
      if (parts && tail) parts.push({ ...m, start: m.start + from, text: m.text.slice(from) });
    }
    if (parts && !out) out = mentions.slice(0, index);
    if (out) out.push(...(parts ?? [m]));
  });
  return out ?? mentions;
}

/** A force's post and district nouns, keyed: «مركز» (post), «منطقة» (district), «إقليم» (region). */
const FORCE_UNIT_HEADS: ReadonlySet<string> = new Set(['مركز', 'منطقة', 'إقليم'].map((w) => nameKey(w)));

/** Clusters the document's mentions into entities (the work of the {@link entities} stage). */
export function clusterMentions(doc: AnalysisDocument, aliases: AliasIndex = defaultAliasIndex()): Entity[] {
  const occurrences: Occurrence[] = [];
  for (const m of splitBodies(doc, doc.mentions, aliases)) {
    const occ = cleanMention(doc, m, aliases);
    if (!occ) continue;
    // A name in the alias table has the table's type, whatever the tagger said (البيت الأبيض as MISC).
    let g = aliases.lookup(doc.text.slice(occ.start, occ.end));
    // «مركز الحرس الوطني بأوتيك» (the National Guard post of Utique): a force's post or district, its head noun without the
    // article before a body the table lists, is that body as the annotators name it — the post has the town after it.
    if (g === undefined && occ.type === 'ORG' && occ.tokens.length >= 3 && FORCE_UNIT_HEADS.has(occ.tokens[0]!)) {
      const rest = doc.text.slice(occ.start, occ.end).replace(/^\S+\s+/u, '');
      const body = aliases.lookup(rest);
      if (body !== undefined && aliases.groups[body]!.type === 'ORG') {
        occ.start = occ.end - rest.length;
        occ.tokens = nameTokens(rest);
        g = body;
      }
    }
    if (g !== undefined) occ.type = aliases.groups[g]!.type;
    occ.aliasGroup = g ?? null;
    occurrences.push(occ);
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  splitCoordinatedPlaces(doc, occurrences, aliases);
  splitPlacePersons(doc, occurrences);
  splitScripts(doc, occurrences);
  joinSplitNames(doc, occurrences, aliases);
  addGlossedNames(doc, occurrences);
  const view = tokenKeyData(doc);
  addAddressedOutlets(doc, view, occurrences);
  addKnownNames(doc, view, occurrences, aliases);
  addOrganisations(doc, view, occurrences, aliases);
  addNamedBodies(doc, view, occurrences, aliases);
  addRoleNames(doc, view, occurrences, aliases);
  extendGivenNames(doc, view, occurrences);
  joinFamilyNames(doc, occurrences, aliases);
  personsTypedAsPlaces(occurrences, aliases);
  splitTwoSurnames(doc, occurrences);
  verbBeforeSurname(doc, occurrences);
  restoreNameLetter(doc, occurrences);
  markTitled(doc, view, occurrences, aliases);
  dropCommonWordPersons(doc, occurrences, aliases);

  // Distinct names, most complete first; Latin-script names last so they join an Arabic cluster.
  const byKey = new Map<string, Occurrence[]>();
  for (const occ of occurrences) {
    const key = occ.tokens.join(' ');
    const list = byKey.get(key);
    if (list) list.push(occ);
    else byKey.set(key, [occ]);
  }
  const names = [...byKey.values()].sort(
    (a, b) => Number(a[0]!.latin) - Number(b[0]!.latin) || b[0]!.tokens.length - a[0]!.tokens.length || a[0]!.start - b[0]!.start,
  );

  const clusters: Cluster[] = [];
  // Candidate clusters by word signature (skeleton, and its first three letters, for typos at
  // the end): comparing each name with every cluster is quadratic on long articles.
  const bySig = new Map<string, Cluster[]>();
  const byAlias = new Map<number, Cluster>();
  const sigs = (tokens: readonly string[]): string[] => {
    const out: string[] = [];
    for (let w = 0; w < tokens.length; w++) {
      const t = tokens[w]!;
      const bareWord = stripArticle(t);
      const k = skeleton(bareWord);
      out.push(k, 'p:' + k.slice(0, 3));
      // (A long last word by its first two letters and its last too: a typo in its third letter, «الكنتاوي / الكنطاوي» —
      // typos count in the last word only, see sameName and partOf.)
      if (w === tokens.length - 1 && bareWord.length >= 6) out.push('q:' + bareWord.slice(0, 2) + bareWord.slice(-1));
      // (And without a European particle: «ديجارتنر» is also found by «جارتنر»; see wordsMatch.)
      const plain = withoutForeignParticle(t);
      if (plain !== t) out.push(skeleton(plain));
      if (t.startsWith('ال')) out.push(skeleton(t));
      // Two transliterations of one foreign name (see wordsMatch).
      else if (t.length >= 6) {
        const tk = translitKey(t);
        if (tk.length >= 5) out.push('t:' + tk);
      }
    }
    return out;
  };
  const index = (c: Cluster, tokens: readonly string[]): void => {
    for (const g of sigs(tokens)) {
      const list = bySig.get(g);
      if (!list) bySig.set(g, [c]);
      else if (!list.includes(c)) list.push(c);
    }
  };
  const candidatesFor = (tokens: readonly string[]): Cluster[] => {
    const seen = new Set<Cluster>();
    for (const g of sigs(tokens)) for (const c of bySig.get(g) ?? []) seen.add(c);
    return clusters.filter((c) => seen.has(c));
  };
  const newCluster = (tokens: string[], alias?: number): Cluster => {
    const c: Cluster = { occurrences: [], names: [], longest: tokens, roles: [], titles: new Set(), extra: [] };
    if (alias !== undefined) {
      c.alias = alias;
      byAlias.set(alias, c);
    }
    clusters.push(c);
    return c;
  };
  const add = (c: Cluster, occs: Occurrence[]): void => {
    for (const o of occs) {
      o.cluster = c;
      c.occurrences.push(o);
    }
    c.type = majorityType(c.occurrences);
    const tokens = occs[0]!.tokens;
    if (!c.names.some((n) => n.join(' ') === tokens.join(' '))) {
      c.names.push(tokens);
      index(c, tokens);
    }
    if (tokens.length > c.longest.length) c.longest = tokens;
  };
  const typeOf = (c: Cluster): EntityType => (c.type ??= majorityType(c.occurrences));

  for (const occs of names) {
    const first = occs[0]!;
    const tokens = first.tokens;
    const type = majorityType(occs);
    const alias =
      aliases.lookup(doc.text.slice(first.start, first.end)) ??
      aliases.lookup(tokens.join(' ')) ??
      (tokens.length > 1 && findIn(tokens[0]!, PLACE_HEADS) ? aliases.lookup(tokens.slice(1).join(' ')) : undefined);
    if (alias !== undefined) {
      const same =
        byAlias.get(alias) ??
        // A country never joins a person by a shared skeleton (فرنسا / فرانسوا).
        candidatesFor(tokens).find((c) => c.alias === undefined && typeCompatible(typeOf(c), type) && (c.names.some((n) => sameName(n, tokens)) || partOf(tokens, c.longest, typeOf(c))));
      if (same) {
        if (same.alias === undefined) {
          same.alias = alias;
          byAlias.set(alias, same);
        }
        add(same, occs);
      } else add(newCluster(tokens, alias), occs);
      continue;
    }
    // The same name under another spelling.
    const candidates = candidatesFor(tokens);
    const full = candidates.find((c) => typeCompatible(typeOf(c), type) && c.names.some((n) => sameName(n, tokens)));
    if (full) {
      add(full, occs);
      continue;
    }
    // A shorter form: surname, first name, shortened organisation, place without its head noun.
    const partial = candidates.filter((c) => {
      const ct = typeOf(c);
      // A surname the tagger left untyped (MISC) still joins the person (ديلاكروا / دولاكروا).
      if (ct === type || (ct === 'PER' && tokens.length === 1 && (c.longest.at(-1) === tokens[0] || type === 'MISC'))) return partOf(tokens, c.longest, ct);
      // So does a body's one-word name after its head noun, whatever the tagger said (شركة فولترا / فولترا),
      // but not a place (شرطة نيويورك / نيويورك).
      if (ct === 'ORG' && type !== 'LOC' && tokens.length === 1 && c.longest.length === 2 && c.longest[1] === tokens[0]) return partOf(tokens, c.longest, ct);
      return false;
    });
    if (partial.length === 1) {
      add(partial[0]!, occs);
      continue;
    }
    if (partial.length > 1) {
      // Ambiguous surname (two people named الشورابي): each occurrence goes to the nearest one before it — the first
      // named in that sentence, its subject more often than not («وجه نسيم السلطاني ابن عم الشهيد مبروك السلطاني نداء
      // … وقال السلطاني», Nassim Soltani, the martyr's cousin, … Soltani said).
      // (Persons only: a shortened body's name, «البنك المركزي», has no subject to prefer.)
      const persons = partial.every((c) => typeOf(c) === 'PER');
      for (const occ of occs) add(persons ? firstInNearestSentence(partial, occ.start, doc.sentences) : nearestCluster(partial, occ.start), [occ]);
      continue;
    }
    // (A Latin name written right after its Arabic form: that form's entity.)
    const gloss = occs.find((o) => o.glossOf?.cluster !== undefined)?.glossOf?.cluster;
    if (first.latin && gloss) {
      add(gloss, occs);
      continue;
    }
    if (first.latin) {
      const key = translitKey(tokens.join(' '));
      const lastKey = translitKey(tokens.at(-1)!);
      // (An acronym also joins the Arabic spelling of its letters: «WDR» / «دبليو دي ار».)
      const acronym = tokens.length === 1 ? doc.text.slice(first.start, first.end) : '';
      const matches = clusters.filter(
        (c) =>
          !c.occurrences[0]!.latin &&
          c.names.some((n) => (key.length >= 3 && translitKey(n.join(' ')) === key) || (lastKey.length >= 3 && translitKey(n.at(-1)!) === lastKey) || (acronym && spellsAcronym(n, acronym))),
      );
      if (matches.length === 1) {
        add(matches[0]!, occs);
        continue;
      }
    } else {
      // «دبليو دي ار» after «WDR»: an Arabic spelling of a Latin acronym named before.
      const spelled = clusters.filter((c) => c.occurrences[0]!.latin && c.occurrences.some((o) => spellsAcronym(tokens, doc.text.slice(o.start, o.end))));
      if (spelled.length === 1) {
        add(spelled[0]!, occs);
        continue;
      }
    }
    add(newCluster(tokens), occs);
  }

  joinBracketed(doc, occurrences, clusters, add, aliases);
  joinNicknames(doc, occurrences, clusters, add);
  joinParliament(doc, view, clusters, add);
  propagateNames(doc, view, clusters, aliases);
  addTitledGivenNames(doc, view, clusters);
  attachRoles(doc, view, clusters, aliases);
  attachDescriptions(doc, view, clusters, aliases);
  attachHonorificPronouns(doc, view, clusters);
  return buildEntities(doc, clusters, aliases);
}

/** Latin words that end an organisation's name («Ridgeline Chemicals», «Andina Metals Corp»), lower case. */
const LATIN_ORG_ENDS = new Set(
  'inc corp corporation company co ltd llc plc sa group chemicals metals bank agency association network media holdings foundation institute university council party ministry airlines airways motors technologies energy oil gas mining industries fund committee commission organization organisation news times post press club fc union'.split(' '),
);
/** An Arabic word of a transliterated name (letters, harakat, a hyphen). */
const ARABIC_NAME_WORD = /^[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670-\u06D3-]+$/u;

/**
 * Machine-translated wire copy writes a foreign name in Arabic and then in Latin script in brackets:
 * «ليزا تشين (Lisa Chen)». When the tagger found only the Latin form, the Arabic words right before the
 * bracket that transliterate it (same number of words, consonant skeletons within four edits in ten)
 * are the name too: a person, or an organisation when the Latin name ends like one (Chemicals, Corp).
 */
function addGlossedNames(doc: AnalysisDocument, occurrences: Occurrence[]): void {
  const text = doc.text;
  const added: Occurrence[] = [];
  for (const o of occurrences) {
    if (!o.latin) continue;
    let p = o.start - 1;
    while (p >= 0 && text[p] === ' ') p--;
    if (text[p] !== '(') continue;
    p--;
    while (p >= 0 && text[p] === ' ') p--;
    const end = p + 1;
    const latin = text.slice(o.start, o.end).trim().split(/\s+/u);
    if (latin.length < 2 || latin.length > 4) continue;
    const orgEnd = LATIN_ORG_ENDS.has(latin.at(-1)!.toLowerCase().replace(/[.,]/gu, ''));
    const before = text.slice(Math.max(0, end - 100), end).split(/\s+/u);
    const words = before.slice(-latin.length);
    let start = -1;
    let partial = false;
    if (words.length === latin.length && words.every((w) => ARABIC_NAME_WORD.test(w)) && transliterates(words.join(' '), latin.join(' '))) start = end - words.join(' ').length;
    else if (orgEnd || o.type === 'ORG') {
      // A body's name half transliterated, half translated: «نومورا لإدارة الأصول (Nomura Asset Management)»,
      // «بتروفيو للاستشارات (Petroview Consulting)». The Arabic name opens with the transliterated first word
      // and runs to the bracket, in at most one word more than the Latin one.
      for (let n = 2; n <= latin.length + 1 && n <= before.length; n++) {
        const ws = before.slice(-n);
        if (!ws.every((w) => ARABIC_NAME_WORD.test(w))) break;
        if (!transliterates(ws[0]!, latin[0]!)) continue;
        start = end - ws.join(' ').length;
        partial = true;
        break;
      }
    }
    if (start < 0 || text.slice(start, end).trim() !== text.slice(start, end)) continue;
    const type: EntityType = orgEnd || partial ? 'ORG' : 'PER';
    const overlapping = occurrences.filter((x) => x.start < end && start < x.end);
    if (overlapping.length) {
      // The tagger found the transliterated word alone («بتروفيو»): the body's name runs on to the bracket.
      const x = overlapping[0]!;
      if (partial && overlapping.length === 1 && x.start === start && x.end < end && (x.type === 'ORG' || x.type === 'MISC')) {
        x.end = end;
        x.type = 'ORG';
        x.tokens = nameTokens(text.slice(start, end));
      }
      continue;
    }
    added.push({ start, end, type, tokens: nameTokens(text.slice(start, end)), latin: false });
  }
  if (!added.length) return;
  occurrences.push(...added);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * True when Arabic words transliterate Latin ones: their consonant skeletons ({@link translitKey}) have three
 * classes or more and lie within four edits in ten of each other.
 */
function transliterates(arabic: string, latin: string): boolean {
  const arabicKey = translitKey(arabic);
  const latinKey = translitKey(latin);
  if (Math.min(arabicKey.length, latinKey.length) < 3) return false;
  const max = Math.max(1, Math.floor(Math.max(arabicKey.length, latinKey.length) * 0.4));
  return editDistance(arabicKey, latinKey, max) <= max;
}

/** «لـ» (written apart) + a name in marks or Latin capitals + a complementiser or a colon: «لـ«عكاظ» إن» (sticky, tried at a «لـ»). */
const ADDRESSED_MARKED = /ل(?:ـ+\s*|\s+)?(?:[«"“(]\s*([^«»"“”()\n،.:؛]{2,40}?)\s*[»"”)]|([A-Z][A-Z0-9]{1,6}))\s*،?\s*(?=(?:إن|أن|بأن|إنه|أنه|إنها|أنها|ان|انه)(?![\p{L}\p{M}])|:)/uy;
/** The statement nouns (a statement, remarks, a conversation, an interview), keyed. */
const STATEMENT_NOUNS = ['تصريح', 'تصريحات', 'حديث', 'حوار', 'مقابله'];
/** A statement noun with its clitics and possessive pronoun, keyed: a word of speech before «لـ». */
const STATEMENT_NOUN = new RegExp(`^[وف]?(?:في|ب)?(?:${STATEMENT_NOUNS.join('|')})(?:ه|ها)?$`, 'u');
/** A statement noun + «لـ» + one word, then punctuation or a word that ends a name: «في تصريح لهسبريس،» (sticky, tried at the noun). */
const ADDRESSED_AFTER_STATEMENT = /(?:تصريحات|تصريح|حديث|حوار|مقابلة)(?:\s+(?:خاص|خاصة|صحفي|صحفية|صحافي|صحافية|هاتفي|هاتفية))?\s+ل(?:ـ+\s*)?(?!ل)([\p{L}][\p{L}\p{M}]{2,})(?=\s*[،,.:]|\s+(?:إن|أن|بأن|على|عن|حول|من|في|أمس|اليوم)(?![\p{L}\p{M}]))/uy;
/** The statement nouns as token keys, alone or behind «و/ف» (not «بتصريح», read otherwise). */
const STATEMENT_KEYS: ReadonlySet<string> = new Set(STATEMENT_NOUNS.flatMap((w) => [w, 'و' + w, 'ف' + w]));
/** What ends a sentence between two words: a stop, a question or exclamation mark, a line break. */
const SENTENCE_ENDS = /[.!؟?\n]/u;
/** The keys {@link addAddressedOutlets} starts from: «لـ» written apart and the statement nouns. */
const ADDRESSED_STARTS_FILTER = wordFilterOf(['ل', 'ول', 'فل', ...STATEMENT_KEYS]);

/**
 * An outlet a speaker talks to, right before what was said: «وقال … لـ«عكاظ» إن …» (told Okaz that), «في تصريح لـ"اليوم
 * السابع"، إن …», «في تصريح لـ(سبأ) إن», «لـRT إن», and without marks after a statement noun: «في تصريح خاص لـ القبس»,
 * «في تصريح لهسبريس». Newspapers, agencies and sites are cited so in almost every article, and the tagger, which learnt
 * from other text, misses most of their names. A name in marks (one to four words) or in Latin capitals before a
 * complementiser or a colon is the outlet where a speech verb or a statement noun comes before it in the clause; an
 * unmarked Arabic word only right after a statement noun, and not a common word.
 */
function addAddressedOutlets(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[]): void {
  const text = doc.text;
  const added: Occurrence[] = [];
  const consider = (start: number, end: number, marked: boolean): void => {
    const surface = text.slice(start, end);
    const words = surface.split(/\s+/u);
    if (words.length > 4 || !words.every((w) => /^[\p{L}\p{M}+-]+$/u.test(w))) return;
    const tokens = nameTokens(surface);
    if (!tokens.length) return;
    const head = stripArticle(tokens[0]!);
    // Not a person's role or a group of people («للصحفيين», «لنظيره»), nor a common word unmarked.
    if (ROLE_HEADS.has(head) || PERSON_TITLES.has(tokens[0]!) || PERSON_TITLES.has(head) || NOT_NAMES.has(tokens[0]!) || RELATIVE_KEYS.has(tokens[0]!)) return;
    if (!marked && !isLatin(surface) && (words.length > 1 || (getLexicon().get(lexiconForm(words[0]!)) ?? 0) >= 30 || commonWord(words[0]!))) return;
    const overlapping = occurrences.find((o) => o.start < end && start < o.end) ?? added.find((o) => o.start < end && start < o.end);
    if (overlapping) {
      // The tagger read the outlet as a place or a person: «لـ(سبأ)» (Saba, also Sheba), «لهسبريس». (Not a given name:
      // a statement may be made to a person.)
      if (overlapping.start === start && overlapping.end === end && overlapping.type !== 'ORG' && !(overlapping.type === 'PER' && (tokens.length > 1 || listedGivenName(tokens[0]!)))) overlapping.type = 'ORG';
      return;
    }
    added.push({ start, end, type: 'ORG', tokens, latin: isLatin(surface) });
  };
  // The places to try, from the token keys (a regular expression scanning the whole text cost more than the rest of
  // the pass): «لـ» written apart (with «و/ف» or not), and the statement nouns.
  const keys = view.keys;
  const markedAt: number[] = [];
  const statementAt: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (!view.words[i] || !ADDRESSED_STARTS_FILTER.mayHaveHash(view.hashes[i]!)) continue;
    const k = keys[i]!;
    if (k === 'ل' || k === 'ول' || k === 'فل') markedAt.push(i);
    else if (STATEMENT_KEYS.has(k)) statementAt.push(i);
  }
  /** Where token `i`'s word starts past a «و/ف» written against it. */
  const wordStart = (i: number): number => view.starts[i]! + (/^[وف]/u.test(keys[i]!) ? 1 : 0);
  // Only where someone speaks: a speech verb or a statement noun before «لـ» in its sentence («فقالت لـ«عكاظ» إن»، «وقال
  // مصدر … لـ"اليوم السابع" إن»), not «جاء في التعديل الأخير لـ"مجلة الإجراءات الجزائية" أن» (the amendment to the code).
  // (The speaker's name and titles may be long: «وأوضح مدير عام فرع وزارة الصحة بمنطقة الباحة الدكتور سعيد بن عائض آل
  // مفرح لـ«عكاظ» أن …»: up to 25 words back.) («جاء في» (it says in) quotes a text, which is told to nobody.)
  const speechBefore = (i: number): boolean => {
    const tokens = doc.tokens;
    for (let j = i - 1, words = 0; j >= 0 && words < 25; j--) {
      // (A stop, a question or exclamation mark, or a line break between this token and the next ends the search.)
      const t = tokens[j]!;
      if ((t.kind === 'punct' && SENTENCE_ENDS.test(text.slice(t.start, t.end))) || SENTENCE_ENDS.test(text.slice(t.end, tokens[j + 1]!.start))) return false;
      if (!view.words[j]) continue;
      words++;
      const k = keys[j]!;
      if ((isCueWord(k) && !/^[وف]?جاء$/u.test(k)) || STATEMENT_NOUN.test(k)) return true;
    }
    return false;
  };
  for (const i of markedAt) {
    ADDRESSED_MARKED.lastIndex = wordStart(i);
    const m = ADDRESSED_MARKED.exec(text);
    if (!m || !speechBefore(i)) continue;
    const name = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(name);
    consider(start, start + name.length, true);
  }
  for (const i of statementAt) {
    ADDRESSED_AFTER_STATEMENT.lastIndex = wordStart(i);
    const m = ADDRESSED_AFTER_STATEMENT.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    consider(start, start + name.length, false);
  }
  if (!added.length) return;
  occurrences.push(...added);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Which passes a written form may start a shape for (bits of {@link startFlags}). */
const ORG_START = 1;
const BODY_START = 2;
const PERSON_START = 4;
const KNOWN_START = 8;
/** The map of {@link startFlags} with its prefilter. */
interface StartFlags {
  map: Map<string, number>;
  prefilter: WordFilter;
}
const flagMaps = new WeakMap<AliasIndex, StartFlags>();

/**
 * One map from every written form that starts a shape to the passes that look for it: the token
 * loop does one look-up per token for {@link addOrganisations}, {@link addNamedBodies} and
 * {@link addRoleNames} together, which then visit only their own starting tokens.
 */
function startFlags(aliases: AliasIndex): StartFlags {
  const known = flagMaps.get(aliases);
  if (known) return known;
  const map = new Map<string, number>();
  const flag = (forms: Iterable<string>, bit: number): void => {
    for (const f of forms) map!.set(f, (map!.get(f) ?? 0) | bit);
  };
  flag(formsOf(ORG_HEADS).keys(), ORG_START);
  flag(formsOf(bodyStarters()).keys(), BODY_START);
  flag(roleOrCueForms(), PERSON_START);
  flag(knownNames(aliases).keys(), KNOWN_START);
  const flags = { map, prefilter: wordFilterOf(map.keys()) };
  flagMaps.set(aliases, flags);
  return flags;
}

/** Token indices where each pass may find a shape. */
interface Starts {
  org: number[];
  body: number[];
  person: number[];
  /** Any token kind: the first words of the alias table's names ({@link addKnownNames}). */
  known: number[];
}

/** Starts by alias index, then by token view: the view is kept with the document's tokens, the starts depend on the table. */
const startsMemo = new WeakMap<AliasIndex, WeakMap<TokenView, Starts>>();

/** The starting tokens of the shape passes, found in one loop over the tokens. */
function starts(view: TokenView, aliases: AliasIndex): Starts {
  let memo = startsMemo.get(aliases);
  if (!memo) startsMemo.set(aliases, (memo = new WeakMap()));
  let s = memo.get(view);
  if (s) return s;
  s = { org: [], body: [], person: [], known: [] };
  const { map: flags, prefilter } = startFlags(aliases);
  const keys = view.keys;
  const hashes = view.hashes;
  for (let i = 0; i < keys.length; i++) {
    if (!prefilter.mayHaveHash(hashes[i]!)) continue;
    const f = flags.get(keys[i]!);
    if (f === undefined) continue;
    if (f & KNOWN_START) s.known.push(i);
    if (!view.words[i]) continue;
    if (f & ORG_START) s.org.push(i);
    if (f & BODY_START && keys[i]!.length >= 3) s.body.push(i);
    if (f & PERSON_START) s.person.push(i);
  }
  memo.set(view, s);
  return s;
}

/** The token facts the passes read (see {@link tokenKeyData}). */
type TokenView = TokenKeyData;

/**
 * The text offset after `letters` keyed letters from `start`: harakat, tatweel and format marks
 * do not count, and the offset never lands between a letter and its harakat (لـوكالة → وكالة).
 */
function surfaceOffset(text: string, start: number, letters: number): number {
  let i = start;
  let n = 0;
  const ignorable = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f);
  while (i < text.length && n < letters) {
    if (!ignorable(text.charCodeAt(i))) n++;
    i++;
  }
  while (i < text.length && ignorable(text.charCodeAt(i))) i++;
  return i;
}

/** First letters of the proclitics و ف ب ل ك. */
const PROCLITIC_START = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

const NAME_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك'];

/**
 * The ways token `i` may begin a name once its proclitics are set aside: `[key, start]` pairs, the
 * whole token first (بلينكن، لبلينكن → بلينكن). The caller checks each against its own name list.
 */
function nameForms(doc: AnalysisDocument, view: TokenView, i: number): [string, number][] {
  const key = view.keys[i]!;
  const out: [string, number][] = [];
  if (!key || (doc.tokens[i]!.kind !== 'word' && doc.tokens[i]!.kind !== 'latin')) return out;
  out.push([key, view.starts[i]!]);
  const c = key.charCodeAt(0);
  if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643) return out;
  for (const p of NAME_PROCLITICS) {
    if (p && key.startsWith(p) && key.length - p.length >= 2) out.push([key.slice(p.length), surfaceOffset(doc.text, view.starts[i]!, p.length)]);
  }
  return out;
}

interface KnownName {
  words: string[];
  type: EntityType;
  /** Which words the table writes with the article: the text must too («عون حماية مدنية», a civil protection agent, is no «الحماية المدنية»). */
  definite: boolean[];
}

const knownByFirst = new WeakMap<AliasIndex, Map<string, [KnownName[], number]>>();

/**
 * The alias table's Arabic names by every written form of their first word (with proclitics and
 * the article), each with the length of the proclitic to skip; longest names first.
 */
function knownNames(aliases: AliasIndex): Map<string, [KnownName[], number]> {
  const cached = knownByFirst.get(aliases);
  if (cached) return cached;
  const byFirst = new Map<string, KnownName[]>();
  for (const group of aliases.groups) {
    for (const name of group.names) {
      if (isLatin(name) || /[-–]/u.test(name)) continue;
      const keyed = nameKey(name).split(' ');
      const words = keyed.map(stripArticle);
      // One-word names only for places, and not the ones that are also common words (مالي).
      if (words.length === 1 && (group.type !== 'LOC' || words[0]!.length < 3 || words[0]!.endsWith('ي'))) continue;
      const first = words[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ words, type: group.type, definite: keyed.map((w, i) => w !== words[i]) });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const map = new Map<string, [KnownName[], number]>();
  for (const [first, list] of byFirst) {
    for (const p of NAME_PROCLITICS) {
      for (const form of [p + first, p + 'ال' + first]) if (!map.has(form)) map.set(form, [list, p.length]);
    }
    // «للأمم المتحدة»: ل before the article swallows its alef; the name starts after «لل».
    for (const p of ['لل', 'ولل', 'فلل']) if (!map.has(p + first)) map.set(p + first, [list, p.length]);
  }
  knownByFirst.set(aliases, map);
  return map;
}

/** Names of national parliaments (keys without the article), for {@link joinParliament}. */
const PARLIAMENT_NAMES = /^(مجلس نواب الشعب|مجلس النواب|مجلس الشعب|مجلس الامه|الجمعيه الوطنيه|الكنيست|الجمعيه الشعبيه الوطنيه|المجلس الشعبي الوطني|البرلمان \S+)$/u;

/**
 * «مجلس نواب الشعب … البرلمان» (the Assembly of the Representatives of the People … parliament): a
 * bare «البرلمان» is the article's parliament when exactly one body named as a parliament is in it —
 * also where the tagger did not tag it, behind a proclitic (للبرلمان), but not before an adjective
 * (البرلمان الأوروبي, another parliament).
 */
function joinParliament(doc: AnalysisDocument, view: TokenView, clusters: Cluster[], add: (c: Cluster, occs: Occurrence[]) => void): void {
  let named: Cluster | undefined;
  for (const c of clusters) {
    if (c.type !== 'ORG' || !c.names.some((n) => PARLIAMENT_NAMES.test(n.join(' ')))) continue;
    if (named) return;
    named = c;
  }
  if (!named) return;
  const target = named;
  const tokens = doc.tokens;
  const found: Occurrence[] = [];
  const taken = new Set<number>();
  for (const c of clusters) for (const o of c.occurrences) taken.add(o.start);
  for (let i = 0; i < tokens.length; i++) {
    if (!view.words[i] || !view.keys[i]!.endsWith('برلمان')) continue;
    const next = i + 1 < tokens.length && view.words[i + 1] ? view.keys[i + 1]! : '';
    if (next.startsWith('ال')) continue;
    // (Not in a role, «رئيس البرلمان»: the role is the person's.)
    if (i > 0 && view.words[i - 1] && findIn(view.keys[i - 1]!, ROLE_HEADS)) continue;
    for (const [form, start] of nameForms(doc, view, i)) {
      if (form !== 'البرلمان' || taken.has(start)) continue;
      found.push({ start, end: tokens[i]!.end, type: 'ORG', tokens: ['البرلمان'], latin: false });
      break;
    }
  }
  // A cluster that is only «البرلمان» (the tagger's) joins too.
  for (let k = clusters.length - 1; k >= 0; k--) {
    const c = clusters[k]!;
    if (c === target || !c.names.every((n) => n.length === 1 && stripArticle(n[0]!) === 'برلمان')) continue;
    add(target, c.occurrences);
    clusters.splice(k, 1);
  }
  if (found.length) add(target, found);
}

/** Whether the alias table lists the name with its article as written (السعودية, not التركية). */
function definiteAlias(surface: string, aliases: AliasIndex): boolean {
  const g = aliases.lookup(surface);
  if (g === undefined) return false;
  const key = nameKey(surface);
  return aliases.groups[g]!.names.some((n) => nameKey(n) === key);
}

/** One-word names of a body that no common word shares, looked for without another name of it: the Houthis. */
const ALWAYS_BODY_NAMES: readonly string[] = ['الحوثيين', 'الحوثيون', 'فيسبوك', 'فايسبوك'];
/** {@link ALWAYS_BODY_NAMES} by key without the article. */
const ALWAYS_BODY_BY_KEY: ReadonlyMap<string, string> = new Map(ALWAYS_BODY_NAMES.map((n) => [stripArticle(nameKey(n)), n]));
const ALWAYS_BODY_KEYS: ReadonlySet<string> = new Set(ALWAYS_BODY_BY_KEY.keys());
/** The proclitics before one of {@link ALWAYS_BODY_KEYS} («والحوثيين», «بفيسبوك»). */
const ALWAYS_BODY_PROCLITICS = new RegExp(`^[وفبل]+(?=(${[...ALWAYS_BODY_KEYS].join('|')})$)`, 'u');
const ALWAYS_BODY_ENDINGS: readonly string[] = [...ALWAYS_BODY_KEYS];
/** The last letters of {@link ALWAYS_BODY_ENDINGS}, as char codes (a token's `endings` entry through `endingLetter`). */
const ALWAYS_BODY_LAST_LETTERS: ReadonlySet<number> = new Set(ALWAYS_BODY_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/** Whether `key` ends with one of `endings` (a loop, not a closure per word). */
function endsWithOneOf(key: string, endings: readonly string[]): boolean {
  for (const e of endings) if (key.endsWith(e)) return true;
  return false;
}

/** «التابعة», «التابع» (belonging to), keyed. */
const BELONGING: ReadonlySet<string> = new Set(['التابعة', 'التابع'].map((w) => nameKey(w)));

/** «فرقة» (squad), keyed, with the proclitics it may carry. */
const SQUAD = /^[وفبل]*فرقه$/u;

/** Whether a squad's name («فرقة الأبحاث والتفتيش», four words at most, no punctuation between) ends right before token `i`. */
function squadBefore(view: TokenView, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (!view.words[j] || BELONGING.has(view.keys[j]!)) return false;
    if (SQUAD.test(view.keys[j]!)) return true;
  }
  return false;
}

/**
 * Adds the alias table's names found in the text that the tagger missed or cut up
 * (وكالة تونس إفريقيا للأنباء tagged as تونس + إفريقيا), replacing the pieces.
 */
function addKnownNames(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[], aliases: AliasIndex): void {
  const known = knownNames(aliases);
  const tokens = doc.tokens;
  const added: Occurrence[] = [];
  let floor = 0;
  for (const i of starts(view, aliases).known) {
    if (i < floor) continue;
    const key = view.keys[i]!;
    const hit = known.get(key);
    if (!hit) continue;
    const [list, prefix] = hit;
    const start = prefix ? surfaceOffset(doc.text, view.starts[i]!, prefix) : view.starts[i]!;
    for (const k of list) {
      if (i + k.words.length > tokens.length) continue;
      // (A word the table writes with the article is one in the text too: «لل» counts for the first.)
      let ok = !k.definite[0] || /^([وف]?[بلك]?ال|[وف]?لل)/u.test(key);
      for (let w = 1; w < k.words.length && ok; w++) {
        const text = view.keys[i + w]!;
        ok = stripArticle(text) === k.words[w] && (!k.definite[w] || text !== k.words[w]);
      }
      if (!ok) continue;
      // «فرقة الأبحاث والتفتيش للحرس الوطني» (the National Guard's search and inspection squad): behind «لل» right after a
      // squad's name, the body names the squad, which the annotators take whole or not at all — not «التابعة للحرس الوطني»
      // (belonging to the National Guard), where the body is named.
      if (/^[وف]?لل/u.test(key) && squadBefore(view, i)) continue;
      const end = tokens[i + k.words.length - 1]!.end;
      if (/\p{L}/u.test(doc.text[end] ?? '')) continue;
      // «التركية، السورية» (Turkish, Syrian): «تركية، سورية» name the countries, with the article the adjective.
      const surface = doc.text.slice(start, end);
      if (k.words.length === 1 && k.type === 'LOC' && k.words[0]!.endsWith('يه') && key.startsWith('ال') && !definiteAlias(surface, aliases)) continue;
      // (Nor after an indefinite feminine word, which the adjective agrees with: «عائلة سورية», a Syrian family.)
      if (k.words.length === 1 && k.type === 'LOC' && k.words[0]!.endsWith('يه') && key === k.words[0] && i > 0 && view.words[i - 1] && feminineBeforeCountry(doc.text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end))) continue;
      added.push({ start, end, type: k.type, tokens: nameTokens(surface), latin: false });
      floor = i + k.words.length;
      break;
    }
  }
  // One-word names of bodies (واس، الهايكا) are also common-looking words: they are looked for only
  // once another name of the same body is in the article (وكالة الأنباء السعودية … لـ"واس").
  const present = new Set<number>();
  for (const o of [...occurrences, ...added]) {
    const g = aliasGroupOf(doc.text, o, aliases);
    if (g !== undefined && aliases.groups[g]!.type === 'ORG') present.add(g);
  }
  // (Except a few one-word names no common word shares, looked for always: «اتهمت السعودية الحوثيين …», «اعتذرت فيسبوك».)
  for (let i = 0; i < tokens.length; i++) {
    const key = view.keys[i]!;
    // (The last letter, then the ending: most words stop there, before the article is taken off.)
    if (!ALWAYS_BODY_LAST_LETTERS.has(endingLetter(view.endings[i]!)) || !endsWithOneOf(key, ALWAYS_BODY_ENDINGS)) continue;
    const name = ALWAYS_BODY_BY_KEY.get(stripArticle(key).replace(ALWAYS_BODY_PROCLITICS, ''));
    const g = name !== undefined ? aliases.lookup(name) : undefined;
    if (g !== undefined) present.add(g);
  }
  const singles = singleWordBodies(aliases);
  let wanted = false;
  for (const g of present) if (singleGroups.get(aliases)!.has(g)) wanted = true;
  if (wanted) {
    const singleForms = formsOf(singleKeys.get(aliases)!);
    const singleFilter = singleFormFilters.get(singleForms) ?? wordFilterOf(singleForms.keys());
    singleFormFilters.set(singleForms, singleFilter);
    for (let i = 0; i < tokens.length; i++) {
      // (The length from the token's ending and the hash first: the key string is read only for the few that pass.)
      const length = endingLength(view.endings[i]!);
      if (length < 3 || length > 12 || !singleFilter.mayHaveHash(view.hashes[i]!)) continue;
      const key = view.keys[i]!;
      if (!singleForms.has(key)) continue;
      // (Not «الريال السعودي», the Saudi riyal, in an article on Real Madrid: a nationality adjective follows.)
      if (i + 1 < tokens.length && view.words[i + 1] && countryOfNisba(view.keys[i + 1]!, aliases)) continue;
      for (const [form, start] of nameForms(doc, view, i)) {
        const g = singles.get(stripArticle(form)) ?? singles.get(form);
        if (g === undefined || !present.has(g)) continue;
        // («للحوثيين»: past «لل», as other names behind it are read — «أمم المتحدة» of «للأمم المتحدة».)
        const written = doc.text.slice(start, tokens[i]!.end);
        const at = /^[وف]?لل/u.test(written) ? start + written.indexOf('لل') + 2 : start;
        added.push({ start: at, end: tokens[i]!.end, type: 'ORG', tokens: nameTokens(doc.text.slice(at, tokens[i]!.end)), latin: false });
        break;
      }
    }
  }
  mergeFound(occurrences, added, false);
}

/**
 * Puts the occurrences a pass found in place of the mentions they cover, and sorts. A found one is
 * left out when a mention runs past it on either side, or when a mention has its exact span already
 * (of the same type only, with `sameTypeOnly`: then a mention typed otherwise gives way to it).
 */
function mergeFound(occurrences: Occurrence[], found: readonly Occurrence[], sameTypeOnly: boolean): void {
  for (const a of found) {
    const overlapping = occurrences.filter((o) => o.start < a.end && a.start < o.end);
    if (overlapping.some((o) => o.start < a.start || o.end > a.end)) continue;
    if (overlapping.some((o) => o.start === a.start && o.end === a.end && (!sameTypeOnly || o.type === a.type))) continue;
    for (const o of overlapping) occurrences.splice(occurrences.indexOf(o), 1);
    occurrences.push(a);
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

const singlesMemo = new WeakMap<AliasIndex, Map<string, number>>();
/** The groups that have a one-word name, per alias index. */
const singleGroups = new WeakMap<AliasIndex, Set<number>>();
/** The one-word names themselves, as a set for {@link findIn}. */
const singleKeys = new WeakMap<AliasIndex, Set<string>>();
/** A filter over each table's {@link singleKeys} forms, looked at before the map. */
const singleFormFilters = new WeakMap<ReadonlyMap<string, string>, WordFilter>();

/** The alias table's one-word Arabic names of organisations (واس، الهايكا), keyed without the article. */
function singleWordBodies(aliases: AliasIndex): Map<string, number> {
  let map = singlesMemo.get(aliases);
  if (map) return map;
  map = new Map();
  aliases.groups.forEach((group, index) => {
    if (group.type !== 'ORG') return;
    for (const name of group.names) {
      if (isLatin(name)) continue;
      const words = nameKey(name).split(' ');
      if (words.length === 1 && words[0]!.length >= 3) {
        map!.set(stripArticle(words[0]!), index);
        map!.set(words[0]!, index);
      }
    }
  });
  singlesMemo.set(aliases, map);
  singleGroups.set(aliases, new Set(map.values()));
  singleKeys.set(aliases, new Set(map.keys()));
  return map;
}

const DEFINITE = /^(ال|لل|وال)/u;
/** The ending of a relational adjective, keyed («أوكرانية», «لاتينية», «يمينية»): a press noun's word in it is no outlet's name. */
const ADJECTIVE_ENDING = /(ي|يه)$/u;
/** Participles that start a description of a body after its name, keyed: «التابعة لـ» (affiliated to), «المنبثقة عن» (emanating from), «المنتمي إلى» (belonging to), «المنضوية تحت» (grouped under) … */
const RELATIONAL = /^ال(تابع|منبثق|مكلف|معني|مذكور|مشار|مسؤول|متخصص|مختص|منتمي|منضوي)/u;

/**
 * Finds organisation names the tagger missed by their shape: a head noun (وزارة، هيئة، مجلس …), nouns in
 * construct, then definite words (وزارة الشؤون الخارجية، مجلس نواب الشعب، النقابة العامة للتعليم
 * الأساسي). A definite head needs two definite words after it, so that «الشركة المالكة» (the owning
 * company) stays a description.
 */
function addOrganisations(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const added: Occurrence[] = [];
  const extents = new Map<Occurrence, number>();
  // Names found whole before the end of a clause (see clauseEndsAfter).
  const clauseFinal = new Set<Occurrence>();
  const placeStarts = new Map<number, Occurrence>();
  for (const o of occurrences) if (o.type === 'LOC') placeStarts.set(o.start, o);
  let floor = 0;
  for (const i of starts(view, aliases).org) {
    if (i < floor) continue;
    const k0 = view.keys[i]!;
    const head = nameForms(doc, view, i).find(([f]) => ORG_HEADS.has(bare(f)));
    if (!head) continue;
    const [key, start] = head;
    // «برئاسة» (chaired by) is a preposition, not the presidency.
    if (CHAIRED_BY.has(k0)) continue;
    // «عمادة» heads a professional order only before a plural of people (عمادة المحامين، عمادة أطباء الأسنان); before a
    // place it is a Tunisian administrative sector (عمادة العامرة، عمادة سيدي علوان), which the place's own name covers.
    if (bare(key) === ORDER_HEAD && !MEMBERS_PLURAL.test(view.keys[i + 1] ?? '')) continue;
    if (COMMON_HEAD_COMPLEMENTS.get(bare(key))?.has(bare(view.keys[i + 1] ?? ''))) continue;
    const definiteHead = key.startsWith('ال');
    const feminineHead = key.endsWith('ه');
    // («حزب الحركة القومية لإقرار التعديلات»: a party's name takes no «ل» + noun complement — there it is the purpose, to
    // pass the amendments — where a body's does: «المنظمة التونسية لمناهضة التعذيب»; nor does a definite head alone,
    // «داعية الوزارة لاتخاذ الإجراءات اللازمة», calling on the ministry to take the measures.)
    // (But for liberation: «الحركة الشعبية لتحرير السودان».)
    const partyHead = PARTY_HEAD_KEYS.has(bare(key)) && !view.keys.slice(i + 1, i + 5).includes(LIBERATION);
    let j = i + 1;
    let construct = 0;
    // «صحيفة إيه بولا البرتغالية» (the Portuguese paper A Bola): the words between an indefinite head
    // and a nationality adjective are the name, however they look (بولا reads as ب + ولا).
    let named = -1;
    if (!definiteHead) {
      for (let e = i + 1; e < Math.min(i + 5, tokens.length) && tokens[e]!.kind === 'word'; e++) {
        const k = view.keys[e]!;
        if (/^ال/u.test(k)) {
          if (e > i + 1 && countryOfNisba(k, aliases)) named = e;
          break;
        }
        if (NOT_NAMES.has(bare(k)) || cueForms().has(k) || ORG_HEADS.has(bare(k)) || NAME_ENDERS.has(k)) break;
        // (Not «جامعة لينشوبينغ بمدينة نورشوبينغ السويدية»: a place noun starts another name.)
        const unclitic = k.replace(/^[وفبلك]/u, '');
        if (PLACE_OR_GEO_HEADS.has(k) || PLACE_OR_GEO_HEADS.has(unclitic) || ORG_HEADS.has(unclitic)) break;
      }
    }
    // (A French paper's article is no «ل» (to): «صحيفة لوباريزيان» (Le Parisien), «مجلة لاكروا» (La Croix).)
    // (Not an adjective: «صحيفة لاتينية», a Latin paper.)
    const frenchTitle = (k: number): boolean => PRESS_HEADS.has(key) && k === i + 1 && /^ل[وا].{4,}/u.test(view.keys[k]!) && !ADJECTIVE_ENDING.test(view.keys[k]!);
    // (Nor a verb or a noun with a possessive pronoun, which ends the name: «قناة نسمة تقاطع الحكومة» (Nessma TV boycotts
    // the government), «أعلنت قناة نسمة مقاطعتها …» (announced its boycott).)
    const endsName = (k: number): boolean => {
      if (k <= i + 1) return false;
      const word = doc.text.slice(tokens[k]!.start, tokens[k]!.end);
      return verbLike(word) || possessedNoun(word);
    };
    while (!definiteHead && j < tokens.length && (construct < 2 || j < named) && tokens[j]!.kind === 'word' && (j < named || !placeStarts.has(tokens[j]!.start)) && !DEFINITE.test(view.keys[j]!) && (j < named || frenchTitle(j) || !/^[وفبل]/u.test(view.keys[j]!)) && !NOT_NAMES.has(bare(view.keys[j]!)) && !cueForms().has(view.keys[j]!) && !endsName(j)) {
      j++;
      construct++;
    }
    // «موقع قناة "دبليو دي آر"» (the site of the channel "WDR"): a head followed only by another head
    // names nothing itself; the inner head and its name are found from there.
    if (construct > 0) {
      let heads = true;
      for (let w = i + 1; w <= i + construct && heads; w++) heads = ORG_HEADS.has(bare(view.keys[w]!)) || PRESS_HEADS.has(view.keys[w]!);
      if (heads) continue;
    }
    let definite = 0;
    let last = -1;
    let coordinations = 0;
    // The token of the last «ل» + noun complement taken in (لمكافحة), or -1.
    let lamComplement = -1;
    // The token of the last «لل» complement taken in (للتجار، للحليب), or -1.
    let definiteComplement = -1;
    // The first word taken in that holds only if the name ends the clause (a «لل» complement after an
    // indefinite head, a «بال» object), or -1: «وزارة الصناعة للحد من» (to reduce) is a purpose clause.
    let guarded = -1;
    // «جريدة الصباح» (the paper Assabah, «the morning»): after a press noun, a definite word is a name
    // even when it is a common word.
    if (PRESS_HEADS.has(key) && construct === 0 && j < tokens.length && tokens[j]!.kind === 'word' && /^ال.{2,}/u.test(view.keys[j]!)) {
      definite++;
      last = j;
      j++;
    }
    // «لعلوم وتكنولوجيات البحار» (for the sciences and technologies of the sea): a «ل» + noun complement whose noun
    // has a second one coordinated to it before their definite complement.
    const coordinatedBeforeDefinite = (at: number): boolean =>
      at + 2 < tokens.length && tokens[at + 1]!.kind === 'word' && tokens[at + 2]!.kind === 'word' && /^و[^ا]/u.test(view.keys[at + 1]!) && /^ال/u.test(view.keys[at + 2]!) && coordinatedNoun(view.keys[at + 1]!, doc.text, tokens[at + 1]!, view.keys.slice(i + 1, at + 1));
    // (After the way of transport only its adjectives: not «شركة النقل بالساحل ليواصل السير», to go on driving.)
    let transported = false;
    // «متابعة وحدات الحرس الوطني لتحركات العناصر التكفيرية» (the National Guard units' watch on the moves of the takfiri
    // elements): a definite name the alias table lists whole before token `at` takes no «ل» + noun complement — that is the
    // object of the verbal noun before it.
    const listedWhole = (at: number): boolean => definiteHead && last === at - 1 && construct === 0 && aliases.lookup(doc.text.slice(start, tokens[at - 1]!.end)) !== undefined;
    while (j < tokens.length && tokens[j]!.kind === 'word') {
      const k = view.keys[j]!;
      const nextDefinite = j + 1 < tokens.length && /^ال/u.test(view.keys[j + 1]!);
      if (transported && !/^ال/u.test(k)) break;
      // «هيئة الوقاية من التعذيب» (the authority for the prevention of torture): after «الوقاية» (prevention) or another noun
      // of the kind, what it prevents with «من» is still the name.
      if (k === FROM_KEY && last === j - 1 && nextDefinite && PREVENTION_KEYS.has(view.keys[j - 1]!.replace(/^(ال|لل)/u, ''))) {
        definite++;
        last = j + 1;
        j += 2;
        continue;
      }
      // «التابعة لـ، المنبثقة عن» (affiliated to, emanating from) start a description of the body.
      if (RELATIONAL.test(k)) break;
      // So does whether it rules or opposes: «حزب العدالة والتنمية الحاكم» (the ruling AKP), «حزب نشيد المعارض» (Nasheed's
      // opposition party) — which also ends a name in construct alone there.
      if (BODY_SIDES.has(k) && j > i + 1) {
        if (last < 0 && construct > 0 && j === i + 1 + construct) last = j - 1;
        break;
      }
      // «سلطة المياه المهندسة رنا الحياري» (the water authority('s), engineer Rana al-Hiyari): a person's
      // title begins the person.
      if (/^ال/u.test(k) && PERSON_TITLES.has(bare(k))) break;
      // «ووصفت وزارة العدل الحكم» (the justice ministry described the ruling): after a feminine head
      // and its complement, a definite word that is no adjective agreeing with either (ending in ة،
      // ي، ى، ا or a plural ending: الخارجية، العالي، الأعلى، العليا، التونسيين) is the verb's object.
      // (Also right after a definite feminine head: «وقدرت الوكالة الانتعاش الاقتصادي», the agency estimated the economic
      // recovery; «ودعت المنظمة السلط الرسمية», the organisation called on the authorities.)
      if (feminineHead && (definite > 0 ? last === j - 1 : definiteHead && j === i + 1) && /^ال/u.test(k) && !FEMININE_HEAD_AGREEMENT.test(k)) break;
      // «وطالب الحزب السلطة القائمة بـ» (the party called on the ruling authority to): after a masculine definite
      // head, a definite feminine word is no adjective of it but the verb's object.
      if (definiteHead && j === i + 1 && MASCULINE_HEADS.has(bare(key)) && /^ال.{2,}ه$/u.test(k)) break;
      // «المركز الدولي للدراسات الأمنية والعسكرية»: an adjective coordinated with the one before it;
      // after an indefinite head or inside a «ل» complement, a coordinated domain too (وزارة التجهيز والماء،
      // حزب التقدم والاشتراكية، الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث, up to two), but not another
      // body (وزارة الصحة والمنظمة …).
      const coordinated =
        definite > 0 && last === j - 1 && /^وال.{2,}/u.test(k) && !NOT_NAMES.has(bare(k.slice(1))) && !ORG_HEADS.has(bare(k.slice(1))) && !cueForms().has(k.slice(1)) && !OTHER_SIDES.has(bare(k.slice(1))) &&
        // (Also inside a «لل» complement: «الجمعية الوطنية للتجار والحرفيين», «المكتب الوطني للكهرباء والماء».)
        ((/^وال.+(يه|ي)$/u.test(k) && /(يه|ي)$/u.test(view.keys[j - 1]!)) || ((!definiteHead || lamComplement >= 0 || definiteComplement >= 0) && coordinations < 2));
      if (coordinated) {
        coordinations++;
        definite++;
        last = j;
        j++;
        continue;
      }
      // «الوكالة الوطنية لتحسين السكن وتطويره» (the national agency for improving and developing housing): a
      // verbal noun with the complement's pronoun, coordinated into a «ل» complement, at the end of the clause.
      // (A verbal noun of the «تفعيل» kind — تطويره، تنميتها، تأهيله —, not «ووزيره», and its minister.)
      // (The pronoun, not a feminine noun whose «ة» the key writes «ه»: «وتوعية».)
      // (And right after a «لل» complement, a noun with its pronoun: «الديوان الوطني المهني للحليب ومشتقاته» (… for milk
      // and its products); not a person of the body, «ووزيره» (and its minister).)
      const withPronoun = (lamComplement >= 0 && /^وت.{3,}(ه|ها)$/u.test(k)) || (definiteComplement === j - 1 && /^و.{4,}(ه|ها)$/u.test(k) && !findIn(k.slice(1).replace(/(ه|ها)$/u, ''), ROLE_HEADS) && !findIn(k.slice(1).replace(/(ه|ها)$/u, ''), PERSON_TITLES));
      if (withPronoun && last === j - 1 && doc.text[tokens[j]!.end - 1] !== '\u0629' && !cueForms().has(k.slice(1)) && clauseEndsAfter(doc, view, j)) {
        last = j;
        j++;
        continue;
      }
      // «مؤسسة محمد الخامس للتضامن» (the Mohammed V Foundation for Solidarity): a «لل» complement
      // continues the name once the head has its name, but not an addressee (قالت الوزارة للصحفيين).
      const ok =
        !NOT_NAMES.has(bare(k)) &&
        !cueForms().has(k) &&
        // (Also after a proper name in construct when an adjective follows: «معهد إيفو للأبحاث الاقتصادية».)
        (/^ال/u.test(k) ||
          (/^لل/u.test(k) && !NOT_COMPLEMENTS.has(k) && (definiteHead || (definite > 0 && !addresseeNoun(k.slice(2))) || (construct > 0 && definite === 0 && nextDefinite && !addresseeNoun(k.slice(2))))));
      // «المكتب المركزي لمكافحة الاتجار بالممتلكات الثقافية»: after «ل» + a noun and its definite
      // complement, one «بال» word (the object of that noun) is still the name.
      // (So does one after «النقل» (transport) itself: «شركة النقل بالسكك الحديدية الجزائرية» (the Algerian rail transport
      // company), «شركة النقل بالساحل» (the Sahel transport company).)
      const baalWord = last === j - 1 && /^بال.{2,}/u.test(k) && !NOT_NAMES.has(bare(k.slice(1)));
      const transportBy = baalWord && TRANSPORT.has(view.keys[j - 1]!);
      const object = baalWord && (transportBy || lamComplement === j - 2);
      // (Guarded, kept only where the clause ends after it; not the way of transport, which is a name's whatever follows.)
      if (((object && !transportBy) || (ok && !definiteHead && /^لل/u.test(k))) && guarded < 0) guarded = j;
      if (transportBy) transported = true;
      if (ok || object) {
        // (Not people told something: «الوزارة للصحفيين والمواطنين».)
        // (Only after an adjective of scope — national, regional, local, professional: «الاتحاد الجهوي
        // للصناعة والتجارة»; not «الهيئة السياسية للحركة والامتناع …» (the movement's political bureau and the abstention).)
        if (ok && /^لل/u.test(k) && !addresseeNoun(k.slice(2)) && last === j - 1 && j - 1 > i && SCOPE_ADJECTIVE.test(view.keys[j - 1]!)) definiteComplement = j;
        definite++;
        last = j;
        j++;
      } else if ((nextDefinite || (/^ل[^ل]/u.test(k) && coordinatedBeforeDefinite(j))) && ((/^ل[^ل]/u.test(k) && !addresseeNoun(k.slice(1)) && !NOT_COMPLEMENTS.has(k) && !LAM_INITIAL_WORDS.has(k) && !partyHead && !(definiteHead && j === i + 1) && !listedWhole(j)) || ((!definiteHead || lamComplement === j - 1) && definite > 0 && coordinatedNoun(k, doc.text, tokens[j]!, view.keys.slice(i + 1, j)) && !ORG_HEADS.has(k) && !ORG_HEADS.has(k.slice(1))))) {
        // (Not «وزارة», a new head that starts with و: مجلس نواب الشعب وزارة الفلاحة; nor «وحزب …», another body.)
        if (k.startsWith('ل')) lamComplement = j;
        j++; // لحقوق الإنسان، وعلوم الإخبار
      } else break;
    }
    // «اتحاد أصحاب الشهادات المعطلين عن العمل» (the Union of Unemployed Graduates): «المعطلين/العاطلين» (the unemployed)
    // ending the name goes on with «عن العمل» (out of work), which news always writes after it.
    if (last >= 0 && last + 2 < tokens.length && UNEMPLOYED.has(view.keys[last]!) && view.keys[last + 1] === 'عن' && view.keys[last + 2] === OUT_OF_WORK) last += 2;
    // «أمانة محافظة جدة»، «جامعة القاهرة» (Jeddah municipality, Cairo University): an indefinite head,
    // nouns in construct, then a place name.
    if (last < 0 && !definiteHead && j < tokens.length && tokens[j]!.kind === 'word') {
      const place = placeStarts.get(tokens[j]!.start);
      // (Not a nationality adjective the tagger took for a place: محكمة جزائية سعودية, a Saudi criminal court.)
      if (place && !/\p{L}/u.test(doc.text[place.end] ?? '') && !(place.tokens.length === 1 && countryOfNisba(place.tokens[0]!, aliases))) {
        let e = j;
        while (e + 1 < tokens.length && tokens[e + 1]!.start < place.end) e++;
        if (tokens[e]!.end === place.end) last = e;
      }
    }
    // «وتقول صحيفة لوباريزيان إن …» (Le Parisien says that …): a press noun and one word that news copy never writes
    // otherwise is the outlet's name, with no adjective after it.
    // (Not an adjective of nationality or of a side, rare as it may be: «صحيفة أوكرانية», «قناة يمينية».)
    if (last < 0 && PRESS_HEADS.has(key) && construct === 1 && view.keys[i + 1]!.length >= 4 && !ADJECTIVE_ENDING.test(view.keys[i + 1]!) && (getLexicon().get(lexiconForm(doc.text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end))) ?? 0) < 3) last = i + 1;
    if (guarded >= 0 && last >= guarded && !clauseEndsAfter(doc, view, last)) {
      last = guarded - 1;
      definite = 0;
      for (let k = i + 1; k <= last; k++) if (/^(ال|لل)/u.test(view.keys[k]!)) definite++;
    }
    // (Not an amount: «الشركة الوطنية للكهرباء والغاز 1000 مليون دينار».)
    const afterNumber = last + 2 < tokens.length && tokens[last + 2]!.kind === 'word' ? view.keys[last + 2]! : '';
    // (Nor a count of what follows: «منع وزارة الشؤون الدينية 3 من أساتذة الزيتونة», the ministry barred 3 of the professors.)
    // (Nor a score or a count of points in a results table: «مستقبل القصرين 16 ن», «النادي القربي 1 - 0».)
    if (last >= 0 && !transported && last + 1 < tokens.length && tokens[last + 1]!.kind === 'number' && /^\d{1,4}$/u.test(doc.text.slice(tokens[last + 1]!.start, tokens[last + 1]!.end)) && !(afterNumber && (amountWord(afterNumber) || afterNumber === 'من')) && !scoreOrPointsAt(doc.text, tokens[last + 1]!.end)) last++;
    if (last < 0) continue;
    if (definiteHead && definite < 2) continue;
    // «صحيفة عكاظ السعودية»، «نادي قالاتاسراي التركي»: the nationality adjective after a head and a
    // proper name in construct describes the body; it is not part of the name (but «مجلس الشيوخ
    // الإيطالي», the Italian senate, keeps it: no proper name before it). «حزب الله اللبناني»: the same
    // after a name the alias table knows.
    // «المنظمة الحقوقية الدولية» (the international rights organisation): a definite head with an adjective of its field
    // and only adjectives of scope or nationality besides describes a body named before (see trimName).
    // (Not nationalities and scope alone, which a name may be made of: «البنك التونسي الليبي», «الجمعية الوطنية الفرنسية».)
    if (definiteHead && construct === 0 && view.keys.slice(i + 1, last + 1).some((k) => FIELD_ADJECTIVES.has(k)) && view.keys.slice(i + 1, last + 1).every((k) => k.startsWith('ال') && (DIRECTIONS.has(bare(k)) || FIELD_ADJECTIVES.has(k) || countryOfNisba(k, aliases)))) continue;
    if (construct > 0 && last > i + construct && countryOfNisba(view.keys[i + 1 + construct]!, aliases)) last = i + construct;
    else if (construct === 0 && last === i + 2 && countryOfNisba(view.keys[last]!, aliases) && (PRESS_HEADS.has(key) || aliases.lookup(doc.text.slice(start, tokens[i + 1]!.end)) !== undefined)) last = i + 1;
    const end = tokens[last]!.end;
    // (The press noun of an outlet is no part of its name: see trimName.)
    // (But «إذاعة قفصة», a radio named after its town: see trimName.)
    const townRadio = key === 'اذاعه' && last === i + 1 && knownPlace(doc.text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end));
    const from = PRESS_HEADS.has(key) && last > i && !townRadio ? tokens[i + 1]!.start : start;
    const occ: Occurrence = { start: from, end, type: 'ORG', tokens: nameTokens(doc.text.slice(from, end)), latin: false };
    added.push(occ);
    if (clauseEndsAfter(doc, view, last)) clauseFinal.add(occ);
    // The tagger's pieces inside the adjective that was cut off (ولا البرتغالية) give way to the name.
    if (named > last) extents.set(occ, tokens[named]!.end);
    floor = Math.max(last, named) + 1;
  }
  // A «ل/لل» word that continues a name, not an addressee: «للتضامن», not «للصحفيين».
  const complementAfter = (w: string): boolean => /^ل/u.test(w) && !addresseeNoun(w.replace(/^لل?/u, ''));
  for (const a of added) {
    const extent = extents.get(a) ?? a.end;
    const overlapping = occurrences.filter((o) => o.start < extent && a.start < o.end);
    // «المعهد العربي لحقوق» cut inside its construct is completed to «… لحقوق الإنسان».
    const truncated = (o: Occurrence): boolean =>
      (o.start === a.start && o.end < a.end && !/^(ال|لل)/u.test(o.tokens.at(-1)!)) ||
      // «النقابة التونسية لأصحاب الصيدليات [الخاصة]»: one or two adjectives that end the body's name.
      // (Not a person's name after it: «البنك المركزي التونسي الشاذلي العياري».)
      // (Or plural adjectives agreeing with a plural before them: «اتحاد الأساتذة الجامعيين [الباحثين التونسيين]».)
      (o.start === a.start && o.end < a.end && a.tokens.length - o.tokens.length <= 2 && a.tokens.slice(o.tokens.length).every((w, k, rest) => trailingAdjective(w) || pluralAdjective(w, k === 0 ? o.tokens.at(-1)! : rest[k - 1]!)) && !occurrences.some((p) => p.type === 'PER' && p.start < a.end && p.end > o.end)) ||
      // «وزارة الزراعة [واستصلاح الأراضي]»: a second domain coordinated into the name.
      (o.start === a.start && o.end < a.end && /^و(?!ال)/u.test(a.tokens[o.tokens.length] ?? '')) ||
      // «المكتب المركزي» tagged without its «ل» complement (لمكافحة الاتجار …، للتضامن), or only the
      // person a foundation is named after (مؤسسة [محمد الخامس] للتضامن).
      // Only before the end of a clause: «وزارة التربية [للاطلاع على]» is the ministry and a purpose.
      (clauseFinal.has(a) && o.end < a.end && complementAfter(a.tokens[nameTokens(doc.text.slice(a.start, o.end)).length] ?? '') && (o.start === a.start || nameTokens(doc.text.slice(a.start, o.start)).length === 1)) ||
      // «الأنباء الألمانية» tagged without its head «وكالة»: the shape gives it back.
      (o.end === a.end && o.start > a.start && o.tokens.length === a.tokens.length - 1 && aliases.lookup(doc.text.slice(o.start, o.end)) === undefined) ||
      // «حرس السواحل» tagged without the nationality adjective that ends the body's name (الإيطالي).
      (o.start === a.start && o.end < a.end && a.tokens.slice(o.tokens.length).every((w) => /^ال/u.test(w) && countryOfNisba(w, aliases)));
    // (A mention that only adds a clitic in front, «لميليشيا», does not count as starting earlier.)
    const earlier = (o: Occurrence): boolean => o.start < a.start && /\s/u.test(doc.text.slice(o.start, a.start));
    if (overlapping.some((o) => earlier(o) || o.end > extent || (o.tokens.length > 1 && !truncated(o) && o.end <= a.end))) continue;
    if (overlapping.some((o) => o.start === a.start && o.end === a.end)) continue;
    for (const o of overlapping) occurrences.splice(occurrences.indexOf(o), 1);
    occurrences.push(a);
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

let starterSet: Set<string> | undefined;

/** Every keyed word that may start a shape {@link addNamedBodies} looks for. */
function bodyStarters(): Set<string> {
  if (starterSet) return starterSet;
  const set = new Set<string>([...QUOTED_NAME_HEADS, ...[...NAMED_IN_MARKS_HEADS].map((w) => 'ال' + w), ...MINISTRY_DOMAINS, ...PARTY_HEADS, ...NATIONAL_HEADS, 'حكومه', NEWS_NOUN]);
  // («للداخلية», the domain behind «ل» with its article elided: «حسب بلاغ للداخلية».)
  for (const w of BARE_MINISTRIES) set.add('لل' + w.slice(2));
  for (const w of INSTITUTIONS) set.add('ال' + w);
  for (const w of PLACE_HEADS) set.add('ال' + w);
  return (starterSet = set);
}

/** «ولاية» (governorate), «معتمدية» (delegation), keyed: before a place that speaks, the administration (see cleanMention). */
const ADMINISTRATIONS: ReadonlySet<string> = new Set(['ولاية', 'معتمدية'].map((w) => nameKey(w)));
/** «عمادة» (a professional order, or an administrative sector), keyed. */
const ORDER_HEAD = nameKey('عمادة');
/** The ending of a plural of the members of an order, keyed (nominative, genitive or broken): «المحامين», «الأطباء», «المهندسين», «المحامون». */
const MEMBERS_PLURAL = /(ين|ون|اء)$/u;

/** «برئاسة» (chaired by), with and without و: a preposition, not a body. */
const CHAIRED_BY = new Set(['برئاسة', 'وبرئاسة'].map((w) => nameKey(w)));

/** Compass adjectives that make a region's name with a place noun (المنطقة الشرقية). */
const COMPASS = new Set(['الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'الوسطي', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي']);

/** Definite party heads that a relational adjective turns into a party's name (الحزب الاشتراكي، الجبهة الشعبية). */
const PARTY_HEADS = new Set(['الحزب', 'الجبهه']);

/**
 * Definite heads of public institutions that «الوطني» (national) turns into a name: المسرح الوطني التونسي،
 * المعهد الوطني للإحصاء، المركز الوطني للسينما والصورة (not المنتخب/الأمن الوطني, the national team, security).
 */
const NATIONAL_HEADS = new Set(['المسرح', 'المعهد', 'المركز', 'المتحف', 'المجلس', 'الديوان', 'البنك', 'الحرس', 'الاتحاد', 'المرصد', 'الهيئة', 'المكتبة', 'الصندوق', 'المدرسة', 'الشركة'].map((w) => nameKey(w)));
const NATIONAL = new Set(['الوطني', 'الوطنية'].map((w) => nameKey(w)));
const NATIONAL_ALONE = new Set(['المسرح', 'الحرس', 'المتحف', 'المرصد'].map((w) => nameKey(w)));

/** Relational adjectives after a party head that describe rather than name (الحزب السياسي، الحزب الرئيسي). */
const GENERIC_PARTY_ADJECTIVES = new Set(['السياسي', 'السياسية', 'الرئيسي', 'الحالي', 'الأصلي', 'الداخلية', 'الداخلي', 'الاجتماعي', 'الانتخابي', 'الانتخابية', 'الأمامية', 'الغربية', 'الشرقية', 'الشمالية', 'الجنوبية', 'اليميني', 'اليساري', 'الرئاسي', 'المنتمي', 'المعني'].map((w) => nameKey(w)));

/** Ministries named by their domain alone with a nationality adjective (الخارجية السعودية). */
const MINISTRY_DOMAINS = new Set(['الخارجيه', 'الداخليه', 'الدفاع', 'العدل', 'الخزانه', 'الماليه']);
/** The document nouns (see `documentNoun`) a body issues before its name behind «ل»: «بلاغ للداخلية» (a statement of the interior ministry). */
const COMMUNIQUE_NOUNS: ReadonlySet<string> = new Set(['بلاغ', 'بيان'].map((w) => nameKey(w)));
/** Domains that name their ministry alone as a verb's subject («أكدت الداخلية», the interior ministry stressed); keyed. */
const BARE_MINISTRIES: ReadonlySet<string> = new Set(['الخارجيه', 'الداخليه']);

/**
 * Four shapes of names the tagger tends to miss: a name in quotation marks after a body's head noun
 * (صحيفة "الحياة"، جماعة "الإخوان المسلمين": the newspaper "Al-Hayat", the "Muslim Brotherhood" group);
 * a region named by a place noun and a compass adjective (المنطقة الشرقية, the Eastern Province); a
 * government named by its country (حكومة المالديف, the Maldives government); and a ministry or an
 * institution named by its domain and a nationality adjective (الخارجية السعودية, the Saudi foreign
 * ministry — a feminine adjective agrees with the unwritten وزارة; «الدفاع الأمريكي» is American
 * defence, not the Pentagon; الشرطة البريطانية, the British police).
 */
function addNamedBodies(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const text = doc.text;
  const added: Occurrence[] = [];
  // The spans («start:end») of a definite head and its adjectives before a name in marks.
  const descriptions = new Set<string>();
  // An outlet's name in marks with a nationality adjective (its tokens) → the name without it.
  const outletAdjectives = new Map<string, string[]>();
  let floor = 0;
  for (const i of starts(view, aliases).body) {
    if (i < floor || i + 1 >= tokens.length) continue;
    const forms = nameForms(doc, view, i);
    // (Also «وكالة أنباء "إرنا"», the IRNA news agency: «أنباء» (news) after «وكالة».)
    const agency = i > 0 && findIn(view.keys[i - 1]!, AGENCY) !== undefined && forms.some(([f]) => f === NEWS_NOUN);
    // «اعتبرت القناة التلفزية الخاصة "نسمة"»، «وقالت الإذاعة البريطانية "بي بي سي"» (the private TV channel "Nessma",
    // the British broadcaster "BBC"): the head with the article may take up to three definite adjectives before the marks.
    // (Not a head in construct after another: «هيئة الإذاعة البريطانية "بي بي سي"», «وكالة الشرطة الأوروبية "يوروبول"» name
    // the whole body.)
    const inConstruct = i > 0 && tokens[i - 1]!.kind === 'word' && nameForms(doc, view, i - 1).some(([f]) => QUOTED_NAME_HEADS.has(f) || ORG_HEADS.has(f));
    const definiteHead = !inConstruct && forms.some(([f]) => f.startsWith('ال') && NAMED_IN_MARKS_HEADS.has(f.slice(2)));
    // (The definite head's other shapes — «الحزب الاشتراكي» — are read below when no marks follow.)
    const bareHead = agency || forms.some(([f]) => QUOTED_NAME_HEADS.has(f));
    if (bareHead || definiteHead) {
      let o = i + 1;
      while (definiteHead && o < tokens.length && o < i + 4 && tokens[o]!.kind === 'word' && /^ال.{2,}(ي|ه)$/u.test(view.keys[o]!)) o++;
      const open = tokens[o];
      let j = o + 1;
      // (At least one adjective: a definite head right before marks is mostly a scare quote, «الحركة "غير منزعجة"».)
      const marked = (bareHead || o > i + 1) && open !== undefined && open.kind === 'punct' && /["“«]/u.test(text[open.start]!) && open.end - open.start === 1;
      // (A number may follow the first word: قناة "إيه بي سي 7" (ABC 7), إذاعة "موزاييك 2".)
      while (marked && j < tokens.length && j < o + 6 && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'latin' || (tokens[j]!.kind === 'number' && j > o + 1))) j++;
      const closed = marked && j > o + 1 && j < tokens.length && j <= o + 5 && /^["”»“]$/u.test(text.slice(tokens[j]!.start, tokens[j]!.end));
      const start = closed ? tokens[o + 1]!.start : 0;
      let end = closed ? tokens[j - 1]!.end : 0;
      let inner = closed ? nameTokens(text.slice(start, end)) : [];
      // «نقلت صحيفة "الخبر الجزائرية"» (the Algerian paper "El Khabar" reported): a nationality adjective last in the marks
      // after a press noun agrees with the paper, not the name. (Not after another head: «شركة "الخطوط التونسية"».)
      // (The tagger's span of the same words, there or elsewhere — «الخبر الجزائرية : …» in the headline — is cut too, below.)
      // (Feminine, agreeing with the paper, after a word that is not: «قناة "الحوار التونسي"» keeps its masculine adjective,
      // which agrees with the name.)
      if (inner.length >= 2 && j - 2 > o && inner.at(-1)!.startsWith('ال') && inner.at(-1)!.endsWith('ه') && !inner.at(-2)!.endsWith('ه') && countryOfNisba(inner.at(-1)!, aliases) && forms.some(([f]) => PRESS_HEADS.has(bare(f)))) {
        const whole = inner.join(' ');
        end = tokens[j - 2]!.end;
        inner = nameTokens(text.slice(start, end));
        outletAdjectives.set(whole, inner);
      }
      // (A name in quotation marks may hold a common word — منظمة "أنا يقظ", the "I Watch" organisation — but
      // not only such words, nor a verb of speech.)
      // (A short name of a town's or a country's service may start with a word spelt like one: «شركة "نقل تونس"», Transtu —
      // «نقل» is also «reported».)
      const townService = (): boolean => inner.length >= 2 && inner.length <= 3 && knownPlace(text.slice(tokens[j - 1]!.start, tokens[j - 1]!.end));
      if (!inner.length || inner.every((w) => NOT_NAMES.has(bare(w))) || (inner.some((w) => cueForms().has(w)) && !townService())) {
        if (bareHead) continue;
      } else {
        added.push({ start, end, type: 'ORG', tokens: inner, latin: isLatin(text.slice(start, end)), headed: true });
        // (The head and its adjectives before the marks describe that body: no body of their own.)
        if (o > i + 1) descriptions.add(`${forms[0]![1]}:${tokens[o - 1]!.end}`);
        floor = j + 1;
        continue;
      }
    }
    // «الحزب الاشتراكي»، «الجبهة الشعبية» (the Socialist Party, the Popular Front): a party head and relational adjectives — not a nationality alone (الحزب الفرنسي),
    // nor a describing one (الحزب السياسي, the political party).
    const party = forms.find(([f]) => PARTY_HEADS.has(f));
    if (party && tokens[i + 1]!.kind === 'word') {
      let j = i + 1;
      while (j < tokens.length && j < i + 4 && tokens[j]!.kind === 'word' && /^ال.{2,}(ي|يه)$/u.test(view.keys[j]!) && !GENERIC_PARTY_ADJECTIVES.has(view.keys[j]!)) j++;
      const adjectives = view.keys.slice(i + 1, j);
      if (adjectives.length && !adjectives.every((a) => countryOfNisba(a, aliases)) && !/\p{L}/u.test(text[tokens[j - 1]!.end] ?? '')) {
        added.push({ start: party[1], end: tokens[j - 1]!.end, type: 'ORG', tokens: nameTokens(text.slice(party[1], tokens[j - 1]!.end)), latin: false, headed: true });
        floor = j;
        continue;
      }
    }
    // «المسرح الوطني التونسي»، «المعهد الوطني للإحصاء»، «المركز الوطني للسينما والصورة»: an institution's head,
    // «national», then a nationality, a complement with ل (and one more joined by و), or nothing.
    const national = forms.find(([f]) => NATIONAL_HEADS.has(f));
    if (national && tokens[i + 1]!.kind === 'word' && NATIONAL.has(view.keys[i + 1]!)) {
      let last = i + 1;
      const k2 = view.keys[i + 2] ?? '';
      if (i + 2 < tokens.length && tokens[i + 2]!.kind === 'word' && countryOfNisba(k2, aliases)) last = i + 2;
      else if (i + 2 < tokens.length && tokens[i + 2]!.kind === 'word' && /^لل.{3,}/u.test(k2) && !NOT_NAMES.has(bare(k2.slice(2)))) {
        last = i + 2;
        if (i + 4 < tokens.length && tokens[i + 3]!.kind === 'word' && /^وال.{3,}/u.test(view.keys[i + 3]!) && (tokens[i + 4]!.kind !== 'word' || NAME_ENDERS.has(view.keys[i + 4]!))) last = i + 3;
      }
      // (Alone, «national» names only a few: الحرس الوطني, the National Guard — not الشركة الوطنية, the national company.)
      if ((last > i + 1 || NATIONAL_ALONE.has(national[0])) && !/\p{L}/u.test(text[tokens[last]!.end] ?? '')) {
        added.push({ start: national[1], end: tokens[last]!.end, type: 'ORG', tokens: nameTokens(text.slice(national[1], tokens[last]!.end)), latin: false, headed: true });
        floor = last + 1;
        continue;
      }
    }
    // «المنطقة الشرقية» (the Eastern Province): a place noun and a compass adjective name a region.
    const region = forms.find(([f]) => /^ال/u.test(f) && PLACE_HEADS.has(bare(f)));
    if (region && tokens[i + 1]!.kind === 'word' && COMPASS.has(view.keys[i + 1]!) && !/\p{L}/u.test(text[tokens[i + 1]!.end] ?? '')) {
      const start = region[1];
      const end = tokens[i + 1]!.end;
      added.push({ start, end, type: 'LOC', tokens: nameTokens(text.slice(start, end)), latin: false });
      floor = i + 2;
      continue;
    }
    // «حكومة المالديف» (the Maldives government): a government named by its country.
    const gov = forms.find(([f]) => f === 'حكومه');
    if (gov && tokens[i + 1]!.kind === 'word') {
      const country = nameForms(doc, view, i + 1).find(([f]) => { const g = aliases.lookup(f); return g !== undefined && aliases.groups[g]!.type === 'LOC'; });
      if (country && country[1] === tokens[i + 1]!.start && !/\p{L}/u.test(text[tokens[i + 1]!.end] ?? '')) {
        added.push({ start: gov[1], end: tokens[i + 1]!.end, type: 'ORG', tokens: nameTokens(text.slice(gov[1], tokens[i + 1]!.end)), latin: false });
        floor = i + 2;
        continue;
      }
    }
    // «حسب بلاغ للداخلية» (according to a statement of the interior [ministry]): the same domain behind «لل» right after a
    // statement's noun is that ministry, its elided article's lam left out as the annotators write it («داخلية»).
    const key = view.keys[i]!;
    if (key.startsWith('لل') && BARE_MINISTRIES.has('ال' + key.slice(2)) && i > 0 && COMMUNIQUE_NOUNS.has(documentNoun(view.keys[i - 1]!) ?? '')) {
      const start = surfaceOffset(text, view.starts[i]!, 2);
      added.push({ start, end: tokens[i]!.end, type: 'ORG', tokens: nameTokens(text.slice(start, tokens[i]!.end)), latin: false });
      floor = i + 1;
      continue;
    }
    const domain = forms.find(([f]) => MINISTRY_DOMAINS.has(f) || (f.startsWith('ال') && INSTITUTIONS.has(bare(f))));
    if (!domain) continue;
    // «أكدت الداخلية في بلاغ لها أن …» (the interior [ministry] stressed in a statement that …): the domain of the
    // interior or of foreign affairs alone, right after a speech verb, is that ministry.
    if (BARE_MINISTRIES.has(domain[0]) && i > 0 && cueForms().has(view.keys[i - 1]!) && domain[1] === view.starts[i] && !(tokens[i + 1]!.kind === 'word' && /^ال/u.test(view.keys[i + 1]!))) {
      added.push({ start: domain[1], end: tokens[i]!.end, type: 'ORG', tokens: nameTokens(text.slice(domain[1], tokens[i]!.end)), latin: false });
      floor = i + 1;
      continue;
    }
    const adj = view.keys[i + 1]!;
    const institution = INSTITUTIONS.has(bare(domain[0]));
    if (tokens[i + 1]!.kind !== 'word' || !(institution ? /^ال.+(يه|ي)$/u : /^ال.+يه$/u).test(adj) || !countryOfNisba(adj, aliases)) continue;
    // Inside a longer name (وزارة الخارجية السعودية, وزير الخارجية …) the existing name or role stays.
    const prev = i > 0 ? view.keys[i - 1]! : '';
    if (prev && (findIn(prev, ORG_HEADS) || findIn(prev, ROLE_HEADS) || findIn(prev, HONORIFICS))) continue;
    const start = domain[1];
    const end = tokens[i + 1]!.end;
    added.push({ start, end, type: 'ORG', tokens: nameTokens(text.slice(start, end)), latin: false });
    floor = i + 2;
  }
  // «سلاح الجو الملكي البريطاني» (the Royal Air Force), «البحرية الأمريكية» (the US Navy), «النيابة الألمانية» (the
  // German prosecutors): an armed service or a prosecution and a nationality adjective name a body.
  if (ARMED_SERVICE_FIRST.test(text)) {
    for (const m of text.matchAll(ARMED_SERVICE)) {
      const adjective = m[2]!;
      if (!countryOfNisba(nameKey(adjective), aliases)) continue;
      const start = m.index + m[1]!.length;
      const end = m.index + m[0].length;
      // «البحرية» is also the adjective «maritime» («الثروة البحرية التونسية», Tunisia's marine resources) and «الادعاء»
      // the noun «claim» («رفضت طهران الادعاء الأمريكي بأن …»): not after a definite noun or one in «ة/ات», nor before
      // «بأن/أن».
      const service = text.slice(start, end).replace(/^[وف]/u, '');
      if (service.startsWith('البحرية ') && /(^|\s)(ال\S+|\S+(ة|ات))\s*$/u.test(text.slice(Math.max(0, start - 25), start))) continue;
      if (service.startsWith('الادعاء ') && /^\s*،?\s*(ب?[أا]ن|ب)/u.test(text.slice(end, end + 6))) continue;
      added.push({ start, end, type: 'ORG', tokens: nameTokens(text.slice(start, end)), latin: false });
    }
  }
  if (descriptions.size) {
    for (let d = occurrences.length - 1; d >= 0; d--) if (occurrences[d]!.type === 'ORG' && descriptions.has(`${occurrences[d]!.start}:${occurrences[d]!.end}`)) occurrences.splice(d, 1);
  }
  if (outletAdjectives.size) {
    for (const o of occurrences) {
      const name = outletAdjectives.get(o.tokens.join(' '));
      if (!name) continue;
      const last = /\s+\S+\s*$/u.exec(text.slice(o.start, o.end))!;
      o.end = o.start + last.index;
      o.tokens = name;
      o.type = 'ORG';
    }
  }
  mergeFound(occurrences, added, true);
}

/** Prepositions and particles that end a name (في، مع، على …). */
const NAME_ENDERS = new Set(['فحسب', 'فقط', 'فقد', 'ايضا', 'اياه', 'اياها', 'اياهم', 'هذا', 'هذه', 'ذلك', 'تلك', 'في', 'مع', 'علي', 'عن', 'من', 'الي', 'خلال', 'امام', 'بعد', 'قبل', 'لدي', 'عبر', 'حول', 'منذ', 'حتي', 'عند', 'اثر', 'ضد', 'او', 'ثم', 'لكن', 'كما', 'وقد', 'قد', 'لم', 'لن', 'لا', 'ما', 'يوم', 'غدا', 'ليله', 'الذي', 'التي', 'الذين']);

/** Pronouns and particles behind «و» that coordinate no noun into a name («مجلس التعاون الخليجي وهي الإمارات …»). */
const NOT_COORDINATED: ReadonlySet<string> = new Set('وهي وهو وهم وهما وهن وهذا وهذه وذلك وتلك ولا ولم ولن وقد وكان وكانت ومن وفي وعلي وعن ومع وبعد وقبل وحتي وغير وكل وبين وعند ولدي ومنذ'.split(' ').map((w) => nameKey(w)));

/**
 * «و» + a noun in construct that coordinates a second domain into a body's name («وعلوم (الإخبار)», «وتسهيل
 * (النفاذ)», «واستصلاح (الأراضي)» in وزارة الزراعة واستصلاح الأراضي, «وأمن (البنية التحتية)» after «الأمن»):
 * not a speech verb, a role, a pronoun or particle, a noun with a pronoun suffix, nor a perfect verb; behind
 * «وا» only a verbal noun or the name's own noun again (`name`: the keys of the name so far).
 */
function coordinatedNoun(key: string, text: string, token: Token, name: readonly string[]): boolean {
  // (`isCueWord` reads the verb behind its «و»; `findIn` the role as written and behind it.)
  if (!/^و(?!ال)./u.test(key) || isCueWord(key)) return false;
  // (Nor a given name in «و» of its own: «بوزارة السياحة وحيد الصغير» (at the tourism ministry, Wahid Seghir).)
  if (listedGivenName(key)) return false;
  // (Nor a role: «نقابة الصحفيين التونسيين وزير الداخلية» — the union and the minister it called on.)
  if (findIn(key, ROLE_HEADS) !== undefined) return false;
  const bareWord = key.slice(1);
  // The same noun as a word of the name so far (الأمن … وأمن): the name's second half mirrors its first.
  if (name.some((w) => w.replace(/^(ال|لل)/u, '') === bareWord)) return true;
  const counts = articleCounts(text.slice(token.start + 1, token.end));
  if (/^و[^ا]/u.test(key)) {
    // (A perfect verb in ت whose stem news copy writes too is a verb: «وزارة الداخلية وتمكنت الوحدات …».)
    // (Not a feminine plural in «ات» of five letters or more: «وتكنولوجيات».)
    if (bareWord.endsWith('ت') && !(bareWord.length >= 5 && bareWord.endsWith('ات')) && (getLexicon().get(counts.form.slice(0, -1)) ?? 0) >= 5) return false;
    return !NOT_COORDINATED.has(key) && !/.{3}(ها|هم|هما|هن)$/u.test(key);
  }
  // A word in «وا» is a verbal noun of the «استفعال، افتعال» kind (واستصلاح) or one news copy never wrote;
  // otherwise often a verb (واعتبرت) or a plural of people or bodies (وأهالي، وأعوان، وأطباء، وأجهزة).
  return /^وا(ست|.ت)./u.test(key) ? counts.withArticle > 0 || counts.bare === 0 : counts.bare === 0;
}

/**
 * Those a body is coordinated with, never a domain of its name, keys without the article: «حزب العدالة والتنمية الحاكم
 * والمعارضة» (the ruling AKP and the opposition), «… والحكومة» (and the government).
 */
const OTHER_SIDES: ReadonlySet<string> = new Set(['معارضة', 'حكومة', 'سلطة', 'سلطات'].map((w) => nameKey(w)));

/** The nouns of a body's name that take «من» and their object (ner's {@link PREVENTION_WORDS}), keys without the article. */
const PREVENTION_KEYS: ReadonlySet<string> = new Set(PREVENTION_WORDS.map((w) => stripArticle(nameKey(w))));
/** «من» (from, of), key. */
const FROM_KEY = 'من';

/** Heads of parties' names (ner's {@link PARTY_HEAD_WORDS}), keys: «حزب» (party), «حركة» (movement), «جبهة» (front), «تيار» (current). */
const PARTY_HEAD_KEYS: ReadonlySet<string> = new Set(PARTY_HEAD_WORDS.map((w) => nameKey(w)));
/** «لتحرير» (for the liberation of), key: the complement of liberation movements' names. */
const LIBERATION = nameKey('لتحرير');

/** A definite word, with a conjunction or preposition in front or not (الوزارة، للدراسات، والعسكرية). */
const DEFINITE_WORD = /^[وف]?(ال|لل|بال|كال)/u;
/** First parts of compound names that take the next word whatever it is (عبد الجليل، أبو بكر، بن علي). */
const COMPOUND_FIRST = /^(عبد|ابو|ابن|بن)$/u;

let headForms: Set<string> | undefined;

/** Every written form of the role nouns and titles, and the speech verbs with and without و/ف. */
function roleOrCueForms(): ReadonlySet<string> {
  if (headForms) return headForms;
  headForms = new Set(formsOf(ROLES_AND_TITLES).keys());
  for (const [form, cue] of cueForms()) {
    // Participles (مضيفا، مؤكدة) continue a speaker already named; nouns that are also verbs are left out.
    if (cue.participle || cue.verb.ambiguous) continue;
    headForms.add(form).add('و' + form).add('ف' + form);
  }
  return headForms;
}

/** Role nouns and person titles in one set, for one look-up per token. */
const ROLES_AND_TITLES: ReadonlySet<string> = new Set([...ROLE_HEADS, ...PERSON_TITLES]);

/** The Arabic and Latin commas. */
const COMMAS = new Set(['،', ',']);

/** Words that link a role to its complement (كاتب الدولة لدى وزير الخارجية). */
const ROLE_COMPLEMENT_LINKS = new Set(['لدي', 'باسم']);
/**
 * Indefinite nouns in construct inside a role's complement, before a definite word: «وزيرة شؤون المرأة والأسرة والطفولة»
 * (the minister of women's, family and children's affairs), «وزير شؤون الدين» (keys).
 */
const ROLE_CONSTRUCT_NOUNS: ReadonlySet<string> = new Set(['شوون', 'شيون']);

/** Whether a key is on one of the given-name lists, whatever else the word means (فائز, also «winner»). */
function listedGivenName(key: string): boolean {
  return MALE_FIRST_NAMES.has(key) || FEMALE_FIRST_NAMES.has(key) || taggerGivenName(key);
}

/** A given name from the arabic-names lists or the tagger's, or the first part of a compound name (عبد، أبو). */
function givenName(key: string, surface: string): boolean {
  if (/^(عبد|ابو)/u.test(key)) return true;
  // «أصيلة صفاقس» (originally from Sfax) is no name.
  if (key === 'اصيله' || key === 'اصيل') return false;
  if (!listedGivenName(key)) return false;
  // Names that are also common words (حبيب beloved، خميس Thursday، بيان statement) are written with the
  // article in real news more than a quarter as often as without it: they do not count as given names here.
  const { bare: count, withArticle } = articleCounts(surface);
  return withArticle * 4 <= count;
}

/**
 * Whether a word in «ان/ين/ون» reads as a common plural, dual or verb: news writes it, or its singular,
 * with the article (مسؤولين → المسؤولين، شاهدان → الشاهد) or often bare, where a foreign name in those
 * letters has no such forms at all (مارين، لوبان).
 */
function commonPlural(surface: string): boolean {
  const lex = getLexicon();
  const form = lexiconForm(surface).replace(/^[وف]?(ال|لل)/u, '');
  const stem = form.slice(0, -2);
  // (Or an imperfect verb in the plural: «يلوحون» (they wave); a singular news writes bare: «حزامان» of «حزام» (belt); a
  // feminine it writes: «ناسفان» of «ناسفة» (explosive).)
  if (/^[يت].{2,}ون$/u.test(form)) return true;
  const count = (w: string): number => lex.get(w) ?? 0;
  // (The feminine and the defective singular only where they make such a word: a dual «ناسفان», a plural
  // «المدعون» of «المدعي» — «مارين» is no plural of «المارة», passers-by.)
  const dual = form.endsWith('ان');
  const feminine = stem.replace(/ت$/u, '') + 'ة';
  return count('ال' + form) >= 5 || count('ال' + stem) >= 20 || count(stem) >= 20 || (!dual && count('ال' + stem + 'ي') >= 5) || (dual && count(feminine) + count('ال' + feminine) >= 20);
}

/**
 * How often real news writes a word as it stands and with the article, by the clitic lexicon's
 * counts — looked up in the lexicon's own form (ة, ى and hamza kept), never a name key's.
 */
function articleCounts(surface: string): { form: string; bare: number; withArticle: number } {
  const lex = getLexicon();
  const form = lexiconForm(surface);
  return { form, bare: lex.get(form) ?? 0, withArticle: lex.get('ال' + form) ?? 0 };
}

/**
 * Whether a word reads as a name rather than a common word, by the clitic lexicon's counts over
 * real news: a noun or adjective is also written with the article (وجود / الوجود, جديدة /
 * الجديدة), a name hardly ever is (قعلول, تيريزا). A rare word with no article form passes.
 */
function nameLike(surface: string, first: boolean): boolean {
  const lex = getLexicon();
  if (!lex.size) return false;
  const counts = articleCounts(surface);
  const { form, bare: count } = counts;
  let withArticle = counts.withArticle;
  // An accusative noun (اتصالا) is counted with the article without its alef (الاتصال).
  if (form.endsWith('ا') && form.length > 3) withArticle += lex.get('ال' + form.slice(0, -1)) ?? 0;
  if (withArticle * 10 > count || withArticle > 20) return false;
  // The first word must also be rare (frequent words without an article form are mostly verbs) and
  // not an imperfect verb, whose other persons are also words (يكرّم: تكرم، نكرم).
  if (!first) return true;
  // A future verb (ستحظر) is no name.
  if (count >= 30 || /^س[يتن].{3,}/u.test(form)) return false;
  if (prepositionOnWord(form)) return false;
  return !imperfectVerb(surface);
}

/**
 * «بتسخير» (by harnessing), «لنقل» (for transporting): a preposition on a known word (a lexicon form), or on a verbal noun
 * of the second form, «تفعيل», too rare for its counts to tell — «وزير الداخلية بتحجير صدور جريدة» (the minister's banning
 * of a paper's publication).
 */
function prepositionOnWord(form: string): boolean {
  const lex = getLexicon();
  if (!/^[بلك]/u.test(form)) return false;
  const rest = form.slice(1);
  return (lex.get(rest) ?? 0) >= 10 || (lex.get('ال' + rest) ?? 0) >= 3 || VERBAL_NOUN_II.test(rest);
}
/** The verbal noun of the second form, «تفعيل» (تحجير banning, تسهيل easing), as a lexicon form. */
const VERBAL_NOUN_II = /^ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$/u;

/** Whether a word reads as a past verb: its imperfect is a word of the lexicon too («غادر»: يغادر، «رفض»: يرفض). */
function pastVerb(surface: string): boolean {
  const form = lexiconForm(surface);
  const lex = getLexicon();
  return form.length >= 3 && ((lex.get('ي' + form) ?? 0) >= 3 || (lex.get('ت' + form) ?? 0) >= 3);
}

/** Whether a word reads as an imperfect verb: in «ي/ت/ن», with its other persons in the lexicon too (يضمن: تضمن، نضمن). */
function imperfectVerb(surface: string): boolean {
  const form = lexiconForm(surface);
  if (!/^[يتن]/u.test(form) || form.length < 4) return false;
  const lex = getLexicon();
  for (const p of ['ي', 'ت', 'ن']) if (p !== form[0] && (lex.get(p + form.slice(1)) ?? 0) >= 2) return true;
  return false;
}

/**
 * A word after the first of a candidate name that is a common word in disguise: with a conjunction
 * or a preposition in front (وجبروتا، بدعم), a pronoun at the end (تنصيبه) or a plural in construct
 * (مستخدمي), judged by the clitic lexicon's counts of what is left.
 */
function commonWord(surface: string): boolean {
  const lex = getLexicon();
  const form = lexiconForm(surface);
  const counted = (w: string): number => (w.length >= 3 ? lex.get(w) ?? 0 : 0);
  if (/^[وف]/u.test(form) && form.length >= 4) return true;
  if (/^[بلك]/u.test(form) && counted(form.slice(1)) >= 20) return true;
  const suffix = /(هما|ها|هم|ه|كم|نا)$/u.exec(form);
  if (suffix) {
    const stem = form.slice(0, -suffix[0].length);
    if (counted(stem) >= 5 || counted(stem.replace(/ت$/u, 'ة')) >= 5) return true;
  }
  if (form.endsWith('ي') && (counted(form.slice(0, -1) + 'ين') >= 5 || counted(form.slice(0, -1) + 'ون') >= 5)) return true;
  return false;
}

/** Whether the keyed word occurs again in the document outside tokens `[from, to)`, with or without و، ب، ل. */
function recurs(view: TokenView, word: string, from: number, to: number): boolean {
  if (word.length < 3) return false;
  for (let i = 0; i < view.keys.length; i++) {
    if (i >= from && i < to) continue;
    const k = view.keys[i]!;
    if (k === word || (k.length === word.length + 1 && k.endsWith(word) && /^[وبل]/u.test(k))) return true;
  }
  return false;
}

/**
 * Recovers person names the tagger missed or cut after a role or right after a speech verb (أفادت
 * رحاب الزواري، …): «رئيسة الوزراء تيريزا ماي» (Prime
 * Minister Theresa May), «مديرة المركز الدولي للدراسات الأمنية بدرة قعلول،» (the director of the
 * international centre … Badra Gaaloul), «الرئيس عبد الله يمين في بيان» (President Abdulla Yameen
 * in a statement). After a role noun and its complement (definite words, bodies and places already
 * found, further role nouns), two or three words that are not definite, not particles and not cue
 * verbs, closed by punctuation, a preposition, a complementiser or a definite word, are a person
 * when the first is a given name, or when every word reads as a name (see {@link nameLike}). A
 * given name the tagger found alone there (عبد الله) takes the word after it in the same way.
 */
function addRoleNames(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const keys = view.keys;
  const text = doc.text;
  const found: Occurrence[] = [];
  const roleForms = formsOf(ROLES_AND_TITLES);
  // The occurrence covering each token, built at the first role word (many articles have none).
  let at: (Occurrence | undefined)[] = [];
  const build = (): void => {
    at = new Array<Occurrence | undefined>(tokens.length).fill(undefined);
    for (const o of occurrences) {
      const f = firstStartingAt(tokens, o.start);
      for (let j = f; j < tokens.length && tokens[j]!.start < o.end; j++) at[j] = o;
      // The token a mention starts inside of (a clitic before it) belongs to it too.
      if (f > 0 && tokens[f - 1]!.end > o.start) at[f - 1] = o;
    }
  };
  const roleHeads = formsOf(ROLE_HEADS);
  const honorifics = formsOf(HONORIFICS);
  const cues = cueForms();
  // (A relative's noun too: «مباركة عواينية أرملة الشهيد …», Mbarka Aouainia, the martyr's widow.)
  const stopWord = (k: string): boolean =>
    k.length < 2 || NAME_ENDERS.has(k) || COMPLEMENTISERS.has(k) || NOT_NAMES.has(bare(k)) || cues.has(k) || UNNAMED_SOURCES.has(k) || roleHeads.has(k) || honorifics.has(k) || RELATIVE_KEYS.has(k);
  // «وقال مطر الطاير، المدير العام …» (said Mattar Al Tayer, the director general of …): a comma, then a
  // definite role noun, at token `j`.
  const roleAfter = (j: number): boolean => j + 1 < tokens.length && tokens[j]!.kind === 'punct' && COMMAS.has(text[tokens[j]!.start]!) && roleHeads.has(keys[j + 1]!) && keys[j + 1]!.startsWith('ال');
  // «و» + a noun with a pronoun ends a name: «وزيرة الصحة سميرة مرعي ونظيرتها السودانية», and her Sudanese counterpart.
  const conjoinedPossessive = (k: string): boolean => k.length > 4 && k.startsWith('و') && /(ه|ها|هم|هما)$/u.test(k);
  const closes = (j: number): boolean => {
    if (j >= tokens.length) return true;
    const t = tokens[j]!;
    if (t.kind === 'punct' || t.kind === 'symbol') return true;
    if (t.kind !== 'word') return false;
    const k = keys[j]!;
    // (And a future verb: «رئيسة الحكومة البريطانية تيريزا ماي ستكون أول زعيم», Theresa May will be the first leader.)
    return stopWord(k) || DEFINITE_WORD.test(k) || (at[j] !== undefined && at[j]!.start >= t.start) || conjoinedPossessive(k) || futureVerb(k);
  };
  let floor = 0;
  for (const i of starts(view, aliases).person) {
    if (i < floor) continue;
    if (!at.length) build();
    // A role word may end a body's name (مكتب الرئيس عبد الله يمين, the office of President …).
    if (tokens[i]!.kind !== 'word' || (at[i] && (i + 1 >= tokens.length || at[i + 1] === at[i]))) continue;
    // A speech verb has no complement: the name follows it (أفادت عايدة عرب، في اتصال …).
    const role = roleForms.has(keys[i]!);
    // The role's complement: definite words, names already found (not people), further role nouns.
    let j = i + 1;
    let words = 0;
    while (role && j < tokens.length && words < MAX_ROLE_WORDS && tokens[j]!.kind === 'word') {
      const o = at[j];
      const k = keys[j]!;
      if (COMPLEMENTISERS.has(k)) break;
      // «رئيس الحكومة الحبيب الصيد» (Prime Minister Habib Essid): a given name written with the article
      // ends the complement when a word follows it that could be the family name.
      // (With «بن» the family name takes one more word: المنصف بن سالم.)
      const tail = /^(بن|ابن|بو)$/u.test(keys[j + 1] ?? '') ? 2 : 1;
      if (!o && words > 0 && DEFINITE_GIVEN_NAMES.has(k) && j + tail < tokens.length && tokens[j + tail]!.kind === 'word' && !at[j + 1] && !at[j + tail] && !stopWord(keys[j + tail]!) && closes(j + tail + 1)) {
        const last = j + tail;
        found.push({ start: tokens[j]!.start, end: tokens[last]!.end, type: 'PER', tokens: nameTokens(text.slice(tokens[j]!.start, tokens[last]!.end)), latin: false });
        for (let m = j; m <= last; m++) at[m] = found.at(-1);
        floor = last + 1;
        j = -1;
        break;
      }
      // «الخبير في الشأن الليبي رافع الطبيب» (the expert on Libyan affairs, Rafaa Tabib), «ضابط التنسيق في المنطقة ظفار
      // إقبال» (the area's coordination officer): «في» and a definite word go on the role's complement, after a first word.
      if (!o && k === 'في' && (words > 0 || /^ال/u.test(keys[i]!)) && j + 1 < tokens.length && tokens[j + 1]!.kind === 'word' && !at[j + 1] && /^ال.{3,}/u.test(keys[j + 1]!)) {
        j++;
        words++;
        continue;
      }
      if (o) {
        if (o.type === 'PER') break;
        while (j < tokens.length && at[j] === o) j++;
      } else if ((DEFINITE_WORD.test(k) && !NOT_NAMES.has(bare(k.replace(/^[وف]/u, '')))) || roleHeads.has(k) || ROLE_LINKS.has(bare(k)) || ROLE_COMPLEMENT_LINKS.has(k) || (ROLE_CONSTRUCT_NOUNS.has(k) && DEFINITE_WORD.test(keys[j + 1] ?? ''))) j++;
      // «الأستاذة الجامعية بقسم العربية بكلية الآداب» (the university lecturer at the Arabic department of
      // the faculty of arts): after a first complement word, «ب» + a place noun in construct with a
      // definite word or a body continues the role.
      // (Also right after a definite role noun: «الصحفية بجريدة الشروق أسماء سحبون», the journalist at the newspaper
      // Echourouk, Asma Sahboun.)
      else if ((words > 0 || /^ال/u.test(keys[i]!)) && /^ب[^ا]\S{2,}$/u.test(k) && !NAME_ENDERS.has(k) && j + 1 < tokens.length && tokens[j + 1]!.kind === 'word' && ((at[j + 1] !== undefined && at[j + 1]!.type !== 'PER') || (!at[j + 1] && /^ال/u.test(keys[j + 1]!)))) j++;
      else break;
      words++;
    }
    if (j < 0) continue;
    // «وزير الوظيفة العمومية السابق، عبيد البريكي» (the former civil-service minister, Abid Briki):
    // one comma may close the role before the name.
    let apposed = false;
    if (role && words > 0 && j + 1 < tokens.length && tokens[j]!.kind === 'punct' && COMMAS.has(text[tokens[j]!.start]!) && tokens[j + 1]!.kind === 'word') {
      j++;
      apposed = true;
    }
    // «بالمدير الجهوي للتجهيز بسوسة، الهادي القزاح لاستفساره» (the regional director of public works in Sousse, Hedi
    // Gazzah, to ask him): after the comma, a given name written with the article and the surname after it, closed by the
    // clause or by «ل» + a verbal noun with a pronoun (to ask him).
    if (apposed && !at[j] && DEFINITE_GIVEN_NAMES.has(keys[j]!)) {
      const last = j + (/^(بن|ابن|بو)$/u.test(keys[j + 1] ?? '') ? 2 : 1);
      const lastWord = last < tokens.length ? text.slice(tokens[last]!.start, tokens[last]!.end) : '';
      if (last < tokens.length && tokens[last]!.kind === 'word' && !at[last] && !stopWord(keys[last]!) && !DEFINITE_GIVEN_NAMES.has(keys[last]!) && !commonWord(lastWord) && (closes(last + 1) || /^ل.{3,}(ه|ها|هم)$/u.test(keys[last + 1] ?? ''))) {
        found.push({ start: tokens[j]!.start, end: tokens[last]!.end, type: 'PER', tokens: nameTokens(text.slice(tokens[j]!.start, tokens[last]!.end)), latin: false });
        for (let m = j; m <= last; m++) at[m] = found.at(-1);
        floor = last + 1;
        continue;
      }
    }
    if (j >= tokens.length || tokens[j]!.kind !== 'word') continue;
    const tagged = at[j];
    if (tagged) {
      // «الرئيس عبد الله يمين في …»: a given name found alone takes the next word.
      if (tagged.type !== 'PER' || tagged.start !== tokens[j]!.start || tagged.tokens.length !== 1 || !givenName(tagged.tokens[0]!, text.slice(tagged.start, tagged.end))) continue;
      let e = j;
      while (e + 1 < tokens.length && at[e + 1] === tagged) e++;
      const next = e + 1;
      // «من جانبه وصف طارق الفتيتي من الاتحاد الوطني الحر» (for his part, Tarek Fetiti of the UPL described): a
      // nisba family name with the article, hardly ever written without it (فتيتي 0, الفتيتي 7; وطني 86), that a
      // preposition, a comma or a complementiser closes.
      if (next < tokens.length && tokens[next]!.kind === 'word' && !at[next] && /^ال.{3,}ي$/u.test(keys[next]!) && !stopWord(keys[next]!) && text.slice(tokens[e]!.end, tokens[next]!.start).trim() === '' &&
        next + 1 < tokens.length && ((tokens[next + 1]!.kind === 'punct' && COMMAS.has(text[tokens[next + 1]!.start]!)) || COMPLEMENTISERS.has(keys[next + 1]!) || /^(من|في|عن)$/u.test(keys[next + 1]!)) &&
        articleCounts(text.slice(tokens[next]!.start, tokens[next]!.end).replace(/^ال/u, '')).bare <= 2) {
        tagged.end = tokens[next]!.end;
        at[next] = tagged;
        floor = next + 1;
        tagged.tokens = nameTokens(text.slice(tagged.start, tagged.end));
        continue;
      }
      // «المدير الجهوي للتجارة بنابل فوزي الطالب لمراسلة …، وأضاف طالب أن …» (the regional trade director Faouzi Taleb …,
      // Taleb added that): a definite surname that is also a common word («الطالب», the student), which the article
      // writes bare right after a speech verb elsewhere, is the family name.
      const surname = next < tokens.length && tokens[next]!.kind === 'word' && !at[next] && /^ال.{3,}/u.test(keys[next]!) ? keys[next]!.slice(2) : '';
      if (surname && text.slice(tokens[e]!.end, tokens[next]!.start).trim() === '' && keys.some((k, m) => k === surname && m > 0 && m !== next && isCueWord(keys[m - 1]!))) {
        tagged.end = tokens[next]!.end;
        at[next] = tagged;
        floor = next + 1;
        tagged.tokens = nameTokens(text.slice(tagged.start, tagged.end));
        continue;
      }
      if (next >= tokens.length || tokens[next]!.kind !== 'word' || at[next] || closes(next) || !closes(next + 1) || ADVERBS.has(keys[next]!) || commonWord(text.slice(tokens[next]!.start, tokens[next]!.end))) continue;
      if (text.slice(tokens[e]!.end, tokens[next]!.start).trim() !== '') continue;
      tagged.end = tokens[next]!.end;
      at[next] = tagged;
      floor = next + 1;
      // «المهندس باسل عودة الطراونة، إن …»: a family name with the article that is no common word, closing
      // the clause (a comma, a stop or «إن» after it), comes too.
      const family = next + 1;
      const after = family + 1 < tokens.length ? tokens[family + 1]! : undefined;
      const closesClause = !after || (after.kind === 'punct' && /^[،,.:؛]/u.test(text[after.start]!)) || COMPLEMENTISERS.has(keys[family + 1]!);
      // (Rare in news copy as written: «الوفد» (the delegation) is the verb's object.)
      // (The lexicon last: few words get that far.)
      const rare = (): boolean => articleCounts(text.slice(tokens[family]!.start, tokens[family]!.end)).bare <= 2;
      if (family < tokens.length && tokens[family]!.kind === 'word' && !at[family] && /^ال.{3,}/u.test(keys[family]!) && !stopWord(keys[family]!) && closesClause && rare()) {
        tagged.end = tokens[family]!.end;
        at[family] = tagged;
        floor = family + 1;
      }
      tagged.tokens = nameTokens(text.slice(tagged.start, tagged.end));
      continue;
    }
    const first = j;
    let compound = false;
    while (j < tokens.length && (j - first < 3 || compound) && tokens[j]!.kind === 'word' && !at[j]) {
      const k = keys[j]!;
      if (stopWord(k) || (!compound && DEFINITE_WORD.test(k)) || (j > first && (conjoinedPossessive(k) || futureVerb(k)))) break;
      // «جمال عبد الجليل»: عبد، أبو، بن take the next word whatever it is.
      compound = COMPOUND_FIRST.test(k);
      j++;
    }
    if (compound) continue;
    let last = j;
    let nisbaSurname = false;
    // (After a role and a comma, a Maghrebi given name written without its article counts too: «منجي» for
    // «المنجي».)
    const given = j > first && (givenName(keys[first]!, text.slice(view.starts[first]!, tokens[first]!.end)) || (apposed && DEFINITE_GIVEN_NAMES.has('ال' + keys[first]!)));
    // A nisba surname with the article after a given name (روضة العلاقي).
    // Without a listed given name, the name must stand in apposition after a comma or its surname must
    // recur in the article («عبيد البريكي … وأضاف البريكي»), and the first word must not be a common
    // word with the article elsewhere.
    // «وقال مطر الطاير، المدير العام لهيئة الطرق»: a definite family name of any shape when a role
    // follows in apposition (see roleAfter).
    // (After a role, any definite family name of a listed given name that a relative pronoun, a comma or a
    // complementiser closes: «المعتمد … حمادي الأديب الذي أكد», the delegate Hammadi Adib, who stressed.)
    const closedByClause = (m: number): boolean => m < tokens.length && ((tokens[m]!.kind === 'punct' && COMMAS.has(text[tokens[m]!.start]!)) || COMPLEMENTISERS.has(keys[m]!) || /^(الذي|التي)$/u.test(keys[m]!));
    const givenFirst = (): boolean => role && givenName(keys[first]!, text.slice(view.starts[first]!, tokens[first]!.end));
    if (last - first === 1 && last < tokens.length && tokens[last]!.kind === 'word' && !at[last] && (/^ال.{3,}ي$/u.test(keys[last]!) || (/^ال.{3,}$/u.test(keys[last]!) && (roleAfter(last + 1) || (closedByClause(last + 1) && givenFirst())))) && !stopWord(keys[last]!) && closes(last + 1)) {
      if (given) last++;
      else if (keys[first]!.length >= 3 && !/^(ال|و|ف)/u.test(keys[first]!) && documentNoun(keys[first]!) === undefined && !ORG_HEADS.has(keys[first]!) && !commonWord(text.slice(tokens[first]!.start, tokens[first]!.end)) && (roleAfter(last + 1) || ((apposed || recurs(view, keys[last]!, last, last + 1)) && nameLike(text.slice(tokens[first]!.start, tokens[first]!.end), false)))) {
        last++;
        nisbaSurname = true;
      }
    }
    // (A given name only the tagger's list has — «تيريزا»، «مارين»، «نبيهة» — opens no three-word name unless its last
    // word recurs: «رئيسة الوزراء تيريزا ماي لتصافحه» (to shake his hand).)
    // (Nor one whose last word reads as a common word: «تيريزا ماي أول زعيمة», the first leader; «مارين لوبان عقوبة»,
    // a penalty.)
    if (given && last - first === 3 && taggerGivenName(keys[first]!) && !MALE_FIRST_NAMES.has(keys[first]!) && !FEMALE_FIRST_NAMES.has(keys[first]!) && (!recurs(view, stripArticle(keys[last - 1]!), first, last) || !nameLike(text.slice(tokens[last - 1]!.start, tokens[last - 1]!.end), false))) last--;
    const n = last - first;
    if (n < 2 || !closes(last)) continue;
    // The lexicon is asked only now, for the few candidates left: no word may be a common word in
    // disguise; without a given name, every word must read as a name and the surname must recur in
    // the article (a verb and its object after a role, «وزير الثقافة يتسلم درعا», rarely do).
    let ok = true;
    // (Except the family name of a listed given name after a role, closed by a clause: «المندوب الجهوي للفلاحة
    // بمنوبة فائز مسلم أن …», the regional delegate Fayez Mosallem — «مسلم» is also «a Muslim».)
    // (A listed given name counts here even when it is a common word too: «فائز», also «winner».)
    // (Or one whose family name the article repeats alone: «الصحفية بجريدة الشروق أسماء سحبون في مداخلة … وأضافت سحبون», the
    // journalist Asma Sahboun — «أسماء» is also «names».)
    const genderedName = (): boolean => {
      const g = /^(ال|و|ف|ب|ل)/u.test(keys[first]!) ? undefined : personGender([keys[first]!], []);
      return g !== undefined && g.guessed !== true;
    };
    const familyAfterRole = n === 2 && role && (given || listedGivenName(keys[first]!) || genderedName()) && (closedByClause(last) || recurs(view, stripArticle(keys[last - 1]!), first, last));
    // (Not an adverb for the family name: «وأكد المدرب نبيل صراحة أن» (the coach Nabil stressed frankly), «شخصيا».)
    if (n === 2 && (ADVERBS.has(keys[first + 1]!) || (familyAfterRole && /[^ا]ا$/u.test(keys[first + 1]!)))) ok = false;
    for (let w = first; w < j && ok; w++) if (!givenName(keys[w]!, text.slice(view.starts[w]!, tokens[w]!.end)) && commonWord(text.slice(tokens[w]!.start, tokens[w]!.end)) && !(familyAfterRole && w === first)) ok = false;
    if (!ok) continue;
    if (!given && !nisbaSurname && !familyAfterRole) {
      for (let w = first; w < last && ok; w++) ok = !/^(ال|و|ف)/u.test(keys[w]!) && nameLike(text.slice(tokens[w]!.start, tokens[w]!.end), w === first);
      // «ورأت مديرة الجمعية، سلوى قرقوري، أن» (the association's director, Salwa Gargouri, held that): a
      // name set off by commas on both sides after a role needs no second mention.
      const enclosed = apposed && last < tokens.length && tokens[last]!.kind === 'punct' && COMMAS.has(text[tokens[last]!.start]!);
      // (Nor one right after a role that ends in a nationality adjective and closed by a comma or a complementiser:
      // «بدوره اعتبر وزير النقل الغيني اويا جولافوجيان، خلال ندوة», the Guinean transport minister.)
      const foreign = role && !apposed && n === 2 && countryOfNisba(keys[first - 1]!, aliases) && closedByClause(last);
      if (!ok || (!enclosed && !foreign && !recurs(view, stripArticle(keys[last - 1]!), first, last))) continue;
    }
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    const occ: Occurrence = { start, end, type: 'PER', tokens: nameTokens(text.slice(start, end)), latin: false };
    found.push(occ);
    for (let w = first; w < last; w++) at[w] = occ;
    floor = last;
  }
  if (found.length) mergeFound(occurrences, found, false);
}


/**
 * «إن دونالد ترامب سيلتقي …» with only «دونالد» tagged (Donald Trump will meet): a listed given name found alone takes
 * the untagged word after it when that word reads as a name and recurs alone elsewhere in the article («بلقاء ترامب»).
 */
function extendGivenNames(doc: AnalysisDocument, view: TokenView, occurrences: Occurrence[]): void {
  const tokens = doc.tokens;
  const text = doc.text;
  const keys = view.keys;
  if (!occurrences.some((o) => o.type === 'PER' && o.tokens.length === 1)) return;
  const taken = new Uint8Array(tokens.length);
  for (const o of occurrences) {
    const f = firstStartingAt(tokens, o.start);
    for (let j = f; j < tokens.length && tokens[j]!.start < o.end; j++) taken[j] = 1;
  }
  for (const o of occurrences) {
    if (o.type !== 'PER' || o.tokens.length !== 1) continue;
    const f = firstStartingAt(tokens, o.start);
    if (f >= tokens.length || tokens[f]!.end !== o.end || !givenName(o.tokens[0]!, text.slice(o.start, o.end))) continue;
    const next = f + 1;
    if (next >= tokens.length || tokens[next]!.kind !== 'word' || taken[next] || text.slice(o.end, tokens[next]!.start).trim() !== '') continue;
    const k = keys[next]!;
    // (Not a preposition or an adverb of time — «ميشيل أثناء», «عادل خلال» —, a verb — «عادل يضمن» —, nor another given
    // name, which starts a name of its own: «فيليب إدوار».)
    const surface = text.slice(tokens[next]!.start, tokens[next]!.end);
    // (A family name that opens with «ف» or «و» reads as a conjunction on a word: «مايكل فلين … وقال فلين» (Michael Flynn) —
    // not when what is left is no word the lexicon knows.)
    const rest = /^ف/u.test(k) ? lexiconForm(surface).slice(1) : '';
    const conjunctionOnly = rest !== '' && (getLexicon().get(rest) ?? 0) < 30 && (getLexicon().get('ال' + rest) ?? 0) < 30;
    if (k.length < 3 || /^ال/u.test(k) || (/^[وف]/u.test(k) && !conjunctionOnly) || COMPLEMENTISERS.has(k) || NOT_NAMES.has(bare(k)) || cueForms().has(k) || ROLE_HEADS.has(bare(k)) || NAME_FOLLOWERS.has(k) || listedGivenName(k) || verbLike(k)) continue;
    if ((commonWord(surface) && !conjunctionOnly) || !nameLike(surface, false) || imperfectVerb(surface) || pastVerb(surface) || !recurs(view, k, f, next + 1)) continue;
    o.end = tokens[next]!.end;
    o.tokens = nameTokens(text.slice(o.start, o.end));
    taken[next] = 1;
  }
}

/**
 * A word the clitic lexicon knows well as an ordinary word: seen at least 20 times, and with the
 * article at least a third as often as without it (غريب 32, الغريب 17). A rare word is never judged
 * (غزواني 2, الغزواني 5: a family name).
 */
function ordinaryWord(surface: string): boolean {
  const { bare: bareCount, withArticle } = articleCounts(surface);
  return bareCount + withArticle >= 20 && withArticle * 3 >= bareCount;
}

/**
 * A word real news writes often both without the article and with it (جديد 381, الجديد 497; وطني 86,
 * الوطني 2406): an everyday adjective or noun. A family name is rare without the article (مرزوقي 2,
 * المرزوقي 112), so it is not one.
 */
function everydayWord(surface: string): boolean {
  const { bare: bareCount, withArticle } = articleCounts(surface);
  return bareCount >= 20 && withArticle * 3 >= bareCount;
}

/**
 * «غريب» (strange), quoted in a headline and tagged as a person: a one-word person name that real
 * news mostly writes as a common word (with the article as often as not, by the clitic lexicon) is
 * dropped unless something else vouches for it — a title before it, a given name, the alias table,
 * or a longer person name in the article that contains it (سمير الطيب … طيب). Such a word would
 * otherwise become the speaker of every quote that follows it.
 */
function dropCommonWordPersons(doc: AnalysisDocument, occurrences: Occurrence[], aliases: AliasIndex): void {
  const inFullNames = new Set<string>();
  // Compared without the article: «طيب» is the surname of «سمير الطيب».
  for (const o of occurrences) if (o.type === 'PER' && o.tokens.length >= 2) for (const t of o.tokens) inFullNames.add(t.replace(/^ال(?=..)/u, ''));
  for (let k = occurrences.length - 1; k >= 0; k--) {
    const o = occurrences[k]!;
    // «برلماني روسي» (a Russian MP), «تاكسي فردي» (an individual taxi): two everyday words, neither a listed given name nor
    // the alias table's, are no one's name. (An accusative «ـا» is read off: «بطلا أولمبيا», an Olympic champion.)
    if (o.type === 'PER' && o.tokens.length === 2 && !o.titled && !o.latin && aliases.lookup(doc.text.slice(o.start, o.end)) === undefined) {
      const common = (w: string): boolean =>
        !listedGivenName(w) && !w.startsWith('ال') && (ordinaryWord(w) || (/[^ا]ا$/u.test(w) && ordinaryWord(w.slice(0, -1))));
      if (o.tokens.every(common)) {
        occurrences.splice(k, 1);
        continue;
      }
    }
    if (o.type !== 'PER' || o.tokens.length !== 1 || o.titled || o.latin) continue;
    const word = o.tokens[0]!;
    const surface = doc.text.slice(o.start, o.end);
    // Any listed given name counts here, also one that is an adjective too (جميلة).
    if (inFullNames.has(word) || MALE_FIRST_NAMES.has(word) || FEMALE_FIRST_NAMES.has(word)) continue;
    // «مصدر عليم» (an informed source), «مسؤولون هنود» (Indian officials), «المحتجون» (the protesters): the adjective
    // of an unnamed source, or a plural in «ون», is no one's name.
    // (Not after «شاهد» (a witness, also «watched»: «وشاهد رونالدو المباراة»); a plural only of a common noun, not
    // «السعدون».)
    const before = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, o.start - 20), o.start))?.[1];
    const beforeKey = before === undefined ? '' : nameKey(before).replace(/^[وف]/u, '');
    // (Nor an imperfect verb in the plural, «يلقنون» (they teach) in a headline: «تونسيون يلقنون "عنصريا" درسا».)
    // (The shape alone: no given name is written «يـ…ون»; the clitic lexicon holds few plural imperfects. Not «تـ…ون»,
    // which is also «تشارلستون».)
    const pluralVerb = /^ي[^و].{2,}ون$/u.test(word);
    if ((UNNAMED_SOURCES.has(beforeKey) && !WITNESS.has(beforeKey)) || (/^ال.{3,}ون$/u.test(word) && pluralOfCommonNoun(surface)) || pluralVerb) {
      occurrences.splice(k, 1);
      continue;
    }
    if (word.startsWith('ال')) continue;
    if (aliases.lookup(surface) !== undefined || !ordinaryWord(surface)) continue;
    occurrences.splice(k, 1);
  }
}

/** «شاهد، شاهدة» (a witness), keyed: also the verb «watched», whose subject follows it. */
const WITNESS: ReadonlySet<string> = new Set(['شاهد', 'شاهدة'].map((w) => nameKey(w)));

/** Press nouns before a paper's or channel's name, without «موقع» (also «location»: موقع الكعبة). */
const PAPER_HEADS: ReadonlySet<string> = new Set([...MEDIA_HEADS].filter((h) => h !== 'موقع'));
/** «قناة» (channel, canal), keyed. */
const CHANNEL = 'قناه';

/** Whether `token` is an opening quotation mark: «"», «“» or «««. */
const isOpeningMark = (text: string, token: Token): boolean => token.kind === 'punct' && /^["“«]$/u.test(text.slice(token.start, token.end));
/** Whether `token` is a closing quotation mark: «"», «”» or «»». */
const isClosingMark = (text: string, token: Token): boolean => token.kind === 'punct' && /^["»”]$/u.test(text.slice(token.start, token.end));

/** «قال/قالت» (said) and «أضاف/أضافت» (added), keyed, behind «و/ف» or not: verbs only a person or a body is the subject of. */
const SAID = /^[وف]?(قال|قالت|اضاف|اضافت)$/u;

/** An occurrence's group in the alias table: the one found when it was cleaned, else looked up by its text. */
function aliasGroupOf(text: string, o: Occurrence, aliases: AliasIndex): number | undefined {
  return o.aliasGroup !== undefined ? o.aliasGroup ?? undefined : aliases.lookup(text.slice(o.start, o.end));
}

/** Whether an occurrence is a body's name in the alias table. */
function listedBody(text: string, o: Occurrence, aliases: AliasIndex): boolean {
  const g = aliasGroupOf(text, o, aliases);
  return g !== undefined && aliases.groups[g]!.type === 'ORG';
}

/** Marks the mentions right after a person's title (الصحفية، الأستاذ، السيد). */
function markTitled(doc: AnalysisDocument, view: TokenView, occurrences: readonly Occurrence[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const titles = formsOf(PERSON_TITLES);
  const placeHeads = formsOf(PLACE_OR_GEO_HEADS);
  const mediaHeads = formsOf(PAPER_HEADS);
  // A place noun without the article right before an occurrence that is no body the alias table lists: «مدينة الدمام», not
  // «منطقة الحرس الوطني بفريانة», the National Guard's district of Feriana.
  const placeHeadOf = (key: string, o: Occurrence): boolean => placeHeads.has(key) && !/^(و|ف)?(ب|ل|ك)?(ال|لل)/u.test(key) && !(o.type === 'ORG' && listedBody(doc.text, o, aliases));
  // The words of names in marks found speaking (see below): their fuller names in marks are persons too («الذي التقطه "كريغ
  // كابهارت"» before «وقال "كريغ"»).
  const spokeWords = new Set<string>();
  for (const o of occurrences) {
    const i = firstStartingAt(tokens, o.start);
    const prev = i - 1;
    // «أستديو قناة" فرانس انتار"» (the studio of the channel "France Inter"): a press noun, a quotation mark, then the name —
    // the paper or channel, as without the mark, wherever else the tagger calls it a person.
    if (prev > 0 && o.type !== 'LOC' && isOpeningMark(doc.text, tokens[prev]!) && tokens[prev - 1]!.kind === 'word' && mediaHeads.has(view.keys[prev - 1]!)) {
      o.headed = true;
      continue;
    }
    // «وقال "كريغ" إن …» (Craig said that …): a name the tagger called MISC for its marks, as a speech verb's subject, is a
    // person — a work's title says nothing.
    if (prev > 0 && o.type === 'MISC' && o.tokens.length <= 3 && tokens[prev]!.end === o.start && isOpeningMark(doc.text, tokens[prev]!) && tokens[prev - 1]!.kind === 'word' && SAID.test(view.keys[prev - 1]!)) {
      o.type = 'PER';
      for (const t of o.tokens) spokeWords.add(t);
      continue;
    }
    // (Also with the name in marks: «منطقة "أيواجيك"», the area of "Ayvacık" — a place whatever the tagger said.)
    if (prev > 0 && tokens[prev]!.end === o.start && isOpeningMark(doc.text, tokens[prev]!) && tokens[prev - 1]!.kind === 'word' && placeHeadOf(view.keys[prev - 1]!, o) && placeHeads.get(view.keys[prev - 1]!) !== CHANNEL) {
      o.placed = true;
      continue;
    }
    // (Not the word the occurrence starts inside, behind its clitic: «لبلدية صفاقس» is no place noun before «بلدية صفاقس».)
    if (prev < 0 || tokens[prev]!.kind !== 'word' || tokens[prev]!.end > o.start) continue;
    const key = view.keys[prev]!;
    // (Not a body the tagger named by its head: «للاعب الإتحاد المنستيري» is the player of a club.)
    if (titles.has(key) && /^(و|ف)?(ب|ل|ك)?(ال|لل)/u.test(key) && !(o.type === 'ORG' && ORG_HEADS.has(bare(o.tokens[0]!)))) o.titled = true;
    // «مدينة الدمام»، «ولاية قفصة»: a name right after a place noun is a place whatever the tagger said.
    // (But «قناة» is a channel as often as a canal: a canal's name is definite or one the tagger calls a place —
    // «قناة السويس»، «قناة بنما» —, a channel's anything else: «قناة نسمة»، «لقناة فرانس 24».)
    else if (placeHeadOf(key, o) && doc.text.slice(tokens[prev]!.end, o.start).trim() === '' && !(placeHeads.get(key) === CHANNEL && o.type !== 'LOC' && !o.tokens[0]!.startsWith('ال'))) o.placed = true;
    // «صحيفة لوموند»، «ليومية حريات»: a name right after an indefinite press noun is the paper, also where
    // the tagger calls it a person elsewhere (وأوضحت لوموند). (Not a place: قناة السويس.)
    else if (o.type !== 'LOC' && mediaHeads.has(key) && !/^(و|ف)?(ب|ل|ك)?(ال|لل)/u.test(key) && doc.text.slice(tokens[prev]!.end, o.start).trim() === '') o.headed = true;
  }
  if (!spokeWords.size) return;
  for (const o of occurrences) {
    if (o.type !== 'MISC' || o.tokens.length > 3 || !o.tokens.some((t) => spokeWords.has(t))) continue;
    const i = firstStartingAt(tokens, o.start);
    if (i > 0 && tokens[i - 1]!.end === o.start && isOpeningMark(doc.text, tokens[i - 1]!)) o.type = 'PER';
  }
}

/**
 * Finds more occurrences of each person's names in text the tagger left untagged: the full name
 * (also under a spelling variant of the surname, موشيه يعالون / موشيه يعلون) and a foreign-looking
 * surname alone (بلينكن, not الطيب, which is also a word).
 */
function propagateNames(doc: AnalysisDocument, view: TokenView, clusters: Cluster[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const c of clusters) {
    for (const o of c.occurrences) {
      for (let j = firstStartingAt(tokens, o.start) - 1; j < tokens.length && (j < 0 || tokens[j]!.start < o.end); j++) if (j >= 0 && tokens[j]!.end > o.start) covered[j] = 1;
    }
  }
  // (`prefix`: a body's head and nationality adjective standing for its whole name, see below; `subjectOnly`: a short
  // surname matched only right after a speech verb or «كان» and right before a complementiser or «قد».)
  const patterns: { words: string[]; cluster: Cluster; prefix?: boolean; subjectOnly?: boolean }[] = [];
  for (const c of clusters) {
    if (c.occurrences[0]!.latin) continue;
    const person = majorityType(c.occurrences) === 'PER';
    const seen = new Set<string>();
    for (const o of c.occurrences) {
      const words = nameKey(doc.text.slice(o.start, o.end)).split(' ');
      const key = words.join(' ');
      if (words.length >= 2 && !seen.has(key)) {
        seen.add(key);
        patterns.push({ words, cluster: c });
        const last = words.at(-1)!;
        if (person && last.length >= (last.startsWith('ال') ? 6 : 4) && !seen.has(last)) {
          seen.add(last);
          patterns.push({ words: [last], cluster: c });
        } else if (person && last.length === 3 && !last.startsWith('ال') && !seen.has(last) && !listedGivenName(last) && !/^(بن|ابن|بو|ابو)$/u.test(words.at(-2)!)) {
          // «تيريزا ماي … وقالت ماي إنها» (Theresa May … May said that): a surname of three letters, often a word too (ماي,
          // May in the Maghreb), only as a speech verb's subject (see `subjectOnly`).
          seen.add(last);
          patterns.push({ words: [last], cluster: c, subjectOnly: true });
        }
      }
    }
  }
  // «الاتحاد الماليزي لكرة القدم … رحب الاتحاد الماليزي فى بيان» (the Malaysian football association … the Malaysian
  // association welcomed): a body's head noun and nationality adjective stand for it, when no other body of the article
  // starts with them and none is named by them alone.
  const prefixOwners = new Map<string, Set<Cluster>>();
  for (const p of patterns) {
    const w = p.words;
    // (Not «الجامعة», also the university system: «الجامعة التونسية في حاجة إلى إصلاح».)
    if (w.length >= 3 && ORG_HEADS.has(stripArticle(w[0]!)) && w[0]!.startsWith('ال') && stripArticle(w[0]!) !== 'جامعه' && countryOfNisba(w[1]!, aliases) && majorityType(p.cluster.occurrences) === 'ORG') {
      const key = w[0] + ' ' + w[1];
      prefixOwners.set(key, (prefixOwners.get(key) ?? new Set()).add(p.cluster));
    }
  }
  for (const [key, owners] of prefixOwners) {
    if (owners.size !== 1 || patterns.some((p) => p.words.length === 2 && p.words.join(' ') === key)) continue;
    patterns.push({ words: key.split(' '), cluster: [...owners][0]!, prefix: true });
  }
  if (!patterns.length) return;
  patterns.sort((a, b) => b.words.length - a.words.length);
  const firstWords = new Set<string>();
  for (const p of patterns) {
    const w = stripArticle(p.words[0]!);
    firstWords.add(w).add('ال' + w);
  }
  // Cheap tests before the set (most tokens are no first word): the whole key by its hash in a word filter, the key
  // behind a proclitic by its last letter and length (no slice, no hash, for most words).
  const firstPrefilter = wordFilterOf(firstWords);
  const endings = new Set<number>();
  for (const w of firstWords) endings.add(keyEnding(w.charCodeAt(w.length - 1), w.length));
  // A surname shared by two people is left to the tagger.
  const owners = new Map<string, Set<Cluster>>();
  for (const p of patterns) if (p.words.length === 1) owners.set(p.words[0]!, (owners.get(p.words[0]!) ?? new Set()).add(p.cluster));
  for (let i = 0; i < tokens.length; i++) {
    // (Read from the token arrays, not the key: the key string itself is read only for the few that pass.)
    const e = view.endings[i]!;
    if (covered[i] || e === 0 || !view.plain[i]) continue;
    const k0 = view.keys[i]!;
    const whole = firstPrefilter.mayHaveHash(view.hashes[i]!) && firstWords.has(k0);
    // (An ending that did not fit the array, e < 0 — a last letter from U+8000 or a key of 65,536 letters —, is not
    // pre-checked.)
    const quick = e > 0;
    if (
      !whole &&
      !(PROCLITIC_START.has(view.firstChars[i]!) && (((!quick || endings.has(e - 1)) && firstWords.has(k0.slice(1))) || ((!quick || endings.has(e - 2)) && firstWords.has(k0.slice(2)))))
    )
      continue;
    const forms = nameForms(doc, view, i);
    for (const p of patterns) {
      const n = p.words.length;
      if (i + n > tokens.length) continue;
      if (n === 1 && (owners.get(p.words[0]!)?.size ?? 0) > 1) continue;
      const form = forms.find(([f]) => stripArticle(f) === stripArticle(p.words[0]!));
      let ok = form !== undefined;
      for (let w = 1; w < n && ok; w++) {
        if (covered[i + w]) ok = false;
        else {
          const key = view.keys[i + w]!;
          const person = (p.cluster.type ?? majorityType(p.cluster.occurrences)) === 'PER';
          ok = person ? wordsMatch(stripArticle(key), stripArticle(p.words[w]!), { typos: w === n - 1 }) : key === p.words[w];
        }
      }
      if (!ok || !form) continue;
      // (Past «لل», whose second lam is the article's: «للحرس الوطني» is «ل» + «(ا)لحرس الوطني», a name the text writes
      // «حرس الوطني» there.)
      const elided = form[0].startsWith('لل') && form[0].length > 4 && !p.words[0]!.startsWith('لل');
      const start = elided ? surfaceOffset(doc.text, form[1], 2) : form[1];
      const end = tokens[i + n - 1]!.end;
      const surface = doc.text.slice(start, end);
      if (/\p{L}/u.test(doc.text[end] ?? '')) continue;
      // (The two words only where no other name word follows them: «الجمعية التونسية لحكام كرة القدم … أصدرت الجمعية
      // التونسية رياضة، صحة وتنمية بيانا» is another association.)
      if (p.prefix && i + n < tokens.length && tokens[i + n]!.kind === 'word' && !AFTER_BODY_WORDS.has(view.keys[i + n]!)) continue;
      if (p.subjectOnly && !(start === tokens[i]!.start && i > 0 && (cueForms().has(view.keys[i - 1]!.replace(/^[وف](?=.{3})/u, '')) || /^[وف]?(كان|كانت)$/u.test(view.keys[i - 1]!)) && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' && (COMPLEMENTISERS.has(view.keys[i + 1]!) || view.keys[i + 1] === 'قد'))) continue;
      // A Maghrebi surname written with and without the article (آمال قرامي … القرامي، الجبالي / جبالي) is
      // one name — unless the word is an everyday one that news also writes with the article (منير جديد …
      // الجديد, the new one).
      if (n === 1 && (form[0].startsWith('ال') || elided) !== p.words[0]!.startsWith('ال') && everydayWord(surface.replace(/^[اأإآ]ل/u, ''))) continue;
      const occ: Occurrence = { start, end, type: p.cluster.type ?? majorityType(p.cluster.occurrences), tokens: nameTokens(surface), latin: false, cluster: p.cluster };
      p.cluster.occurrences.push(occ);
      p.cluster.occurrences.sort((a, b) => a.start - b.start);
      for (let w = 0; w < n; w++) covered[i + w] = 1;
      i += n - 1;
      break;
    }
  }
}

/**
 * Familiar and courtesy titles before a given name alone («العم احميدة», uncle Hmida; «الحاجة فاطمة»), keyed with
 * the article.
 */
const FAMILIAR_TITLES: ReadonlySet<string> = new Set(
  'العم العمة الخال الخالة الحاج الحاجة السيد السيدة الشيخ الاستاذ الاستاذة الدكتور الدكتورة'.split(' ').flatMap((w) => [nameKey(w), nameKey('و' + w)]),
);
/** A quick test of a token's key hash before {@link addTitledGivenNames} looks it up in {@link FAMILIAR_TITLES}. */
const FAMILIAR_TITLE_FILTER: WordFilter = wordFilterOf(FAMILIAR_TITLES);
/**
 * Words that follow a name in the clause (keyed): no family name («عادل خلال», Adel during) — {@link NAME_ENDERS} and a
 * few more prepositions and adverbs.
 */
const NAME_FOLLOWERS: ReadonlySet<string> = new Set([...NAME_ENDERS, ...'أثناء اثناء بين دون عقب رفقة برفقة جراء بسبب'.split(' ').map((w) => nameKey(w))]);
/** Words that may follow a body's head and adjective standing for its name (see `propagateNames`), keyed. */
const AFTER_BODY_WORDS: ReadonlySet<string> = new Set('في فى على عن من الى إلى مع خلال أن ان إن بأن قد الذي التي أيضا'.split(' ').map((w) => nameKey(w)));
/** Words that may follow a person's name alone, closing it: prepositions, complementisers, relatives. */
const AFTER_NAME_WORDS: ReadonlySet<string> = new Set('في من على الى إلى عن أن ان إن الذي التي وهو وهي قد'.split(' ').map((w) => nameKey(w)));

/**
 * «احميدة العشي … وقال العم احميدة "…"» (Hmida Achi … uncle Hmida said "…"): a given name alone after a familiar or
 * courtesy title is the person of the article with that given name, when only one person has it and no other name
 * word follows it (a punctuation mark, a preposition or a relative, a conjunction, a speech verb).
 */
function addTitledGivenNames(doc: AnalysisDocument, view: TokenView, clusters: Cluster[]): void {
  const tokens = doc.tokens;
  let owners: Map<string, Cluster | null> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (view.endings[i] === 0 || !view.plain[i] || !FAMILIAR_TITLE_FILTER.mayHaveHash(view.hashes[i - 1]!) || !FAMILIAR_TITLES.has(view.keys[i - 1]!)) continue;
    if (!owners) {
      owners = new Map();
      for (const c of clusters) {
        if (c.occurrences[0]!.latin || majorityType(c.occurrences) !== 'PER') continue;
        for (const o of c.occurrences) {
          const first = o.tokens.length >= 2 ? o.tokens[0]! : undefined;
          if (first === undefined || first.startsWith('ال') || first.length < 3) continue;
          const had = owners.get(first);
          owners.set(first, had === undefined || had === c ? c : null);
        }
      }
    }
    const owner = owners.get(view.keys[i]!);
    if (!owner) continue;
    const t = tokens[i]!;
    if (clusters.some((c) => c.occurrences.some((o) => o.start < t.end && t.start < o.end))) continue;
    const next = tokens[i + 1];
    const nextKey = view.keys[i + 1] ?? '';
    if (next && next.kind === 'word' && !AFTER_NAME_WORDS.has(nextKey) && !nextKey.startsWith('و') && !isCueWord(nextKey)) continue;
    const surface = doc.text.slice(t.start, t.end);
    owner.occurrences.push({ start: t.start, end: t.end, type: 'PER', tokens: nameTokens(surface), latin: false, cluster: owner, titled: true });
    owner.occurrences.sort((a, b) => a.start - b.start);
  }
}

/** The armed services, prosecutions and intelligence services of {@link ARMED_SERVICE}. */
const ARMED_SERVICE_NAMES = ['سلاح الجو', 'سلاح البحرية', 'القوات الجوية', 'القوات البحرية', 'القوات البرية', 'البحرية', 'خفر السواحل', 'حرس السواحل', 'النيابة', 'الادعاء', 'الاستخبارات', 'المخابرات'];
/**
 * An armed service or a state prosecution, «الملكي/العام/الفدرالية» (royal, general, federal) perhaps, and an
 * adjective after it (checked as a nationality): «سلاح الجو الإسرائيلي», «القوات البحرية الأمريكية», «خفر السواحل
 * الإيطالي», «النيابة الألمانية», «الادعاء العام السويسري», «المخابرات الأمريكية». Group 1 is what stands before it.
 */
const ARMED_SERVICE = new RegExp(
  `(^|[\\s،,.:؛(«"“]+[وف]?|^[وف])(?:${ARMED_SERVICE_NAMES.join('|')})(?: الملكي| الملكية| العامة| العام| الفدرالية| الفيدرالية| الاتحادية| الفدرالي| الفيدرالي| الاتحادي)? (ال[\\p{L}\\p{M}]{3,})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** A quick test before {@link ARMED_SERVICE} (each name's last word): most texts name no armed service, prosecution or intelligence service. */
const ARMED_SERVICE_FIRST = new RegExp([...new Set(ARMED_SERVICE_NAMES.map((n) => n.split(' ').at(-1)!))].join('|'), 'u');
/**
 * Whether a body's mention only describes it: a head noun, then only «الأنباء» (news), definite adjectives in «ي/ية» and
 * what it is for behind «لل» («وكالة الأنباء الرسمية», «التلفزة الوطنية») — no name of its own («حركة النهضة», «منظمة
 * العفو الدولية»).
 */
function descriptiveBody(o: Occurrence): boolean {
  const [head, ...rest] = o.tokens;
  if (head === undefined || !rest.length) return false;
  const h = stripArticle(head);
  // (And what it is for, behind «لل»: «المؤسسة العربية للاتصالات الفضائية» (the Arab organisation for satellite communications).)
  return (ORG_HEADS.has(h) || MEDIA_HEADS.has(h)) && rest.every((w) => w === 'الانباء' || /^(ال|لل).{2,}(ي|يه)$/u.test(w) || /^لل.{3,}$/u.test(w));
}
/**
 * Whether a body's mention is a description ending in a country's adjective: a head noun, definite nouns, then the
 * nationality — «شركة النفط البريطانية» (the British oil company), whose name is what follows in quotation marks.
 */
function nationalBody(o: Occurrence, aliases: AliasIndex): boolean {
  const [head, ...rest] = o.tokens;
  if (head === undefined || rest.length < 2) return false;
  const h = stripArticle(head);
  return (ORG_HEADS.has(h) || MEDIA_HEADS.has(h)) && rest.every((w) => w.startsWith('ال')) && countryOfNisba(rest.at(-1)!, aliases);
}
/** Adverbs that may follow a name after a role and read like a family name: «صراحة» (frankly), «شخصيا»; keyed. */
const ADVERBS: ReadonlySet<string> = new Set('صراحة شخصيا مرارا مجددا أيضا كذلك حاليا سابقا'.split(' ').map((w) => nameKey(w)));
/** A short name in brackets: a Latin form or an acronym (Markus Tamm، WFP، الهايكا، واع). */
const BRACKETED = /^\s*\(\s*([\p{L}][\p{L}\p{M}.'’\- ]{0,38}?)\s*\)/u;
/** A name in quotation marks right after a body: «وكالة الأنباء الرسمية "وات"». */
const QUOTED_AFTER = /^\s*["«“]\s*([\p{L}][\p{L}\p{M}.'’\- ]{0,38}?)\s*["»”]/u;
/** «… التابع للأمم المتحدة (WFP)»: the bracket names the body before «التابع», not the one after it. */
const DEPENDENT = /(^|\s)(ال)?(تابع|تابعة|تابعه|تابعين)\s+\S*$/u;

/**
 * «ماركوس تام (Markus Tamm)»، «المكتب الوطني المغربي للسياحة (ONMT)»: a name in brackets right after a
 * name is the same entity. The bracketed form's cluster is merged into the name's (or the form is added
 * to it when the tagger missed it), unless both are full multi-word Arabic names of people.
 */
function joinBracketed(doc: AnalysisDocument, occurrences: Occurrence[], clusters: Cluster[], add: (c: Cluster, occs: Occurrence[]) => void, aliases: AliasIndex): void {
  const text = doc.text;
  const learned: [Cluster, Occurrence][] = [];
  for (const x of [...occurrences]) {
    let host = x.cluster;
    if (!host || x.latin) continue;
    // («وكالة الأنباء الرسمية "وات"» (the official news agency "TAP"): a body in quotation marks right after a body that
    // is only described — a head noun and adjectives, no name of its own — is the same one; only when both are bodies
    // already, since marks also set off words of the writer's, and a named body is often a verb's subject with the
    // quoted one its object: «واتهمت حركة النهضة "داعش" ب…», «ودعت منظمة العفو الدولية "فيسبوك" إلى …».)
    const bracketed = BRACKETED.exec(text.slice(x.end, x.end + 44));
    const m = bracketed ?? (x.type === 'ORG' && (descriptiveBody(x) || nationalBody(x, aliases)) ? QUOTED_AFTER.exec(text.slice(x.end, x.end + 44)) : null);
    if (!m) continue;
    const dep = DEPENDENT.exec(text.slice(Math.max(0, x.start - 40), x.start + 3));
    if (dep) {
      // «اللجنة … لغربي آسيا التابعة للأمم المتحدة (إسكوا)»: the body right before «التابعة» is named.
      const at = Math.max(0, x.start - 40) + dep.index + dep[1]!.length;
      const body = occurrences.find((o) => o.end <= at && o.type === 'ORG' && text.slice(o.end, at).trim() === '');
      if (!body?.cluster) continue;
      host = body.cluster;
    }
    const words = m[1]!.trim().split(/\s+/u);
    if (words.length > 3) continue;
    const start = x.end + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const surface = text.slice(start, end);
    const latin = isLatin(surface);
    // Arabic in brackets is an acronym only when it is one word (الهايكا، واع), not a gloss (جدة، الأربعاء).
    // («د ب أ»: single letters spaced out are one acronym.)
    const spaced = words.length > 1 && words.every((w) => w.length === 1);
    if (!latin && ((words.length > 1 && !spaced) || x.type === 'PER' || x.type === 'LOC')) continue;
    if (latin && x.type === 'PER' && words.length < 2) continue;
    const inside = occurrences.find((o) => o.start >= start && o.end <= end);
    const other = inside?.cluster;
    if (other === host) continue;
    if (!bracketed && (!other || typeOf(other) !== 'ORG')) continue;
    if (other) {
      if (typeOf(other) === 'PER' && typeOf(host) === 'PER' && other.names.some((n) => n.length > 1 && !isLatin(n.join(' ')))) continue;
      absorbCluster(host, other, clusters, add);
      continue;
    }
    // A generic noun in brackets (الهيئة) is not an acronym.
    if (!trimName(surface, x.type, aliases)) continue;
    const occ: Occurrence = { start, end, type: typeOf(host), tokens: nameTokens(surface), latin };
    if (!occ.tokens.length) continue;
    occurrences.push(occ);
    add(host, [occ]);
    host.type = majorityType(host.occurrences);
    if (!latin) learned.push([host, occ]);
  }
  // An Arabic acronym learned from its brackets names the body wherever else it is written (ونشرت إسكوا).
  if (learned.length) {
    const view = tokenKeyData(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      const forms = nameForms(doc, view, i);
      for (const [host, occ] of learned) {
        const hit = forms.find(([f]) => f === occ.tokens[0]);
        if (!hit || doc.tokens[i]!.start === occ.start || occurrences.some((o) => o.start < doc.tokens[i]!.end && hit[1] < o.end)) continue;
        const more: Occurrence = { start: hit[1], end: doc.tokens[i]!.end, type: occ.type, tokens: occ.tokens, latin: false };
        occurrences.push(more);
        add(host, [more]);
      }
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);

  function typeOf(c: Cluster): EntityType {
    return (c.type ??= majorityType(c.occurrences));
  }
}

/** Moves every occurrence, title and role of `other` into `host` and drops `other` from `clusters`. */
function absorbCluster(host: Cluster, other: Cluster, clusters: Cluster[], add: (c: Cluster, occs: Occurrence[]) => void): void {
  const idx = clusters.indexOf(other);
  if (idx >= 0) clusters.splice(idx, 1);
  const moved = other.occurrences;
  other.occurrences = [];
  for (const o of moved) add(host, [o]);
  host.occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  host.extra.push(...other.extra);
  for (const t of other.titles) host.titles.add(t);
  host.roles.push(...other.roles);
  host.type = majorityType(host.occurrences);
}

/**
 * «المكنى/الملقب/المعروف ب…» (nicknamed, known as) right after a person's name, then a name: a nom de guerre or a
 * nickname, «عبد القادر الدبار المكنى بهارون» (Abdelkader Eddebar, known as Haroun). The text between the name and the
 * nickname, as far as the nickname's «ب» and an opening mark.
 */
const NICKNAMED = /^\s*،?\s*(?:ال)?(?:مكن[ىي]|ملقب|معروف|مدعو)\s*(?:ب\u0640*\s*)?["«“]?\s*/u;

/**
 * A person's nickname the tagger found as a name of its own right after {@link NICKNAMED} is the same person, here and
 * wherever else the article writes it: «عبد القادر الدبار المكنى بهارون … هارون» is one man.
 */
function joinNicknames(doc: AnalysisDocument, occurrences: Occurrence[], clusters: Cluster[], add: (c: Cluster, occs: Occurrence[]) => void): void {
  const text = doc.text;
  const found: Occurrence[] = [];
  for (const x of occurrences) {
    const host = x.cluster;
    if (!host || x.type !== 'PER') continue;
    const m = NICKNAMED.exec(text.slice(x.end, x.end + 24));
    if (!m || m[0].trim() === '') continue;
    const at = x.end + m[0].length;
    // (At the name's first letter, or one before when the «ب» read off was its own: «المكنى بلال», known as Bilal.)
    const nick = occurrences.find((o) => o.start > x.end && (o.start === at || o.start === at - 1));
    if (nick) {
      const other = nick.cluster;
      if (other && other !== host && nick.type !== 'LOC') absorbCluster(host, other, clusters, add);
      continue;
    }
    // A nickname the tagger did not find, after «المكنى/الملقب» only (nicknamed; «المعروف ب» is as often «known for»): one
    // word, or a kunya and its word («المكنى بأبي عياض»), up to the clause's end.
    if (!NICKNAME_CUES.test(m[0])) continue;
    const nickname = NICKNAME_WORDS.exec(text.slice(at, at + 40));
    if (!nickname) continue;
    const surface = nickname[1]!;
    const occ: Occurrence = { start: at, end: at + surface.length, type: 'PER', tokens: nameTokens(surface), latin: false };
    if (!occ.tokens.length) continue;
    found.push(occ);
    add(host, [occ]);
  }
  if (!found.length) return;
  occurrences.push(...found);
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** «المكنى»، «الملقب» (nicknamed) in {@link NICKNAMED}'s match: a name follows for certain. */
const NICKNAME_CUES = /(?:مكن[ىي]|ملقب)/u;
/** A nickname of one word, or a kunya («أبو/أبي/أبا») and its word, before punctuation, a space or the text's end. */
const NICKNAME_WORDS = /^((?:(?:أبو|أبي|أبا|ابو|ابي|ابا)\s+)?[\u0621-\u064A]{3,})(?=[\s.,،؛:)"»”]|$)/u;

function typeCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'MISC' || b === 'MISC';
}

/** The entity types in a fixed order, for {@link majorityType}'s weights by type index. */
const TYPE_ORDER: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const typeIndex = (t: EntityType): number => (t === 'PER' ? 0 : t === 'ORG' ? 1 : t === 'LOC' ? 2 : 3);
/** Scratch for {@link majorityType}: the weight of each type and the place of its first occurrence. */
const typeWeights = new Float64Array(4);
const typeFirstSeen = new Int32Array(4);

/**
 * The type of a cluster from its occurrences: a title, a place noun or a body's head noun before a name
 * decides; else the type with the most name tokens (non-MISC types weigh half a token more each time),
 * ties going to the type seen first. Runs for every cluster several times per document, so it counts
 * in typed scratch arrays rather than a Map per call.
 */
function majorityType(occs: readonly Occurrence[]): EntityType {
  let arabic = false;
  for (let k = 0; k < occs.length; k++) {
    const o = occs[k]!;
    if (o.titled && o.tokens.length >= 2) return 'PER';
    if (!o.latin) arabic = true;
  }
  for (let k = 0; k < occs.length; k++) if (occs[k]!.placed) return 'LOC';
  // (The tagger may call the same quoted name MISC where no head noun stands before it.)
  for (let k = 0; k < occs.length; k++) if (occs[k]!.headed) return 'ORG';
  // The tagger's type for a Latin-script name (a gloss in brackets, mostly typed ORG: ANERcorp has few
  // Latin words) counts only when the entity has no Arabic-script name.
  typeWeights.fill(0);
  typeFirstSeen.fill(-1);
  for (let k = 0; k < occs.length; k++) {
    const o = occs[k]!;
    if (arabic && o.latin) continue;
    const t = typeIndex(o.type);
    if (typeFirstSeen[t] === -1) typeFirstSeen[t] = k;
    typeWeights[t] = typeWeights[t]! + o.tokens.length + (o.type === 'MISC' ? 0 : 0.5);
  }
  let best: EntityType = occs[0]!.type;
  let max = -1;
  let bestSeen = -1;
  for (let t = 0; t < 4; t++) {
    const seen = typeFirstSeen[t]!;
    if (seen < 0) continue;
    const w = typeWeights[t]!;
    if (w > max || (w === max && seen < bestSeen)) {
      best = TYPE_ORDER[t]!;
      max = w;
      bestSeen = seen;
    }
  }
  return best;
}

/**
 * {@link nearestCluster}, but when the nearest one before `at` is named in an earlier sentence, the candidate named
 * first in that sentence.
 */
function firstInNearestSentence(candidates: readonly Cluster[], at: number, sentences: readonly Span[]): Cluster {
  const nearest = nearestCluster(candidates, at);
  let nearestPos = -1;
  for (const o of nearest.occurrences) if (o.start < at && o.start > nearestPos) nearestPos = o.start;
  if (nearestPos < 0) return nearest;
  const k = firstStartingAt(sentences, nearestPos + 1) - 1;
  // (In the surname's own sentence the nearest stays: «التقى محمد الحامدي بأحمد الحامدي، وقال الحامدي».)
  if (k === firstStartingAt(sentences, at + 1) - 1) return nearest;
  const from = k >= 0 ? sentences[k]!.start : 0;
  let best = nearest;
  let bestPos = nearestPos;
  for (const c of candidates) {
    for (const o of c.occurrences) if (o.start >= from && o.start < bestPos) [best, bestPos] = [c, o.start];
  }
  return best;
}

function nearestCluster(candidates: readonly Cluster[], at: number): Cluster {
  let best: Cluster | undefined;
  let bestPos = -1;
  for (const c of candidates) {
    for (const o of c.occurrences) if (o.start < at && o.start > bestPos) [best, bestPos] = [c, o.start];
  }
  if (best) return best;
  let after = Infinity;
  for (const c of candidates) {
    for (const o of c.occurrences) if (o.start > at && o.start < after) [best, after] = [c, o.start];
  }
  return best ?? candidates[0]!;
}


const MAX_ROLE_WORDS = 10;

/**
 * Maghrebi given names written with the article (الحبيب، الطاهر، المنصف …), which the given-name lists
 * hold only without it: the definite ones of the project's list (src/ner/given-names.ts), and three it leaves to
 * this stage's narrower test (a surname and a clear end after it): «الباجي», «الأزهر» (also al-Azhar), «الزين».
 * The ones that are everyday adjectives (العربي، الطيب، الفاضل) are left out.
 */
const DEFINITE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...MORE_MALE_GIVEN_NAMES.filter((w) => w.startsWith('ال')), 'الباجي', 'الأزهر', 'الزين'].map((w) => nameKey(w)),
);

/**
 * A role word's forms for matching roles (see {@link attachRoles}): its proclitic-free forms, and for a
 * nationality adjective or a country name its «nation key» — the country's name without the article and
 * its ending — so that the adjective matches the country it names: «وزير الخارجية المصري» (the Egyptian
 * foreign minister) is «وزير خارجية جمهورية مصر العربية»; المصري، مصر → مصر; الفرنسي، فرنسا → فرنس;
 * الألماني، ألمانيا → المان. Other words keep their forms (الدولي is not دول).
 */
function roleWordForms(key: string, aliases: AliasIndex): string[] {
  const forms = strippedForms(key);
  const out = forms.slice();
  for (const f of forms) {
    const nation = nisbaCountryStem(f, aliases) ?? (isCountry(f, aliases) ? f.replace(/(يه|يا|ا)$/u, '') : undefined);
    if (nation && nation.length >= 3 && !out.includes(nation)) out.push(nation);
  }
  return out;
}

/** {@link attachRoles}' scratch marks, grown as needed (the pass runs to its end before the next article's). */
let roleMarks = new Uint8Array(4096);

/**
 * Records the roles written next to each person's name (before it, or after it as an apposition),
 * then finds the same roles standing alone elsewhere and adds them as `role` mentions.
 */
function attachRoles(doc: AnalysisDocument, view: TokenView, clusters: readonly Cluster[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  if (!tokens.length) return;
  const keys = view.keys;
  // Direct look-ups in the two word lists this pass asks for every word it walks over.
  const roleHeads = formsOf(ROLE_HEADS);
  const honorifics = formsOf(HONORIFICS);
  const trades = formsOf(TRADE_TITLES);
  const nameAt = new Map<number, Occurrence>(); // token index → occurrence starting in it
  // The pass's three marks on tokens share one scratch buffer, reused from article to article and cleared here (an
  // off-heap allocation for each article cost more than clearing).
  const tokenCount = tokens.length;
  if (roleMarks.length < 3 * tokenCount) roleMarks = new Uint8Array(6 * tokenCount);
  const marks = roleMarks.subarray(0, 3 * tokenCount);
  marks.fill(0);
  const inName = marks.subarray(0, tokenCount);
  for (const c of clusters) {
    for (const o of c.occurrences) {
      let i = firstStartingAt(tokens, o.start);
      if (i > 0 && tokens[i - 1]!.end > o.start) i--;
      nameAt.set(i, o);
      for (let j = i; j < tokens.length && tokens[j]!.start < o.end; j++) inName[j] = 1;
    }
  }
  const inPerson = marks.subarray(tokenCount, 2 * tokenCount);
  for (const c of clusters) {
    if (majorityType(c.occurrences) !== 'PER') continue;
    for (const o of c.occurrences) {
      for (let j = firstStartingAt(tokens, o.start); j < tokens.length && tokens[j]!.start < o.end; j++) inPerson[j] = 1;
    }
  }
  // «وزير المال في حكومة تصريف الأعمال» (the finance minister in the caretaker government): «في»
  // before a body's head noun continues the role.
  const orgHeads = formsOf(ORG_HEADS);
  const bodyAfterIn = (k: number): boolean => keys[k] === 'في' && k + 1 < tokens.length && (orgHeads.has(keys[k + 1]!) || INSTITUTIONS.has(bare(keys[k + 1]!)));
  // A role phrase is a head, nouns in construct (وزير دفاع دولة), then only definite words, words with
  // a preposition, links (باسم) and names of places and bodies (الناطق باسم المحكمة الابتدائية بتونس).
  const validRole = (from: number, to: number): boolean => {
    let construct = true;
    for (let k = from + 1; k <= to; k++) {
      const key = keys[k]!;
      // (After «في» + a body's head, nouns in construct may follow again: في حكومة تصريف الأعمال.)
      if (bodyAfterIn(k)) {
        construct = true;
        continue;
      }
      // (And after a trade's «في», a field in construct: «الباحث في علم الأنساب», the researcher in genealogy.)
      if (key === 'في' && trades.get(keys[k - 1]!)) {
        construct = true;
        continue;
      }
      // «مدير عام أوروبا» (director-general for Europe), «كاتب عام نقابة …»: an indefinite link keeps the
      // construct open.
      if (ROLE_LINKS.has(key) && construct) continue;
      if (CIRCUMSTANCE_WORDS.has(key)) return false;
      const plain = !/^(و|ف)?(ب|ل|ك)?(ال|لل)/u.test(key) && !/^[وفبل]/u.test(key) && !ROLE_LINKS.has(bare(key)) && !inName[k];
      if (plain && !construct && !roleHeads.get(key)) return false;
      if (!plain) construct = false;
    }
    return true;
  };
  const used = marks.subarray(2 * tokenCount);
  const record = (c: Cluster, from: number, to: number): void => {
    // from..to inclusive token indexes of a role phrase
    const head = roleHeads.get(keys[from]!) ?? honorifics.get(keys[from]!) ?? trades.get(keys[from]!);
    if (!head) return;
    const forms = new Set<string>();
    let national = false;
    for (let k = from; k <= to; k++) {
      used[k] = 1;
      for (const f of roleWordForms(keys[k]!, aliases)) forms.add(f);
      // (The adjective that closes the role, outside a body's name: «الوزير الجزائري للشؤون المغاربية»'s «الجزائري» or
      // «وزير الخارجية الأمريكي», not «مدير الديوان الوطني التونسي للسياحة».)
      if (k > from && !inName[k] && countryOfNisba(keys[k]!, aliases)) national = true;
    }
    c.roles.push({ head, forms, last: new Set(roleWordForms(keys[to]!, aliases)), definite: /^(و|ف)?ال/u.test(keys[from]!), words: to - from + 1, national });
    c.titles.add(titleText(doc.text.slice(roleStart(doc, tokens[from]!), tokens[to]!.end)));
  };

  for (const c of clusters) {
    if (majorityType(c.occurrences) !== 'PER') continue;
    for (const o of c.occurrences) {
      const first = firstStartingAt(tokens, o.start);
      // Before the name: the nearest role head, extended over heads in construct (نائب رئيس الوزراء).
      let i = first - 1;
      // («الباحث في علم الأنساب الفرنسي "جون لويس بوكارنوت"», the French genealogist: a name in marks keeps its role.)
      // (Only a definite head there: «أمام المدرسة الإعدادية "أبو القاسم الشابي"» is «in front of» the school, not an imam.
      // And only a name the marks hold alone, against it: not «وقال القاضي "أود أن …"», the first word of a quotation.)
      const closing = firstStartingAt(tokens, o.end);
      const marked = i >= 0 && tokens[i]!.end === o.start && isOpeningMark(doc.text, tokens[i]!) && closing < tokens.length && tokens[closing]!.start === o.end && isClosingMark(doc.text, tokens[closing]!);
      if (marked) i--;
      if (i >= 0 && doc.text.slice(tokens[i]!.start, tokens[i]!.end) === '،') i--;
      // «وزيرة الدولة لشؤون الإسكان م. لولوة المهنا», «المدير العام، م. دعيج البذالي»: an abbreviated title
      // (م. engineer, د. doctor, أ. professor) between the role and the name.
      if (i >= 1 && doc.text.slice(tokens[i]!.start, tokens[i]!.end) === '.' && ABBREVIATED_TITLES.has(keys[i - 1]!)) {
        i -= 2;
        if (i >= 0 && doc.text.slice(tokens[i]!.start, tokens[i]!.end) === '،') i--;
      }
      let headAt = -1;
      for (let k = i, n = 0; k >= 0 && n < MAX_ROLE_WORDS; k--, n++) {
        if (isPunct(tokens[k]!) || inPerson[k]) break;
        if (roleHeads.get(keys[k]!) || honorifics.get(keys[k]!) || trades.get(keys[k]!)) {
          headAt = k;
          while (headAt > 0 && roleHeads.get(keys[headAt - 1]!) && !keys[headAt - 1]!.startsWith('ال') && !isPunct(tokens[headAt - 1]!)) headAt--;
          break;
        }
        // («النائبة عن كتلة الحرة، سماح بوحوال» (the MP for the Free bloc, Samah Bouhouel): «عن» (for) right after the head
        // continues the role.)
        // (Nor «في» (in) right after a trade's title: «الباحث في علم الأنساب», the researcher in genealogy.)
        if (NOT_NAMES.has(bare(keys[k]!)) && !bodyAfterIn(k) && !(keys[k] === 'عن' && k > 0 && roleHeads.get(keys[k - 1]!)) && !(keys[k] === 'في' && k > 0 && trades.get(keys[k - 1]!))) break;
      }
      if (headAt >= 0 && headAt <= i && validRole(headAt, i) && (!marked || /^(و|ف)?ال/u.test(keys[headAt]!))) record(c, headAt, i);
      // «أمين محافظة جدة المهندس فهد …»: a role before the honorific that stands next to the name.
      if (headAt > 0 && headAt === i && !roleHeads.get(keys[headAt]!)) {
        let end = headAt - 1;
        // «مفتي عام المملكة، الشيخ عبد العزيز …»: the role may stand before a comma and the honorific.
        if (end > 0 && doc.text.slice(tokens[end]!.start, tokens[end]!.end) === '،') end--;
        let roleAt = -1;
        for (let k = end, n = 0; k >= 0 && n < MAX_ROLE_WORDS; k--, n++) {
          if (isPunct(tokens[k]!) || inPerson[k] || NOT_NAMES.has(bare(keys[k]!))) break;
          if (roleHeads.get(keys[k]!)) {
            roleAt = k;
            while (roleAt > 0 && roleHeads.get(keys[roleAt - 1]!) && !keys[roleAt - 1]!.startsWith('ال') && !isPunct(tokens[roleAt - 1]!)) roleAt--;
            break;
          }
        }
        if (roleAt >= 0 && roleAt < end && validRole(roleAt, end)) record(c, roleAt, end);
      }
      // After the name: «سفيان السليطي، المساعد الأول لوكيل الجمهورية».
      let after = firstStartingAt(tokens, o.end);
      const comma = after < tokens.length && /^[،,]$/u.test(doc.text.slice(tokens[after]!.start, tokens[after]!.end));
      if (comma) after++;
      // Without a comma only a head in construct follows a name (نواف بن ماجد أمير منطقة نجران).
      // (And a spokesperson, definite: «اغاتا كوليكوفسكا المتحدثة باسم الشرطة», the police spokeswoman, names the role with
      // «باسم» (for) or «الرسمي» (official) after it; other definite roles may open the verb's object.)
      const spokesperson = !comma && after + 1 < tokens.length && /^ال(متحدث|ناطق)(ه)?$/u.test(keys[after] ?? '') && (keys[after + 1] === 'باسم' || /^الرسمي/u.test(keys[after + 1]!));
      const construct = !comma && after + 1 < tokens.length && (spokesperson || !/^(و|ف)?ال/u.test(keys[after] ?? '')) && tokens[after + 1]!.kind === 'word';
      if ((comma || construct) && after < tokens.length && !inName[after] && roleHeads.get(keys[after]!)) {
        let to = after;
        // Places and bodies may sit inside the role (أمير منطقة نجران، الناطق باسم الجيش), people may not.
        // (A spokesperson's role ends before the outlet told: «المتحدثة باسم الشرطة لوكالة فرانس برس».)
        const stop = (k: number): boolean => isPunct(tokens[k]!) || (comma ? inName[k] === 1 : inPerson[k] === 1) || NOT_NAMES.has(bare(keys[k]!)) || isCueWord(keys[k]!) ||
          (spokesperson && /^ل[^ل]/u.test(keys[k]!) && (MEDIA_HEADS.has(bare(keys[k]!.slice(1))) || /^لمراسل/u.test(keys[k]!)));
        while (to + 1 < tokens.length && to - after < 5 && !stop(to + 1) && (comma || (!/^و/u.test(keys[to + 1]!) && !inName[to]))) to++;
        // «التقى خميس الجهيناوي بوزير الخارجية المصري حسن شكري» (X met the Egyptian foreign minister Y):
        // a role behind a preposition is no apposition. (A role without one may still be the name's own
        // before the verb's object: «استقبل فيصل بن بندر أمير منطقة الرياض ماجد الحقيل».)
        const prepositional = !comma && /^[بل]/u.test(keys[after]!) && roleHeads.get(keys[after]!.slice(1)) !== undefined;
        // («التقى وزير الخارجية، خميس الجهيناوي، الوزير الجزائري للشؤون المغاربية، عبد القادر مساهل»: a role closed by a comma
        // and followed by a person is that person's, the verb's object.)
        // (Not in a list of names each with its role after it: «X، وزير الخارجية، Y، وزير الصحة».)
        const commaAt = (k: number): boolean => k < tokens.length && /^[،,]$/u.test(doc.text.slice(tokens[k]!.start, tokens[k]!.end));
        let nextOwner = comma && commaAt(to + 1) && inPerson[to + 2] === 1;
        if (nextOwner) {
          let ownerEnd = to + 2;
          while (ownerEnd < tokens.length && inPerson[ownerEnd] === 1) ownerEnd++;
          if (commaAt(ownerEnd) && ownerEnd + 1 < tokens.length && roleHeads.get(keys[ownerEnd + 1]!) !== undefined) nextOwner = false;
        }
        if ((comma || to > after) && !prepositional && !nextOwner) record(c, after, to);
      }
    }
  }

  const withRoles = clusters.filter((c) => c.roles.length);
  if (!withRoles.length) return;
  const unions = new Map<string, Set<string>>();
  for (const c of withRoles) {
    for (const r of c.roles) {
      const u = unions.get(r.head) ?? new Set<string>();
      for (const f of r.forms) u.add(f);
      unions.set(r.head, u);
    }
  }
  // Role words are among the tokens that may start a person's name after a role (see {@link starts}).
  for (const i of starts(view, aliases).person) {
    if (used[i] || inName[i] || tokens[i]!.kind !== 'word') continue;
    // (A trade's title only with the article, as a speech verb's subject: «وأضاف الخبير الاقتصادي» (the economist added) is
    // the economist named before; «التقى الخبير …» may meet another.)
    const ownHead = roleHeads.get(keys[i]!) ?? (i > 0 && /^(و|ف)?ال/u.test(keys[i]!) && isCueWord(keys[i - 1]!) ? trades.get(keys[i]!) : undefined);
    if (!ownHead) continue;
    // «وحسب وزير السياحة» (according to the tourism minister) for «وزيرة السياحة سلمى اللومي»: news often gives a woman's
    // office in the masculine; with no holder of the masculine role in the article, the role is its feminine form's.
    // (Only a role with its complement: a bare «النائب» after «النائبان … المنجي الحرباوي وابتسام الجبابلي» is the man.)
    const feminineFor = !ownHead.endsWith('ه') && !unions.has(ownHead) && unions.has(ownHead + 'ه') && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' && !inPerson[i + 1] && roleWordForms(keys[i + 1]!, aliases).some((f) => unions.get(ownHead + 'ه')!.has(f));
    const head = feminineFor ? ownHead + 'ه' : ownHead;
    // (Nor the complement of another role in construct before it: «عبّر نائب وزير الخارجية لفيديرالية روسيا … ميخائيل
    // بوغدانوف» (the Russian deputy foreign minister) is no foreign minister named elsewhere; «مستشار رئيس الجمهورية».)
    // (Not a role coordinated after another, «اعتذرت للرئيس ولنائب الرئيس», nor after a definite one.)
    const coordinated = /^[وف]/u.test(keys[i]!) && roleHeads.get(keys[i]!.slice(1)) !== undefined;
    if (i > 0 && tokens[i - 1]!.kind === 'word' && !coordinated && roleHeads.get(keys[i - 1]!) && !/^(و|ف)?(ب|ل|ك)?(ال|لل)/u.test(keys[i - 1]!)) continue;
    const union = unions.get(head);
    if (!union) continue;
    // (For the masculine form, not a foreign holder whose role names her country: «متحدث باسم وزير الخارجية» of North Korea
    // is no «وزيرة الخارجية الأسترالية».)
    const candidates = withRoles.filter((c) => c.roles.some((r) => r.head === head && !(feminineFor && r.national)));
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'word' && !inPerson[j] && roleWordForms(keys[j]!, aliases).some((f) => union.has(f))) j++;
    // (A «في» of the role as first written ends no phrase: «وقال الباحث الفرنسي في تصريح» after «الباحث في علم الأنساب».)
    if (j - 1 > i && keys[j - 1] === 'في') j--;
    const phraseEnd = j - 1;
    const next = j < tokens.length ? tokens[j]! : undefined;
    const forms: string[][] = [];
    for (let k = i; k <= phraseEnd; k++) forms.push(roleWordForms(k === i && feminineFor ? keys[k]! + 'ه' : keys[k]!, aliases));
    // The whole of a role as first written, of two words or more («أمير منطقة الجوف»): a definite word after
    // it is the verb's object («ورفع أمير منطقة الجوف الشكر», the Emir of al-Jouf expressed thanks), unless
    // it is a nationality (رئيس الوزراء ≠ رئيس الوزراء الإسرائيلي) or a word that makes another role of it
    // (الأمين العام ≠ الأمين العام المساعد, the assistant secretary-general).
    // (Or a shorter form of it: «دعا وزير الخارجية الجانب الروسي إلى» after «وزير الشؤون الخارجية خميس الجهيناوي», the
    // foreign minister called on the Russian side to.)
    // (Its last word the role's last, or a body's head noun — «رئيسة الحزب» after «رئيسة الحزب الدستوري الحر» —: not
    // «وزير الشؤون الدينية» after «وزير الشؤون الخارجية».)
    const shortEnd = ORG_HEADS.has(stripArticle(keys[phraseEnd]!));
    const whole = phraseEnd > i && !NISBA.test(keys[j] ?? '') && !ROLE_MODIFIERS.has(keys[j] ?? '') && candidates.some((c) => c.roles.some((r) => r.head === head && (r.words === forms.length || (r.words > forms.length && (shortEnd || forms.at(-1)!.some((f) => r.last.has(f))))) && forms.every((fs) => fs.some((f) => r.forms.has(f)))));
    // A definite complement that is not in the known role makes a different role (وزير الخارجية ≠ وزير الدفاع).
    // So does a body named as the complement (الأمين العام للمنظمة ≠ الأمين العام لحزب الله).
    // (Not «بال…» right after a role that a speech verb's subject opens: «أشاد الوزير الجزائري بالمستوى …» (the Algerian
    // minister praised the level …) — that is the verb's object, not «المكلف بالإعلام».)
    // (But a role ending in a participle that takes «ب» keeps it: «الوزير المكلف بالإصلاحات», the minister in charge of reforms.)
    const verbObject = /^بال/u.test(keys[j] ?? '') && i > 0 && isCueWord(keys[i - 1]!) && !/^(ال)?(مكلف|مكلفه|معني|معنيه|مختص|مختصه)$/u.test(keys[phraseEnd]!);
    // (Nor a definite verbal noun of a derived form after a bare head a speech verb opens: «أكد الوزير الانطلاق بتجربة أولى»
    // (the minister stressed the start of a first trial) — the verb's object, not «الوزير الأول» (the prime minister).)
    const definiteObject = phraseEnd === i && i > 0 && isCueWord(keys[i - 1]!) && derivedVerbalNoun(stripArticle(keys[j] ?? ''));
    if (next && next.kind === 'word' && !inPerson[j] && !verbObject && !definiteObject && (/^(ال|لل|بال)/u.test(keys[j]!) || (inName[j] && /^ل/u.test(keys[j]!))) && !NOT_NAMES.has(bare(keys[j]!)) && !(whole && /^ال/u.test(keys[j]!) && !inName[j])) continue;
    if (next && nameAt.has(j) && inPerson[j]) continue; // a title in front of another name
    // The token of the person's name that the role's complement runs on to in its line, if any (see below).
    let followingName = -1;
    let roleFrom = i;
    const lineEnd = doc.text.indexOf('\n', tokens[i]!.end);
    for (let k = j; k < tokens.length && k < j + MAX_ROLE_WORDS && (lineEnd < 0 || tokens[k]!.start < lineEnd) && !isPunct(tokens[k]!) && !isCueWord(keys[k]!); k++) {
      // («عن» (for) before a body's name goes on the role: «النائب بمجلس نواب الشعب عن حزب نداء تونس عبد العزيز القطي», the MP
      // for Nidaa Tounes; other function words end it.)
      if (keys[k] === 'عن' && k + 1 < tokens.length && inName[k + 1] && !inPerson[k + 1]) {
        if (!validRole(roleFrom, k - 1)) break;
        roleFrom = k;
        continue;
      }
      if (NOT_NAMES.has(bare(keys[k]!))) break;
      // (Another role on the way, unless coordinated with «و», is that name's: «وذكّر الوزير بإعلان رئيس الحكومة يوسف الشاهد»,
      // the minister recalled the announcement of the head of government Youssef Chahed.)
      // (And only through words a role may hold, each coordinated role from its own head: not «ونوه الوزير بما قام به العازف
      // الموسيقي لطفي الغربي», the minister praised what the musician Lotfi Gharbi did.)
      if (!inPerson[k] && roleHeads.get(keys[k]!)) {
        // (A coordinated role of the other gender is another person's: «يؤدي رئيس الحكومة والمستشارة الألمانية أنجيلا ميركل
        // زيارة», the head of government and the German chancellor Angela Merkel will visit.)
        if (!keys[k]!.startsWith('و') || keys[k]!.endsWith('ه') !== keys[i]!.endsWith('ه') || !validRole(roleFrom, k - 1)) break;
        roleFrom = k;
      }
      if (inPerson[k]) {
        if (nameAt.has(k) && validRole(roleFrom, k - 1)) followingName = k;
        break;
      }
    }
    if (phraseEnd === i && !/^(و|ف)?ال/u.test(keys[i]!)) continue; // «رئيس» alone needs its complement
    const single = phraseEnd === i;
    // A bare head refers back to a role written with the article («الوزير المكلف …») or, except «الرئيس» and the others of
    // DEFINITE_BACK_REFERENCE, to one in construct: «قال الوزير» after «وزير التكوين
    // المهني والتشغيل، عماد الحمامي» is that minister, the nearest one named.
    let fitting = candidates.filter((c) => c.roles.some((r) => r.head === head && (!single || r.definite || !DEFINITE_BACK_REFERENCE.has(head)) && forms.every((fs) => fs.some((f) => r.forms.has(f)))));
    // A bare head word (المتحدث، الرئيس) only points back, never forward to a name given later.
    if (phraseEnd === i) fitting = fitting.filter((c) => c.occurrences.some((o) => o.start < tokens[i]!.start));
    // «أعلن وزير خارجية مملكة النرويج، "بورج براند"» (the foreign minister of the Kingdom of Norway): a role in construct with
    // a state's head noun is a state's role — only a holder whose role names a country («وزير الخارجية النرويجي») fits,
    // not the article's own minister («وزير الشؤون الخارجية خميس الجهيناوي»).
    if (next && next.kind === 'word' && STATE_HEADS.has(bare(keys[j]!))) fitting = fitting.filter((c) => c.roles.some((r) => r.head === head && r.national));
    // «أشرف وزير الشؤون الخارجية، خميس الجهيناوي، رفقة الوزير الجزائري …، عبد القادر مساهل، … وأكد الوزير» (the foreign
    // minister, with the Algerian minister, … the minister stressed): a bare head with no nationality after it goes with a
    // holder whose role named no country, when there is one — the article calls the foreign holder by the nationality.
    // (Only between two holders named in one sentence, the visit's or the meeting's: elsewhere the nearest holder stands,
    // whatever the article's own country.)
    let target = fitting.length ? nearestMentioned(fitting, tokens[i]!.start) : undefined;
    if (target && single && !countryOfNisba(keys[j] ?? '', aliases) && target.roles.every((r) => r.head !== head || r.national)) {
      const at = lastMentionedBefore([target], tokens[i]!.start - 1, 'start')?.pos ?? -1;
      const sentence = at >= 0 ? firstStartingAt(doc.sentences, at + 1) - 1 : -1;
      const s = sentence >= 0 ? doc.sentences[sentence]! : undefined;
      const local = fitting.filter((c) => c !== target && c.roles.some((r) => r.head === head && !r.national) && s !== undefined && c.occurrences.some((o) => o.start >= s.start && o.end <= s.end));
      if (local.length) target = nearestMentioned(local, tokens[i]!.start);
    }
    if (!target) continue;
    // (A role whose complement runs on to another person's name is that person's: «اعتبر النائب بمجلس نواب الشعب ورئيس كتلة
    // حركة النهضة نور الدين البحيري أن …» (the MP in the parliament and head of the Ennahda bloc, Noureddine Bhiri, deemed
    // that) — not the MP named before.)
    if (followingName >= 0 && !target.occurrences.some((o) => o.start >= tokens[followingName]!.start && o.start < tokens[followingName]!.end)) continue;
    const start = roleStart(doc, tokens[i]!);
    const end = tokens[phraseEnd]!.end;
    target.extra.push({ start, end, text: doc.text.slice(start, end), kind: 'role' });
    for (let k = i; k <= phraseEnd; k++) used[k] = 1;
  }
}

/**
 * Role heads whose bare definite form refers back only to a role first written with the article: «الرئيس» (the president,
 * often the head of state), «النائب» (the MP, not a body's deputy head), «العضو», «الكاتب» (the writer, not «كاتب الدولة»).
 */
const DEFINITE_BACK_REFERENCE: ReadonlySet<string> = new Set(['رئيس', 'رئيسة', 'نائب', 'نائبة', 'عضو', 'عضوة', 'كاتب', 'كاتبة'].map((w) => bare(nameKey(w))));

/** Where a role word starts inside its token: after و/ف (and ل/ب) when those are clitics. */
function roleStart(doc: AnalysisDocument, token: Token): number {
  const surface = doc.text.slice(token.start, token.end);
  const m = /^[وف]?[لب]?(?=ال|لل)|^[وف]?[لبك](?=[^ا])|^[وف](?=[^ا])/u.exec(surface);
  if (!m || !m[0]) return token.start;
  const rest = nameKey(surface.slice(m[0].length));
  return findIn(rest, ROLE_HEADS) || findIn(rest, HONORIFICS) ? token.start + m[0].length : token.start;
}

/** A title as written, without harakat and tatweel. */
function titleText(text: string): string {
  return text.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/\s+/g, ' ').trim();
}

function nearestMentioned(candidates: readonly Cluster[], at: number): Cluster {
  return lastMentionedBefore(candidates, at - 1, 'start')?.cluster ?? nearestCluster(candidates, at);
}

/**
 * The candidate with the last occurrence or extra mention whose `edge` (start or end) is at or before
 * `at`, with that position; the first of equal positions wins.
 */
function lastMentionedBefore(candidates: readonly Cluster[], at: number, edge: 'start' | 'end'): { cluster: Cluster; pos: number } | undefined {
  let best: Cluster | undefined;
  let bestPos = -1;
  for (const c of candidates) {
    // (Occurrences, then extra mentions, without an array made per cluster.)
    for (const m of c.occurrences) {
      if (m[edge] > at || m[edge] <= bestPos) continue;
      best = c;
      bestPos = m[edge];
    }
    for (const m of c.extra) {
      if (m[edge] > at || m[edge] <= bestPos) continue;
      best = c;
      bestPos = m[edge];
    }
  }
  return best && { cluster: best, pos: bestPos };
}

function buildEntities(doc: AnalysisDocument, clusters: readonly Cluster[], aliases: AliasIndex): Entity[] {
  const built = clusters
    .filter((c) => c.occurrences.length)
    .map((c) => {
      const mentions: EntityMention[] = [
        ...c.occurrences.map((o) => ({ start: o.start, end: o.end, text: doc.text.slice(o.start, o.end) })),
        ...c.extra,
      ].sort((a, b) => a.start - b.start || a.end - b.end);
      // The most complete name: most words, then the most frequent spelling, then the first.
      const count = new Map<string, number>();
      for (const o of c.occurrences) count.set(doc.text.slice(o.start, o.end), (count.get(doc.text.slice(o.start, o.end)) ?? 0) + 1);
      let best = c.occurrences[0]!;
      for (const o of c.occurrences) {
        const d = o.tokens.length - best.tokens.length;
        const f = count.get(doc.text.slice(o.start, o.end))! - count.get(doc.text.slice(best.start, best.end))!;
        if (d > 0 || (d === 0 && f > 0) || (d === 0 && f === 0 && !o.latin && best.latin)) best = o;
      }
      const type = majorityType(c.occurrences);
      let name = doc.text.slice(best.start, best.end);
      // «زائر للأردن» (visitors to Jordan), «للوكالة الوطنية»: behind «لل» the article's alef is not written and the span
      // starts after its lam; a place's or a body's name takes the article back («الأردن»).
      if (type !== 'PER' && best.start >= 2 && doc.text.slice(best.start - 2, best.start) === 'لل' && !name.startsWith('ال') && isArabicLetter(name.charCodeAt(0))) name = 'ال' + name;
      const entity: Entity = { id: '', type, name, mentions };
      if (c.titles.size) entity.titles = [...c.titles];
      return entity;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.mentions[0]!.end - b.mentions[0]!.end);
  // (Every mention's key, built only once a body has a short name: most articles have none.)
  let written: Map<string, Entity> | undefined;
  for (const e of built) {
    if (e.type !== 'ORG') continue;
    const short = [...stationNames(e), ...shortNames(e.mentions.map((m) => m.text), aliases)];
    if (!short.length) continue;
    if (!written) {
      written = new Map();
      for (const x of built) for (const m of x.mentions) written.set(nameKey(m.text), x);
    }
    // A short name another entity of the article goes by is that entity's («حزب منصف المرزوقي», «نادي حمام الأنف» in the town).
    const its = short.filter((n) => (written!.get(nameKey(n)) ?? e) === e);
    if (its.length) e.aliases = its;
  }
  built.forEach((e, i) => (e.id = `e${i + 1}`));
  return built;
}

/**
 * Class nouns a party or an armed group is named behind and also called without («حزب التيار الديمقراطي», «التيار
 * الديمقراطي»; «تنظيم داعش», «داعش») (keys).
 */
const PARTY_CLASS_NOUNS = new Set(['حزب', 'حركه', 'تنظيم']);
/** «تنظيم» (organisation: an armed group's class noun), keyed. */
const ARMED_GROUP_NOUN = 'تنظيم';
/**
 * Class nouns a company, a club or a medium is named behind («شركة متروجيت», «وكالة رويترز») (keys): the words after
 * one are its own name when they start with a name, not a common word or a place («شركة النقل», «نادي برشلونة»).
 */
const BRAND_CLASS_NOUNS = new Set(['شركه', 'نادي', 'صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'وكاله', 'موقع']);
/** Names whose class noun is part of the name and never left off («حزب الله», Hezbollah, also «حزب الله اللبناني») (keys of their first two words). */
const BOUND_HEAD_NAMES = new Set([nameKey('حزب الله')]);

/**
 * Whether the words after a party's class noun are its name: the article's «التحرير», a name «بوديموس», or a noun
 * with the article or a place after it («نداء تونس», «صوت الفلاحين») — not a description («حزب انتهازي», an opportunist
 * party; «حزب يحترم القانون»; «حزب رئيس الوزراء», the prime minister's party).
 */
function partyName(words: readonly string[], group = false): boolean {
  const first = words[0]!;
  // «حزب حركة مشروع تونس»: a second class noun, then the name.
  if (words.length > 1 && PARTY_CLASS_NOUNS.has(nameKey(first))) return partyName(words.slice(1));
  if (ROLE_HEADS.has(bare(nameKey(first)))) return false;
  if (first.startsWith('ال')) return true;
  if (imperfectVerb(first)) return false;
  // (An armed group's one-word name may be a frequent word of the news: «تنظيم داعش», ISIS — a name all the same when it
  // hardly takes the article.)
  if (words.length === 1) return !/ي$/u.test(first) && nameLike(first, !group);
  return words[1]!.startsWith('ال') || knownPlace(words[1]!);
}

/**
 * Whether a word after a company's, a club's or a medium's class noun starts its own name: a name, not a common
 * word, a verb or a preposition on a word («شركة تمتلكها الدولة», a company the state owns; «شركة لنقل البضائع»).
 */
function brandName(first: string): boolean {
  return nameLike(first, false) && !prepositionOnWord(lexiconForm(first)) && !imperfectVerb(first) && !pastVerb(first);
}

/**
 * The shorter names a body goes by that its mentions may never write alone: each mention without the class noun
 * before it («التيار الديمقراطي» for «حزب التيار الديمقراطي»; «حزب حركة مشروع تونس» gives «حركة مشروع تونس» and
 * «مشروع تونس»), so that a search, another article or a reader who writes the bare name finds the body.
 */
function shortNames(names: readonly string[], aliases: AliasIndex): string[] {
  let own: Set<string> | undefined;
  const found = new Map<string, string>();
  for (const name of names) {
    let words = name.split(/\s+/u);
    while (words.length >= 2) {
      // (The class noun first: most bodies' names start with another word, and nothing else is looked up for them.)
      const head = nameKey(words[0]!);
      const party = PARTY_CLASS_NOUNS.has(head);
      if (!party && !BRAND_CLASS_NOUNS.has(head)) break;
      if (BOUND_HEAD_NAMES.has(nameKey(words.slice(0, 2).join(' ')))) break;
      const first = words[1]!;
      const rest = words.slice(1).join(' ');
      if (knownPlaceName(rest, aliases)) break;
      if (party ? !partyName(words.slice(1), head === ARMED_GROUP_NOUN) : first.startsWith('ال') || knownPlace(first) || !brandName(first)) break;
      own ??= new Set(names.map((n) => nameKey(n)));
      const key = nameKey(rest);
      if (!own.has(key) && !found.has(key)) found.set(key, rest);
      words = words.slice(1);
    }
  }
  return [...found.values()];
}

/**
 * A radio station's name without its «FM», in marks or not: «الجوهرة "اف ام"», «موزاييك أف أم» go by «الجوهرة», «موزاييك» —
 * read from the entity's name, which has the article back where «لل» hid it («للجوهرة "اف ام"»); none when a mention
 * writes it alone.
 */
function stationNames(e: Entity): string[] {
  const words = e.name.replace(/["«»“”]/gu, ' ').split(/\s+/u).filter(Boolean);
  const n = words.length;
  if (n < 3 || n > 4 || !FM_LETTERS.has(words[n - 2]!) || !AM_LETTERS.has(words[n - 1]!)) return [];
  const name = words.slice(0, n - 2).join(' ');
  // (Not a letter's name before it: «بي أف أم» is BFM, «إي أف أم» EFM.)
  if (name.length < 3) return [];
  const key = nameKey(name);
  return e.mentions.some((m) => nameKey(m.text) === key) ? [] : [name];
}

/** «المسؤول/المسؤولة» (the official): a description of a person introduced earlier with a role. */
const OFFICIAL = new Set(['مسوول', 'مسووله']);
/** «المسؤول/المسؤولة» as written, bare or behind «و/ف» (keys), to the noun without the article: one look-up a token. */
const DEFINITE_OFFICIAL: ReadonlyMap<string, string> = new Map([...OFFICIAL].flatMap((w) => ['', 'و', 'ف'].map((p): [string, string] => [p + 'ال' + w, w])));
/** Adjectives after «المسؤول» for the side an official speaks for (besides nationalities). */
const OFFICIAL_SIDES = new Set(['الحكومي', 'الحكوميه', 'النقابي', 'النقابيه', 'الحزبي', 'الحزبيه', 'الاممي', 'الامميه', 'الرسمي', 'الرسميه']);
/** Person nouns that do not name an office or a trade (هذا المواطن, this citizen): often someone new, never followed. */
const PRIVATE_PERSONS = new Set(['مواطن', 'مواطنه', 'طفل', 'طفله', 'طالب', 'طالبه', 'متهم', 'متهمه']);
/** The demonstratives before a description (هذا الباحث، هذه الباحثة), to the gender they take. */
const DEMONSTRATIVES: ReadonlyMap<string, 'm' | 'f'> = new Map([['هذا', 'm'], ['هذه', 'f'], ['وهذا', 'm'], ['وهذه', 'f']]);
/** Words after «المسؤول» that make another description (المسؤول عن الملف, the one in charge of the file). */
const OFFICIAL_COMPLEMENTS = /^(عن|في|ب|ل|لل|بال|علي|من|الاول|الاولي|الاداري|الاعلامي|الجهوي|المحلي|الامني|المباشر)/u;

/** A person's gender (see {@link personGender}) from the name and the roles recorded beside it. */
function clusterGender(c: Cluster): 'm' | 'f' | undefined {
  return personGender(c.longest, c.roles.map((r) => r.head))?.gender;
}

/**
 * Honorifics with a pronoun (سموه، معاليه، فخامته …, His Highness, His Excellency …), as keys without the
 * pronoun, and the title words (keys, article dropped) of the persons each may stand for.
 */
const HONORIFIC_PRONOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['سمو', 'سمو امير اميره ولي'],
      ['معالي', 'معالي وزير وزيره'],
      ['فخامه', 'فخامه رئيس'],
      ['جلاله', 'جلاله ملك ملكه عاهل'],
      ['سماحه', 'سماحه شيخ مفتي امام سيد'],
      ['فضيله', 'فضيله شيخ امام مفتي'],
      ['سعاده', 'سعاده سفير سفيره مدير وكيل رئيس'],
      ['دوله', 'دوله رئيس'],
    ] as const
  ).map(([h, titles]) => [nameKey(h), new Set(titles.split(' ').map((t) => nameKey(t)))]),
);

/**
 * Every written form of the honorifics with a pronoun, as keys («سموه»، «وفخامته»، «سموها»; before the
 * pronoun ة is written ت): its titles, whether the pronoun is feminine, whether a «و/ف» stands before it.
 * One map look-up a token.
 */
const HONORIFIC_PRONOUN_FORMS: ReadonlyMap<string, { titles: ReadonlySet<string>; feminine: boolean; conjunction: boolean }> = (() => {
  const forms = new Map<string, { titles: ReadonlySet<string>; feminine: boolean; conjunction: boolean }>();
  for (const [stem, titles] of HONORIFIC_PRONOUNS) {
    for (const written of new Set([stem, stem.replace(/ه$/u, 'ت')])) {
      for (const pronoun of ['ه', 'ها']) {
        for (const conjunction of ['', 'و', 'ف']) forms.set(conjunction + written + pronoun, { titles, feminine: pronoun === 'ها', conjunction: conjunction !== '' });
      }
    }
  }
  return forms;
})();

/** The forms of {@link HONORIFIC_PRONOUN_FORMS}, for a look at each token key's hash before the map. */
const HONORIFIC_PRONOUN_PREFILTER = wordFilterOf(HONORIFIC_PRONOUN_FORMS.keys());

/**
 * «ورفع سموه الشكر …» (His Highness thanked …), «وقال معاليه» (His Excellency said): an honorific with a
 * pronoun, after a verb or «و», stands for the person named last before it whose titles carry that
 * honorific or a matching title (سمو → الأمير، أمير منطقة …). It becomes a `pronoun` mention of that person.
 */
function attachHonorificPronouns(doc: AnalysisDocument, view: TokenView, clusters: readonly Cluster[]): void {
  const tokens = doc.tokens;
  let persons: Cluster[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!view.words[i] || !HONORIFIC_PRONOUN_PREFILTER.mayHaveHash(view.hashes[i]!)) continue;
    const found = HONORIFIC_PRONOUN_FORMS.get(view.keys[i]!);
    if (!found) continue;
    // Only as a subject: after a speech verb or a verb with «و/ف» («ورفع سموه»، «وقال معاليه»), or with its own
    // «و» — not «في دولته» (in his state), «عن سعادته» (of his happiness).
    const prev = i > 0 && tokens[i - 1]!.kind === 'word' ? view.keys[i - 1]! : '';
    if (!found.conjunction && !isCueWord(prev) && !/^[وف].{3,}/u.test(prev)) continue;
    persons ??= clusters.filter((c) => c.occurrences.length && majorityType(c.occurrences) === 'PER');
    // («سموها»: a woman — a princess, a woman minister.)
    const fitting = persons.filter(
      (c) => [...c.titles].some((t) => nameKey(t).split(' ').some((w) => found.titles.has(stripArticle(w)))) && (!found.feminine || clusterGender(c) === 'f'),
    );
    const last = lastMentionedBefore(fitting, tokens[i]!.start, 'end');
    if (!last) continue;
    // (The honorific with its pronoun, without a «و/ف» before it.)
    const start = tokens[i]!.start + (found.conjunction ? 1 : 0);
    last.cluster.extra.push({ start, end: tokens[i]!.end, text: doc.text.slice(start, tokens[i]!.end), kind: 'pronoun' });
  }
}

/** «مسؤول» (an official), indefinite, with «و/ف» and «ب/ل/ك» and its endings. */
const UNNAMED_OFFICIAL = /^[وف]?[بلك]?مسوول(ه|ا|ين|ون)?$/u;

/**
 * Nouns for a visitor or an envoy — «الضيف» (the guest), «الزائر» (the visitor), «الدبلوماسي» (the diplomat) —
 * bare or behind «و/ف», keyed, to the noun without the article: a description only with a nationality
 * adjective after it («الضيف البلجيكي», the Belgian guest), which names the one person the article
 * introduced with that nationality (see {@link describedNational}).
 */
const DEFINITE_VISITOR: ReadonlyMap<string, string> = new Map(
  ['ضيف', 'ضيفه', 'زاير', 'زايره', 'دبلوماسي', 'دبلوماسيه'].flatMap((w) => ['', 'و', 'ف'].map((p): [string, string] => [p + 'ال' + w, w])),
);

/** The words a description starts with ({@link DEMONSTRATIVES}, {@link DEFINITE_OFFICIAL}, {@link DEFINITE_VISITOR}), for a look at each token key's hash first. */
const DESCRIPTION_START_PREFILTER = wordFilterOf([...DEMONSTRATIVES.keys(), ...DEFINITE_OFFICIAL.keys(), ...DEFINITE_VISITOR.keys()]);

/** How many tokens before a person's name may carry the nationality that introduces him: «بنظيره البلجيكي، ديدييه رايندرز». */
const NATIONALITY_REACH = 4;

/**
 * The one person of the article introduced with a nationality: a nationality adjective of that country
 * among the few tokens before one of the person's names («بنظيره البلجيكي، ديدييه رايندرز», his Belgian
 * counterpart, Didier Reynders) or in one of the person's titles. Undefined when no person or more
 * than one is so introduced, or when the one found is of the other gender than the description's noun.
 */
function describedNational(doc: AnalysisDocument, view: TokenView, persons: readonly Cluster[], countryStem: string, feminine: boolean, aliases: AliasIndex): Cluster | undefined {
  const tokens = doc.tokens;
  const national = (key: string): boolean => nisbaCountryStem(key, aliases) === countryStem;
  let found: Cluster | undefined;
  for (const c of persons) {
    let introduced = [...c.titles].some((t) => nameKey(t).split(' ').some(national));
    for (let o = 0; o < c.occurrences.length && !introduced; o++) {
      const first = firstStartingAt(tokens, c.occurrences[o]!.start);
      for (let k = first - 1; k >= 0 && k >= first - NATIONALITY_REACH && !introduced; k--) introduced = view.words[k] === 1 && national(view.keys[k]!);
    }
    if (!introduced) continue;
    if (found) return undefined;
    found = c;
  }
  if (found && (clusterGender(found) === 'f') !== feminine) return undefined;
  return found;
}

/**
 * Descriptions that stand for a person named before them: a demonstrative and a person noun
 * (وأفادت هذه الباحثة, this researcher said) is the last person of that gender named before it; «المسؤول»
 * with a nationality adjective or alone (وأكد المسؤول التونسي, the Tunisian official stressed) is the last
 * person named before it with a role. Both become `role` mentions of that person.
 */
function attachDescriptions(doc: AnalysisDocument, view: TokenView, clusters: readonly Cluster[], aliases: AliasIndex): void {
  const tokens = doc.tokens;
  const keys = view.keys;
  const persons = clusters.filter((c) => c.occurrences.length && majorityType(c.occurrences) === 'PER');
  if (!persons.length) return;
  const nouns = formsOf(ROLES_AND_TITLES);
  // The first unnamed official («مسؤول», indefinite), looked for once a description needs it.
  let unnamedOfficial: number | undefined;
  const firstUnnamedOfficial = (): number => (unnamedOfficial ??= keys.findIndex((k, j) => tokens[j]!.kind === 'word' && UNNAMED_OFFICIAL.test(k)));
  // (Occurrences and extra mentions in two loops: no array is made per cluster and description.)
  const overlaps = (ms: readonly { start: number; end: number }[], start: number, end: number): boolean => ms.some((m) => m.start < end && m.end > start);
  const taken = (start: number, end: number): boolean => clusters.some((c) => overlaps(c.occurrences, start, end) || overlaps(c.extra, start, end));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!view.words[i] || !DESCRIPTION_START_PREFILTER.mayHaveHash(view.hashes[i]!)) continue;
    const demonstrative = DEMONSTRATIVES.get(keys[i]!);
    const from = i;
    let to = i;
    let gender: 'm' | 'f' | undefined;
    let needsRole = false;
    // (For a visitor described by a nationality, the person so introduced: not the last person named.)
    let national: Cluster | undefined;
    if (demonstrative) {
      const k = keys[i + 1]!;
      if (tokens[i + 1]!.kind !== 'word' || !k.startsWith('ال')) continue;
      const noun = bare(k);
      if ((!nouns.has(k) || PRIVATE_PERSONS.has(noun)) && !OFFICIAL.has(noun)) continue;
      // The noun agrees with the demonstrative (هذه الباحثة, not هذه الوزير …).
      if ((noun.endsWith('ه') ? 'f' : 'm') !== demonstrative) continue;
      to = i + 1;
      gender = demonstrative;
    } else if (DEFINITE_VISITOR.has(keys[i]!)) {
      // «من جهته ثمن الضيف البلجيكي …» (for his part, the Belgian guest praised …).
      const next = tokens[i + 1]!.kind === 'word' ? keys[i + 1]! : '';
      const stem = next.startsWith('ال') ? nisbaCountryStem(next, aliases) : undefined;
      if (stem === undefined) continue;
      national = describedNational(doc, view, persons, stem, DEFINITE_VISITOR.get(keys[i]!)!.endsWith('ه'), aliases);
      if (!national) continue;
      to = i + 1;
    } else {
      // (A map look-up rules out every other word before any string is made.)
      const official = DEFINITE_OFFICIAL.get(keys[i]!);
      if (official === undefined) continue;
      // A nationality adjective may follow (المسؤول التونسي); a complement makes another description.
      const next = i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' ? keys[i + 1]! : '';
      if (next && /^ال.{3,}(ي|يه)$/u.test(next) && !OFFICIAL_COMPLEMENTS.test(next)) {
        // Only a nationality or the side he speaks for (المسؤول التونسي، المسؤول الحكومي); «المسؤول الحقيقي»
        // (the one really to blame) is no reference.
        if (!countryOfNisba(next, aliases) && !OFFICIAL_SIDES.has(next)) continue;
        to = i + 1;
      } else if (next && OFFICIAL_COMPLEMENTS.test(next)) continue;
      gender = official.endsWith('ه') ? 'f' : 'm';
      needsRole = true;
    }
    const start = demonstrative ? tokens[from]!.start : roleStart(doc, tokens[from]!);
    const end = tokens[to]!.end;
    // A name right after the description makes it a title (هذا الباحث محمد …), not a reference.
    if (to + 1 < tokens.length && clusters.some((c) => c.occurrences.some((o) => o.start === tokens[to + 1]!.start))) continue;
    if (taken(start, end)) continue;
    if (national) {
      national.extra.push({ start, end, text: doc.text.slice(start, end), kind: 'role' });
      i = to;
      continue;
    }
    // The person named last before the description, whoever it is: the description must fit that one
    // (a description that skips over another person is too loose to follow).
    const last = lastMentionedBefore(persons, start, 'end');
    const best = last?.cluster;
    const bestEnd = last?.pos ?? -1;
    if (!best || (needsRole && !best.roles.length) || clusterGender(best) !== gender) continue;
    // An unnamed official or the same noun in between introduces someone else (قال مسؤول إسرائيلي …
    // وبحسب المسؤول الإسرائيلي; يعود المخرج الكبير "…" … هذا المخرج).
    const noun = bare(keys[demonstrative ? i + 1 : i]!.replace(/^[وف](?=ال)/u, ''));
    const nounStem = noun.replace(/ه$/u, '');
    let other = false;
    for (let k = firstStartingAt(tokens, bestEnd); k < from && !other; k++) {
      const forms = strippedForms(keys[k]!);
      other = forms.some((f) => OFFICIAL.has(f) || f === 'مسوولا' || f === noun || f === nounStem);
    }
    // «قال مسؤول كبير في البيت الأبيض … وقال المسؤول»: once the article quotes an unnamed official, «المسؤول»
    // is that one.
    if (other || (needsRole && firstUnnamedOfficial() >= 0 && firstUnnamedOfficial() < from)) continue;
    best.extra.push({ start, end, text: doc.text.slice(start, end), kind: 'role' });
    i = to;
  }
}
