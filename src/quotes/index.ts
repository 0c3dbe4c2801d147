/**
 * The quotes stage: reported speech and who said it.
 *
 * Finds direct quotes (« », “ ”, „ “, " ", ″ and unbalanced marks), indirect speech after a speech
 * verb and its complementiser (قال إن، أكد أن، أشار إلى أن) or a source noun (وفق، بحسب، على لسان),
 * mixed quotes, and headlines of the form «X: …». Each quote's speaker is the subject after (or
 * before) the cue, a role that stands for a named person, or — for a dropped subject or a pronoun
 * (وأضاف، لكنه قال) — the most recent speaker whose gender agrees with the verb. Unnamed sources
 * (مصدر مسؤول) give `speaker: null`.
 */
import type { AnalysisDocument, Entity, Quote, QuoteKind, Span, TextSpan, Token } from '../document.ts';
import { firstStartingAt } from '../document.ts';
import type { Stage } from '../pipeline/pipeline.ts';
import { nameKey, nameTokens, skeleton, stripArticle } from '../entities/keys.ts';
import { ANAPHORIC, DOCUMENT_NOUNS, HONORIFICS, MEDIA_HEADS, NAMED_IN_MARKS_HEADS, NEWS_NOUN, ORG_HEADS, PERSON_TITLES, RELATIVE_KEYS, ROLE_HEADS, ROLE_LINKS, TRADE_TITLES, bare, documentNoun, sameDocumentKind } from '../entities/roles.ts';
import { derivedVerbalNoun, endingLength, endingLetter, findIn, NOT_VERBAL_NOUNS, pluralOfCommonNoun, strippedForms, tokenKeyData, VERBAL_NOUN_FORMS, verbLike } from '../entities/words.ts';
import { personGender, taggerGivenName, type PersonGender } from '../entities/gender.ts';
import { COMPLEMENTISERS, CUE_VERBS, STANCE_NOUNS, UNNAMED_SOURCES, cueForms, isCueWord, prefixedCueForms, type CueForm, type CueGender, type CueVerb } from './cues.ts';
import { getLexicon } from '../segment/clitics.ts';
import { lexiconForm } from '../segment/lexicon-form.ts';
import { dottedAcronymStop, isAbbreviationStop } from '../segment/index.ts';
import { wordFilterOf, type WordFilter } from '../text/word-filter.ts';
import { isCombiningMark } from '../pipeline/invariants.ts';
import { isArabicLetter } from '../ner/fold.ts';
import { IS_CALLED_WORDS, NAMED_ONE_WORDS, OWN_REPORTER_WORDS } from '../text/person-words.ts';

export { CUE_VERBS, NOUN_CUES, COMPLEMENTISERS } from './cues.ts';

/**
 * The quotes stage: requires `sentences`, `paragraphs`, `tokens` and `entities`; provides `quotes`
 * (ids `q1`, `q2`, … in text order).
 */
export function quotes(): Stage {
  return {
    name: 'quotes',
    requires: ['sentences', 'paragraphs', 'tokens', 'entities'],
    provides: ['quotes'],
    run(doc) {
      doc.quotes = findQuotes(doc);
    },
  };
}

/** An entity mention with its entity. */
interface Ref {
  start: number;
  end: number;
  entity: Entity;
  role: boolean;
}

/** What the subject zone after a cue names. */
interface Subject {
  ref?: Ref;
  /** An unnamed source (مصدر مسؤول). */
  unnamed?: boolean;
  /** The unnamed source is a group in the plural («وقال الباحثون», «مسؤولون»): no antecedent of a singular description. */
  group?: boolean;
  /** A definite description of the last source (المسؤول النقابي). */
  anaphoric?: boolean;
  /** A body named by its head noun alone (الصحيفة، الوزارة): the head, without the article. */
  orgHead?: string;
  /** A person named by a plain noun (الرجل، المرأة): the gender the noun gives. */
  personNoun?: 'm' | 'f';
  addressee?: Entity;
  /** The token the subject starts at, when a pronoun phrase stands between it and the verb («قال عنها المخرج»). */
  after?: number;
  /** «فيه» or «من خلاله» after the verb, and a document published before: its publisher (`publisherBefore`), who speaks. */
  published?: { ref?: Ref; span?: Span };
}

/** Plain nouns for a person the story is about: «الرجل» (the man), «المرأة» (the woman) …, keyed without the article. */
const PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['رجل', 'm'], ['شاب', 'm'], ['كهل', 'm'], ['طفل', 'm'], ['مراه', 'f'], ['امراه', 'f'], ['فتاه', 'f'], ['شابه', 'f'], ['طفله', 'f'],
].map(([w, g]) => [nameKey(w!), g as 'm' | 'f']));

/** «الهيئة المديرة» (a body's managing board), word by word as keys: the body named after it speaks (see `subjectFrom`). */
const MANAGING_BOARD: readonly string[] = ['الهيئة', 'المديرة'].map(nameKey);
/** «ورد» and «جاء» (came), keys: «ما ورد على لسان X» (what came in X's words). */
const WHAT_CAME_VERBS: ReadonlySet<string> = new Set(['ورد', 'جاء'].map((w) => nameKey(w)));
/** Cue verbs that go on with the speaker before them (added, went on), by lemma. */
const CONTINUING_CUES: ReadonlySet<string> = new Set(['أضاف', 'تابع', 'أردف', 'استطرد']);

/** Role heads of a body's spokesman (متحدث، ناطق), as found by `findIn` in ROLE_HEADS. */
const SPOKESMAN_HEADS: ReadonlySet<string> = new Set(['متحدث', 'متحدثه', 'ناطق', 'ناطقه']);
/** The participle or the verb of a document's issuing before «عن» and its issuer: «صادر»، «الصادر»، «صدر» (keys). */
const ISSUED_BY = /^(ال)?صادر(ه)?$|^صدر(ت)?$/u;
/** «الرسمي/الرسمية» (official) after a spokesman noun (keys). */
const OFFICIAL_ADJECTIVE = /^ال(رسمي|رسميه)$/u;
/** A definite adjective of nationality or side in «ي/ية» after a body's head noun: «البرازيلية», «الفرنسي» (keys). */
const DEFINITE_NISBA = /^ال.{2,}(ي|يه)$/u;

/** «مجددا» (renewing; again), keyed. */
const RENEWING = nameKey('مجددا');
/** «بمثابة» (as, tantamount to), keyed: «تعتبر بمثابة» is «is regarded as». */
const AS_IF = nameKey('بمثابة');
/** «يعتبر/تعتبر» (considers; is considered), with «و/ف», keyed: with no complementiser after it, the passive. */
const IMPERFECT_CONSIDERS = /^[وف]?[يت]عتبر$/u;
/**
 * Participles that are also common nouns («مذكرة», memorandum; «مطالبة», a demand, the verbal noun of «طالب»; «مقرا», a
 * headquarters; «متابعة», a follow-up: «الموضوع محل متابعة عن كثب», the matter is closely followed), as keys: cues only
 * after a comma or before their complement.
 */
const NOUN_PARTICIPLES: ReadonlySet<string> = new Set(['مذكره', 'مقدره', 'مطالبه', 'مناشده', 'مقرا', 'مقره', 'متابعه']);

/**
 * «حث» (urged): behind «و/ف» at a clause's start it needs no colon after it — elsewhere «وحث» is also the verbal noun
 * («للتوعية بالتوحد وحث الناس على …», to raise awareness and urge people to …).
 */
const URGED = 'حث';
/** Kinship and neighbour nouns ({@link RELATIVE_KEYS}, and «جد/جدة»): «والد X» speaks for himself, not for X; keyed. */
const KINSHIP: ReadonlySet<string> = new Set([...RELATIVE_KEYS, nameKey('جد'), nameKey('جدة')]);
/**
 * Kin words (keyed, without the article) and the words, with a possessive pronoun, for the relative each implies: a
 * parent («والد، والدة، أب، أم») speaks of a son or a daughter («ابنه، نجلها»), a brother of a brother, a spouse of a spouse.
 */
const KIN_RECIPROCALS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(والد|والده|اب|ام)$/u, /^(ابن|ابنت|نجل|ولد|بنت)(ه|ها|ي)$/u],
  [/^(شقيق|شقيقه|اخ|اخت)$/u, /^(شقيق|شقيقت|اخي|اخت|اخو)(ه|ها|ي)?$/u],
  [/^(زوج|زوجه)$/u, /^(زوج|زوجت)(ه|ها|ي)$/u],
];
/**
 * A kin word with the conjunction off, not the «و» of «والد» / «والده» (keyed): «ووالد» → «والد», «والدها» stays (her father).
 */
const unjoinedKin = (k: string): string => (KINSHIP.has(k) || KINSHIP.has(k.replace(/(ه|ها)$/u, '')) ? k : k.replace(/^[وف](?=...)/u, ''));
/** A kinship noun, bare or behind «و/ف» (keyed): «ووالد»، but «والد» itself starts with «و». */
const isKin = (k: string): boolean => KINSHIP.has(k) || KINSHIP.has(k.replace(/^[وف](?=...)/u, ''));

/** A stretch of text between quotation marks. */
interface Region {
  open: number; // index of the opening mark
  close: number; // index of the closing mark, or where an unclosed quote ends
  closed: boolean;
  used: boolean;
  /** A pair cut before a cue inside it (its closing mark belongs to the next quotation). */
  split?: boolean;
  /** In an unclosed quote, the comma before a bare speech verb that may be its tag («“…، قال X»): token index. */
  tagComma?: number;
  /** A title in marks (see `titleRegion`), decided once. */
  title?: boolean;
}

interface Draft {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: Span | null;
  speaker: Entity | null;
  speakerMention: Span | null;
  addressee: Entity | null;
  /** Gender the cue verb marks, to learn and to check agreement. */
  gender?: CueGender;
  /** The speaker was left open for want of an antecedent (not an unnamed source). */
  open?: boolean;
  /** No entity, but `speakerMention` names the speaker (a name the tagger missed). */
  named?: boolean;
  /** The speaker is an unnamed group in the plural (see {@link Subject.group}). */
  group?: boolean;
  /** A silent speaker that only a participle or a dropped subject of its own sentence goes back to. */
  sentenceOnly?: boolean;
}

const OPEN_CLOSE: Record<string, string> = { '«': '»', '‹': '›' };
const SYMMETRIC = new Set(['"', '“', '”', '„', '‟', '″', '〞', '〝']);
/** Opening marks that set off an outlet's name after «لـ» (told): «لـ«عكاظ»», «لـ(سبأ)». */
const OPENING_BEFORE_NAME = new Set(['«', '(']);
/** «بلدية» (municipality), keyed: «ونبهت البلدية إلى أن …» after «بلدية سوسة», the body `ner()` names. */
const MUNICIPALITY = nameKey('بلدية');
/**
 * Heads of bodies that ORG_HEADS lacks, for a body named by its head alone: media («الموقع», the website)
 * and monitors («المرصد», the Syrian Observatory); an airport, a place that speaks like a body («قال مطار هيثرو …
 * وقال المطار في بيان», Heathrow airport said … the airport said in a statement) or a hospital; and a municipality («بلدية سوسة … ونبهت
 * البلدية», the body `ner()` makes of «بلدية» and its town).
 */
const isExtraBodyHead = (head: string): boolean => MEDIA_HEADS.has(head) || head === 'مرصد' || SPEAKING_PLACES.has(head) || head === MUNICIPALITY;
/** «مطار» (airport), keyed. */
const AIRPORT = 'مطار';
/** Places that speak like bodies, keyed: «مطار» (airport), «مستشفى» (hospital: «وأعلن المستشفى عن غلق قسم الاستعجالي»). */
const SPEAKING_PLACES: ReadonlySet<string> = new Set([AIRPORT, nameKey('مستشفى')]);
/** Whether real news writes a word (its clitic-lexicon form) with the article at least five times: a common noun. */
const commonWithArticle = (form: string): boolean => (getLexicon().get('ال' + form) ?? 0) >= 5;
/** A body's head noun, keyed without the article: «وزارة»، «نقابة»، «صحيفة» … */
const bodyHead = (head: string): boolean => ORG_HEADS.has(head) || MEDIA_HEADS.has(head);
/**
 * Nouns of an act or a statement that open a verb's object (in {@link nameKey} form): «دعوة» (call), «قرار» (decision),
 * «تصريحات» (statements), «زيارة» (visit), «مبادرة» (initiative), «خطاب» (speech), «مقترح» (proposal).
 */
const ACT_NOUNS: ReadonlySet<string> = new Set('دعوة قرار قرارات تصريح تصريحات زيارة مبادرة خطاب مقترح'.split(' ').map((w) => nameKey(w)));
/** «مجموعة» (group), the head of a company's or think tank's name that ORG_HEADS leaves out (it is also «a set of»). */
const GROUP = 'مجموعه';
/**
 * Head nouns that may stand for a body whose name has no head of its own («هيومن رايتس ووتش» → «المنظمة»,
 * «الداخلية الفرنسية» → «الوزارة»), in {@link nameKey} form.
 */
const ANY_BODY_HEADS: ReadonlySet<string> = new Set('منظمة هيئة حركة جمعية مؤسسة شركة وزارة نقابة حزب اتحاد جماعة'.split(' ').map((w) => nameKey(w)));
/**
 * Words that open a manner adverbial after a speech verb («يقول بصوت خافت», says in a low voice; «قال
 * مبتسما», said smiling), in {@link nameKey} form: never the first word of a name.
 */
const MANNER_WORDS: ReadonlySet<string> = new Set(
  'بصوت بنبرة بلهجة بعبارات بعبارة بلغة بحزن بغضب بأسى بمرارة بفخر بابتسامة بحسرة بثقة بهدوء بحماس بانفعال بحرقة بأسف بكل بصراحة بوضوح مبتسما مبتسمة ضاحكا ضاحكة متأثرا متأثرة غاضبا غاضبة متحسرا متحسرة'
    .split(' ')
    .map((w) => nameKey(w)),
);
/** «وفق/حسب/بحسب/ووفق» (according to), keyed: a source tag with its source after it. */
const ACCORDING_TO: ReadonlySet<string> = new Set(['وفق', 'حسب', 'بحسب', 'ووفق']);
/** A correspondent or envoy, told something by the one quoted (مراسل، مراسلة، مبعوث), in {@link nameKey} form. */
const CORRESPONDENTS: ReadonlySet<string> = new Set('مراسل مراسلة مبعوث مبعوثة موفد موفدة'.split(' ').map((w) => nameKey(w)));
/**
 * A word behind the preposition «ب» or «ل» (بالمدينة، للوكالة، لوكالة، بوزارة): the article or a body's head
 * noun after the letter — not a word that merely starts with it (لجنة، بلدية).
 */
const viaPreposition = (k: string): boolean => /^(بال|لل)/u.test(k) || (/^[بل]/u.test(k) && (ORG_HEADS.has(k.slice(1)) || MEDIA_HEADS.has(k.slice(1))));
/** A possessive pronoun at a noun's end (بيانه، بيانها، بيانهم: his, her, their statement). */
const OWN_PRONOUN = /(ه|ها|هم|هما)$/u;
/** A key without its possessive pronoun, with the «ة» that «ت» stands for before one (رسالتها → رساله). */
const withoutPronoun = (k: string): string => (/.{2}ت(ه|ها|هم|هما)$/u.test(k) ? k.replace(/ت(ه|ها|هم|هما)$/u, 'ه') : k.replace(OWN_PRONOUN, ''));
/** Every quotation mark a name may stand between: the symmetric ones and « ». */
const QUOTE_MARKS = new Set([...SYMMETRIC, '«', '»']);
/** Marks of an aside between an issuer's name and its document: brackets and commas. */
const ASIDE_MARKS: ReadonlySet<string> = new Set(['(', ')', '،', ',']);
/** Tokens looked at, at most, after an issuer's name for its document (see lastIssuerBefore). */
const ISSUER_DOCUMENT_REACH = 10;
/** Tokens after a speech verb whose content is not read, at most, where its subject is looked for. */
const SILENT_SUBJECT_REACH = 12;
/** Reports as a source («أنباء», «تقارير», «أخبار»): keyed, without the article. */
const REPORT_NOUNS: ReadonlySet<string> = new Set('أنباء تقارير أخبار'.split(' ').map((w) => nameKey(w)));
/** The finite forms of the verbs that add to what their subject said before («أضاف», «تابع»), keyed, without «و/ف». */
const CONTINUING_VERBS: ReadonlySet<string> = new Set(
  CUE_VERBS.filter((v) => v.lemma === 'أضاف' || v.lemma === 'تابع').flatMap((v) => v.forms.split('|').slice(0, 2).flatMap((forms) => forms.trim().split(/\s+/u).filter(Boolean).map((w) => nameKey(w)))),
);
/** Definite words looked back over, at most, for the «لل» title a coordinated description goes on (see subjectFrom). */
const DESCRIPTION_BACK_REACH = 4;
/** «باسم» (on behalf of), keyed. */
const ON_BEHALF_OF = nameKey('باسم');
/** Words looked back, at most, from a name for the «باسم» of a spokesman (see onBehalfBefore). */
const ON_BEHALF_REACH = 3;
/** The longest headline, in characters, whose opening person a role in the lead may describe (see headlinePersonFor). */
const HEADLINE_MAX_CHARACTERS = 160;
/** Words that open the subject of a nominal clause with no article: «هذه الحكومة», «جميع الأحزاب» (keys; see subjectOnlyBefore). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['هذه', 'هذا', 'هؤلاء', 'جميع', 'كل', 'كافه']);
/** «لكن/ولكن» (but), keyed. */
const BUT = /^و?لكن$/u;

/** «كما، حيث، إذ» (as, where), keyed: after a comma and before a speech verb they open one more statement. */
const ALSO_OPENERS: ReadonlySet<string> = new Set(['كما', 'حيث', 'اذ']);
/** Nouns for data a document gives (البيانات، المعطيات، الأرقام، النتائج، الإحصائيات، المؤشرات، الحصيلة: a toll). */
const DATA_NOUNS: ReadonlySet<string> = new Set('بيانات معطيات ارقام نتائج احصائية احصائيات احصاءات مؤشرات تقديرات خارطة خريطة حصيلة'.split(' ').map((w) => nameKey(w)));
/** The lemma of «اتهم» (accused) in the cue table. */
const ACCUSED = 'اتهم';
/** «أصدرته، أصدره، نشرته، له، لها» (it issued it, its own), keyed: a document's issuer as a pronoun, see `ownDocumentAt`. */
const OWN_ISSUER = /^(اصدرته|اصدره|اصدرتها|اصدرها|اصدروه|نشرته|نشره|نشرتها|نشرها|له|لها|لهم)$/u;
/** «هو، هي، هم» (he, she, they) with «و/ف», keyed: the subject of a nominal clause, whose predicate a noun after it is. */
const SUBJECT_PRONOUNS = /^[وف]?(هو|هي|هم)$/u;
/** «جانب آخر»، «جهة أخرى»، «ناحية ثانية» (another side), keyed, after «من»: a transition that opens a sentence. */
const OTHER_SIDE = /^(جانب|جهه|ناحيه) (اخر|اخري|ثان|ثاني|ثانيه)$/u;
/** «إياه، إياها، إياهم» (it, him, her, them), keyed: the object pronoun set apart after a verb. */
const OBJECT_IYYA = /^اياه(ا|م|ما)?$/u;
/** «مخاطبا، متوجها» (addressing, turning to) and their feminine, keyed: the ones spoken to follow. */
const ADDRESSING = /^(مخاطبا|مخاطبه|متوجها|متوجهه)$/u;
/** «مسؤول، مسؤولون، مصدر، مصادر» (an official, a source), keyed without the article: one of a body's people, unnamed. */
const OFFICIALS: ReadonlySet<string> = new Set(['مسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'مصدر', 'مصادر'].map((w) => nameKey(w)));
/** Question words that open what «تساءل» (wondered) asks: أين، كيف، لماذا، متى، هل، ماذا، من، كم, keyed. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['أين', 'كيف', 'لماذا', 'لم', 'متى', 'هل', 'ماذا', 'من', 'كم'].map((w) => nameKey(w)));
/** The lemma of «لفت» (drew attention) in the cue table. */
const DREW = 'لفت';
/** Keys of «الانتباه» (attention), «النظر»، «الأنظار»: the object of «لفت». */
const ATTENTION = /^(الانتباه|النظر|الانظار)$/u;
/** «آخر» (latest) before a data noun, keys: «حسب آخر حصيلة». */
const LATEST: ReadonlySet<string> = new Set(['اخر']);
/** Prepositions a verb governs, keys, which carry its clause on past an aside: «أدى، حسب آخر حصيلة، إلى …». */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set('الي علي في من عن ب'.split(' '));

/**
 * The first two letters of every noun cue (وفق، بحسب، حسب، طبقا، نقلا، على), as char-code pairs: a word that
 * starts with none of them, itself or behind «و/ف», is no noun cue, and is turned away without a regex.
 */
const NOUN_CUE_PAIRS: ReadonlySet<number> = new Set(['وف', 'بح', 'حس', 'طب', 'نق', 'عل'].map((p) => letterPair(p, 0)));

/** The char codes of `word` at `at` and after it, as one number (see {@link NOUN_CUE_PAIRS}). */
function letterPair(word: string, at: number): number {
  return word.charCodeAt(at) * 0x10000 + word.charCodeAt(at + 1);
}

/** The first letters a noun cue's key may start with ({@link mayBeNounCue}): its pairs' first letters, and «و/ف». */
const NOUN_CUE_FIRST_LETTERS: ReadonlySet<number> = new Set([...NOUN_CUE_PAIRS].map((p) => Math.floor(p / 0x10000)).concat([0x0648, 0x0641]));
/** Whether a keyed word may be a noun cue: it, or it behind «و/ف», starts with one of {@link NOUN_CUE_PAIRS}. */
function mayBeNounCue(key: string): boolean {
  if (key.length < 3) return false;
  if (NOUN_CUE_PAIRS.has(letterPair(key, 0))) return true;
  const c0 = key.charCodeAt(0);
  return (c0 === 0x0648 || c0 === 0x0641) && NOUN_CUE_PAIRS.has(letterPair(key, 1)); // و ف
}
/** «آ»: a word written with it (آن) is never the complementiser أن. */
const ALEF_MADDA = '\u0622';
/** The shadda (U+0651), the doubling mark: «ذكّر» (reminded) against «ذكر» (mentioned). */
const SHADDA = '\u0651';
/** The char code of «ب» (baa), tested before the regex of «بأنه» on every token. */
const BAA = 0x0628;
/** Words that open another clause inside a subject zone (where, who, when, while, but, then), keyed. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('حيث الذي التي الذين اللذين اللتين عندما بينما لكن ثم كما'.split(' ').map((w) => nameKey(w)));
/** The char code of «ا» (alef), the last letter of every word of {@link MA_BEFORE_CUE}. */
const ALEF = 0x0627;
/** «ب» and its approximating forms before an amount (keyed): «بـ 23%»، «بنحو»، «بحوالي»، «بقرابة»، «بما يقارب». */
const AMOUNT_BI: ReadonlySet<string> = new Set(['ب', 'بنحو', 'بحوالي', 'بقرابه', 'بما']);
/** Words that approximate an amount after «ب» (keyed): «بـ نحو»، «بما يقارب»، «بـ أكثر من». */
const APPROXIMATE_AMOUNT = /^(نحو|حوالي|قرابه|يقارب|اكثر|اقل)$/u;
/** «ب» glued to a digit in one token: «ب5 سنوات». */
const BI_DIGIT = /^ب\d/u;
/** «مستشهدا ب» (citing), «مستدلا ب» (arguing from), «مستندا إلى» (relying on), keyed: the speaker's support for the words. */
const CITING_PARTICIPLES: ReadonlySet<string> = new Set(['مستشهدا', 'مستشهدة', 'مستدلا', 'مستدلة', 'مستندا', 'مستندة'].map((w) => nameKey(w)));
/** «إشارة» (reference), keyed: «في إشارة إلى …» (in reference to …) is the writer's gloss on quoted words. */
const ALLUSION = nameKey('إشارة');
/** «ه», the last letter of the possessive pronoun «ه» (his); «ها، هما، نا» end in {@link ALEF}. */
const HEH = 0x0647;
/** «م», the last letter of the possessive pronoun «هم» (their). */
const MEEM = 0x0645;
/** The quotation marks {@link pairMarks} reads, with the typewriter apostrophe (see {@link APOSTROPHE}). */
const MARKS = /[«»‹›"“”„‟″〞〝']/gu;
/**
 * The typewriter apostrophe, which some copy uses as a quotation mark, often against a double one:
 * «مؤكدا أن 'هذا التطوّر …عالية".» (confirming that 'this development … high"). Between two letters
 * (a transliteration) or against a Latin letter (O'Neil) it is no mark: see {@link apostropheIsMark}.
 */
const APOSTROPHE = "'";
/** A Latin letter. */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
/** A letter of any script. */
const LETTER = /\p{L}/u;
/** Whether a mark on {@link pairMarks}'s stack is read by its shape (a symmetric mark or an apostrophe), not by its glyph. */
const shapedMark = (ch: string): boolean => SYMMETRIC.has(ch) || ch === APOSTROPHE;
/**
 * Whether the apostrophe at `i` stands as a quotation mark: not between two letters, not against a Latin letter or
 * another mark («'"كروز تور"»), and written against an Arabic word unless a mark is open (`open`), which one spaced on
 * both sides may close («… والارهاب ' مؤكدا»).
 */
function apostropheIsMark(text: string, i: number, open: boolean): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (LATIN_LETTER.test(before) || LATIN_LETTER.test(after) || MARK_CHARS.has(before) || MARK_CHARS.has(after)) return false;
  // (A tatweel is no letter here: «لـ'الجاهلية الحديثة'» (of 'the new ignorance') opens after «لـ».)
  if (LETTER.test(before) && before.charCodeAt(0) !== TATWEEL && LETTER.test(after)) return false;
  return open || isArabicLetter(before.charCodeAt(0)) || isArabicLetter(after.charCodeAt(0));
}
/** Every quotation mark {@link MARKS} reads but the apostrophe. */
const MARK_CHARS: ReadonlySet<string> = new Set(['«', '»', '‹', '›', ...SYMMETRIC]);
/** Words after «اعتبر» (considered) that do not start what was judged: particles and pronouns. */
const NOT_CONTENT_STARTS = new Set('اياه اياها اياهم أن إن أنه إنه ذلك بذلك هذا هذه ايضا أيضا من في عن على الى إلى لا لم ما قد كما بدوره بدورها نفسه'.split(' ').map((w) => nameKey(w)));

/** A preposition with a pronoun (قالت لنا, she told us) or a pronoun (قال وهو يجلس, he said, sitting): never part of a name. */
const PRONOUN_OBJECTS = /^((ل|ب|مع|عن|من|الي|علي|في)(نا|ه|ها|هم|هما|ي|ك|كم)|[وف]?(هو|هي|هم|هما|هن|انا|نحن))$/u;

/** «التالي», «الآتي» (the following) and their forms, keys: a colon after them opens a list. */
const LIST_OPENERS: ReadonlySet<string> = new Set(['التالي', 'التاليه', 'التاليين', 'التاليتين', 'الاتي', 'الاتيه', 'التالية'].map((w) => nameKey(w)));
/** Verbal nouns that open a stated finding as the object of a verb of stance (وجود، عدم، صحة …), keys. */
const STATED_OBJECTS: ReadonlySet<string> = new Set('وجود عدم صحة تورط حصول وقوع ثبوت ضرورة أهمية إمكانية امكانية'.split(' ').map((w) => nameKey(w)));
/** Instructions and rules (تعليمات، توجيهات، قرار، قانون …) after «وفق/طبقا» (in line with), keys: no one's words. */
const INSTRUCTION_NOUNS: ReadonlySet<string> = new Set('تعليمات توجيهات التعليمات التوجيهات قرار قرارات القرار القانون قانون احكام الاحكام مقتضيات برنامج البرنامج الاجراءات اجراءات'.split(' ').map((w) => nameKey(w)));
/** Whether `key` (keyed) names instructions or a rule, also behind «ل/لل»: «وفقا للقانون», «حسب تعليمات» (see {@link INSTRUCTION_NOUNS}). */
function instructionNoun(key: string): boolean {
  return INSTRUCTION_NOUNS.has(key.replace(/^لل/u, 'ال').replace(/^ل(?!ل)/u, ''));
}
/** Determiners between «في» and a document noun: «في هذا البيان» (in this statement), «في ذات البلاغ» (in the same one); keys. */
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['هذا', 'هذه', 'ذات', 'نفس']);
/** Parts of a period before its name, keys: «مطلع»، «منتصف»، «أواخر»، «أوائل»، «نهاية»، «بداية» (early, mid, late …). */
const PERIOD_PARTS: ReadonlySet<string> = new Set('مطلع منتصف أواخر أوائل نهاية بداية'.split(' ').map((w) => nameKey(w)));

/** Words that name the person described before them, keys: «يدعى»، «تدعى»، «المدعو»، «المدعوة» (called, the one called). */
const NAMING_WORDS: ReadonlySet<string> = new Set([...IS_CALLED_WORDS, ...NAMED_ONE_WORDS].map((w) => nameKey(w)));

/** Tatweel, the letter-stretching mark after «بـ». */
const TATWEEL = 0x0640;

/** Prepositions of topic (about, concerning), keys: «بخصوص»، «بشأن»، «حول». */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['بخصوص', 'بشأن', 'حول'].map((w) => nameKey(w)));

/** A person's own statements, keys without the article: «ذات التصريح» (the same statement) is the last speaker's. */
const PERSONAL_STATEMENTS: ReadonlySet<string> = new Set(['تصريح', 'تصريحات', 'حوار', 'مداخلة', 'كلمة', 'حديث'].map((w) => bare(nameKey(w))));

/** Source nouns that relay words inside a speech verb's clause: «وفق ما أوردته»، «حسب»، «بحسب» (keys). */
const RELAY_NOUNS: ReadonlySet<string> = new Set(['وفق', 'وفقا', 'حسب', 'بحسب', 'حسبما']);
/** Whether a key is one of {@link RELAY_NOUNS}, behind «و» or not («ووفق»). */
const relayNoun = (key: string): boolean => RELAY_NOUNS.has(key.replace(/^و(?=(وفق|حسب|بحسب))/u, ''));
/** Words of a statement's time between a subject and what it said (مساء الجمعة، اليوم، أمس). */
const STATEMENT_TIMES = new Set(
  'اليوم أمس امس مساء صباح ظهر ليلة ليل يوم مؤخرا البارحة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت'.split(' ').map((w) => nameKey(w)),
);

/** A stop, a colon or a quotation mark: what a cue with nothing said after it has none of before its paragraph's end. */
const SAYS_OR_STOPS = /[.!?؟…:"“”«»]/u;
/** A whitespace character. */
const WHITESPACE = /\s/u;

/** Prepositions that open the occasion of a statement, keyed: «عقب، إثر، بعد، خلال» (after, following, during). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['عقب', 'إثر', 'اثر', 'بعد', 'خلال'].map((w) => nameKey(w)));
/** Words that open the occasion after a headline's speaker, keyed: {@link OCCASION_PREPOSITIONS} and «لدى» (at). */
const HEADLINE_OCCASIONS: ReadonlySet<string> = new Set([...OCCASION_PREPOSITIONS, nameKey('لدى')]);

/** How far a cue may stand from its paragraph's end to say the quotation that opens the next (see `quotationInNextParagraph`). */
const CUE_TO_PARAGRAPH_END = 60;

/** A key with the article, or with «لل» (the article behind «ل»). */
const DEFINITE_OR_LIL = /^(ال|لل)/u;
/** A space or a comma. */
const SPACE_OR_COMMA = /[\s،,]/u;

/** A year in digits. */
const YEAR_DIGITS = /^\d{4}$/u;

/** A symmetric mark that ends a word and is followed by a space or punctuation has a closing shape. */
const CLOSER_BEFORE = /[\p{L}\p{M}\p{N}.!?؟…)]/u;
const CLOSER_AFTER = /[\s.،,;؛:!?؟…)\]]/u;
/** Nouns that introduce a term or a title in quotation marks (مصطلح، لفظة، برنامج، شعار …), keyed. */
const NAMING_NOUNS: ReadonlySet<string> = new Set(
  'مصطلح لفظة لفظ كلمة عبارة تسمية اسم برنامج شعار عنوان كتاب فيلم مسرحية رواية مسلسل حملة عملية مبادرة مشروع مطار موقع صفحة وسم هاشتاغ'
    .split(' ')
    .map((w) => nameKey(w)),
);
/**
 * Words before a title in quotation marks: «عنوان، بعنوان» (entitled), «شعار» (under the motto), «حول» (about),
 * «موضوعها» (whose subject is: a case, «قضية موضوعها "ترويج عملة مزيفة"»); keyed.
 */
const TITLE_INTRODUCERS: ReadonlySet<string> = new Set('عنوان شعار حول موضوعها موضوعه'.split(' ').map((w) => nameKey(w)));
/** «نشرت، أصدرت، وزعت، بثت» (published, issued, distributed, broadcast): the verbs that put out a document. */
const PUBLISH_VERB = /^[وف]?(نشر|نشرت|اصدر|اصدرت|وزع|وزعت|بث|بثت|اصدار|باصدار)$/u;
/** «تغريدة» (a tweet), keyed: published like a statement («نشر تغريدة جاء فيها: …»), though no document noun elsewhere. */
const TWEET = 'تغريده';
/** Whether a keyed word names a text a body or person puts out: a document noun or «تغريدة» (a tweet). */
const publishedNoun = (k: string): boolean => documentNoun(k) !== undefined || k === TWEET;
/** The verbal noun of issuing (إلى إصدار بيان, to issuing a statement). */
const PUBLISH_NOUN = /^[وف]?ب?اصدار$/u;
/** Heads of bodies named by a place (سفارة المملكة المتحدة، قنصلية فرنسا) that the entity heads leave out. */
const PLACE_BODY_HEADS: ReadonlySet<string> = new Set(['سفارة', 'قنصلية'].map((w) => bare(nameKey('ال' + w))));
/** A comma or a stop right after a straight mark (not «"..ولكننا», dots before the words): the mark closes. */
const STOP_AFTER = /[.،,;؛!?؟…]/u;
/** Nouns that name a source before its name, keyed: «وفق/حسب/بحسب/طبقا/نقلا» (according to, quoting). */
const SOURCE_NOUNS = /^[وف]?(وفق|وفقا|حسب|بحسب|طبقا|نقلا)$/u;
/** Nouns of need and weight that make a topic a stated position: «تحدث عن ضرورة …» (spoke of the need to). */
const WEIGHT_NOUNS: ReadonlySet<string> = new Set(['ضروره', 'اهميه', 'وجوب', 'حتميه', 'اولويه', 'حاجه', 'خطوره']);
/** «دون، بدون، من دون» (without), keyed: a verb's form after it is a verbal noun («دون ذكر تفاصيل», without giving details). */
const WITHOUT: ReadonlySet<string> = new Set(['دون', 'بدون', 'ودون', 'وبدون', 'فدون', 'فبدون']);
/** «عدم» (the not-doing of), keyed with its proclitics: the verb's form after it is a verbal noun («طلب عدم ذكر اسمه»). */
const NOT_DOING: ReadonlySet<string> = new Set(['عدم', 'وعدم', 'بعدم', 'لعدم', 'فعدم']);
/**
 * Verbal nouns of telling after «دون» (without), keyed: «دون ذكر/تقديم/توضيح تفاصيل» (without giving details) — what a
 * source withheld, whose own prepositions («عن هويته», of his identity) open no content of the verb before.
 */
const WITHHELD_TELLING: ReadonlySet<string> = new Set(['ذكر', 'تقديم', 'توضيح', 'الكشف', 'كشف', 'الاشاره', 'اشاره', 'تحديد', 'الافصاح', 'اعطاء', 'الادلاء'].map((w) => nameKey(w)));
/** Words before «أن» that make it no complementiser of speech: دون أن (without), قبل أن (before), غير أن، إلا أن (however) … */
const NOT_SPEECH_AN: ReadonlySet<string> = new Set(['دون', 'بدون', 'قبل', 'بعد', 'منذ', 'حتي', 'رغم', 'بدل', 'عوض', 'غير', 'بيد', 'الا']);
/** The nouns of saying a source tag holds (تعبير، قول، تقدير، رأي، وصف، كلام، رواية), keyed, as a regular-expression alternation. */
const SAYING_NOUNS_OF_TAGS = 'تعبير|قول|تقدير|راي|وصف|كلام|روايه';
/**
 * «تعبيره»، «قولها»، «رأيه» (his expression, her saying, his view): the nouns of a speaker's own-words tag (وفق تعبيره، على حد
 * قولها، حسب رأيه), keyed.
 */
const OWN_WORDS = new RegExp(`^(${SAYING_NOUNS_OF_TAGS})(ه|ها|هم|هما)$`, 'u');
/** The same nouns with no pronoun after «وفق/حسب» (according to the saying / the words / the account of someone named), keyed. */
const SOURCE_SAYINGS = new RegExp(`^(${SAYING_NOUNS_OF_TAGS})$`, 'u');
/** «الصادرة/المقدمة/المنشورة» (issued, given, published), keyed: data so described name their issuer after «عن/من». */
const ISSUED = /^(الصادره|الصادر|المقدمه|المنشوره)$/u;
/** Verbs of what a rule requires or allows after «وفق ما/حسب ما» (keyed): «وفق ما يقتضيه الفصل 64», as article 64 requires — no source. */
const RULE_VERBS = /^(يقتضي|تقتضي|اقتضي|اقتضت|ينص|تنص|نص|نصت|يسمح|تسمح|يخول|تخول|يضبط|تضبط|يفرض|تفرض|يحدد|تحدد)(ه|ها|هم)?$/u;
/** The words before an own-words noun that make the tag: «وفق»، «حسب»، «بحسب», with «و/ف»; keyed. */
const OWN_WORDS_SOURCE = /^[وف]?(وفق|حسب|بحسب)$/u;
/** «وهو»، «وهذا»، «وذلك» … before «ما» + a speech verb: «وهو ما نفاه X» (which X denied). */
const THAT_WHICH: ReadonlySet<string> = new Set(['وهو', 'وهي', 'وهذا', 'وذلك', 'هو', 'هذا', 'ذلك']);
/**
 * «، في كلمة الافتتاح.»، «، خلال ندوة صحفية.» (in the opening speech, during a press conference): the
 * occasion of a statement, alone at the end of the sentence after its source.
 */
const STATEMENT_OCCASION = /^[\s،,]*(في|خلال|اثناء|أثناء|على هامش)\s+(كلمة|كلمته|كلمتها|مداخلة|مداخلته|مداخلتها|تصريح|تصريحه|تصريحها|حوار|لقاء|ندوة|مؤتمر|اجتماع|بيان|بلاغ|جلسة)[^،,.؟?!]*(?=[.؟?!]?\s*$)/u;
const TERMINAL = new Set(['.', '؟', '?', '!', '…']);
/** A live blog's time stamp at the start of a paragraph, with labels after it: «17:05 | عاجل | ». */
const LIVE_STAMP = /^\s*\d{1,2}[:.]\d{2}\s*[|│]\s*(?:[^|│:\n]{1,12}\s*[|│]\s*)?/u;
/** A question of an interview: a bullet (●، •، ■) or «س:» / «سؤال:» before it, or a paragraph that ends with «؟». */
const QUESTION_LINE = /^(?:[●•■▪◆]|س\s*[:/-]|سؤال\s*:)|؟\s*$/u;
/** Words that announce an interview: حوار، مقابلة، نص الحوار. */
const INTERVIEW_WORDS = /(?:^|[\s«"(])(?:ال)?(?:حوار|مقابلة|مقابله)(?:[\s»".:،)]|$)/u;
/** An answer of an interview: a dash or «ج:» at the start of the paragraph. */
const ANSWER_LINE = /^(?:[-–—]|ج\s*[:/-])\s*/u;
const TRIM_END = /[\s.،,;؛:!?؟…\-–—"“”„‟″«»]+$/u;
const TRIM_START = /^[\s.،,;؛:\-–—"“”„‟″«»]+/u;
/** Whether `key` is one of the prepositions that introduce `verb`'s content (أشار إلى، عبّر عن), «ب» aside. */
function ownPreposition(verb: CueVerb, key: string): boolean {
  return verb.preps?.some((p) => p !== 'ب' && nameKey(p) === key) ?? false;
}

/** Prepositions a verb never follows, so a speech verb's past form after them is its verbal noun («على كشف», «بعد نقل»); keys. */
const VERBAL_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['علي', 'عن', 'بعد', 'قبل', 'منذ', 'اثر', 'عقب', 'حول', 'خلال'].map((w) => nameKey(w)));
/** The imperfect of «أعلن» (يعلن، تعلن، يعلنان …), keyed: the form of a headline. */
const IMPERFECT_ANNOUNCES = /^[وف]?[يت]علن/u;
/** «الإعلان», «إعلان» (the announcement), keyed: the verbal noun of «أعلن». */
const ANNOUNCEMENT_NOUNS: ReadonlySet<string> = new Set(['الإعلان', 'إعلان'].map((w) => nameKey(w)));
const PREPOSITIONS = new Set(['في', 'مع', 'على', 'عن', 'من', 'الي', 'الى', 'خلال', 'امام', 'بعد', 'قبل', 'لدي', 'عبر', 'حول'].map((w) => nameKey(w)));
/** How many tokens after a speech verb a colon that opens a list («الملاعب التالية: …») still takes the verb's content away. */
const LIST_COLON_REACH = 15;
/** «مقولة، عبارة، شعار» (saying, phrase, slogan), keyed without the article: what «صاحب» (the author of) is said of. */
const AUTHORED_SAYINGS: ReadonlySet<string> = new Set(['مقولة', 'عبارة', 'شعار', 'قولة'].map((w) => nameKey(w)));
/** The outlet's own reporters, keyed: «مبعوثنا» (our envoy), «مراسلتنا» (our correspondent) … (see person-words.ts). */
const OWN_REPORTERS: ReadonlySet<string> = new Set(OWN_REPORTER_WORDS.map((w) => nameKey(w)));
/** How many words past «مبعوثنا» (our envoy) its reporter's name may come, past the post: «مبعوثنا الخاص الى القاهرة X». */
const OWN_REPORTER_REACH = 5;
/** Administrative heads before a place that speak as a body: «بلدية» (municipality), «ولاية» (governorate) …, keyed. */
const ADMINISTRATIVE_BODIES: ReadonlySet<string> = new Set(['بلدية', 'ولاية', 'معتمدية', 'محافظة'].map((w) => nameKey(w)));
/**
 * Headline labels that name a section — a sport or a tournament — and no speaker, keyed: «كرة السلة: …» (basketball),
 * «رولان غاروس: …» (Roland Garros).
 */
const SECTION_LABELS: ReadonlySet<string> = new Set(
  [
    'كرة القدم', 'كرة السلة', 'كرة اليد', 'الكرة الطائرة', 'كرة الطائرة', 'كرة المضرب', 'التنس', 'تنس', 'ألعاب القوى', 'الملاكمة',
    'ملاكمة', 'بوكسينغ', 'السباحة', 'الجودو', 'الكاراتي', 'المصارعة', 'الدراجات', 'الرياضة', 'رياضة', 'رولان غاروس', 'رولان جاروس',
    'ويمبلدون', 'فورمولا 1', 'الفورمولا 1',
  ].map((w) => nameKey(w)),
);
/** An indefinite relational adjective in «ي», keyed: «علمي» (scientific), «رسمي» (official). */
const INDEFINITE_NISBA = /^[^ا].{2,}ي$/u;

/** Prepositions that open the complement of a person's description in a headline's label: في (in), عن (for), من (from), لدى (with), داخل (inside); keyed. */
const LABEL_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'عن', 'من', 'لدى', 'داخل'].map((w) => nameKey(w)));
/** Adjectives of an unnamed source that are no nisba: «مصادر مطلعة» (informed sources), «مصدر مسؤول» (an official source), keyed. */
const SOURCE_ADJECTIVES: ReadonlySet<string> = new Set('مطلع مطلعة مسؤول مسؤولة مقرب مقربة موثوق موثوقة رفيع رفيعة مأذون'.split(' ').map((w) => nameKey(w)));
/** Verbs of issuing a document, with its pronoun object, keyed: «بثته» (broadcast it), «نشرته», «أصدرته», «أعدته», «وزعته», «قدمته» (presented it). */
const ISSUING_VERBS = /^(بث|نشر|اصدر|اعد|وزع|قدم)(ته|تها|ه|ها)$/u;
/** Time nouns after «هذا/هذه» (هذا الأسبوع this week, هذه المرة this time …), keyed: no judged or stated noun. */
const TIME_NOUNS = /^ال(اسبوع|صباح|مساء|عام|سنه|شهر|مره|يوم|ليله|فتره|سنوات|ايام)$/u;
/** A name or identity withheld, with its pronoun («عن هويته», «اسمه»), keyed. */
const WITHHELD_NAMES = /^(عن)?(هويته|هويتها|هويتهم|اسمه|اسمها|اسمهم|هويه)$/u;
/**
 * First words of a fronted phrase before a comma, keyed: «في/من/وفق/حسب/بالإضافة …», a word behind «ب» («بدورها» in turn,
 * «وباستشارة النيابة» on consulting the prosecution) and an adverb in «يا» («جهويا», regionally), with «و/ف» (see
 * clauseComma).
 */
const FRONTED_OPENERS = /^[وف]?(في|من|علي|عن|مع|بعد|قبل|خلال|وفق|وفقا|حسب|بحسب|بالاضافه|اضافه|مقابل|منذ|عند|لدي|اثر|حول|بخصوص|بشان|ب\S{3,}|\S{3,}يا)$/u;
/** Where a source is, after it: «بالجهة» (in the region), «بالمنطقة», keyed. */
const SOURCE_PLACES: ReadonlySet<string> = new Set(['بالجهه', 'بالمنطقه', 'بالولايه']);
/** The press as the one told: «للصحفيين» (to the journalists), «للصحافة» (to the press), keyed. */
const PRESS_TOLD: ReadonlySet<string> = new Set('للصحفيين للصحافيين للصحافة للإعلام'.split(' ').map((w) => nameKey(w)));
/** Harakat and tatweel, taken off a word before it is tested as written. */
const HARAKAT_AND_TATWEEL = /[\u064B-\u0652\u0640]/gu;
/**
 * «ف» on a preposition or particle as written (ففي in case, فمن, فلا no, فهناك there is …): after a fronted source it
 * opens the content. Tested on the text, where «فعلى» (and on) is not «فعلي» (actual); not «فلم» (also «film»).
 */
const ANSWERING_FA = /^ف(في|من|على|إلى|الى|لا|لن|هناك|ليس|مع|بعد|قبل|حتى)$/u;
/**
 * A body's affiliation after its name, keyed: «التابعة للاتحاد» (affiliated to the union), «المنضوية تحت» (grouped under),
 * «المنبثقة عن» (arising from) — definite, agreeing with the body (not the verb «تابعه», followed him).
 */
const AFFILIATED = /^ال(تابع|تابعه|منضوي|منضويه|منبثق|منبثقه)$/u;
/** «ردا»، «تعقيبا»، «تعليقا» (in reply, commenting) of «وذلك ردا على …», keyed. */
const REPLY_WORDS: ReadonlySet<string> = new Set(['ردا', 'تعقيبا', 'تعليقا']);
/**
 * «ويأتي تصريحه»، «وتأتي هذه التصريحات»، «ويأتي ذلك» (his statement comes, this comes — in reply to, after …), keyed: the
 * writer placing what was said, which ends the words reported before it.
 */
const STATEMENT_COMES = /^[وف]?(ياتي|تاتي)$/u;
/** What {@link STATEMENT_COMES} places: the statement or «ذلك/هذا» (that, this), keyed. */
const PLACED_STATEMENT = /^(ذلك|هذا|هذه|تصريح(ه|ها|هم)?|تصريحات(ه|ها|هم)?|التصريحات|كلام(ه|ها)|موقف(ه|ها)|رد(ه|ها))$/u;
/** Participles of speech verbs that news copy also uses as adjectives, keyed: «موقفا لافتا» (a striking stance), «مفيدة» (useful), «معترفا به» (recognised). */
const ADJECTIVE_PARTICIPLES = /^(لافت|لافتا|لافته|ملفتا|ملفته|مفيدا|مفيده|معترفا|معترفه)$/u;
/** Words that open a sentence of speech, keyed: a short stretch in marks that starts with one is a quotation, not a name. */
const SPEECH_OPENERS: ReadonlySet<string> = new Set('لقد لن لم ان اننا انه انها نحن انا سوف لسنا لست لماذا كيف هل'.split(' '));
/** Copulas, keyed: a participle right after one is its predicate adjective, no cue («تكون مفيدة», is useful). */
const COPULAS: ReadonlySet<string> = new Set('كان كانت يكون تكون ستكون سيكون ليس ليست اصبح اصبحت بات باتت صار صارت يبدو تبدو'.split(' '));
/**
 * «ل» attached to a correspondent or an outlet's head noun, keyed: «لمراسل» (to the correspondent of), «لإذاعة» (to the
 * radio …) — what follows is told, not speaking. («لمراسل» is written more often than «مراسل» itself, so no lexicon
 * test decides it.)
 */
const toCorrespondentOrOutlet = (k: string): boolean => /^ل[^ل]/u.test(k) && (CORRESPONDENTS.has(k.slice(1)) || MEDIA_HEADS.has(bare(k.slice(1))));
/** Verbs of receiving a document («تلقت X نسخة منه», X received a copy of it), keyed: their subject did not issue it. */
const RECEIVING_VERBS = /^و?(تلقت|تلقي|تلقينا|تحصلت|تحصل|حصلت|حصل|اطلعت|اطلع)$/u;
/** Radio and television names the press cites by «لـ» alone (لـ"الجوهرة أف أم"، لـ"موزاييك"), as keys: a station, told. */
const MEDIA_NAMES_TOLD = /((^| )اف ا?م|(^| )تي في|موزاييك|(^| )(fm|tv)( |$))/iu;

/** Words that open the occasion of a statement: «في» (in), «خلال/أثناء» (during), «على» (on: على الفيسبوك), «لدى» (at). */
const OCCASION_OPENERS = new Set(['في', 'خلال', 'أثناء', 'على', 'لدى'].map((w) => nameKey(w)));
/**
 * What «على» opens as an occasion: «على هامش» (on the sidelines of) and a platform or page («على الفيسبوك»، «على صفحته») —
 * not «على حوار وطني» (on a national dialogue), the object of «شدد على».
 */
const ON_OCCASION_NOUNS: ReadonlySet<string> = new Set('هامش فيسبوك فايسبوك تويتر صفحته صفحتها حسابه حسابها موقعه موقعها'.split(' ').map((w) => nameKey(w)));
/** Keys of words that make «على» a locution, not what a verb of stance stresses: «على خلفية» (against the background of), «على هامش», «على غرار» (like), «على رأس» (at the head of), «على مستوى» (at the level of). */
const ON_LOCUTIONS: ReadonlySet<string> = new Set(['خلفيه', 'هامش', 'غرار', 'راس', 'مستوي', 'امتداد', 'اثر'].map((w) => nameKey(w)));
/** «إشراف» (supervision, presiding), keyed, with its pronouns and proclitics: the occasion noun that takes «على» itself. */
const SUPERVISION = /^[وفبل]?(ال)?اشراف(ه|ها|هم)?$/u;
/** The lemma of the document verb «ورد» (was stated), also a name and «و» + «ردّ» (replied): see `cueAt`. */
const STATED = 'ورد';
/** A key behind «ل» or «ب» (after «و/ف»): a noun told or an instrument, «للجوهرة», «بالمناسبة» — no stated object. */
const BEHIND_LAM_OR_BA = /^[وف]?[لب]/u;
/** A word of three letters or more behind «لل» (to the …): «للإعلامي», a noun told or criticised. */
const BEHIND_LIL = /^لل.{3,}/u;
/** A key with the article, also after «و»: a definite word of a description and the one coordinated with it, «والناشط». */
const DEFINITE_AFTER_AND = /^و?ال/u;
/** A key with the article (after «و/ف»): «المنظمة», «والاتحاد». */
const DEFINITE_KEY = /^[وف]?ال/u;
/** Tokens an occasion phrase may span between a verb of stance's subject and its «على» (see `occasionOpensBefore`). */
const OCCASION_REACH = 10;
/** {@link OCCASION_REACH} for an occasion a comma closes right before the preposition. */
const OCCASION_REACH_CLOSED = 16;
/** Nouns of the occasion of a statement (a speech, an interview, a visit, a page), seen through proclitics and the article. */
const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  ...ON_OCCASION_NOUNS,
  ...'تصريح تصريحات كلمة كلمته كلمتها مداخلة مداخلته مداخلتها حوار حديث حديثه حديثها لقاء ندوة مؤتمر اجتماع جلسة افتتاح زيارة إشرافه إشرافها برنامج تدوينة اتصال مكالمة حضور استضافة'
    .split(' ')
    .map((w) => nameKey(w)),
]);
/**
 * {@link OCCASION_NOUNS} and the documents a body states its position in, «في تقريرها» (in its report), «في بيانه» (in its
 * statement): the occasion between a verb of stance's subject and its «على» (see `occasionOpensBefore`).
 */
const STANCE_OCCASION_NOUNS: ReadonlySet<string> = new Set([...OCCASION_NOUNS, ...'بيان تقرير بلاغ رسالة مراسلة برقية لائحة عريضة'.split(' ').map((w) => nameKey(w))]);
/** Verbs of publishing a document (نشر، أصدر), keyed, with «و/ف». */
const PUBLISHING_VERBS = /^[وف]?(نشر|نشرت|اصدر|اصدرت)$/u;
/** Words of an official page or account between a verb of publishing and the body it belongs to; keyed. */
const OFFICIAL_PAGE_WORDS: ReadonlySet<string> = new Set('الصفحة صفحة الرسمية الرسمي الموقع موقع حساب الحساب'.split(' ').map((w) => nameKey(w)));
/** Whether keys `a`, `b` are a body's official page or site: «الصفحة الرسمية»، «الموقع الرسمي». */
const officialPage = (a: string, b: string): boolean => /^(ال)?(صفحه|موقع)$/u.test(a) && /^الرسمي(ه)?$/u.test(b);
/** «قوله» (his saying) and its forms, which follow the one quoted: «نقلت الوكالة عن الوزير قوله إن …». */
const SAYING_NOUNS = /^(قوله|قولها|قولهم|قولهما)$/u;
/** «بالقول» (by saying) and «بقوله/بقولها …» (by his/her saying), keyed: after «ردّ، علّق، أجاب» what follows is the words. */
const BY_SAYING = /^(بالقول|بقوله|بقولها|بقولهم|بقولهما)$/u;
/** «بأن/بأنه/بأنها/بأنهم» (that, behind «ب»), keyed. */
const BI_ANNA = /^بان(ه|ها|هم)?$/u;
/**
 * What «دعا» (called on …) may take with «لل» or «ل» instead of «إلى»: a verbal noun of a derived form («للتدخل»، «للاستثمار»،
 * «لتقديم»، «لمساعدة» (to help), «للمشاركة») or one of a few plain ones («للعمل»، «للوقوف»، «للنظر»، «لفتح» (to open), «لوقف» (to stop), «لعدم» (not to), «للحضور» (to attend)), keyed.
 */
const CALLED_FOR_NOUN = /^لل?(ت.{3,}|ا.{4,}|م.ا.{2}ه|(عمل|وقوف|نظر|حوار|فتح|وقف|وضع|رفع|سحب|دعم|عدم|حضور|ضروره))$/u;
/** Demonstratives after «جاء» in the writer's frame, keyed: «وجاء ذلك عندما …», «وجاء هذا البيان …». */
const FRAME_DEMONSTRATIVES: ReadonlySet<string> = new Set(['ذلك', 'هذا', 'هذه', 'ذاك', 'تلك'].map((w) => nameKey(w)));
/**
 * A verbal noun behind «ب», keyed: what «دعا» (called on) asks for in Maghrebi copy — «بالكف» (to stop), «بالإسراع» (to
 * hasten), «بتغيير» (to change; the article optional, never taken for the «ا» of a verbal noun: «بالمركب» is no «ب» + «المركب»). The shapes of {@link CALLED_FOR_NOUN} and a few plain verbal nouns; not a place or a thing
 * («بالمناطق»، «بالنظام»).
 */
const CALLED_FOR_BI = /^ب(ال|(?!ال))(ت.{3,}|ا.{4,}|(كف|قيام|وقوف|عمل|نظر|سعي|حد|رفع|فتح|وضع|حل|دعم|عدم|ضروره))$/u;
/** Adverbial phrases of that shape: «بالتالي» (therefore), «بالتزامن مع» (at the same time as), «بالتنسيق مع» (in coordination with), keyed. */
const CALLED_FOR_BI_NOT: ReadonlySet<string> = new Set(
  // (And without the article: «بتاريخ» (on the date of), «بتهمة» (on a charge of), «بتعلة» (on the pretext of).)
  ['بالتالي', 'بالتزامن', 'بالتوازي', 'بالتنسيق', 'بالاتفاق', 'بالتعاون', 'بالاشتراك', 'باعتبار', 'باعتباره', 'باعتبارها', 'بالتحديد', 'بالتفصيل', 'بالتوقيت', 'بالتناوب', 'بالتعامل', 'بتاريخ', 'بتهمة', 'بتعلة'].map((w) => nameKey(w)),
);
/** How far before a token a name spelt in letters that holds it may start, in UTF-16 units (see `insideSpeltName`). */
const SPELT_NAME_REACH = 24;
/** «أحد، إحدى» (one of), keyed. */
const ONE_OF: ReadonlySet<string> = new Set(['أحد', 'إحدى'].map((w) => nameKey(w)));
/** Heads of facilities named after a person, with «ل/لل» and «و/ب» or not, keyed: «مطار» (airport), «مستشفى», «ملعب», «قاعة». */
const NAMED_FACILITY_HEADS = /^[وب]?(ل|لل|ال)?(مطار|مستشفي|ملعب|قاعه|مركب)$/u;
/** «داعية» (calling on, fem.; a preacher), keyed. */
const CALLING_WOMAN = nameKey('داعية');
/** Adjectives of a preacher after «داعية», keyed: «إسلامي» (Islamic), «سلفي», «ديني», «شيعي», «سني», «معروف» (well-known), «شهير». */
const PREACHER_ADJECTIVES: ReadonlySet<string> = new Set(['إسلامي', 'سلفي', 'ديني', 'شيعي', 'سني', 'معروف', 'شهير'].map((w) => nameKey(w)));
/** «داعيا، داعية» (calling on), with «و» or not, keyed: the participle of «دعا», whose subject is the sentence's. */
const CALLING_PARTICIPLES: ReadonlySet<string> = new Set(['داعيا', 'داعية', 'وداعيا', 'وداعية'].map((w) => nameKey(w)));
/** Whether a word of {@link CALLED_FOR_NOUN}, without its «لل/ل», is no body's field or head: «للأنباء», «للوزارة». */
const calledForNoun = (k: string): boolean => {
  const noun = k.replace(/^لل?/u, '');
  return !CALLED_FOR_NOUN_NOT.has(noun) && !bodyHead(noun);
};
/** Words after «لل» that look like {@link CALLED_FOR_NOUN} but name a body's field — «للأنباء» (news agency), «للإعلام» — or a governorate or a correspondent («لمحافظة»، «لمراسلة»), keyed. */
const CALLED_FOR_NOUN_NOT: ReadonlySet<string> = new Set(['انباء', 'احزاب', 'اعلام', 'اتصال', 'امن', 'استثمار', 'تنميه', 'تربيه', 'تجاره', 'تشغيل', 'تكوين', 'تعليم', 'ثقافه', 'تخطيط', 'احصاء', 'محافظه', 'مراسله']);
/**
 * Verbal nouns of speech verbs with the speaker's pronoun, keyed, behind «و/ف» and «ب/ل/مع» at most: «تأكيده» (his
 * stressing), «تشديدها», «إشارته», «توضيحه», «اعتباره»; the group is the noun, then the pronoun.
 */
const STATING_NOUN = /^(?:[وف]?(?:ب|ل|مع)?)?(تاكيد|تشديد|اشارت|توضيح|اعتبار)(ه|ها)$/u;
/** The participle stem each {@link STATING_NOUN} reads as (its masculine form without the final alef). */
const STATING_NOUN_PARTICIPLES: Record<string, string> = { تاكيد: 'مؤكد', تشديد: 'مشدد', اشارت: 'مشير', توضيح: 'موضح', اعتبار: 'معتبر' };
/** The services or departments of a body, that speak for it: «المصالح» (the services), «الدوائر», «الأجهزة» (keys). */
const BODY_SERVICES: ReadonlySet<string> = new Set(['المصالح', 'الدوائر', 'الاجهزه'].map((w) => nameKey(w)));
/** Definite heads of a body's organs (المكتب السياسي، الديوان السياسي، الهيئة المديرة، المجلس الوطني …), keyed: they speak for the body. */
const ORGANS: ReadonlySet<string> = new Set(['المكتب', 'الديوان', 'الهيئه', 'المجلس', 'الكتله', 'الامانه', 'القياده', 'اللجنه'].map((w) => nameKey(w)));
/** «المسؤول عن» (the one in charge of), keyed: its «عن» belongs to the subject, not to the verb. */
const IN_CHARGE: ReadonlySet<string> = new Set(['المسؤول', 'المسؤوله', 'مسؤول', 'مسؤوله', 'المسؤولين', 'مسؤولين'].map((w) => nameKey(w)));
/** Words after «متوقعا/متوقعة» that start no predicted object but a time (منذ، بداية من، آخر النهار, since, from, late in), keyed. */
const EXPECTED_NOT_OBJECTS: ReadonlySet<string> = new Set(['منذ', 'بدايه', 'اخر', 'خلال', 'طيله', 'حتي'].map((w) => nameKey(w)));
/** Nouns of a broadcast programme (برنامج، حصة، فقرة), keyed: the programme named after one is an occasion. */
const SHOW_NOUNS: ReadonlySet<string> = new Set(['برنامج', 'البرنامج', 'حصه', 'الحصه', 'فقره', 'الفقره'].map((w) => nameKey(w)));
/**
 * An envoy (موفد، مبعوث), keyed: an outlet's reporter only before a medium's name ({@link MEDIUM_NAME}) — «مبعوث الأمم المتحدة»
 * is a body's envoy, who speaks for it; a correspondent ({@link CORRESPONDENTS} but these) is the outlet's before any body.
 */
const ENVOY_NOUNS: ReadonlySet<string> = new Set(['موفد', 'موفدة', 'مبعوث', 'مبعوثة'].map((w) => nameKey(w)));
/** A medium's name: a station in «أف أم» (FM), or a radio, channel, paper or site. */
const MEDIUM_NAME = /(?:[أاإ]ف\s*["«“]?\s*[أا]م)|^(?:إذاعة|اذاعة|قناة|جريدة|صحيفة|موقع)\s/u;
/** A word's stem for the stance nouns of `cues.ts`: without «ال» and a possessive pronoun («تأكيدها», «الدعوة» → «تاكيد», «دعوه»). */
function stanceStem(key: string): string {
  // («التزام» (commitment) starts with the letters of the article: tried whole first.)
  if (STANCE_NOUNS.has(key)) return key;
  const bareKey = key.replace(/^ال/u, '');
  if (STANCE_NOUNS.has(bareKey)) return bareKey;
  const m = /^(.{3,})(ها|هما|هم|ه|نا)$/u.exec(bareKey);
  if (!m) return bareKey;
  // («دعوتها» is «دعوة» + «ها»: the «ة» written «ت» before a pronoun.)
  const stem = m[1]!;
  return stem.endsWith('ت') && STANCE_NOUNS.has(stem.slice(0, -1) + 'ه') ? stem.slice(0, -1) + 'ه' : stem;
}
/** «لنا، له، لها» (to us, to him, to her) right after a verb, before its subject; keyed. */
const TO_US: ReadonlySet<string> = new Set(['لنا', 'له', 'لها'].map((w) => nameKey(w)));
/** «كان، كانت» (was) with «و/ف», keyed: the auxiliary that opens a sentence before its subject and a perfect verb. */
const KANA: ReadonlySet<string> = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت'].map((w) => nameKey(w)));
const PRE_CUE_FILLERS = new Set(['كان', 'كانت', 'قد', 'لقد', 'فقد', 'وقد', 'وكان', 'وكانت', 'فيما', 'بدوره', 'بدورها', 'وبدوره', 'وبدورها'].map((w) => nameKey(w)));
/** The second word of «من جهته» (for his part) and its like, a two-word filler before a cue; keyed. */
const FOR_ONES_PART: ReadonlySet<string> = new Set(['جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم', 'ناحيته', 'ناحيتها'].map((w) => nameKey(w)));
/** Speech verbs whose object is often a person (told, warned, called on, accused): a name after them is no subject. */
const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set(['أبلغ', 'أخبر', 'حذر', 'طمأن', 'دعا', 'ناشد', 'اتهم', 'حث']);
/** Verbs of calling on someone to act: «حث» (urged), «دعا» (called on), «ناشد» (appealed to), «طالب» (demanded of). */
const CALLING_ON_VERBS: ReadonlySet<string> = new Set(['حث', 'دعا', 'ناشد', 'طالب']);
/**
 * Countries whose names are masculine (normalised, without the article), which a masculine verb may have as its subject:
 * «دعا العراق» (Iraq called). The others are feminine: «دعت تونس».
 */
const MASCULINE_COUNTRIES: ReadonlySet<string> = new Set(
  ['العراق', 'الأردن', 'المغرب', 'السودان', 'اليمن', 'لبنان', 'البحرين', 'الصومال', 'النيجر', 'الفاتيكان', 'الكونغو', 'الغابون', 'الكاميرون', 'السنغال'].map((w) => bare(nameKey(w))),
);
/** What a verb of calling on asks for, keyed, right after its object: «على» (to), «إلى» (to), «أن» (that), «ب» + noun (for). */
const CALLED_FOR = /^(علي|الي|الى|ان|بان|ب\S{3,})$/u;
/**
 * Those of {@link PERSON_OBJECT_VERBS} whose first noun is nearly always the object: «أبلغ الأعضاء» (informed the members),
 * «دعا النواب إلى» (called on the MPs to) — not «حذر العلماء من» (the scientists warned of) nor «اتهم».
 */
const OBJECT_FIRST_VERBS: ReadonlySet<string> = new Set(['أبلغ', 'أخبر', 'طمأن', 'دعا', 'ناشد', 'حث']);

/** Words that make the outlet after them a source (بحسب صحيفة، وفقا لوكالة), not a passing mention. */
const SOURCE_WORDS: ReadonlySet<string> = new Set('بحسب حسب وبحسب وحسب وفق وفقا طبقا ووفق ووفقا وطبقا'.split(' ').map((w) => nameKey(w)));

/** «مقربون من» (close to), «أوساط» (circles of), «محيط» (the entourage of): keyed, before «من». */
const CLOSE_TO = /^(ال)?(مقرب(ون|ين|ه)?|اوساط|محيط|مصادر)$/u;
/** Heads of places and facilities named after a person: «سيدي» (saint), «دوار» (hamlet), «نهج» (street) …; keyed. */
const PLACE_NAME_HEADS: ReadonlySet<string> = new Set('سيدي دوار حي نهج شارع ساحة مستشفي المستشفي معهد مدرسة جامع مسجد مطار ملعب قاعة منطقة ضاحية قرية بلدة'.split(' ').map((w) => nameKey(w)));
/** Nouns whose dual names two sides: «الطرفان» (the two parties), «الجانبان» (the two sides), «البلدان»; keyed singulars. */
const PAIR_NOUNS: ReadonlySet<string> = new Set('طرف جانب بلد'.split(' ').map((w) => nameKey(w)));
/** Quantifiers that open an unnamed group as a subject: «بعض» (some), «عدد» (a number), «أحد» (one of) …; keyed. */
const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set('بعض عدد أحد إحدى أحدهما إحداهما أحدهم إحداهن مجموعة عديد العديد جل معظم أغلب كثير'.split(' ').map((w) => nameKey(w)));
/**
 * Cardinal number words that open a group of unnamed people as a subject: «صرح اثنان بأنهما» (two stated that
 * they), «قال ثلاثة مسؤولين» (three officials said); keyed.
 */
const NUMBER_SUBJECTS: ReadonlySet<string> = new Set(
  'اثنان اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر عشرات مئات آلاف'.split(' ').map((w) => nameKey(w)),
);
/**
 * Unnamed sources written as broken plurals, which show no case: «وأكدت المصادر» (the sources stressed),
 * «وأفادت الأنباء», «وقال السكان»; keys of {@link UNNAMED_SOURCES} without the article.
 */
const PLURAL_SOURCES: ReadonlySet<string> = new Set('مصادر تقارير أنباء معلومات وسائل مواقع صحف أهالي سكان شهود'.split(' ').map((w) => nameKey(w)));

/**
 * Verbs of telling in the imperfect, as keys, after «دون أن» (without …): «دون أن يورد البيان تفاصيل» (without the
 * statement giving details), «دون أن تذكر الوزارة عددهم», the writer on what a source left out.
 */
const UNTOLD_VERBS = /^[يت](ورد|ذكر|وضح|كشف|حدد|قدم|شير|عطي|فصح|بين|فيد)$/u;

/** Common nouns that complete a body's generic head without naming it: «وكالة أنباء» (a news agency); keyed, bare. */
const GENERIC_BODY_WORDS: ReadonlySet<string> = new Set(['انباء', 'اخبار', 'صحافه', 'اعلام'].map((w) => nameKey(w)));

/** «محدثنا» (our interlocutor), «محدثتنا», the person the outlet spoke to; keyed. */
const INTERLOCUTORS: ReadonlySet<string> = new Set('محدثنا محدثتنا محدثي محدثتي'.split(' ').map((w) => nameKey(w)));

/**
 * Broken plurals of people that speak as an unnamed group with the article: «وقال الوزراء» (the ministers said), «العلماء»,
 * «وأكد العمال» (the workers stressed), «وعبر التجار»; keyed (خبراء and نشطاء are in UNNAMED_SOURCES).
 */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  'علماء أطباء أولياء وزراء زعماء رؤساء سفراء فقهاء تجار عمال طلبة طلاب أعوان نواب شبان رجال نساء أساتذة قضاة أعضاء أئمة'.split(' ').map((w) => nameKey(w)),
);
/**
 * Researchers and experts as an unnamed group («الباحثون»، «العلماء»، «خبراء»), keys without the article: when a body
 * is named as theirs («الباحثون من جامعة بريستول», the researchers from the University of Bristol), the body speaks.
 */
const RESEARCHERS: ReadonlySet<string> = new Set('باحثون باحثين علماء خبراء'.split(' ').map((w) => nameKey(w)));
/** The nouns after «فريق» (team) that make it a research team: «فريق البحث»، «فريق الباحثين»، «فريق العلماء»; keyed, without the article. */
const RESEARCH_TEAM_NOUNS: ReadonlySet<string> = new Set('بحث باحثين علماء'.split(' ').map((w) => nameKey(w)));
/** «نقلا» in the raw text, with harakat or a tatweel between its letters. */
const MAY_QUOTE_SOURCE = /ن[\p{M}\u0640]*ق[\p{M}\u0640]*ل[\p{M}\u0640]*ا/u;
/**
 * Bodies that news names by their head noun and an adjective alone, with no proper name: «الشرطة المحلية» (the local
 * police), «الحكومة الفرنسية», «السلطات الليبية»; keyed without the article.
 */
const DESCRIBED_BODY_HEADS: ReadonlySet<string> = new Set('شرطه حكومه سلطات نيابه جيش حرس وزاره رئاسه'.split(' ').map((w) => nameKey(w)));
/** A pronoun object after a preposition between a verb and its subject: «قال عنها المخرج» (the director said of her); keyed. */
const PRONOUN_PHRASES: ReadonlySet<string> = new Set('عنه عنها عنهم عنهما له لها لهم لهما لي لنا لكم فيه فيها'.split(' ').map((w) => nameKey(w)));
/** Courtesy titles that say nothing of a person's office (السيد، الدكتورة، الحاج …), keyed without the article. */
const COURTESY_TITLES: ReadonlySet<string> = new Set('سيد سيدة آنسة حاج حاجة شيخ شيخة دكتور دكتورة د مهندس مهندسة أستاذ أستاذة'.split(' ').map((w) => bare(nameKey(w))));
/** «ضيف/ضيفة» (the guest of a programme), keyed: a person, never the programme named after it. */
const GUESTS: ReadonlySet<string> = new Set('ضيف ضيفة'.split(' ').map((w) => nameKey(w)));
/** «برنامج» (programme), keyed: the noun before the name of the programme a guest is on. */
const PROGRAMME = nameKey('برنامج');
/**
 * Unnamed sources that are people (المسؤول the official, الخبير the expert), as keys without the article. Not
 * a spokesman (المتحدث، الناطق), who speaks for the body that spoke last as often as for a person. The guest of a
 * programme («ضيف "بوليتيكا"») is one too.
 */
const PERSON_SOURCES: ReadonlySet<string> = new Set(['مسؤول مسؤولة خبير خبيرة محلل محللة'.split(' ').map((w) => nameKey(w)), [...GUESTS]].flat());
/**
 * Nouns that open a description of a person besides role heads and titles (`ROLE_HEADS`, `PERSON_TITLES`): the
 * person sources but the guest, and a few more — «مسؤول ألماني: …» (a German official: …), «فاعلة جمعوية: …» (a woman active in
 * associations: …), «الخبير في الاقتصاد محمد …»; keys.
 */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  ...[...PERSON_SOURCES].filter((w) => !GUESTS.has(w)),
  ...'فاعل فاعلة قيادي قيادية ناشط ناشطة أكاديمي أكاديمية'.split(' ').map((w) => nameKey(w)),
]);
/** Occupations that describe the person named after them (الممرض، الطبيب، المحامي …), keys: «وفق ما أفاد به الممرض بالمستشفى، X». */
const OCCUPATIONS: ReadonlySet<string> = new Set('ممرض ممرضة طبيب طبيبة محامي محامية أستاذ أستاذة مهندس مهندسة معلم معلمة صحفي صحفية باحث باحثة مختص مختصة أخصائي أخصائية عالم عالمة'.split(' ').map((w) => nameKey(w)));
/** Nouns in construct that name a field after «في» in a description of a person: «علم النفس» (psychology), «شؤون الطاقة» (energy affairs); keys. */
const FIELD_HEADS: ReadonlySet<string> = new Set('علم علوم شؤون شأن مجال قضايا ملف ملفات تاريخ قانون اقتصاد'.split(' ').map((w) => nameKey(w)));
/** Heads of bodies whose members speak for them in the plural (لجنة committee, مجلس council, نقابة union …); keyed. */
const MEMBER_BODIES: ReadonlySet<string> = new Set('لجنة مجلس هيئة نقابة جمعية اتحاد حزب حركة كتلة جبهة ائتلاف تنسيقية رابطة جامعة'.split(' ').map((w) => nameKey(w)));

/** A verb of issuing with the document's pronoun, keyed: «نشره» (published it), «أصدرته» (issued it). */
const ISSUING_VERB = /^(نشر|اصدر)(ت)?(ه|ها)$/u;
/** White space or a full stop, between a quotation that is a sentence of its own and what follows it. */
const SPACE_OR_STOP = /[\s.]/u;
/** Only white space. */
const BLANK = /^\s*$/u;
/** «إذ» (since, as), keyed. */
const SINCE = nameKey('إذ');
/** «ذاته، ذاتها، نفسه، نفسها» (the same, after its noun), keys. */
const SAME_ONE = /^(ذاته|ذاتها|نفسه|نفسها)$/u;

/** «كان، كانت» (was) with «و/ف», as keys: the auxiliary whose subject a later «قد + verb» shares. */
const AUXILIARY = /^[وف]?كان(ت)?$/u;

/**
 * Documents a body issues («بلاغ لوزارة الدفاع», a statement of the defence ministry), keyed without the article: the
 * document nouns but those made *to* someone («تصريح لوكالة», a statement to the agency; «رسالة»، «مراسلة»، «تدوينة»).
 */
const TOLD_DOCUMENTS: ReadonlySet<string> = new Set('تصريح تصريحات رسالة مراسلة تدوينة'.split(' ').map((w) => nameKey(w)));
const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS].filter((k) => !TOLD_DOCUMENTS.has(k)));

/**
 * Nouns of studies and surveys, keyed without the article: after a demonstrative («وكشف هذا المسح», this survey
 * revealed) they are no person described, so the demonstrative rule of `subjectIn` leaves them alone.
 */
const STUDY_NOUNS: ReadonlySet<string> = new Set('مسح استطلاع سبر بحث تحقيق تحليل اختبار تدقيق تقييم'.split(' ').map((w) => nameKey(w)));

/** Whether a bare key names something a body issues or makes (a statement, a report, a study, a poll), whose «ل» names its maker. */
function madeDocument(bareKey: string): boolean {
  return ISSUED_DOCUMENTS.has(bareKey) || STUDY_NOUNS.has(bareKey);
}

/** A verb of making a document with its object pronoun, keys: «أجراها»، «أعدته»، «أنجزه»، «نشرته»، «أصدره»، «بثه» (carried it out, prepared, published, broadcast it). */
const MAKING_VERB = /^(اجرا|اجرت|اعد|اعدت|انجز|انجزت|نشر|نشرت|اصدر|اصدرت|بث|بثت)(ه|ها)$/u;
/** The verbal noun of making a document with its pronoun, keyed: «تم إنجازه/إعداده/نشره من طرف X» (it was made by X). */
const MAKING_MASDAR = /^(انجاز|اعداد|نشر|اجراء|تنفيذ)(ه|ها)$/u;

/** «هذا، هذه» (this) before a noun, also behind «و». */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'وهذا', 'وهذه'].map((w) => nameKey(w)));

/**
 * «ما» and its compounds (لما، بما، حسبما، كما: as) before a verb with an object pronoun (كما أكده، بما
 * قالته): looked up for most words, so a set rather than a regular expression.
 */
const MA_BEFORE_CUE: ReadonlySet<string> = new Set(['ما', 'لما', 'بما', 'حسبما', 'كما']);
/** «ويدعى», «وتدعى» (and who is called; person-words.ts), keyed: the name of the one described before follows. */
const CALLED_KEYS: ReadonlySet<string> = new Set(IS_CALLED_WORDS.map((w) => nameKey('و' + w)));

/** Verbs that relay a document with its object pronoun, keyed: «نقلته» (carried it), «تناقلته», «أوردته» (reported it). */
const RELAYING_VERBS = /^(نقل|تناقل|اورد)(ت)?(ه|ها)$/u;

/** A definite masculine plural, keyed: «العامين» (general, pl.), «المعنيون» — like {@link DEFINITE_NISBA}, what still describes a body. */
const DEFINITE_MASCULINE_PLURAL = /^ال.{2,}(ين|ون)$/u;
/** A verb of issuing a document with its object pronoun, keyed: «أصدره/أصدرته» (issued it), «نشره/نشرته» (published it). */
const ISSUED_IT = /^(اصدر|نشر)(ت|تا|وا)?(ه|ها)$/u;
/** A relative pronoun (الذي، التي، الذين، والتي), keyed. */
const RELATIVE_PRONOUN = /^(ال|و)?(ذي|تي|الذي|التي|الذين)$/u;
/** A word behind the preposition «ل» or «ب» (keys): «لجريدة التونسية», to the paper — a name told or a place, no one's own. */
const PREPOSITION_CLITIC = /^[لب]/u;
/** A word with the article, bare or behind «و/ف» (keys): «المبرم», «والعقد». */
const DEFINITE = /^[وف]?ال/u;
/** The gender a relative pronoun gives its verb (keyed, behind «و» or not): «الذي» m, «التي» f, «الذين» p; else undefined. */
const relativeGender = (key: string): CueGender | undefined => (/^و?الذي$/u.test(key) ? 'm' : /^و?التي$/u.test(key) ? 'f' : /^و?الذين$/u.test(key) ? 'p' : undefined);
const FRONTED = /^و(حول|عن|بخصوص|في|فيما|على|بشان|ازاء|ردا|تعقيبا|بعد|قبل|خلال)$/u;

/** How far back (UTF-16 code units) a speaker or subject is looked for inside one sentence. */
const MAX_LOOK_BACK = 3000;
/**
 * Prepositions written with ب (بين، بسبب، بمناسبة …; «باسم»، «بصفته» in the name of, in his capacity as, which go on a
 * role: «وصف الناطق باسم التنسيقية، X، …»): not a stated position after أوصى/طالب or a verb that takes ب.
 */
const B_PREPOSITIONS: ReadonlySet<string> = new Set(
  // (And the phrases of place, share and manner that read like «ب» + a noun: «بالجهة» (in the region), «بولاية» (in the
  // governorate), «بالمائة» (per cent), «بالنسبة» (as for), «بمعدل» (at a rate of), «بالخصوص» (in particular), «بصدد» (about
  // to).)
  'بين بدون بسبب بشأن بشان بخصوص بحضور برئاسة بمناسبة بحسب بعد بعض بغية بفضل بموجب بهدف بها به بهم بدوره بدورها باسم بإسم بصفته بصفتها باعتباره باعتبارها بالجهة بولاية بمنطقة بمعتمدية بمدينة بالمائة بالمئة بالنسبة بمعدل بالخصوص بصدد'
    .split(' ')
    .map((w) => nameKey(w)),
);
/**
 * A noun with a possessive pronoun (دعمه، رفضها، تمسكها: its support, her refusal, its attachment), as the
 * object of a verb of stance; not a preposition or complementiser with a pronoun (لها، أنه).
 */
function possessed(k: string, surface: string): boolean {
  // (The key folds ة into ه: «القناة» (the channel) is not «قناته» (its channel).)
  if (/ة$/u.test(surface) || k.startsWith('ال')) return false;
  if (endsLikePronoun(k)) return true;
  // «وقوفها»، «فشله»، «لقاءه» (its standing, his failure): a noun whose own first letter is و/ف/ب/ل/ك, known
  // to the lexicon with the article — not a particle with a pronoun (وله، فيه، بها) nor «و» + a noun.
  if (!/^[وفبلك].{2,}(ه|ها|هم|هما)$/u.test(k) || COMPLEMENTISERS.has(k) || PRONOUN_OBJECTS.test(k)) return false;
  const stem = /^(.{3,}?)(ها|هم|هما|ه)$/u.exec(surface);
  // (Not the document it spoke in: «في بيانها», in its statement.)
  return !!stem && !documentNoun(nameKey(stem[1]!)) && commonWithArticle(lexiconForm(stem[1]!));
}

/** A key that ends like a possessive pronoun (or ة, folded into ه) and is no particle or pronoun itself. */
function endsLikePronoun(k: string): boolean {
  return /^[^وفبلك].{2,}(ه|ها|هم|هما)$/u.test(k) && !COMPLEMENTISERS.has(k) && !PRONOUN_OBJECTS.test(k);
}

/** The buffer of {@link terminalIndexes}, grown as needed. */
let terminalScratch = new Int32Array(4096);

/**
 * For each of `n` tokens, the first token at or after it that `isTerminal` accepts (`next`; `n`: none) and the last
 * terminal token before it (`previous`; -1: none); entry `n` of each is for the end. (A function of its own, not a loop in
 * {@link findQuotes}: that runs as baseline code, and this loop over every token is optimised here. The two arrays
 * share one scratch buffer: a typed array of its own is an off-heap allocation, costly for every article.)
 */
function terminalIndexes(n: number, isTerminal: (i: number) => boolean): { next: Int32Array; previous: Int32Array } {
  // (Views on one scratch buffer, reused from article to article: the arrays live only while findQuotes runs, which
  // nothing re-enters, and every entry is written below.)
  if (terminalScratch.length < 2 * (n + 1)) terminalScratch = new Int32Array(4 * (n + 1));
  const both = terminalScratch;
  const next = both.subarray(0, n + 1);
  const previous = both.subarray(n + 1);
  next[n] = n;
  for (let j = n - 1; j >= 0; j--) next[j] = isTerminal(j) ? j : next[j + 1]!;
  for (let j = 0, last = -1; j <= n; j++) {
    previous[j] = last;
    if (j < n && next[j] === j) last = j;
  }
  return { next, previous };
}

let filters: { direct: WordFilter; prefixed: WordFilter } | undefined;

/** Prefilters over the cue forms and the prefixed cue forms, built once. */
function cueFilters(): { direct: WordFilter; prefixed: WordFilter } {
  return (filters ??= { direct: wordFilterOf(cueForms().keys()), prefixed: wordFilterOf(prefixedCueForms().keys()) });
}

/**
 * The stops inside dotted acronyms (token indexes; see `dottedAcronymStop`), and the token keys with the acronyms' pieces
 * made unlike any word: «سي.إن.إن» (CNN) has «إن», which is also the complementiser «إن» (that). The keys are copied only
 * when the document has an acronym (they are shared with the entity stage).
 */
function acronymPieces(text: string, tokens: readonly Token[], keys: readonly string[]): { stops: ReadonlySet<number>; keys: readonly string[] } {
  let copy: string[] | undefined;
  const stops = new Set<number>();
  for (let t = 1; t + 1 < tokens.length; t++) {
    if (!dottedAcronymStop(text, tokens, t, 0, tokens.length)) continue;
    stops.add(t);
    copy ??= keys.slice();
    copy[t - 1] = ACRONYM_PIECE_MARK + keys[t - 1]!;
    copy[t + 1] = ACRONYM_PIECE_MARK + keys[t + 1]!;
  }
  return { stops, keys: copy ?? keys };
}
/** What {@link acronymPieces} puts before a piece's key: no word list holds a key that starts with it. */
const ACRONYM_PIECE_MARK = '.';

/** Finds the quotes of a document (the work of the {@link quotes} stage). */
export function findQuotes(doc: AnalysisDocument): Quote[] {
  const text = doc.text;
  const tokens = doc.tokens;
  if (!tokens.length) return [];
  const { keys: sharedKeys, hashes, firstChars, endings } = tokenKeyData(doc);
  const { stops: acronymStops, keys } = acronymPieces(text, tokens, sharedKeys);
  /** Whether `keys` are the shared token keys, which `firstChars` and `endings` describe (no acronym piece was marked). */
  const sharedKeysKept = keys === sharedKeys;
  const forms = cueForms();
  const prefixedForms = prefixedCueForms();
  const { direct: directFilter, prefixed: prefixedFilter } = cueFilters();
  const paragraphs: Span[] = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const sentences: Span[] = doc.sentences.length ? doc.sentences : paragraphs;

  // Entity mentions, sorted, for subject and addressee look-ups.
  const refs: Ref[] = [];
  // (Not a byline: the reporter named on a line of their own under the headline speaks in no quote.)
  const found = bylineSpan(text, paragraphs);
  const byline = found && doc.entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.start >= found.start && m.end <= found.end)) ? found : undefined;
  for (const e of doc.entities) for (const m of e.mentions) if (!(byline && m.start >= byline.start && m.end <= byline.end)) refs.push({ start: m.start, end: m.end, entity: e, role: m.kind === 'role' || m.kind === 'pronoun' });
  // The platforms among the bodies («فيسبوك», «تويتر»), read once from their one-word names (see `platform` below).
  const platforms = new Set<Entity>();
  for (const e of doc.entities) if (e.type === 'ORG' && !e.name.includes(' ') && ON_OCCASION_NOUNS.has(stripArticle(nameKey(e.name)))) platforms.add(e);
  // «وفق ما نقله موقع "روسيا اليوم" عن الوكالة الإخبارية الاردنية "عمون"» (from the Jordanian news agency "Ammon"): a body's
  // definite head and its adjectives before its name in marks are one more mention of it, from the head on — what
  // the rules that read a subject, a source or a preposition before it look at.
  for (let n = refs.length - 1; n >= 0; n--) {
    const r = refs[n]!;
    if (r.entity.type !== 'ORG' || r.role) continue;
    const at = firstStartingAt(tokens, r.start);
    if (at < 3 || at >= tokens.length || tokens[at]!.start !== r.start || tokens[at - 1]!.kind !== 'punct' || !/^["“«]$/u.test(text.slice(tokens[at - 1]!.start, tokens[at - 1]!.end))) continue;
    let h = at - 2;
    while (h > at - 5 && h > 0 && tokens[h]!.kind === 'word' && /^ال.{2,}(ي|ه)$/u.test(sharedKeys[h]!) && !NAMED_IN_MARKS_HEADS.has(bare(sharedKeys[h]!))) h--;
    if (h >= at - 2 || tokens[h]!.kind !== 'word' || !sharedKeys[h]!.replace(/^[وفبل]/u, '').startsWith('ال') || !NAMED_IN_MARKS_HEADS.has(bare(sharedKeys[h]!))) continue;
    // (Not a head in construct after another, «هيئة الإذاعة البريطانية "بي بي سي"»: the whole body is named before.)
    if (h > 0 && tokens[h - 1]!.kind === 'word' && ORG_HEADS.has(sharedKeys[h - 1]!.replace(/^[وفبل]/u, ''))) continue;
    const article = text.slice(tokens[h]!.start, tokens[h]!.end).indexOf('ال');
    refs.push({ start: tokens[h]!.start + Math.max(article, 0), end: r.end, entity: r.entity, role: false });
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const refEnds = new Set(refs.map((r) => r.end));
  const gender = new Map<string, 'm' | 'f'>();
  // People whose gender is only guessed from a first name ending in ة (حمة، أسامة are men): a masculine
  // verb they are the subject of corrects it.
  const guessed = new Set<string>();
  for (const e of doc.entities) {
    const g = entityGender(e);
    if (!g) continue;
    gender.set(e.id, g.gender);
    if (g.guessed) guessed.add(e.id);
  }

  const tokenAt = (pos: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const spanIndex = (spans: readonly Span[], pos: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const paragraphOf = (pos: number): Span => paragraphs[Math.max(0, spanIndex(paragraphs, pos))]!;
  const tokenText = (i: number): string => text.slice(tokens[i]!.start, tokens[i]!.end);
  // («لفت د. سلطان المطيري إلى أن …»: the stop of «د.» (Dr) ends no sentence, as in the segmenter.)
  const isTerminal = (i: number): boolean =>
    tokens[i]!.kind === 'punct' && TERMINAL.has(text[tokens[i]!.start]!) && !/\d/.test(text[tokens[i]!.end] ?? '') && !isAbbreviationStop(text, tokens, i, 0) && !acronymStops.has(i);
  /** End of the sentence around `pos`, also cut at a terminal mark (for coarse sentence layers). */
  // The first terminal mark at or after each token, computed once, so that sentenceEnd costs O(1)
  // instead of a scan to the end of the sentence (quadratic on one enormous run-on line).
  const { next: nextTerminal, previous: prevTerminal } = terminalIndexes(tokens.length, isTerminal);
  const sentenceEnd = (pos: number): number => {
    const s = sentences[Math.max(0, spanIndex(sentences, pos))]!;
    let end = pos < s.end ? s.end : paragraphOf(pos).end;
    let j = nextTerminal[tokenAt(pos)]!;
    while (j < tokens.length && tokens[j]!.start < pos) j = nextTerminal[j + 1]!;
    if (j < tokens.length && tokens[j]!.start < end) end = tokens[j]!.start;
    return end;
  };
  // (`prevTerminal`: the last terminal mark before each token, -1 for none, likewise computed once.)
  const sentenceStart = (pos: number): number => {
    const s = sentences[Math.max(0, spanIndex(sentences, pos))]!;
    let start = s.start <= pos ? s.start : paragraphOf(pos).start;
    const j = prevTerminal[tokenAt(pos)]!;
    if (j >= 0 && tokens[j]!.start >= start) start = tokens[j]!.end;
    // Look back at most MAX_LOOK_BACK characters: no news sentence is that long, and callers scan
    // from here to `pos`, which would be quadratic on a run-on text with no stop at all.
    if (pos - start > MAX_LOOK_BACK) start = tokens[tokenAt(pos - MAX_LOOK_BACK)]!.start;
    return start;
  };

  // Cue verb matching on token keys, through و/ف and (after «ما») a pronoun enclitic.
  // «ورد X على الاتهامات … بالقول إنه …» (X replied to the accusations by saying that …): «بالقول» in the
  // same sentence makes «ورد» the verb «replied», not «was mentioned».
  const byQuotingAt = (i: number): number => {
    for (let m = i + 1; m < Math.min(i + 25, tokens.length) && !isTerminal(m); m++) if (BY_SAYING.test(keys[m]!)) return m;
    return -1;
  };
  /**
   * «ورد وكيل الوزارة على ذلك بأن …» (and the undersecretary replied to that that …): «على» and then «بأن» within the clause
   * after «ورد» make it «و» + «ردّ» (replied), as «بالقول» does, and not «ورد» (was stated).
   */
  const repliedWithBi = (i: number): boolean => {
    let on = false;
    let inside = false;
    for (let m = i + 1; m < Math.min(i + 16, tokens.length) && !isTerminal(m); m++) {
      if (keys[m] === 'علي') on = true;
      else if (keys[m] === 'في') inside = true;
      // (Or «بأن» a few words on, after a subject and no «في»: «ورد الوزير بأن …» (the minister replied that …), where
      // «ما ورد في التقرير بأن» (what was stated in the report, that) is no reply.)
      else if (BI_ANNA.test(keys[m]!)) return on || (m - i >= 2 && m - i <= 4 && !inside);
    }
    return false;
  };
  /**
   * Whether the verb at `i`, after «وهو ما» opening its sentence, reads on as its own quote: «بقوله/بالقول» and a
   * complementiser follow it — «وهو ما علق عليه وزير التموين بقوله إن …» (which the supply minister answered by saying
   * that …), where «وهو ما أكده الوزير» alone points back at the clause before.
   */
  const saysOnAt = (i: number): boolean => {
    // (Or after a comma: «… وأن إدعاءها خاطئ، وهو ما نفته الوزيرة السابقة بالقول إن …», which the former minister denied by
    // saying that ….)
    if (tokens[i - 2]!.start - sentenceStart(tokens[i]!.start) > 10 && !(i >= 3 && (tokenText(i - 3) === '،' || tokenText(i - 3) === ','))) return false;
    const bil = byQuotingAt(i);
    return bil >= 0 && bil + 1 < tokens.length && COMPLEMENTISERS.has(keys[bil + 1]!);
  };
  /**
   * For a topic verb at `i` (تحدث عن، تطرق إلى, spoke of, touched on): its preposition and a noun of need or
   * weight within the next dozen words of the sentence (تحدث الوزير عن ضرورة …) — else it is no cue at all
   * (تحدث عن الوضع; «تحدث» is also «occurs»).
   */
  const weightAfter = (i: number, verb: CueVerb): boolean => {
    const prep = nameKey(verb.preps?.[0] ?? '');
    for (let m = i + 1; m < Math.min(i + 14, tokens.length - 1) && !isTerminal(m); m++) {
      if (keys[m] === prep && WEIGHT_NOUNS.has(keys[m + 1]!)) return true;
    }
    return false;
  };
  /** True when the preposition «بين» (between) stands within a dozen words before token `i`, in the same sentence. */
  const betweenBefore = (i: number): boolean => {
    // (Not the verb «بيّن» itself, spelled alike: «بين أن …».)
    for (let m = i - 1; m >= 0 && m >= i - 12 && !isTerminal(m); m--) if (keys[m] === 'بين' && !COMPLEMENTISERS.has(keys[m + 1] ?? '')) return true;
    return false;
  };
  /** Whether tokens `o` and `o + 1` are «جانب آخر»، «جهة أخرى»، «ناحية ثانية» (another side), the words after «من». */
  const otherSideAt = (o: number): boolean => OTHER_SIDE.test(`${keys[o] ?? ''} ${keys[o + 1] ?? ''}`);
  /**
   * The length in tokens of a linking phrase at token `o` between a verb (or its subject) and its object: «في المقابل» (on
   * the other hand), «في هذا السياق/الصدد/الإطار/الشأن» (in this context), «في الوقت نفسه/ذاته» (at the same time),
   * «بالمناسبة» (on the occasion), «كذلك»، «أيضا» (also); 0 when there is none.
   */
  const linkerAt = (o: number): number => {
    if (keys[o] === 'في' && keys[o + 1] === 'الوقت' && /^(نفسه|ذاته)$/u.test(keys[o + 2] ?? '')) return 3;
    if (keys[o] === 'في' && keys[o + 1] === 'المقابل') return 2;
    // «من جهة أخرى/ثانية»، «من جانب آخر» (on the other hand).
    if (keys[o] === 'من' && otherSideAt(o + 1)) return 3;
    if (keys[o] === 'في' && keys[o + 1] === 'هذا' && /^(السياق|الصدد|الاطار|الشان)$/u.test(keys[o + 2] ?? '')) return 3;
    // («في السياق» (in the context), «في نفس السياق»: «مؤكدا في السياق استمرار التشاور …».)
    if (keys[o] === 'في' && keys[o + 1] === 'السياق' && !(keys[o + 2] ?? '').startsWith('ال')) return 2;
    if (keys[o] === 'في' && /^(نفس|ذات)$/u.test(keys[o + 1] ?? '') && keys[o + 2] === 'السياق') return 3;
    return /^(بالمناسبه|كذلك|ايضا)$/u.test(keys[o] ?? '') ? 1 : 0;
  };

  /**
   * Where a content that starts at `start` starts past the writer's «يشار إلى أن»، «يذكر أن»، «تجدر الإشارة إلى أن» (it is worth
   * noting that), with its complementiser — not past token `limit`: «يشار إلى أنه تم إيقافهم …، وفق ما أكده المحامي …».
   */
  const pastWriterNote = (start: number, limit: number): number => {
    let j = tokenAt(start);
    const k0 = (keys[j] ?? '').replace(/^[وف]/u, '');
    if (k0 !== 'يشار' && k0 !== 'يذكر' && !(k0 === 'تجدر' && keys[j + 1] === 'الاشاره')) return start;
    j += k0 === 'تجدر' ? 2 : 1;
    if (keys[j] === 'الي') j++;
    if (j >= limit || !COMPLEMENTISERS.has(keys[j]!)) return start;
    while (j + 1 < limit && COMPLEMENTISERS.has(keys[j + 1]!)) j++;
    return tokens[j]!.end;
  };
  /** Whether a complementiser follows token `i` within three words, in its sentence (see `coordinated` in {@link cueAt}). */
  const saysSoon = (i: number): boolean => {
    for (let d = 2; d <= 4 && i + d < tokens.length && !TERMINAL.has(tokenText(i + d)); d++) if (COMPLEMENTISERS.has(keys[i + d]!)) return true;
    return false;
  };
  /** Whether a complementiser, a colon, a quotation or the verb's own preposition follows the cue at `i` within six words of its clause. */
  const takesContentSoon = (i: number, verb: CueVerb): boolean => {
    for (let m = i + 1; m < tokens.length && m <= i + 6; m++) {
      const km = keys[m]!;
      if (COMPLEMENTISERS.has(km) || tokenText(m) === ':' || opensQuotation(m) || ownPreposition(verb, km) || km === 'الي') return true;
      if (tokens[m]!.kind === 'punct') return false;
    }
    return false;
  };
  /**
   * Whether the word at `j`, past the verb at `i` and its subject, is a noun of a stated position that opens the verb's
   * object: «أهمية»، «ضرورة»، «استعداد»، «حرص» … (indefinite, the head of its phrase, a word after it) right after a person
   * or body named after the verb, or after that name and a time set off by commas: «وأكد وزير الصحة عماد الحمامي حرص
   * الوزارة على …», «أكدت … ايلين موري، اليوم الجمعة، استعداد البنك …». Not a word inside the subject's own name: «رئيس
   * لجنة دعم الشباب».
   */
  const positionObjectAt = (i: number, j: number): boolean => {
    const kj = keys[j]!;
    if (j < i + 2 || tokens[j]!.kind !== 'word' || kj.startsWith('ال') || !(j + 1 < tokens.length && tokens[j + 1]!.kind === 'word')) return false;
    // (The stem is worked out only for a word that may end in a pronoun — «ه»، «ها»، «هم»، «هما»، «نا» —: this runs for
    // every word the scan after a verb of stance passes.)
    const end = kj.charCodeAt(kj.length - 1);
    const stem = STANCE_NOUNS.has(kj) || WEIGHT_NOUNS.has(kj) ? kj : end === HEH || end === MEEM || end === ALEF ? stanceStem(kj) : '';
    if (!STANCE_NOUNS.has(stem) && !WEIGHT_NOUNS.has(stem)) return false;
    let m = j - 1;
    // (Also past «من جهتها» (for her part): «واكدت كاتبة الدولة سيدة الونيسي من جهتها ، أهمية …».)
    while (m > i && (tokenText(m) === '،' || tokenText(m) === ',' || STATEMENT_TIMES.has(keys[m]!) || (FOR_ONES_PART.has(keys[m]!) && keys[m - 1] === 'من'))) m -= FOR_ONES_PART.has(keys[m]!) ? 2 : 1;
    const named = m > i ? namedEndingAt(m) : undefined;
    if (!named || named.start <= tokens[i]!.end) return false;
    // The name is the verb's subject: no preposition, relative pronoun or source noun before it — not «وأكدت في بيان صادر عن
    // وزارة الشؤون الخارجية، رفض …» (the ministry issued the statement), «ويؤكد هذا التوجه الذي اتخذته شركة …، حرصها»
    // (the subject is the move), «أكدت تونس وفق بلاغ لوزارة …، تضامنها» (Tunisia, per the ministry).
    for (let k = i + 1; k < m && tokens[k]!.start < named.start; k++) if (PREPOSITIONS.has(keys[k]!) || RELATIVE_PRONOUN.test(keys[k]!) || SOURCE_NOUNS.test(keys[k]!)) return false;
    return true;
  };
  /**
   * Whether the word at `j` is a noun of a stated position, indefinite and without a pronoun («عزم»، «حرص»، «استعداد»,
   * resolve, keenness, readiness), in construct with the name, the definite noun or the noun with its pronoun right after
   * it: «عزم بلجيكيا», «حرص الحكومة» (the government's keenness), «استعداد بلادها» (her country's readiness) — the last
   * only where `possessedToo`.
   */
  const stanceInConstructAt = (j: number, possessedToo = true): boolean => {
    if (tokens[j]!.kind !== 'word' || !STANCE_NOUNS.has(keys[j]!) || j + 1 >= tokens.length || tokens[j + 1]!.kind !== 'word') return false;
    const next = tokens[j + 1]!;
    // (Or a noun with its possessive pronoun: «وأكّدت استعداد بلادها لمعاضدة الجهود …», she stressed her country's readiness.)
    return keys[j + 1]!.startsWith('ال') || refs.some((r) => r.start === next.start) || (possessedToo && possessed(keys[j + 1]!, tokenText(j + 1)));
  };
  /**
   * The number of tokens of an occasion phrase at `m`, or 0: «عقب/إثر/بعد/خلال» and a definite noun, with a definite
   * nisba adjective after it — «عقب اللقاء» (after the meeting), «خلال الاجتماع الوزاري».
   */
  const occasionLength = (m: number): number => {
    if (m + 1 >= tokens.length || !OCCASION_PREPOSITIONS.has(keys[m]!) || tokens[m + 1]!.kind !== 'word' || !keys[m + 1]!.startsWith('ال')) return 0;
    return m + 2 < tokens.length && DEFINITE_NISBA.test(keys[m + 2]!) ? 3 : 2;
  };
  /** Whether «أن» + an imperfect stands within the seven words before `i`, in its clause (see cueAt). */
  const subjunctiveBefore = (i: number): boolean => {
    for (let m = i - 1; m > 0 && m >= i - 7 && tokens[m]!.kind === 'word'; m--) if (keys[m - 1] === 'ان' && /^[يت].{2,}/u.test(keys[m]!)) return true;
    return false;
  };
  /** Whether the word at `i`, after a preposition at `i - 1` in its sentence that ends no name, is a verbal noun (see cueAt). */
  const verbalNounAt = (i: number): boolean => {
    const prev = tokens[i - 1]!;
    if (/[\n.!?؟]/u.test(text.slice(prev.end, tokens[i]!.start)) || sentenceStart(tokens[i]!.start) > prev.start) return false;
    return !(keys[i - 1] === 'علي' && refEnds.has(prev.end));
  };
  /**
   * Whether only the subject of a nominal clause stands before token `i`, from the sentence's start or a complementiser:
   * definite words, names, quotation marks, a demonstrative or «جميع/كل» — «أن "الهيئة الوطنية للمحامين" …», «جميع
   * الأحزاب …» —, or a complementiser with its pronoun right before it: «أنها …». No verb, which a bare word would be.
   */
  const subjectOnlyBefore = (i: number): boolean => {
    const from = sentenceStart(tokens[i]!.start);
    let n = 0;
    for (let m = i - 1; m >= 0 && n < 8; m--, n++) {
      const km = keys[m]!;
      if (COMPLEMENTISERS.has(km)) return n > 0 || km.length > 3;
      const tk = tokens[m]!;
      if (!(QUOTE_MARKS.has(tokenText(m)) || (tk.kind === 'word' && (/^(ال|لل)/u.test(km) || SUBJECT_DETERMINERS.has(km) || refsIn(tk.start, tk.end).length > 0)))) return false;
      if (tk.start <= from) return true;
    }
    return false;
  };
  /**
   * Whether «قدّر» at `i` is followed by a definite common noun (no name), a few words of its own, and «ب» with an amount:
   * «تقدر الفجوة في الأجور بـ 23%», «يقدر النقص في المبيعات بحوالي …» — the passive.
   */
  const estimatedAmountAfter = (i: number): boolean => {
    if (i + 2 >= tokens.length || tokens[i + 1]!.kind !== 'word' || !/^ال/u.test(keys[i + 1]!) || refsIn(tokens[i + 1]!.start, tokens[i + 1]!.end).length) return false;
    for (let m = i + 2; m < tokens.length && m <= i + 7 && tokens[m]!.kind === 'word'; m++) {
      const k = keys[m]!;
      if (AMOUNT_BI.has(k)) return m + 1 < tokens.length && (tokens[m + 1]!.kind === 'number' || APPROXIMATE_AMOUNT.test(keys[m + 1]!));
      if (BI_DIGIT.test(tokenText(m))) return true;
    }
    return false;
  };
  /**
   * Whether token `k` is «و» (and) joined to, or «ثم» (then) before, a past verb in the speaker's gender `g` — masculine
   * without «ت» (وهاجم، وغادر), feminine ending in it (وغادرت), plural in «وا»: the narrative's next verb of that speaker,
   * never an imperfect or future (يـ، سـ، نـ), which may still be the words' own («"ستواصل دعمها" وستعمل …»).
   */
  const speakersPastVerbAt = (k: number, g: CueGender | undefined): boolean => {
    const then = keys[k] === 'ثم' && k + 1 < tokens.length && tokens[k + 1]!.kind === 'word';
    const at = then ? k + 1 : k;
    if (!g || (!then && !keys[k]!.startsWith('و'))) return false;
    const stem = then ? keys[at]! : keys[at]!.slice(1);
    if (stem.length < 3 || /^[يسنت]/u.test(stem)) return false;
    const agrees = g === 'm' ? !/(ت|وا|ا)$/u.test(stem) : g === 'f' ? stem.endsWith('ت') : stem.endsWith('وا');
    const surface = then ? 'و' + tokenText(at) : tokenText(at);
    return agrees && (verbLike(surface) || verbLike(surface.slice(1)));
  };
  /** Whether a key is «ما» (what) written onto a past speech verb, its object pronoun allowed: «ماذكره»، «ماأفاد». */
  const gluedWhatCue = (key: string): boolean => {
    if (key.length < 5 || !key.startsWith('ما')) return false;
    const verb = key.slice(2);
    const form = forms.get(verb) ?? forms.get(verb.replace(/(ه|ها|هم)$/u, ''));
    return form !== undefined && !form.participle;
  };
  /**
   * Whether «لفت» at `i` is the verbal noun «drawing attention»: «ولفت الانتباه لهذه المناطق» — «الانتباه» (attention) then
   * «ل», not the verb's own «إلى».
   */
  const drawingAttentionAt = (i: number, form: CueForm): boolean =>
    form.verb.lemma === DREW && !form.participle && ATTENTION.test(keys[i + 1] ?? '') && /^ل(?!ا$)/u.test(keys[i + 2] ?? '');
  const cueAt = (i: number): { form: CueForm; prefixed: boolean } | undefined => {
    const t = tokens[i]!;
    if (t.kind !== 'word') return undefined;
    const k = keys[i]!;
    // (The filters turn most words away before the maps: see WordFilter.)
    let direct = directFilter.mayHaveHash(hashes[i]!) ? forms.get(k) : undefined;
    // «ورد» (was stated) speaks only before «في» (see handleCue), and elsewhere is no cue at all — no barrier to another
    // cue's subject or content either: «ورد الوزير على الاتهامات بالقول إنه …» is «و» + «ردّ» (and the minister replied),
    // «وأوضح فورد بأن …» (Ford explained that) a name. (Not «جاء», which ends what comes before it: «… وجاء ذلك عندما».)
    if (direct?.verb.lemma === STATED && keys[i + 1] !== 'في') direct = undefined;
    // «رغم تأكيده بأنه "كان من الأفضل …"» (though he stressed that "it would have been better …"): the verbal noun of a
    // speech verb with the speaker's pronoun, before its complementiser, reads as the participle («مؤكدا بأنه»).
    // (Read on the key's ending — its last letter and length — so that most words are turned away without reading the key.)
    const ending = endings[i]!;
    if (!direct && endingLength(ending) >= 6 && (endingLetter(ending) === HEH || (endingLetter(ending) === ALEF && k.endsWith('ها')))) {
      const after = keys[i + 1] ?? '';
      const opens = COMPLEMENTISERS.has(after) || ((after === 'الي' || after === 'علي') && COMPLEMENTISERS.has(keys[i + 2] ?? ''));
      // (The complementiser first: most words with a pronoun have none after them, and the noun's pattern is not read.)
      const noun = opens ? STATING_NOUN.exec(k) : null;
      // (Not after «نقل … عن Y» in its sentence, whose «تأكيده» is Y's, as «قوله» is: «ونقلت قناة "الحرة" عن الشرطة تأكيدها أن …».)
      let relayed = false;
      for (let m = i - 1; noun && opens && m >= 0 && m >= i - 25 && !isTerminal(m) && !relayed; m--) relayed = /^[وف]?(نقل|نقلت|تنقل|ينقل)$/u.test(keys[m]!);
      const participle = noun && opens && !relayed ? forms.get(nameKey(STATING_NOUN_PARTICIPLES[noun[1]!]! + (noun[2] === 'ها' ? 'ة' : 'ا'))) : undefined;
      if (participle) return { form: participle, prefixed: false };
    }
    // «عملية غير معلنة» (an unannounced operation), «أنباء غير مؤكدة»: a participle after «غير» (un-) is
    // a negated adjective, no cue.
    if (direct) {
      // «بعد أربعة أيام على كشف الصحافة عن اتصالات …» (four days after the press revealed contacts …): a bare past form right
      // after a preposition is the verbal noun written the same way, never a verb.
      // (In the same sentence, and not «علي» ending a name: «منذر بالحاج علي أعلن …», «… بن علي ¶ أكد …».)
      if (!direct.participle && i > 0 && tokens[i - 1]!.kind === 'word' && VERBAL_NOUN_PREPOSITIONS.has(keys[i - 1]!) && !/^[وف]/u.test(k) && verbalNounAt(i)) return undefined;
      // «رفعت مذكرة إلى الوزير» (sent a memorandum to the minister), «مذكرة تفاهم»: «مذكرة» is a participle
      // (reminding) only after a comma («، مذكرة في هذا الصدد ب…») or before what it reminds of («مذكرة بأن …»).
      // «فتحت الطرقات مجددا» (the roads opened again): «مجددا» is the adverb «again», the participle «renewing» only
      // before what it renews — «مجددا التأكيد على», «مجددا دعوته», «مجددا على».
      if (k === RENEWING && !/^(ال|علي$)|^[^وف].+(ه|ها|هم|هما)$/u.test(keys[i + 1] ?? '')) return undefined;
      // «وأضاف التلفزيون دون ذكر تفاصيل» (the television added without giving details): after «دون/بدون» (without) the
      // word is a verbal noun, «ذكر» (mentioning), not the verb «ذكر» (mentioned). So after «عدم»: «وقال أندري، وهو مبرمج
      // طلب عدم ذكر اسم عائلته: "…"» (said Andrei, who asked that his family name not be given) is Andrei's.
      if (i > 0 && (WITHOUT.has(keys[i - 1]!) || NOT_DOING.has(keys[i - 1]!))) return undefined;
      // «قوة الردع التي تعتبر بمثابة قوة شرطة» (the Deterrence Force, which is regarded as a police force): «considered as»,
      // the writer classifying — no statement, and none to stop another verb's subject at.
      if (keys[i + 1] === AS_IF && direct.verb.lemma === 'اعتبر') return undefined;
      // «وتقدر الفجوة في الأجور بين الجنسين بـ 23%» (the pay gap between the sexes is estimated at 23 %): «قدّر» with a definite
      // noun that no name is, then «ب» and an amount, is the passive — a figure, nobody estimating.
      if (direct.verb.lemma === 'قدر' && !direct.participle && estimatedAmountAfter(i)) return undefined;
      // «شهرام أميري، الذي كان قد اتهم بالتجسس لصالح الولايات المتحدة» (who had been accused of spying): «اتهم» right before
      // its «ب» has no object — the passive, the one accused, nobody accusing.
      if (direct.verb.lemma === ACCUSED && !direct.participle && /^ب(?!ان$|انه)/u.test(keys[i + 1] ?? '')) return undefined;
      // («لفت الانتباه لـ», drawing attention to: the verbal noun.)
      if (drawingAttentionAt(i, direct)) return undefined;
      // (Nor «داعية» (a preacher) before an adjective of a preacher: «وكذلك داعية إسلامي سعودي كبير», and a senior Saudi Islamic
      // preacher — the participle «calling on» takes its object or «إلى»; not «داعية أهالي المنطقة», calling on the residents.)
      if (k === CALLING_WOMAN && PREACHER_ADJECTIVES.has(keys[i + 1] ?? '')) return undefined;
      // (Nor «مقرا» (a headquarters) before an adjective that happens to start with «ب»: «تستخدم مقرا باليا», used a
      // run-down headquarters — an accusative in «ا», where «مقرا بوجود …» (acknowledging the existence of) has a noun.)
      if (NOUN_PARTICIPLES.has(k) && !(i > 0 && tokens[i - 1]!.kind === 'punct') && !COMPLEMENTISERS.has(keys[i + 1] ?? '') && !(/^ب/u.test(keys[i + 1] ?? '') && !(k.startsWith('مقر') && /[^هن]ا$/u.test(keys[i + 1]!)))) return undefined;
      // (A conjunction written apart is a conjunction still: «و بيّن الطرودي أنه …» as «وبيّن».)
      // (Nor after a preposition, where it is a noun: «أمام مضيفه» (against its host), not «مضيفة» (adding).)
      // (Nor glued to a number, which counts it: «18متهما», 18 accused.)
      // (Nor after a number with a space between, when nothing the verb takes follows: «46 متهما ، 16 منهم» (46 accused,
      // 16 of them), a counted noun — not «عام 2017 مشيرة إلى أن», in 2017, pointing out that.)
      // (Nor a year: «منذ سنة 2011 مؤكدا في المقابل أن», since 2011, stressing that.)
      const counted = i > 0 && tokens[i - 1]!.kind === 'number' && !/^(1[89]|20)\d\d$/u.test(tokenText(i - 1)) && !(i + 1 < tokens.length && (COMPLEMENTISERS.has(keys[i + 1]!) || tokenText(i + 1) === ':' || ownPreposition(direct.verb, keys[i + 1]!) || linkerAt(i + 1) > 0));
      // (Nor «مطالبة» (required) after the subject of a nominal clause, whose predicate it is: «أن "الهيئة الوطنية للمحامين"
      // مطالبة بتعيين محامين» (that the bar is required to appoint lawyers), «جميع الأحزاب مطالبة بالارتقاء …».)
      if (direct.participle && direct.verb.lemma === 'طالب' && subjectOnlyBefore(i)) return undefined;
      // (Nor «طالب» (a student) after a pronoun, the predicate of «وهو طالب بمرحلة الدكتوراه» (and he is a doctoral student).)
      if (!direct.participle && direct.verb.lemma === 'طالب' && i > 0 && SUBJECT_PRONOUNS.test(keys[i - 1]!)) return undefined;
      // (Nor after an indefinite noun in the accusative, which it describes, when nothing it takes follows: «غير أن موقفا
      // لافتا حصل» (but a striking incident happened) — «لافتا» is also «pointing out».)
      // (Only the participles news copy also uses as adjectives: «لافت» (striking), «مفيد» (useful), «معترف به» (recognised).)
      if (direct.participle && ADJECTIVE_PARTICIPLES.test(k) && i > 0 && tokens[i - 1]!.kind === 'word' && /^[^وفبل].{2,}[^و]ا$/u.test(keys[i - 1]!) && !keys[i - 1]!.startsWith('ال') && cueAt(i - 1) === undefined && !takesContentSoon(i, direct.verb)) return undefined;
      // (Nor after a copula, whose predicate it is: «قد تكون مفيدة للصحة», may be useful for health — «مفيدة» is also
      // «stating»; also past a word of time: «من أن يكون اليوم متهما في قضية», that he is now accused in a case.)
      return (direct.participle && i > 0 && (keys[i - 1] === 'غير' || COPULAS.has(keys[i - 1]!) || (i > 1 && STATEMENT_TIMES.has(keys[i - 1]!) && COPULAS.has(keys[i - 2]!)) || PREPOSITIONS.has(keys[i - 1]!) || (tokens[i - 1]!.kind === 'number' && tokens[i - 1]!.end === t.start) || counted)) || (direct.verb.topic && !weightAfter(i, direct.verb)) ? undefined : { form: direct, prefixed: i > 0 && (keys[i - 1] === 'و' || keys[i - 1] === 'ف') };
    }
    // (From the view's array, not the key: most words end here, and their key strings are not read at all.)
    const c0 = firstChars[i]!;
    // «فردّ:» (and he replied:): a two-letter verb behind و/ف only before a colon (فرد is also «individual»).
    // (And an imperfect behind the «ل» of purpose: «ليؤكد أن», to stress that.)
    if (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0644) {
      // (Behind «ل» only before what it says: «لتؤكد عملا إرهابيا» (to confirm a terrorist act) is no speech.)
      // (Or before the verb's own preposition: «وليعبر عن استغرابه», and to express his surprise.)
      const f = prefixedFilter.mayHaveHash(hashes[i]!) ? prefixedForms.get(k) : undefined;
      const purpose = c0 === 0x0644 || ((c0 === 0x0648 || c0 === 0x0641) && k.charCodeAt(1) === 0x0644 && f !== undefined && !forms.has(k.slice(1)) && prefixedForms.get(k.slice(1)) === f);
      if (purpose && !(i + 1 < tokens.length && (COMPLEMENTISERS.has(keys[i + 1]!) || tokenText(i + 1) === ':' || opensQuotation(i + 1) || (f !== undefined && ownPreposition(f.verb, keys[i + 1]!))))) return undefined;
      // («… خلط بين الصهيونية واليهودية، وبين العدو …» (between … and between …): «وبين» after a «بين» of the same
      // clause is the preposition again, not «and he showed».)
      // (Unless what it says follows: «… بين الطرفين، وبين أن الحل قريب», and he showed that.)
      if (k === 'وبين' && betweenBefore(i) && !COMPLEMENTISERS.has(keys[i + 1] ?? '') && !(i + 1 < tokens.length && tokenText(i + 1) === ':')) return undefined;
      // (A feminine participle behind «و/ف» right after a word is mostly the verbal noun: «للتدخل العاجل ومتابعة حالات
      // الإصابة», and following up the cases — unless what it says follows; after a comma it is the participle: «…،
      // وداعية فرع الرابطة إلى …», and calling on the league's branch to.)
      const verbalNoun = f !== undefined && f.participle && /ه$/u.test(k) && i > 0 && tokens[i - 1]!.kind === 'word' && !(i + 1 < tokens.length && (COMPLEMENTISERS.has(keys[i + 1]!) || tokenText(i + 1) === ':' || ownPreposition(f.verb, keys[i + 1]!)));
      // (So is a perfect coordinated with a verbal noun and its definite complement: «ومحاسبة الجميع وكشف الحقيقة», and
      // holding everyone to account and uncovering the truth.)
      // (Not an imperfect or a perfect in «ت», «… والحيطة اللازمة وتدعو البحارة إلى …», nor before a subject or what it says:
      // «… وأكد الوزير الأول أن».)
      // (Nor a dual or a noun with its preposition after it, a subject: «… والشراكة الاقتصادية وأكد الجانبان على أهمية …»; and
      // what it says only up to the sentence's end.)
      const coordinated = f !== undefined && !f.participle && !/^[وف][يت]/u.test(k) && i > 1 && i + 2 < tokens.length && /^و.{3,}ه$/u.test(keys[i - 2]!) && /^ال/u.test(keys[i - 1]!) && /^ال/u.test(keys[i + 1]!) && !/ان$/u.test(keys[i + 1]!) &&
        !PREPOSITIONS.has(keys[i + 2]!) && !refsIn(tokens[i + 1]!.start, tokens[i + 1]!.end).length && !findIn(keys[i + 1]!, ROLE_HEADS) && !saysSoon(i);
      // «أن المرأة من حقها أن تدافع عن نفسها وتصرح بما يحدث لها» (that a woman has the right to defend herself and speak of
      // what happens to her), «ويريد أن يتسمد من بورقيبة وإرثه ويبين للناس أنه …»: an imperfect with «و» coordinated with «أن»
      // + an imperfect a few words before, in the clause, is that clause's second verb, not a speech verb of its own.
      const afterSubjunctive = f !== undefined && /^[وف][يت]/u.test(k) && subjunctiveBefore(i);
      const estimate = f !== undefined && f.verb.lemma === 'قدر' && !f.participle && estimatedAmountAfter(i);
      if (f && !(f.verb.lemma === STATED && keys[i + 1] !== 'في') && !verbalNoun && !coordinated && !drawingAttentionAt(i, f) && !afterSubjunctive && !estimate && (k.length > 3 || (k.length === 3 && i + 1 < tokens.length && (tokenText(i + 1) === ':' || byQuotingAt(i) >= 0 || (f.verb.lemma === 'رد' && repliedWithBi(i)) || (f.verb.lemma === URGED && (i === 0 || tokens[i - 1]!.kind === 'punct'))))) && !(f.verb.topic && !weightAfter(i, f.verb))) return { form: f, prefixed: true };
    }
    // «واعتبرها "تحديا صارخا للدولة"» (and considered it "a blatant challenge to the state"): a verb of stance with
    // an object pronoun, right before quotation marks, states a position in them.
    if (i + 1 < tokens.length && tokens[i + 1]!.kind === 'punct' && opensQuotation(i + 1) && !(i > 0 && MA_BEFORE_CUE.has(keys[i - 1]!))) {
      // (Direct forms returned above, so a leading و/ف here is the conjunction.)
      const bareVerb = /^[وف]/u.test(k) ? k.slice(1) : k;
      const f = formWithPronoun(bareVerb);
      // (Not «أبرز» (highlighted), whose form with a pronoun is mostly the superlative: «بالمعادن الفريدة، وأبرزها "الحديد"»,
      // the most prominent of them being "iron".)
      if (f && !f.participle && (f.verb.stance === true || f.verb.lemma === 'اعتبر') && f.verb.lemma !== 'أبرز') return { form: f, prefixed: bareVerb !== k };
    }
    // «ووصفته بـ "مرشح العولمة المتوحشة"» (and she described him as "the candidate of savage globalisation"),
    // «واتهمها بأنها "…"»: a verb of «بـ» with its object pronoun, then «بـ» or «بأن», then quotation marks.
    if (i + 2 < tokens.length && firstChars[i + 1] === BAA && (keys[i + 1] === 'ب' || BI_ANNA.test(keys[i + 1]!)) && opensQuotation(i + 2) && !(i > 0 && MA_BEFORE_CUE.has(keys[i - 1]!))) {
      // («وصف» itself starts with «و»: the conjunction is tried off and on.)
      const withoutConjunction = /^[وف]/u.test(k) ? formWithPronoun(k.slice(1)) : undefined;
      const f = withoutConjunction ?? formWithPronoun(k);
      if (f && !f.participle && f.verb.withBi === true) return { form: f, prefixed: withoutConjunction !== undefined };
    }
    // (Every word of MA_BEFORE_CUE ends in «ا»: the token arrays turn the rest away without reading the word.)
    if (i > 0 && endingLetter(endings[i - 1]!) === ALEF && MA_BEFORE_CUE.has(keys[i - 1]!)) {
      const f = formWithPronoun(k);
      // (Not «وهو ما أدانته منظمات» (which organisations condemned): what is condemned is no statement.)
      if (f && !f.verb.marked && !f.verb.topic) return { form: f, prefixed: false };
    }
    return undefined;
  };
  /** Whether a filler stands right before the cue at `i`: «وقد»، «بدوره», or «من جهته» (for his part). */
  const fillerBefore = (i: number): boolean => i > 0 && (PRE_CUE_FILLERS.has(keys[i - 1]!) || (i > 1 && (keys[i - 2] === 'من' || keys[i - 2] === 'ومن') && FOR_ONES_PART.has(keys[i - 1]!)));
  /**
   * The cue form of a verb with an object pronoun (keyed): «نفاه»، «أكدته»، «اعتبرها». («ما نفاه»، «ما دعاه»: a verb
   * ending in ى/ا writes it ا before the pronoun; «أكدته» is «أكدت» + «ه».)
   */
  const formWithPronoun = (k: string): CueForm | undefined => {
    const m = /^(.{3,}?)(ته|ه|ها|هم)$/u.exec(k);
    if (!m) return undefined;
    // («ته» is the feminine «ت» and the pronoun: «أكدته», she stressed it.)
    if (m[2] === 'ته') return forms.get(m[1]! + 'ت') ?? forms.get(m[1]!);
    return forms.get(m[1]!) ?? (m[1]!.endsWith('ا') ? forms.get(m[1]!.slice(0, -1) + 'ي') : undefined);
  };

  /**
   * A common noun in construct with a definite word (دعم البنوك، رفض الحكومة): a word real news also writes
   * with the article, that is no preposition, role, title, time, cue or name.
   */
  const nounInConstruct = (j: number): boolean =>
    j + 1 < tokens.length && tokens[j]!.kind === 'word' && tokens[j + 1]!.kind === 'word' && /^ال.{2,}/u.test(keys[j + 1]!) && constructHead(j);
  /**
   * Whether word `j` is a common noun — or a document's, «تصريحات» (statements) — in construct with a role and its
   * complement: «تصريحات وزير التربية» (the education minister's statements).
   */
  const nounOfRole = (j: number): boolean =>
    j + 2 < tokens.length && tokens[j]!.kind === 'word' && tokens[j + 1]!.kind === 'word' && roleHeadAt(j + 1) !== undefined && /^ال/u.test(keys[j + 2]!) && (constructHead(j) || (documentNoun(keys[j]!) !== undefined && !/^[وفبلك]/u.test(keys[j]!)));
  /**
   * Whether word `j` may head a construct of common nouns ({@link nounInConstruct}, {@link nounOfPossessed}): a word real news
   * also writes with the article, that is no preposition, role, title, time, cue or name.
   */
  const constructHead = (j: number): boolean => {
    const k = keys[j]!;
    if (k.length < 3 || /^[وفبلك]/u.test(k) || PREPOSITIONS.has(k) || STATEMENT_TIMES.has(k) || findIn(k, ROLE_HEADS) || findIn(k, HONORIFICS) || ORG_HEADS.has(k) || documentNoun(k) || cueAt(j) || refsIn(tokens[j]!.start, tokens[j]!.end).length) return false;
    return commonWithArticle(lexiconForm(tokenText(j)));
  };

  /**
   * Whether token `j` is a verbal noun of a derived form — انفعال (انطلاق، انفجار), افتعال (اختيار), إفعال (إطلاق، إلغاء), إفالة (إصابة),
   * تفعيل (تنظيم), تفاعل (توافد، تراجع), استفعال (استئناف) — in construct with the word after it, which is no preposition, time or mark.
   */
  const verbalNounInConstruct = (j: number): boolean => {
    if (j + 1 >= tokens.length || tokens[j]!.kind !== 'word' || tokens[j + 1]!.kind !== 'word') return false;
    const k = keys[j]!;
    if (!VERBAL_NOUN_FORMS.test(k) || NOT_VERBAL_NOUNS.has(k) || refsIn(tokens[j]!.start, tokens[j]!.end).length || cueAt(j)) return false;
    const next = keys[j + 1]!;
    return !PREPOSITIONS.has(next) && !COMPLEMENTISERS.has(next) && !STATEMENT_TIMES.has(next) && !verbLike(tokenText(j + 1));
  };

  /**
   * Whether the name `r` closes its clause: a comma, a stop, a complementiser (فإن، أن), a role or the sentence's end right after it —
   * «وفق ما أفاد به الممرض …، عبد الله بن سالم.», not «وحسب الطبيب المعالج، سامي الطرابلسي توفي …», where the name is
   * the subject of what was said.
   */
  const closedApposition = (r: Ref, sEnd: number): boolean => {
    const j = tokenAt(r.end);
    if (j >= tokens.length || tokens[j]!.start >= sEnd) return true;
    const k = tokenText(j);
    // (Or the person's own role right after the name: «الجوهرة أف أم، إبراهيم الحجري كاتب عام نقابة عمال المحطة».)
    // (Or the one told: «وفق ما أكده المكلف بالاعلام …، الرائد شاكر الدين البعزواي لمراسل "الجوهرة أف أم"».)
    return k === '،' || k === ',' || k === '.' || COMPLEMENTISERS.has(keys[j]!.replace(/^ف/u, '')) || roleHeadAt(j) !== undefined || toCorrespondentOrOutlet(keys[j]!);
  };

  /**
   * Whether the words from `from` to the sentence's end `sEnd` only go on describing a source the sentence ends with,
   * so that the content is the sentence before the source: the source's adjectives («مصدر أمني»، «مصادر مطلعة», a
   * security source, informed sources), then the one told and where («لمراسل الجوهرة أف أم في الجهة», to Jawhara FM's
   * correspondent in the region; «لـ"جوهرة أف أم"»; «، مراسل الجوهرة أف أم» with the «ل» left out), the outlet of a
   * correspondent who is the source («مراسلة "الجوهرة أف أم" بالجهة»), a document's issue («صادر اليوم الخميس») and when
   * («، مساء الجمعة»). Not past another comma, a verb or a complementiser, nor past anything but where, when and a name
   * after the one told: «وفق مصدر أمني، فإن …», «تم حسب مصدر أمني إيقاف …» and «… لمراسل الجوهرة أف أم حجز كمية …» go
   * on with the content.
   */
  const sourceTail = (from: number, sEnd: number): boolean => {
    let told = false;
    let words = 0;
    for (let j = tokenAt(from); j < tokens.length && tokens[j]!.start < sEnd; j++) {
      const k = keys[j]!;
      const word = tokenText(j);
      if (tokens[j]!.kind === 'punct') {
        if (QUOTE_MARKS.has(word) || TERMINAL.has(word)) continue;
        // (A comma before the correspondent told, or before when: «…، مساء الجمعة».)
        if ((word === '،' || word === ',') && j + 1 < tokens.length && ((!told && CORRESPONDENTS.has(keys[j + 1]!)) || STATEMENT_TIMES.has(keys[j + 1]!))) continue;
        return false;
      }
      // The outlet of a correspondent who is the source: «وفق ما أكدته مراسلة "الجوهرة أف أم" بالجهة».
      const outletOf = refsIn(tokens[j]!.start, tokens[j]!.end).find((x) => x.entity.type === 'ORG' && x.start === tokens[j]!.start);
      if (outletOf && !told) {
        const before = wordBeforeMarks(j);
        if (before >= 0 && CORRESPONDENTS.has(keys[before]!)) {
          told = true;
          j = pastClosingMarks(tokenAt(outletOf.end)) - 1;
          continue;
        }
      }
      // A document's issue: «وفق بلاغ لوزارة العدل صادر اليوم الخميس» (issued today, Thursday).
      if (ISSUED.test('ال' + k.replace(/^ال/u, '')) && !told) continue;
      if (tokens[j]!.kind !== 'word' && tokens[j]!.kind !== 'latin') return false;
      if (COMPLEMENTISERS.has(k.replace(/^ف/u, '')) || cueAt(j) !== undefined || (tokens[j]!.kind === 'word' && verbLike(word))) return false;
      // Where the source is or was told: «بالجهة», «في الجهة», «في قفصة» (a place), and when.
      if (SOURCE_PLACES.has(k) || STATEMENT_TIMES.has(k)) continue;
      if (k === 'في' && j + 1 < tokens.length && (SOURCE_PLACES.has('ب' + (keys[j + 1] ?? '')) || refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end).some((x) => x.entity.type === 'LOC'))) {
        j = pastClosingMarks(tokenAt(refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end).find((x) => x.entity.type === 'LOC')?.end ?? tokens[j + 1]!.end)) - 1;
        continue;
      }
      // After the one told, only where, when and the correspondent's name («لمراسلة الجوهرة اف ام بنابل روضة العلاقي»):
      // «… لمراسل الجوهرة أف أم حجز كمية …» goes on with the content.
      if (told) {
        const place = refsIn(tokens[j]!.start, tokens[j]!.end).find((x) => (x.entity.type === 'LOC' && /^[بو]?ب?$/u.test(text.slice(tokens[j]!.start, x.start))) || (x.entity.type === 'PER' && x.start === tokens[j]!.start));
        if (!place) return false;
        j = pastClosingMarks(tokenAt(place.end)) - 1;
        continue;
      }
      // The one told: a correspondent or an outlet behind «ل» with its name (see pastTold), or the correspondent alone.
      const toldEnd = pastTold(j, sEnd);
      if (toldEnd > j || CORRESPONDENTS.has(k)) {
        told = true;
        // («، مراسل الجوهرة أف أم»: the outlet named after the correspondent.)
        const outlet = j + 1 < tokens.length ? refsIn(tokens[j + 1]!.start, tokens[Math.min(j + 2, tokens.length - 1)]!.end).find((x) => x.entity.type === 'ORG') : undefined;
        if (outlet) j = pastClosingMarks(tokenAt(outlet.end)) - 1;
        else if (toldEnd > j) j = toldEnd - 1;
        // (A station the tagger did not find, up to its «اف ام»: «لمراسل جوهرة أف أم بالجهة», «جوهرة "اف "ام».)
        let station = '';
        for (let m = j + 1; !outlet && m < tokens.length && m <= j + 6 && tokens[m]!.start < sEnd; m++) {
          if (tokens[m]!.kind === 'word' || tokens[m]!.kind === 'latin') station += (station ? ' ' : '') + keys[m];
          if (MEDIA_NAMES_TOLD.test(station)) {
            j = pastClosingMarks(m + 1) - 1;
            break;
          }
        }
        continue;
      }
      // (A nisba as written, in «ي» or «ية» — not «على»، «مستشفى» in «ى», nor «الذي».)
      const nisba = /^[^وفبل]\S+(ي|ية)$/u.test(word.replace(HARAKAT_AND_TATWEEL, '')) && !RELATIVE_PRONOUN.test(k) && !PREPOSITIONS.has(k);
      if (!(SOURCE_ADJECTIVES.has(k) || nisba) || ++words > 3) return false;
    }
    return true;
  };

  /**
   * The token after the one told that starts at `j` — an outlet or a correspondent behind «ل» with the name after it
   * («لـ"الجوهرة أف أم"»، «لمراسل الجوهرة أف أم»، «لوكالة تونس إفريقيا للأنباء»), the press («للصحفيين»، «لوسائل
   * الإعلام») — past its closing marks; `j` itself when none starts there.
   */
  const pastTold = (j: number, sEnd: number): number => {
    if (j >= tokens.length || tokens[j]!.start >= sEnd || tokens[j]!.kind !== 'word') return j;
    const k = keys[j]!;
    if (PRESS_TOLD.has(k)) return j + 1;
    if (k === 'لوسائل' && keys[j + 1] === 'الاعلام') return j + 2;
    if (!k.startsWith('ل')) return j;
    // The body told: behind the «ل» of this token (or its «لل»: «للجوهرة اف ام»), or right after a bare «لـ» and its
    // opening mark.
    const reach = tokens[Math.min(j + (k === 'ل' ? 2 : toCorrespondentOrOutlet(k) ? 4 : 0), tokens.length - 1)]!.end;
    const told = refsIn(tokens[j]!.start, Math.min(sEnd, reach)).find((x) => x.entity.type === 'ORG' && (tokenAt(x.start) === j || /^[\s"“”«»]*$/u.test(text.slice(tokens[j]!.end, x.start)) || toCorrespondentOrOutlet(k)));
    if (told) return pastClosingMarks(tokenAt(told.end));
    return toCorrespondentOrOutlet(k) ? j + 1 : j;
  };

  /**
   * Whether the comma at `j` after the sentence's first words (from token `lead`) is a clause's, not that of a dateline
   * («سوسة، …», a place) or a fronted phrase («ووفقا للبيانات الأولية، …»، «من جانبها، …»): the words before it hold a verb, or
   * neither a place nor a preposition first — «قرر رئيس الحكومة، يوسف الشاهد، إجراء …» opens with its verb, «الموقوف، البالغ
   * من العمر 30 عاما، …» with its subject.
   */
  const clauseComma = (lead: number, j: number): boolean =>
    tokens.slice(lead, j).some((x) => x.kind === 'word' && verbLike(text.slice(x.start, x.end))) ||
    !(refsIn(tokens[lead]!.start, tokens[j]!.start).some((r) => r.entity.type === 'LOC') || FRONTED_OPENERS.test(keys[lead] ?? ''));

  /**
   * Whether token `j` is a common noun that can open a stated content: a word real news also writes with the article
   * (or writes so itself), no verb, preposition, complementiser, time word, cue or name.
   */
  const commonNoun = (j: number): boolean => {
    if (j >= tokens.length || tokens[j]!.kind !== 'word') return false;
    const k = keys[j]!;
    const word = tokenText(j);
    if (k.length < 3 || PREPOSITIONS.has(k) || COMPLEMENTISERS.has(k) || NOT_CONTENT_STARTS.has(k) || STATEMENT_TIMES.has(k) || PRE_CUE_FILLERS.has(k) || RELATIVE_PRONOUN.test(k) || cueAt(j) || verbLike(word)) return false;
    if (refsIn(tokens[j]!.start, tokens[j]!.end).length || findIn(k, ROLE_HEADS) || findIn(k, HONORIFICS)) return false;
    return k.startsWith('ال') || commonWithArticle(lexiconForm(word));
  };

  /** The first token at or after `m` that is no closing mark or bracket («رويترز" عن …»). */
  const pastClosingMarks = (m: number): number => {
    while (m < tokens.length && tokens[m]!.kind === 'punct' && /^[)"»”]$/u.test(tokenText(m))) m++;
    return m;
  };

  /**
   * A common noun in construct with a noun and its pronoun (قرار بلاده، موقف حكومته, his country's decision): the same
   * first word as {@link nounInConstruct}, then a word with a possessive pronoun (no preposition under it: «عنه»).
   */
  const nounOfPossessed = (j: number): boolean => {
    if (j + 1 >= tokens.length || tokens[j]!.kind !== 'word' || tokens[j + 1]!.kind !== 'word') return false;
    const next = keys[j + 1]!;
    return possessed(next, tokenText(j + 1)) && !PREPOSITIONS.has(next.replace(/(ه|ها|هم|هما)$/u, '')) && constructHead(j);
  };

  /**
   * An indefinite common noun in the accusative (تطورا، تراجعا، إقبالا): a word in «ا» of four letters or more that real
   * news also writes with the article in its plain form, and that is no name, role, time or cue.
   */
  const accusativeNoun = (j: number): boolean => {
    if (j >= tokens.length || tokens[j]!.kind !== 'word') return false;
    const k = keys[j]!;
    if (k.length < 4 || !k.endsWith('ا') || /^[وفبلك]/u.test(k) || STATEMENT_TIMES.has(k) || findIn(k, ROLE_HEADS) || cueAt(j) || refsIn(tokens[j]!.start, tokens[j]!.end).length) return false;
    return commonWithArticle(lexiconForm(tokenText(j)).slice(0, -1));
  };

  /**
   * «البيانات الواردة بالتقرير»، «المعطيات المضمنة بالتقرير نفسه» (the data in the report): a data noun with
   * a document noun within the next three words speaks for the one who issued the document.
   */
  const dataOfDocument = (j: number): boolean => {
    if (j >= tokens.length || !/^ال/u.test(keys[j]!) || !DATA_NOUNS.has(bare(keys[j]!))) return false;
    for (let m = j + 1; m <= j + 3 && m < tokens.length && tokens[m]!.kind === 'word'; m++) if (documentNoun(keys[m]!) !== undefined) return true;
    return false;
  };

  /** The token after up to `max` words of a statement's time from token `k` («اليوم الجمعة», «مساء أمس»), `k` when there is none. */
  const pastStatementTimes = (k: number, max: number): number => {
    let m = k;
    while (m < k + max && STATEMENT_TIMES.has(keys[m] ?? '')) m++;
    return m;
  };
  /**
   * «في بيانه»، «في بيان له» (in its statement) at token `j`, between a verb of stance and its object: the
   * number of words it takes (2 or 3), else 0.
   */
  const inOwnDocument = (j: number): number => {
    if (keys[j] !== 'في' || !documentNoun(withoutPronoun(keys[j + 1] ?? ''))) return 0;
    // (Or with the verb that issued it: «في بيان أصدره أمس», in a statement it issued yesterday.)
    const n = keys[j + 2] === 'له' || keys[j + 2] === 'لها' || ISSUED_IT.test(keys[j + 2] ?? '') ? 3 : 2;
    // (And the document's day after it: «وأكّدت النقابة في بلاغ لها اليوم الجمعة انخراطها التام …».)
    return pastStatementTimes(j + n, 2) - j;
  };
  /**
   * The token after «في اتصال (هاتفي) مع X» (in a phone call with X) at token `j`, X a body or a person named (its closing marks
   * too), or 0.
   */
  const pastCallWith = (j: number, sEnd: number): number => {
    if (j + 3 >= tokens.length || keys[j] !== 'في' || !/^(اتصال|مكالمه)$/u.test(keys[j + 1]!)) return 0;
    let m = j + 2;
    if (/^هاتفي(ه)?$/u.test(keys[m]!)) m++;
    if (m + 1 >= tokens.length || keys[m] !== 'مع') return 0;
    m++;
    while (m < tokens.length && tokens[m]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(m))) m++;
    const named = m < tokens.length ? refsIn(tokens[m]!.start, tokens[m]!.end).find((r) => r.start === tokens[m]!.start && (r.entity.type === 'ORG' || r.entity.type === 'PER')) : undefined;
    if (!named) return 0;
    const next = pastClosingMarks(tokenAt(named.end));
    return next < tokens.length && tokens[next]!.start < sEnd ? next : 0;
  };
  /**
   * The occasion of a statement between a verb of stance's subject and its noun object, set off by a comma:
   * «في كلمة ألقاها خلال إشرافه على افتتاح المؤتمر،» (in a speech he gave while opening the conference),
   * «في تصريح لوسائل الإعلام بالمناسبة،», «، على الفيسبوك،»; one or two of them. The token after the last
   * comma when it opens a noun object (a word, not a preposition, a complementiser, a cue or a name), else 0 (a denial's «ما», what, opens one too when `denial`).
   */
  const occasionBefore = (j: number, sEnd: number, denial = false): number => {
    let after = 0;
    for (let phrases = 0; phrases < 2; phrases++) {
      if (j < tokens.length && tokenText(j) === '،') j++;
      const next = afterOccasion(j, sEnd);
      if (!next) break;
      after = j = next;
    }
    if (!after) return 0;
    const k = keys[after]!;
    // («أي» (any) opens a denied object: «نفى …، في تصريح إعلامي، أي نية للتراجع», denied any intention to back down.)
    const opensObject = tokens[after]!.kind === 'word' && (k.length >= 3 || k === 'اي' || (k === 'ما' && denial)) && !PREPOSITIONS.has(k) && !COMPLEMENTISERS.has(k) && (!NOT_CONTENT_STARTS.has(k) || (k === 'ما' && denial)) && !PRE_CUE_FILLERS.has(k) && !STATEMENT_TIMES.has(k) && !PRONOUN_OBJECTS.test(k) && !RELATIVE_PRONOUN.test(k) && !cueAt(after) && !refsIn(tokens[after]!.start, tokens[after]!.end).length;
    return opensObject ? after : 0;
  };
  /**
   * «وأكد X في تصريح للجوهرة أف أم ضرورة تجنب …» (X stressed in a statement to Jawhara FM the need to avoid …): an occasion
   * at token `j` that no comma closes, then a noun of a stated finding or need ({@link STATED_OBJECTS}) — the token of that
   * noun, where the object starts, else 0. (Not past punctuation but quotation marks, a complementiser, a cue, a person or a
   * role.) Right after an occasion noun with its pronoun («في كلمته»), a verbal noun in construct or a noun with its pronoun
   * opens the object too.
   */
  const statedObjectPastOccasion = (j: number, sEnd: number): number => {
    if (j + 2 >= tokens.length || keys[j] === 'علي' || !OCCASION_OPENERS.has(keys[j]!)) return 0;
    const nounFirst = occasionNounAt(j + 1, STANCE_OCCASION_NOUNS);
    if (!nounFirst && !occasionNounAt(j + 2, STANCE_OCCASION_NOUNS)) return 0;
    // («في كلمته» (in his speech) and right after it a verbal noun in construct or a noun with its pronoun: «أكد X في كلمته
    // التزام الجامعة بمكافحة الإرهاب», stressed in his speech the League's commitment to fighting terrorism.)
    const own = j + 2;
    if (/[^\u0629](ه|ها|هم)$/u.test(tokenText(j + 1)) && withoutPronoun(keys[j + 1]!) !== keys[j + 1] && nounFirst && own < tokens.length && tokens[own]!.start < sEnd && tokens[own]!.kind === 'word' && !cueAt(own) && (verbalNounInConstruct(own) || possessed(keys[own]!, tokenText(own)))) return own;
    for (let m = j + 2; m < tokens.length && m <= j + 14 && tokens[m]!.start < sEnd; m++) {
      if (tokens[m]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(m))) continue;
      if (tokens[m]!.kind !== 'word' || COMPLEMENTISERS.has(keys[m]!) || cueAt(m)) return 0;
      if (STATED_OBJECTS.has(keys[m]!)) return m;
      // (Nor past a person or a role, a subject after the occasion: «وأكد في تصريح إعلامي وزير الصحة ضرورة …».)
      // (A role behind «ل» is the one told: «في تصريح لمراسل "الجوهرة أف أم" وجود …», to Jawhara FM's correspondent.)
      if ((roleHeadAt(m) !== undefined && !keys[m]!.startsWith('ل')) || refsIn(tokens[m]!.start, tokens[m]!.end).some((r) => r.entity.type === 'PER')) return 0;
    }
    return 0;
  };
  /** Whether token `n` is one of `nouns` of an occasion, through proclitics, the article and a possessive pronoun («كلمته»). */
  const occasionNounAt = (n: number, nouns: ReadonlySet<string>): boolean => findIn(keys[n]!, nouns) !== undefined || findIn(withoutPronoun(keys[n]!), nouns) !== undefined;
  /** The token after the comma that closes an occasion phrase at token `j` (see {@link occasionBefore}), else 0. */
  const afterOccasion = (j: number, sEnd: number): number => {
    // (Or the day of the statement: «أكد البريد التونسي، الجمعة، سعيه لفتح …», the Tunisian Post stated on Friday its effort to ….)
    if (j < tokens.length && STATEMENT_TIMES.has(keys[j]!)) {
      const m = pastStatementTimes(j, 3);
      return m + 1 < tokens.length && tokenText(m) === '،' && tokens[m + 1]!.start < sEnd ? m + 1 : 0;
    }
    if (j >= tokens.length || !OCCASION_OPENERS.has(keys[j]!)) return 0;
    // («على» only before a platform or «هامش»: see ON_OCCASION_NOUNS.)
    const nouns = keys[j] === 'علي' ? ON_OCCASION_NOUNS : OCCASION_NOUNS;
    let occasion = false;
    // (Up to twenty words: «خلال ندوة صحفية عُقدت صباح اليوم الجمعة بمقرّ وزارة الداخلية في إطار الموعد الإعلامي الشهري،».)
    for (let m = j + 1; m < tokens.length && m <= j + 20 && tokens[m]!.start < sEnd; m++) {
      // (Quotation marks around the outlet or programme named in it stay inside: «في تصريح لـ"الجوهرة أف أم"،».)
      if (tokens[m]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(m))) continue;
      if (tokens[m]!.kind === 'punct') return tokenText(m) === '،' && occasion && m + 1 < tokens.length && tokens[m + 1]!.start < sEnd ? m + 1 : 0;
      if (COMPLEMENTISERS.has(keys[m]!) || cueAt(m)) return 0;
      // (The occasion's noun opens the phrase, at most one word after the preposition: «في كلمة»، «على هامش»، «في
      // تصريح إعلامي»، «خلال لقاء جمعه»; not «على ضرورة تفعيل محضر الجلسة،», a noun deep inside the content.)
      if (m <= j + 2 && occasionNounAt(m, nouns)) occasion = true;
    }
    return 0;
  };
  /** Whether the marks of `r` hold exactly a person's or a body's name: «"حركة النهضة"», «"أنا يقظ"». */
  const markedName = (r: Region): boolean => {
    const inner = text.slice(r.open + 1, r.close).trim();
    return refsIn(r.open, r.close + 1).some((x) => (x.entity.type === 'PER' || x.entity.type === 'ORG') && text.slice(x.start, x.end) === inner);
  };
  /** Whether the marks of `r` close their clause: punctuation or the sentence's end (`sEnd`) right after them. */
  const closesClause = (r: Region, sEnd: number): boolean => r.close + 1 >= sEnd || /^\s*([.،,؛:!؟?]|$)/u.test(text.slice(r.close + 1, r.close + 4));
  /** True when token `j` (or the one after a colon there) is a quotation mark: the cue before it opens a quotation. */
  const opensQuotation = (j: number): boolean => {
    if (j < tokens.length && tokenText(j) === ':') j++;
    if (j >= tokens.length) return false;
    const ch = text[tokens[j]!.start]!;
    return tokens[j]!.kind === 'punct' && (SYMMETRIC.has(ch) || ch === '«');
  };
  /**
   * Whether the speech verb at token `verb`, standing after a quotation as its tag («"…"، قال X»), has
   * content of its own: a complementiser or a colon in its clause (then it opens another quote). The clause
   * ends at a comma before a participle cue or a relative pronoun: «"…"، قالت …، مضيفة أن …» (…, she said,
   * adding that …), «"…"، قال X، الذي أضاف أن …» — there the complementiser is the second cue's.
   */
  const tagHasContent = (verb: number): boolean => {
    const end = sentenceEnd(tokens[verb]!.end);
    for (let m = verb + 1; m < tokens.length && tokens[m]!.start < end; m++) {
      if ((tokenText(m) === '،' || tokenText(m) === ',') && (cueAt(m + 1)?.form.participle || RELATIVE_PRONOUN.test(keys[m + 1] ?? ''))) return false;
      if (COMPLEMENTISERS.has(keys[m]!) || tokenText(m) === ':') return true;
    }
    return false;
  };
  /** A complementiser within four words from token `j` (مشيرا إلى أن، وأكد أنه): the cue has content of its own (not «ونقل» transport). */
  const complementiserNear = (j: number): boolean => {
    for (let k = j; k < Math.min(j + 4, tokens.length) && tokens[k]!.kind === 'word'; k++) if (COMPLEMENTISERS.has(keys[k]!)) return true;
    return false;
  };
  // Quotation-mark regions, paired per paragraph.
  const regions: Region[] = [];
  for (const p of paragraphs) pairMarks(text, p, regions);
  regions.sort((a, b) => a.open - b.open);
  // Unclosed quotes end at the paragraph end, or before a later sentence that opens with a cue.
  const extra: Region[] = [];
  /**
   * The cue before the quotation mark at token `m` («، وتابع "»، «وتابعت ايمان "»): a finite cue, past a
   * colon and, after a cue with و/ف, one word (the speaker's name); -1 when there is none.
   */
  const cueBeforeMark = (m: number): number => {
    const finite = (c: number): boolean => {
      const cue = cueAt(c);
      return cue !== undefined && !cue.form.participle;
    };
    let c = m - 1;
    const colon = c >= 0 && tokenText(c) === ':';
    if (colon) c--;
    // (Also «و قال المجدوب "» with the conjunction written apart.)
    if (c > 0 && tokens[c]!.kind === 'word' && !cueAt(c) && (/^[وف]/u.test(keys[c - 1]!) || keys[c - 2] === 'و') && finite(c - 1)) c--;
    if (c >= 0 && finite(c)) return c;
    // (Or, past a colon, a cue with «و/ف» in the same sentence with a person or body named right after it, the rest its
    // description: «وقال ماهر نصار، المسؤول بالأمم المتحدة: "…"», and Maher Nassar, the UN official, said.)
    if (colon) {
      for (let k = c - 1; k > 0 && k >= c - 12 && !isTerminal(k); k--) {
        if (!finite(k) || !/^[وف]/u.test(keys[k]!) || k + 1 >= tokens.length) continue;
        const after = tokens[k + 1]!.start;
        return refs.some((r) => r.start === after && !r.role && (r.entity.type === 'PER' || r.entity.type === 'ORG')) ? k : -1;
      }
    }
    return -1;
  };
  /** Whether the cue at token `c` opens its clause with «و/ف», glued or written apart. */
  const conjoinedCue = (c: number): boolean => /^[وف]/u.test(keys[c]!) || (c > 0 && (keys[c - 1] === 'و' || keys[c - 1] === 'ف'));
  // «" أردت أن … المهندسة... وتابعت ايمان "اكتشفت … نساء" قالتلهم أسكتو"»: a pair that holds a cue with و
  // and a mark after it was paired across two quotations; it ends before that cue.
  for (const r of regions) {
    if (!r.closed) continue;
    for (let m = tokenAt(r.open + 1) + 1; m < tokens.length && tokens[m]!.start < r.close; m++) {
      const ch = text[tokens[m]!.start]!;
      if (tokens[m]!.kind !== 'punct' || !(SYMMETRIC.has(ch) || ch === '«') || !/\p{L}/u.test(text[tokens[m]!.end] ?? '')) continue;
      const c = cueBeforeMark(m);
      if (c < 0 || !conjoinedCue(c) || tokens[c]!.start <= r.open + 1) continue;
      if (!regions.some((x) => x.open === tokens[m]!.start)) extra.push({ open: tokens[m]!.start, close: r.close, closed: true, used: false });
      r.close = tokens[c]!.start;
      r.closed = false;
      r.split = true;
      break;
    }
  }
  for (const r of regions) {
    if (r.closed || r.split) continue;
    const p = paragraphOf(r.open);
    let end = sentenceEnd(r.open + 1);
    while (end < p.end) {
      let j = tokenAt(end);
      while (j < tokens.length && tokens[j]!.kind === 'punct' && tokens[j]!.start < p.end) j++;
      if (j >= tokens.length || tokens[j]!.start >= p.end) {
        end = p.end;
        break;
      }
      let cueNear = false;
      for (let k = j; k < Math.min(j + 3, tokens.length); k++) if (cueAt(k) && !cueAt(k)!.form.participle) cueNear = true;
      // (Or «كان» + a subject, then the verb: «وكان وزير التجهيز والإسكان … محمد صالح العرفاوي قد أعلن في تصريح سابق، ان …»,
      // the minister had announced — the writer's own sentence again, after a law quoted without its closing mark.)
      if (!cueNear && AUXILIARY.test(keys[j] ?? '')) {
        for (let k = j + 2; k < Math.min(j + 16, tokens.length) && tokens[k]!.kind === 'word' && !cueNear; k++) cueNear = keys[k - 1] === 'قد' && cueAt(k) !== undefined && !cueAt(k)!.form.participle;
      }
      // (Or a phrase fronted before the verb, «أما» (as for) too: «وعن أولوياته التي سيعمل على تحقيقها …، أبرز عادل الشليوي …، أن …»
      // (as for his priorities …, Adel Chlioui highlighted that) — the verb right after the phrase's comma.)
      if (!cueNear && (FRONTED.test(keys[j] ?? '') || keys[j] === 'اما' || keys[j] === 'واما')) {
        const stop = sentenceEnd(tokens[j]!.start);
        let k = j + 1;
        while (k < tokens.length && tokens[k]!.start < stop && k < j + 30 && tokenText(k) !== '،' && tokenText(k) !== ',') k++;
        cueNear = k + 1 < tokens.length && tokens[k + 1]!.start < stop && (tokenText(k) === '،' || tokenText(k) === ',') && cueAt(k + 1) !== undefined && !cueAt(k + 1)!.form.participle;
      }
      if (cueNear) break;
      end = sentenceEnd(tokens[j]!.start);
    }
    // «"… في جلسة لاحقة، مشيرا إلى أن …»: an unclosed quote ends before a comma that a speech verb follows
    // (a participle or one with و/ف) with a complementiser: the reporter speaks again there, so the writer
    // left the closing mark out.
    for (let m = tokenAt(r.open + 1) + 1; m + 1 < tokens.length && tokens[m]!.start < end; m++) {
      // (Or before a participle of speech right before its complementiser, with no comma: «" مالمانع من ممارسة السياسة …
      // و لا علاقة له بالتشغيل والتنمية مؤكدا أن السياسة …» — stressing that, the reporter's circumstantial about the speaker.)
      if (m > tokenAt(r.open + 1) + 2 && tokens[m - 1]!.kind === 'word' && COMPLEMENTISERS.has(keys[m + 1]!) && cueAt(m)?.form.participle) {
        end = tokens[m]!.start;
        break;
      }
      if (tokenText(m) !== '،' && tokenText(m) !== ',') continue;
      const c = cueAt(m + 1);
      if (c && (c.form.participle || c.prefixed || /^[وف]/u.test(keys[m + 1]!)) && !opensQuotation(m + 2) && complementiserNear(m + 2)) {
        end = tokens[m]!.start;
        break;
      }
      // «“نحن لن نعود إلى العمل …، قال خوان بابلو سيبولفيدا، رئيس النقابة» (“We will not go back to work …,
      // said Juan Pablo Sepulveda): a bare finite verb after a comma, with a named subject and no content of
      // its own, is the speech tag of the quote the writer left unclosed (translated copy).
      // (Whether a subject is named is known only once mentions are read: checked with the quotations no cue claimed.)
      if (c && !c.form.participle && !c.prefixed && !/^[وف]/u.test(keys[m + 1]!) && !opensQuotation(m + 2) && !tagHasContent(m + 1) && r.tagComma === undefined) r.tagComma = m;
    }
    // «"من السخف …، وتابع "كل امرأة …»: an unclosed quote ends where a cue opens the next quotation.
    for (let m = tokenAt(r.open + 1) + 1; m < tokens.length && tokens[m]!.start < end; m++) {
      const ch = text[tokens[m]!.start]!;
      if (tokens[m]!.kind !== 'punct' || !(SYMMETRIC.has(ch) || ch === '«')) continue;
      const c = cueBeforeMark(m);
      if (c >= 0 && tokens[c]!.start > r.open + 1) {
        end = tokens[c]!.start;
        // The mark after the cue opens a quotation of its own (its end is found like this one's).
        extra.push({ open: tokens[m]!.start, close: p.end, closed: false, used: false });
        break;
      }
    }
    // «مضيفا "أنّ الأسس … حسب تعبيره. و قال المجدوب "هناك من يريد …» (adding "that the foundations … in his words. And
    // Mejdoub said "there are those who …): the mark the pairing left, right after the next sentence's cue and speaker,
    // opens a quotation of its own — both left unclosed.
    if (end < p.end) {
      const next = sentenceEnd(end + 1);
      for (let m = tokenAt(end); m < tokens.length && tokens[m]!.start < Math.min(next, p.end); m++) {
        const ch = text[tokens[m]!.start]!;
        if (tokens[m]!.kind !== 'punct' || !SYMMETRIC.has(ch) || !/\p{L}/u.test(text[tokens[m]!.end] ?? '')) continue;
        const c = cueBeforeMark(m);
        if (c >= 0 && conjoinedCue(c) && tokens[c]!.start >= end && !regions.some((x) => x.open === tokens[m]!.start) && !extra.some((x) => x.open === tokens[m]!.start)) extra.push({ open: tokens[m]!.start, close: p.end, closed: false, used: false });
        break;
      }
    }
    r.close = end;
  }
  if (extra.length) {
    for (const r of extra) {
      if (r.closed) {
        regions.push(r);
        continue;
      }
      const p = paragraphOf(r.open);
      r.close = Math.min(p.end, sentenceEnd(r.open + 1));
      regions.push(r);
    }
    regions.sort((a, b) => a.open - b.open);
  }
  const outer: Region[] = [];
  for (const r of regions) if (!outer.length || r.open >= outer.at(-1)!.close) outer.push(r);
  /** Index of the first outer region that opens at or after `pos` (`outer.length` if none). */
  const firstRegionAt = (pos: number): number => {
    let lo = 0;
    let hi = outer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outer[mid]!.open < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** True when only white space lies in [from, to), stopping at the first other character. */
  const isBlankBetween = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (!/\s/u.test(text[i]!)) return false;
    return true;
  };
  /**
   * A closed pair of marks in its sentence right after «عنوان» (a title), «شعار» (a motto) or «حول» (about):
   * «ندوة دولية حول "السجون التونسية الواقع والآفاق"» (an international seminar on "Tunisian prisons …"),
   * «لقاء تحت عنوان "…"», the title of an event, however long.
   */
  const titleRegion = (r: Region): boolean => {
    if (!r.closed) return false;
    // The word before the mark first (cheap), then the inside: no sentence ends in a title.
    const j = tokenAt(r.open) - 1;
    if (j < 0 || tokens[j]!.kind !== 'word' || !TITLE_INTRODUCERS.has(keys[j]!.replace(/^[وفبل](?=.{3})/u, ''))) return false;
    return !/[.!?؟]/u.test(text.slice(r.open + 1, r.close).replace(/[.!?؟…]+\s*$/u, ''));
  };
  /** A closed pair of marks, at most 40 characters apart, around at most two words. */
  const shortPair = (r: Region): boolean =>
    r.closed && r.close - r.open <= 40 && text.slice(r.open + 1, r.close).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 2;
  /**
   * A closed pair of marks around one or two words that the sentence goes on after, without a stop
   * («مصطلح "الجندر" عوضا عن …», the term "gender" instead of …; «أن "الجندر" مفهوم جديد»): a term or a
   * name mentioned, not a quotation — it neither makes the clause around it mixed nor is the content itself.
   */
  const mentionPair = (r: Region): boolean => {
    if (!shortPair(r)) return false;
    const m = /^\s*(\S)/u.exec(text.slice(r.close + 1, r.close + 6));
    return m !== null && /[\p{L}،,]/u.test(m[1]!);
  };
  /**
   * A pair of marks around one or two words that a naming noun introduces or that an entity fills
   * («مصطلح "الجندر"»، «برنامج "ملا نهار"»، «بمطار "هيثرو"»): the marks set off a name, not the speaker's
   * words, so they do not make the clause mixed (unlike «الاستقالة "زلزال حقيقي"», an evaluation in marks).
   */
  const namedTerm = (r: Region): boolean => {
    if (r.title) return true;
    if (!shortPair(r)) return false;
    const inner = text.slice(r.open + 1, r.close).trim();
    if (refsIn(r.open, r.close + 1).some((x) => text.slice(x.start, x.end) === inner)) return true;
    const j = tokenAt(r.open) - 1;
    return j >= 0 && tokens[j]!.kind === 'word' && (NAMING_NOUNS.has(keys[j]!.replace(/^[وفبلك](?=.{4})/u, '').replace(/^ل(?=ل)/u, '')) || ORG_HEADS.has(bare(keys[j]!.replace(/^[وفبل](?=.{3})/u, ''))));
  };
  // A title is no one's words, however long: no cue claims it and no quote is made of it.
  for (const r of outer) {
    r.title = titleRegion(r);
    if (r.title) r.used = true;
  }
  const regionByOpen = new Map<number, Region>();
  for (const r of outer) regionByOpen.set(r.open, r);
  const regionByClose = new Map<number, Region>();
  for (const r of outer) if (r.closed) regionByClose.set(r.close + 1, r);
  /** The closed quotation whose closing mark ends at `pos`. */
  const regionEndingAt = (pos: number): Region | undefined => regionByClose.get(pos);
  const regionAt = (pos: number): Region | undefined => {
    // Regions are sorted and disjoint: binary search for the last one opening before pos.
    let lo = 0;
    let hi = outer.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outer[mid]!.open < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const r = found >= 0 ? outer[found]! : undefined;
    return r && pos < r.close + (r.closed ? 1 : 0) ? r : undefined;
  };

  const drafts: Draft[] = [];
  // Named subjects of speech verbs whose content we could not read (أكدت حركة مشروع تونس، تمسكها …
  // the movement stressed its attachment …): no quote, but a later dropped subject (داعية، وأعلنت أنها)
  // goes on with them all the same. Kept as drafts without content, in text order.
  const silentSpeakers: Draft[] = [];
  // A country that speaks through a body the article names as the source of its words («أدانت تونس …، وفق
  // بيان صادر عن وزارة الشؤون الخارجية», Tunisia condemned …, according to a foreign ministry statement):
  // the body speaks for that country in the whole article (a speaker is a person or a body, not a place).
  const speaksFor = new Map<Entity, Entity>();
  /** Gives the quote `d` to the body or person `by` named as its source (a place only to a body's document). */
  const sourceOfPlace = (d: Draft, by: Entity, mention: Span | null, document: boolean): void => {
    // (Only a body's document: «…، وفق ما أوردته رويترز» relays what the country said.)
    if (d.speaker?.type === 'LOC' && (by.type !== 'ORG' || !document)) return;
    if (d.speaker?.type === 'LOC' && !speaksFor.has(d.speaker)) speaksFor.set(d.speaker, by);
    d.speaker = by;
    d.speakerMention = mention;
  };
  /**
   * The draft of `list` that starts last before `pos` and that `accept` takes — by position: drafts are not
   * added in text order (the quotation marks no cue claimed come after every cue); of equal starts, the
   * one added last.
   */
  const lastDraftBefore = (list: readonly Draft[], pos: number, accept?: (d: Draft) => boolean): Draft | undefined => {
    let best: Draft | undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const d = list[k]!;
      if (d.start >= pos || (best && d.start <= best.start)) continue;
      if (!accept || accept(d)) best = d;
    }
    return best;
  };
  // The last draft before `pos` with a speaker or a name, agreeing with `want`.
  // (A body that spoke through its spokesman goes on with a masculine verb: «وأفاد الناطق الرسمي باسم النيابة العمومية أن …
  // وأضاف أن …», the prosecution's spokesman stated … and added.)
  // (A body named by a description of the other gender goes on with its verbs: «كما طالبت المنظمة الشغيلة بـ… وحذّرت من …»,
  // the workers' organisation — the UGTT, «الاتحاد», masculine — demanded … and warned.)
  const lastIn = (list: readonly Draft[], pos: number, want?: CueGender): Draft | undefined =>
    lastDraftBefore(list, pos, (d) => (d.speaker !== null || d.named === true) && (!d.speaker || !want || want === 'p' || agrees(d.speaker, want) || (want === 'm' && d.speaker.type === 'ORG' && spokenBySpokesman(d)) || (d.speaker.type === 'ORG' && d.gender === want && d.speakerMention !== null && describedAs(d, want))));
  /**
   * Whether the mention a body's quote `d` names it by opens on a definite noun of gender `g` («المنظمة الشغيلة», the
   * workers' organisation, f.; «الاتحاد», m.) — a bare name («رويترز») has no gender to go on with. (A name that opens on
   * a definite noun gives the body its gender already: this only adds a description of the other gender.)
   */
  const describedAs = (d: Draft, g: CueGender): boolean => {
    const key = keys[tokenAt(d.speakerMention!.start)] ?? '';
    return DEFINITE_KEY.test(key) && (g === 'f') === bare(key).endsWith('ه');
  };
  /** Whether a body's quote names its spokesman as the speaker: the mention opens on «الناطق/المتحدث», or «مكتب» and one of them. */
  const spokenBySpokesman = (d: Draft): boolean => {
    if (!d.speakerMention) return false;
    const j = tokenAt(d.speakerMention.start);
    return spokesmanNoun(keys[j] === 'مكتب' ? j + 1 : j);
  };
  /** Whether token `j` is a spokesman noun («الناطق»، «والمتحدث», «ناطقة»). */
  const spokesmanNoun = (j: number): boolean => j >= 0 && j < tokens.length && SPOKESMAN_HEADS.has(bare(keys[j]!.replace(/^[وف](?=ال)/u, '')));
  const lastSpeakerBefore = (pos: number, want?: CueGender): Draft | undefined => {
    const d = lastIn(drafts, pos, want);
    let s = lastIn(silentSpeakers, pos, want);
    if (s?.sentenceOnly && sentenceStart(s.start) !== sentenceStart(pos)) s = undefined;
    return s && (!d || s.start > (d.cue?.start ?? d.start)) ? s : d;
  };
  /** Whether the quote before `pos` was said by two: a dual verb («وأكدا») or a dual subject («الناشطان …»). */
  const dualBefore = (pos: number): boolean => {
    const d = lastDraftBefore(drafts, pos);
    if (!d?.cue) return false;
    if (d.gender === 'p' && /[^و]ا$/u.test(text.slice(d.cue.start, d.cue.end))) return true;
    return d.speakerMention !== null && /^ال\S{3,}ان(\s|$)/u.test(text.slice(d.speakerMention.start, d.speakerMention.end));
  };
  /**
   * True when the cue at token `i` closes «كان + subject (+ قد)»: «وكانت وسائل إعلام ألمانية قد أوردت» (German media
   * had reported), and the subject is an indefinite unnamed source (the keys of `UNNAMED_SOURCES` have no article:
   * «وكان المصدر ذاته أكد», the same source, is not one), a group or a relative.
   */
  const unnamedSubjectBefore = (i: number): boolean => {
    let j = i - 1;
    if (j >= 0 && /^(قد|لقد)$/u.test(keys[j]!)) j--;
    const start = sentenceStart(tokens[i]!.start);
    for (let k = j; k >= 0 && k >= j - 5 && tokens[k]!.start >= start; k--) {
      if (!KANA.has(keys[k]!)) continue;
      const first = keys[k + 1] ?? '';
      return k + 1 <= j && (UNNAMED_SOURCES.has(first) || GROUP_QUANTIFIERS.has(first) || isKin(first));
    }
    return false;
  };
  /** True when the last quote before `pos` is in its sentence and has an unnamed source (مصدر، أحد المحتجين) of a gender that agrees with `g`. */
  const unnamedRightBefore = (pos: number, g?: CueGender): boolean => {
    const d = unnamedDraftBefore(pos, g);
    return d !== undefined && d.end >= sentenceStart(pos) - 1;
  };
  /**
   * Whether the one quoted last before `pos` may be described by the kin word `kin` (keyed): named by it («والد سامي» then
   * «وأكد والد سامي»), or speaking of the relative it implies — a parent of his son, a brother of his brother, a spouse of
   * a spouse: «وقال رياض المؤدب إن ابنه غادر البلاد … وأكد والد "سامي"» (Sami's father) is Riadh Mouaddeb.
   */
  const kinQuotedBefore = (kin: string, pos: number): boolean => {
    const d = lastDraftBefore(drafts, pos);
    if (!d?.speaker) return false;
    const bareKin = bare(unjoinedKin(kin));
    if (d.speakerMention) {
      const first = tokenAt(d.speakerMention.start);
      if (first < tokens.length && bare(unjoinedKin(keys[first]!)) === bareKin) return true;
    }
    const reciprocal = KIN_RECIPROCALS.find(([kins]) => kins.test(bareKin))?.[1];
    // (A person only: «أعربت والدة لاعب ريال مدريد … عن صدمتها من تلقي إبنها …» is no club's.)
    if (!reciprocal || d.speaker.type !== 'PER') return false;
    for (let m = tokenAt(d.start); m < tokens.length && tokens[m]!.start < d.end; m++) if (reciprocal.test(keys[m]!)) return true;
    return false;
  };
  /** The last quote before `pos`, if its cue has an unnamed source and a verb of gender `g` may go on with it. */
  const unnamedDraftBefore = (pos: number, g?: CueGender): Draft | undefined => {
    const d = lastDraftBefore(drafts, pos);
    return d !== undefined && d.cue !== null && d.speaker === null && !d.open && !d.named && sameGender(d.gender, g, pos) && !reportsBefore(d, pos) ? d : undefined;
  };
  /**
   * «وقالت الشرطة البريطانية إنها تتعامل مع حادث … وتشير أنباء إلى سقوط أكثر من قتيل. وأضافت انها تبحث …» (the police said
   * … and reports point to …; she added): reports named aside, the draft's subject right after its verb, do not add or go on
   * — the one who spoke before them does, when someone did before them.
   */
  const reportsBefore = (d: Draft, pos: number): boolean => {
    if (!d.cue || !REPORT_NOUNS.has(bare(keys[tokenAt(d.cue.end)] ?? ''))) return false;
    const verb = tokenAt(pos);
    return verb < tokens.length && CONTINUING_VERBS.has(keys[verb]!.replace(/^[وف]/u, '')) && lastDraftBefore(drafts, d.start, (x) => x.speaker !== null) !== undefined;
  };
  /**
   * Whether a verb of gender `b` at `pos` may go on with an unnamed source quoted with gender `a`: yes unless both
   * genders are known, differ, and someone of the verb's gender spoke before («قالت الوزيرة … قال مصدر … وأكدت»:
   * the minister). (With nobody of that gender before, the unnamed source goes on: a study, an agency and their
   * verbs change gender in news copy.) A group quoted with a plural verb does not go on with a singular one either:
   * «ويقولون لهم … كما قال إنه» (they tell them … he also said), the one who spoke before.
   */
  const sameGender = (a: CueGender | undefined, b: CueGender | undefined, pos: number): boolean =>
    !(a && b && b !== 'p' && a !== b && lastSpeakerBefore(pos, b)?.speaker);
  /**
   * True when the last quote before `pos` has an unnamed source, of a gender that agrees with `g`, and no
   * person or body is named between it and `pos` (outside quotations), within a few hundred characters.
   */
  const unnamedJustBefore = (pos: number, g?: CueGender): boolean => {
    const d = unnamedDraftBefore(pos, g);
    if (d === undefined || pos - d.end > 400) return false;
    for (let k = firstStartingAt(refs, d.end); k < refs.length && refs[k]!.start < pos; k++) {
      const r = refs[k]!;
      // (Names inside what was quoted do not count: «قال المسؤول إن ترامب لن يحاول "إملاء" حل».)
      if (!r.role && (r.entity.type === 'PER' || r.entity.type === 'ORG') && !regionAt(r.start) && !insideDraft(r.start)) return false;
    }
    return true;
  };
  /**
   * Whether the person `r` found after the feminine verb at `i` is a man by his given name — a full name, not a surname
   * alone («و أكدت حسني», Nafissa Hosni), not right after the verb (news copy's «وقد أكدت توفيق القايد، المندوب …»), not
   * after a feminine role («رئيسة وزراء اسكتلندا نيكولا ستورجن»، «وزيرة الصحة سمير مرعي» with its typo) and not the one a feminine plural quotes («وذكرت مواقع
   * إخبارية نقلا عن سامي الورتاني»).
   */
  const manAfterFeminineVerb = (i: number, r: Ref): boolean => {
    const name = nameTokens(r.entity.name);
    const at = tokenAt(r.start);
    // (A given name written with «ى» or «ة» is a woman's, whatever its key reads: «يسرى» keys as «يسري».)
    if (name.length < 2 || /[ىة]$/u.test(r.entity.name.split(/\s+/u)[0] ?? '') || personGender(name, [])?.gender !== 'm' || at <= i + 1) return false;
    if (keys.slice(i + 1, at).some((k) => k === 'عن' || k === 'لسان')) return false;
    // (Any word in «ة» is not enough: «عبّرت والدة الشهيد عاطف الجبري …», the martyr's mother, names the man in construct.)
    for (let m = Math.max(i + 1, at - 4); m < at; m++) if (keys[m]!.endsWith('ه') && (findIn(keys[m]!, ROLE_HEADS) !== undefined || findIn(keys[m]!.slice(0, -1), ROLE_HEADS) !== undefined)) return false;
    return true;
  };
  /** Records the gender a verb gives its subject, unless one is known already. */
  const learnGender = (e: Entity, g: CueGender | undefined): void => {
    if ((g === 'm' || g === 'f') && !gender.has(e.id)) gender.set(e.id, g);
  };
  // «ولكن سرعان ما اعتذرت فيسبوك عن الخلل، وقالت "…"» (but Facebook soon apologised for the glitch and said "…"): a body
  // named right after a verb in the feminine past, any verb, is feminine — a company, a site — as its name may not tell.
  for (const r of refs) {
    if (r.entity.type !== 'ORG' || gender.has(r.entity.id)) continue;
    const at = tokenAt(r.start);
    if (at === 0 || r.start !== tokens[at]!.start || tokens[at - 1]!.kind !== 'word') continue;
    const before = tokenText(at - 1);
    if (before.length >= 4 && before.endsWith('\u062A') && verbLike(before)) gender.set(r.entity.id, 'f');
  }
  const agrees = (e: Entity, want: CueGender): boolean => {
    if (want === 'p') return true;
    const g = gender.get(e.id);
    // A body takes the gender of its head noun (منظمة "أنا يقظ" is feminine), learned from the verb it was
    // named with, else guessed from its name.
    if (e.type !== 'PER') {
      if (g !== undefined) return g === want;
      // (The head noun only lets a feminine verb in: a masculine one may agree with a document the body issued —
      // «حسب مقال بصحيفة نيويورك تايمز … وذكر المقال», the article said.)
      return want === 'f' ? headOfBody(e)?.endsWith('ه') === true || feminineOrg(e) : !feminineOrg(e);
    }
    return g === undefined || g === want;
  };
  /** Whether a token is inside a name spelt in letters the document names (words of three letters at most: «سي إن إن»). */
  const insideSpeltName = (tok: Token): boolean => {
    // (Only the names that start a few letters before the token — refs are sorted by start —, not every one of the document:
    // this is asked at every complementiser a cue's scan meets.)
    for (let k = firstStartingAt(refs, tok.start) - 1; k >= 0 && refs[k]!.start >= tok.start - SPELT_NAME_REACH; k--) {
      const r = refs[k]!;
      if (r.end >= tok.end && text.slice(r.start, r.end).split(/\s+/u).every((w) => w.length <= 3)) return true;
    }
    return false;
  };
  const refsIn = (from: number, to: number): Ref[] => {
    const out: Ref[] = [];
    for (let k = firstStartingAt(refs, from); k < refs.length && refs[k]!.start < to; k++) out.push(refs[k]!);
    return out;
  };
  /** Whether «على لسان» (in the words of) stands at tokens `m` and `m + 1`. */
  const inWordsOfAt = (m: number): boolean => keys[m] === 'علي' && keys[m + 1] === 'لسان';
  /**
   * The person named within a few words after «على لسان» (in the words of) between `from` and `to`, the cue and its content:
   * «…، على لسان أمينه العام المساعد فتحي بن حميدة، إلى أن».
   */
  const tongueOf = (from: number, to: number): Ref | undefined => {
    for (let m = tokenAt(from); m + 1 < tokens.length && tokens[m + 1]!.end <= to; m++) {
      if (!inWordsOfAt(m)) continue;
      const reach = tokens[Math.min(m + 7, tokens.length - 1)]!.end;
      return refsIn(tokens[m + 1]!.end, Math.min(to, reach)).find((r) => r.entity.type === 'PER' && r.end <= to);
    }
    return undefined;
  };
  /** The token of «إذ» (since) opening a clause between `from` and `to`, -1 when there is none. */
  const sinceClauseIn = (from: number, to: number): number => {
    for (let m = tokenAt(from) + 1; m < tokens.length && tokens[m]!.start < to; m++) if (keys[m] === SINCE) return m;
    return -1;
  };
  /**
   * The body that issued the last document `noun` (keyed, no article) before `pos`, named after it by a verb of issuing with
   * its pronoun and the body's head noun: «في بيان نشره الصندوق» (in a statement the Fund published) → the last body of head
   * «صندوق».
   */
  const issuedByHeadBefore = (noun: string, pos: number): Ref | undefined => {
    for (let k = tokenAt(pos) - 1; k >= 2 && tokens[k]!.start > pos - MAX_LOOK_BACK; k--) {
      if (!ISSUING_VERB.test(keys[k - 1]!) || documentNoun(keys[k - 2]!) !== noun || !keys[k]!.startsWith('ال')) continue;
      return lastBodyOfHead(bare(keys[k]!), pos);
    }
    return undefined;
  };
  /** The persons of the document with a title that passes `test` (the entities stage's `titles`). */
  const personsTitled = (test: (title: string) => boolean): Entity[] => doc.entities.filter((e) => e.type === 'PER' && (e.titles ?? []).some(test));
  /** The persons and bodies named wholly between `from` (exclusive) and `to`. */
  const namedIn = (from: number, to: number): Ref[] => refs.filter((r) => r.end <= to && r.start > from && (r.entity.type === 'PER' || r.entity.type === 'ORG'));
  /** How many persons and bodies are named wholly between `from` (exclusive) and `to`. */
  const namedBetween = (from: number, to: number): number => namedIn(from, to).length;
  let draftsEnd = -1;
  const insideDraft = (pos: number): boolean => pos < draftsEnd && drafts.some((d) => pos >= d.start && pos < d.end);

  /**
   * True when `r` stands inside a quote found before that is not its own entity's. With a cue's gender `g`, nor when the
   * quote's speaker is of the other gender and `r` of the cue's — «وأوضح السليطي أن … ما صرحت به القوبنطيني …، حيث تطرقت إلى
   * "…"، مبينة أن …»: the woman named in his words goes on, he cannot be «مبينة».
   */
  const insideOthersDraft = (r: Ref, g?: CueGender): boolean =>
    insideDraft(r.start) &&
    !drafts.some((d) => r.start >= d.start && r.start < d.end && (d.speaker === r.entity || reportedBySourceTag(d, r) || ((g === 'm' || g === 'f') && d.speaker?.type === 'PER' && !agrees(d.speaker, g) && r.entity.type === 'PER' && agrees(r.entity, g) && gender.has(r.entity.id))));
  /**
   * Whether quote `d` is a clause that a source tag after `r` naming a document reports, `r` right after its first word: «وسلط الجهيناوي الضوء وفق بلاغ
   * لوزارة الشؤون الخارجية، على الوضع …» (Jhinaoui, according to the ministry's communiqué, shed light on …) — `r` is the
   * clause's own subject, which a participle after it goes on with, not the source.
   */
  const reportedBySourceTag = (d: Draft, r: Ref): boolean => {
    if (!d.cue || d.cue.start <= r.end || d.start > r.start || tokenAt(r.start) - tokenAt(d.start) > 1) return false;
    const tag = tokenAt(d.cue.start);
    const k = keys[tag] ?? '';
    // (A document of another body: not «بحسب تعبيرها» (in her words), the tag of the speaker's own words.)
    return ACCORDING_TO.has(k) && documentNoun(keys[tag + 1] ?? '') !== undefined;
  };

  /** True when a person, body or role is named right after token `j` (the subject of a new cue). */
  const namedAfter = (j: number): boolean => {
    const at = tokens[j]!.end;
    const limit = tokens[j + 1]?.start ?? at;
    for (let k = firstStartingAt(refs, at); k < refs.length && refs[k]!.start <= limit; k++) {
      const r = refs[k]!;
      if (r.entity.type === 'PER' || r.entity.type === 'ORG' || r.role) return true;
    }
    return false;
  };
  /**
   * Whether a person or body is named right past «أيضا/كذلك» (also) or another linking phrase after token `j`: «…، كما
   * أعلن أيضا المركز الإسلامي الثقافي الإيطالي أن …» (as the Italian Islamic cultural centre also announced that …).
   */
  const namedPastLinker = (j: number): boolean => {
    const linker = j + 1 < tokens.length ? linkerAt(j + 1) : 0;
    return linker > 0 && namedAfter(j + linker);
  };
  /**
   * Whether a role right after token `j` is followed by its holder between commas: «…، حيث أوصى رئيس الحكومة، الحبيب
   * الصيد، بضرورة …» (where the head of government, Habib Essid, recommended …).
   */
  const roleHolderAfter = (j: number): boolean => {
    if (j + 1 >= tokens.length || tokens[j + 1]!.kind !== 'word' || roleHeadAt(j + 1) === undefined) return false;
    for (let m = j + 2; m + 1 < tokens.length && m <= j + 8 && !cueAt(m) && !COMPLEMENTISERS.has(keys[m]!); m++) {
      if (tokenText(m) !== '،' && tokenText(m) !== ',') continue;
      const holder = refs.find((r) => r.start === tokens[m + 1]!.start && r.entity.type === 'PER' && !r.role);
      return holder !== undefined && /^\s*[،,]/u.test(text.slice(holder.end, holder.end + 3));
    }
    return false;
  };

  /** The first person named (not by a role) after `first` and set off by commas: «…، X،» or «…، X، إن». */
  const namedApposition = (speaking: readonly Ref[], first: Ref): Ref | undefined =>
    speaking.find((r) => r.start > first.end && r.entity.type === 'PER' && !r.role && /[،,]\s*$/u.test(text.slice(Math.max(first.end, r.start - 3), r.start)) && /^\s*[،,]/u.test(text.slice(r.end, r.end + 3)));

  /**
   * «، وفق تقديره، …» (by his estimate) at token `j`: the speaker's own aside inside the content, followed by
   * more of it before `limit` — not at its end, nor before a clause of its own (في حين، فيما، لكن) or a cue.
   */
  const asideAt = (j: number, limit: number): boolean =>
    OWN_WORDS.test(keys[j + 1] ?? '') && j + 3 < tokens.length && tokenText(j + 2) === '،' && tokens[j + 3]!.kind === 'word' && tokens[j + 3]!.start < limit && !/^(في|فيما|بينما|لكن|ولكن|حيث|اما)$/u.test(keys[j + 3]!) && !cueAt(j + 3) && !(keys[j + 3] === 'كما' && cueAt(j + 4));
  /**
   * «، بحسب نتائج المسح …، تبلغ …» (according to the survey's results, stands at …) at token `j`: a source of data set off by
   * commas inside the content, followed by the clause's verb before `limit` — the speaker citing figures, not the writer
   * citing a source.
   */
  const dataAsideAt = (j: number, limit: number): boolean => {
    // («حسب آخر حصيلة» (according to the latest toll): the data noun after «آخر».)
    const latest = LATEST.has(keys[j + 1] ?? '') ? 1 : 0;
    const data = DATA_NOUNS.has(bare(keys[j + 1 + latest] ?? ''));
    if (!data && documentNoun(keys[j + 1] ?? '') === undefined) return false;
    for (let m = j + 2; m < j + 16 && m + 1 < tokens.length && tokens[m + 1]!.start < limit; m++) {
      if (tokens[m]!.kind !== 'punct') continue;
      const next = m + 1;
      if (tokenText(m) !== '،' && tokenText(m) !== ',') return false;
      // (Or, after data or a document, the amount the verb before the aside was waiting for: «قُدّرت، حسب تقرير الاختبار،
      // بنحو 38 مليون دينار», was estimated, according to the expert's report, at about 38 million dinars.)
      if (tokens[next]!.kind === 'number' || (AMOUNT_BI.has(keys[next]!) && next + 1 < tokens.length && (tokens[next + 1]!.kind === 'number' || APPROXIMATE_AMOUNT.test(keys[next + 1]!)))) return true;
      // (Or, after data, the preposition the verb before the aside governs: «إن هذا الحادث أدى، حسب آخر حصيلة، إلى وفاة
      // رجل» (the accident led, according to the latest toll, to a man's death).)
      if (data && ASIDE_PREPOSITIONS.has(keys[next]!)) return true;
      return data && tokens[next]!.kind === 'word' && verbLike(tokenText(next)) && !cueAt(next);
    }
    return false;
  };
  /**
   * Where the speaker's own-words tag that starts at token `j` ends (the token after it): «وفق تعبيره»، «حسب قوله»،
   * «على حد تعبيرها» (in his / her words); -1 when no tag starts there.
   */
  const ownWordsTagEnd = (j: number): number => {
    const k = keys[j] ?? '';
    if (OWN_WORDS_SOURCE.test(k) && OWN_WORDS.test(keys[j + 1] ?? '')) return j + 2;
    return /^[وف]?علي$/u.test(k) && keys[j + 1] === 'حد' && OWN_WORDS.test(keys[j + 2] ?? '') ? j + 3 : -1;
  };
  /** The token of «فيما/بينما» (whereas) or the «في» of «في حين» right before the cue at token `j`, -1 when there is none. */
  const contrastOpenerBefore = (j: number): number => {
    if (j > 0 && /^(فيما|بينما)$/u.test(keys[j - 1]!)) return j - 1;
    return j > 1 && keys[j - 2] === 'في' && keys[j - 1] === 'حين' ? j - 2 : -1;
  };
  /**
   * Whether the writer's note on quoted words starts at token `j`: «في إشارة إلى …» (in reference to …), or a participle
   * of how the speaker backed them, «مستشهدا ب …» (citing …) — where indirect content ends.
   */
  const writersNoteAt = (j: number): boolean =>
    j + 1 < tokens.length && ((keys[j] === 'في' && keys[j + 1] === ALLUSION) || (CITING_PARTICIPLES.has(keys[j]!) && /^(ب|الي$|علي$)/u.test(keys[j + 1]!)));
  /** Whether the clause from token `j` to `limit` ends with the speaker's own-words tag (see {@link ownWordsTagEnd}). */
  const inOwnWordsUpTo = (j: number, limit: number): boolean => {
    let last = j;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < limit) last++;
    if (tokens[last]!.kind === 'punct') last--;
    return (last - 1 > j && ownWordsTagEnd(last - 1) === last + 1) || (last - 2 > j && ownWordsTagEnd(last - 2) === last + 1);
  };
  /**
   * The person or body whose reference ends with token `m`, or undefined: one starting within the seven tokens before it, as
   * long as a body's name runs («الاتحاد الوطني لنقابات قوات الامن التونسي»).
   */
  const namedEndingAt = (m: number): Ref | undefined =>
    refsIn(tokens[Math.max(0, m - 7)]!.start, tokens[m]!.end).find((r) => (r.entity.type === 'PER' || r.entity.type === 'ORG') && r.end === tokens[m]!.end);
  /**
   * Whether token `m` is an outlet's head noun right before its name, past quotation marks glued or not: «موقع "سكاي نيوز"»،
   * «صحيفة "لوموند"» (the site, the newspaper).
   */
  const outletHeadAt = (m: number): boolean => {
    if (!MEDIA_HEADS.has(keys[m]!)) return false;
    let n = m + 1;
    while (n < tokens.length && n <= m + 2 && QUOTE_MARKS.has(tokenText(n))) n++;
    return n < tokens.length && refsIn(tokens[n]!.start, tokens[n]!.end).some((x) => x.start === tokens[n]!.start && x.entity.type === 'ORG');
  };
  /**
   * The first token of a contrasting clause whose subject, named before its own speech verb at token `j`, says something
   * of its own — «…، رغم أن رئيس معسكر الخروج …، ماثيو إليوت، قال إن …» (although the head of the Leave camp, Matthew
   * Elliott, said that …), also after «بالرغم من أن»، «في حين أن»، «بينما» —, or -1. The subject is a person or a body
   * ending right before the verb (or before a comma closing its apposition); nothing between the conjunction and the verb
   * is punctuation but the commas of that apposition.
   */
  const contrastingSubject = (j: number, from: number): number => {
    let last = j - 1;
    if (last >= 0 && (tokenText(last) === '،' || tokenText(last) === ',')) last--;
    if (last < 0 || tokens[last]!.start <= from || !namedEndingAt(last)) return -1;
    for (let k = last; k > 0 && k > j - 18 && tokens[k - 1]!.start > from; k--) {
      const word = tokenText(k - 1);
      if (tokens[k - 1]!.kind === 'punct' && word !== '،' && word !== ',') return -1;
      // (No verb between: «فيما يخص شؤون الأمن القومي» is «as regards national security».)
      if (cueAt(k - 1) !== undefined || (tokens[k - 1]!.kind === 'word' && verbLike(word))) return -1;
      const key = keys[k - 1]!;
      if (/^[وف]?(بينما|فيما)$/u.test(key)) return k - 1;
      if (key !== 'ان') continue;
      const before = keys[k - 2] ?? '';
      if (/^[وف]?ب?رغم$/u.test(before) && tokens[k - 2]!.start > from) return k - 2;
      if ((before === 'من' && /^[وف]?بالرغم$/u.test(keys[k - 3] ?? '')) || (before === 'حين' && keys[k - 3] === 'في')) return tokens[k - 3]!.start > from ? k - 3 : -1;
      // («على الرغم من أن», although.)
      if (before === 'من' && keys[k - 3] === 'الرغم' && /^[وف]?علي$/u.test(keys[k - 4] ?? '')) return tokens[k - 4]!.start > from ? k - 4 : -1;
      return -1;
    }
    return -1;
  };
  /** Whether a speech verb (not a participle) stands among the sixteen words from token `j`, before `limit`. */
  const speechVerbWithin = (j: number, limit: number): boolean => {
    for (let m = j; m < tokens.length && m < j + 16 && tokens[m]!.start < limit; m++) {
      const c = tokens[m]!.kind === 'word' ? cueAt(m) : undefined;
      if (c && !c.form.participle) return true;
    }
    return false;
  };
  /** Where a token's text starts after its first letter («ب»), that letter's harakat and a tatweel («بـثبوت»), as after «بأن». */
  const afterFirstLetter = (tok: Token): number => {
    let after = tok.start + 1;
    while (after < tok.end && (isCombiningMark(text.charCodeAt(after)) || text.charCodeAt(after) === TATWEEL)) after++;
    return after;
  };
  /** `end` moved back over the spaces and commas before it, not before `from`: where content cut at `end` ends. */
  const endBeforeSpaces = (end: number, from: number): number => {
    while (end > from && SPACE_OR_COMMA.test(text[end - 1]!)) end--;
    return end;
  };
  /**
   * After the document verb at `j` («جاء، ورد»): the token of the document noun of «في» + a document — «وجاء في البيان»,
   * «ورد في نص القرار», past a determiner —, or -1 when none follows (the verb is then no document's saying).
   */
  const documentNounAfter = (j: number): number => {
    if (keys[j + 1] !== 'في') return -1;
    const from = DOCUMENT_DETERMINERS.has(keys[j + 2] ?? '') ? j + 3 : j + 2;
    if (documentNoun(keys[from] ?? '') !== undefined) return from;
    // («جاء في صحيفة "الشروق الجزائرية" أن …» (the Algerian paper Echorouk wrote that …): an outlet's head noun and its name.)
    if (from + 1 < tokens.length && MEDIA_HEADS.has(bare(keys[from] ?? '')) && refsIn(tokens[from + 1]!.start, tokens[Math.min(from + 2, tokens.length - 1)]!.end).some((r) => r.entity.type === 'ORG')) return from;
    return keys[from] === 'نص' && documentNoun(keys[from + 1] ?? '') !== undefined ? from + 1 : -1;
  };
  /** Where indirect content that starts at `from` ends. */
  const indirectEnd = (from: number, contentOpens = false): number => {
    let limit = sentenceEnd(from);
    let j = tokenAt(from);
    // (The content's first word after a complementiser is never the next cue: «قال X إن مطالبة النقابات …
    // مخالفة للقانون», that the unions' demand … is unlawful, where «مطالبة» is also «demanding».)
    const firstWord = contentOpens ? j : -1;
    while (j < tokens.length && tokens[j]!.start < limit) {
      const t = tokens[j]!;
      const region = t.kind === 'punct' || /["“”„‟″«〝]/u.test(text[t.start]!) ? outer.find((r) => r.open >= t.start && r.open < t.end) : undefined;
      if (region) {
        // A quoted part inside the content: jump over it (it may run past the sentence end).
        if (region.close > limit) limit = sentenceEnd(region.close);
        j = tokenAt(region.close + 1);
        continue;
      }
      // «… عدم "تعقيد الوضع" في سوريا وذلك ردا على تصريحات الوزير» (and that in reply to the minister's statements): the
      // writer saying what the words replied to, not the words.
      if (t.start > from && j !== firstWord && (keys[j] === 'وذلك' || keys[j] === 'ذلك') && REPLY_WORDS.has(keys[j + 1] ?? '') && keys[j + 2] === 'علي') {
        return endBeforeSpaces(t.start, from);
      }
      // «… أصبح موضوع اقتناء السلاح مسيسا حزبيا في إشارة إلى الكونغرس» (… politicised, in reference to Congress), «…
      // سيتعامل مع كل طارئ في وقته مستشهدا بأحداث سابقة» (citing past events): the writer's gloss on the words or on how
      // they were backed, not the words (also «وذلك في إشارة»).
      if (t.start > from && j !== firstWord && writersNoteAt(j)) {
        return endBeforeSpaces(j > 0 && keys[j - 1] === 'وذلك' && tokens[j - 1]!.start > from ? tokens[j - 1]!.start : t.start, from);
      }
      // «… لأنه يرى ذاته فاعلا أكثر في صفها ويأتي تصريحه ردا على …» (and his statement comes in reply to …): the writer
      // placing the words, not the words.
      if (t.start > from && j !== firstWord && STATEMENT_COMES.test(keys[j]!) && PLACED_STATEMENT.test(keys[j + 1] ?? '')) {
        return endBeforeSpaces(t.start, from);
      }
      // «…، دون أن يورد البيان تفاصيل إضافية» (without the statement giving further details): the writer on what the
      // source left out, not the source's words.
      if (t.start > from && j !== firstWord && WITHOUT.has(keys[j]!) && keys[j + 1] === 'ان' && UNTOLD_VERBS.test(keys[j + 2] ?? '')) {
        return endBeforeSpaces(j > 0 && keys[j - 1] === 'من' ? tokens[j - 1]!.start : t.start, from);
      }
      let cue = cueAt(j);
      // (Condemned, criticised: what follows is the target, the content goes on — «وتدين الاستيطان».)
      if (cue?.form.verb.marked) cue = undefined;
      // (Nor «جاء/ورد» that is no document's saying — «كان قرارا مرتجلا وجاء في خضم الموسم السياحي», and came in the middle of
      // the tourist season: only «في» + a document noun makes it a cue, as where the cue is read.)
      // (But «وجاء ذلك/هذا البيان …» (this came …) is the writer's frame, which ends the words as before.)
      if (cue?.form.verb.document && documentNounAfter(j) < 0 && !FRAME_DEMONSTRATIVES.has(keys[j + 1] ?? '')) cue = undefined;
      // (Believed, with nobody named after it: the speaker's own belief goes on — «لكنها تعتقد أن الدعوى …».)
      if (cue?.form.verb.namedSubject && !namedAfter(j)) cue = undefined;
      // (Nor «تعتبر/يعتبر» with no complementiser after it, the passive «is considered»: «… الذي يحتكر هذا النوع من العمليات
      // وتعتبر تونس رائدة فيه», and Tunisia is considered a pioneer in it.)
      if (cue?.form.verb.lemma === 'اعتبر' && IMPERFECT_CONSIDERS.test(keys[j]!) && !saysSoon(j) && !COMPLEMENTISERS.has(keys[j + 1] ?? '')) cue = undefined;
      const afterPunct = j > 0 && tokens[j - 1]!.kind === 'punct';
      // «ظاهرة لافتة» (a striking phenomenon): a feminine participle agreeing with the noun before it is
      // an adjective, not «لافتة إلى أن» (drawing attention to) — nor one before a quotation («تعيشه مضيفة "…»).
      // (After a plural of things in ـات even before the verb's preposition: «مسيرات منددة بهجوم سوسة», marches
      // condemning the Sousse attack — their agreement is the feminine singular.)
      if (cue?.form.participle && !afterPunct && j > 0 && tokens[j - 1]!.kind === 'word' && keys[j]!.endsWith('ه') && !COMPLEMENTISERS.has(keys[j + 1] ?? '') && !opensQuotation(j + 1)) {
        // (Not a name in ـات: «تحدته سوزان بركات داعية اياه», Suzanne Barakat challenged him, calling on him.)
        // (Nor before its preposition and a complementiser: «… صعوبات مشددة على أن» is a woman stressing that.)
        // (Indefinite only, as the adjective is: «الحكومة ستراجع التعيينات مشددة على …» is the minister stressing.)
        const thingsPlural = /^(?!ال)[^وفبلك].{2,}ات$/u.test(keys[j - 1]!) && refsIn(tokens[j - 1]!.start, tokens[j - 1]!.end).length === 0 && !COMPLEMENTISERS.has(keys[j + 2] ?? '');
        // (An indefinite participle is no adjective of a definite noun: «… إلى اجتناب اقتناء هذه المادة مؤكدة ضرورة …», to avoid
        // buying this product, stressing the need ….)
        // (Not «مطالبة» (required), the predicate of a definite subject as often: «وأن الحكومة مطالبة بتحمل مسؤوليتها».)
        const definiteBefore = /^([وفبك]?ال|لل)/u.test(keys[j - 1]!) && cue.form.verb.lemma !== 'طالب';
        if (thingsPlural || (keys[j - 1]!.endsWith('ه') && !definiteBefore && !(cue.form.verb.preps ?? []).some((p) => nameKey(p) === keys[j + 1] || (p === 'إلى' && keys[j + 1] === 'الي')))) cue = undefined;
      }
      // «فيما/بينما/في حين ذكرت …» (whereas … said): a contrasting clause with its own speaker.
      // (Also «في ما», written apart — not «في ما أعلنته» (in what it announced), a relative with its pronoun.)
      // (And «في وقت» (at a time when): «…، في وقت أهابت وزارة الصحة بالعناصر الطبية …», while the health ministry appealed to ….)
      const apart = j > 1 && keys[j - 2] === 'في' && (keys[j - 1] === 'حين' || keys[j - 1] === 'وقت' || (keys[j - 1] === 'ما' && forms.has(keys[j]!)));
      // (So does a perfect after a comma and «كما/حيث/إذ» (as, where): «… إن الوضع مستقر، حيث أكد عبد الرؤوف الشريف أن …»،
      // «…، كما أكد أن …» — one more statement, not words of the first. Not an imperfect, which describes: «…، إذ تتوقع تونس
      // استقبال …», «…، كما تبين أن …» (it also turned out that); nor a confession the source reports, «…، حيث اعترف أنه …»;
      // nor a count for its subject, «…، حيث صرح 13 منهم بأنهم …».)
      const alsoAfterComma =
        // («كما» with no comma only right before a complementiser: «… المنتخب البرازيلي كما أشار أنه من الممكن …», he also
        // pointed out that — «كما قال الوزير» alone is «as the minister said».)
        cue !== undefined && !cue.form.participle && j > 1 && ALSO_OPENERS.has(keys[j - 1]!) && (tokenText(j - 2) === '،' || tokenText(j - 2) === ',' || (keys[j - 1] === 'كما' && COMPLEMENTISERS.has(keys[j + 1] ?? ''))) &&
        !/^[يت]/u.test(keys[j]!) && cue.form.verb.lemma !== 'اعترف' && cue.form.verb.lemma !== 'أقر' && tokens[j + 1]?.kind !== 'number' &&
        // (Only before what it says — its preposition, a complementiser soon — or a named subject: not «…، حيث عبر العديد من
        // الدول» (where he crossed many countries), «…، حيث لاحظ تسربا للغاز» (where he noticed a leak).)
        (ownPreposition(cue.form.verb, keys[j + 1] ?? '') || COMPLEMENTISERS.has(keys[j + 1] ?? '') || saysSoon(j) || (!cue.form.verb.ambiguous && (namedAfter(j) || roleHolderAfter(j) || namedPastLinker(j))));
      const whereas = cue !== undefined && j > 0 && (/^(فيما|بينما|لكنه|لكنها|ولكنه|ولكنها|لكن|ولكن)$/u.test(keys[j - 1]!) || apart || alsoAfterComma);
      // «…، قبل أن يردف: "…"» (before he added): the speaker's next words, in a clause of their own; so are
      // another's after «بعد أن» with a subject of their own («ارتفع بواحد بعد أن قال أحد الناجين إن …», after
      // one of the rescued said that) — not «بعد أن عبر عن رفضه», the content's own clause.
      const then = cue !== undefined && j > 1 && keys[j - 1] === 'ان' && tokens[j - 2]!.start > from && (/^[وف]?قبل$/u.test(keys[j - 2]!) || (/^[وف]?بعد$/u.test(keys[j - 2]!) && !cue.form.verb.ambiguous && namedAfter(j)));
      const contrast = cue !== undefined && !whereas && !then && !cue.form.participle && !cue.prefixed ? contrastingSubject(j, from) : -1;
      if (
        cue &&
        t.start > from &&
        j !== firstWord &&
        (cue.form.participle ||
          whereas ||
          then ||
          contrast >= 0 ||
          // («… إلى تأجيل انتخابات المجالس العلمية وعبر عن "استعداد المنظمة …"», and he expressed the union's readiness:
          // «عبر» before «عن» is the verb, never «via».)
          (cue.prefixed && (!cue.form.verb.ambiguous || afterPunct || namedAfter(j) || (cue.form.verb.lemma === 'عبر' && keys[j + 1] === 'عن'))) ||
          (afterPunct && !cue.form.verb.ambiguous && namedAfter(j)))
      ) {
        // (A conjunction written apart before the cue is no part of the content: «… ببومرداس و كشف …».)
        const conjunction = cue.prefixed && j > 0 && (keys[j - 1] === 'و' || keys[j - 1] === 'ف') && tokens[j - 1]!.start > from;
        let end = contrast >= 0 ? tokens[contrast]!.start : then ? tokens[j - 2]!.start : whereas ? tokens[apart ? j - 2 : j - 1]!.start : conjunction ? tokens[j - 1]!.start : t.start;
        if (!cue.form.participle && !cue.prefixed) {
          // «… وحول المعايير …، قالت» : the fronted phrase belongs to the next quote.
          for (let k = j - 1, n = 0; k >= 0 && n < 15 && tokens[k]!.start > from; k--, n++) {
            if (FRONTED.test(keys[k]!)) {
              end = tokens[k]!.start;
              break;
            }
          }
        }
        return end;
      }
      const k = keys[j]!;
      // «…، وهو ما نفاه X» (which X denied), «وهذا ما أكده X»: the writer's comment on what was said, and
      // another speaker's word on it, begin there.
      // (Unless the sentence ends by giving it all to the speaker: «…، وهو ما يعبر عن الإرادة الصادقة للحكومة،
      // وفق تعبيره», which reflects the government's sincere will, in his words.)
      if (t.start > from && THAT_WHICH.has(k) && keys[j + 1] === 'ما' && j + 2 < tokens.length && cueAt(j + 2) && !inOwnWordsUpTo(j + 2, limit)) return t.start;
      // (Nor «وفق ما» + a verb that is no speech: «، وفق ما يقتضيه الفصل 64 من القانون», as article 64 of the law requires.)
      const noSpeech = (keys[j + 1] === 'ما' || keys[j + 1] === 'لما') && j + 2 < tokens.length && RULE_VERBS.test(keys[j + 2]!);
      // «… أما رئيس اللجنة الانتخابية … فقد ابرز أن …» (as for the committee's chairman, he stressed that): «أما» (as for)
      // turning to someone with a speech verb of their own. (Not «، أما التمثال الثاني فمن المرجح أن يكون للملك رمسيس
      // الثاني», as for the second statue — the same words go on —, nor «إما» (either), keyed alike.)
      if (k === 'اما' && t.start > from && speechVerbWithin(j + 1, limit)) return t.start;
      // «واستنكر المحتجون "…" حسب قول الناشط المدني عبد السلام الرقاد الذي قال …» (according to the saying of the activist …):
      // «وفق/حسب/بحسب» and a noun of saying with no pronoun name another source — the content ends before it, comma or not.
      const accordingTo = ACCORDING_TO.has(k) && t.start > from;
      if (accordingTo && SOURCE_SAYINGS.test(keys[j + 1] ?? '')) return t.start;
      if (accordingTo && !instructionNoun(keys[j + 1] ?? '') && !noSpeech) {
        // («… تعود إلى خلافات زوجية وفق ما أكده مصدر أمني» (according to what a security source stated): «ما» and a speech
        // verb make it the source however it is joined.)
        const sourceClause = keys[j + 1] === 'ما' && j + 2 < tokens.length && tokens[j + 2]!.start < limit && cueAt(j + 2) !== undefined;
        if (sourceClause || (/[،,]\s*$/u.test(text.slice(from, t.start)) && !asideAt(j, limit) && !dataAsideAt(j, limit))) return t.start;
      }
      // «… على حد قوله.»، «… وفق تعبيره.» (in his words) closing the sentence — or the words, before the writer's note
      // (see {@link writersNoteAt}): the speaker's tag, not the content.
      const after = t.start > from ? ownWordsTagEnd(j) : -1;
      const comma = after >= 0 && after < tokens.length && (tokenText(after) === '،' || tokenText(after) === ',');
      if (after >= 0 && (after >= tokens.length || tokens[after]!.start >= limit || (tokens[after]!.kind === 'punct' && !comma) || writersNoteAt(comma ? after + 1 : after))) return t.start;
      j++;
    }
    return limit;
  };

  /**
   * Whether a verb of publishing (نشر، أصدر) stands right before token `ti`, past the words of an official page
   * («نشرت الصفحة الرسمية لـ…», the official page of … published).
   */
  const publishingBefore = (ti: number): boolean => {
    let b = ti - 1;
    // (The name's own token may carry «ل»: «لنادي» after «الصفحة الرسمية».)
    while (b >= 0 && OFFICIAL_PAGE_WORDS.has(keys[b]!)) b--;
    return b >= 0 && PUBLISHING_VERBS.test(keys[b]!);
  };
  /**
   * For «من طرف/قبل» at token `b` after a masdar of making with its pronoun («تم إنجازه من طرف X», it was made by
   * X): the document noun the pronoun stands for, the last one a few words back in the sentence, as
   * `lastIssuerBefore`'s match of it.
   */
  const madeDocumentBefore = (b: number): string | undefined => {
    if (b < 2 || keys[b - 1] !== 'من' || !MAKING_MASDAR.test(keys[b - 2]!)) return undefined;
    const start = sentenceStart(tokens[b]!.start);
    for (let a = b - 3, n = 0; a >= 0 && n < 14 && tokens[a]!.start >= start; a--, n++) {
      const d = tokens[a]!.kind === 'word' ? documentNoun(keys[a]!) : undefined;
      if (d !== undefined) return d;
    }
    return undefined;
  };
  /**
   * Whether the indefinite document at `at` ends its source with its issuer's pronoun: «بيان أصدرته» (a statement it
   * issued), «بيان له/لها» (its statement), then a comma or the sentence's end (before `sEnd`).
   */
  const ownDocumentAt = (at: number, sEnd: number): boolean => {
    if (at + 1 >= tokens.length || (keys[at] ?? '').startsWith('ال') || !OWN_ISSUER.test(keys[at + 1]!)) return false;
    const after = tokens[at + 2];
    return !after || after.start >= sEnd || (after.kind === 'punct' && !QUOTE_MARKS.has(tokenText(at + 2)));
  };
  /**
   * The body or person that made the document at token `at`, named in its sentence (ending at `end`) after a masdar of
   * making with its pronoun and «من طرف/قبل»: «وفق تقرير حول ترتيب البلدان …، تم إنجازه من طرف بنك "راند مرشان بنك"»
   * (according to a report on the ranking …, made by the Rand Merchant Bank).
   */
  const madeByAfter = (at: number, end: number): Ref | undefined => {
    for (let m = at + 1, n = 0; m + 3 < tokens.length && n < 16 && tokens[m + 2]!.start < end; m++, n++) {
      // (Not past the content's complementiser or a relative, whose verb is about another noun: «وحسب التقرير، فإن
      // المشروع الذي تم تنفيذه من قبل شركة …», the project was carried out by the company.)
      if (COMPLEMENTISERS.has(keys[m]!.replace(/^ف(?=ان)/u, '')) || RELATIVE_PRONOUN.test(keys[m]!)) return undefined;
      if (!(keys[m + 1] === 'من' && (keys[m + 2] === 'طرف' || keys[m + 2] === 'قبل') && MAKING_MASDAR.test(keys[m]!))) continue;
      // The body right after «طرف/قبل», or in marks after its head noun: «من طرف بنك "راند مرشان بنك"» — not «من قبل،
      // فإن …» (before).
      let b = m + 3;
      if (ORG_HEADS.has(bare(keys[b] ?? '')) && tokens[b + 1]?.kind === 'punct' && QUOTE_MARKS.has(text[tokens[b + 1]!.start]!)) b += 2;
      const first = tokens[b];
      if (!first || first.start >= end || first.kind !== 'word') return undefined;
      return refsIn(first.start, first.end).find((r) => r.start === first.start && (r.entity.type === 'ORG' || r.entity.type === 'PER') && !r.role);
    }
    return undefined;
  };
  /** Whether a body's mention is a platform a document was published on: «على موقع التواصل الاجتماعي "فايسبوك"». */
  const platform = (r: Ref): boolean => platforms.has(r.entity);
  /**
   * The body or person that issued the last document of kind `noun` before `pos`: «تقرير صادر عن X»,
   * «بيان X», «تقرير لـX» (a report issued by X, X's statement), within a few thousand characters.
   */
  const lastIssuerBefore = (noun: string, pos: number): Ref | undefined => {
    // One pass back over the names: the most recent issuer of that very noun, else of a document of its kind.
    let ofKind: Ref | undefined;
    const match = (d: string | undefined): 0 | 1 | 2 => (d === undefined ? 0 : d === noun ? 2 : ofKind === undefined && sameDocumentKind(d, noun) ? 1 : 0);
    for (let k = firstStartingAt(refs, pos) - 1; k >= 0 && refs[k]!.start > pos - MAX_LOOK_BACK; k--) {
      const r = refs[k]!;
      if ((r.entity.type !== 'ORG' && r.entity.type !== 'PER') || r.role) continue;
      // (A platform a document was published on issues none: «نشر النادي على موقع التواصل الاجتماعي "فايسبوك" بلاغا».)
      if (platform(r)) continue;
      const ti = tokenAt(r.start);
      let found: 0 | 1 | 2 = 0;
      // (Also past «صدر» (was issued) and when: «وفق بيان صدر صباح اليوم عن الخارجية البحرينية», according to a statement
      // issued this morning by the Bahraini foreign ministry.)
      for (let b = ti - 1, n = 0; b >= 0 && n < 6; b--, n++) {
        found = match(documentNoun(keys[b]!));
        if (found) break;
        // («دراسة نشرتها مجموعة «جينز»», a study the Jane's group published: the name's quotation mark
        // and the body's head noun before it.)
        if (b === ti - 1 && tokens[b]!.kind === 'punct' && QUOTE_MARKS.has(text[tokens[b]!.start]!)) continue;
        if (n <= 1 && tokens[b]!.kind === 'word' && (ORG_HEADS.has(bare(keys[b]!)) || MEDIA_HEADS.has(bare(keys[b]!)) || bare(keys[b]!) === GROUP)) continue;
        // («دراسة أعدها البنك العالمي», a study the World Bank prepared; «بيان أصدرته مساء اليوم وزارة الداخلية», a statement
        // the interior ministry issued this evening.)
        if (tokens[b]!.kind === 'word' && (/^صدر(ت)?$/u.test(keys[b]!) || STATEMENT_TIMES.has(keys[b]!))) continue;
        if (n >= 4) break;
        if (tokens[b]!.kind !== 'word' || !/^(عن|صادر|صادره|الصادر|الصادره|ل|لل|(اعد|انجز|اجرا|اجرت|نشر|اصدر)(ت)?(ه|ها))$/u.test(keys[b]!)) {
          // «تقرير حول ترتيب البلدان …، تم إنجازه من طرف بنك "راند مرشان بنك"» (a report on the ranking …, made by the
          // Rand Merchant Bank): the making's pronoun stands for the last document noun of its sentence.
          if (keys[b] === 'طرف' || keys[b] === 'قبل') found = match(madeDocumentBefore(b));
          break;
        }
      }
      // «أصدرت المنظمة بيانا»، «قال X في بيان» (issued a statement, said in a statement): the noun after the name.
      // («وأعتبرت نقابة الصحفيين في بيانها» (in its statement): the noun with the issuer's pronoun.)
      // (Further after a verb of publishing, past where it was published: «نشر نادي حمام الأنف على موقع التواصل
      // الاجتماعي "فايسبوك" بلاغا», the club published a statement on Facebook; also «نشرت الصفحة الرسمية للنادي».)
      // (Past an aside and the day, which count for nothing: «أعلن المجلس الفدرالي السويسري (الحكومة) اليوم الجمعة، في بلاغ
      // رسمي، عن …», the Swiss Federal Council (the government) announced today, Friday, in an official statement.)
      const reach = publishingBefore(ti) ? 9 : 3;
      // (Past an aside only «في» (in) and the document: not «…لمكافحة الإرهاب، أصدرت الوزارة اليوم بلاغا», where another
      // subject issues it, nor «خلفا لأحمد الزقلاوي، وذلك في بيان أصدرته الحركة».)
      let aside = false;
      for (let a = tokenAt(r.end), n = 0, passed = 0; found === 0 && a < tokens.length && n < reach && passed < ISSUER_DOCUMENT_REACH && tokens[a]!.start < pos; a++, passed++) {
        const punct = tokens[a]!.kind === 'punct';
        if (reach > 3 && punct && !QUOTE_MARKS.has(text[tokens[a]!.start]!) && !ASIDE_MARKS.has(text[tokens[a]!.start]!)) break;
        if (punct && TERMINAL.has(text[tokens[a]!.start]!)) break;
        if ((punct && ASIDE_MARKS.has(text[tokens[a]!.start]!)) || STATEMENT_TIMES.has(keys[a]!)) {
          aside = true;
          continue;
        }
        n++;
        if (keys[a]!.startsWith('ال')) continue;
        found = match(documentNoun(keys[a]!));
        if (found === 0 && OWN_PRONOUN.test(keys[a]!)) found = match(documentNoun(withoutPronoun(keys[a]!)));
        if (found === 0 && aside && keys[a] !== 'في') break;
      }
      if (found === 2) return r;
      if (found === 1) ofKind = r;
    }
    return ofKind;
  };

  /** A body or person named after the document noun at token `at`, before `to` (بيان المنظمة، بلاغ لوزارة الدفاع). */
  const issuerNamedAfter = (at: number, to: number): Ref | undefined => {
    const inRange = refsIn(tokens[at]!.end, to);
    // (An outlet told is no issuer — but right after the document noun «ل» names its issuer: «تقرير لصحيفة "نيويورك
    // تايمز"», a New York Times report. Nor the one who received a copy: «بحسب بلاغ تلقت الجوهرة أف أم نسخة منه».)
    // («تصريح لـ"موزاييك"» is a statement made to the station, right after the noun too.)
    const told = (r: Ref): boolean => {
      const head = toldHead(r);
      return head >= 0 && (head > at + 1 || TOLD_DOCUMENTS.has(bare(keys[at]!)));
    };
    const k = inRange.findIndex((r) => (r.entity.type === 'ORG' || r.entity.type === 'PER') && !told(r) && !receivedCopy(r, at) && !platform(r));
    if (k < 0) {
      // «وفق ما جاء في الصفحة الرسمية للوزارة» (as the ministry's official page said): a body's head noun behind «لل» right
      // after the document (and its adjective) is the body of that head named before.
      for (let m = at + 1; m <= at + 2 && m < tokens.length && tokens[m]!.start < to && tokens[m]!.kind === 'word'; m++) {
        const head = /^لل/u.test(keys[m]!) ? keys[m]!.slice(2) : '';
        // (Only where the source ends, at a comma or the sentence's end: not «حسب بيان للحرس الثوري الذي أوضح أن …».)
        const ends = m + 1 >= tokens.length || tokens[m + 1]!.start >= to || tokens[m + 1]!.kind === 'punct';
        const body = head && ends && bodyHead(head) ? lastBodyOfHead(head, tokens[at]!.start) : undefined;
        if (body) return { start: tokens[m]!.start, end: tokens[m]!.end, entity: body.entity, role: true };
      }
      // «وعثر الباحثون حسب تقرير نشرته المجلة على …» (the researchers found, according to a report the journal published, …):
      // a body's head noun alone after the document and a verb of issuing it is the body of that head named before.
      const verb = at + 1;
      if (verb + 1 < tokens.length && tokens[verb + 1]!.start < to && (ISSUING_VERBS.test(keys[verb]!) || MAKING_VERB.test(keys[verb]!)) && /^ال/u.test(keys[verb + 1]!) && bodyHead(keys[verb + 1]!.slice(2))) {
        const body = lastBodyOfHead(keys[verb + 1]!.slice(2), tokens[at]!.start);
        if (body) return { start: tokens[verb + 1]!.start, end: tokens[verb + 1]!.end, entity: body.entity, role: true };
      }
      // «وفق بلاغ صادر عن الحركة» (according to a statement issued by the movement): so after «صادر عن/من» (issued by), the
      // head noun closing the source.
      const by = at + 3;
      if (by < tokens.length && tokens[by]!.start < to && ISSUED_BY.test(keys[at + 1]!) && (keys[at + 2] === 'عن' || keys[at + 2] === 'من') && /^ال/u.test(keys[by]!) && bodyHead(keys[by]!.slice(2))) {
        const ends = by + 1 >= tokens.length || tokens[by + 1]!.start >= to || tokens[by + 1]!.kind === 'punct';
        const body = ends ? lastBodyOfHead(keys[by]!.slice(2), tokens[at]!.start) : undefined;
        if (body) return { start: tokens[by]!.start, end: tokens[by]!.end, entity: body.entity, role: true };
      }
      return undefined;
    }
    const r = inRange[k]!;
    // «تصريح للناطق الرسمي باسم وزارة الداخلية ياسر مصباح» (a statement by the interior ministry's spokesman, Yasser
    // Misbah): a body in a role's complement, and the person named right after it, who made the statement.
    const next = inRange[k + 1];
    if (r.entity.type === 'ORG' && next && next.entity.type === 'PER' && !next.role && text.slice(r.end, next.start).trim() === '' && toldHead(next) < 0) {
      const ti = tokenAt(r.start);
      for (let m = Math.max(at + 1, ti - 4); m < ti; m++) if (findIn(keys[m]!, ROLE_HEADS)) return next;
    }
    return r;
  };
  /**
   * The token of «لمراسل/لموفد», of «لـ» + a press noun, or of a bare «لـ» before a station (also glued: «لموزاييك»),
   * that `r` is named behind — the one told, never a document's issuer: «تصريح X لمراسل "الجوهرة أف أم"» (a statement
   * by X to Jawhara FM's correspondent); -1 when there is none.
   */
  const toldHead = (r: Ref): number => {
    const ti = tokenAt(r.start);
    if (r.start > tokens[ti]!.start) {
      // «ل» written against the name: «لموزاييك»، «للجوهرة».
      const clitic = nameKey(text.slice(tokens[ti]!.start, r.start)).replace(/^[وف](?=ل)/u, '');
      return (clitic === 'ل' || clitic === 'لل') && r.entity.type === 'ORG' && MEDIA_NAMES_TOLD.test(nameKey(text.slice(r.start, r.end))) ? ti : -1;
    }
    let pi = ti - 1;
    while (pi >= 0 && tokens[pi]!.kind === 'punct' && (SYMMETRIC.has(text[tokens[pi]!.start]!) || text[tokens[pi]!.start] === '«')) pi--;
    if (pi < 0) return -1;
    const head = keys[pi]!.replace(/^[وف](?=ل)/u, '');
    return toCorrespondentOrOutlet(head) || (head === 'ل' && r.entity.type === 'ORG' && MEDIA_NAMES_TOLD.test(nameKey(text.slice(r.start, r.end)))) ? pi : -1;
  };
  /** Whether the word right before `r` (after token `after`) is a verb of receiving a copy: «تلقت الجوهرة أف أم نسخة منه». */
  const receivedCopy = (r: Ref, after: number): boolean => {
    const b = tokenAt(r.start) - 1;
    return b > after && RECEIVING_VERBS.test(keys[b]!);
  };

  /**
   * Whose document the one named at token `at` is («وجاء في البيان …», the statement said): a body or
   * person named after it (بيان المنظمة، بلاغ لوزارة الدفاع، بيان صدر عن الديوان الملكي); a body by its
   * head noun alone (بيان المنظمة الأممية → the last «منظمة» named); for «البيان» (the statement), the
   * issuer of the last statement, or the last speaker who spoke through a document.
   */
  const documentIssuer = (at: number, zoneEnd: number, pos: number): Ref | undefined => {
    const named = issuerNamedAfter(at, zoneEnd);
    if (named) return named;
    const next = at + 1 < tokens.length && tokens[at + 1]!.start < zoneEnd ? keys[at + 1]! : '';
    if (next.startsWith('ال') && ORG_HEADS.has(bare(next))) {
      const body = lastBodyOfHead(bare(next), pos);
      if (body) return { start: tokens[at + 1]!.start, end: tokens[at + 1]!.end, entity: body.entity, role: false };
    }
    if (!keys[at]!.startsWith('ال')) return undefined;
    const issued = lastIssuerBefore(documentNoun(keys[at]!)!, pos);
    if (issued) return issued;
    const last = lastSpeakerBefore(pos);
    return last?.speaker && spokeThroughDocument(last.speaker, pos) ? { start: tokens[at]!.start, end: tokens[at]!.end, entity: last.speaker, role: false } : undefined;
  };

  // Whether «نقلا» occurs at all: most articles never quote a source inside a verb's subject. (The raw text is searched
  // first, harakat and tatweel allowed between the letters: cheaper than comparing every key.)
  const quotingInText = MAY_QUOTE_SOURCE.test(text) && keys.includes('نقلا');
  /**
   * True when the «ل» or «ب» opening token `k` (behind «و/ف» or not: «وبإقالة» is read as «بإقالة») is the
   * preposition: the word without it is more frequent than with it.
   */
  const letterIsPreposition = (k: number): boolean => {
    let form = lexiconForm(tokenText(k));
    if (/^[وف][بل]/u.test(form)) form = form.slice(1);
    const lexicon = getLexicon();
    return (lexicon.get(form.slice(1)) ?? 0) > (lexicon.get(form) ?? 0);
  };
  /**
   * The role head at token `m` (as `findIn` in ROLE_HEADS gives it), or «مكلف» for «المكلف ب…» (the one in charge
   * of …): «المكلف» heads a role only before what it is in charge of — after a role it qualifies it, «والي
   * القضارف المكلف», the acting governor.
   */
  const roleHeadAt = (m: number): string | undefined => {
    const k = keys[m] ?? '';
    return findIn(k, ROLE_HEADS) ?? (/^[وف]?المكلفه?$/u.test(k) && /^ب/u.test(keys[m + 1] ?? '') ? 'مكلف' : undefined);
  };
  /**
   * True when token `k` opens an indefinite role: a role noun without the article that is not in construct with a
   * definite noun or a name — «متحدث باسم الرئيس» (a spokesman for the president), «مستشار للرئيس», «نائب عن
   * الحزب» —, where «متحدث الحكومة», «مدير عام السجون» (the director-general of prisons) and «مستشار ترامب» name
   * the one who holds the role.
   */
  const indefiniteRoleAt = (k: number, to: number): boolean => {
    if (k >= tokens.length || tokens[k]!.start >= to || !ROLE_HEADS.has(keys[k]!)) return false;
    const namedAt = (m: number): boolean => refsIn(tokens[m]!.start, tokens[m]!.end).some((r) => r.start === tokens[m]!.start);
    // Over the nouns of a construct chain to its definite end or a name: «نائب رئيس حركة …», «مدير عام السجون»,
    // «رئيسة قسم علم الأوبئة» (the head of the epidemiology department), «رئيس جمعية "أجيالنا"». A preposition,
    // «باسم» or a complementiser first ends an indefinite description: «متحدث عسكري إسرائيلي إن».
    for (let m = k + 1; m < tokens.length && m <= k + 5 && tokens[m]!.start < to; m++) {
      if (tokens[m]!.kind !== 'word') return !(QUOTE_MARKS.has(text[tokens[m]!.start]!) && m + 1 < tokens.length && namedAt(m + 1));
      const key = keys[m]!;
      if (namedAt(m)) return false;
      if (/^ال/u.test(key)) return false;
      if (PREPOSITIONS.has(key) || COMPLEMENTISERS.has(key) || key === 'باسم' || /^(لل|بال|ل$|ب$)/u.test(key) || cueAt(m)) return true;
    }
    return true;
  };
  /**
   * The body named before `pos` that the definite noun at token `j` stands for: one of that head noun («المجلس» for
   * «مجلس العلاقات الأمريكية الإسلامية»), else the last one with that word in its name («المدعي» for «مكتب المدعي
   * الاتحادي البلجيكي»), as a reference at that noun.
   */
  const bodyNamedBy = (j: number, pos: number): Ref | undefined => {
    const k = keys[j] ?? '';
    if (!/^ال/u.test(k) || k.length < 5) return undefined;
    const word = bare(k);
    let body = lastBodyOfHead(word, pos, true)?.entity;
    for (let r = firstStartingAt(refs, pos) - 1; !body && r >= 0 && refs[r]!.start > pos - MAX_LOOK_BACK; r--) {
      const e = refs[r]!.entity;
      if (e.type === 'ORG' && nameKey(e.name).split(' ').some((w) => bare(w) === word)) body = e;
    }
    return body ? { ...textSpanOfToken(j), entity: body, role: false } : undefined;
  };
  /** The span of token `j`. */
  const textSpanOfToken = (j: number): Span => ({ start: tokens[j]!.start, end: tokens[j]!.end });
  /**
   * The body whose researchers are the subject at token `first` (see {@link RESEARCHERS}): «الباحثون، من جامعة بريستول»,
   * «فريق البحث من مجلس البحوث الطبية», «علماء بجامعة هارفارد» — the body named right after «من/في/لدى» or the
   * clitic «ب», past commas, inside the subject zone ending at `to`.
   */
  const researchersBody = (first: number, bareFirst: string, zone: readonly Ref[], to: number): Ref | undefined => {
    let m = first;
    if (RESEARCHERS.has(bareFirst)) m++;
    else if (keys[m] === 'فريق' && RESEARCH_TEAM_NOUNS.has(bare(keys[m + 1] ?? ''))) m += 2;
    else return undefined;
    while (m < tokens.length && tokens[m]!.kind === 'punct' && (text[tokens[m]!.start] === ',' || text[tokens[m]!.start] === '،')) m++;
    if (m >= tokens.length || tokens[m]!.start >= to || tokens[m]!.kind !== 'word') return undefined;
    const k = keys[m]!;
    const at = k === 'من' || k === 'في' || k === 'لدي' ? tokens[m + 1]?.start : k.startsWith('ب') ? tokens[m]!.start + 1 : undefined;
    return at === undefined ? undefined : zone.find((r) => r.start === at && r.entity.type === 'ORG' && !r.role);
  };
  /**
   * The body an organ at token `j` belongs to: «المكتب السياسي لحزب X» (the political bureau of party X), «الهيئة المديرة
   * للجمعية X» — a definite organ head ({@link ORGANS}), its adjectives, then a body the tagger named behind «ل». Or the head
   * noun of a body named before, «المكتب السياسي للحزب» (the party's political bureau): that head, for the caller to resolve
   * as it resolves «الحزب».
   */
  const organBody = (j: number, to: number, zone: readonly Ref[]): Ref | string | undefined => {
    if (j >= tokens.length || !ORGANS.has(keys[j]!.replace(/^[وف](?=ال)/u, ''))) return undefined;
    let m = j + 1;
    // (Past its adjectives, in «ي/ية» or another feminine: «الهيئة المديرة للجمعية».)
    while (m < tokens.length && m <= j + 2 && /^ال.{3,}(ي|ه)$/u.test(keys[m]!) && !/^لل/u.test(keys[m]!) && !refsIn(tokens[m]!.start, tokens[m]!.end).length) m++;
    if (m >= tokens.length || tokens[m]!.start >= to || !/^ل/u.test(keys[m]!)) return undefined;
    const body = zone.find((r) => r.start > tokens[m]!.start && r.start < tokens[m]!.end && r.entity.type === 'ORG' && !r.role);
    if (body) return /^لل?$/u.test(text.slice(tokens[m]!.start, body.start)) ? body : undefined;
    // (Only when a body of that head was named before: else the organ's own words name it best.)
    const head = /^لل/u.test(keys[m]!) ? keys[m]!.slice(2) : '';
    return head && ORG_HEADS.has(head) && !refsIn(tokens[m]!.start, tokens[m]!.end).length && lastBodyOfHead(head, tokens[j]!.start) ? head : undefined;
  };
  /** Whether «باسم» (on behalf of) stands among the few words before token `ti`, from token `from` on, no punctuation between. */
  const onBehalfBefore = (ti: number, from: number): boolean => {
    for (let k = ti - 1; k >= from && k >= ti - ON_BEHALF_REACH; k--) {
      if (tokens[k]!.kind !== 'word') return false;
      if (keys[k] === ON_BEHALF_OF) return true;
    }
    return false;
  };
  /** Whether token `j` is a definite body head noun that is no part of a name: «النقابة» (the union), «الوزارة». */
  const bodyHeadSubject = (j: number): boolean =>
    j < tokens.length && tokens[j]!.kind === 'word' && /^[وف]?ال/u.test(keys[j]!) && ORG_HEADS.has(bare(keys[j]!.replace(/^[وف](?=ال)/u, ''))) && refsIn(tokens[j]!.start, tokens[j]!.end).length === 0;
  /** Whether token `k` opens the occasion of a statement: «في ردّه», «خلال لقاء», «على هامش» (see {@link OCCASION_OPENERS}). */
  const occasionAt = (k: number): boolean => k < tokens.length && OCCASION_OPENERS.has(keys[k]!) && (keys[k] !== 'علي' || keys[k + 1] === 'هامش');
  /** What the subject zone [from, to) after a cue names: a speaker, an unnamed source, a description … (see `Subject`). */
  // (Not a person told, after a noun with the preposition «ل»: «وقال المصدر في تصريح للصحفي X», to the journalist X.)
  /**
   * «وأكد للشاهد أن …» (he assured al-Chahed that …): a mention that holds the «ل» of «لل» itself — the article's alif
   * dropped — behind a name written elsewhere with the article.
   */
  const heldLam = (r: Ref): boolean => {
    const written = text.slice(r.start, r.end);
    return written.startsWith('لل') && r.entity.name.includes('ال' + written.slice(2));
  };
  /**
   * The person named elsewhere right after the kin noun `kinKey` — bare or with a possessive pronoun («والده رمضان عبيدي»,
   * his father Ramadan Abedi) — who shares `of`'s family name: the relative «والد سلمان العبيدي» speaks as.
   */
  const namedRelative = (kinKey: string, of: Entity): Entity | undefined => {
    const kin = bare(unjoinedKin(kinKey));
    const family = (e: Entity): string => stripArticle(nameKey(e.name).split(' ').at(-1) ?? '');
    const surname = family(of);
    if (of.type !== 'PER' || surname.length < 3 || !/\s/u.test(of.name)) return undefined;
    for (const r of refs) {
      if (r.role || r.entity === of || r.entity.type !== 'PER' || !/\s/u.test(r.entity.name) || family(r.entity) !== surname) continue;
      const at = tokenAt(r.start);
      if (at < 1 || tokens[at]!.start !== r.start || tokens[at - 1]!.kind !== 'word') continue;
      const before = bare(unjoinedKin(keys[at - 1]!));
      if (before === kin || before === kin + 'ه' || before === kin + 'ها') return r.entity;
    }
    return undefined;
  };
  const toldPerson = (r: Ref): boolean => {
    const ti = tokenAt(r.start);
    if (heldLam(r)) return true;
    return ti > 0 && tokens[ti - 1]!.kind === 'word' && (keys[ti - 1] === 'ل' || /^[وف]?لل/u.test(keys[ti - 1]!) || (/^[وف]?ل/u.test(keys[ti - 1]!) && letterIsPreposition(ti - 1)));
  };
  /**
   * Whether the person `r`, named after a definite source noun at token `firstTok` («وقال الخبير في شؤون المياه …
   * الدكتور حيدر السعدي»), is the one it describes: not across a comma («وقال المسؤول، قبل ساعات من اجتماع … بين ترامب
   * و… نتنياهو، إن» names the meeting's people in a circumstance, and the official stays unnamed); only a few words on,
   * in the same clause («وهو ما نفاه المسؤول الأفريقي مرارا حيث لم يفرض الاتحاد …» names others after «حيث», and
   * «وأضاف الخبير إن … وإقالة الوزير» the minister inside what is said); not a role mention; not a person told.
   */
  // (One comma may close the description right before the name: «كشف المسؤول عن البرنامج الوطني لمكافحة التدخين، فيصل
  // السماعلي …», the head of the national anti-smoking programme, Faycel Smaali.)
  const describedAfter = (firstTok: number, r: Ref): boolean => {
    const between = text.slice(tokens[firstTok]!.end, r.start);
    const apposition = /^[^،,؛;:]+[،,]\s*$/u.test(between) && !/^\s*[،,]/u.test(between);
    if (r.role || toldPerson(r) || (/[،,؛;:]/u.test(between) && !apposition)) return false;
    const j = tokenAt(r.start);
    if (j - firstTok > 12) return false;
    for (let k = firstTok + 1; k < j; k++) if (COMPLEMENTISERS.has(keys[k]!) || CLAUSE_OPENERS.has(keys[k]!) || cueAt(k)) return false;
    return true;
  };
  /** Whether a reference is only a body's generic head and its common complement: «وكالة أنباء» (a news agency). */
  const genericBody = (r: Ref): boolean => {
    for (let k = tokenAt(r.start); k < tokens.length && tokens[k]!.start < r.end; k++) if (!ORG_HEADS.has(bare(keys[k]!)) && !GENERIC_BODY_WORDS.has(bare(keys[k]!))) return false;
    return true;
  };
  const subjectIn = (from: number, to: number): Subject => {
    // (Past a comma typed right after the verb: «طالبت، الكاتبة العامة للنقابة …، حبيبة الميزوني، ب…».)
    const lead0 = tokenAt(from);
    let lead = lead0 + 1 < tokens.length && tokens[lead0 + 1]!.start < to && (tokenText(lead0) === '،' || tokenText(lead0) === ',') && tokens[lead0]!.start === tokens[lead0 - 1]?.end ? lead0 + 1 : lead0;
    // (Past the time of the statement right after the verb: «أكد اليوم الاثنين القيادي بآفاق تونس، مهدي الرباعي، …»,
    // stressed today, Monday, the Afek Tounes official, Mehdi Rebai.)
    const timed = lead;
    for (let n = 0; n < 2 && lead + 1 < tokens.length && tokens[lead + 1]!.start < to && STATEMENT_TIMES.has(keys[lead]!) && !refsIn(tokens[lead]!.start, tokens[lead]!.end).length; n++) lead++;
    // (And «مطلع أكتوبر» (early October), «منتصف الشهر» (mid-month): a part of a period and the period.)
    if (lead === timed && PERIOD_PARTS.has(keys[lead] ?? '') && lead + 2 < tokens.length && tokens[lead + 2]!.start < to && tokens[lead + 1]!.kind === 'word' && !refsIn(tokens[lead]!.start, tokens[lead + 1]!.end).length) lead += 2;
    if (lead > timed && lead + 1 < tokens.length && tokens[lead + 1]!.start < to && (tokenText(lead) === '،' || tokenText(lead) === ',')) lead++;
    // «أصدر النادي بيانا طالب فيه الجامعة ب…» (the club issued a statement in which it called on the federation
    // to …), «يطالب من خلاله وزارة الداخلية»: after «فيه» or «من خلاله» the one who published the document speaks
    // (see `publisherBefore`), and the body named next is the object.
    // «وأوضح نفس المصدر وفق ما أوردته وكالة الأنباء الجزائرية أنه …» (the same source explained, as the Algerian news agency
    // reported, that …): a source noun after the subject opens a relay; whoever it names only passes the words on.
    for (let m = lead + 1; m < tokens.length && m <= lead + 6 && tokens[m]!.start < to; m++) {
      if (tokens[m]!.kind !== 'word') break;
      if (relayNoun(keys[m]!) && (keys[m + 1] === 'ما' || keys[m + 1] === 'لما' || refsIn(tokens[m + 1]?.start ?? to, tokens[m + 1]?.end ?? to).some((x) => x.entity.type === 'ORG'))) {
        return subjectIn(from, tokens[m]!.start);
      }
    }
    const inWhich = keys[lead] === 'فيه' || keys[lead] === 'فيها' || (keys[lead] === 'من' && (keys[lead + 1] === 'خلاله' || keys[lead + 1] === 'خلالها'));
    const published = inWhich && lead > 0 && cueAt(lead - 1) ? publisherBefore(lead - 1) : undefined;
    if (published?.ref) return { published };
    // «وأفادت بخصوص العضوين X وY، بأنه …» (it stated about the two members X and Y that …): the people a statement is
    // about, up to the comma, are no subject; what follows the comma is read instead.
    if (TOPIC_PREPOSITIONS.has(keys[lead] ?? '') && tokens[lead]!.start >= from) {
      for (let c = lead + 1; c < tokens.length && c <= lead + 8 && tokens[c]!.start < to; c++) {
        if (tokens[c]!.kind === 'punct' && tokenText(c) !== '،' && tokenText(c) !== ',') break;
        if (tokenText(c) !== '،' && tokenText(c) !== ',') continue;
        return c + 1 < tokens.length && tokens[c + 1]!.start < to ? { ...subjectIn(tokens[c + 1]!.start, to), after: c + 1 } : {};
      }
    }
    // «وقالت خلال اجتماع لجنة المالية …، "…"» (she said during the meeting of the finance committee): a body named in the
    // occasion of the statement right after the verb — the occasion's noun and the body's name in construct — is no subject;
    // the search goes on after it (a subject may still follow: «… لجنة المالية، الوزيرة X»).
    if (occasionAt(lead) && tokens[lead]!.start >= from && lead + 2 < tokens.length) {
      const noun = lead + 1;
      // (The noun without the article, in construct: «وأكدت خلال الاجتماع وزارة الصحة» has the ministry speak.)
      if (findIn(keys[noun]!, OCCASION_NOUNS) && !/^ال/u.test(keys[noun]!)) {
        const body = refsIn(tokens[noun + 1]!.start, tokens[noun + 1]!.end).find((r) => r.entity.type === 'ORG' && r.start === tokens[noun + 1]!.start && r.end < to);
        if (body) return { ...subjectIn(body.end, to), after: tokenAt(body.end) };
      }
    }
    // («وقال عنها المخرج» (the director said of her): the subject comes after the pronoun phrase.)
    if (PRONOUN_PHRASES.has(keys[lead] ?? '') && lead + 1 < tokens.length && tokens[lead]!.start >= from && tokens[lead + 1]!.start < to && tokens[lead + 1]!.kind === 'word' && /^ال/u.test(keys[lead + 1]!) && !refsIn(tokens[lead]!.start, tokens[lead]!.end).length) {
      return { ...subjectIn(tokens[lead + 1]!.start, to), after: lead + 1 };
    }
    const zone = refsIn(from, to);
    // «أكد مبعوثنا الخاص الى القاهرة جمال القاسمي أن …» (our special envoy to Cairo, Jamel Kasmi, stressed): the outlet's own
    // reporter is named a few words later, past what describes the post.
    if (OWN_REPORTERS.has(keys[lead] ?? '')) {
      const named = zone.find((r) => r.entity.type === 'PER' && !r.role && tokenAt(r.start) <= lead + OWN_REPORTER_REACH);
      let clear = named !== undefined;
      // (Not past a body or a person's title, whose name it is: «مراسلنا في مكتب الرئيس قيس سعيد», our correspondent at
      // President Kais Saied's office.)
      for (let m = lead + 1; clear && m < tokenAt(named!.start); m++) {
        clear =
          tokens[m]!.kind !== 'punct' &&
          !COMPLEMENTISERS.has(keys[m]!) &&
          !refsIn(tokens[m]!.start, tokens[m]!.end).some((r) => r.entity.type === 'ORG') &&
          !(/^ال/u.test(keys[m]!) && (findIn(keys[m]!, ROLE_HEADS) !== undefined || findIn(keys[m]!, HONORIFICS) !== undefined));
      }
      if (clear) return { ref: named };
    }
    // «وفق ما أكده لنا مراسل جوهرة "اف ام" بالجهة» (as Jawhara FM's correspondent told us), «حسب ما عاينه مراسل …»: the
    // outlet's own reporter, unnamed, speaks for no one named — not for the station after it.
    const reporterAt = TO_US.has(keys[lead] ?? '') ? lead + 1 : lead;
    // (With the outlet named right after it: «موفدنا» alone may take up the envoy named before. An envoy only of a medium:
    // «أفاد مبعوث الجوهرة اف ام» (Jawhara FM's envoy reported), not «مبعوث الأمم المتحدة», who speaks for his body.)
    const reporterKey = reporterAt < tokens.length ? keys[reporterAt]! : '';
    const correspondent = CORRESPONDENTS.has(reporterKey) && !ENVOY_NOUNS.has(reporterKey);
    if ((correspondent || ENVOY_NOUNS.has(reporterKey)) && reporterAt + 1 < tokens.length && tokens[reporterAt]!.start < to && !zone.some((r) => r.entity.type === 'PER' && !r.role)) {
      const from1 = tokens[reporterAt + 1]!.start;
      const to1 = tokens[Math.min(reporterAt + 2, tokens.length - 1)]!.end;
      if (zone.some((r) => r.entity.type === 'ORG' && r.start >= from1 && r.start <= to1 && (correspondent || MEDIUM_NAME.test(text.slice(r.start, r.end))))) return { unnamed: true };
    }
    // «قال أحد المستخدمين يُدعى توم كوتس:» (one of the users, called Tom Coates, said): the person a naming word
    // («يدعى»، «تدعى»، «المدعو») names a few words into the subject is the subject.
    // (Not when a relative's noun stands first: «وقال شقيق الموقوف المدعو كريم» is the brother.)
    for (let m = lead + 1; !isKin(keys[lead] ?? '') && m < tokens.length && m <= lead + 4 && tokens[m]!.start < to; m++) {
      if (tokens[m]!.kind !== 'word') break;
      if (!NAMING_WORDS.has(keys[m]!)) continue;
      const named = m + 1 < tokens.length ? zone.find((r) => r.start === tokens[m + 1]!.start && r.entity.type === 'PER') : undefined;
      if (named) return { ref: named };
      break;
    }
    // «عبر المكتب السياسي لحزب المسار …، عن مساندته» (the political bureau of the Massar party expressed its support):
    // an organ of a body, named by its head and adjectives, speaks for the body named after its «ل».
    const organOf = organBody(lead, to, zone);
    if (typeof organOf === 'string') return { orgHead: organOf };
    if (organOf) return { ref: organOf };
    // «وشدد، المكتب على "…"» (the office stressed …) after «المكتب الجهوي لحركة الشعب بقبلي»: an organ's head noun alone
    // stands for the organ named before with its body, which speaks.
    if (lead < tokens.length && tokens[lead]!.start >= from && ORGANS.has(keys[lead]!.replace(/^[وف](?=ال)/u, '')) && !refsIn(tokens[lead]!.start, tokens[Math.min(lead + 1, tokens.length - 1)]!.end).some((r) => r.entity.type === 'ORG')) {
      const organKey = keys[lead]!.replace(/^[وف](?=ال)/u, '');
      for (let m = lead - 1; m >= 0 && m >= lead - 400; m--) {
        if (keys[m]!.replace(/^[وف](?=ال)/u, '') !== organKey) continue;
        const reach = tokens[Math.min(m + 4, tokens.length - 1)]!.end;
        const body = organBody(m, reach, refsIn(tokens[m]!.start, reach));
        if (body && typeof body !== 'string') return { ref: { start: tokens[lead]!.start, end: tokens[lead]!.end, entity: body.entity, role: true } };
      }
    }
    const headSubject = bodyHeadSubject(lead);
    let addressee: Entity | undefined;
    const candidates: Ref[] = [];
    const from0 = lead;
    for (const r of zone) {
      const ti = tokenAt(r.start);
      const tok = tokens[ti]!;
      const prevKey = ti > 0 ? keys[ti - 1]! : '';
      const attachedL = (r.start > tok.start && /^[وف]?ل/u.test(text.slice(tok.start, r.start))) || heldLam(r);
      // «لصحيفة "النهار"»، «لوكالة رويترز»: a body named after ل + its head noun is spoken to.
      let pi = ti - 1;
      // (Also an opening guillemet or bracket: «لـ«عكاظ»», «لـ(سبأ)».)
      while (pi >= 0 && r.start === tok.start && tokens[pi]!.kind === 'punct' && (SYMMETRIC.has(text[tokens[pi]!.start]!) || OPENING_BEFORE_NAME.has(text[tokens[pi]!.start]!))) pi--;
      const headKey = pi >= 0 && pi < ti ? keys[pi]! : '';
      // (A person after «للحزب» is the party's officer in a role, not an addressee: الأمين العام للحزب X.)
      // (Also any noun with ل before a body: «لراديو هيئة الإذاعة البريطانية», to the BBC's radio.)
      // (Also before marks: «وأضاف لمراسل "الجوهرة أف أم" أن …», he added to Jawhara FM's correspondent.)
      // (Across marks only when «ل» is a preposition there, not the word's first letter: not «وأكدت لائحة "أمل
      // تونس"», the "Amal Tounes" list stressed, where «ائحة» is no word.)
      // (Not after a study or an issued document, whose «ل» names its maker: «استطلاع لمعهد "إيفوب"», a poll by the Ifop institute.)
      const madeBy = pi === from0 + 1 && madeDocument(bare(keys[from0]!));
      const toHead = !madeBy && /^[وف]?ل/u.test(headKey) && (!!findIn(headKey, ORG_HEADS) || toCorrespondentOrOutlet(headKey.replace(/^[وف](?=ل)/u, '')) || (pi >= 0 && /^ل[^ل].{3,}/u.test(headKey) && !refEnds.has(tokens[pi]!.end) && (pi === ti - 1 || letterIsPreposition(pi)))) && r.entity.type !== 'PER';
      // (And «لـ» written apart, also before marks: «وأوضح لـ "الجوهرة أف أم" أنه …», he explained to Jawhara FM.)
      // (But «تقرير لـ"بي بي سي"», a BBC report: after a document noun «لـ» names its issuer.)
      const toldApart = (headKey === 'ل' || headKey === 'لل') && !(pi > 0 && documentNoun(keys[pi - 1]!) !== undefined);
      // (Nor «ل» attached after a document noun and its adjective: «وأفاد بلاغ إعلامي لرئاسة الجمهورية» (a press release
      // of the presidency reported) names the issuer.)
      // (Only a document that is issued, as the subject: not «في تصريح لوكالة تونس إفريقيا للأنباء» or «في رسالة
      // لوزارة الداخلية», where «ل» names the one told.)
      const docAt = ti - 1 === from0 ? ti - 1 : ti - 2 === from0 && /ي$/u.test(keys[ti - 1]!) ? ti - 2 : -1;
      // (A study or poll too: «كشف استطلاع لمنظمة الصحة العالمية» (a poll by the WHO).)
      const issuedBy = attachedL && r.entity.type === 'ORG' && docAt >= 0 && madeDocument(bare(keys[docAt]!));
      // «وقال مصدر أمني لمراسل الجوهرة أف أم في القصرين، عامر النصري، إن …» (a security source told Jawhara FM's
      // correspondent in Kasserine, Amer Nasri, that …): a person named after a correspondent told, whom the subject
      // preceded, is that correspondent. (Not «وقال لمراسلنا الوزير X», told first, the subject after.)
      let toldReporter = false;
      if (r.entity.type === 'PER' && !r.role) {
        for (let m = ti - 1; m > from0 && m >= ti - 8 && !toldReporter; m--) {
          const km = keys[m]!;
          if (tokens[m]!.kind === 'word' && (COMPLEMENTISERS.has(km) || cueAt(m) !== undefined || refEnds.has(tokens[m]!.end) && zone.some((x) => x.end === tokens[m]!.end && x.entity.type === 'PER'))) break;
          toldReporter = /^ل[^ل]/u.test(km) && CORRESPONDENTS.has(km.slice(1));
        }
      }
      // (Nor a body behind «ل» right after a role head, the body of the role: «أكد الكاتب العام للنقابة العامة للتعليم الأساسي،
      // المستوري القمودي، …», the union's secretary-general stressed — nobody told.)
      // (An outlet there is told all the same: «صرح الوزير لوكالة تونس إفريقيا للأنباء».)
      const headOfBody = r.start > tok.start ? findIn(keys[ti]!, ORG_HEADS) : undefined;
      const roleBody = attachedL && headOfBody !== undefined && !MEDIA_HEADS.has(headOfBody) && ti - 1 > from0 && (roleHeadAt(ti - 1) !== undefined || (ROLE_LINKS.has(bare(keys[ti - 1]!)) && roleHeadAt(ti - 2) !== undefined));
      if (((attachedL && !issuedBy) || toHead || toldApart || toldReporter) && !roleBody) {
        if (!addressee && (r.entity.type === 'ORG' || r.entity.type === 'PER')) addressee = r.entity;
        continue;
      }
      // The one told, named again after the role it was told by: «لوما لوزيرة الصحة، سميرة مرعي» (blame to the health
      // minister, Samira Merai) — not the subject.
      if (addressee !== undefined && r.entity === addressee) continue;
      if (r.start > tok.start && /^[وف]?[بك]/u.test(text.slice(tok.start, r.start))) continue;
      // (The verb itself may be spelled like a preposition: «عبّر الحزب» (the party expressed), not «عبر» (via).)
      if (PREPOSITIONS.has(prevKey) && !r.role && ti !== from0) continue;
      // («وقال في برنامج بوليتيكا إنه …», he said on the programme Politica: a programme named after its noun and a
      // preposition is where it was said, not who said it.)
      if (ti > 1 && SHOW_NOUNS.has(prevKey) && PREPOSITIONS.has(keys[ti - 2]!) && r.entity.type !== 'PER') continue;
      // «الممثل القانوني لحركة نداء تونس (شق حافظ قايد السبسي)» (the party's legal representative (Hafedh Caïd Essebsi's
      // faction)): a name inside brackets after a word of its own is that word's complement, not the subject.
      // (Only after such a word, not after a role or a title: «المتحدث باسم الحزب (النائب محمد علي)».)
      let bracket = ti - 1;
      while (bracket >= from0 && bracket > ti - 4 && tokens[bracket]!.kind === 'word') bracket--;
      if (bracket >= from0 && bracket < ti - 1 && tokenText(bracket) === '(' && isKin(keys[bracket + 1]!)) continue;
      // «والد "إيفانكا"» (the father of …): a relative of the one named speaks, not the one named.
      const ki = wordBeforeMarks(ti);
      // (Not a name's last word: «أمانة جدة محمد البقمي», where «جدة» is Jeddah, not «grandmother».)
      if (r.start === tok.start && ki >= 0 && isKin(keys[ki]!) && !refEnds.has(tokens[ki]!.end)) {
        // «أكد والد سلمان العبيدي» (Salman Abedi's father stressed) after «والده رمضان عبيدي» (his father, Ramadan Abedi):
        // the relative the article names elsewhere with that kin noun and the family name.
        const relative = namedRelative(keys[ki]!, r.entity);
        if (relative) candidates.push({ start: tokens[ki]!.start, end: r.end, entity: relative, role: false });
        continue;
      }
      // «قالت وكالة أنباء "سبوتنيك" الروسية» (the Russian news agency "Sputnik" said): a body the tagger named by its
      // generic head alone, right before the body's own name, is that body.
      const named = r.entity.type === 'ORG' && !r.role && genericBody(r) ? zone.find((x) => x !== r && x.entity.type === 'ORG' && x.start > r.end && /^[\s"“”«»]*$/u.test(text.slice(r.end, x.start))) : undefined;
      if (named) {
        candidates.push({ start: r.start, end: named.end, entity: named.entity, role: false });
        continue;
      }
      // «قالت سفيرة كندا» (Canada's ambassador said): a place in construct after a role noun is the role's, and the holder
      // speaks, not the place.
      if (r.entity.type === 'LOC' && !r.role && r.start === tok.start && ti > from0 && tokens[ti - 1]!.kind === 'word' && !/^[وف]?ال(?!ي$)/u.test(keys[ti - 1]!) && roleHeadAt(ti - 1) !== undefined) continue;
      // «الوزارة السعودية»، «وزير الخارجية السعودي»: a one-word place after a definite common noun
      // is a nationality adjective, not a place that speaks.
      if (r.entity.type === 'LOC' && !r.role && r.start === tok.start && r.end === tok.end && /(ي|يه|ية)$/u.test(keys[ti]!) && ti > from0 && tokens[ti - 1]!.kind === 'word' && /^(ال|[وفبل]ال|لل)/u.test(keys[ti - 1]!) && !refEnds.has(tokens[ti - 1]!.end)) continue;
      // «ودعت النقابة رئاسة الحكومة إلى …» (the union called on the presidency of the government to …): after a
      // body named by its definite head noun right after the verb, a body named right after it by a head noun of its
      // own is the verb's object — not a name that restates it («وأعلنت الحركة الإسلامية حماس»، «الوزارة، وزارة الصحة»).
      if (headSubject && ti === from0 + 1 && r.start === tok.start && r.entity.type === 'ORG' && !r.role && /\s/u.test(text.slice(r.start, r.end)) && ORG_HEADS.has(bare(keys[ti]!))) continue;
      // «وقال الناطق العسكري باسم كتائب الشهيد عز الدين القسام "أبو عبيدة"، إن» (the military spokesman of the Martyr Izz
      // al-Din al-Qassam Brigades, "Abu Obeida", said): a person inside what a spokesman speaks for («باسم»), with another
      // named right after it, is no subject.
      if (r.entity.type === 'PER' && !r.role && onBehalfBefore(ti, from0) && zone.some((x) => x.entity.type === 'PER' && !x.role && x.start > r.end && tokenAt(x.start) - tokenAt(r.end) <= ON_BEHALF_REACH)) continue;
      candidates.push(r);
    }
    // «وقال ضيف "بوليتيكا" إن …» (the guest of "Politica" said): the person the programme had as its guest, the one
    // last described so or the last person who spoke — not the programme.
    // («قال ضيف بولتيكا الصحفي والكاتب … Guy Sitbon أن …» (the guest of Politica, the journalist and writer … Guy Sitbon):
    // the person the guest's description names, past the programme and the descriptions, in the same clause.)
    if (GUESTS.has(keys[from0] ?? '') && tokens[from0]!.start < to) {
      // (Right after a definite description: not «ونقل ضيف "بوليتيكا" كواليس موقف …», a noun the tagger took for a name.)
      const guest = candidates.find((r) => r.entity.type === 'PER' && !r.role && tokenAt(r.start) <= from0 + 10 && /^و?ال.{3,}/u.test(keys[wordBeforeMarks(tokenAt(r.start))] ?? ''));
      let clause = guest !== undefined;
      for (let m = from0 + 1; guest && clause && m < tokenAt(guest.start); m++) clause = !(tokens[m]!.kind === 'punct' && !QUOTE_MARKS.has(tokenText(m))) && !COMPLEMENTISERS.has(keys[m]!) && !cueAt(m);
      if (guest && clause) return addressee ? { ref: guest, addressee } : { ref: guest };
    }
    if (GUESTS.has(keys[from0] ?? '') && tokens[from0]!.start < to && !zone.some((r) => r.entity.type === 'PER' && !r.role)) {
      return addressee ? { anaphoric: true, addressee } : { anaphoric: true };
    }
    // «وذكرت وسائل إعلام محلية نقلا عن يمين أن …» (local media reported, quoting Yameen, that …): the
    // one quoted inside the subject is the source.
    for (let m = quotingInText ? lead : tokens.length; m + 2 < tokens.length && tokens[m + 2]!.start < to; m++) {
      if (keys[m] !== 'نقلا' || keys[m + 1] !== 'عن') continue;
      const q = zone.find((r) => r.start === tokens[m + 2]!.start && (r.entity.type === 'PER' || r.entity.type === 'ORG'));
      if (q) return addressee ? { ref: q, addressee } : { ref: q };
    }
    // («نفس المصدر»، «ذات المصدر» (the same source) read as «المصدر» itself.)
    const sameAs = (keys[lead] === 'نفس' || keys[lead] === 'ذات') && /^ال/u.test(keys[lead + 1] ?? '') && (tokens[lead + 1]?.start ?? Infinity) < to;
    const firstTok = lead + (sameAs ? 1 : 0);
    const firstKey = firstTok < tokens.length && tokens[firstTok]!.start < to ? keys[firstTok]! : '';
    // The first word without «و/ف» and the article, and whether it had the article.
    const bareFirst = firstKey.replace(/^[وف]?ال/u, '');
    const definiteFirst = bareFirst !== firstKey;
    /** Whether the first word is a plural in «ون» of a common noun of people («المحتجون»، «الباحثون»، «المدعون»). */
    const commonPluralFirst = (): boolean => bareFirst.length >= 5 && bareFirst.endsWith('ون') && pluralOfCommonNoun(tokenText(firstTok));
    const speaking = candidates.filter((r) => r.entity.type === 'PER' || r.entity.type === 'ORG' || r.entity.type === 'LOC');
    // («كبير الباحثين في الدراسة، أحمد …», the study's chief researcher: «كبير» (chief) before a definite plural.)
    // (And «المكلف بملف السجون X», the one in charge of the prisons file, X: see roleHeadAt.)
    const head = (firstKey ? roleHeadAt(firstTok) : undefined) || findIn(firstKey, HONORIFICS) || firstKey === 'كل' || (firstKey === 'كبير' && /^ال.{3,}(ين|ون)$/u.test(keys[firstTok + 1] ?? ''));
    const result: Subject = {};
    if (addressee) result.addressee = addressee;
    const per = speaking.find((r) => r.entity.type === 'PER');
    const first = speaking[0];
    // «وأوضح الباحثون، من جامعة بريستول البريطانية، أنه …» (the researchers, from the University of Bristol, explained
    // that …), «وقال فريق البحث من مجلس البحوث الطبية إن …» (the research team of the Medical Research Council said):
    // unnamed researchers with their body named after «من/في/لدى/ب» speak for that body.
    const researchBody = researchersBody(firstTok, bareFirst, zone, to);
    if (researchBody) {
      result.ref = researchBody;
      return result;
    }
    // «وطالب المحتجون سلطة الإشراف بالتدخل» (the protesters called on the supervising authority to step in), «وطالب
    // السكان وزارة الصحة»: a definite plural of people right after the verb, then a body — the plural is the subject
    // (in «ون», or a broken plural of people or sources after a verb that takes no person as its object), the body the
    // object.
    if (definiteFirst && !per && first?.entity.type === 'ORG' && !first.role && first.start >= tokens[firstTok]!.end && !refsIn(tokens[firstTok]!.start, tokens[firstTok]!.end).length) {
      const verbBefore = lead0 > 0 ? cueAt(lead0 - 1) : undefined;
      const objectFirst = verbBefore !== undefined && OBJECT_FIRST_VERBS.has(verbBefore.form.verb.lemma);
      if (commonPluralFirst() || (!objectFirst && (PLURAL_SOURCES.has(bareFirst) || PEOPLE_PLURALS.has(bareFirst)))) {
        result.unnamed = true;
        result.group = true;
        return result;
      }
    }
    // «أفاد مصدر أمني وكالة تونس إفريقيا للأنباء بأن …» (a security source told the TAP agency that …): an unnamed source
    // right after the verb is the subject, and the body after its adjective, with no preposition, the one told.
    if (!definiteFirst && UNNAMED_SOURCES.has(bareFirst) && first?.entity.type === 'ORG' && !first.role && !per && tokenAt(first.start) === firstTok + 2 && first.start === tokens[firstTok + 2]!.start && tokens[firstTok + 1]!.kind === 'word' && /^.{2,}(ي|يه)$/u.test(keys[firstTok + 1]!)) {
      result.unnamed = true;
      result.addressee = first.entity;
      return result;
    }
    // «وقال مسؤول وزارة التجهيز إنه …» (an official of the equipment ministry said that …): an indefinite official or source
    // in construct with a body is one of its people, unnamed — not the body.
    if (!definiteFirst && OFFICIALS.has(bareFirst) && first?.entity.type === 'ORG' && !first.role && !per && first.start === tokens[firstTok + 1]?.start) {
      // (The one person named before with a title in that body is that official: «دعا مدير إدارة المياه العمرانية بوزارة
      // التجهيز … نجيب بن شيخة … وقال مسؤول وزارة التجهيز إنه …».)
      const body = nameKey(text.slice(first.start, first.end));
      const holders = personsTitled((title) => nameKey(title).includes(body)).filter((e) => e.mentions.some((m) => m.start < first.start));
      if (holders.length === 1) result.ref = { start: tokens[firstTok]!.start, end: first.end, entity: holders[0]!, role: true };
      else result.unnamed = true;
      return result;
    }
    // «أفاد مراسل "الجوهرة أف أم"» (Jawhara FM's correspondent reported): the outlet's own reporter, unnamed, is
    // no source for the outlet — unless the article names the reporter in the subject.
    if (!per && /^(مراسل|مراسله|مراسلنا|مراسلتنا)$/u.test(firstKey)) {
      result.unnamed = true;
      return result;
    }
    // «كشف استطلاع لمعهد "إيفوب" أن …» (a poll by the Ifop institute revealed that …): a study or an issued document
    // made by a body named right after its «ل» head, across marks, speaks for that body.
    if (first && first.entity.type === 'ORG' && !definiteFirst && madeDocument(bareFirst) && /^ل/u.test(keys[firstTok + 1] ?? '') && tokenAt(first.start) > firstTok + 1 && tokenAt(first.start) <= firstTok + 3 && tokens.slice(firstTok + 2, tokenAt(first.start)).every((x) => x.kind === 'punct' && (SYMMETRIC.has(text[x.start]!) || text[x.start] === '«'))) {
      result.ref = first;
      return result;
    }
    // «كشف تدقيق مواطني أنجزه المنتدى التونسي …» (a citizens' audit the Tunisian forum carried out revealed …), «أظهرت
    // دراسة أجراها معهد باستور أن»: so does one the body made, named right after the verb of making and its pronoun
    // (past one adjective of the document's).
    if (first && first.entity.type === 'ORG' && !first.role && !definiteFirst && madeDocument(bareFirst)) {
      let m = firstTok + 1;
      if (m < tokens.length && tokens[m]!.kind === 'word' && !MAKING_VERB.test(keys[m]!) && /^.{2,}(ي|يه)$/u.test(keys[m]!) && !refsIn(tokens[m]!.start, tokens[m]!.end).length) m++;
      if (m + 1 < tokens.length && MAKING_VERB.test(keys[m]!) && first.start === tokens[m + 1]!.start) {
        result.ref = first;
        return result;
      }
    }
    // «أفاد موقع قناة "دبليو دي آر"» (the site of the channel "WDR" reported): only head nouns and
    // quotation marks before the name.
    let headsOnly = false;
    if (first && first.start > (tokens[firstTok + 2]?.start ?? Infinity) && first.entity.type === 'ORG') {
      headsOnly = true;
      for (let k = firstTok; k < tokens.length && tokens[k]!.end <= first.start && headsOnly; k++) {
        const t = tokens[k]!;
        headsOnly = t.kind === 'punct' ? SYMMETRIC.has(text[t.start]!) || text[t.start] === '«' : ORG_HEADS.has(bare(keys[k]!)) || keys[k] === 'موقع';
      }
    }
    // «ودعا المسؤول تونس إلى» (the official called on Tunisia to): a definite description of a source right
    // after the verb is the subject, and the place after it the object.
    // (Indefinite too, the place in its description: «وقال أهالي منطقة القصرين إن» (the residents of the Kasserine area
    // said), «ويطالب أهالي منطقة سيدي مرشد ب…».)
    const describedSource = first !== undefined && first.entity.type === 'LOC' && first.start >= tokens[firstTok]!.end && UNNAMED_SOURCES.has(bareFirst);
    if (first && !describedSource && (headsOnly || first.start <= (tokens[firstTok + 2]?.start ?? Infinity))) {
      // The subject right after the verb wins (قال ماكرون … مع المستشار الألماني أولاف شولتس).
      const next = speaking[1];
      // (Not «مكتب الرئيس عبد الله يمين»: a body that ends with a title belongs to the person named after it, and speaks.)
      const ownedByTitle = first.entity.type === 'ORG' && findIn(nameKey(text.slice(first.start, first.end)).split(' ').at(-1) ?? '', ROLE_HEADS) !== undefined;
      // «وقال مؤسس موقع ويكيليكس، جوليان أسانج، …» (the founder of WikiLeaks, Julian Assange): after a
      // role noun, the name in its complement is not the speaker when a person follows in apposition.
      const apposed = head && next && next.entity.type === 'PER' && first.start >= tokens[firstTok]!.end && /^\s*[،,]?\s*$/u.test(text.slice(first.end, next.start));
      // (Not a second body named by a head noun of its own, the verb's object: «دعت الهيئة العليا المستقلة للاتصال السمعي
      // البصري رئاسة الحكومة إلى التراجع», the authority called on the government's presidency to back down.)
      const nextTok = next ? tokenAt(next.start) : -1;
      // (Or by a definite word of its own, a body no description names: «دعا حزب المؤتمر من أجل الجمهورية النيابة العمومية الى
      // فتح تحقيق», the party called on the public prosecution to open an inquiry.)
      const ownHead = next !== undefined && next.entity.type === 'ORG' && next.start === tokens[nextTok]!.start && /\s/u.test(text.slice(next.start, next.end)) && (ORG_HEADS.has(keys[nextTok]!) || keys[nextTok]!.startsWith('ال')) && !ORG_HEADS.has(bare(keys[tokenAt(first.end - 1)]!));
      if (apposed) result.ref = next;
      else if (first.entity.type === 'ORG' && next && !ownedByTitle && !ownHead && (next.entity.type === 'ORG' || next.entity.type === 'PER') && text.slice(first.end, next.start).trim() === '') {
        // «أعلنت شركة صناعة السيارات الأمريكية فولترا»: a description, then the name it describes.
        result.ref = next;
      } else if (first.entity.type === 'PER' || first.role) {
        // «عبر رئيس الغرفة الجهوية للمخابز بولاية بنزرت، وعضو الغرفة الوطنية، عبد اللطيف المرزوقي، عن …»: a
        // person named between commas after the role is its holder here, whoever held that role before.
        result.ref = (first.role ? namedApposition(speaking, first) : undefined) ?? first;
      }
      else if (head && per) result.ref = per;
      // «قال مفتي عام المملكة، الشيخ X، إن»: a place inside the subject's description, then the person.
      else if (first.entity.type === 'LOC' && per && per.start > first.start && tokenAt(first.start) > firstTok) result.ref = per;
      else {
        // «مدرب نادي محيط قرقنة» (the coach of the Kerkennah club): a role of a body is the person named
        // earlier with that role, when there is one; else the body.
        const held = head && findIn(firstKey, ROLE_HEADS) ? titledBefore(firstTok, from) ?? holderOfSameRole(firstTok, from) : null;
        // «وأوضح المتحدث الرسمي باسم وزارة التجارة أن … وأضاف المتحدث ماجد القرني أن …»: a body's spokesman
        // not named yet is the spokesman the article names next, within a few hundred characters.
        // (Any other role of a body: the person named next with that role as a title.)
        const spokesman = !held && first.entity.type === 'ORG' && typeof head === 'string' ? roleHolderNamedAfter(head, to, firstTok, first.entity) ?? headlinePersonFor(head, firstTok) : undefined;
        // «وأفاد مدير إقليم الأمن الوطني بتونس أن» (the director of the Tunis security district reported): a role of a
        // place whose holder is not named is someone unnamed, not the place.
        // (Not before a comma, where the holder may follow in apposition: «أعلن وزير داخلية تتارستان، أرتيوم خوخورين،».)
        if (!held && !spokesman && head && first.entity.type === 'LOC' && first.start >= tokens[firstTok]!.end && !/^\s*[،,]/u.test(text.slice(first.end, to))) {
          result.unnamed = true;
          return result;
        }
        result.ref = held ? { start: tokens[firstTok]!.start, end: tokens[firstTok]!.end, entity: held, role: true } : spokesman ? { start: tokens[firstTok]!.start, end: tokens[firstTok]!.end, entity: spokesman, role: true } : first;
      }
      return result;
    }
    // «ففي تقرير صادر عن المعهد … وأكد التقرير أن …» (a report issued by the institute … the report
    // stressed that …): a definite document noun alone stands for the issuer of the last such document.
    // («وخلصت هذه الدراسة» (this study concluded): the noun after a demonstrative.)
    const nounKey = DEMONSTRATIVES.has(firstKey) && firstTok + 1 < tokens.length && tokens[firstTok + 1]!.start < to ? keys[firstTok + 1]! : firstKey;
    const docNoun = documentNoun(nounKey);
    // «واشار بلاغ صادر اليوم عن وزارة الدفاع الوطني أنه» (a statement issued today by the defence ministry said that):
    // the issuer named after «صادر … عن», which the search above passes over as a preposition's object.
    // (And «وأوضح بيان من وزارة الدفاع أن», a statement from the defence ministry; not «بيان عن الوضع», about.)
    // (Also «بيان صدر الليلة الماضية عن وزارة الداخلية» (a statement issued last night by the interior ministry), the verb
    // after the noun — which the tagger may take for a name.)
    const issued = ISSUED_BY.test(keys[firstTok + 1] ?? '');
    // (An indefinite adjective may come between: «وقال بيان علمي من جمعية القلب الأمريكية إن», a scientific statement from
    // the American Heart Association.)
    const issuerFrom = keys[firstTok + 1] !== 'من' && INDEFINITE_NISBA.test(keys[firstTok + 1] ?? '') && keys[firstTok + 2] === 'من' ? firstTok + 2 : firstTok + 1;
    if ((!first || (issued && first.start === tokens[firstTok + 1]!.start)) && docNoun && nounKey === firstKey && (issued || keys[issuerFrom] === 'من')) {
      const fromIssuer = keys[issuerFrom] === 'من';
      const issuer = issuerNamedAfter(issuerFrom, to);
      const between = issuer ? text.slice(tokens[issuerFrom]!.end, issuer.start) : '';
      if (issuer && (fromIssuer ? between.trim() === '' : between.split(/\s+/u).filter(Boolean).length <= 4 && /(^|\s)عن\s*$/u.test(between))) {
        result.ref = issuer;
        return result;
      }
    }
    // «وأشار التقرير الذي بثته القناة الفرنسية إلى أن» (the report that the French channel broadcast pointed out that): a
    // body named by its head noun in the document's relative clause issued it — the last body of that head.
    // (Only with a verb of issuing it: not «التقرير الذي تلقته الوزارة», the report the ministry received.)
    if (!first && docNoun && nounKey === firstKey && RELATIVE_PRONOUN.test(keys[firstTok + 1] ?? '') && ISSUING_VERBS.test(keys[firstTok + 2] ?? '') && firstTok + 3 < tokens.length && tokens[firstTok + 3]!.start < to) {
      const headKey = keys[firstTok + 3]!;
      const head = headKey.startsWith('ال') ? headKey.slice(2) : '';
      // (Also one named inside a quote: «… وذلك بعد أن بثت قناة فرانس 2 لقطة», in what the ministry said.)
      const body = head && bodyHead(head) ? lastBodyOfHead(head, from, true) : undefined;
      if (body) {
        result.ref = { start: tokens[firstTok + 3]!.start, end: tokens[firstTok + 3]!.end, entity: body.entity, role: true };
        return result;
      }
    }
    // («ووفقا للبيان، الذي نشرته صحيفة (الوسط)، …» (according to the statement, which the paper published): a body named in a
    // relative clause set off by a comma after the document relays it — the document is still the last one issued.)
    // (Also with no comma, where the clause's verb relays: «وأوضح البيان الذي نقلته وكالة الأنباء الجزائرية أنه …», the
    // statement, which the Algerian news agency carried, explained — a ministry's statement named the sentence before.)
    const relayer =
      first !== undefined && docNoun !== undefined && nounKey === firstKey && firstTok + 2 < tokens.length &&
      ((tokenText(firstTok + 1) === '،' && RELATIVE_PRONOUN.test(keys[firstTok + 2]!) && first.start > tokens[firstTok + 2]!.end && !/[،,]/u.test(text.slice(tokens[firstTok + 2]!.end, first.start))) ||
        (RELATIVE_PRONOUN.test(keys[firstTok + 1]!) && RELAYING_VERBS.test(keys[firstTok + 2]!) && first.start === tokens[firstTok + 3]?.start));
    // (Also behind «ل», which takes the article's alef: «ووفقا للبيان، فإن …», according to the statement.)
    if ((!first || relayer) && docNoun && /^(ال|لل)/u.test(nounKey.replace(/^[وف]/u, ''))) {
      const issuer = lastIssuerBefore(docNoun, from);
      if (issuer) {
        result.ref = issuer;
        return result;
      }
      // (No issuer named with a document that a speech verb's subject is: the last speaker, when a document was the source of
      // their words — «وأفادت [وزارة التربية] انه …، وفق بلاغ توضيحي صادر الجمعة. وأضاف البلاغ ان …», the statement added.
      // Not a source noun's document, «وحسب البلاغ، …».)
      const last = !first && firstTok > 0 && cueAt(firstTok - 1) !== undefined ? lastSpeakerBefore(from) : undefined;
      if (last?.speaker && (last.speaker.type === 'ORG' || last.speaker.type === 'PER') && sourcedFromDocument(last.speaker, from)) {
        result.ref = { start: tokens[firstTok]!.start, end: tokens[firstTok]!.end, entity: last.speaker, role: false };
        return result;
      }
    }
    // «وذكر البيان الرسمي الذي أصدره نادي برشلونة … أنه» (the official statement that Barcelona issued
    // said …): a document's issuer, named later in the subject, speaks through it.
    if (first && (first.entity.type === 'ORG' || first.entity.type === 'PER') && docNoun !== undefined) {
      result.ref = first;
      return result;
    }
    // «قالت خبيرة الأرصاد في المركز الوطني للأرصاد، حفصة الكعبي، إن» (the weather expert at the national
    // centre, Hafsa al-Kaabi, said): a person set off by commas after a description that a role or a
    // person's title opens is the one it describes, whatever stands in the description.
    // (Also «محدثنا» (our interlocutor), and an honorific after the comma: «كما ذكر محدثنا، الحاج محمد لحمر، أن».)
    const perAt = per ? tokenAt(per.start) : -1;
    const beforeName = per ? (perAt - 1 > firstTok && findIn(keys[perAt - 1]!, HONORIFICS) ? tokens[perAt - 1]!.start : per.start) : 0;
    // (A description noun too, and a name that closes the subject: «أفاد القيادي بحركة نداء تونس، لزهر العكرمي أن», the
    // Nidaa Tounes leader Lazhar Akremi reported that; or one a circumstance follows: «قال القيادي في حركة النهضة، رفيق
    // عبد السلام في ردّه على سؤال … حول غياب X و Y، إن», in his reply to a question about the absence of X and Y.)
    if (per && !first?.role && (head || findIn(firstKey, PERSON_TITLES) || UNNAMED_SOURCES.has(bareFirst.replace(/ه$/u, '')) || DESCRIPTION_HEADS.has(bareFirst) || INTERLOCUTORS.has(firstKey)) && /[،,]\s*$/u.test(text.slice(tokens[firstTok]!.end, beforeName)) && (/^\s*([،,]|$)/u.test(text.slice(per.end, to)) || occasionAt(tokenAt(per.end)))) {
      result.ref = per;
      return result;
    }
    // «وقال المستثمر، ويدعى جيل إنجركه: "…"» (the investor, who is called Jill Enjerke, said): a person named after «ويدعى»
    // (and is called) set off by a comma after the subject's first word is the one it describes.
    if (per && !first?.role && perAt - 1 > firstTok && CALLED_KEYS.has(keys[perAt - 1]!) && tokenText(perAt - 2) === '،' && perAt - 2 === firstTok + 1 && /^\s*([،,:]|$)/u.test(text.slice(per.end, to))) {
      result.ref = per;
      return result;
    }
    // The speech verb right before the subject zone, if the zone follows one.
    // (The verb is the token before the subject's zone, also when a comma glued to it was passed: see `lead`.)
    const verbTok = lead !== lead0 ? lead0 - 1 : firstTok - 1;
    const verb = verbTok >= 0 ? cueAt(verbTok) : undefined;
    if (per && !first?.role) {
      // «أكد سمو ولي العهد الأمير محمد بن سلمان»: titles and roles only, then the name.
      let plain = true;
      // («قال الخبير الاقتصادي السعودي فهد الشمري» (the Saudi economist Fahd al-Shammari said): a
      // description of definite words only, then the name.)
      let definite = true;
      // (A body or place behind «في» inside the description too: «مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا
      // موغيريني», the EU's foreign-policy chief Federica Mogherini.)
      // (Or an occupation: «الباحث في التراث الإماراتي الدكتور سالم الظاهري», the researcher in Emirati heritage.)
      // (And «أحد» (one of) a group, then the one named: «واكد احد مطلقي هذه المبادرة اشرف قرسان الحرص على …», one of the
      // initiative's founders, Achraf Gorsan, stressed.)
      const describing = !!head || DESCRIPTION_HEADS.has(bareFirst) || OCCUPATIONS.has(bareFirst) || ONE_OF.has(firstKey);
      let afterIn = false;
      for (let k = firstTok; k < tokens.length && tokens[k]!.start < per.start; k++) {
        // (The words of a body's or a place's name past its first are the name's, prepositions and all: «القيادي في الاتحاد
        // العام التونسي للشغل سامي الطاهري», «القيادي في حزب المؤتمر من أجل الجمهورية طارق الكحلاوي».)
        if (k > firstTok && zone.some((r) => (r.entity.type === 'ORG' || r.entity.type === 'LOC') && r.start < tokens[k]!.start && r.end >= tokens[k]!.end)) continue;
        // (Or a field: «الخبير في الاقتصاد محمد الصادق جبنون», the economist …)
        // (And «لدى» before a body or a place: «السفيرة الأميركية لدى الأمم المتحدة سامنثا باور», the US ambassador to the UN.)
        if (describing && (keys[k] === 'في' || keys[k] === 'لدي') && k > firstTok && k + 1 < tokens.length && ((keys[k] === 'في' && /^ال.{3,}/u.test(keys[k + 1]!)) || zone.some((r) => r.start === tokens[k + 1]!.start && (r.entity.type === 'ORG' || r.entity.type === 'LOC')))) {
          afterIn = true;
          continue;
        }
        // (A field in construct: «المختص في علم النفس محمد …», «الخبير في شؤون الطاقة …», the psychologist, the energy expert.)
        if (describing && keys[k] === 'في' && k > firstTok && k + 2 < tokens.length && tokens[k + 2]!.start < per.start && tokens[k + 1]!.kind === 'word' && FIELD_HEADS.has(keys[k + 1]!) && /^ال.{3,}/u.test(keys[k + 2]!)) {
          afterIn = true;
          k++;
          continue;
        }
        // (The preposition a clitic on a named body: «اكد القيادي بحزب النهضة عجمي الوريمي ان», the Ennahda leader
        // Ajmi Lourimi stressed that.)
        if (describing && k > firstTok && /^ب/u.test(keys[k]!) && zone.some((r) => r.start > tokens[k]!.start && r.start <= tokens[k]!.start + 2 && r.end <= per.start && (r.entity.type === 'ORG' || r.entity.type === 'LOC'))) {
          afterIn = true;
          continue;
        }
        // (After «في/لدى» only definite words or names up to the person: not a relative clause, «المسؤول في الحكومة التي
        // يرأسها يوسف الشاهد», where the person is the head of that government.)
        if (afterIn && (RELATIVE_PRONOUN.test(keys[k]!) || !(/^[وف]?ال/u.test(keys[k]!) || zone.some((r) => r.start <= tokens[k]!.start && r.end >= tokens[k]!.end)))) {
          plain = false;
          break;
        }
        // (The name in quotation marks: «قال الناشر الاسباني "خوسي مانويل لوثيا مخيياس"، إنه», the Spanish publisher said.)
        if (tokens[k]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(k)) && k + 1 === perAt) continue;
        if (tokens[k]!.kind !== 'word' || PREPOSITIONS.has(keys[k]!) || /^[بل]/u.test(keys[k]!) && !findIn(keys[k]!, ROLE_HEADS)) {
          plain = false;
          break;
        }
        // (A title without the article stands in it too: «الباحث الرئيسي دكتور تيم سميث», the lead researcher Dr Tim Smith.)
        if ((!/^[وف]?ال/u.test(keys[k]!) && !findIn(keys[k]!, HONORIFICS)) || RELATIVE_PRONOUN.test(keys[k]!)) definite = false;
      }
      // (Not when the verb's gender disagrees with the name, nor after a verb whose object is a person:
      // «وأبلغت الشرطة الفرنسية جون سميث أن», the French police told John Smith that.)
      const described = definite && per.start <= (tokens[firstTok + 4]?.start ?? Infinity) && (!verb || (agrees(per.entity, verb.form.gender) && !PERSON_OBJECT_VERBS.has(verb.form.verb.lemma)));
      // («وأوضح طبيب القلب الدكتور إيريني صموئيل» (the cardiologist Dr Irini Samuel): an honorific right before the
      // name, whatever describes the person before it.)
      // (Not after a verb whose object is a person: «وأبلغت الشرطة الدكتور X أن», the police told Dr X.)
      // (The description an indefinite singular noun in construct — «طبيب القلب», «أستاذ الاقتصاد» —, not a
      // subject of its own: «وصف المعلقون حلقة الكاتب رشيد بوجدرة بأنها …», the commentators described.)
      const titledRight =
        tokenAt(per.start) - 1 > firstTok && findIn(keys[tokenAt(per.start) - 1]!, HONORIFICS) !== undefined && !/^[وف]?ال/u.test(firstKey) && !/(ون|ين|ات)$/u.test(firstKey) &&
        (!verb || (agrees(per.entity, verb.form.gender) && !PERSON_OBJECT_VERBS.has(verb.form.verb.lemma)));
      if (plain && (describing || findIn(firstKey, HONORIFICS) || described || titledRight)) {
        result.ref = per;
        return result;
      }
    }
    if (!per && !first && dataOfDocument(firstTok)) {
      result.anaphoric = true;
      return result;
    }
    // «وقال مقربون من إيمانويل ماكرون» (people close to Emmanuel Macron said), «مصادر مقربة من الحكومة»: those
    // close to someone are not that one.
    // (Whether or not the tagger made a person of «مقربون» itself.)
    const closeTo = (m: number): boolean => CLOSE_TO.test(keys[m]!) && keys[m + 1] === 'من';
    let close = firstKey !== '' && closeTo(firstTok);
    const perTok = per ? tokenAt(per.start) : -1;
    if (per && perTok - firstTok <= 4) for (let m = firstTok + 1; m < perTok - 1 && !close; m++) close = closeTo(m);
    if (close) {
      result.unnamed = true;
      return result;
    }
    // «و وصف المعلّقون حلقة الكاتب رشيد بوجدرة بأنها …» (commentators described the writer's episode as …): a
    // plural of unnamed sources is the subject, and a name after it is what they spoke of.
    // (Nominative only: «دعا المحتجين إلى …» (called on the protesters to) has them as its object.)
    // (Unless one of them is named: «وقال مسؤولون أمريكيون، بينهم وزير الخارجية أنتوني بلينكن، إن».)
    const oneOfThem = per !== undefined && /(^|\s)و?(بينهم|منهم)(\s|$)/u.test(text.slice(tokens[firstTok]!.end, per.start));
    // (Broken plurals show no case: «وأكدت المصادر» (the sources stressed), unless the verb's object is a person.)
    // (With nobody named in the subject: «وذكرت وسائل إعلام نقلا عن الوزير X» quotes X.)
    // (Any plural of people in «ون» — «وقال الباحثون» (the researchers said), «المشاركون», «المحامون» —, its singular a
    // common word with the article, and the broken plurals of PEOPLE_PLURALS: «وقال الوزراء»، «العلماء».)
    // (A broken plural shows no case: after a verb that takes a person as its object — «ودعا النواب إلى», he called on
    // the MPs to — it is left to the search for the last speaker, as before.)
    const objectVerb = verb !== undefined && OBJECT_FIRST_VERBS.has(verb.form.verb.lemma);
    const peoplePlural =
      // (Or in construct with a definite noun: «ويطالب أعوان التلفزة», the television's staff demand.)
      // (Nor after a verb whose subject stands before it: «وزير المال كمال حيدر أبلغ أعضاء اللجنة أن», the minister told
      // the committee's members that.)
      (PEOPLE_PLURALS.has(bareFirst) &&
        !objectVerb &&
        (definiteFirst || (firstTok + 1 < tokens.length && tokens[firstTok + 1]!.start < to && /^ال/u.test(keys[firstTok + 1]!))) &&
        !(verbTok >= 0 && subjectBefore(verbTok)?.entity.type === 'PER')) ||
      commonPluralFirst();
    const pluralSource = peoplePlural || (/(ون|اء)$/u.test(bareFirst) && UNNAMED_SOURCES.has(bareFirst)) || (PLURAL_SOURCES.has(bareFirst) && !per && !(verb && PERSON_OBJECT_VERBS.has(verb.form.verb.lemma)) && UNNAMED_SOURCES.has(bareFirst));
    if (pluralSource && (!per || per.start > tokens[firstTok]!.end) && !oneOfThem) {
      result.unnamed = true;
      result.group = true;
      return result;
    }
    // «وتشير نتائج استطلاعات الرأي إلى أن …» (poll results indicate that …): figures or a study in construct, with
    // nobody named as their author, are an unnamed source — not a dropped subject that goes back to the last person.
    if (!first && !definiteFirst && (DATA_NOUNS.has(bareFirst) || STUDY_NOUNS.has(bareFirst)) && firstTok + 1 < tokens.length && tokens[firstTok + 1]!.kind === 'word' && tokens[firstTok + 1]!.start < to) {
      result.unnamed = true;
      return result;
    }
    // «و عبّر الرئيسان عن ارتياحهما …» (the two presidents expressed their satisfaction): two people, or two
    // sides, are no one speaker.
    // (The nominative dual only: «دعت الطرفين إلى …», she called on both sides to …, has them as its object.)
    const pairStem = bareFirst.replace(/ان$/u, '');
    if (!per && pairStem !== bareFirst && definiteFirst && (ROLE_HEADS.has(pairStem) || PAIR_NOUNS.has(pairStem))) {
      result.unnamed = true;
      return result;
    }
    // «وقال الرجل للضباط إنه …» (the man told the officers that …): the person the story is about.
    const plain = definiteFirst ? PERSON_NOUNS.get(bareFirst) : undefined;
    if (!per && plain) {
      result.personNoun = plain;
      return result;
    }
    // «وأكد شقيق أحد البحارة المحتجزين أنه …» (the brother of one of the detained sailors stressed …): a relative
    // named by kinship alone is unnamed.
    // (Not kin of someone named: «وأكد والد "سامي"» is Sami's father, quoted before as such.)
    // (But kin of someone named is unnamed too unless the last one quoted was named by the same kin word: «أكد والد سلمان
    // العبيدي … أن ابنه بريء» after a spokesman's words is not the spokesman's.)
    if (!per && isKin(firstKey) && (!zone.some((r) => r.entity.type === 'PER') || !kinQuotedBefore(firstKey, tokens[firstTok]!.start))) {
      result.unnamed = true;
      return result;
    }
    // «وقد اعترف هذا العنصر عند التحقيق معه بأنه …» (this element, the suspect, admitted when questioned that …): a
    // demonstrative before a common noun points to someone the story described and did not name. (Not «هذا
    // الأخير» (the latter), a role («هذه الباحثة»), a body's head noun («هذه الوزارة»), a document, a source or a
    // plain noun for a person («هذا الرجل»), which refer back to one named or are read below.)
    if (!per && DEMONSTRATIVES.has(firstKey) && firstTok + 1 < tokens.length && tokens[firstTok + 1]!.start < to && /^ال.{3,}/u.test(keys[firstTok + 1]!)) {
      const nounKey = keys[firstTok + 1]!;
      const noun = bare(nounKey);
      // (Nor a title a person was named with before: «التقينا المواطن محمد الطرابلسي … وأكد هذا المواطن».)
      if (!/^اخير/u.test(noun) && !DATA_NOUNS.has(noun) && !STUDY_NOUNS.has(noun) && !findIn(nounKey, ROLE_HEADS) && !findIn(nounKey, PERSON_TITLES) && !findIn(nounKey, HONORIFICS) && !ORG_HEADS.has(noun) && !MEDIA_HEADS.has(noun) && documentNoun(nounKey) === undefined && !UNNAMED_SOURCES.has(noun) && !PERSON_NOUNS.has(noun) && !isKin(noun) && !titledBefore(firstTok + 1, from)) {
        result.unnamed = true;
        return result;
      }
    }
    // «وعبّر بعض الأهالي عن …» (some residents expressed …), «وأكد عدد من النواب» (a number of MPs
    // stressed): a quantifier opens an unnamed group, whoever the article names later.
    // (A share of people too: «أجاب 12% ممن شملهم الاستطلاع» (12 % of those polled answered) — a number before «%»,
    // «بالمائة» or «من/ممن»; not «اتهمت 3 آخرين بالتواطؤ», three others as the object.)
    const share = firstTok + 1 < tokens.length && tokens[firstTok]!.kind === 'number' && tokens[firstTok]!.start < to && (/^[%٪]$/u.test(tokenText(firstTok + 1)) || /^(بالمائه|بالمئه|في|من|ممن)$/u.test(keys[firstTok + 1]!));
    if (!per && (GROUP_QUANTIFIERS.has(firstKey) || NUMBER_SUBJECTS.has(firstKey) || share)) {
      result.unnamed = true;
      return result;
    }
    // «كما قال متحدث باسم الرئيس» (a spokesman for the president also said), «قال وزير سابق» (a former minister
    // said): a role noun without the article, not in construct with a definite noun or a name, is someone unnamed.
    if (!per && indefiniteRoleAt(firstTok, to)) {
      // («وقال متحدث باسم المجلس في بيان» (a spokesman for the council said): the body named before by that
      // word speaks through its spokesman — «مجلس العلاقات الأمريكية الإسلامية», «مكتب المدعي الاتحادي».)
      const forBody = SPOKESMAN_HEADS.has(keys[firstTok]!) && keys[firstTok + 1] === 'باسم' ? bodyNamedBy(firstTok + 2, from) : undefined;
      if (forBody) result.ref = forBody;
      else result.unnamed = true;
      return result;
    }
    if (UNNAMED_SOURCES.has(firstKey)) {
      if (!per) result.unnamed = true;
      else result.ref = per;
      return result;
    }
    if (!per && firstKey.replace(/^[وف](?=ال)/u, '') === 'الفريق' && lastBodyOfHead('نادي', from)) {
      // «وأعلن الفريق على تويتر» (the team announced): the club named before (نادي الأهلي); with a name
      // after it, «الفريق» is a general's rank (الفريق أول X), and the name speaks.
      result.orgHead = 'نادي';
      return result;
    }
    if (!per && (UNNAMED_SOURCES.has(firstKey.replace(/^ال/u, '')) || (head && firstKey.startsWith('ال')))) {
      // («المتحدث الرسمي باسم وزارة التجارة» when no spokesman was named before: the one named next.)
      // (Any other role: the person named next with it as a title, «وأوضح المدير العام للمؤسسة … وأضاف
      // المدير العام، م. دعيج البذالي».)
      // (The body only when the role names it, right after «باسم»: not «برنامج "مساء القاهرة"» in a circumstance after the role.)
      const ofRole = first && tokenAt(first.start) <= firstTok + 3 ? first.entity : undefined;
      const ahead = typeof head === 'string' && !titledBefore(firstTok, from) ? roleHolderNamedAfter(head, to, firstTok, ofRole) : undefined;
      if (ahead) {
        result.ref = { start: tokens[firstTok]!.start, end: tokens[firstTok]!.end, entity: ahead, role: true };
        return result;
      }
      // «وأفاد الناطق الرسمي باسم النيابة العمومية أن» (the public prosecution's spokesman said), with no spokesman named:
      // the body he speaks for, as with «متحدث باسم» above — unless a person was given that title or quoted before
      // («… على لسان ناطقها الرسمي حمّة الهمّامي … واعتبر الناطق الرسمي باسم الجبهة الشعبية أن»: he goes on, below).
      // (Or the spokesman of that body the article names next: «أكد المتحدث الرسمي باسم وزارة الخارجية المصرية بأنه …
      // وأضاف المتحدث باسم الخارجية المصرية المستشار أحمد أبو زيد».)
      const spoken = spokesmanFor(firstTok);
      const forBody = spoken && !titledBefore(firstTok, from) && !drafts.some((d) => d.start < from && d.speaker?.type === 'PER') ? spoken : undefined;
      if (forBody) {
        const named = typeof head === 'string' ? roleHolderNamedAfter(head, to, firstTok, forBody.entity) : undefined;
        result.ref = named ? { start: tokens[firstTok]!.start, end: tokens[firstTok]!.end, entity: named, role: true } : forBody;
        return result;
      }
      // «المسؤول النقابي»، «المصدر ذاته»، «المتحدث»: a definite description of the last source.
      result.anaphoric = true;
      return result;
    }
    const headWord = bare(firstKey.replace(/^[وف](?=ال)/u, ''));
    // («وقال الخبير في شؤون المياه … الدكتور حيدر السعدي إن» (the water expert … Dr Haidar al-Saadi said): a definite
    // source noun with the person named after it describes that person, as a role head does; see `describedAfter`.)
    if ((head || (definiteFirst && UNNAMED_SOURCES.has(bareFirst) && per && describedAfter(firstTok, per))) && per) result.ref = per;
    // (Not a feminine head after a masculine verb, its object: «وطالب الوزارة بتطبيق …», he called on the ministry to ….)
    // (Also a body news names by its head and an adjective alone, no entity, right before the complementiser: «وذكرت السلطات
    // البرازيلية أنها …», the Brazilian authorities — bare «السلطات» goes on with the body quoted before, and «ودعت السلطات
    // التونسية الى …» names the object.)
    else if (!per && /^(ال|[وف]ال)/u.test(firstKey) && (ORG_HEADS.has(headWord) || isExtraBodyHead(headWord) || (!first && describedBodyAt(firstTok) && complementiserAfterBody(firstTok + 2))) && !(verb?.form.gender === 'm' && headWord.endsWith('ه'))) {
      // «وقالت الصحيفة»، «وتابعت الوزارة السعودية»، «وأوضح الموقع» (the website explained): a body named by
      // its head noun alone.
      result.orgHead = headWord;
    }
    return result;
  };

  /**
   * The body named before `pos` under the head noun that stands, with one adjective, between «أن» and the verb at token `i`:
   * «أن المجلس الأمني دعا» → the last council named («المجلس الجهوي للأمن»). Undefined when the words are no such head.
   */
  const bodyHeadBeforeVerb = (i: number, pos: number): Ref | undefined => {
    if (i < 3 || !COMPLEMENTISERS.has(keys[i - 3]!) || tokens[i - 1]!.kind !== 'word' || tokens[i - 2]!.kind !== 'word') return undefined;
    const head = keys[i - 2]!;
    if (!head.startsWith('ال') || !ORG_HEADS.has(bare(head)) || !DEFINITE_NISBA.test(keys[i - 1]!)) return undefined;
    if (refsIn(tokens[i - 2]!.start, tokens[i - 1]!.end).length) return undefined;
    // (Also one named inside a quote: «… وفق ما أكده X: تقرر خلال المجلس الجهوي للأمن …».)
    const body = lastBodyOfHead(bare(head), pos) ?? lastBodyOfHead(bare(head), pos, true);
    // (Only a body whose name holds the adjective's stem: «الأمني» (security) in «المجلس الجهوي للأمن» — not «المجلس البلدي
    // دعا» (the municipal council) after «مجلس نواب الشعب».)
    const stem = keys[i - 1]!.replace(/^ال/u, '').replace(/يه?$/u, '');
    return body && nameKey(body.entity.name).includes(stem) ? body : undefined;
  };

  /**
   * «يذكر أن التقرير السنوي لواقع حرية الصحافة، الذي قدمته النقابة الوطنية للصحفيين التونسيين، يوم 3 ماي الجاري، أكد أن …»
   * (the annual report that the union presented … stressed that): a document noun opening the sentence, before the verb at
   * token `i`, with a relative clause whose verb of issuing names a body or person right after it — that one speaks
   * through the document. Undefined when the words are no such subject, or another speech verb stands between.
   */
  const documentIssuerBefore = (i: number): Ref | undefined => {
    const first = tokenAt(sentenceStart(tokens[i]!.start));
    let d = -1;
    for (let k = first; k < i && k <= first + 4; k++) {
      if (tokens[k]!.kind !== 'word') continue;
      const key = keys[k]!.replace(/^[وف]/u, '');
      // («وكان بلاغ صادر عن وزارة الفلاحة … قد أفاد أن» (a statement issued by the agriculture ministry had said): an
      // indefinite document too, with the participle or verb of issuing and «عن» after it.)
      if ((key.startsWith('ال') || ISSUED_BY.test(keys[k + 1] ?? '')) && documentNoun(key) !== undefined) {
        d = k;
        break;
      }
    }
    if (d < 0) return undefined;
    if (ISSUED_BY.test(keys[d + 1] ?? '')) {
      // «بلاغ صادر (اليوم) عن X»: the body after «عن», a few words on, nothing but the rest of the clause to the verb.
      for (let m = d + 2; m < i - 1 && m <= d + 5; m++) {
        if (keys[m] !== 'عن') continue;
        const issuer = refsIn(tokens[m + 1]!.start, tokens[m + 1]!.end)[0];
        if (!issuer || issuer.start !== tokens[m + 1]!.start || (issuer.entity.type !== 'ORG' && issuer.entity.type !== 'PER')) return undefined;
        // (Not a verb inside what the document says: «وجاء في بيان صادر عن X أن الاتحاد يساند …، لكنه ينبّه إلى …».)
        for (let c = m + 1; c < i; c++) if (cueAt(c) !== undefined || COMPLEMENTISERS.has(keys[c]!)) return undefined;
        return issuer;
      }
    }
    for (let r = d + 1; r + 2 < i; r++) {
      if (cueAt(r) !== undefined) return undefined;
      if (!RELATIVE_PRONOUN.test(keys[r]!) || !ISSUING_VERBS.test(keys[r + 1]!)) continue;
      const issuer = refsIn(tokens[r + 2]!.start, tokens[r + 2]!.end)[0];
      if (issuer && issuer.start === tokens[r + 2]!.start && (issuer.entity.type === 'ORG' || issuer.entity.type === 'PER')) {
        // (Nothing but the rest of the clause between it and the verb: no other speech verb.)
        for (let m = r + 3; m < i; m++) if (cueAt(m) !== undefined) return undefined;
        return issuer;
      }
    }
    return undefined;
  };

  /** The token before token `ti`, past the quotation marks of `marks` (a name in marks after its head noun). */
  const wordBeforeMarks = (ti: number, marks: ReadonlySet<string> = SYMMETRIC): number => {
    let pi = ti - 1;
    while (pi >= 0 && tokens[pi]!.kind === 'punct' && marks.has(text[tokens[pi]!.start]!)) pi--;
    return pi;
  };

  /**
   * Whether a plural verb may stand for body `body` (see the plural rule in `findQuotes`): a one-word body without a
   * head noun (النهضة، الحوثيون), or one whose head names a body of members (لجنة، مجلس، نقابة، حزب …), in its name or
   * right before a mention.
   */
  const speaksThroughMembers = (body: Entity): boolean => {
    const head = headOfBody(body);
    // (Without one, a one-word name only: «الإدارة العامة للسجون» has a head noun the lists do not know.)
    return head !== undefined ? MEMBER_BODIES.has(head) : !nameKey(body.name).includes(' ');
  };
  /**
   * Whether a body has a head noun of its own: its name starts with one, or one of its mentions comes right after
   * one, past quotation marks («صحيفة الغارديان»، «موقع "بزنس انسايدر"», whose names drop the press noun).
   */
  const namedUnderHead = (body: Entity): boolean => headOfBody(body) !== undefined;
  /** The head noun of a body (see {@link namedUnderHead}): its name's first word, or the one right before a mention. */
  // (Memoised per body: `agrees` asks it for every body a feminine verb may go back to.)
  const heads = new Map<string, string | undefined>();
  const headOfBody = (body: Entity): string | undefined => {
    if (heads.has(body.id)) return heads.get(body.id);
    const isHead = (w: string): boolean => ORG_HEADS.has(w) || isExtraBodyHead(w);
    const first = bare(nameKey(body.name).split(' ')[0] ?? '');
    let found: string | undefined = isHead(first) ? first : undefined;
    for (let k = 0; !found && k < refs.length; k++) {
      const r = refs[k]!;
      if (r.entity !== body) continue;
      const pi = wordBeforeMarks(tokenAt(r.start), QUOTE_MARKS);
      found = pi >= 0 ? strippedForms(keys[pi]!).map(bare).find(isHead) : undefined;
    }
    heads.set(body.id, found);
    return found;
  };

  /** The first word of a reference as written, keyed, without the article: a body's head noun («وزارة», «صحيفة»). */
  const headOfMention = (r: Ref): string => bare(nameKey(text.slice(r.start, r.end)).split(' ')[0] ?? '');
  /** The first body after `pos` whose name opens with the head noun `head` (bare, keyed). */
  const firstBodyOfHead = (head: string, pos: number): Ref | undefined => {
    for (let k = firstStartingAt(refs, pos); k < refs.length; k++) {
      const r = refs[k]!;
      if (r.entity.type === 'ORG' && headOfMention(r) === head) return r;
    }
    return undefined;
  };
  /**
   * The body most recently named before `pos` under head noun `head` (وزارة الخارجية السعودية for
   * «الوزارة»; عكاظ, written after «صحيفة», for «الصحيفة»). With `quotedToo`, also one named inside a quote.
   */
  const lastBodyOfHead = (head: string, pos: number, quotedToo = false): Ref | undefined => {
    // Backwards from `pos`: the most recent body of that head that was not named in passing — as the
    // object of a preposition or of a noun («قالت منظمة "أنا يقظ" … باحصائيات منظمة "البوصلة" … وتابعت
    // المنظمة»: the organisation the article follows goes on, not the one whose figures it cited; «وقال
    // سوكولوفسكي لوكالة "نوفوستي" … نقلت وكالة "تاس" عن … وأضافت الوكالة»: Tass). When every one was
    // named in passing («من صحيفة الغارديان … وننتقل إلى صحيفة فايننشال تايمز … وترى الصحيفة»), the
    // most recent.
    let latest: Ref | undefined;
    for (let k = firstStartingAt(refs, pos) - 1; k >= 0; k--) {
      const r = refs[k]!;
      if ((r.entity.type !== 'ORG' && !(r.entity.type === 'LOC' && SPEAKING_PLACES.has(head))) || (!quotedToo && insideDraft(r.start))) continue;
      const rt = tokenAt(r.start);
      let headAt = -1;
      if (headOfMention(r) === head) headAt = rt;
      else {
        const pi = wordBeforeMarks(rt);
        // (Its forms with and without proclitics: «وكالة» (the agency) starts with و itself, «ولوكالة» has two.)
        if (pi >= 0 && strippedForms(keys[pi]!).includes(head)) headAt = pi;
      }
      if (headAt < 0) continue;
      latest ??= r;
      // (The head's own proclitic: «لوكالة», «بصحيفة»; or the word before it: a preposition, a noun with
      // «ب/ل», a noun of data or documents.)
      const headKey = keys[headAt]!;
      const prefix = headKey.endsWith(head) ? headKey.slice(0, headKey.length - head.length) : '';
      const before = headAt > 0 && tokens[headAt - 1]!.kind === 'word' ? keys[headAt - 1]!.replace(/^[وف]/u, '') : '';
      // (Not a source: «بحسب صحيفة»، «وفقا لصحيفة»، «نقلا عن وكالة»; nor a speech verb in ب/ل: «ولفتت صحيفة».)
      const source = (headAt > 0 && SOURCE_WORDS.has(keys[headAt - 1]!)) || (before === 'عن' && headAt > 1 && keys[headAt - 2] === 'نقلا');
      const verbBefore = headAt > 0 && cueAt(headAt - 1) !== undefined;
      // (Nor a body joined by «و» to another right before it, named with it in passing: «… مشتركة بين وزارة أملاك الدولة
      // والشؤون العقارية ووزارة الداخلية. ودعت الوزارة …» — the ministry the article follows, not the one joined to it.)
      const joined = /^[وف]/u.test(prefix) && headAt > 0 && refEnds.has(tokens[headAt - 1]!.end);
      const passing = !source && !verbBefore && (joined || /[بلك]/u.test(prefix) || PREPOSITIONS.has(before) || /^[بل].{3,}/u.test(before) || DATA_NOUNS.has(bare(before.replace(/^ال/u, ''))) || documentNoun(before) !== undefined);
      if (!passing) return r;
    }
    return latest;
  };

  /** Surnames of the people named so far, for an untagged surname right after a verb (وقالت خلف إن). */
  let surnames: Map<string, Entity[]> | undefined;
  const surnameAfterCue = (i: number, zoneEnd: number, g: CueGender): Ref | undefined => {
    const j = i + 1;
    if (j >= tokens.length || tokens[j]!.kind !== 'word' || tokens[j]!.start >= zoneEnd) return undefined;
    if (!surnames) {
      surnames = new Map();
      for (const e of doc.entities) {
        if (e.type !== 'PER') continue;
        const words = nameKey(e.name).split(' ');
        if (words.length < 2) continue;
        const last = stripArticle(words.at(-1)!);
        if (last.length < 3) continue;
        const list = surnames.get(last) ?? [];
        list.push(e);
        surnames.set(last, list);
      }
    }
    // (Not behind «لل», the one told: «وأكد للشاهد أن …», he assured al-Chahed that ….)
    if (/^[وف]?لل/u.test(keys[j]!)) return undefined;
    const found = surnames.get(stripArticle(keys[j]!));
    if (!found) return undefined;
    const next = j + 1 < tokens.length ? tokens[j + 1]! : undefined;
    const nextKey = j + 1 < tokens.length ? keys[j + 1]! : '';
    if (next && next.start < zoneEnd && next.kind !== 'punct' && !PREPOSITIONS.has(nextKey) && !/^(في|ل|ب)/u.test(nextKey)) return undefined;
    // The person of that surname named most recently before the verb, agreeing with it.
    for (let k = firstStartingAt(refs, tokens[i]!.start) - 1; k >= 0; k--) {
      const r = refs[k]!;
      if (found.includes(r.entity) && agrees(r.entity, g)) return { start: tokens[j]!.start, end: tokens[j]!.end, entity: r.entity, role: false };
    }
    return undefined;
  };

  /**
   * Whether an occasion phrase of a statement («في تصريحه لـ…», «خلال لقاء إعلامي») opens at token `m` and runs to
   * token `j`: a preposition of occasion (not «على»), an occasion noun right after it or one word later, and up to
   * {@link OCCASION_REACH} tokens with no complementiser, cue or sentence end before `j`.
   */
  const occasionOpensBefore = (m: number, j: number): boolean => {
    // (Further when a comma closes it right before the preposition: «في جلسة عمل انعقدت في مقر وزارته لدراسة سير نشاط هذه
    // المؤسسة الاستشفائية، على …».)
    const commaClosed = j > 0 && (tokenText(j - 1) === '،' || tokenText(j - 1) === ',');
    if (j - m > (commaClosed ? OCCASION_REACH_CLOSED : OCCASION_REACH) || keys[m] === 'علي' || !OCCASION_OPENERS.has(keys[m]!)) return false;
    // (Not a locution of «على»: «في تصريحات صحفية على خلفية نقاش …», against the background of a debate; nor the «على» of
    // the outlet it was made on: «في مداخلة لها على "جوهرة أف أم" وجود كاميرات …», on Jawhara FM.)
    if (ON_LOCUTIONS.has(keys[j + 1] ?? '')) return false;
    let after = j + 1;
    while (after < tokens.length && tokens[after]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(after))) after++;
    if (after < tokens.length && (outletHeadAt(after) || refsIn(tokens[after]!.start, tokens[after]!.end).some((x) => x.entity.type === 'ORG' && x.start === tokens[after]!.start))) return false;
    let noun = 0;
    for (let n = m + 1; n <= m + 2 && n < j && !noun; n++) if (occasionNounAt(n, STANCE_OCCASION_NOUNS)) noun = n;
    if (!noun) return false;
    for (let n = m + 1; n < j; n++) {
      // (After the noun, what it was made to or how — not a stated object of the verb's own: «وأكد المواطنون في تصريحات عدم
      // قدرتهم على شراء …» (the citizens stressed in statements their inability to buy), whose «على» is «قدرتهم»'s.)
      // (A possessed noun in construct after a word behind «ب/ل» stays in the occasion: «في جلسة عمل بمقر وزارته».)
      if (n > noun && tokens[n]!.kind === 'word' && (STATED_OBJECTS.has(keys[n]!) || (possessed(keys[n]!, tokenText(n)) && !BEHIND_LAM_OR_BA.test(keys[n]!) && !BEHIND_LAM_OR_BA.test(keys[n - 1] ?? '') && keys[n - 2] !== 'في'))) return false;
      const tok = tokens[n]!;
      // (Nor an occasion whose own noun takes «على»: «خلال إشرافه على افتتاح المؤتمر» (while opening the conference).)
      if (SUPERVISION.test(keys[n]!)) return false;
      // (A comma may close the occasion right before the preposition: «وشدد الوزير في جلسة عمل بمقر وزارته، على أهمية …».)
      if (tok.kind === 'punct' && !QUOTE_MARKS.has(tokenText(n)) && !(n === j - 1 && commaClosed)) return false;
      if (COMPLEMENTISERS.has(keys[n]!) || (tok.kind === 'word' && cueAt(n))) return false;
    }
    return true;
  };

  /**
   * Whether «على»/«من» at token `j` opens a stated position after verb `i` without a complementiser: the
   * verb in the past or a participle (not «الذي يحث على …», which incites), and between them only the
   * subject — names, a role of up to two words, commas — or, after «حثّ» (urged), its addressee too.
   */
  const nounPrepOpens = (i: number, j: number, lemma: string): boolean => {
    if (/^[يت]/u.test(keys[i]!)) return false;
    const covered = (tok: Token): boolean => {
      // The last reference starting at or before the token (references are sorted by start).
      const k = firstStartingAt(refs, tok.start + 1) - 1;
      return k >= 0 && refs[k]!.end >= tok.end;
    };
    // («علي» is also the name Ali: «أكد علي بن مزين أن …».)
    if (covered(tokens[j]!)) return false;
    let loose = 0;
    // (A role before the name is the subject's, not loose words: «أكد وزير الدفاع الوطني فرحات الحرشاني، على …».)
    const roleFirst = roleHeadAt(i + 1) !== undefined;
    for (let m = i + 1; m < j; m++) {
      const tok = tokens[m]!;
      if (tok.kind === 'word' && covered(tok) && roleFirst) loose = 0;
      if (tok.kind !== 'word' || covered(tok)) continue;
      // (Nor do when and where the statement was made: «أكد …، نور الدين البحيري، اليوم الأحد، بنابل، على ضرورة …», today,
      // Sunday, in Nabeul.)
      // (Set off by a comma: «أكد أمس الجمعة في رده على تساؤلات النواب … أن …» is not.)
      const setOff = (n: number): boolean => n < j && (tokenText(n) === '،' || tokenText(n) === ',' || (STATEMENT_TIMES.has(keys[n]!) && setOff(n + 1)));
      if ((STATEMENT_TIMES.has(keys[m]!) || refsIn(tok.start, tok.end).some((r) => r.entity.type === 'LOC' && r.end === tok.end && /^[وف]?ب$/u.test(text.slice(tok.start, r.start)))) && setOff(m + 1)) continue;
      // (Nor does the occasion of the statement, without commas: «وشدد X في تصريحه للجوهرة "اف ام" على ضرورة …» (in his
      // statement to Jawhara FM), «وأكد الوزير في كلمته على …», «خلال لقاء إعلامي» — its opener, then its noun at most one
      // word after, then up to the «على».)
      if (occasionOpensBefore(m, j)) break;
      // (A linking phrase counts for nothing: «وأكدت، في هذا الإطار، على ضرورة …», in this context; «بالمناسبة»، «كذلك».)
      const linker = linkerAt(m);
      if (linker) {
        m += linker - 1;
        continue;
      }
      // (Nor how it was said: «حذرت … بعبارات واضحة غير معتادة من …» (warned in clear, unusual terms of), «بلهجة حادة» — the
      // manner word and the indefinite adjectives after it.)
      if (MANNER_WORDS.has(keys[m]!) && keys[m]!.startsWith('ب')) {
        while (m + 1 < j && tokens[m + 1]!.kind === 'word' && !keys[m + 1]!.startsWith('ال') && !covered(tokens[m + 1]!) && keys[m + 1] !== 'من' && keys[m + 1] !== 'علي') m++;
        continue;
      }
      // (An object already given — «مؤكدا حرصه على …», stressing his care for … — holds the position itself; so does a
      // noun of need or finding: «وأكد ضرورة الانكباب على …», he stressed the need to focus on ….)
      if (possessed(keys[m]!, tokenText(m)) || STATED_OBJECTS.has(keys[m]!)) return false;
      loose++;
    }
    // (After «حثّ» (urged) and «حذّر» (warned) its addressee too: «حذرت الوزيرة الإدارة الأمريكية الجديدة من …».)
    if (loose > (lemma === 'حث' || lemma === 'حذر' ? 4 : 2)) return false;
    // (A complementiser further on opens the content instead: «أكد، ردا على سؤال النائبة، أنه …» — unless another
    // cue comes first, whose complementiser it is: «أكد X على جاهزية المؤسستين …، قائلا "إن …"», «وأكد على ضرورة
    // التحلي باليقظة مبينا أن …».)
    const sEnd = sentenceEnd(tokens[j]!.start);
    for (let m = j + 1; m < Math.min(j + 14, tokens.length) && tokens[m]!.start < sEnd; m++) {
      if (COMPLEMENTISERS.has(keys[m]!)) return false;
      if (tokens[m]!.kind === 'word' && cueAt(m)?.form.participle) break;
    }
    return true;
  };

  /**
   * A body named by a head noun and a place the tagger did not join into one name («سفارة المملكة المتحدة»,
   * the United Kingdom's embassy), at a token in [from, to): the span from the head to the end of the place.
   */
  const bodyOfPlaceIn = (from: number, to: number): Span | undefined => {
    for (let j = from; j + 1 < to; j++) {
      const k = keys[j]!.replace(/^[وف](?=.{4})/u, '');
      if (k.startsWith('ال') || !(ORG_HEADS.has(k) || PLACE_BODY_HEADS.has(k))) continue;
      const place = refs.find((r) => r.start === tokens[j + 1]!.start && r.entity.type === 'LOC');
      // (Without the conjunction: «وسفارة فرنسا» names «سفارة فرنسا».)
      if (place) return { start: tokens[j]!.start + (keys[j] === k ? 0 : 1), end: place.end };
    }
    return undefined;
  };

  /**
   * «وكانت سفارة المملكة المتحدة قد نشرت أمس بلاغا ذكرت فيه أن …» (the embassy had published a statement
   * yesterday in which it said that …): the dropped subject of a speech verb followed by «فيه» right after
   * an indefinite document is whoever published that document, the subject of the verb before it — not
   * the issuer of an earlier document or the last speaker.
   */
  const publisherBefore = (i: number): { ref?: Ref; span?: Span } | undefined => {
    // «… فيه» (in which), «… من خلاله» (through which) after the cue.
    if (!(/^(فيه|فيها)$/u.test(keys[i + 1] ?? '') || (keys[i + 1] === 'من' && /^(خلاله|خلالها)$/u.test(keys[i + 2] ?? ''))) || i < 2) return undefined;
    // (The document may take one adjective: «تصريحا مقتضبا أكدت من خلاله», a brief statement in which it stressed.)
    // (Or a few words before, what the document is about or where it was published: «أصدر حزب العمال بيانا
    // بمناسبة عيد الشغل، أكد فيه أن …», «نشرت الجمعية بيانا على صفحتها اعتبرت فيه أن …».)
    const start = sentenceStart(tokens[i]!.start);
    let d = -1;
    for (let k = i - 1; k >= 0 && k >= i - 14 && tokens[k]!.start >= start; k--) {
      if (tokens[k]!.kind !== 'word') continue;
      if (cueAt(k) || PUBLISH_VERB.test(keys[k]!)) break;
      if (!keys[k]!.startsWith('ال') && publishedNoun(keys[k]!)) {
        d = k;
        break;
      }
    }
    if (d < 0) return undefined;
    // «انتقد البحيري تصريحات أستاذ القانون الدستوري أمين محفوظ لجريدة التونسية … والتي قال فيها إن» (Bhiri criticised the
    // statements of the constitutional law professor Amine Mahfoudh to the paper, in which he said): a relative right before
    // the cue stands for the document, and the person or body in construct with it, a few words on, said it.
    if (RELATIVE_PRONOUN.test(keys[i - 1]!)) {
      const holder = refsIn(tokens[d]!.end, tokens[i - 1]!.start).find((x) => x.entity.type === 'PER' || x.entity.type === 'ORG');
      if (holder && !holder.role && tokenAt(holder.start) <= d + 5 && !PREPOSITION_CLITIC.test(keys[tokenAt(holder.start)]!)) return { ref: holder };
    }
    let v = d - 1;
    for (let n = 0; v >= 0 && tokens[v]!.start >= start && n < 8 && !PUBLISH_VERB.test(keys[v]!); v--, n++);
    if (v < 0 || tokens[v]!.start < start || !PUBLISH_VERB.test(keys[v]!)) return undefined;
    const from = tokenAt(start);
    if (PUBLISH_NOUN.test(keys[v]!)) {
      // «دفعت الفيفا إلى إصدار تصريح» (pushed FIFA to issue a statement): with the verbal noun, the body or
      // person named last before it issues it.
      const r = refsIn(start, tokens[v]!.start).filter((x) => (x.entity.type === 'PER' || x.entity.type === 'ORG') && !insideDraft(x.start)).at(-1);
      return r ? { ref: r } : undefined;
    }
    // The subject: a person or body before the publishing verb or between it and the document (ونشرت
    // جمعية القضاة بيانا), not after a preposition.
    for (const r of refsIn(start, tokens[d]!.start)) {
      if (r.entity.type !== 'PER' && r.entity.type !== 'ORG') continue;
      const ti = tokenAt(r.start);
      if (r.start > tokens[ti]!.start && /^[وف]?[بلك]/u.test(text.slice(tokens[ti]!.start, r.start))) continue;
      if (ti > from && PREPOSITIONS.has(keys[ti - 1]!)) continue;
      // (Nor one inside a closed quotation the sentence runs on from: «…على ذمة النادي الإفريقي." و من جهته نشر اللاعب مقطع
      // فيديو أكد فيه أنه …», the player published a video in which he stressed — not the club named in the statement.)
      const quotation = regionAt(r.start);
      if (insideDraft(r.start) || (quotation?.closed && !markedName(quotation))) continue;
      return { ref: r };
    }
    const span = bodyOfPlaceIn(from, i - 1);
    return span ? { span } : undefined;
  };

  /**
   * «وأشارت السفارة …» right after cue `i`, when no body of that head is an entity: the speaker named
   * earlier under a name the tagger missed that starts with that head (سفارة المملكة المتحدة).
   */
  const namedBodyOfHead = (i: number, zoneEnd: number): Span | undefined => {
    if (i + 1 >= tokens.length || tokens[i + 1]!.start >= zoneEnd) return undefined;
    const k = keys[i + 1]!;
    if (!k.startsWith('ال')) return undefined;
    const head = bare(k);
    if (!PLACE_BODY_HEADS.has(head) && !ORG_HEADS.has(head)) return undefined;
    for (let d = drafts.length - 1; d >= 0; d--) {
      const x = drafts[d]!;
      if (x.start >= tokens[i]!.start || !x.named || x.speaker || !x.speakerMention) continue;
      if (bare(nameKey(text.slice(x.speakerMention.start, x.speakerMention.end)).split(' ')[0] ?? '') === head) return x.speakerMention;
    }
    return undefined;
  };

  /**
   * For a body at token `b`: the person named right before a comma that opens a role phrase ending
   * with that body («X، مساعد وكيل الجمهورية … والناطق الرسمي باسم [القطب]»), within the sentence that
   * starts at `from`; the role phrase has no other punctuation and at most 16 words.
   */
  const personBeforeRole = (b: number, from: number, comma = true): Ref | undefined => {
    let c = b - 1;
    if (!comma) {
      // «… سيف بن مبارك الحارثي الرئيس التنفيذي لشركة الموانئ …، الذي قال» (… the CEO of the ports
      // company, who said): a masculine relative after a feminine body goes back to the person before the
      // role, written without a comma.
      while (c >= 0 && tokens[c]!.start >= from && b - c <= 8 && tokens[c]!.kind === 'word' && !refEnds.has(tokens[c]!.end)) c--;
      if (c < 0 || tokens[c]!.start < from || !refEnds.has(tokens[c]!.end) || !findIn(keys[c + 1]!, ROLE_HEADS)) return undefined;
      c++;
    } else {
      // (Past a bracketed abbreviation in the role: «نائب أمين عام حزب الوطنيين الديمقراطيين الموحد (وطد)».)
      while (c >= 0 && tokens[c]!.start >= from && b - c <= 16) {
        if (tokens[c]!.kind === 'punct') {
          if (tokenText(c) !== ')') break;
          let open = c - 1;
          while (open >= 0 && c - open <= 4 && tokens[open]!.kind === 'word') open--;
          if (open < 0 || tokenText(open) !== '(') break;
          c = open;
        }
        c--;
      }
      if (c < 1 || tokens[c]!.start < from || tokenText(c) !== '،' || c + 1 >= b) return undefined;
      // (Or a kinsman or a description: «أحمد بن صالح، صديق الرئيس الحبيب بورقيبة، قال», Bourguiba's friend.)
      if (!(findIn(keys[c + 1]!, ROLE_HEADS) || isKin(keys[c + 1]!) || DESCRIPTION_HEADS.has(keys[c + 1]!)) || cueAt(c + 1)) return undefined;
    }
    const before = tokens[c - 1]!;
    for (let k = firstStartingAt(refs, before.end) - 1; k >= 0 && refs[k]!.start >= from; k--) {
      const x = refs[k]!;
      if (x.end === before.end) return x.entity.type === 'PER' && !x.role && !insideDraft(x.start) ? x : undefined;
      if (x.end < before.start) break;
    }
    return undefined;
  };

  /**
   * Whether a complementiser follows token `j` at once, or after a ل-word (للمحققين) or «من» / «من خلال» and
   * a definite noun (من التحريات): the complement of an impersonal verb.
   */
  const impersonalBefore = (j: number): boolean => {
    if (COMPLEMENTISERS.has(keys[j] ?? '')) return true;
    let k = j;
    if (/^لل?.{3,}/u.test(keys[k] ?? '') && tokens[k]!.kind === 'word') k++;
    else if (keys[k] === 'من') {
      k++;
      if (keys[k] === 'خلال') k++;
      if (!/^ال/u.test(keys[k] ?? '')) return false;
      k++;
    } else return false;
    return COMPLEMENTISERS.has(keys[k] ?? '');
  };

  /** A body of no known gender and no head noun, which may take a verb of either gender: «هيومن رايتس ووتش». */
  const headlessBody = (e: Entity): boolean => e.type === 'ORG' && !gender.has(e.id) && headOfBody(e) === undefined;
  /**
   * The person or body that opens the clause of the verb at token `i` and ends right before it — «يوسف الشاهد يطالب …»
   * (Youssef Chahed asks …) at the start of a sentence or after a colon or a comma —, agreeing with the verb's gender `g`
   * (or a body of no known gender, see {@link headlessBody}).
   */
  const subjectOpening = (i: number, g: CueGender): Ref | undefined => {
    const r = refs[firstStartingAt(refs, tokens[i]!.start) - 1];
    // (The name in quotation marks too: «"هيومن رايتس ووتش" تدعو تونس لتخفيف القيود», Human Rights Watch calls on Tunisia to
    // ease the restrictions.)
    if (!r || r.role || (r.entity.type !== 'PER' && r.entity.type !== 'ORG') || !/^["“”«»]*\s+$/u.test(text.slice(r.end, tokens[i]!.start)) || !(agrees(r.entity, g) || headlessBody(r.entity))) return undefined;
    const from = sentenceStart(tokens[i]!.start);
    // (Also behind the person's own role: «رئيس الحكومة يوسف الشاهد يطالب …», the head of government Youssef Chahed asks ….)
    const lead = text.slice(from, r.start).replace(/^["“”«»]+$/u, '').trim();
    const titled = lead !== '' && (r.entity.titles ?? []).some((t) => nameKey(t) === nameKey(lead));
    const before = text.slice(Math.max(from, r.start - 3), r.start);
    return r.start === from || lead === '' || titled || /[:،,]\s*$/u.test(before) ? r : undefined;
  };
  /**
   * {@link subjectBefore} when it is a person or body that agrees with the verb's gender `g`, right before the verb
   * (not across a comma: «في تصريحات لراديو "إس إف آر"، قال اندريه مارتي», the radio is told).
   */
  const agreeingSubjectBefore = (i: number, g: CueGender): Ref | undefined => {
    const r = subjectBefore(i);
    return r && (r.entity.type === 'PER' || r.entity.type === 'ORG') && agrees(r.entity, g) && text.slice(r.end, tokens[i]!.start).trim() === '' ? r : undefined;
  };
  /**
   * Whether the words from the sentence's «كان» up to token `rt` (a body behind «ل») are an organ or the services of that
   * body and their adjectives: «وكانت المصالح المركزية والجهوية لوزارة الصحة العمومية بينت …» (the central and regional
   * services of the health ministry had shown …) — the body speaks.
   */
  const organOfBodyAfterAuxiliary = (rt: number, start: number): boolean => {
    let a = tokenAt(start);
    while (a < rt && tokens[a]!.kind !== 'word') a++;
    if (a + 1 >= rt || !AUXILIARY.test(keys[a]!) || !(ORGANS.has(keys[a + 1]!) || BODY_SERVICES.has(keys[a + 1]!))) return false;
    for (let m = a + 2; m < rt; m++) if (m > a + 4 || tokens[m]!.kind !== 'word' || !/^و?ال.{3,}(ي|يه|ه)$/u.test(keys[m]!)) return false;
    return true;
  };
  /** A subject written before the cue (SVO, or a relative clause «…، الذي أجاب»). */
  const subjectBefore = (i: number): Ref | undefined => {
    let j = i - 1;
    const start = sentenceStart(tokens[i]!.start);
    let n = 0;
    // Whether a relative pronoun is among the words skipped between the subject and the verb.
    let relativeSkipped = false;
    let masculineRelative = false;
    // (A feminine or plural relative after the body: «… رئيس شركة أرامكو التي أعلنت», the company speaks.)
    let otherRelative = false;
    let feminineRelative = false;
    // (Also a doubled mark after a quoted name: «منظمة "أنا يقظ" " ذكرت».)
    const doubledMark = (m: number): boolean => m > 0 && tokens[m]!.kind === 'punct' && SYMMETRIC.has(text[tokens[m]!.start]!) && tokens[m - 1]!.kind === 'punct' && SYMMETRIC.has(text[tokens[m - 1]!.start]!);
    while (j >= 0 && tokens[j]!.start >= start && n < 4) {
      const relative = RELATIVE_PRONOUN.test(keys[j]!);
      if (!(relative || PRE_CUE_FILLERS.has(keys[j]!) || tokenText(j) === '،' || doubledMark(j) || /^(لكن|ولكن|الا|لكنه|لكنها)$/u.test(keys[j]!))) break;
      if (relative) relativeSkipped = true;
      if (relative && /^و?الذي$/u.test(keys[j]!)) masculineRelative = true;
      if (relative && /^و?(التي|الذين)$/u.test(keys[j]!)) otherRelative = true;
      if (relative && /^و?التي$/u.test(keys[j]!)) feminineRelative = true;
      j--;
      n++;
    }
    if (j < 0 || tokens[j]!.start < start) return undefined;
    // «انتقادات لحركة نداء تونس، التي قال "إنها خرجت عن مسارها"» (criticism of Nidaa Tounes, of which he said "it has gone
    // off course"): a relative pronoun of the other gender than the verb after it is not its subject but its object; the
    // verb's own subject is dropped.
    const verbForm = cueAt(i)?.form;
    if (relativeSkipped && verbForm && !verbForm.participle && ((feminineRelative && !masculineRelative && verbForm.gender === 'm') || (masculineRelative && !feminineRelative && verbForm.gender === 'f'))) return undefined;
    // «… شؤون الأمن القومي وقالت في بيان»: a verb with the conjunction right after a name opens a new
    // clause whose subject is dropped; the name ends the clause before (often inside the last quote).
    // (Also after a comma: «وأجرى بلاتر مقابلة مع قناة "RTS"، وقال:», Blatter gave RTS an interview and said.)
    if (!relativeSkipped && (prefixedForms.has(keys[i]!) || cueAt(i)?.prefixed === true)) return undefined;
    let t = tokens[j]!;
    const endingAt = (w: Token): Ref | undefined => {
      for (let k = firstStartingAt(refs, w.end + 2) - 1; k >= 0 && refs[k]!.start >= start; k--) {
        const x = refs[k]!;
        if (x.end < w.start || x.end > w.end + 1) continue;
        // The outermost name that ends there: the body's mention from its head, when its name in marks ends there («على القناة
        // الفرنسية الثانية "france2"»), and a body around the town nested in its name («بلدية سوسة تدعو», Sousse's municipality
        // calls — not the town «سوسة»).
        let outer = k;
        for (let m = k - 1; m >= 0 && refs[m]!.start >= start; m--) if (refs[m]!.end === x.end && (refs[m]!.entity === x.entity || refs[m]!.start < x.start)) outer = m;
        return refs[outer]!;
      }
      return undefined;
    };
    let r = endingAt(t);
    // «وكان تنظيم داعش الإرهابي قد أعلن» (the terrorist group Daesh had announced): a definite adjective
    // after the name.
    if (!r && j - 1 >= 0 && tokens[j - 1]!.start >= start && /^ال.{3,}(ي|يه)$/u.test(keys[j]!)) {
      r = endingAt(tokens[j - 1]!);
      if (r) t = tokens[--j]!;
    }
    // «وكان أنيس جمور المدير العام لمطار المنستير الحبيب بورقيبة الدولي قد أفاد» (Anis Jammour, the director-general of
    // Monastir Habib Bourguiba International Airport, had stated): a person a facility is named after, a few words past the
    // facility's head, is no subject — the person named before that head, whose role it is, is.
    if (r && r.entity.type === 'PER' && !r.role) {
      const rt = tokenAt(r.start);
      let head = -1;
      for (let m = rt - 1; m >= 0 && m >= rt - 3 && tokens[m]!.start >= start && head < 0; m--) if (tokens[m]!.kind === 'word' && NAMED_FACILITY_HEADS.test(keys[m]!)) head = m;
      if (head > 0) {
        let holder: Ref | undefined;
        for (let k = firstStartingAt(refs, tokens[head]!.start) - 1; k >= 0 && refs[k]!.start >= start && !holder; k--) if (refs[k]!.entity.type === 'PER' && !refs[k]!.role) holder = refs[k];
        if (holder) r = holder;
      }
    }
    // «المرصد السوري المعارض لبشار الأسد أعلن»، «في البيت الأبيض بين …»: a name after a preposition is no
    // subject — unless a relative pronoun takes it up (غضب في قطر التي اتهمت, anger in Qatar, which accused).
    // («علي» is also the name Ali.)
    if (r && !relativeSkipped) {
      const rt = tokenAt(r.start);
      const clitic = text.slice(tokens[rt]!.start, r.start);
      if (/^[وف]?ل/u.test(clitic) && organOfBodyAfterAuxiliary(rt, start)) return r;
      // (Nor one behind a glued «ب» or «ك»: «وفي اتصال بالجوهرة "اف ام" أكد الملحق الاعلامي … أن», in a call with Jawhara
      // FM, the press attaché stressed.)
      // («علي» is a preposition before a body's name, which no «Ali» begins: «على القناة الفرنسية الثانية».)
      if (/^[وف]?[لبك]/u.test(clitic) || (rt > 0 && (keys[rt - 1] !== 'علي' || r.entity.type === 'ORG') && PREPOSITIONS.has(keys[rt - 1]!))) return undefined;
    }
    // A name inside the content of an earlier quote is not the subject of the next verb.
    if (r && insideDraft(r.start)) return undefined;
    // «حسب ما أكده نبيل عباس، آمر الفصيل … لمراسل الجوهرة أف أم، الذي أكد أن …» (as Nabil Abbes … told Jawhara FM's
    // correspondent, who stressed that …): «الذي» takes up the teller, not the outlet told.
    if (r && relativeSkipped && r.entity.type === 'ORG') {
      const rt = tokenAt(r.start);
      const wordBefore = wordBeforeMarks(rt);
      // (An outlet told: after «لمراسل»، «لصحيفة», «لـ"…"», or a station behind «ل» — not a body's data, «للمعهد الوطني
      // للإحصاء والتي».)
      const station = /^ل/u.test(text.slice(tokens[rt]!.start, r.start)) && (toCorrespondentOrOutlet(keys[rt]!) || MEDIA_NAMES_TOLD.test(nameKey(text.slice(r.start, r.end))));
      const toldTok = wordBefore >= 0 && (toCorrespondentOrOutlet(keys[wordBefore]!) || keys[wordBefore] === 'ل') ? wordBefore : station ? rt : -1;
      if (toldTok >= 0) {
        // The teller: a person named between the source's verb and the one told («حسب ما أكده نبيل عباس، آمر … لمراسل»),
        // never one of the content before the source.
        let verbTok = toldTok - 1;
        while (verbTok >= 0 && tokens[verbTok]!.start >= start && cueAt(verbTok) === undefined) verbTok--;
        const g = cueAt(i)?.form.gender;
        let teller: Ref | undefined;
        for (let k = firstStartingAt(refs, tokens[toldTok]!.start) - 1; verbTok >= 0 && k >= 0 && refs[k]!.start > tokens[verbTok]!.start && !teller; k--) {
          if (refs[k]!.entity.type === 'PER' && !refs[k]!.role && (!g || agrees(refs[k]!.entity, g))) teller = refs[k];
        }
        return teller;
      }
    }
    // «وكان سفيان السليطي، الناطق الرسمي باسم القطب القضائي …، أفاد بأن» (Sofiane Sliti, spokesman of
    // the judicial pole, had stated that): a body that ends a role set off by commas is the role's
    // complement; the person before the role is the subject.
    // (Only with a comma or «الذي» between the body and the verb, and a person who agrees with the verb.)
    // (Also «التي» after a masculine body: «الدكتورة إيناس الحفناوى، نائب رئيس جهاز حماية المستهلك، التى أكدت»,
    // where «التي» (who, f.) cannot take up «جهاز» (an agency, m.).)
    // (Also a person named in the role's complement: «محمد جمور، عضو هيئة الدفاع في قضية اغتيال شكري بلعيد، قال»,
    // a member of the defence in the case of Chokri Belaid's murder.)
    if (r && (r.entity.type === 'ORG' || r.entity.type === 'PER') && !r.role && n > 0 && (!otherRelative || (feminineRelative && !feminineOrg(r.entity)))) {
      const person = personBeforeRole(tokenAt(r.start), start) ?? (masculineRelative && feminineOrg(r.entity) ? personBeforeRole(tokenAt(r.start), start, false) : undefined);
      const g = cueAt(i)?.form.gender;
      if (person && (!g || agrees(person.entity, g))) return person;
    }
    if (r) {
      if (r.entity.type === 'PER' || r.entity.type === 'ORG' || r.role) return r;
      // «… ولاية هاواي التي قالت إن»: a place that speaks through a relative clause (a state, a country).
      const relative = n > 0 && /^(ال|و)?(ذي|تي|الذي|التي)$/u.test(keys[j + 1] ?? '');
      // («وكانت تونس أعلنت …», «وكان المغرب قد اعتذر …» (Morocco had declined): a place right after «كان» — in news
      // copy a country or a state, whose government speaks.)
      const rt = tokenAt(r.start);
      const afterKana = rt > 0 && KANA.has(keys[rt - 1]!) && r.start === tokens[rt]!.start;
      return (relative || afterKana) && r.entity.type === 'LOC' ? r : undefined;
    }
    // «وايتمور قال …»: an untagged word opening the sentence right before the verb, spelled like the
    // surname of a person named earlier (long vowels aside), is that person.
    if (j !== i - 1 || t.kind !== 'word' || text.slice(start, t.start).replace(/[\s،,]/gu, '') !== '') return undefined;
    // With and without a leading و, which may be the conjunction or the name's first letter (وايتمور).
    const sks = new Set([skeleton(stripArticle(keys[j]!)), skeleton(stripArticle(keys[j]!.replace(/^و(?=.{4,})/u, '')))].filter((k) => k.length >= 3));
    if (!sks.size) return undefined;
    let found: Ref | undefined;
    for (const x of refs) {
      if (x.start >= t.start) break;
      if (x.entity.type !== 'PER' && !(x.entity.type === 'ORG' && x.entity.mentions.some((m) => /[A-Za-z]/u.test(m.text)))) continue;
      if (nameKey(x.entity.name).split(' ').length < 2) continue;
      const own = nameKey(text.slice(x.start, x.end)).split(' ');
      if (sks.has(skeleton(stripArticle(own.at(-1)!)))) found = x;
    }
    return found ? { start: t.start, end: t.end, entity: found.entity, role: false } : undefined;
  };

  /**
   * A name right after the verb that the tagger missed (أفادت عايدة عرب، في اتصال …): two or three
   * plain words, then a comma, a preposition or the complementiser. Only its span is kept.
   */
  const nameAfterCue = (i: number, zoneEnd: number): Span | null => {
    let j = i + 1;
    const first = j;
    while (j < tokens.length && j - first < 3 && tokens[j]!.kind === 'word' && tokens[j]!.start < zoneEnd) {
      const k = keys[j]!;
      if (/^(ال|لل|[وفبلك]ال)/u.test(k) || PREPOSITIONS.has(k) || COMPLEMENTISERS.has(k) || cueAt(j) || UNNAMED_SOURCES.has(k) || PRONOUN_OBJECTS.test(k) || PERIOD_PARTS.has(k)) break;
      // «وأضاف سنحدد موقفنا …» (he added: we will set our position …): a future verb opens unmarked speech.
      if (j === first && /^س[يتنا].{3,}$/u.test(k)) break;
      // «قالت لوكالة رويترز إن» (she told Reuters that): a body after «ل» + its head noun is spoken to.
      if (j === first && k.startsWith('ل') && ORG_HEADS.has(bare(k.slice(1)))) break;
      if (findIn(k, ROLE_HEADS) || findIn(k, HONORIFICS) || PRE_CUE_FILLERS.has(k) || k.length < 3) break;
      // «وقالت وفقا لخطابها "…"» (she said, according to her speech): a source word opens no name.
      if (SOURCE_WORDS.has(k) || k === 'نقلا') break;
      // «ثم يقول بصوت خافت:» (then says in a low voice): how it is said, not who says it.
      if (j === first && MANNER_WORDS.has(k)) break;
      j++;
    }
    if (j - first < 2) return null;
    const next = j < tokens.length ? tokens[j]! : undefined;
    const stop = !next || next.start >= zoneEnd || next.kind === 'punct' || PREPOSITIONS.has(keys[j]!) || /^(في|ل|ب)/u.test(keys[j]!);
    return stop ? { start: tokens[first]!.start, end: tokens[j - 1]!.end } : null;
  };

  /**
   * «عضو الهيئة، كمال الزغلامي، …»: after a role of a body (the first word after cue `i` is a role
   * noun), a name of two or three words set off by commas that the tagger missed. Only its span.
   */
  const apposition = (i: number, after: number, zoneEnd: number): Span | null => {
    const head = keys[i + 1] ?? '';
    if (!findIn(head, ROLE_HEADS) && !findIn(head, HONORIFICS)) return null;
    let j = tokenAt(after);
    if (j >= tokens.length || tokenText(j) !== '،') return null;
    const first = ++j;
    while (j < tokens.length && j - first < 4 && tokens[j]!.kind === 'word' && tokens[j]!.start < zoneEnd) {
      const k = keys[j]!;
      if (PREPOSITIONS.has(k) || COMPLEMENTISERS.has(k) || cueAt(j) || findIn(k, ROLE_HEADS) || (j === first && /^(ال|لل|[وفبلك]ال)/u.test(k))) return null;
      j++;
    }
    if (j - first < 2 || j - first > 3 || j >= tokens.length || tokenText(j) !== '،') return null;
    return { start: tokens[first]!.start, end: tokens[j - 1]!.end };
  };

  /** The first token of the sentence at `pos`, past an opening «من جهته/ناحيته» or «بدوره» (for its part). */
  const firstWordOfSentence = (pos: number): number => {
    const first = tokenAt(sentenceStart(pos));
    if (keys[first] === 'من' && /^(جهت|ناحيت)(ه|ها|هم)$/u.test(keys[first + 1] ?? '')) return first + 2;
    // «من جانب آخر تحدث رئيس الحركة عن …» (on the other hand, the movement's head spoke of …): past the transition and its comma.
    if (/^و?من$/u.test(keys[first] ?? '') && otherSideAt(first + 1)) return tokenText(first + 3) === '،' ? first + 4 : first + 3;
    return /^بدور(ه|ها|هم)$/u.test(keys[first] ?? '') ? first + 1 : first;
  };

  /**
   * Whether token `ti` stands inside a relative clause opened after the last speech verb before it in the sentence
   * (from `from`): a relative pronoun after that verb and no comma between it and the token. Without a speech verb
   * before it, no — a relative clause in an opening phrase («وفي الجلسة التي انعقدت أمس تحدث النائب X») hides nothing.
   */
  const insideRelativeClause = (ti: number, from: number): boolean => {
    let verbAt = -1;
    for (let m = ti - 1; m >= 0 && tokens[m]!.start >= from; m--) {
      const c = tokens[m]!.kind === 'word' ? cueAt(m) : undefined;
      if (c && !c.form.participle) {
        verbAt = m;
        break;
      }
    }
    if (verbAt < 0) return false;
    for (let m = ti - 1; m > verbAt; m--) {
      if (tokenText(m) === '،' || tokenText(m) === ',') return false;
      if (RELATIVE_PRONOUN.test(keys[m]!)) return m + 1 < ti;
    }
    return false;
  };

  /**
   * Whether a reference stands right after a preposition word (past marks): «عبر "الجوهرة أف أم"» (via the radio) names
   * the medium, not the speaker. (Not the «ل» of an author: «وفي كلمة لعبد اللطيف المكي: "…"», in a speech by X.)
   */
  const afterPrepositionWord = (r: Ref): boolean => {
    let pi = tokenAt(r.start) - 1;
    while (pi >= 0 && tokens[pi]!.kind !== 'word') pi--;
    return pi >= 0 && PREPOSITIONS.has(keys[pi]!.replace(/^[وف](?=.{2})/u, ''));
  };

  /**
   * For a verb with a dropped subject in the middle of a sentence: the first person named earlier in
   * that sentence who is not the object of a preposition and agrees with the verb.
   */
  const clauseSubject = (pos: number, g: CueGender, bodies = false): Ref | undefined => {
    const from = sentenceStart(pos);
    if (from >= pos) return undefined;
    // The token right after the sentence's first verb, past an opening «من جهته، / بدوره،» (for its part).
    let verb = firstWordOfSentence(pos);
    if (verb < tokens.length && tokens[verb]!.kind === 'punct') verb++;
    // (Past «وقد» before the verb: «وقد انسحبت الحركة …».)
    verb = pastQad(verb);
    // «في صالة عرض على شارع الشيخ زايد في دبي، يتفقد المواطن سعيد المهيري …، قبل أن يقول» (in a
    // showroom on Sheikh Zayed Road, citizen Saeed al-Muhairi looks at …, before saying): a sentence that
    // opens with a prepositional phrase set off by a comma names no subject in it.
    let refsFrom = from;
    const opener = keys[tokenAt(from)]?.replace(/^[وف](?=.{2})/u, '') ?? '';
    // (Not «من جهته» (for his part), which the subject follows; the comma within a dozen words and before any
    // speech verb.)
    if (PREPOSITIONS.has(opener) && opener !== 'عن' && opener !== 'من') {
      for (let k = tokenAt(from) + 1; k < tokens.length && tokens[k]!.start < pos && k - tokenAt(from) <= 12; k++) {
        if (tokens[k]!.kind === 'word' && cueAt(k)) break;
        if (tokens[k]!.kind !== 'punct') continue;
        if (tokenText(k) === '،' || tokenText(k) === ',') refsFrom = tokens[k]!.end;
        break;
      }
    }
    // «كما انتقد أيضا دعوة رئيس الجمهورية الباجي قائد السبسي كتلة النداء …، مشيرا إلى أن …» (he also criticised the
    // President's call to the bloc …, pointing out that): an indefinite noun right after the verb opens its object — the
    // verb's subject is dropped, and a name inside the object is none.
    if (refsFrom === from && objectRightAfterVerb(verb, pos)) return undefined;
    // (When nothing after that comma can be the subject, the comma closed the subject's own clause: «وفي
    // القاهرة التقى سامح شكري أيمن الصفدي، مؤكدا أن …» — search the whole sentence again.)
    return subjectFrom(refsFrom, pos, from, verb, g, bodies) ?? (refsFrom !== from ? subjectFrom(from, pos, from, verb, g, bodies) : undefined);
  };
  /**
   * Whether the finite verb at `v` (past «كما», also) has an indefinite common noun in construct right after it (past
   * «أيضا/كذلك»), before `pos`: the opening of its object, its subject dropped — «انتقد دعوة رئيس الجمهورية …». Not a name,
   * a role or a title, an unnamed source («مصدر»), a particle, nor a word of the subject's own kind.
   */
  const objectRightAfterVerb = (v: number, pos: number): boolean => {
    const x = v < tokens.length && ALSO_OPENERS.has(keys[v]!) ? v + 1 : v;
    if (x + 2 >= tokens.length || tokens[x]!.kind !== 'word' || tokens[x + 1]!.start >= pos) return false;
    const cue = cueAt(x);
    if (!(cue ? !cue.form.participle : verbLike(tokenText(x)))) return false;
    const w = x + 1 + linkerAt(x + 1);
    if (w + 1 >= tokens.length || tokens[w]!.kind !== 'word' || tokens[w + 1]!.kind !== 'word' || tokens[w + 1]!.start >= pos) return false;
    const k = keys[w]!;
    // (A noun of an act or a statement only — a derived verbal noun, a noun of stance, «دعوة/قرار/تصريحات …» —: a noun of a
    // person is the subject's own description, «كما أقر مرشح اليمين … فرانسوا فيون بهزيمته»، «أكد أحد الزائرين …».)
    if (!(derivedVerbalNoun(k) || STANCE_NOUNS.has(k) || ACT_NOUNS.has(k))) return false;
    if (refsIn(tokens[w]!.start, tokens[w]!.end).length || roleHeadAt(w) !== undefined) return false;
    // (In construct: the word after it is definite, a name or a role — «دعوة رئيس …», «دعوة الحكومة».)
    return keys[w + 1]!.startsWith('ال') || refsIn(tokens[w + 1]!.start, tokens[w + 1]!.end).length > 0 || roleHeadAt(w + 1) !== undefined;
  };

  /** Token `v`, or the word after it when `v` is the particle «قد/لقد» (behind «و/ف») before a verb: «وقد انسحبت». */
  const pastQad = (v: number): number => (v + 1 < tokens.length && /^[وف]?(قد|لقد)$/u.test(keys[v] ?? '') && tokens[v + 1]!.kind === 'word' ? v + 1 : v);
  /**
   * The body that spoke last before `pos` when the article named its organ `head` (keyed, bare: «مجلس») before `pos` only
   * with a body's pronoun: «مجلس ادارته» (its board of directors).
   */
  const organBodyBefore = (head: string, pos: number): Entity | undefined => {
    const d = lastDraftBefore(drafts, pos, (x) => x.speaker?.type === 'ORG');
    if (!d?.speaker) return undefined;
    for (let m = 0; m + 1 < tokens.length && tokens[m]!.start < pos; m++) {
      if (keys[m] === head && /.{3,}(ه|ها)$/u.test(keys[m + 1]!) && !refsIn(tokens[m]!.start, tokens[m + 1]!.end).length) return d.speaker;
    }
    return undefined;
  };
  /**
   * The body named before `pos` by the head noun alone that follows the first verb of `pos`'s sentence: «وقد انسحبت الحركة
   * من النقاشات» (the movement withdrew from the talks) — the movement of that head named last.
   */
  const headSubjectOfSentence = (pos: number, g?: CueGender): Ref | undefined => {
    // (Past a lone «و» written apart: «و نفت الجامعة …».)
    const first = firstWordOfSentence(pos);
    const verb = pastQad(keys[first] === 'و' || keys[first] === 'ف' ? first + 1 : first);
    const k = verb + 1 < tokens.length && tokens[verb + 1]!.start < pos ? keys[verb + 1]! : '';
    // (Not a head an adjective describes, which names another body: «وقد ردت السلطات الفرنسية …», the French authorities.)
    // (A speech verb's finite form is a verb too, though short: «نفت» (denied).)
    const finite = verbLike(tokenText(verb)) || (tokens[verb]!.kind === 'word' && cueAt(verb)?.form.participle === false);
    if (!/^ال/u.test(k) || refsIn(tokens[verb + 1]!.start, tokens[verb + 1]!.end).length || !ORG_HEADS.has(bare(k)) || !finite || DEFINITE_NISBA.test(keys[verb + 2] ?? '')) return undefined;
    // (Of the gender of what speaks, when it has one: not «وقضت المحكمة العليا بتغريم الرجل …، مؤكدا أن …» — the man
    // stresses, not the court; the key folds «ة» into «ه».)
    if ((g === 'm' || g === 'f') && k.endsWith('ه') !== (g === 'f')) return undefined;
    const body = lastBodyOfHead(bare(k), tokens[verb]!.start);
    // (Where the head noun stands, the body's mention in this sentence.)
    return body && { start: tokens[verb + 1]!.start, end: tokens[verb + 1]!.end, entity: body.entity, role: false };
  };
  /**
   * The subject of the last speech verb (not a participle) of the sentence before `pos`, when it is written as a role
   * or an unnamed source and no name stands between that verb and `pos` («وأكد مصدر أمني …، مؤكدا»; «وأكد وزير الخارجية
   * …، مضيفا» with the minister named before): `unnamed`, or the `ref` of the role's holder; undefined otherwise.
   */
  const roleSubjectBefore = (pos: number): Subject | undefined => {
    const from = sentenceStart(pos);
    for (let k = tokenAt(pos) - 1; k >= 0 && tokens[k]!.start >= from; k--) {
      if (tokens[k]!.kind !== 'word') continue;
      const c = cueAt(k);
      // (Not a word that is a verb only sometimes: «عبر مواقع التواصل» is «via social networks».)
      if (c === undefined || (c.form.verb.ambiguous && !c.prefixed)) continue;
      if (c.form.participle) return undefined;
      const subjectKey = bare(keys[k + 1] ?? '');
      // (A name between the verb and the participle is the subject, or the one the participle is said of: clauseSubject.)
      // (Not the one behind «على لسان» (in the words of): «ونفت الجامعة ما ورد على لسان كربول …، مشيرة أن» — what Karboul said
      // is the object denied.)
      const named = (): boolean =>
        refsIn(tokens[k]!.end, pos).some((r) => {
          if (r.role || (r.entity.type !== 'PER' && r.entity.type !== 'ORG')) return false;
          const at = tokenAt(r.start);
          return !(at >= 2 && inWordsOfAt(at - 2));
        });
      if (roleHeadAt(k + 1) === undefined && !UNNAMED_SOURCES.has(subjectKey)) {
        // «ونفت الجامعة ما ورد على لسان الوزير، مشيرة أن …» (the federation denied what the minister said, pointing out
        // that …): a body named before by its head noun, the subject of a verb whose content was not read.
        // (Only as the subject: the verb agrees with the head noun — «وطالب النقابة بالتحرك، مشيرا» has the union as its
        // object — and is no verb that takes a person or a body as its object.)
        const disagrees = subjectKey.endsWith('ه') ? c.form.gender === 'm' : c.form.gender === 'f';
        if (!/^ال/u.test(keys[k + 1] ?? '') || !(ORG_HEADS.has(subjectKey) || isExtraBodyHead(subjectKey)) || disagrees || PERSON_OBJECT_VERBS.has(c.form.verb.lemma) || c.form.verb.withBi || named()) return undefined;
        const body = lastBodyOfHead(subjectKey, tokens[k]!.start);
        return body ? { ref: { start: tokens[k + 1]!.start, end: tokens[k + 1]!.end, entity: body.entity, role: true } } : undefined;
      }
      if (named()) return undefined;
      const s = subjectIn(tokens[k]!.end, pos);
      if (s.ref || s.unnamed) return s;
      // A role in construct: its holder named before with that title; with none (or a description of the last source,
      // «وشدد الوزير»), the search for the last speaker decides (the president of «جدد رئيس الجمهورية …، مؤكدا» is
      // often the one quoted last, under a name the tagger cut).
      if (s.anaphoric || s.orgHead || s.personNoun || s.published || roleHeadAt(k + 1) === undefined) return undefined;
      const holder = titledBefore(k + 1, pos);
      return holder ? { ref: { start: tokens[k + 1]!.start, end: tokens[k + 1]!.end, entity: holder, role: true } } : undefined;
    }
    return undefined;
  };

  /** {@link clauseSubject}'s search over the references from `refsFrom` to `pos`. */
  const subjectFrom = (refsFrom: number, pos: number, from: number, verb: number, g: CueGender, bodies: boolean): Ref | undefined => {
    for (const r of refsIn(refsFrom, pos)) {
      // (A name inside what was quoted before in the sentence is no subject: «وأكد وزير الخارجية أن الرئيس X سيزور
      // الجزائر، مشيرا إلى أن …» — the minister goes on, not X.)
      // (A name inside its own quote is still the subject: «انتقد … نور الدين الطبوبي … أي مسؤول …، بحسب تعبيره في تلميح لوزير
      // التربية ناجي جلول، داعيا …», whose clause «بحسب تعبيره» (in his words) made his quote — not the minister alluded to.)
      if (insideOthersDraft(r, g)) continue;
      const ti = tokenAt(r.start);
      // A person; for a participle (`bodies`) also a body that is the subject of the sentence's first verb
      // («من جهته، أصدر الاتحاد الجهوي للشغل بيانا …، معتبرا أن», the regional union issued a statement …,
      // considering that), and for any cue the subject of «كان» that opens the sentence («وكانت النيابة
      // العمومية بباريس قد أكدت أن», the Paris prosecution had stated that). Otherwise a body is not taken
      // as a finite verb's dropped subject here (ونشرت إسكوا التقرير … وقالت إنها …, ESCWA published the
      // report … and said that …).
      // (After «كان» only when the cue follows the body and «قد», a place or two words between at most.)
      const auxiliary = AUXILIARY.test(keys[verb] ?? '') && /^(\s*\S+){0,2}\s+(قد|لقد)\s*$/u.test(text.slice(r.end, pos));
      // (A body may be written after its head noun and a mark: «ونشرت صحيفة "عاجل" الواقعة، وذكرت أن …» — the paper speaks.)
      // (Only after a verb: not «أما إذاعة "إي أف أم" فقد وُجه لها لفت نظر: …», which the radio was told.)
      const afterVerb =
        ti === verb + 1 ||
        (ti > verb + 2 && wordBeforeMarks(ti, QUOTE_MARKS) === verb + 1 && (AUXILIARY.test(keys[verb] ?? '') || verbLike(tokenText(verb))) && headOfBody(r.entity) !== undefined && strippedForms(keys[verb + 1]!).map(bare).includes(headOfBody(r.entity)!));
      // «أصدرت الهيئة المديرة للنادي الإفريقي بيانا …، داعية …» (the Club Africain's managing board issued a statement …, calling
      // …): the body behind «ل/لل» after its board, right after the verb, is the subject — and the verb agrees with «الهيئة».
      const board = r.entity.type === 'ORG' && !r.role && ti === verb + 3 && keys[verb + 1] === MANAGING_BOARD[0] && keys[verb + 2] === MANAGING_BOARD[1];
      if (board ? !bodies || g === 'm' : r.entity.type === 'ORG' ? !(bodies || auxiliary) || !afterVerb || r.role || !agrees(r.entity, g) : r.entity.type !== 'PER' || !agrees(r.entity, g)) continue;
      // A role only as the subject of the sentence's first verb, honorifics between («ورفع سمو أمير منطقة
      // الجوف الشكر …، مؤكدا أن», and His Highness the Emir of al-Jouf thanked …, stressing that): a role
      // further on is mostly an object or a complement.
      if (r.role) {
        // (Past the writer's «يذكر أن» (it is recalled that): «يذكر أن وزير خارجية مملكة النرويج … قد التقى … خميس الجهيناوي وأعلن
        // …» — the minister announced, not the one he met.)
        const noteEnd = pastWriterNote(from, ti);
        // (The verb after an opening «من جهته،» or «من جانب آخر» (for his part, on the other hand) too: see firstWordOfSentence.)
        let w = noteEnd > from ? tokenAt(noteEnd) - 1 : Math.max(tokenAt(from), verb);
        if (w + 1 > ti) continue;
        for (w++; w < ti && tokens[w]!.kind === 'word' && findIn(keys[w]!, HONORIFICS); w++);
        if (w !== ti) continue;
      }
      const tok = tokens[ti]!;
      if (r.start > tok.start && /^[وف]?[بلك]/u.test(text.slice(tok.start, r.start)) && !board) continue;
      let pi = ti - 1;
      while (pi >= 0 && tokens[pi]!.kind !== 'word') pi--;
      const prev = pi >= 0 ? keys[pi]!.replace(/^[وف]/u, '') : '';
      if (PREPOSITIONS.has(prev) || /^(ل|لل|ب)$/u.test(prev)) continue;
      // (Nor a name in apposition to a role behind «ل/ب»: «لوما لوزيرة الصحة، سميرة مرعي».)
      if (pi >= 0 && pi < ti - 1 && (tokenText(pi + 1) === '،' || tokenText(pi + 1) === ',')) {
        let q = pi;
        while (q > 0 && q > pi - 3 && tokens[q]!.kind === 'word' && /^ال/u.test(keys[q]!)) q--;
        if (q >= 0 && tokens[q]!.kind === 'word' && /^[وف]?[بل][^ل]/u.test(keys[q]!) && findIn(keys[q]!.replace(/^[وف]?[بل]/u, ''), ROLE_HEADS) !== undefined) continue;
      }
      // («أكد والد سلمان العبيدي …، مضيفا» (Salman Abidi's father stressed …, adding): a name after a kin word is the
      // relative's, not the subject.)
      if (pi === ti - 1 && (isKin(keys[pi]!) || isKin(prev))) continue;
      // «بإقالة ناجي جلول» (for the dismissal of Néji Jalloul): a name after a noun behind «ب/ل» is that noun's
      // complement, no subject (the lexicon knows the noun without the letter better than with it).
      // (Not the sentence's verb itself: «وبادر محمد الصالح بالاستقالة», Mohamed Salah took the initiative to resign.)
      if (pi === ti - 1 && pi !== verb && /^[بل][^ل]/u.test(prev) && prev.length >= 4 && letterIsPreposition(pi)) continue;
      // (Nor after «لل» + a title: «انتقادات للإعلامي برهان بسيس، معلقا» (criticism of the journalist Borhen Bsaies).)
      // (Not the «لل» of a body's name in the subject's role: «انتقد الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي».)
      if (pi === ti - 1 && pi !== verb && BEHIND_LIL.test(prev) && !refs.some((b) => b.entity.type === 'ORG' && b.start <= tokens[pi]!.start && b.end >= tokens[pi]!.end)) continue;
      // (Also past definite words and a description coordinated with a title: «انتقادات لاذعة للإعلامي والناشط السياسي برهان
      // بسيس …، معلقا»; not a body's complement, «رئيسة الإتحاد التونسي للصناعة والتجارة والصناعات التقليدية وداد بوشماوي».)
      if (pi === ti - 1 && pi !== verb) {
        let q = pi;
        while (q > verb && q > pi - DESCRIPTION_BACK_REACH && tokens[q]!.kind === 'word' && DEFINITE_AFTER_AND.test(keys[q]!)) q--;
        const title = q < pi && q > verb && tokens[q]!.kind === 'word' && BEHIND_LIL.test(keys[q]!) && (findIn(keys[q]!, PERSON_TITLES) !== undefined || findIn(keys[q]!, ROLE_HEADS) !== undefined);
        if (title && keys.slice(q + 1, pi + 1).some((k) => k.startsWith('وال'))) continue;
      }
      // «من مطاري "هيثرو" و"غاتويك"» (from the airports "Heathrow" and "Gatwick"): a name in marks right after a
      // common noun names that thing; it is no subject (nor is it after a title or a role it would be).
      // (Not a person in marks right after a comma: «وكان رئيس المجلس الاتحادي السويسري، "جوهان شنايدر أمان" قد أكد», in apposition.)
      let marked = false;
      for (let m = pi + 1; m < ti; m++) if (QUOTE_MARKS.has(text[tokens[m]!.start]!)) marked = true;
      // (After a role: «رئيس المجلس الاتحادي السويسري، "…"»; not «عن فيلمه، "صلاح الدين الأيوبي"», a film.)
      const first = tokenAt(from);
      let roleAt = ti - 3;
      while (roleAt >= first && roleAt > ti - 9 && tokens[roleAt]!.kind === 'word' && !findIn(keys[roleAt]!, ROLE_HEADS)) roleAt--;
      const apposed = r.entity.type === 'PER' && ti >= 3 && QUOTE_MARKS.has(text[tokens[ti - 1]!.start]!) && (tokenText(ti - 2) === '،' || tokenText(ti - 2) === ',') && roleAt >= first && tokens[roleAt]!.kind === 'word' && findIn(keys[roleAt]!, ROLE_HEADS) !== undefined;
      // (Nor after a body's own head noun right after the verb: «ونشرت صحيفة "عاجل"», see `afterVerb`.)
      const headed = r.entity.type === 'ORG' && afterVerb && ti !== verb + 1;
      if (marked && !apposed && !headed && pi >= 0 && !findIn(keys[pi]!, ROLE_HEADS) && !findIn(keys[pi]!, HONORIFICS) && !cueAt(pi)) continue;
      if (insideOthersDraft(r, g)) continue;
      // «وأعلن مدير المركز، تبرؤه من الحملات التي تطال الزعيم الحبيب بورقيبة مذكرا أن» (the centre's director disowned
      // the campaigns that target the leader Habib Bourguiba, recalling that): a name inside a relative clause after
      // the verb is no subject of the sentence.
      if (insideRelativeClause(ti, from)) continue;
      // «واستنكرت طريقة تعبير عبو عن رأيها …، مضيفة أنها» (she condemned the way Abbou voiced her opinion …, adding that):
      // a person named after the common noun the verb takes first, with no role, title or comma between, is that noun's
      // complement, not the subject.
      if (r.entity.type === 'PER' && verb >= 0 && ti - verb >= 3 && cueAt(verb) !== undefined && objectBefore(verb + 1, ti)) continue;
      return r;
    }
    return undefined;
  };
  /**
   * Whether token `a`, right after a verb, is an indefinite feminine noun that is no body's head, role, title or name — the
   * verb's object, whose complement the name after it is: «مطالبة» in «انتقد مطالبة اتحاد الشغل» (criticised the union's
   * demand).
   */
  const verbalNounAfterVerb = (a: number): boolean => {
    const k = keys[a]!;
    return tokens[a]!.kind === 'word' && k.length >= 4 && k.endsWith('ه') && !k.startsWith('ال') && !bodyHead(bare(k)) && !findIn(k, ROLE_HEADS) && !findIn(k, HONORIFICS) && !DESCRIPTION_HEADS.has(bare(k)) && !refsIn(tokens[a]!.start, tokens[a]!.end).length;
  };
  /**
   * Whether tokens `[a, b)`, right after a speech verb, are its object: words none of which is a role, a title, a time or
   * a verb, the first a common noun (see {@link subjectFrom}).
   */
  const objectBefore = (a: number, b: number): boolean => {
    if (!commonNoun(a) || STATEMENT_TIMES.has(keys[a]!)) return false;
    for (let k = a; k < b; k++) {
      if (tokens[k]!.kind !== 'word' || findIn(keys[k]!, ROLE_HEADS) || findIn(keys[k]!, HONORIFICS) || DESCRIPTION_HEADS.has(bare(keys[k]!)) || STATEMENT_TIMES.has(keys[k]!) || cueAt(k) || verbLike(tokenText(k)) || refsIn(tokens[k]!.start, tokens[k]!.end).length) return false;
    }
    return true;
  };

  /**
   * For a cue with a dropped subject that opens its sentence (token `i`): the person named right after the
   * first verb of the sentence before («ويسكن جواكيم بينتو، 81 عاما، في آخر بيت. قال إنه …», Joaquim Pinto
   * lives in the last house. He said that …) — the one that sentence is about.
   */
  const previousSubject = (i: number, g: CueGender): Ref | undefined => {
    const from = sentenceStart(tokens[i]!.start);
    if (tokenAt(from) !== i || i === 0) return undefined;
    // (Not a verb that goes on with the speaker — «وأضاف» (added) — nor after someone spoke in the same
    // paragraph: «وقال الوزير … . ويعاني محمد علي من الجفاف. وأضاف أن …» is still the minister.)
    if (CONTINUING_CUES.has(cueAt(i)?.form.verb.lemma ?? '')) return undefined;
    const spoke = lastSpeakerBefore(tokens[i]!.start);
    if (spoke && spoke.start >= paragraphOf(from).start) return undefined;
    // (The sentence before, in the same paragraph: from its last token, the stop.)
    const prevFrom = sentenceStart(tokens[i - 1]!.start);
    if (prevFrom >= from || paragraphOf(prevFrom).start !== paragraphOf(from).start) return undefined;
    const first = tokenAt(prevFrom);
    if (cueAt(first)) return undefined;
    // The name right after the verb, or the first person of the sentence after the verb's role subject
    // in apposition («وصوت السناتور الجمهوري عن ولاية يوتا، ديل هافرستون، ضد المشروع»).
    const r = refsIn(prevFrom, from).find((x) => tokenAt(x.start) === first + 1) ?? (findIn(keys[first + 1] ?? '', ROLE_HEADS) ? clauseSubject(tokens[i - 1]!.start, g) : undefined);
    return r && r.entity.type === 'PER' && !r.role && agrees(r.entity, g) ? r : undefined;
  };

  /** The first person (no role mention) named within 400 characters after `pos` for whom `holds` is true. */
  const personNamedAfter = (pos: number, holds: (r: Ref) => boolean): Entity | undefined => {
    for (let k = firstStartingAt(refs, pos); k < refs.length && refs[k]!.start < pos + 400; k++) {
      const r = refs[k]!;
      if (r.entity.type === 'PER' && !r.role && holds(r)) return r.entity;
    }
    return undefined;
  };

  /**
   * The kin noun or trade's title without the article in construct with the person `ref` names — right before the name, or
   * before the name's own definite title («والدة الشهيد خليفة السلطاني», the martyr Khalifa Soltani's mother) — at token
   * `from` or after it: its token, or -1.
   */
  const relationBefore = (ref: Ref, from: number): number => {
    if (ref.entity.type !== 'PER' || ref.role) return -1;
    let rel = tokenAt(ref.start) - 1;
    if (rel > from && /^ال/u.test(keys[rel]!) && KINSHIP.has(keys[rel - 1]!)) rel--;
    return rel >= from && tokens[rel]!.kind === 'word' && !/^(ال|لل)/u.test(keys[rel]!) && (KINSHIP.has(keys[rel]!) || TRADE_TITLES.has(bare(keys[rel]!))) ? rel : -1;
  };

  /**
   * The person the body names in apposition with «`relation` X» — a kin noun or a trade's title in construct with the person
   * `of` («نزار عياد، محامي إلياس المنكبي», Nizar Ayad, Elias Mnakbi's lawyer; «محامي إلياس المنكبي نزار عياد») after
   * `from`, as a ref over a headline's label from `start` to `end`; undefined when the body names nobody so.
   */
  const describedRelative = (relation: string, of: Entity, from: number, start: number, end: number): Ref | undefined => {
    // A mention of `of` starting at token `m`, if any.
    const ofAt = (m: number): Ref | undefined => {
      if (m >= tokens.length) return undefined;
      for (let k = firstStartingAt(refs, tokens[m]!.start); k < refs.length && refs[k]!.start === tokens[m]!.start; k++) if (refs[k]!.entity === of) return refs[k];
      return undefined;
    };
    // The relation word at token `k`, then (past one definite title: «والدة الشهيد») a mention of `of`: where it ends, or -1.
    const relationAt = (k: number): number => {
      if (k >= tokens.length || keys[k] !== relation) return -1;
      const r = ofAt(k + 1) ?? (/^ال/u.test(keys[k + 1] ?? '') ? ofAt(k + 2) : undefined);
      return r ? tokenAt(r.end) : -1;
    };
    const comma = (k: number): boolean => k < tokens.length && /^[،,]$/u.test(tokenText(k));
    for (let k = firstStartingAt(refs, from); k < refs.length; k++) {
      const r = refs[k]!;
      if (r.entity.type !== 'PER' || r.entity === of || r.role) continue;
      const after = tokenAt(r.end);
      if (relationAt(comma(after) ? after + 1 : after) >= 0) return { start, end, entity: r.entity, role: true };
      // (Or before the name: «محامي إلياس المنكبي، نزار عياد».)
      for (let b = tokenAt(r.start) - 1, n = 0; b >= 0 && n < 6; b--, n++) {
        const close = relationAt(b);
        if (close >= 0 && (close === tokenAt(r.start) || (comma(close) && close + 1 === tokenAt(r.start)))) return { start, end, entity: r.entity, role: true };
      }
    }
    return undefined;
  };

  /**
   * «ليلى الشتاوي تدعو إلى التحقيق … ¶ قالت رئيسة لجنة التحقيق البرلمانية … إنه» (Leila Chettaoui calls for an inquiry … ¶
   * the chairwoman of the parliamentary inquiry committee said): a role of a body in the lead sentence, which no one
   * named before holds, describes the person the headline opens with — news introduces the headline's subject so — when
   * that person is named again in the body and the role's gender does not exclude her or him. The role's head is `head`
   * (a key), at token `at`.
   */
  const headlinePersonFor = (head: string, at: number): Entity | undefined => {
    if (paragraphs.length < 2 || tokens[at]!.start < paragraphs[1]!.start || sentenceStart(tokens[at]!.start) !== sentenceStart(paragraphs[1]!.start)) return undefined;
    const headline = paragraphs[0]!;
    // (A headline of a few words, no sentence of its own.)
    if (headline.end - headline.start > HEADLINE_MAX_CHARACTERS) return undefined;
    const opening = refsIn(headline.start, headline.end)[0];
    if (!opening || opening.role || opening.entity.type !== 'PER' || tokenAt(opening.start) > tokenAt(headline.start) + 1) return undefined;
    const person = opening.entity;
    // (Named again below, or the headline is his words after his name and a colon: «وديع الجريء : تسليم لقب البطولة سيكون يوم
    // الخميس», then «أكد رئيس الجامعة التونسية لكرة القدم أنه …» — the federation's president, never named in the body.)
    const headlineQuote = /^\s*:/u.test(text.slice(opening.end, opening.end + 3));
    if (!headlineQuote && !refs.some((r) => r.entity === person && r.start >= paragraphs[1]!.start)) return undefined;
    // (A role noun, not a rank that is also a word — «فريق» (team; lieutenant general) —, and a person whose gender is known
    // to be the role's: not «ذكرت صحفية "آس"» (a journalist of "AS" reported; the typo of «صحيفة», a paper) for «ميسي».)
    if (!ROLE_HEADS.has(head)) return undefined;
    // (The gender map starts from every entity's own gender, and verbs correct it.)
    return gender.get(person.id) === (head.endsWith('ه') ? 'f' : 'm') ? person : undefined;
  };

  /**
   * The holder of a body's role not held by anyone named before (the role's head `head` at token `at`),
   * named within 400 characters after `pos`:
   * - a spokesman («المتحدث/الناطق»): the person named right after that noun, past a comma too — not the
   *   spokesman of another body than `body` («المتحدث باسم وزارة الصحة X» for the trade ministry's);
   * - another role: the person whose first title has that head and the role's second word, named as the
   *   subject of a speech verb («وأوضح المدير العام للمؤسسة أن … وأضاف المدير العام، م. دعيج البذالي، أن»);
   *   or whose title is that role noun alone with the article, or who comes right after it (past a comma and
   *   an honorific) as the subject of a speech verb («أكدت ممثلة المنظمة … وأضافت الممثلة، السيدة X، أن»).
   *   A bare role («الرئيس») names no one ahead: «وأكد رئيس الوزراء» is another.
   */
  const roleHolderNamedAfter = (head: string, pos: number, at: number, body?: Entity): Entity | undefined => {
    if (SPOKESMAN_HEADS.has(head)) {
      const bodyWords = body ? nameKey(body.name).split(' ') : [];
      const bodyWord = bodyWords.at(-1) ?? '';
      // (The body by its head noun counts too: «المتحدث باسم الوزارة» for «وزارة التموين والتجارة الداخلية».)
      const bodyHead = bodyWords.length > 1 && ORG_HEADS.has(bare(bodyWords[0]!)) ? 'ال' + bare(bodyWords[0]!) : undefined;
      const forBody = (title: string): boolean => nameKey(title).includes(bodyWord) || (bodyHead !== undefined && nameKey(title).split(' ').includes(bodyHead));
      return personNamedAfter(pos, (r) => {
        if (body && (r.entity.titles ?? []).some((t) => /باسم/u.test(t) && !forBody(t))) return false;
        // (Also past a comma: «ويضيف المتحدث، علي راضي الفتلاوي، …».)
        const rt = tokenAt(r.start);
        let ti = rt - 1;
        if (ti > 0 && (tokenText(ti) === '،' || tokenText(ti) === ',')) ti--;
        if (ti >= 0 && SPOKESMAN_HEADS.has(findIn(keys[ti]!, ROLE_HEADS) ?? '')) return true;
        // (Or the role right after the name, past a comma, as the subject of a speech verb: «وأضاف أحمد كمال عبد الفتاح،
        // المتحدث باسم الوزارة: …», Ahmed Kamal Abdelfattah, the ministry's spokesman, added.)
        let ai = tokenAt(r.end - 1) + 1;
        if (ai < tokens.length && (tokenText(ai) === '،' || tokenText(ai) === ',')) ai++;
        if (ai < tokens.length && SPOKESMAN_HEADS.has(findIn(keys[ai]!, ROLE_HEADS) ?? '') && DEFINITE.test(keys[ai]!) && rt > 0 && cueAt(rt - 1)) return true;
        // (Or the subject of the next sentence's «وأضاف» (he added), past an honorific: «وقال المتحدث الرسمي لوزارة الصحة إن …
        // وأضاف الدكتور فهد الشمري أن …», the spokesman goes on and is named.)
        let ci = rt - 1;
        if (ci > 0 && findIn(keys[ci]!, HONORIFICS)) ci--;
        const going = ci >= 0 ? cueAt(ci) : undefined;
        if (going && CONTINUING_CUES.has(going.form.verb.lemma) && (going.form.gender === 'f') === head.endsWith('ه') && sentenceStart(tokens[ci]!.start) !== sentenceStart(pos) && !refs.some((x) => x.entity.type === 'PER' && x.start >= pos && x.start < r.start)) return true;
        // (Or past the body after «باسم» and a title: «وأضاف المتحدث باسم الخارجية المصرية المستشار أحمد أبو زيد».)
        if (ti < 0 || !findIn(keys[ti]!, HONORIFICS)) return false;
        for (let k = ti - 1; k >= 0 && k >= ti - 5 && tokens[k]!.kind === 'word' && !COMPLEMENTISERS.has(keys[k]!) && !cueAt(k); k--) {
          if (keys[k] === 'باسم') return k > 0 && SPOKESMAN_HEADS.has(findIn(keys[k - 1]!, ROLE_HEADS) ?? '');
        }
        return false;
      });
    }
    // (The role's second word must be in the title too: «المدير العام» for «المدير العام للمؤسسة», not «المدير الجهوي».)
    const second = at + 1 < tokens.length && tokens[at + 1]!.kind === 'word' ? bare(keys[at + 1]!) : '';
    if (!second || /^[بلك]/u.test(keys[at + 1]!)) return undefined;
    return personNamedAfter(pos, (r) => {
      // («وأضافت الممثلة، السيدة إيزابيلا مورينو»: the definite role noun before the name, past a comma and an
      // honorific, when the name's title is the honorific.)
      let bi = tokenAt(r.start) - 1;
      if (bi > 0 && findIn(keys[bi]!, HONORIFICS)) bi--;
      if (bi > 0 && (tokenText(bi) === '،' || tokenText(bi) === ',')) bi--;
      const backRole = bi > 0 && /^[وف]?ال/u.test(keys[bi]!) && findIn(keys[bi]!, ROLE_HEADS) === head && cueAt(bi - 1) !== undefined;
      if (backRole) return true;
      const words = nameKey(r.entity.titles?.[0] ?? '').split(' ');
      // (Or the role noun alone, the definite one that refers back to it: «أكدت ممثلة منظمة الأغذية … وأضافت
      // الممثلة، السيدة إيزابيلا مورينو»).
      if (findIn(words[0] ?? '', ROLE_HEADS) !== head || (words.length > 1 && !words.slice(1).some((w) => bare(w) === second)) || (words.length === 1 && !words[0]!.startsWith('ال'))) return false;
      // (As the subject of a speech verb, its role between: not a person named in passing, inside a quote —
      // «استهدف سنوب دوج الرئيس أوباما».)
      const ti = tokenAt(r.start);
      for (let k = ti - 1; k >= 0 && k >= ti - 7; k--) if (tokens[k]!.kind === 'word' && cueAt(k)) return true;
      return false;
    });
  };

  /**
   * The person named right after an earlier occurrence of the role written at token `j` (its first four words, as
   * keyed): «أكّد نائب رئيس الغرفة الوطنية لأصحاب المخابز العصرية المنظوية تحت منظمة كونكت، عبد الكريم بن محرز، أن …
   * وأشار نائب رئيس الغرفة الوطنية لأصحاب المخابز العصرية إلى …» (the deputy head of the bakers' chamber), where the
   * role is too long for the entity stage to give him as a title. The person within a dozen words after that role,
   * words and commas only between; the last such occurrence that ends before `pos` (the verb's end).
   */
  const holderOfSameRole = (j: number, pos: number): Entity | null => {
    let n = 0;
    while (n < 4 && j + n < tokens.length && tokens[j + n]!.kind === 'word') n++;
    if (n < 3) return null;
    let found: Entity | null = null;
    for (let p = 0; p + n <= j && tokens[p]!.end <= pos; p++) {
      let same = true;
      for (let m = 0; m < n && same; m++) same = keys[p + m] === keys[j + m];
      if (!same) continue;
      for (let q = p + n; q < p + n + 12 && q < tokens.length && tokens[q]!.start < pos; q++) {
        if (tokens[q]!.kind !== 'word' && tokenText(q) !== '،') break;
        const r = refs[firstStartingAt(refs, tokens[q]!.start)];
        if (r && r.start === tokens[q]!.start && r.entity.type === 'PER' && !r.role) {
          found = r.entity;
          break;
        }
      }
    }
    return found;
  };

  /**
   * Whether one of the person's titles has the role (or, with `honorifics`, the honorific) `head` among its words. With `feminine` (a feminine verb), a masculine head also finds a
   * woman's role on the title's first word: «القنصلة الفخرية، فرانسواز أولسن … وقالت القنصل الفخري» (the honorary consul)
   * — news writes the masculine form of a role for a woman too; a masculine verb never finds a woman's role, nor a
   * feminine word further in a title («عضو مجلس محافظة نينوى», a governorate).
   */
  const titledWith = (e: Entity, head: string, honorifics: boolean, feminine = false): boolean =>
    (e.titles ?? []).some((t) =>
      nameKey(t)
        .split(' ')
        .some((w, n) => {
          const held = findIn(w, ROLE_HEADS) ?? (honorifics ? findIn(w, HONORIFICS) : undefined);
          return held === head || (feminine && n === 0 && held !== undefined && !head.endsWith('ه') && held === head + 'ه');
        }),
    );
  /** The person most recently mentioned before `pos` whose titles have the head word of token `j`. */
  const titledBefore = (j: number, pos: number, g?: CueGender): Entity | null => {
    const head = j < tokens.length ? findIn(keys[j]!, ROLE_HEADS) ?? findIn(keys[j]!, HONORIFICS) : undefined;
    if (!head) return null;
    let best: Entity | null = null;
    for (const r of refs) {
      if (r.start >= pos) break;
      if (r.entity.type !== 'PER') continue;
      if (titledWith(r.entity, head, true, g === 'f')) best = r.entity;
    }
    return best;
  };

  /**
   * The person last described by the noun at token `j` («نيك كار، أحد مسؤولي الشركة … وأوضح المسؤول», Nick
   * Carr, one of the company's officials … the official explained): a person named right before that noun
   * (past a comma or «أحد»), in its singular or plural, agreeing with the verb.
   */
  const describedBefore = (j: number, pos: number, g: CueGender): Entity | null => {
    const stem = (keys[j] ?? '').replace(/^[وف]?ال/u, '').replace(/ه$/u, '');
    if (stem.length < 3) return null;
    for (let k = firstStartingAt(refs, pos) - 1; k >= 0 && refs[k]!.start > pos - MAX_LOOK_BACK; k--) {
      const r = refs[k]!;
      if (r.entity.type !== 'PER' || r.role || !agrees(r.entity, g)) continue;
      // (Right after the name, or after «،» or «أحد» (one of): «نيك كار، أحد مسؤولي الشركة» — not a word of
      // what the person said: «قال محمد العربي إن المسؤول الأول …».)
      let a = tokenAt(r.end);
      if (a < tokens.length && tokenText(a) === '،') a++;
      if (a < tokens.length && /^(احد|احدي)$/u.test(keys[a]!)) a++;
      // (Past an honorific: «لحسن أوحمو، الأستاذ الباحث» (Lahcen Ouhammou, the professor and researcher).)
      if (a + 1 < tokens.length && findIn(keys[a]!, HONORIFICS) && keys[a + 1]!.startsWith('ال') && tokens[a + 1]!.start < pos && keys[a]!.replace(/^[وف]?ال/u, '') !== stem) a++;
      if (a >= tokens.length || tokens[a]!.start >= pos) continue;
      const w = keys[a]!.replace(/^[وف]?ال/u, '');
      if (w === stem || w === stem + 'ي' || w === stem + 'ه' || w === stem + 'و') return r.entity;
    }
    return null;
  };

  const resolvePronoun = (pos: number, g: CueGender): Draft['speaker'] => {
    const d = lastSpeakerBefore(pos, g);
    if (d) return d.speaker;
    // «أكدت هيئة كبار العلماء في بيان … واعتبرت الهيئة أن … وأوضح أن …»: a masculine verb goes on
    // with a body's statement (البيان, masculine) when the body spoke through one.
    const last = lastSpeakerBefore(pos);
    if (g === 'm' && last?.speaker && last.speaker.type === 'ORG' && spokeThroughDocument(last.speaker, pos)) {
      // (Unless a man is named after the body's words, outside any quote: «… الاقتصاد الوطني"، بحسب نص البيان. يذكر أن محمد
      // فريخة، …، كان نفى ما يروج … واعتبر أن …» — he goes on, not the movement's statement.)
      // (The subject of a speech verb of his own sentence, which quoted nothing: not a name in a list of streets.)
      const person = lastPersonRefBefore(pos, g);
      if (person && person.start > (lastDraftBefore(drafts, pos, (x) => x.speaker === last.speaker)?.end ?? pos)) {
        const sEnd = sentenceEnd(person.end);
        for (let m = tokenAt(person.end); m < tokens.length && tokens[m]!.start < Math.min(sEnd, pos); m++) if (cueAt(m)) return person.entity;
      }
      return last.speaker;
    }
    // «نشرت رئاسة الجمهورية اليوم توضيحا … وقالت إن …» (the presidency published a clarification … and said that): with no
    // earlier speaker, a feminine verb goes on with a feminine body that opened the sentence before as its verb's subject.
    // (Only for a subject really dropped: not «وتشير المعطيات إلى أن» (the data show), whose subject follows the verb.)
    // (Nor a verb after a comma in its sentence, which may describe something else: «… طلبا عاجلا إلى السلطات …، تطالب
    // بوقف …», a request asking to stop ….)
    const next = tokenAt(pos) + 1;
    let clauseOpens = true;
    for (let m = tokenAt(sentenceStart(pos)); m < next - 1 && clauseOpens; m++) clauseOpens = tokens[m]!.kind !== 'punct';
    if (g === 'f' && clauseOpens && next < tokens.length && !/^(ال|[وفبل]ال)/u.test(keys[next]!) && tokens[next]!.kind !== 'number') {
      const body = bodyOpeningSentenceBefore(pos);
      if (body) return body;
    }
    // «أصدر المعهد الوطني للرصد الجوي بلاغا بخصوص … وأوضح أن …» (the weather institute issued a statement about … and explained
    // that): a masculine verb, its subject dropped right before what it says, goes on with the body that issued a document at
    // the opening of the sentence before — the body, or its statement (masculine), explains.
    if (g === 'm' && clauseOpens && next < tokens.length && COMPLEMENTISERS.has(keys[next]!)) {
      const publisher = publisherOpeningSentenceBefore(pos);
      if (publisher) return publisher;
    }
    // No earlier speaker: the most recent person mentioned.
    return lastPersonBefore(pos, g);
  };
  /**
   * The body named right after a verb of publishing that opens the sentence before `pos`, with an indefinite document noun
   * after its name («أصدر المعهد الوطني للرصد الجوي بلاغا …»), if any.
   */
  const publisherOpeningSentenceBefore = (pos: number): Entity | null => {
    const here = sentenceStart(pos);
    if (here <= 0 || tokenAt(here) < 1) return null;
    let j = tokenAt(sentenceStart(tokens[tokenAt(here) - 1]!.start));
    if (j < tokens.length && (keys[j] === 'و' || keys[j] === 'ف')) j++;
    if (j + 2 >= tokens.length || !PUBLISHING_VERBS.test(keys[j]!)) return null;
    const r = refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end).find((x) => x.start === tokens[j + 1]!.start && x.entity.type === 'ORG' && !x.role);
    if (!r || r.end >= here) return null;
    const after = tokenAt(r.end);
    const document = after < tokens.length && tokens[after]!.start < here && tokens[after]!.start >= r.end ? keys[after]! : '';
    return !document.startsWith('ال') && documentNoun(document) !== undefined ? r.entity : null;
  };
  /**
   * Whether the words from token `m` to `sEnd` only say where a source works: «من/في/لدى» (of, at), then a body's or a place's
   * name, its head noun or «موقع» (site), and adjectives in «ي» — «من موقع تيلتاريف الألماني», «في جامعة تونس».
   */
  const affiliationTail = (m: number, sEnd: number): boolean => {
    if (!/^(من|في|لدي)$/u.test(keys[m]!) || m + 1 >= tokens.length || tokens[m + 1]!.start >= sEnd) return false;
    let words = 0;
    for (let k = m + 1; k < tokens.length && tokens[k]!.start < sEnd; k++) {
      const tk = tokens[k]!;
      if (tk.kind === 'punct') {
        if (QUOTE_MARKS.has(tokenText(k))) continue;
        return TERMINAL.has(tokenText(k)) && words > 0;
      }
      // (A name is passed whole: its later words need no test.)
      const named = refsIn(tk.start, tk.end).find((r) => (r.entity.type === 'ORG' || r.entity.type === 'LOC') && r.start <= tk.start + 2 && r.end >= tk.end);
      const head = ORG_HEADS.has(bare(keys[k]!)) || MEDIA_HEADS.has(bare(keys[k]!)) || keys[k] === 'موقع';
      if (!named && !head && !(words > 0 && /^ال.{2,}(ي|يه)$/u.test(keys[k]!) && !RELATIVE_PRONOUN.test(keys[k]!))) return false;
      if (++words > 8) return false;
      if (named) k = Math.max(k, tokenAt(named.end - 1));
    }
    return words > 0;
  };
  /** The feminine body named right after the verb that opens the sentence before `pos` («نشرت رئاسة الجمهورية …»), if any. */
  const bodyOpeningSentenceBefore = (pos: number): Entity | null => {
    const here = sentenceStart(pos);
    if (here <= 0) return null;
    const stop = tokenAt(here) - 1;
    if (stop < 0) return null;
    let j = tokenAt(sentenceStart(tokens[stop]!.start));
    if (j < tokens.length && (keys[j] === 'و' || keys[j] === 'ف')) j++;
    // A past verb in the feminine, not a cue (a cue there made a quote, and its speaker would be found first).
    if (j + 1 >= tokens.length || tokens[j]!.kind !== 'word' || !/^[وف]?[^وفال].{1,}ت$/u.test(keys[j]!)) return null;
    const r = refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end).find((x) => x.start === tokens[j + 1]!.start && x.entity.type === 'ORG' && !x.role);
    if (!r || tokens[j + 1]!.start >= here) return null;
    return /ه$/u.test(keys[j + 1]!) ? r.entity : null;
  };

  /**
   * The first person named (not by a role) in the nearest sentence before `pos` that names one, of gender `g`: the
   * subject the sentence opens with, where the last person named may be its object («دعا … عصام الشابي … رئيس الحكومة
   * يوسف الشاهد للإعلان …. وقال ضيف "بوليتيكا"» — the guest is Chebbi).
   */
  const firstPersonOfLastSentence = (pos: number, g: CueGender): Entity | null => {
    let k = firstStartingAt(refs, pos) - 1;
    while (k >= 0 && (refs[k]!.entity.type !== 'PER' || refs[k]!.role || !agrees(refs[k]!.entity, g) || insideDraft(refs[k]!.start))) k--;
    if (k < 0) return null;
    const from = sentenceStart(refs[k]!.start);
    let first = refs[k]!.entity;
    for (let m = k - 1; m >= 0 && refs[m]!.start >= from; m--) {
      const r = refs[m]!;
      if (r.entity.type === 'PER' && !r.role && agrees(r.entity, g) && !insideDraft(r.start)) first = r.entity;
    }
    return first;
  };
  /**
   * The most recent person mentioned before `pos`, agreeing in gender — not a name inside a place's
   * («منطقة سيدي علي بن سالم», «دوار هيشر») nor one inside what was quoted.
   */
  const lastPersonBefore = (pos: number, g: CueGender, inQuotes = false): Entity | null => lastPersonRefBefore(pos, g, inQuotes)?.entity ?? null;
  /** The mention of {@link lastPersonBefore}. */
  const lastPersonRefBefore = (pos: number, g: CueGender, inQuotes = false): Ref | undefined => {
    for (let k = firstStartingAt(refs, pos) - 1; k >= 0; k--) {
      const r = refs[k]!;
      // (The cheap test first: this walks back over the whole document.)
      if (r.entity.type !== 'PER' || !agrees(r.entity, g)) continue;
      const before = wordBeforeMarks(tokenAt(r.start));
      if (before >= 0 && PLACE_NAME_HEADS.has(keys[before]!.replace(/^[وفبل](?=.{2})/u, ''))) continue;
      if (!inQuotes && insideDraft(r.start)) continue;
      return r;
    }
    return undefined;
  };

  /** Whether a sentence where `speaker` speaks before `pos` names a document (في بيان، في تقرير). */
  const spokeThroughDocument = (speaker: Entity, pos: number): boolean => {
    for (const d of drafts) {
      if (d.speaker !== speaker || d.start >= pos || !d.cue) continue;
      for (let j = tokenAt(sentenceStart(d.cue.start)); j < tokens.length && tokens[j]!.start < d.start; j++) {
        if (documentNoun(keys[j]!)) return true;
      }
    }
    return false;
  };
  /**
   * Whether words `speaker` said before `pos` give a document as their source after them, in their sentence: «وأفادت انه
   * …، وفق بلاغ توضيحي صادر الجمعة» (according to a clarifying statement issued on Friday).
   */
  const sourcedFromDocument = (speaker: Entity, pos: number): boolean => {
    for (const d of drafts) {
      if (d.speaker !== speaker || d.start >= pos) continue;
      const end = sentenceEnd(d.end);
      for (let j = tokenAt(d.end); j + 1 < tokens.length && tokens[j + 1]!.start < end; j++) {
        if (SOURCE_WORDS.has(keys[j]!) && documentNoun(keys[j + 1]!)) return true;
      }
    }
    return false;
  };

  /**
   * The body after «باسم» that a spokesman's words at `mention` speak for: the mention ends on a spokesman noun («الناطق»،
   * «المتحدث», «الرسمي» after it) and the next words are «باسم» and a body; undefined otherwise.
   */
  const spokesmanOfficeFor = (mention: Span): Ref | undefined => {
    let last = tokenAt(mention.end - 1);
    if (last < 0 || tokens[last]!.end !== mention.end) return undefined;
    if (OFFICIAL_ADJECTIVE.test(keys[last]!) && last > 0) last--;
    return bodyOfSpokesman(last);
  };
  /**
   * The body named after «باسم» following the spokesman noun at token `j` («الناطق (الرسمي) باسم X», keys), as the tagger's
   * reference to it; undefined when `j` is no spokesman noun or no body follows.
   */
  const bodyOfSpokesman = (j: number): Ref | undefined => {
    if (!spokesmanNoun(j)) return undefined;
    const k = OFFICIAL_ADJECTIVE.test(keys[j + 1] ?? '') ? j + 2 : j + 1;
    if (k + 1 >= tokens.length || keys[k] !== 'باسم') return undefined;
    return refsIn(tokens[k + 1]!.start, tokens[k + 1]!.end).find((r) => r.start === tokens[k + 1]!.start && r.entity.type === 'ORG');
  };
  /**
   * The body a definite spokesman noun at token `j` speaks for («الناطق الرسمي باسم النيابة العمومية», the public
   * prosecution's spokesman), as a reference at that noun; undefined when no body follows «باسم».
   */
  const spokesmanFor = (j: number): Ref | undefined => {
    const body = bodyOfSpokesman(j);
    // (Not when the spokesman is named right after, set off by a comma: «الناطق الرسمي باسم نقابة الشرطة البلدية، المنتصر
    // بالله بربيرو،».)
    const next = body ? tokenAt(body.end - 1) + 1 : -1;
    if (!body || (next + 1 < tokens.length && (tokenText(next) === '،' || tokenText(next) === ',') && refsIn(tokens[next + 1]!.start, tokens[Math.min(next + 3, tokens.length - 1)]!.end).some((r) => r.entity.type === 'PER'))) return undefined;
    return { start: tokens[j]!.start, end: body.end, entity: body.entity, role: false };
  };

  /**
   * Whether the words from token `k` are the complementiser of a statement, past its day and its document: «وقالت السلطات
   * الليبية في بيان إن …» (the Libyan authorities said in a statement that), «… اليوم الاثنين أن …».
   */
  const complementiserAfterBody = (k: number): boolean => {
    for (let n = 0; n < 2 && STATEMENT_TIMES.has(keys[k] ?? ''); n++) k++;
    k += inOwnDocument(k);
    return COMPLEMENTISERS.has(keys[k] ?? '');
  };

  /**
   * Whether token `j` opens a body news names by its head noun and a definite adjective alone, with no entity on the
   * adjective: «السلطات البرازيلية» (the Brazilian authorities), «الشرطة المحلية».
   */
  const describedBodyAt = (j: number): boolean =>
    j + 1 < tokens.length && DESCRIBED_BODY_HEADS.has(bare(keys[j]!.replace(/^[وف](?=ال)/u, ''))) && DEFINITE_NISBA.test(keys[j + 1]!) && !refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end).length;

  const addDraft = (d: Draft): void => {
    // «أعلنت بلدية قرمبالية عن …» (the municipality of Grombalia announced): a place named after an administrative head
    // speaks as that body — the mention takes the head in (the place stays the entity, as the guidelines write places).
    if (d.speaker?.type === 'LOC' && d.speakerMention) {
      const at = tokenAt(d.speakerMention.start);
      if (at > 0 && tokens[at]!.start === d.speakerMention.start && ADMINISTRATIVE_BODIES.has(keys[at - 1]!)) d = { ...d, speakerMention: { start: tokens[at - 1]!.start, end: d.speakerMention.end } };
    }
    // «عن مكتب الناطق الرسمي باسم النيابة العمومية» (from the office of the public prosecution's spokesman), which the
    // tagger reads as a body of its own: the body that office speaks for — the mention takes both in.
    if (d.speaker?.type === 'ORG' && d.speakerMention) {
      const body = spokesmanOfficeFor(d.speakerMention);
      if (body) d = { ...d, speaker: body.entity, speakerMention: { start: d.speakerMention.start, end: body.end } };
    }
    const start = trimStart(text, d.start, d.end);
    const end = trimEnd(text, start, d.end);
    if (end - start < 2) return;
    // Two cues that reach the same words make one quote, the first one's unless only the second names a speaker:
    // «اتهم X المسؤولين …، ووصفهم بأنهم "…"» (accused the officials …, and described them as "…").
    const same = end <= draftsEnd ? drafts.findIndex((x) => x.start === start && x.end === end) : -1;
    if (same >= 0) {
      if (!drafts[same]!.speaker && d.speaker) drafts[same] = { ...d, start, end };
      return;
    }
    drafts.push({ ...d, start, end });
    if (end > draftsEnd) draftsEnd = end;
  };

  /**
   * What follows a label «X: …» (a headline, a live blog's entry), from `from` to `end`: X's words, direct,
   * or mixed when only part of them is in quotation marks.
   */
  const addLabelled = (from: number, end: number, who: Ref): void => {
    const inner = outer.filter((r) => r.open >= from && r.open < end);
    const whole = inner.length === 1 && text.slice(from, inner[0]!.open).trim() === '' && text.slice(inner[0]!.close + 1, end).replace(TRIM_END, '') === '';
    for (const r of inner) r.used = true;
    addDraft({
      kind: inner.length && !whole ? 'mixed' : 'direct',
      start: whole ? inner[0]!.open + 1 : from,
      end: whole ? inner[0]!.close : end,
      cue: null,
      speaker: who.entity,
      speakerMention: { start: who.start, end: who.end },
      addressee: null,
    });
  };

  /**
   * Whether token `t` is «ل» + the one told — «لـ» alone, «للصحفيين», «لوكالة …», «لرويترز» —, which a
   * speaker's label «X لـY: …» may end with; not «لم» (did not) or another word in ل.
   */
  const toldAt = (t: number): boolean => {
    const k = keys[t] ?? '';
    return k === 'ل' || k === 'لل' || /^لل./u.test(k) || (/^ل[^ل]/u.test(k) && (ORG_HEADS.has(bare(k.slice(1))) || refs.some((r) => r.start > tokens[t]!.start && r.start < tokens[t]!.end)));
  };

  /**
   * Whether the headline's label from token `fi` to the colon at `j` only describes a person, with no name: an
   * indefinite person noun or role and adjectives («مسؤول ألماني: …», a German official), then perhaps a complement
   * — a preposition and what it governs («قيادية في اتحاد الشغل: …», a leading member of the labour union; «نائب عن
   * نداء تونس: …», an MP for Nidaa Tounes; «خبير في الشؤون الإسرائيلية: …»), a body behind «ب» («مسؤول بوزارة
   * الصحة»), or for a role its nouns in construct («كاتب عام نقابة شركة "ستيب": …», the secretary-general of the
   * Step company's union; «مدير عام النقل البري: …»). Bodies and places may be named in the complement, no person.
   */
  const describedLabel = (fi: number, j: number, labelFrom: number): boolean => {
    const head = keys[fi]!.replace(/^و(?=.{4})/u, '');
    const role = findIn(head, ROLE_HEADS);
    if (!(/^[^ا]|^ا[^ل]/u.test(head) && (DESCRIPTION_HEADS.has(head) || role !== undefined || findIn(head, PERSON_TITLES) !== undefined))) return false;
    const inLabel = refsIn(labelFrom, tokens[j]!.start);
    // (Adjectives without the article: «ألماني»، «جمعوية»، «سابق». Read as written: «ألماني» (German) keys as «الماني».)
    let m = fi + 1;
    while (m < j && tokens[m]!.kind === 'word' && keys[m]!.length >= 4 && !PREPOSITIONS.has(keys[m]!) && !/^(ال|لل)/u.test(tokenText(m)) && /(ي|يه|ق|قه)$/u.test(keys[m]!)) m++;
    if (m === j) return inLabel.length === 0;
    // (Not a bare «في» after a noun that is no person: «مسؤول في دمشق:» still describes one, «جلسة في البرلمان:» does not.)
    const k = keys[m]!;
    const bodyAfterBa = (w: string): boolean => /^ب/u.test(w) && (/^بال.{3,}/u.test(w) || ORG_HEADS.has(w.slice(1)));
    if (tokens[m]!.kind !== 'word' || !(LABEL_PREPOSITIONS.has(k) || bodyAfterBa(k) || role !== undefined)) return false;
    if (inLabel.some((r) => r.entity.type === 'PER' || r.start < tokens[m]!.start)) return false;
    // The complement is a noun phrase: prepositions, definite words, names, heads of bodies and roles and their links
    // (عام، الأول), nouns in construct (in ة or ات) and adjectives. Anything else — an imperfect verb above all —
    // makes the label a clause: «والي القيروان يلتقي المحتجين: …» (the governor meets the protesters).
    for (; m < j; m++) {
      if (tokens[m]!.kind !== 'word') {
        if (!QUOTE_MARKS.has(text[tokens[m]!.start]!)) return false;
        continue;
      }
      const w = keys[m]!;
      const named = inLabel.some((r) => r.start <= tokens[m]!.start && r.end >= tokens[m]!.end);
      // («إلى» and «على», keyed «الي» and «علي», are prepositions, not definite words: «وزير الصحة في زيارة إلى القصرين:» is
      // news, no description.)
      const noun = LABEL_PREPOSITIONS.has(w) || (!PREPOSITIONS.has(w) && (bodyAfterBa(w) || /^[وف]?(ال|لل)/u.test(w) || ORG_HEADS.has(w) || findIn(w, ROLE_HEADS) !== undefined || ROLE_LINKS.has(w) || /(ه|ات|ي)$/u.test(w)));
      const verbLike = /^[يت]/u.test(w) && !/^(ال|لل)/u.test(w) && !/(ه|ات)$/u.test(w);
      if (!named && (!noun || verbLike)) return false;
    }
    return true;
  };

  /** A headline whose speaker is only described («مسؤول ألماني: …»), resolved once the body's quotes are found. */
  let describedHeadline: { from: number; end: number; label: Span; gender: 'm' | 'f'; role: string | undefined } | undefined;
  // Headline «X: …» in the first paragraph.
  const first = paragraphs[0]!;
  if (first && paragraphs.length > 1) {
    /**
     * The index past the label's reach from token `from`: seven words, marks not counted
     * («وزيرة المياه الأردنية لـ«الشرق الأوسط»: …», the Jordanian water minister to Asharq Al-Awsat); twelve for a person
     * opening the headline with the occasion after the name («راشد الغنوشي اثر لقاء مع ممثلين عن نداء تونس : ندعم …»,
     * Rached Ghannouchi after a meeting with Nidaa Tounes representatives: we support …).
     */
    const labelLimit = (from: number): number => {
      const person = refs.find((r) => r.start === tokens[from]?.start && r.entity.type === 'PER');
      const reach = person && HEADLINE_OCCASIONS.has(keys[tokenAt(person.end)] ?? '') ? 12 : 7;
      let j = from;
      for (let words = 0; j < tokens.length && words < reach; j++) if (tokens[j]!.kind === 'word') words++;
      return j;
    };
    /** The first colon within the label's reach from `from` in the headline, or -1. */
    const colonFrom = (from: number): number => {
      const limit = labelLimit(from);
      for (let j = from; j < tokens.length && j <= limit && tokens[j]!.start < first.end; j++) if (tokenText(j) === ':') return j;
      return -1;
    };
    let fi = tokenAt(first.start);
    // «نائب أمير الباحة يدشن المستشفى.. ومدير الصحة لـ«عكاظ»: 70 سريرًا» (the deputy emir opens the hospital..
    // and the health director to Okaz: …): a label after a stop and «و», when the headline opens with none.
    // (Also when the colon is within reach of the headline's start: «انقطاعات الماء تؤرق ساكنة سطات.. وفاعلة جمعوية: …».)
    const colonAt = colonFrom(fi);
    for (let j = fi; j + 1 < tokens.length && tokens[j + 1]!.start < first.end && (colonAt < 0 || j < colonAt); j++) {
      if (!/^(\.{2,}|…)$/u.test(tokenText(j)) || !keys[j + 1]!.startsWith('و')) continue;
      if (colonFrom(j + 1) >= 0) fi = j + 1;
      break;
    }
    const labelFrom = tokens[fi]?.start ?? first.start;
    const limit = labelLimit(fi);
    for (let j = fi; j < tokens.length && j <= limit && tokens[j]!.start < first.end; j++) {
      if (tokenText(j) !== ':') continue;
      let hasCue = false;
      for (let m = fi; m < j; m++) if (cueAt(m)) hasCue = true;
      if (hasCue) break;
      // «كرة السلة: الاتحاد المنستيري ينتدب …» (basketball: …), «رولان غاروس: نادال يتوج …» (Roland Garros: Nadal wins …): a
      // sport or a tournament names the section, not a speaker.
      if (SECTION_LABELS.has(nameKey(text.slice(labelFrom, tokens[j]!.start).trim()))) break;
      let who = refsIn(labelFrom, tokens[j]!.start).filter((r) => r.entity.type === 'PER' || r.entity.type === 'ORG');
      // «محاولة اغتيال بدرة قعلول: مصدر أمني يوضح» (attempt on X's life: a security source explains): a
      // name after words that are neither a role, a title nor another name is what the headline is about.
      const firstWho = who[0];
      // «رئيس الهلال الأحمر: …» (the head of the Red Crescent: …): a role before a body names the role's holder,
      // found below, not the body.
      if (firstWho && firstWho.entity.type === 'ORG' && !firstWho.role) {
        for (let m = fi; m < tokenAt(firstWho.start); m++) if (tokens[m]!.kind === 'word' && roleHeadAt(m) !== undefined) who = [];
      }
      if (firstWho && who.length) {
        for (let m = fi; m < tokenAt(firstWho.start); m++) {
          const k = keys[m]!;
          if (tokens[m]!.kind !== 'word' || refs.some((r) => r.start <= tokens[m]!.start && r.end >= tokens[m]!.end)) continue;
          if (findIn(k, ROLE_HEADS) || findIn(k, HONORIFICS) || /^(ال|لل)/u.test(k)) continue;
          // «جمعية بوصلة: …»، «جمعيّة "توانسة ضد الفساد": …» (the association Bawsala: …): the head noun of the
          // body's name, right before it.
          if (firstWho.entity.type === 'ORG' && ORG_HEADS.has(bare(k)) && wordBeforeMarks(tokenAt(firstWho.start), QUOTE_MARKS) === m) continue;
          who = [];
          break;
        }
      }
      // «محامي إلياس المنكبي : …» (Elias Mnakbi's lawyer: …), «والدة الشهيد خليفة السلطاني : …» (the martyr's mother: …): a
      // kin noun or a trade's title without the article before the name is in construct with it — the speaker is the one the
      // body so describes («قال نزار عياد، محامي إلياس المنكبي، إن …»), or nobody named.
      const related = who[0];
      const rel = related ? relationBefore(related, fi) : -1;
      if (related && rel >= 0) {
        const described = describedRelative(keys[rel]!, related.entity, first.end, tokens[rel]!.start, related.end);
        who = described ? [described] : [];
      }
      // «حزب الله اتهمها بالضعف: …» (Hezbollah accused it of weakness: …): a clause before the colon is
      // the headline's own news, not a speaker; words after the name may only be a place or a setting
      // (الشاهد في اجتماعه بـ…: …) or a nationality.
      const lastWho = who.at(-1);
      if (lastWho) {
        const after = tokenAt(lastWho.end);
        // («صفير لـ«النهار»: …»، «الوزير لرويترز: …»: the one the speaker told, after «ل», may follow too.)
        // (Or the ones addressed: «حسين جنيّح مخاطبا اللّاعبين و الجماهير: …», addressing the players and the fans.)
        if (after < j && tokens[after]!.kind === 'word' && !toldAt(after) && !PREPOSITIONS.has(keys[after]!) && !ADDRESSING.test(keys[after]!) && !/^(ال.{2,}(ي|يه))$/u.test(keys[after]!) && !refs.some((r) => r.start === tokens[after]!.start)) who = [];
      }
      // (Or a title: «بابا الفاتيكان : …» (the Vatican's pope: …) above «البابا فرانسيس» — with no verb before the colon:
      // «الفنان يحيي الفخراني يغادر تونس : …», the artist leaves Tunisia, is the headline's news.)
      const headWords = findIn(keys[fi]!, ROLE_HEADS) !== undefined ? ROLE_HEADS : HONORIFICS;
      let clause = false;
      for (let m = fi + 1; m < j && headWords === HONORIFICS && !clause; m++) clause = tokens[m]!.kind === 'word' && verbLike(tokenText(m));
      if (!who.length && j > fi && !clause && findIn(keys[fi]!, headWords)) {
        // «مفتي السعودية: …»: a role as the headline's speaker is the one person given that role in the article.
        const head = findIn(keys[fi]!, headWords);
        const holders = personsTitled((t) => findIn(nameKey(t).split(' ')[0] ?? '', headWords) === head);
        if (holders.length === 1) who = [{ start: tokens[fi]!.start, end: tokens[fi]!.end, entity: holders[0]!, role: true }];
      }
      // «مسؤول ألماني: …» (a German official: …): an indefinite person noun and adjectives, no name — the first person
      // of that gender who speaks in the body, once every quote is found (see below).
      // (One word only when it is a person's title: «محامي: …», a lawyer: ….)
      if (!who.length && (j > fi + 1 || (j === fi + 1 && findIn(keys[fi]!.replace(/^و(?=.{4})/u, ''), PERSON_TITLES) !== undefined)) && describedLabel(fi, j, labelFrom)) {
        describedHeadline = { from: tokens[j]!.end, end: first.end, label: { start: tokens[fi]!.start, end: tokens[j - 1]!.end }, gender: keys[fi]!.endsWith('ه') ? 'f' : 'm', role: LABEL_PREPOSITIONS.has(keys[fi + 1] ?? '') ? undefined : findIn(keys[fi]!.replace(/^و(?=.{4})/u, ''), ROLE_HEADS) };
      }
      // «التجارة: …»، «"السكنية": …»: one definite word (in marks or not) that ends the name of a body the
      // article names — its short name (وزارة التجارة، المؤسسة العامة للرعاية السكنية).
      const words: number[] = [];
      let marksOnly = true;
      for (let m = fi; m < j && !who.length; m++) {
        if (tokens[m]!.kind === 'word') words.push(m);
        else if (!SYMMETRIC.has(text[tokens[m]!.start]!) && text[tokens[m]!.start] !== '«' && text[tokens[m]!.start] !== '»') marksOnly = false;
      }
      // (Not a place the article names: «السعودية : …» above a story of the Saudi authorities is a place's label, not «وكالة
      // الأنباء السعودية».)
      const placeLabel = words.length === 1 && refs.some((r) => r.entity.type === 'LOC' && r.start <= tokens[words[0]!]!.start && r.end >= tokens[words[0]!]!.end);
      const short = words.length === 1 && marksOnly && !placeLabel ? keys[words[0]!]! : '';
      if (/^ال.{3,}/u.test(short)) {
        // (The last word behind «لل» counts with the article: «الهيئة القومية للأنفاق» for «الأنفاق».)
        // (A section label «الاقتصاد: …» above a story that names «وزارة الاقتصاد» is read the same way: a
        // known limit. Requiring the body to speak elsewhere in the article cost a headline of a blind set.)
        // (Or the word that names it after its head: «البريقة: …» for «شركة البريقة لتسويق النفط».)
        // (Only a word news copy rarely writes: «الصحة: …» is a section label, not «منظمة الصحة العالمية».)
        const rare = (getLexicon().get(lexiconForm(tokenText(words[0]!))) ?? 0) < 20;
        const bodies = doc.entities.filter((e) => {
          if (e.type !== 'ORG') return false;
          const nameWords = nameKey(e.name).split(' ');
          return nameWords.at(-1)!.replace(/^لل/u, 'ال') === short || (rare && nameWords.length > 2 && ORG_HEADS.has(bare(nameWords[0]!)) && nameWords[1] === short);
        });
        if (bodies.length === 1) who = [{ start: tokens[words[0]!]!.start, end: tokens[words[0]!]!.end, entity: bodies[0]!, role: true }];
      }
      // (Or two definite words that follow the head noun of the body's name: «الموارد المائية: …» for «وزارة الموارد المائية».)
      if (!who.length && words.length === 2 && marksOnly && /^ال.{2,}/u.test(keys[words[0]!]!) && /^ال.{2,}/u.test(keys[words[1]!]!) && !refs.some((r) => r.entity.type === 'LOC' && r.start <= tokens[words[0]!]!.start && r.end >= tokens[words[1]!]!.end)) {
        const tail = `${keys[words[0]!]!} ${keys[words[1]!]!}`;
        const bodies = doc.entities.filter((e) => {
          if (e.type !== 'ORG') return false;
          const nameWords = nameKey(e.name).split(' ');
          // (Any body's first word: «"النقد الدولي" : …» for «صندوق النقد الدولي», whose «صندوق» (fund, box) is no head noun.)
          return nameWords.length === 3 && `${nameWords[1]} ${nameWords[2]}` === tail;
        });
        if (bodies.length === 1) who = [{ start: tokens[words[0]!]!.start, end: tokens[words[1]!]!.end, entity: bodies[0]!, role: true }];
      }
      const rest = tokens[j]!.end;
      // «فالدمار: لن ندخل المباراة بحثا عن التعادل.. وعبد الرؤوف: "الجماهير ستصنع الفارق"» (Valdemar: …
      // and Abdel Raouf: …): a second label after a stop and «و» ends the first one's words and opens its own.
      let firstEnd = first.end;
      let second: { ref: Ref; from: number } | undefined;
      if (who.length) {
        for (const r of refsIn(rest, first.end)) {
          if (r.entity.type !== 'PER' && r.entity.type !== 'ORG') continue;
          const ti = tokenAt(r.start);
          const colon = tokenAt(r.end);
          if (colon >= tokens.length || tokenText(colon) !== ':' || text.slice(tokens[ti]!.start, r.start) !== 'و' || ti === 0) continue;
          if (!/^(\.{2,}|…|،|,|؛|-)$/u.test(tokenText(ti - 1))) continue;
          firstEnd = tokens[ti - 1]!.start;
          second = { ref: r, from: tokens[colon]!.end };
          break;
        }
      }
      if (who.length && text.slice(rest, firstEnd).trim().length > 5) addLabelled(rest, firstEnd, who[0]!);
      // «نقابة وكلاء بيع الخضر والغلال : الأسعار ستكون أكثر ارتفاعا» (the union of wholesale produce agents: prices will
      // rise): a body's head noun in construct opening a label of two words or more that the tagger did not find — the
      // label names the speaker (no entity: the scorer and the reader still see who). (Not a head and an adjective,
      // «منظمة كندية:» (a Canadian organisation), a description of a body the story names.)
      else if (!who.length && !describedHeadline && j > fi + 1 && tokens[fi]!.kind === 'word' && ORG_HEADS.has(bare(keys[fi]!)) && !/^ال/u.test(keys[fi]!) && !/(ي|يه)$/u.test(keys[fi + 1]!) && !refsIn(labelFrom, tokens[j]!.start).length && text.slice(rest, first.end).trim().length > 5) {
        addDraft({ kind: 'direct', start: rest, end: first.end, cue: null, speaker: null, speakerMention: { start: tokens[fi]!.start, end: tokens[j - 1]!.end }, addressee: null, named: true });
      }
      if (second && text.slice(second.from, first.end).trim().length > 5) addLabelled(second.from, first.end, second.ref);
      break;
    }
  }

  // Cue verbs and source nouns, in text order.
  /**
   * The quote a source noun at token `i` (`t`) opens: وفق، بحسب، حسب، وفقا لـ، نقلا عن، على لسان، على حد تعبيره.
   * A function of its own, called from the loop over the tokens below: that loop's body stays small enough for
   * the optimizing compiler (V8 optimizes no function of more than 60 KB of bytecode, and findQuotes was at 57).
   */
  const nounCueQuote = (i: number, t: Token): void => {
      // Source nouns: وفق، بحسب، حسب، وفقا لـ، نقلا عن، على لسان، على حد تعبيره.
      // (The first letter from the token arrays first, where the keys are the shared ones: most words are turned away
      // without reading their key.)
      if (sharedKeysKept && !NOUN_CUE_FIRST_LETTERS.has(firstChars[i]!)) return;
      const raw = keys[i]!;
      if (!mayBeNounCue(raw)) return;
      const k = raw.replace(/^[وف](?=(وفق|بحسب|حسب|نقلا|طبقا|علي))/u, '');
      // «وفق تعليمات رئيس الحكومة» (in line with the head of government's instructions): what is done by instructions or
      // a law is no one's words.
      if ((k === 'وفق' || k === 'وفقا' || k === 'طبقا' || k === 'حسب' || k === 'بحسب') && instructionNoun(keys[i + 1] ?? '')) return;
      let srcFrom = -1;
      let pronoun = false;
      let attached = false;
      if (k === 'وفق' || k === 'وفقا' || k === 'بحسب' || k === 'حسب' || k === 'حسبما' || k === 'طبقا') {
        srcFrom = t.end;
        const nk = keys[i + 1] ?? '';
        if (nk === 'ل' || nk === 'لل') srcFrom = tokens[i + 1]!.end;
        // («وفق تقديرات المنظمة», the organisation's estimates, is no «وفق تقديره», by his estimate.)
        if (OWN_WORDS.test(nk)) pronoun = true;
        // («ووفقا له، فإن …» (according to him): the pronoun behind «ل».)
        if ((k === 'وفقا' || k === 'طبقا') && /^ل(ه|ها|هم|هما)$/u.test(nk)) pronoun = true;
        if (k === 'حسبما' && cueAt(i + 1)) {
          srcFrom = tokens[i + 1]!.end;
          if (keys[i + 2] === 'به' || keys[i + 2] === 'بها') srcFrom = tokens[i + 2]!.end;
        }
        // «وفق ماذكره المتحدث» (according to what the spokesman said), «حسب ماأفاد به»: «ما» written onto the verb.
        if (gluedWhatCue(nk) && i + 1 < tokens.length) {
          srcFrom = tokens[i + 1]!.end;
          if (/^(به|بها|عنه|عنها)$/u.test(keys[i + 2] ?? '')) srcFrom = tokens[i + 2]!.end;
        }
        if ((nk === 'ما' || nk === 'لما') && i + 2 < tokens.length && cueAt(i + 2)) {
          srcFrom = tokens[i + 2]!.end;
          if (/^(به|بها|عنه|عنها)$/u.test(keys[i + 3] ?? '')) srcFrom = tokens[i + 3]!.end;
        }
        // «وبحسب ما تم نقله عن ديمتريس كليتو» (according to what was relayed from Dimitris Kletou): a passive with «تم»,
        // the source after «عن».
        if ((nk === 'ما' || nk === 'لما') && keys[i + 2] === 'تم' && i + 4 < tokens.length && /^نقل(ه|ها)?$/u.test(keys[i + 3]!) && keys[i + 4] === 'عن') srcFrom = tokens[i + 4]!.end;
      } else if (/^ب?حسب(ه|ها|هم|هما)$/u.test(k) && (i + 1 >= tokens.length || tokens[i + 1]!.kind === 'punct' || /^ف?ان(ه|ها|هم)?$/u.test(keys[i + 1] ?? '') || COMPLEMENTISERS.has((keys[i + 1] ?? '').replace(/^ف/u, '')))) {
        // (Not «وفقه» — also «and the jurisprudence of» —, and only before a comma or «فإن».)
        // «وحسبه، فإن …»، «وبحسبها» (according to him / her): the pronoun is the source, in the word itself.
        srcFrom = t.end;
        pronoun = true;
        attached = true;
      } else if (k === 'نقلا' && keys[i + 1] === 'عن') srcFrom = tokens[i + 1]!.end;
      else if (k === 'علي' && keys[i + 1] === 'لسان') {
        // «ونفت الجامعة ما ورد على لسان كربول» (the federation denied what came in Karboul's words): after «ما» and a verb
        // of coming, the words are the object of the clause's verb, no source of what comes before — unless a source noun
        // opens the phrase, «وفق ما ورد على لسان ناطقها» (according to what its spokesman said), read at «وفق».
        if (i >= 2 && keys[i - 2] === 'ما' && WHAT_CAME_VERBS.has(keys[i - 1]!) && !SOURCE_WORDS.has(keys[i - 3] ?? '')) return;
        srcFrom = tokens[i + 1]!.end;
      }
      else if (k === 'علي' && keys[i + 1] === 'حد' && /^تعبير/u.test(keys[i + 2] ?? '')) {
        srcFrom = tokens[i + 2]!.end;
        // («على حد تعبير وزير الداخلية X», in the words of the interior minister X: the source is named.)
        pronoun = keys[i + 2] !== 'تعبير';
      }
      if (pronoun && !attached && srcFrom === t.end && i + 1 < tokens.length) srcFrom = tokens[i + 1]!.end;
      if (srcFrom < 0) return;
      // «وذكرت وسائل إعلام محلية نقلا عن الوزير أن …»، «أعلنت الهيئة، نقلا عن المديرية، أن …»: a speech verb
      // before «نقلا عن» in its clause quotes the source itself (see subjectIn); no quote of its own here.
      if (k === 'نقلا') {
        let verbBefore = false;
        // (Only when that verb made a quote: «… وتوقع الأطباء تحسن حالتهم، نقلا عن مصدر طبي» keeps the source.)
        const from = sentenceStart(t.start);
        for (let m = i - 1; m >= 0 && m >= i - 16 && tokens[m]!.start >= from && !verbBefore; m--) {
          const c = tokens[m]!.kind === 'word' ? cueAt(m) : undefined;
          // («نقل» itself only relays, so its quote may be made later, from the marks: «ونقلت صحيفة X، نقلًا عن مصادر، قولها
          // إن "…"».)
          // (Only «نقل» with a body named or headed right after it, not «وتم نقل المصابين» (the injured were taken).)
          const relays = c !== undefined && c.form.verb.lemma === 'نقل' && keys[m - 1] !== 'تم' && m + 1 < tokens.length && (MEDIA_HEADS.has(bare(keys[m + 1]!)) || refsIn(tokens[m + 1]!.start, tokens[m + 1]!.end).some((x) => x.entity.type === 'ORG' || x.entity.type === 'PER'));
          verbBefore = c !== undefined && !c.form.participle && (relays || drafts.some((d) => d.cue?.start === tokens[m]!.start));
        }
        if (verbBefore) return;
      }
      // (A semicolon ends a clause as a stop does: «وتكشف الأرقام حجم الضغط؛ فبحسب بيانات X، تراجع …».)
      const sentenceFrom = sentenceStart(t.start);
      const semicolon = text.slice(sentenceFrom, t.start).lastIndexOf('؛');
      const sStart = semicolon >= 0 ? sentenceFrom + semicolon + 1 : sentenceFrom;
      const sEnd = sentenceEnd(t.start);
      // «وأوضح نفس المصدر وفق ما أوردته وكالة الأنباء الجزائرية أنه "…"» (the same source explained, as the Algerian news
      // agency reported, that …): a speech verb and its subject open the clause and the complementiser follows the relaying
      // source, so the words are the verb's subject's (see the verb cues); the source only relays them.
      let opener = tokenAt(sStart);
      while (opener < i && tokens[opener]!.kind !== 'word') opener++;
      const openerCue = opener < i && i - opener <= 4 ? cueAt(opener) : undefined;
      if (openerCue && !openerCue.form.participle) {
        for (let m = i + 1; m < tokens.length && m <= i + 10 && tokens[m]!.start < sEnd && tokenText(m) !== '،'; m++) if (COMPLEMENTISERS.has(keys[m]!)) return;
      }
      let speaker: Entity | null = null;
      let speakerMention: Span | null = null;
      let srcEnd = srcFrom;
      // The source is a document («وفق بيان صادر عن X», according to a statement issued by X).
      let viaDocument = false;
      // The person named right after the sentence's own speech verb, whom a pronoun tag stands for (see below).
      let ownSubject: Ref | undefined;
      if (pronoun) {
        // «من جانبها عبرت سميرة مرعي عن ارتياحها …، وفق تعبيرها» (for her part, Samira Merai expressed her
        // satisfaction …, in her words): the person named right after a speech verb of the same sentence, of the
        // pronoun's gender, is the one whose words these are — not the last one quoted before.
        const tagKey = keys[tokenAt(srcFrom - 1)] ?? '';
        const tagGender = /ها$/u.test(tagKey) ? 'f' : /(هم|هما)$/u.test(tagKey) ? 'p' : /ه$/u.test(tagKey) ? 'm' : undefined;
        let own: Ref | undefined;
        for (let k = firstStartingAt(refs, sStart); k < refs.length && refs[k]!.start < t.start && !own; k++) {
          const r = refs[k]!;
          const at = tokenAt(r.start);
          // (The name starting its own token, right after the verb: not «عبرت لسميرة …», to Samira.)
          const verb = at > 0 && r.start === tokens[at]!.start ? cueAt(at - 1) : undefined;
          if (r.entity.type === 'PER' && !r.role && !insideDraft(r.start) && verb && !verb.form.participle && tagGender && tagGender !== 'p' && verb.form.gender === tagGender && agrees(r.entity, tagGender)) own = r;
        }
        // (Else the subject of the sentence's first verb, a person of the pronoun's gender, whatever the verb: «من جهته
        // إستعرض كاتب الدولة …، صبري الباش طبجي، مناقب الشهيد … وفق تعبيره» — the state secretary reviewed the martyr's
        // virtues, in his words.)
        if (!own && tagGender && tagGender !== 'p') {
          // (Right after that verb, or after a role it opens: not a person named further on, «جاء هذا التذكير بمناسبة
          // اعلان "تعاطفه مع أرملة الشهيد لطفي نڨض"، بحسب تعبيره», nor one a common noun introduces, «تعرضت الطفلة تقوى
          // إلى مرض …، بحسب تعبيرها» — the mother's words about her daughter.)
          const verb = firstWordOfSentence(t.start);
          const subject = clauseSubject(t.start, tagGender);
          const opened = subject && verb + 1 < tokens.length && (subject.start === tokens[verb + 1]!.start || (findIn(keys[verb + 1]!, ROLE_HEADS) !== undefined && tokenAt(subject.start) - verb <= 12));
          if (opened && subject.entity.type === 'PER' && agrees(subject.entity, tagGender)) own = subject;
        }
        // (Else the last one quoted, of the pronoun's gender when it has one: «وفق تعبيرها» is no man's.)
        ownSubject = own;
        const d = own ? undefined : lastSpeakerBefore(t.start, tagGender);
        if (!own && !d) return;
        speaker = own ? own.entity : d!.speaker;
        speakerMention = own ? { start: own.start, end: own.end } : { start: t.start, end: tokens[tokenAt(srcFrom - 1)]!.end };
      } else {
        let nextTok = tokenAt(srcFrom);
        // «بحسب ما أكده، الخميس، رئيس الهيئة» (as the authority's head stated on Thursday): the time of the
        // statement set off by commas.
        if (nextTok < tokens.length && tokenText(nextTok) === '،' && STATEMENT_TIMES.has(keys[nextTok + 1] ?? '')) {
          const m = pastStatementTimes(nextTok + 1, 2);
          if (m + 1 < tokens.length && tokenText(m) === '،') nextTok = m + 1;
        } else if (STATEMENT_TIMES.has(keys[nextTok] ?? '')) {
          // («حسب ما ذكرت مساء اليوم الثلاثاء وكالة الأناضول» (as the Anadolu agency reported this evening): without
          // commas, up to three words of time right before a body or a person.)
          let m = pastStatementTimes(nextTok, 3);
          // (And the place of the statement behind «ب» after the time: «حسب ما اعلنته السبت ببنزرت، وزيرة السياحة …», as the
          // tourism minister announced on Saturday in Bizerte.)
          if (m > nextTok && m < tokens.length && keys[m]!.startsWith('ب') && refsIn(tokens[m]!.start, tokens[m]!.end).some((x) => x.entity.type === 'LOC' && x.end === tokens[m]!.end)) m++;
          // (Also with a comma after the time: «وفق ما صرح به اليوم السبت، العقيد بلحسن الوسلاتي الناطق الرسمي باسم وزارة
          // الدفاع الوطني», as Colonel Belhassen Oueslati stated today, Saturday — a title may open the person's name.)
          if (m > nextTok && m + 1 < tokens.length && tokenText(m) === '،') m++;
          const named = m < tokens.length && (findIn(keys[m]!, PERSON_TITLES) !== undefined || findIn(keys[m]!, HONORIFICS) !== undefined) ? m + 1 : m;
          // (Or before a document and its issuer: «حسب ما أفاد به اليوم الجمعة بيان لوزارة الدفاع» (as a defence ministry
          // statement said today, Friday).)
          // (Or before an outlet's head noun and its name: «ووفق ما أورده اليوم الأربعاء موقع "سكاي نيوز" فإن …», as the Sky
          // News site reported today.)
          // (Or before a role: «حسبما أكده اليوم الأحد الناطق باسم وزارة الخارجية X», as the foreign ministry's spokesman X
          // stated today, Sunday.)
          if (m < tokens.length && named < tokens.length && tokens[m]!.start < sEnd && ((documentNoun(keys[m]!) !== undefined && !CORRESPONDENTS.has(keys[m]!)) || refsIn(tokens[named]!.start, tokens[named]!.end).some((x) => x.start === tokens[named]!.start && (x.entity.type === 'ORG' || x.entity.type === 'PER')) || outletHeadAt(m) || roleHeadAt(m) !== undefined)) nextTok = m;
        }
        // «بحسب ما جاء في تقرير لوكالة الأنباء الجزائرية» (according to what a report by the agency said): the
        // document's issuer (see documentNoun below).
        // (Not «وفق ما أكده في تصريح للجوهرة أف أم، X», where the one the statement was made to follows.)
        if (keys[nextTok] === 'في' && (documentNoun(keys[nextTok + 1] ?? '') !== undefined || officialPage(keys[nextTok + 1] ?? '', keys[nextTok + 2] ?? '')) && nextTok > 0 && cueAt(nextTok - 1)?.form.verb.document) nextTok++;
        else if (keys[nextTok] === 'في' && documentNoun(keys[nextTok + 1] ?? '') !== undefined) {
          // «وفق ما أكده في تصريح هاتفي للجوهرة أف أم، المساعد الأول لرئيس النيابة X» (as the deputy X stated in
          // a phone call to Jawhara FM): past the statement, its kind and the one it was made to.
          let m = nextTok + 2;
          if (m < tokens.length && tokens[m]!.kind === 'word' && /^[^لا].{2,}ي$/u.test(keys[m]!)) m++;
          if (m < tokens.length && /^ل/u.test(keys[m]!)) {
            // (The name may follow a head noun: «لإذاعة موزاييك».)
            const to = refs.find((x) => x.start >= tokens[m]!.start && x.start < tokens[Math.min(m + 1, tokens.length - 1)]!.end);
            m = to ? tokenAt(to.end) : m + 1;
          }
          while (m < tokens.length && STATEMENT_TIMES.has(keys[m]!)) m++;
          if (m < tokens.length && tokenText(m) === '،') m++;
          if (m < tokens.length && tokens[m]!.start < sEnd) nextTok = m;
        }
        // «وفق ما أفاد به مراسلة (وات) رشيد سعيد» (as Rachid Said told the TAP correspondent): the correspondent
        // and the outlet are told; the one named after them speaks.
        // (So does an outlet's envoy named in apposition: «وبحسب موفد "الجوهرة اف أم"، عمر التيس، فإن …», according to
        // Jawhara FM's envoy, Omar Tiss.)
        if (CORRESPONDENTS.has((keys[nextTok] ?? '').replace(/^ل/u, '')) || ENVOY_NOUNS.has(keys[nextTok] ?? '')) {
          let m = nextTok + 1;
          while (m < tokens.length && tokens[m]!.kind === 'punct' && tokens[m]!.start < sEnd && /^[("«“]$/u.test(tokenText(m))) m++;
          const outlet = m < tokens.length ? refsIn(tokens[m]!.start, tokens[m]!.end).find((x) => x.start === tokens[m]!.start && x.entity.type === 'ORG') : undefined;
          if (outlet) {
            m = tokenAt(outlet.end);
            // (Past its closing mark and a comma: «لمراسلة الجوهرة أف أم، مساعد مقرر اللجنة هادي براهم».)
            while (m < tokens.length && tokens[m]!.kind === 'punct' && tokens[m]!.start < sEnd && /^[)"»”،,]$/u.test(tokenText(m))) m++;
            // (And past the correspondent's region before a comma: «لمراسل الجوهرة أف أم في المهدية، المدير الجهوي …».)
            if (m + 1 < tokens.length && keys[m] === 'في' && refsIn(tokens[m + 1]!.start, tokens[m + 1]!.end).some((x) => x.entity.type === 'LOC')) {
              const comma = m + 2 < tokens.length && tokenText(m + 2) === '،' ? m + 2 : m + 3 < tokens.length && tokenText(m + 3) === '،' ? m + 3 : -1;
              if (comma > 0 && tokens[comma]!.start < sEnd) m = comma + 1;
            }
            // (The one who told: a person named there, or a role and then the person, before the sentence ends.)
            const limitTok = Math.min(m + 10, tokens.length - 1);
            const teller = m < tokens.length ? refsIn(tokens[m]!.start, Math.min(tokens[limitTok]!.start + 1, sEnd)).find((x) => x.entity.type === 'PER') : undefined;
            const roleFirst = m < tokens.length && findIn(keys[m]!, ROLE_HEADS) !== undefined;
            if (teller && (teller.start === tokens[m]!.start || roleFirst)) nextTok = m;
          }
        }
        // «وفق ما صرح به لـ"الجوهرة اف ام" الناطق الرسمي باسم الأهالي طارق الحداد» (as the residents' spokesman Tarek
        // Haddad told Jawhara FM): an outlet told before the teller; the one named or described after it speaks.
        // (After «ما» + the verb, or «حسبما» + the verb.)
        const throughVerb = MA_BEFORE_CUE.has(keys[tokenAt(t.end)] ?? '') || k === 'حسبما';
        if (nextTok < tokens.length && !CORRESPONDENTS.has((keys[nextTok] ?? '').replace(/^ل/u, '')) && throughVerb) {
          let m = pastTold(nextTok, sEnd);
          if (m > nextTok) {
            if (m < tokens.length && tokenText(m) === '،') m++;
            if (m < tokens.length && tokens[m]!.start < sEnd && (findIn(keys[m]!, ROLE_HEADS) !== undefined || refsIn(tokens[m]!.start, tokens[m]!.end).some((x) => x.entity.type === 'PER' && x.start === tokens[m]!.start))) nextTok = m;
          }
        }
        // «وبحسب تصريح إعلامي للناطق الرسمي باسم المحكمة …، ماهر البحري،» (according to a press statement by the court's
        // spokesman, Maher Bahri): a personal statement, its adjective, then «ل» + a role — the role and the one named
        // after it speak, as after «بحسب الناطق».
        if (PERSONAL_STATEMENTS.has(bare(keys[nextTok] ?? ''))) {
          let m = nextTok + 1;
          // (The statement's adjective is a nisba in «ي» — «إعلامي» (press), «رسمي» (official) — and no «ل» + noun.)
          if (m < tokens.length && tokens[m]!.kind === 'word' && /^[^ل].{2,}ي$/u.test(keys[m]!)) m++;
          // (Only with the person named: «وفق تصريح لوزيرة الدفاع الألمانية نقلته صحيفة …» keeps the statement's quote.)
          // (And only with the person in the role's apposition, before what he says: not «… باسم الحرس الوطني فإن الإرهابي
          // أحمد الملولي قتل», where the one named is in the statement.)
          // (Or the role in construct with the statement: «بحسب تصريح الناطق الرسمي للحرس الوطني بالمهدية كمال شهب».)
          if (m < tokens.length && tokens[m]!.start < sEnd && roleHeadAt(m) !== undefined) {
            const named = refsIn(tokens[m]!.end, sEnd).find((x) => x.entity.type === 'PER' && !x.role);
            let apposed = named !== undefined;
            for (let w = m + 1; apposed && w < tokenAt(named!.start); w++) apposed = !COMPLEMENTISERS.has(keys[w]!) && keys[w] !== 'فان';
            if (apposed) nextTok = m;
          }
        }
        // «حسب آخر المعطيات الصادرة عن X»، «وفق تقديرات المنظمة» (according to the latest data issued by X,
        // to the organisation's estimates): data speak for the one who gave them, like a document.
        if (/^(اخر|احدث)$/u.test(keys[nextTok] ?? '') && DATA_NOUNS.has(bare(keys[nextTok + 1] ?? ''))) nextTok++;
        const ofData = DATA_NOUNS.has(bare(keys[nextTok] ?? ''));
        // Twelve tokens of the source, quotation marks around a name in it not counted (see `named` below).
        let reachTok = nextTok;
        for (let n = 0; n < 12 && reachTok + 1 < tokens.length; reachTok++) if (!QUOTE_MARKS.has(tokenText(reachTok + 1))) n++;
        const limit = tokens[reachTok]!.end;
        const s = subjectIn(tokens[nextTok]?.start ?? srcFrom, Math.min(sEnd, limit));
        // «حسب ما أكده مدير التزويد بديوان الحبوب عبد الستار الفهري» (as the supply director at the grain
        // board, X, stated): after a role noun the name comes later.
        // (Or an occupation or a description, which a comma may close before the name too: «الممرض بالمستشفى، X».)
        const roleFirst = roleHeadAt(nextTok) !== undefined || findIn(keys[nextTok] ?? '', DESCRIPTION_HEADS) !== undefined || findIn(keys[nextTok] ?? '', OCCUPATIONS) !== undefined;
        // (An opening quotation mark before the name does not count: «بيانات شركة «لويدز ليست إنتليجنس»».)
        let near = nextTok + 2;
        for (let m = nextTok + 1; m <= nextTok + 2 && m < tokens.length; m++) if (tokens[m]!.kind === 'punct' && (SYMMETRIC.has(text[tokens[m]!.start]!) || text[tokens[m]!.start] === '«')) near++;
        // (Not a person named after «ب» + a role after the role whose holder the tagger missed («with the president», not «لرئيس»,
        // of the president, whose deputy may be the holder): «وفق ما أكده وزير الشؤون الخارجية
        // الطيب البكوش اثر المحادثة التي جمعته اليوم برئيس الجمهورية الباجي قايد السبسي» — with the president.)
        const afterWithRole = (x: Ref): boolean => {
          const at = tokenAt(x.start);
          for (let m = Math.max(nextTok + 1, at - 3); m < at; m++) {
            const head = tokens[m]!.kind === 'word' && /^ب/u.test(keys[m]!) ? findIn(keys[m]!, ROLE_HEADS) : undefined;
            if (head !== undefined && !head.startsWith('ب')) return true;
          }
          return false;
        };
        const holderMissed = roleFirst && s.ref !== undefined && s.ref.entity.type === 'PER' && s.ref.start > (tokens[near]?.start ?? Infinity) && afterWithRole(s.ref);
        let r = s.ref && (s.ref.start <= (tokens[near]?.start ?? Infinity) || (roleFirst && s.ref.entity.type === 'PER' && !holderMissed)) ? s.ref : undefined;
        // «وفق ما أفاد به وكالة تونس إفريقيا للأنباء سفيان السليطي» (as Sofiene Sliti told TAP): «أفاد» takes the outlet
        // told as its object, and the person right after it told it.
        if (!r && s.ref && s.ref.entity.type === 'PER' && !s.ref.role && cueAt(/^(به|بها)$/u.test(keys[nextTok - 1] ?? '') ? nextTok - 2 : nextTok - 1)?.form.verb.lemma === 'أفاد') {
          const told = refsIn(tokens[nextTok]!.start, s.ref.start).find((x) => x.start <= tokens[nextTok]!.end && x.entity.type === 'ORG');
          if (told && /^[\s"“”«»]*$/u.test(text.slice(told.end, s.ref.start))) r = s.ref;
        }
        // («بحسب بلاغ تلقت الجوهرة أف أم نسخة منه»: the outlet that received a copy of the statement did not issue it.)
        if (r && receivedCopy(r, nextTok)) r = undefined;
        // «وخصصت الزيارة، حسب ذات البيان، لبحث …» (the visit was devoted, according to the same statement, to …): the
        // same document is the last body's that was quoted — not a person named in the sentence.
        // (A person's statement, «حسب ذات التصريح», is the last speaker's, whoever it was.)
        if (/^(نفس|ذات)$/u.test(keys[nextTok] ?? '') && nextTok + 1 < tokens.length && documentNoun(keys[nextTok + 1]!) !== undefined) {
          const personal = PERSONAL_STATEMENTS.has(bare(keys[nextTok + 1]!));
          // («ذلك ما اكده رئيس البعثة … في بيان نشره الصندوق … وخصصت الزيارة، حسب ذات البيان، …»: with no body quoted
          // before, the body that issued that document, named by its head noun.)
          const noun = documentNoun(keys[nextTok + 1]!)!;
          const issuer = personal ? lastSpeakerBefore(t.start)?.speaker : (lastDraftBefore(drafts, t.start, (x) => x.speaker?.type === 'ORG')?.speaker ?? issuedByHeadBefore(noun, t.start)?.entity);
          r = issuer ? { start: tokens[nextTok]!.start, end: tokens[nextTok + 1]!.end, entity: issuer, role: true } : undefined;
        }
        // (Data or a document, a head noun, then the body in marks: the body gave them.)
        if (!r && near > nextTok + 2 && (ofData || documentNoun(keys[nextTok] ?? '') !== undefined)) {
          r = refsIn(tokens[nextTok]!.start, tokens[Math.min(near, tokens.length - 1)]!.end).find((x) => (x.entity.type === 'ORG' || x.entity.type === 'PER') && !receivedCopy(x, nextTok));
        }
        // («وبحسب إحصائية خاصة بوكالة "قدس برس"» (according to a statistic of the Quds Press agency's own): data or a
        // document «خاص/خاصة ب» a body are that body's.)
        // (Indefinite only: «الأرقام الخاصة بحركة النهضة» are the figures concerning the party.)
        if (!r && (ofData || documentNoun(keys[nextTok] ?? '') !== undefined) && !(keys[nextTok] ?? '').startsWith('ال') && /^خاص(ه)?$/u.test(keys[nextTok + 1] ?? '') && /^ب/u.test(keys[nextTok + 2] ?? '')) {
          r = refsIn(tokens[nextTok + 2]!.start, tokens[Math.min(nextTok + 4, tokens.length - 1)]!.end).find((x) => (x.entity.type === 'ORG' || x.entity.type === 'PER') && !x.role);
        }
        if (!r && s.addressee && (k === 'وفقا' || k === 'طبقا')) {
          // «ووفقا لمنظمة الصحة العالمية، فإن …»: after وفقا/طبقا the body behind ل is the source, not an addressee;
          // so is the body whose data or document follows ل («وفقا لبيانات شركة كوشيلكو», according to the
          // figures of the Cochilco company).
          const lamNoun = /^ل[^ل]/u.test(keys[nextTok] ?? '') && (DATA_NOUNS.has(keys[nextTok]!.slice(1)) || documentNoun(keys[nextTok]!) !== undefined);
          // (And a body's head noun behind ل, the name after it, in marks or not: «وفقا لصحيفة "عكاظ"».)
          const lamHead = /^ل[^ل]/u.test(keys[nextTok] ?? '') && ORG_HEADS.has(bare(keys[nextTok]!.slice(1)));
          let reach = nextTok + (lamNoun || lamHead ? 1 : 0);
          if (lamHead && reach < tokens.length && tokens[reach]!.kind === 'punct' && (SYMMETRIC.has(text[tokens[reach]!.start]!) || text[tokens[reach]!.start] === '«')) reach++;
          const own = refsIn(srcFrom, Math.min(sEnd, limit)).find((x) => x.entity === s.addressee);
          if (own && own.start <= (tokens[reach]?.end ?? 0)) r = own;
        }
        // (A comma may close a role before the name: «رئيس الهيئة، هشام بسباس».)
        if (r && tokens.slice(nextTok, tokenAt(r.start)).some((x) => x.kind === 'punct' && text.slice(x.start, x.end) !== '"' && !SYMMETRIC.has(text[x.start]!) && text[x.start] !== '«' && !(roleFirst && text[x.start] === '،' && text.slice(x.end, r!.start).trim() === ''))) r = undefined;
        if (r && r.entity.type === 'LOC') r = undefined;
        // «وفق ما أفاد به الممرض بالمستشفى المحلي بئر علي بن خليفة، عبد الله بن سالم» (as the nurse at the local hospital
        // of Bir Ali Ben Khalifa, Abdallah Ben Salem, said): past a place in the role's complement, the person named
        // after the comma.
        if (!r && roleFirst) {
          // (A rank or an honorific may stand between the comma and the name: «…، الرائد شاكر الدين البعزواي», Major ….)
          const commaBefore = (x: Ref): boolean => {
            const at = tokenAt(x.start);
            const from = at > 0 && tokens[at - 1]!.kind === 'word' && findIn(keys[at - 1]!, HONORIFICS) !== undefined ? tokens[at - 1]!.start : x.start;
            return /،\s*$/u.test(text.slice(Math.max(0, from - 3), from));
          };
          const named = refsIn(tokens[nextTok]!.end, Math.min(sEnd, limit)).find((x) => x.entity.type === 'PER' && !x.role && commaBefore(x));
          // (Not past a verb: «وحسب المسؤول، أبلغ وزير الخارجية السابق، جون كيري، …» (according to the official, the former
          // secretary of state, John Kerry, informed …) is what the official said about Kerry.)
          // (A body's name in quotation marks may stand in the role: «وفق ما أفاد به الرئيس المدير العام لشركة … "تبرورة"،
          // محمد لخضر القاسمي».)
          const between = named ? tokens.slice(nextTok + 1, tokenAt(named.start)) : [];
          if (named && closedApposition(named, sEnd) && !between.some((x) => (x.kind === 'punct' && text[x.start] !== '،' && !QUOTE_MARKS.has(text.slice(x.start, x.end))) || (x.kind === 'word' && verbLike(text.slice(x.start, x.end))))) r = named;
        }
        // «وفق التقرير الصادر مساء الجمعة عن الهيئة …» (according to the report issued on Friday by the
        // authority): a document's issuer is the source.
        // (A body named by its head noun alone is left to the rule below.)
        // «ووفق البلاغ عبر مدير عام أوروبا بالوزارة، محمد المزغني، عن …» (according to the statement, the
        // director, X, expressed …): a speech verb right after the document has a subject of its own, who
        // speaks, not the issuer named inside that subject.
        // (Not «وفق ما أفادت مراسلة الجوهرة أف أم» (as Jawhara FM's correspondent reported): «مراسلة» is also a
        // letter, but after a speech verb it is the outlet's own reporter, unnamed — see subjectIn.)
        // (Also past «به/بها»: «وفقا لما أفادت به مراسلة الجوهرة اف ام بباجة».)
        // «وبحسب مراسلة "الجوهرة أف أم" روضة العلاقي» (according to Jawhara FM's correspondent, Raoudha Allagui): an
        // outlet's correspondent reports — the person named right after the outlet, or someone unnamed —, not the
        // outlet (nor a letter, «مراسلة», that it issued).
        let correspondent = false;
        if (CORRESPONDENTS.has(keys[nextTok] ?? '') && r && r.entity.type === 'ORG' && tokenAt(r.start) <= nextTok + 2) {
          const after = refsIn(r.end, Math.min(sEnd, limit)).find((x) => x.entity.type === 'PER' && !x.role);
          r = after && /^[\s"“”«»]*$/u.test(text.slice(r.end, after.start)) ? after : undefined;
          correspondent = r === undefined;
        }
        // «وفق ما نقلته وكالة "رويترز" عن بيان لوزارة الداخلية الإيطالية» (as Reuters relayed from a statement by the
        // Italian interior ministry), «بحسب ما نقلته رويترز عن تشان»: the outlet relays, the one it quotes speaks —
        // named, or the issuer of the document quoted, or an unnamed source («عن مصدر أمني», from a security source).
        let relayedUnnamed = false;
        let relayedEnd = -1;
        // The verb of the source clause («ما نقلته»، «ما أفاد به»), past its pronoun object.
        const verbTok = tokenAt(srcFrom - 1);
        const sourceLemma = cueAt(/^(به|بها|عنه|عنها)$/u.test(keys[verbTok] ?? '') ? verbTok - 1 : verbTok)?.form.verb.lemma;
        if (r && (r.entity.type === 'ORG' || r.entity.type === 'PER') && sourceLemma === 'نقل') {
          const m = pastClosingMarks(tokenAt(r.end));
          if (m + 1 < tokens.length && keys[m] === 'عن' && tokens[m + 1]!.start < sEnd) {
            const from = m + 1;
            // (A role may come first: «عن الرئيس الأمريكي دونالد ترامب».)
            const relayed = documentNoun(keys[from]!) !== undefined ? issuerNamedAfter(from, Math.min(sEnd, tokens[Math.min(from + 6, tokens.length - 1)]!.end)) : refsIn(tokens[from]!.start, Math.min(sEnd, tokens[Math.min(from + 4, tokens.length - 1)]!.end)).find((x) => (x.entity.type === 'ORG' || x.entity.type === 'PER') && (tokenAt(x.start) === from || roleHeadAt(from) !== undefined));
            if (relayed && tokenAt(relayed.start) <= from + 4) r = relayed;
            else if (!relayed && UNNAMED_SOURCES.has(bare(keys[from]!))) {
              r = undefined;
              relayedUnnamed = true;
              relayedEnd = tokens[from]!.end;
            }
          }
        }
        // «بحسب ما أفاد به "وات"، الأمين العام المساعد للاتحاد، حفيظ حفيظ» (as the deputy secretary-general, Hafidh
        // Hafidh, told TAP): «أفاد» takes the one told as its object; a person named after the comma told it.
        if (r && r.entity.type === 'ORG' && sourceLemma === 'أفاد') {
          const m = pastClosingMarks(tokenAt(r.end));
          if (m + 1 < tokens.length && tokenText(m) === '،' && tokens[m]!.start < sEnd) {
            const teller = refsIn(tokens[m + 1]!.start, Math.min(sEnd, tokens[Math.min(m + 14, tokens.length - 1)]!.end)).find((x) => x.entity.type === 'PER' && !x.role);
            const between = teller ? tokens.slice(m + 1, tokenAt(teller.start)) : [];
            const described = teller !== undefined && (between.length === 0 || roleHeadAt(m + 1) !== undefined);
            if (teller && described && closedApposition(teller, sEnd) && !between.some((x) => x.kind === 'word' && verbLike(text.slice(x.start, x.end)))) r = teller;
          }
        }
        const verbAt = nextTok > 1 && /^(به|بها)$/u.test(keys[nextTok - 1]!) ? nextTok - 2 : nextTok - 1;
        const reporter = s.unnamed === true && CORRESPONDENTS.has(keys[nextTok] ?? '') && verbAt >= 0 && cueAt(verbAt) !== undefined;
        // (A body's official page or site too: «في الصفحة الرسمية للوزارة».)
        const ofDocument = !reporter && !correspondent && (!!documentNoun(keys[nextTok] ?? '') || officialPage(keys[nextTok] ?? '', keys[nextTok + 1] ?? ''));
        viaDocument = ofDocument;
        const verbAfter = !r && ofDocument && nextTok + 1 < tokens.length ? cueAt(nextTok + 1) : undefined;
        // (A plain speech verb there quotes on its own: «ووفق البلاغ أكد X أن …» is X's quote once, by «أكد».)
        if (verbAfter && !verbAfter.form.verb.ambiguous && !verbAfter.form.verb.document && verbAfter.form.verb.lemma !== 'عبر') return;
        if (!r && ofDocument && nextTok + 1 < tokens.length && (verbAfter || keys[nextTok + 1] === 'عبر')) {
          const own = subjectIn(tokens[nextTok + 1]!.end, Math.min(sEnd, tokens[Math.min(nextTok + 18, tokens.length - 1)]!.end));
          if (own.ref && (own.ref.entity.type === 'PER' || own.ref.entity.type === 'ORG')) r = own.ref;
        }
        // (The issuer is named before the content opens: not «بحسب بيان النادي، فإن لاعب الوسط ليو سانتانا …».)
        let clauseLimit = Math.min(sEnd, limit);
        for (let m = nextTok + 1; m + 1 < tokens.length && tokens[m]!.start < clauseLimit; m++) {
          if ((tokenText(m) === '،' || tokenText(m) === ',') && COMPLEMENTISERS.has(keys[m + 1]!.replace(/^ف/u, ''))) clauseLimit = tokens[m]!.start;
        }
        // «وفق تصريح الزوج للجوهرة اف ام» (according to the husband's statement to Jawhara FM): a kinsman or an
        // unnamed source in construct with the document issued it; the outlet after «ل» was told.
        const unnamedIssuer = ofDocument && (isKin(bare(keys[nextTok + 1] ?? '')) || UNNAMED_SOURCES.has(bare(keys[nextTok + 1] ?? '')));
        if (!r && ofDocument && !unnamedIssuer) r = issuerNamedAfter(nextTok, clauseLimit) ?? madeByAfter(nextTok, sEnd);
        // «تمكن أعوان الإدارة الفرعية لمكافحة الإجرام … من الكشف عن شبكة …، بحسب ما جاء في بيان أصدرته» (according to a
        // statement it issued), «حسب بيان لها» (a statement of its own): an indefinite document whose issuer is a pronoun
        // that closes the source is the statement of the first body or person the sentence names before it.
        if (!r && ofDocument && !unnamedIssuer && ownDocumentAt(nextTok, sEnd)) {
          const own = refs.slice(firstStartingAt(refs, sStart)).find((x) => x.start < t.start && (x.entity.type === 'ORG' || x.entity.type === 'PER') && !x.role && !insideDraft(x.start));
          if (own) r = own;
        }
        // (Data only with their issuer named right there: «المعطيات الصادرة عن X», not «وفق المعطيات المضمنة
        // بالتقرير، فقد حلت حركة X ثانية», where X is what the data are about.)
        // (Also with the data's topic in construct and «من»: «وبحسب أرقام المبيعات المقدمة من المسؤول، فان», according to
        // the sales figures given by the official.)
        const issued = /^ال/u.test(keys[nextTok + 1] ?? '') && ISSUED.test(keys[nextTok + 2] ?? '') ? nextTok + 2 : nextTok + 1;
        if (!r && ofData && ISSUED.test(keys[issued] ?? '') && (keys[issued + 1] === 'عن' || keys[issued + 1] === 'من')) r = issuerNamedAfter(issued + 1, Math.min(sEnd, limit));
        const unnamed = holderMissed || unnamedIssuer || correspondent || relayedUnnamed || UNNAMED_SOURCES.has((keys[nextTok] ?? '').replace(/^(ال|لل|ل)/u, ''));
        if (!r && dataOfDocument(nextTok)) {
          const d = lastSpeakerBefore(t.start);
          if (d?.speaker) r = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end, entity: d.speaker, role: true };
        }
        // «حسب نفس المصدر»، «وفق ذات المسؤول» (according to the same source): the last one quoted.
        if (!r && /^(نفس|ذات)$/u.test(keys[nextTok] ?? '') && /^ال/u.test(keys[nextTok + 1] ?? '') && (UNNAMED_SOURCES.has(bare(keys[nextTok + 1]!)) || ROLE_HEADS.has(bare(keys[nextTok + 1]!)))) {
          const d = lastSpeakerBefore(t.start);
          if (d?.speaker) r = { start: tokens[nextTok]!.start, end: tokens[nextTok + 1]!.end, entity: d.speaker, role: true };
        }
        // «وبحسب المسؤول، فإن …»، «حسب المصدر ذاته»: a definite source is the last one quoted.
        if (!r && unnamed && /^(ال|لل)/u.test(keys[nextTok] ?? '')) {
          const d = lastSpeakerBefore(t.start);
          // (Not past an unnamed source quoted since: «نقلت الوكالة عن مصدر عسكري قوله إن "…" وحسب المصدر، فإن
          // "…"» (the agency quoted a military source … according to the source) is that source, unnamed.)
          const since = unnamedDraftBefore(t.start);
          if (d?.speaker && !(since && since.end > d.end && !since.group)) r = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end, entity: d.speaker, role: true };
        }
        // «بحسب المتحدث»، «وفق محدثنا» (according to the speaker, to our interlocutor): the one who has been speaking — not
        // «المتحدث باسم …», a spokesman.
        // (The bare noun only, closed by a comma or the sentence: not «المتحدث الرسمي باسم وزارة الداخلية», a new one.)
        const closedNoun = nextTok + 1 >= tokens.length || tokens[nextTok + 1]!.start >= sEnd || tokens[nextTok + 1]!.kind === 'punct' || /^(ذاته|ذاتها|نفسه|نفسها)$/u.test(keys[nextTok + 1]!);
        if (!r && (INTERLOCUTORS.has(keys[nextTok] ?? '') || /^المتحدث(ه)?$/u.test(keys[nextTok] ?? '')) && closedNoun) {
          const d = lastSpeakerBefore(t.start);
          if (d?.speaker) r = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end, entity: d.speaker, role: true };
        }
        // «وبحسب ما أعلنه عميد الكلية اليوم فإن …» (as the faculty's dean announced today): a role with no name
        // after it is the last person named with that role.
        if (!r && !unnamed) {
          const holder = titledBefore(nextTok, t.start);
          if (holder) r = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end, entity: holder, role: true };
        }
        let generic: Span | null = null;
        if (!r && !unnamed) {
          // «نقلا عن بلاغ الهيئة»، «طبقا لبيان الشركة»: a body named by its head noun alone is the
          // last organisation of that head mentioned before.
          let g = nextTok;
          // (Also the body's data: «وبحسب بيانات الهيئة، فإن …», according to the authority's figures.)
          if (documentNoun(keys[g] ?? '') || DATA_NOUNS.has(keys[g] ?? '')) g++;
          const gk = keys[g] ?? '';
          const head = gk.startsWith('ال') && gk.length > 3 ? gk.slice(2) : '';
          if (head && ORG_HEADS.has(head) && tokens[g]!.start < sEnd) {
            // (Also a body written after its head in quotation marks: شركة "أفق للطاقة" … بيان الشركة.)
            let best: Ref | undefined = lastBodyOfHead(head, t.start);
            // «شركة صناعة السيارات الأمريكية فولترا»: the name right after the described body.
            const named = best && refs.find((x) => x.start > best!.end && x.entity.type === 'ORG' && text.slice(best!.end, x.start).trim() === '');
            if (named) best = named;
            if (best) {
              r = best;
              generic = { start: tokens[g]!.start, end: tokens[g]!.end };
            }
          }
        }
        // «…، بحسب يومية حرييت.» (according to the daily Hürriyet): an outlet the tagger did not find, one to
        // three words after its indefinite press noun, up to the end of the source; kept as the mention.
        let outlet: Span | null = null;
        if (!r && !unnamed && MEDIA_HEADS.has(keys[nextTok] ?? '')) {
          const first = nextTok + 1;
          let m = first;
          while (m < tokens.length && m < first + 3 && tokens[m]!.kind === 'word' && tokens[m]!.start < sEnd && !cueAt(m) && !PREPOSITIONS.has(keys[m]!)) m++;
          // (Not an adjective agreeing with the noun, «صحيفة محلية» (a local paper): a word in ة or ي that news
          // also writes with the article — «يومية حريات» (the daily Hürriyet, «freedoms») names one.)
          const common = /[ةهيى]$/u.test(tokenText(first)) && commonWithArticle(lexiconForm(tokenText(first)));
          if (m > first && !common && (m >= tokens.length || tokens[m]!.start >= sEnd || (tokens[m]!.kind === 'punct' && STOP_AFTER.test(tokenText(m))))) outlet = { start: tokens[first]!.start, end: tokens[m - 1]!.end };
        }
        // «وتسعى وزارة الصحة، وفق الوزيرة، إلى …» (the ministry seeks, according to the minister, to …): a definite role
        // whose holder is not found is still the source — the quote stands, with nobody named.
        // (After «وفق/حسب» only: «ونفت الجامعة ما ورد على لسان الوزير» (denied what was said by the minister) is no quote of
        // the minister's.)
        // (And set off by a comma or with a speech verb — «وفق ما أفاد به الناطق …» —: «وتختلف قيمة المنحة حسب الوالي المختص»
        // is «depending on the governor».)
        const bareRole = !r && !unnamed && !outlet && /^(وفق|وفقا|حسب|بحسب)$/u.test(k) && i > 0 && (tokenText(i - 1) === '،' || tokenText(i - 1) === ',' || keys[i + 1] === 'ما' || keys[i + 1] === 'لما') && /^ال/u.test(keys[nextTok] ?? '') && roleHeadAt(nextTok) !== undefined && tokens[nextTok]!.start < sEnd;
        if (!r && !unnamed && !outlet && !bareRole) return;
        if (bareRole) {
          speakerMention = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end };
          srcEnd = tokens[nextTok]!.end;
        } else if (outlet) {
          speakerMention = outlet;
          srcEnd = outlet.end;
        } else if (r && generic) {
          speaker = r.entity;
          speakerMention = generic;
          srcEnd = generic.end;
        } else if (r && ofDocument && r.end <= t.start && nextTok < tokens.length) {
          // «وحسب البلاغ الحكومي فقد …» (according to the government's statement, …): an issuer named in an earlier
          // sentence speaks, and the source in this one is the document — the content starts after it, not before.
          speaker = r.entity;
          speakerMention = { start: tokens[nextTok]!.start, end: tokens[nextTok]!.end };
          srcEnd = tokens[nextTok]!.end;
        } else if (r) {
          speaker = r.entity;
          speakerMention = { start: r.start, end: r.end };
          srcEnd = r.end;
        } else if (unnamedIssuer && !r) {
          // (The source runs over the kinsman and the one told: «تصريح الزوج للجوهرة اف ام».)
          srcEnd = tokens[nextTok + 1]!.end;
          const told = nextTok + 2 < tokens.length && tokens[nextTok + 2]!.start < sEnd ? refsIn(tokens[nextTok + 2]!.start, tokens[nextTok + 2]!.end).find((x) => tokenAt(x.start) === nextTok + 2) : undefined;
          if (told && /^ل/u.test(keys[nextTok + 2]!)) srcEnd = told.end;
        } else srcEnd = relayedUnnamed ? relayedEnd : tokens[nextTok]!.end;
      }
      // «… وفق ما أفاد به رشيد سعيد نائب رئيس جامعة المنستير.»: the role after the source's name is part of the
      // source when it runs to the end of the sentence (before a comma it may be where the content resumes).
      if (speakerMention !== null) {
        const a = tokenAt(srcEnd);
        if (a < tokens.length && tokens[a]!.start < sEnd && tokens[a]!.kind === 'word' && findIn(keys[a]!, ROLE_HEADS) !== undefined) {
          let m = a;
          while (m < tokens.length && tokens[m]!.start < sEnd && tokenText(m) !== '،' && tokenText(m) !== ',' && !COMPLEMENTISERS.has(keys[m]!)) m++;
          // (Also up to a comma before the one told with its «ل» left out: «حسب ما افاد به مراد بن صالح كاتب عام النقابة
          // …، مراسل الجوهرة أف أم في الجهة».)
          if (m >= tokens.length || tokens[m]!.start >= sEnd || (m + 1 < tokens.length && CORRESPONDENTS.has(keys[m + 1]!))) srcEnd = tokens[m - 1]!.end;
        }
      }
      const before = text.slice(sStart, t.start);
      // («…، حسب ما أعلنته X، في كلمة الافتتاح.»: where and how the source said it belongs to the source.)
      const afterText = text.slice(srcEnd, sEnd).replace(STATEMENT_OCCASION, '');
      let start: number;
      let end: number;
      // «ووفق الصحيفة "أرسلت تونس الشهادة …"» (according to the paper, "…"): the words in marks right after the source.
      let quoted: Region | undefined;
      // (A conjunction written apart counts as nothing: «و حسب ما أكده …، فإنّ …».)
      if (before.replace(/[\s،,]/gu, '').replace(/^[وف]$/u, '') === '') {
        // «ووفق السليطي فإن …»: the content follows the source.
        let j = tokenAt(srcEnd);
        // («وبحسب المصدر ذاته تتواصل الجهود …» (according to the same source, efforts go on): «ذاته/نفسه» is the source's.)
        // (Not before a relative clause on the source: «نقلا عن المصادر نفسها التي لم تكشف الصحيفة عن هويتها "…"».)
        if (j + 1 < tokens.length && tokens[j]!.start < sEnd && SAME_ONE.test(keys[j]!) && !RELATIVE_PRONOUN.test(keys[j + 1]!)) j++;
        const opening = j < tokens.length && tokens[j]!.start < sEnd ? regionByOpen.get(tokens[j]!.start) : undefined;
        // (Only when the marks hold the whole rest of the sentence: not a term in marks that the clause goes on after;
        // and a clause, not a name: «بحسب ما نقلته وكالة الأنباء الرسمية "وات"».)
        if (opening && opening.closed && !opening.used && text.slice(srcEnd, opening.open).trim() === '' && !/\p{L}/u.test(text.slice(opening.close + 1, Math.max(opening.close + 1, sEnd)))) {
          const words = text.slice(opening.open + 1, opening.close).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
          if (words >= 3 && !namedTerm(opening)) quoted = opening;
        }
        // («وحسب وزارة الصحة فقد تم تسجيل …» (according to the health ministry, … were recorded): «فقد» opens
        // the content as «فإن» does.)
        const opener = (m: number): boolean => COMPLEMENTISERS.has(keys[m]!.replace(/^ف/u, '')) || keys[m] === 'فقد';
        // («وبحسب تقديرات المنظمة الدولية للهجرة لقي ما يقرب من 600 مهاجر حتفهم»: a verb right after the source
        // opens the content; anything else — «… بدائرة مراقبة الانتاج»، «رئيس الاتحاد …»، «مساء أمس» — still
        // belongs to the source, up to a comma or an opener.)
        const first = j;
        // («تلقت الجوهرة أف أم نسخة منه فإن …» after the source: a clause on who received the document, not its content.)
        const receiving = RECEIVING_VERBS.test(keys[first] ?? '');
        const direct = first + 1 < tokens.length && tokens[first + 1]!.start < sEnd && tokens[first]!.kind === 'word' && !opener(first) && !receiving && verbLike(tokenText(first));
        // («ووفقا لأقوال المتحدث باسم الوزارة ففي حال …» (according to the spokesman, in case …): the «ف» that answers
        // the fronted source, on a preposition or particle, opens the content at the word it is written on.)
        const answering = (m: number): boolean => tokens[m]!.kind === 'word' && ANSWERING_FA.test(tokenText(m).replace(HARAKAT_AND_TATWEEL, ''));
        while (!direct && j < tokens.length && tokens[j]!.start < sEnd && !opener(j) && !answering(j) && tokenText(j) !== '،' && j < first + (receiving ? 10 : 6)) j++;
        // «ووفقا للدراسة الصادرة عن منظمات دولية مثل منظمة الصحة العالمية، ويونيسيف، فقد بلغ …»: a body coordinated
        // after the comma, up to the next comma, is still the source.
        if (!direct && j + 2 < tokens.length && tokenText(j) === '،' && keys[j + 1]!.startsWith('و')) {
          const also = refsIn(tokens[j + 1]!.start, tokens[j + 1]!.end + 1).find((r) => r.start > tokens[j + 1]!.start && (r.entity.type === 'ORG' || r.entity.type === 'PER'));
          const comma = also ? tokenAt(also.end) : -1;
          if (also && comma < tokens.length && tokenText(comma) === '،' && tokens[comma]!.start < sEnd) j = comma;
        }
        // «ووفقا للبيان، الذي نشرته صحيفة (الوسط)، اليوم الثلاثاء، فإن …» (according to the statement, which the paper
        // published today, …): a relative clause on the source, set off by commas, up to a comma and the opener.
        if (!direct && j + 1 < tokens.length && tokenText(j) === '،' && RELATIVE_PRONOUN.test(keys[j + 1]!)) {
          for (let m = j + 3; m < tokens.length && m <= j + 16 && tokens[m]!.start < sEnd; m++) {
            if (tokenText(m - 1) === '،' && opener(m)) {
              j = m;
              break;
            }
          }
        }
        if (quoted) {
          start = quoted.open + 1;
          end = quoted.close;
        } else {
          if (!direct && (j >= tokens.length || tokens[j]!.start >= sEnd)) return;
          if (!direct && tokenText(j) === '،' && j + 1 < tokens.length && (opener(j + 1) || answering(j + 1))) j++;
          // (After the «ف»'s own segment, which keeps any haraka written on it.)
          start = direct ? tokens[first]!.start : answering(j) ? (tokens[j]!.segments.find((x) => x.role !== 'proclitic')?.start ?? tokens[j]!.start + 1) : tokens[j]!.end;
          end = indirectEnd(start);
        }
      } else if ((afterText.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 2 && !/[،,]/u.test(afterText.replace(TRIM_END, ''))) || sourceTail(srcEnd, sEnd)) {
        // «…، بحسب ما ذكرته صحيفة هآرتس.»: the content is the sentence before the source.
        // (Also before a source that runs on to the sentence's end: «… وفق ما أكده مصدر أمني لمراسل الجوهرة أف أم في
        // الجهة.», see sourceTail.)
        start = sStart;
        const lead = tokenAt(sStart);
        for (let j = lead; j < lead + 4 && j < i; j++) if (tokenText(j) === '،' && !clauseComma(lead, j)) start = tokens[j]!.end;
        // (Without the conjunction that links the sentence to the one before: «وسيشارك الوفد …، بحسب الوكالة».)
        start = skipClitic(text, start, tokens, tokenAt);
        start = pastWriterNote(start, i);
        // (After the subject a pronoun tag stands for, and the verb's own preposition or «أن»: «عبرت X عن ارتياحها …».)
        if (ownSubject) {
          let j = tokenAt(ownSubject.end);
          if (j < i && (PREPOSITIONS.has(keys[j]!) || COMPLEMENTISERS.has(keys[j]!))) j++;
          if (j < i) start = tokens[j]!.start;
        }
        end = t.start;
        let prev = drafts.find((d) => d.end > start && d.start < end);
        // «تتوقع بلادنا … نمو ب 2.5 بالمائة، فيما يتوقع صندوق النقد الدولي تحقيق نمو ب 3 بالمائة، وفق رئيس الحكومة» (our country
        // expects …, whereas the IMF expects …, according to the head of government): another's statement in a contrasting
        // clause keeps its own speaker; the source's words are the ones before that clause.
        const whereas = prev && prev.cue !== null && prev.start > start ? contrastOpenerBefore(tokenAt(prev.cue.start)) : -1;
        if (whereas >= 0 && tokens[whereas]!.start > start && !drafts.some((d) => d !== prev && d.end > start && d.start < tokens[whereas]!.start)) {
          end = endBeforeSpaces(tokens[whereas]!.start, start);
          prev = undefined;
        }
        // «قررت شركة "بيتروفاك" … إيقاف نشاطها … بسبب تعطيل نشاطها من قبل المحتجين الذين تقول الشركة أن لا علاقة لهم بها، وفق
        // ما أفاد به مدير المسؤولية الاجتماعية بالشركة نبيل جنيفان» (Petrofac decided … because of protesters whom the company
        // says have nothing to do with it, as its CSR manager Nabil Jenifen said): a quote whose cue opens a relative clause
        // inside the sentence is nested in the source's words, which are the whole sentence; it keeps its own speaker.
        // (Both only when no other quote lies in the sentence before the source.)
        const alone = prev !== undefined && !drafts.some((d) => d !== prev && d.end > start && d.start < end);
        if (alone && prev!.cue && speaker && prev!.start > start && RELATIVE_PRONOUN.test(keys[tokenAt(prev!.cue.start) - 1] ?? '')) prev = undefined;
        // «ودعا الوالي اكرم السبري … مقلّلا من خطر فيضانات السدود نظرا لانخفاض منسوبها إذ لم يتجاوز معدل امتلاء البعض منها 40
        // بالمائة وفق ما أكدته سنية الدبوسي مديرة سد بوهرتمة» (the governor … played down the risk, since some dams are no
        // more than 40 per cent full, as the dam's director Sonia Debbousi stated): another person named as the source of a
        // clause in «إذ» (since) that ends another's quote is the source of that clause alone.
        const since = alone && prev && speaker?.type === 'PER' && prev.speaker?.type === 'PER' && prev.speaker !== speaker && prev.end >= end - 2 ? sinceClauseIn(prev.start, end) : -1;
        if (since >= 0) {
          prev!.end = endBeforeSpaces(tokens[since]!.start, prev!.start);
          start = tokens[since]!.end;
          prev = undefined;
        }
        if (prev) {
          // («دعت الجبهة الشعبية إلى …، وفق ما ورد على لسان ناطقها الرسمي حمة الهمامي»: the person named as
          // the source speaks for the body.)
          // (Not a news outlet that relays what a speaker said after a verb: «وقال X: "…"، بحسب ما ذكر موقع سكاي نيوز».)
          const relay = prev.cue !== null && speakerMention !== null && MEDIA_HEADS.has((keys[tokenAt(speakerMention.start) - 1] ?? '').replace(/^[وبل](?=.{3})/u, ''));
          // (Nor a speaker the verb's subject names by a description or a pronoun, resolved later: «وأشار الباحث إلى أن
          // معدل التساقطات تراجع …، بحسب المديرية العامة للأرصاد الجوية», the researcher cites the directorate.)
          const described = prev.cue !== null && !prev.speaker && (prev.open === true || prev.named === true);
          // (Nor a pronoun tag on the words of an unnamed source: «أفاد مصدر أمني بأن "…"، وفق تعبيره» — «his» is the
          // source's, whom nobody names, not the last person quoted before.)
          const unnamedOwn = pronoun && !ownSubject && prev.cue !== null && !prev.speaker;
          if (speaker && !relay && !described && !unnamedOwn && (!prev.speaker || (prev.speaker.type === 'ORG' && speaker.type === 'PER') || (prev.speaker.type === 'LOC' && speaker.type !== 'LOC'))) {
            sourceOfPlace(prev, speaker, speakerMention, viaDocument);
          }
          return;
        }
      } else {
        // «وأضافت الخطوط الجوية البريطانية، وفق ما بثته هيئة الإذاعة البريطانية، أنه …» (British Airways added, as
        // the BBC broadcast, that …): a speech verb before the source quotes on its own; the outlet relays it.
        const stated = drafts.find((d) => d.cue !== null && d.cue.start >= sStart && d.cue.start < t.start && d.start >= t.end);
        if (stated && (SOURCE_WORDS.has(k) || k === 'حسبما')) return;
        // «وكانت مديرية زراعة البصرة قد أعلنت على لسان مديرها هادي العيداني أن …» (announced through its director):
        // «على لسان» names the one who actually spoke the verb's words.
        if (stated && k === 'علي' && speaker && speaker.type === 'PER') {
          sourceOfPlace(stated, speaker, speakerMention, viaDocument);
          return;
        }
        // «…، حسب السليطي، …»: the source sits inside the clause it reports.
        start = sStart;
        for (const d of drafts) if (d.end <= t.start && d.end >= sStart) start = Math.max(start, d.end + 1);
        if (text.slice(start, t.start).replace(/[\s،,]/gu, '') === '') {
          // «…، وفق قوله، في حين …»: the source closes the quote just before it, and the rest of the
          // sentence is another clause (with its own cue, found on its own).
          const prev = drafts.find((d) => d.end <= t.start && d.end >= sStart - 1 && text.slice(d.end, t.start).replace(/[\s،,"“”»]/gu, '') === '');
          if (prev && (!prev.speaker || (prev.speaker.type === 'LOC' && speaker?.type !== 'LOC')) && speaker) {
            sourceOfPlace(prev, speaker, speakerMention, viaDocument);
          }
          return;
        }
        // «…، بحسب ما أفاد به …، الناطق …، المنتصر بالله بربيرو، والذي أكد أن …» (as the spokesman told …, who stressed
        // that …): the teller's own relative clause with a speech verb closes the source — the content is before it, and the
        // clause is his own quote.
        // (Only a relative of the teller's gender, within reach: not «… المندوب الجهوي محمد علي، تأجيل الامتحانات بطلب من
        // النقابة، التي أكدت أن …», where «التي» takes up the union.)
        let tellerClause = false;
        const tellerGender: CueGender | undefined = speaker ? undefined : speakerMention ? (keys[tokenAt(speakerMention.start)]!.endsWith('ه') ? 'f' : 'm') : undefined;
        // (Also with no comma, right after the teller's name: «…، بحسب الزهراني الذي أوضح أنهم …», as Zahrani said, who
        // explained that they ….)
        const firstAfter = tokenAt(srcEnd);
        for (let m = firstAfter; m + 2 < tokens.length && tokens[m + 2]!.start < sEnd && m < firstAfter + 25; m++) {
          const glued = m === firstAfter && RELATIVE_PRONOUN.test(keys[m]!) && cueAt(m + 1) !== undefined;
          if (!glued && ((tokenText(m) !== '،' && tokenText(m) !== ',') || !RELATIVE_PRONOUN.test(keys[m + 1]!) || cueAt(m + 2) === undefined)) continue;
          const relative = relativeGender(keys[glued ? m : m + 1]!) ?? 'p';
          tellerClause = speaker ? agrees(speaker, relative) : tellerGender === undefined || tellerGender === relative;
          break;
        }
        if (tellerClause) end = t.start;
        else {
          end = indirectEnd(srcEnd);
          if (end <= srcEnd) end = sEnd;
          // (No verb after the source, only where and how it was said — «…، بحسب ما أكده الرئيس المدير العام للشركة، كريم
          // الدواس في حوار مع الجوهرة أف أم، خلال حصة …»، «… بالجهة حسب مصدر من الحماية المدنية.» — after a whole clause
          // with its verb: that clause is the content, which never holds its own source.)
          // (Only when what follows the source goes on describing it — a name, a role, the one told, where, when, how, after
          // each comma: not «كما سيهتم المكتب …، وفق الطبوبي، بملفات …», whose clause goes on after the source; and a source
          // with neither a comma before it nor «ما» only when the next word describes it: not «حققت أسعار زيت الزيتون حسب
          // الوزارة تحسنا …».)
          const describing = (m: number, afterComma = false): boolean => {
            if (m >= tokens.length || tokens[m]!.start >= end || TERMINAL.has(tokenText(m))) return true;
            const km = keys[m]!;
            return PREPOSITIONS.has(km) || STATEMENT_TIMES.has(km) || SOURCE_PLACES.has(km) || SOURCE_ADJECTIVES.has(km) || /^(نقلا|منذ|اثر|علي|مصدر|مصادر)$/u.test(km) ||
              pastTold(m, sEnd) > m || CORRESPONDENTS.has(km) || toCorrespondentOrOutlet(km) || roleHeadAt(m) !== undefined || findIn(km, HONORIFICS) !== undefined ||
              // (A nisba only right after the source, its adjective — after a comma it is the clause's own: «…، حسب الوالي، سلمية».)
              (!afterComma && tokens[m]!.kind === 'word' && /^[^وفبل]\S+(ي|يه)$/u.test(km) && !RELATIVE_PRONOUN.test(km)) ||
              // (After a comma, a given name the tagger did not take: «…، سامية البيولي».)
              (afterComma && taggerGivenName(km)) ||
              refsIn(tokens[m]!.start, tokens[m]!.end).some((x) => x.start === tokens[m]!.start && x.entity.type !== 'MISC');
          };
          let describesSource = true;
          let commaAfter = false;
          for (let m = tokenAt(srcEnd); m < tokens.length && tokens[m]!.start < end; m++) {
            if (tokenText(m) !== '،' && tokenText(m) !== ',') continue;
            commaAfter = true;
            if (!describing(m + 1, true)) describesSource = false;
          }
          const setOff = (i > 0 && (tokenText(i - 1) === '،' || tokenText(i - 1) === ',')) || keys[i + 1] === 'ما' || keys[i + 1] === 'لما' || /ما$/u.test(k);
          if (!commaAfter && !setOff && !describing(tokenAt(srcEnd))) describesSource = false;
          const wordsBefore = tokens.slice(tokenAt(start), i).filter((x) => x.kind === 'word');
          if (describesSource && wordsBefore.length >= 4 && wordsBefore.some((x) => verbLike(text.slice(x.start, x.end))) && !tokens.slice(tokenAt(srcEnd), tokenAt(end)).some((x) => x.kind === 'word' && verbLike(text.slice(x.start, x.end)))) end = t.start;
        }
        start = skipClitic(text, start, tokens, tokenAt);
      }
      // «وحسب رويترز، قال وزير الخارجية سامح شكري إن …» (according to Reuters, the foreign minister Sameh Shoukry said that …):
      // content after the source that opens with a speech verb of its own is that verb's quote, with that verb's speaker;
      // the source only relays it.
      if (!quoted && start > t.start) {
        // (The content's first word: `start` may still stand on the space after the source's comma.)
        let opener = tokenAt(start);
        while (opener < tokens.length && tokens[opener]!.start < end && (tokens[opener]!.start < start || tokens[opener]!.kind === 'punct')) opener++;
        const own = opener < tokens.length && tokens[opener]!.start < end && tokens[opener]!.kind === 'word' ? cueAt(opener) : undefined;
        // (Only a verb that opens its own content — a complementiser or a colon after its subject: not «ووفقاً لبيانات جمعتها
        // بلومبرغ، يوصي 27 من أصل 34 محللاً …», where the analysts' recommending is what the data say.)
        let opens = false;
        for (let m = opener + 1; m < tokens.length && tokens[m]!.start < end && m <= opener + 8 && !opens; m++) opens = COMPLEMENTISERS.has(keys[m]!) || tokenText(m) === ':';
        if (own && opens && !own.form.participle && (!own.form.verb.ambiguous || own.prefixed)) return;
      }
      let kind: QuoteKind = quoted ? 'direct' : 'indirect';
      if (quoted) quoted.used = true;
      for (const r of outer) if (r.open >= start && r.open < end) {
        r.used = true;
        if (!namedTerm(r)) kind = 'mixed';
      }
      if (insideAny(drafts, start, end)) return;
      addDraft({ kind, start, end, cue: { start: t.start, end: tokens[tokenAt(srcFrom - 1)]!.end }, speaker, speakerMention, addressee: null });
  };

  /**
   * The person, body or place that opens the sentence and ends right before the verb at `i`, or undefined. «كان» and
   * a title in definite words may stand before it: «وكان النجم السابق إيريك كانتونا اتهم ديشامب …» (the former star
   * Eric Cantona had accused Deschamps …).
   */
  const namedRightBefore = (i: number): Ref | undefined => {
    if (i < 1) return undefined;
    const r = refs.find((x) => x.end === tokens[i - 1]!.end && !x.role && (x.entity.type === 'PER' || x.entity.type === 'ORG' || x.entity.type === 'LOC'));
    const from = sentenceStart(tokens[i]!.start);
    if (!r || r.start < from) return undefined;
    if (text.slice(from, r.start).trim() === '') return r;
    const first = tokenAt(from);
    const rt = tokenAt(r.start);
    if (!KANA.has(keys[first]!) || rt - first > 4) return undefined;
    for (let m = first + 1; m < rt; m++) if (tokens[m]!.kind !== 'word' || !keys[m]!.startsWith('ال')) return undefined;
    return r;
  };
  /**
   * «… و جاء في البيان ¶ "نحن على اتصال منتظم …"» (and the statement said: "we are in regular contact …"): a cue that closes
   * a paragraph (not the headline) with no stop, no colon and nothing it says after it, before a paragraph that opens with
   * closed quotation marks, says those words — the end of the sentence the cue reads up to is then that quotation's end.
   * Undefined otherwise.
   */
  const quotationInNextParagraph = (t: Token): number | undefined => {
    const p = paragraphOf(t.start);
    // (A few words at most after the cue: most cues stand far from their paragraph's end, and are ruled out here.)
    if (p.end - t.end > CUE_TO_PARAGRAPH_END || p.start === paragraphs[0]!.start) return undefined;
    for (let m = tokenAt(t.end); m < tokens.length && tokens[m]!.start < p.end; m++) {
      if (COMPLEMENTISERS.has(keys[m]!) || (tokens[m]!.kind === 'punct' && SAYS_OR_STOPS.test(tokenText(m)))) return undefined;
    }
    const next = paragraphs[spanIndex(paragraphs, t.start) + 1];
    if (!next) return undefined;
    let open = next.start;
    while (open < next.end && WHITESPACE.test(text[open]!)) open++;
    const r = regionByOpen.get(open);
    return r && r.closed ? r.close + 1 : undefined;
  };
  /** What one cue word starts (the body of {@link readCues}' loop for a cue): kept apart from the loop over every token, which stays small enough for V8 to optimise soon. */
  const handleCue = (i: number, t: Token, cue: { form: CueForm; prefixed: boolean }): void => {
      const v = cue.form.verb;
      // (A denial — «نفى»، «فنّد» — takes «ما» (what) and any common noun after its subject's statement as its object.)
      const denial = v.lemma === 'نفى' || v.lemma === 'فند';
      // (A finite «أعلن» (announced) takes the news it gives out as its noun object — not after «ما/لما», «وفقا لما أعلنته
      // الوزارة», whose object the «ما» is; and only in the perfect, as an article's body writes it: a headline's «الجزائر تعلن
      // حالة الطوارئ …» is its news, which the annotated sets leave unquoted.)
      const announcing = v.lemma === 'أعلن' && !cue.form.participle && !IMPERFECT_ANNOUNCES.test(keys[i]!) && !(i > 0 && MA_BEFORE_CUE.has(keys[i - 1]!));
      // «لكنها لم تعلن أي شيء عن خطتها» (but it announced nothing about its plan): a denied statement of nothing.
      // «مصدر أمني لم تكشف الوكالة عن هويته» (a source whose identity the agency did not reveal): a withheld name, no
      // statement.
      // (Nothing: right after the verb, or after its one-word subject — not «لم يؤكد المسؤول أن شيئا تغير».)
      // «دون أن توضح الوزارة الأسباب» (without the ministry explaining the reasons): what a source did not say.
      if (i > 1 && keys[i - 1] === 'ان' && WITHOUT.has(keys[i - 2]!)) return;
      // «الانتخابات التي يتوقع أن تمنح الرئيس غالبية ساحقة» (the elections which are expected to give the president a large
      // majority): «يتوقع» between a relative pronoun and «أن» is the impersonal passive — the writer's forecast, no one's words.
      // (Not without the relative: «ويتوقع أن يصاب 150 ألف شخص» goes on with the one who spoke.)
      // (Not after a person or a body, who does the expecting: «البنك الدولي الذي يتوقع أن …», the World Bank, which expects —
      // but a masculine verb after the feminine «التي» is the passive whatever comes before: «السفينة غولفو أزورو التي يتوقع
      // أن تصل …», the ship Golfo Azzurro, which is expected to arrive.)
      if (
        v.lemma === 'توقع' &&
        /^يتوقع$/u.test(keys[i]!) &&
        keys[i + 1] === 'ان' &&
        i > 1 &&
        /^(التي|الذي|الذين)$/u.test(keys[i - 1]!) &&
        (keys[i - 1] === 'التي' || !refsIn(tokens[Math.max(0, i - 8)]!.start, tokens[i - 1]!.start).some((r) => (r.entity.type === 'PER' || r.entity.type === 'ORG') && r.end === tokens[i - 2]!.end))
      )
        return;
      const negation = i > 0 ? /^[وف]?(لم|لن|لا)$/u.exec(keys[i - 1]!)?.[1] : undefined;
      if (negation && [1, 2, 3].some((d) => WITHHELD_NAMES.test(keys[i + d] ?? ''))) return;
      if (negation && negation !== 'لا' && [1, 2].some((d) => (d === 1 || !COMPLEMENTISERS.has(keys[i + 1] ?? '')) && ((keys[i + d] === 'اي' && keys[i + d + 1] === 'شيء') || keys[i + d] === 'شيئا'))) return;
      // «وجاء في البيان / في نص بيان المنظمة أن …» (the statement said that …); not «جاء ذلك خلال …».
      // (Also behind a demonstrative: «وجاء في هذا البيان»، «في ذات البلاغ», this / the same statement.)
      const documentAt = v.document ? documentNounAfter(i) : -1;
      if (v.document && documentAt < 0) return;
      // «المبادرة التي اقترحت من طرف رئاسة الحكومة» (the initiative that was proposed by the government): a passive.
      if (keys[i + 1] === 'من' && keys[i + 2] === 'طرف') return;
      // «ملاحظة: الصورة توضيحية» (note: the photo is illustrative): a participle opening its sentence before a colon
      // is a label (but «…". مضيفا: "…"», adding: "…", is a tag).
      // (So is one that agrees with the indefinite word before it as its adjective: «وسط إجراءات أمنية مشدّدة : انطلاق
      // الانتخابات» (amid tight security measures: the elections begin), «مشدّدة» tight, not stressing.)
      const adjective = i > 0 && tokens[i - 1]!.kind === 'word' && /\u0629$/u.test(tokenText(i)) && /\u0629$/u.test(tokenText(i - 1)) && !/^[وفبلك]?ال/u.test(keys[i - 1]!);
      if (cue.form.participle && i + 1 < tokens.length && tokenText(i + 1) === ':' && (sentenceStart(t.start) === t.start || adjective) && !opensQuotation(i + 2)) return;
      const sEnd = quotationInNextParagraph(t) ?? sentenceEnd(t.start);
      // Subject zone: up to the complementiser, a colon or an opening quotation mark.
      let contentStart = -1;
      let zoneEnd = -1;
      let j = i + 1;
      // «… بالقول إنه …» (by saying that): the content is what follows it, not an accusation quoted before.
      const bil = v.lemma === 'رد' || v.lemma === 'علق' || v.lemma === 'أجاب' ? byQuotingAt(i) : -1;
      if (bil >= 0 && bil + 1 < tokens.length && tokens[bil]!.start < sEnd && COMPLEMENTISERS.has(keys[bil + 1]!)) {
        zoneEnd = tokens[bil]!.end;
        contentStart = tokens[bil + 1]!.end;
      }
      let atMark = false;
      let weighty = false;
      // (No preposition after «دون/بدون» (without) opens the verb's complement: «أعلنت الشرطة … إلقاء القبض على متهم … دون
      // ذكر تفاصيل أخرى عن هويته», without giving other details of his identity. Marks and «أن» still may.)
      let pastWithout = false;
      // Past a source noun («وفق بيان صدر عن …», according to a statement issued by …), the verb's preposition is not read
      // before the next punctuation: that «عن» names the issuer.
      let pastSource = false;
      // (Whether the verb takes «بأن»: then «ب» and a stated finding open its content too.)
      const bPrep = v.preps?.includes('ب') ?? false;
      // «وذكّر بالدور الذي لعبته تونس …»، «مذكرا بنجاح الزيارة …» (he reminded of the role …, recalling the success of …):
      // «ذكّر» — with its shadda, or as the participle «مذكّرا» — takes what it recalls with «ب», like the verbs of stance;
      // «ذكر» written without it is mostly «mentioned», whose «ب» opens a place («وذكر … بالجهة أن …»).
      const reminds = v.lemma === 'ذكر' && (cue.form.participle || text.slice(t.start, t.end).includes(SHADDA));
      // «واعترف الغربي في هذا الفيديو بالتخطيط …» (al-Gharbi admitted in this video to planning …): «اعترف» in the past or
      // as the participle takes what was admitted with «ب» the same way — not the imperfect, which is also «recognises»
      // («إسرائيل لن تعترف بالاغتيال», «وهي تعترف ببيع قوارب» as the video shows her).
      const admits = v.lemma === 'اعترف' && !/^[وف]?[يت]/u.test(keys[i]!);
      // «معتبرا إياه تعنتا غير مبرر» (deeming it an unjustified intransigence): «اعتبر» with «إياه/إياها» (it, him, her) judges
      // what was named before — the judgement after the pronoun is the content.
      if (v.lemma === 'اعتبر' && OBJECT_IYYA.test(keys[i + 1] ?? '') && i + 2 < tokens.length && tokens[i + 2]!.kind === 'word' && tokens[i + 2]!.start < sEnd && !COMPLEMENTISERS.has(keys[i + 2]!)) {
        zoneEnd = tokens[i + 2]!.start;
        contentStart = zoneEnd;
      }
      // (Where a noun of need or finding opens the object past an occasion right after the verb, worked out once: see below.)
      const objectPastOccasion = v.object && v.stance ? statedObjectPastOccasion(i + 1, sEnd) : 0;
      for (let n = 0; contentStart < 0 && j < tokens.length && tokens[j]!.start < sEnd && n < 40; j++, n++) {
        const k = keys[j]!;
        const tok = tokens[j]!;
        // «مستدركا بالقول مطالب المحتجين مشروعة» (qualifying by saying: the protesters' demands are legitimate): «بالقول» (by
        // saying) and a word that is no complementiser, preposition or cue — the words said, with nothing to open them.
        if (k === 'بالقول' && j + 1 < tokens.length && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.start < sEnd && !COMPLEMENTISERS.has(keys[j + 1]!) && !PREPOSITIONS.has(keys[j + 1]!) && !cueAt(j + 1)) {
          zoneEnd = tokens[j + 1]!.start;
          contentStart = zoneEnd;
          break;
        }
        let opening: Region | undefined;
        for (let q = tok.start; q < tok.end && !opening; q++) {
          const r = regionByOpen.get(q);
          if (r && (q === tok.start || !/\p{L}/u.test(text.slice(tok.start, q).replace(/\u0640/gu, '') /* tatweel */.slice(1)))) opening = r;
        }
        // «وصف X القرار بـ"المتسرع"» (X described the decision as "hasty"), «"بالصعب والمرير"»: the words in marks after
        // «ب» are the speaker's, however short.
        // (So with any verb whose position takes «ب»: «واتهم X الحكومة بـ"التقصير"» (accused the government of
        // "negligence"), «اتّهم الاتحاد جهات وزارية بـ "التلكؤ"».)
        // (Those only where the marked words close the clause — not «اتهم X جهات بـ "التلكؤ" في تطبيق …», where the
        // position goes on after the marks — and are no person or body: «وأشاد الرئيس بـ"حركة النهضة"» praised a party.
        // What one is described as may be a name: «واصفا ما حصل بـ"الهولوكست"».)
        if (opening && !opening.used && opening.closed && (v.lemma === 'وصف' || (v.withBi && closesClause(opening, sEnd) && !markedName(opening))) && j > i + 1 && (keys[j - 1] === 'ب' || /^[\s\u0640]*بال\p{L}/u.test(text.slice(opening.open + 1, opening.close)))) {
          zoneEnd = tok.start;
          contentStart = tok.start;
          atMark = true;
          break;
        }
        if (opening && !opening.used) {
          const words = text.slice(opening.open + 1, opening.close).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
          let compLater = false;
          // (Further for a name of three words or fewer quoted right after the verb: أفاد " مجدي عياش " مدير مشروع … بأن.)
          const reach = words <= 3 && j === i + 1 ? 16 : 6;
          for (let m = tokenAt(opening.close + 1), c = 0; m < tokens.length && c < reach && tokens[m]!.start < sEnd; m++, c++) {
            // (Not the complementiser of a speech verb after the marks: «وقال ترامب "سوف ننسحب"، مضيفا أن …».)
            if (tokens[m]!.kind === 'word' && cueAt(m) !== undefined) break;
            if (COMPLEMENTISERS.has(keys[m]!)) compLater = true;
          }
          const prevEnd = j > 0 ? tokens[j - 1]!.end : -1;
          // (Also right after «قوله» (his saying): «نقلت رويترز عن جون كيري قوله "الحل سياسي"» quotes however short.)
          const afterSubject = j === i + 1 || refs.some((r) => r.end === prevEnd && !r.role) || tokenText(j - 1) === ':' || SAYING_NOUNS.test(keys[j - 1] ?? '');
          // «وذكرت "أنا يقظ" في هذا الصدد …»: a body's name in quotation marks right after the verb is its subject.
          // (Also later in the subject: «أكد المنسق العام للبعثة التونسية الى سوريا "معز علي" في تصريح … أن».)
          // (Not the one told, behind «لـ» written apart: «وأوضح لـ "الجوهرة أف أم" أنه …», he explained to Jawhara FM.)
          // (Nor after «ل» on a correspondent or an outlet's head noun: «وأضاف لمراسل "الجوهرة أف أم" أن», he added to
          // Jawhara FM's correspondent.)
          const toldTo = keys[j - 1] ?? '';
          const told = j > i + 1 && (/^(ل|لل)$/u.test(toldTo) || toCorrespondentOrOutlet(toldTo));
          const quotedName = !told && (j === i + 1 || (words <= 3 && tokenText(j - 1) !== ':')) && opening.closed && markedName(opening);
          // (Or a short name in marks that a relative clause goes on describing: «أعلنت شركة الطيران الإيطالية
          // "أليتاليا" التي تخضع لوصاية القضاء …، إلغاء …», Alitalia, which is under administration.)
          const described = opening.closed && words <= 3 && RELATIVE_PRONOUN.test(keys[tokenAt(opening.close + 1)] ?? '') && refs.some((r) => r.end === prevEnd && !r.role && r.entity.type === 'ORG');
          // (A longer name whose marks the complementiser follows at once, past a comma at most: «قال يوسف المؤدب مدير
          // مؤسسة "وان تُو وان للبحوث و الاستطلاعات"، إن هناك …», the director of the "One to One" institute said that ….)
          let compNext = tokenAt(opening.close + 1);
          if (compNext < tokens.length && (tokenText(compNext) === '،' || tokenText(compNext) === ',')) compNext++;
          const nameBeforeComp = opening.closed && j > i + 1 && words <= 8 && compNext < tokens.length && tokens[compNext]!.start < sEnd && COMPLEMENTISERS.has(keys[compNext]!);
          // (Those marks are a name, then: no quote of their own either.)
          if (nameBeforeComp && !quotedName) opening.used = true;
          // (Words that open a sentence of speech are no name, however few: «وقالت المتحدثة باسم الشرطة "لقد اعتقلنا 21
          // شخصا"», the police spokeswoman said: "we have arrested 21 people".)
          const firstInner = keys[tokenAt(opening.open + 1)] ?? '';
          const speechOpens = !quotedName && SPEECH_OPENERS.has(firstInner);
          if (quotedName || described || nameBeforeComp || (opening.closed && ((compLater && words <= 5) || (words <= 3 && !afterSubject && !speechOpens)))) {
            // A quoted name in the subject (أفادت إذاعة "شمس أف أم" أن …): go on past it.
            // «توقعت وكالة التصنيف "فيتش رايتينغ" تراجع النمو»، «وأفادت الوكالة "وفا" باستشهاد …» (Fitch forecast a
            // fall in growth; the agency "Wafa" reported the death of …): after a name in marks that ends the
            // subject, the object of a verb that takes one, or a noun with «ب», is the content — when no
            // complementiser follows soon.
            let after = tokenAt(opening.close + 1);
            // (Past a comma after the marks before the object: «اعتبرت القناة التلفزية الخاصة
            // "نسمة"، قرار الهيئة … "قرارا مفتعلا"», Nessma deemed the authority's decision "a fabricated decision".)
            // (Only «اعتبر» (deemed), whose object and predicate follow: after «أعلن حزب "…"، بزعامة …» the comma opens a circumstance.)
            if (v.lemma === 'اعتبر' && after + 1 < tokens.length && (tokenText(after) === '،' || tokenText(after) === ',') && tokens[after + 1]!.kind === 'word') after++;
            const ak = keys[after] ?? '';
            // (Not a word that goes on describing the name — «داعش" الإرهابي», «"أمازون" للتجارة», «الذي» —, a
            // place or time «بالجهة», «اليوم», nor when a complementiser comes later in the sentence.)
            // (Both scans only for a short quoted name after the verb's first word.)
            const candidate = quotedName && j > i + 1 && words <= 3;
            let compInSentence = false;
            for (let m = after; candidate && m < tokens.length && tokens[m]!.start < sEnd && !compInSentence; m++) compInSentence = COMPLEMENTISERS.has(keys[m]!);
            // (The name is the subject: no preposition before it — not «كشفت في وثائق سرية لوكالة "ان اس ايه"».)
            let subjectOnly = candidate;
            for (let m = i + 1; m < j && subjectOnly; m++) subjectOnly = tokens[m]!.kind === 'word' && !PREPOSITIONS.has(keys[m]!) && !B_PREPOSITIONS.has(keys[m]!) && !viaPreposition(keys[m]!);
            const objectNext =
              candidate && subjectOnly && !compInSentence && after < tokens.length && tokens[after]!.kind === 'word' && tokens[after]!.start < sEnd && !/^(ال|لل|و|بال)/u.test(ak) &&
              !PREPOSITIONS.has(ak) && !B_PREPOSITIONS.has(ak) && !cueAt(after) && !STATEMENT_TIMES.has(ak) && !ANAPHORIC.has(bare(ak)) && !RELATIVE_PRONOUN.test(ak) &&
              (v.object === true || v.lemma === 'توقع' || /^ب.{3,}/u.test(ak)) && refsIn(tokens[after]!.start, tokens[after]!.end).length === 0;
            if (objectNext) {
              zoneEnd = tokens[after]!.start;
              contentStart = zoneEnd;
              break;
            }
            j = after - 1;
            continue;
          }
          zoneEnd = tok.start;
          contentStart = tok.start;
          atMark = true;
          break;
        }
        // (Not «دون أن»، «قبل أن»، «بعد أن» (without, before, after …-ing): a clause of time or manner.)
        // («قبل أن» is «before»; «من قبل إن/أن» (previously) is not: «وكانت الحكومة قد قالت من قبل إنها لن تركز …».)
        // (But «من قبل أن يغادر» (before leaving), «أن» and an imperfect, is «before» still.)
        const previously = j > 1 && keys[j - 1] === 'قبل' && /^[وف]?من$/u.test(keys[j - 2]!) && !(k === 'ان' && /^[يتن]/u.test(keys[j + 1] ?? ''));
        // (Also behind «و/ف»: «وبعد أن كان عدد سكانها …», and after its population had been ….)
        // («إلا أن»، «غير أن» (however) open a clause of their own: the verb's content is not past it — «منبهة إياه من …، إلا
        // أنه غادر منزله … إلى المنزل» (warning him of …, but he left his home …).)
        if (COMPLEMENTISERS.has(k) && j > 0 && /^[وف]?(الا|غير|بيد)$/u.test(keys[j - 1]!)) break;
        // (Not a letter of a name spelt in letters: «وقالت شبكة سي إن إن إن …» (CNN said that …), whose «إن» are the N's —
        // a name the tagger ran on into a complementiser, «أحلام بن سعد أنهم», keeps it one.)
        if (COMPLEMENTISERS.has(k) && text[tok.start] !== ALEF_MADDA && !(j > 0 && ((NOT_SPEECH_AN.has(keys[j - 1]!.replace(/^[وف](?=.{3})/u, '')) && !previously) || (v.ambiguous && keys[j - 1] === 'الي'))) && !insideSpeltName(tok)) {
          zoneEnd = tok.start;
          contentStart = tok.end;
          break;
        }
        // «أشادت X باختيار …»، «ورحب بالقرار» (praised the choice, welcomed the decision): the noun with بـ
        // is the stated position — a definite noun, or one that real news also writes with the article.
        // (After «أوصى»/«طالب»/«نصح» (recommended, demanded, advised) any such noun: «موصيا الوزراء بتكثيف الزيارات».)
        // (Not a name with ب: «… في الدورة الثامنة بالكويت», in Kuwait.)
        // (Nor the document of «في بيانه» (in its statement), whose «ب» is the noun's own: «وأوصى المجمع في بيانه، …» — but
        // «طالب … بالإعلان عن»، «ببيان رسمي» are what was demanded.)
        // («لا ينصح به لمن يشعر بنشاط …» (it is not recommended [«به», it] to whoever feels energetic): what was recommended
        // is the pronoun; a later word with «ب» is not it.)
        if (v.withBi && j === i + 1 && k.startsWith('ب') && PRONOUN_OBJECTS.test(k)) break;
        const bNoun = (v.withBi || reminds || admits) && tok.kind === 'word' && !linkerAt(j) && /^ب.{3,}/u.test(k) && !PREPOSITIONS.has(k) && !B_PREPOSITIONS.has(k) && !refsIn(tok.start, tok.end).length && !(keys[j - 1] === 'في' && documentNoun(k.replace(/(ه|ها|هم)$/u, '')));
        // (After those two and «ذكّر», a word the lexicon knows without its «ب» or shaped like a verbal noun, no adjective in «ي» (but
        // «بتنحي», for the stepping down of): not «طالب يامن عابد ناشط بيئي من القلعة الصغرى ضيف بوليتيكا …» (an
        // environmental activist, the guest of Politica), whose «ب» is their own.)
        const bareWord = (): string => lexiconForm(text.slice(tok.start, tok.end)).slice(1);
        const demandedNoun = (): boolean =>
          (v.lemma === 'أوصى' || v.lemma === 'طالب' || v.lemma === 'نصح' || reminds) &&
          (!/(ي|يه)$/u.test(k) || k.startsWith('بت')) &&
          ((getLexicon().get(bareWord()) ?? 0) >= 2 || /(ه|ها|هم|هما|هن)$/u.test(k) || VERBAL_NOUN_FORMS.test(k.slice(1)) || /^بم[^ي]{2,}ه$/u.test(k));
        if (bNoun && (k.startsWith('بال') || demandedNoun() || commonWithArticle(bareWord()))) {
          zoneEnd = tok.start;
          // (After the «ب», the verb's own preposition, as after a complementiser: «وطالب الاتحاد بمراجعة هذا التعيين» says
          // «مراجعة هذا التعيين».)
          contentStart = afterFirstLetter(tok);
          break;
        }
        // «أقرت الوزارة بثبوت استعمال …»، «اعترف بوجود نقص» (the ministry acknowledged that … was proven, he
        // admitted a shortage): after a verb that takes «بأن», «ب» and a noun that states a finding open the content.
        if (bPrep && tok.kind === 'word' && k.length >= 4 && k.startsWith('ب') && STATED_OBJECTS.has(k.slice(1)) && !refsIn(tok.start, tok.end).length) {
          zoneEnd = tok.start;
          contentStart = afterFirstLetter(tok);
          break;
        }
        // «ودعت وزيرة الصحة … جميع المتدخلين في القطاع الصحي للعمل لأجل انقاذ …» (called on everyone in the sector to work
        // for …): after «دعا» and its object, «لل» + a verbal noun opens what was called for, as «إلى» does.
        // (Only a verbal noun — «للتدخل»، «للاستثمار»، «للعمل»، «للوقوف» —, not a plural or a name's part, «للصحفيين»، «للأنباء»،
        // «للانتخابات»; with no «إلى» later in the sentence, which is then the verb's own: «دعا رئيس الجامعة التونسية
        // للأنباء … إلى …»; and one named subject before it, the object no person or body: not «دعا القيادي …، عصام الشابي
        // اليوم رئيس الحكومة يوسف الشاهد للإعلان عن سياساته», whose subject the object's name hides.)
        // (After the participle «داعيا/داعية» (calling on), whose subject is the sentence's, the words before «لل» are the object
        // alone, named or not: «داعيا سلطة الإشراف لتحمل مسؤوليتها», calling on the supervising authority to bear its responsibility.)
        const participle = CALLING_PARTICIPLES.has(keys[i]!);
        // «دعا الاتحاد العام التونسي للشغل اليوم الحكومة بالكفّ عن اللجوء للأحزاب» (the union called on the government to stop
        // turning to the parties): Maghrebi copy writes what was called for as «ب» + a verbal noun, on the same terms as «لل»,
        // after a finite verb; the content starts after «ب». (Only a verbal noun: not «للاستثمار بالمناطق الداخلية», to invest
        // in the inner regions.)
        const calledFor =
          v.lemma === 'دعا' && tok.kind === 'word' && !/(ين|ات|ون)$/u.test(k)
            ? CALLED_FOR_NOUN.test(k) && calledForNoun(k)
              ? 'lil'
              : !participle && CALLED_FOR_BI.test(k) && !CALLED_FOR_BI_NOT.has(k)
                ? 'bi'
                : undefined
            : undefined;
        // (After a finite verb whose subject stands before it, as a headline writes it, the object may be one word or none:
        // «بلدية سوسة تدعو لاحترام القواعد الصحية», Sousse's municipality calls for respecting the health rules; «نقابة الأطباء
        // تدعو المواطنين لاحترام …».)
        const subjectFirst = calledFor === 'lil' && !participle && j <= i + 2 && subjectBefore(i) !== undefined;
        if (calledFor && j > i + (participle ? 1 : subjectFirst ? 0 : 2) && !refsIn(tok.start, tok.end).length && !keys.slice(j + 1, tokenAt(sEnd - 1) + 1).includes('الي')) {
          let namedCount = namedBetween(t.end, tok.start);
          // (A body in the role before the subject's name is the role's: «دعا مدير إدارة المياه العمرانية بوزارة التجهيز … نجيب
          // بن شيخة المواطنين اليوم الخميس لعدم إلقاء الفضلات», the director at the ministry, Najib Ben Cheikha, called on
          // citizens not to throw waste — one subject.)
          if (namedCount > 1 && roleHeadAt(i + 1) !== undefined) {
            const holder = namedIn(t.end, tok.start).findIndex((r) => r.entity.type === 'PER');
            if (holder > 0) namedCount -= holder;
          }
          // (So too after a subject named before the verb, as a headline writes it: «نقابة الصحفيين تدعو السلطات الجزائرية لفتح
          // تحقيق», the journalists' union calls on the Algerian authorities to open an inquiry.)
          // (The words between are then the object alone, no phrase behind «ل»: not «الهلال الأحمر يدعو لخطة طوارئ استعدادا لتدفق
          // الليبيين», calls for an emergency plan in readiness for the Libyans' influx.)
          let behindLam = false;
          for (let m = i + 1; m < j && !behindLam && !participle; m++) behindLam = keys[m]!.startsWith('ل');
          const objectOnly = !participle && !behindLam && subjectBefore(i) !== undefined;
          // (Or a body by its head noun alone right after the verb: «كما دعت الوزارة كافة الأطباء والصّيادلة لتبليغ المصالح
          // المختصة …», the ministry also called on all doctors and pharmacists to notify the services.)
          const headSubject = namedCount === 0 && /^ال/u.test(keys[i + 1] ?? '') && ORG_HEADS.has(bare(keys[i + 1]!)) && !refsIn(tokens[i + 1]!.start, tokens[i + 1]!.end).length;
          if (participle || objectOnly ? namedCount <= 1 : namedCount === 1 || headSubject) {
            zoneEnd = tok.start;
            // (Past «ب» or a lone «ل», the verb's preposition: «لتوخي الحذر» says «توخي الحذر»; «للعمل» keeps its «لل», whose
            // article no span could cut apart.)
            contentStart = calledFor === 'bi' || !k.startsWith('لل') ? afterFirstLetter(tok) : tok.start;
            break;
          }
        }
        // «وأكد وزير الصحة عماد الحمامي حرص الوزارة على …» (stressed the ministry's keenness to …): after a verb of stance and
        // its named subject, a noun of a stated position is the object, and the preposition after it is the noun's own.
        // «وأكد عزم بلجيكيا على مساندة المسار …» (and he stressed Belgium's resolve to support the process): a noun of a stated
        // position right after the verb, in construct with a name or a definite noun, is the object, and the subject is
        // dropped — not the name it is in construct with.
        // (Also past the occasion: «الذي أكد عقب اللقاء دعم النهضة …», who stressed after the meeting Ennahdha's support; and
        // past «كذلك/أيضا» (also): «وأكد كذلك إستعداد تونس لتسلم …», he also stressed Tunisia's readiness to receive ….)
        // (A possessed noun after it — «استعداد بلادها» — not in a relative clause, an aside whose end the content would run
        // past: «وندد ضيف بوليتيكا، الذي جدد دعم حزبه للحكومة، بمحاولات …».)
        if (v.object && v.stance && (j === i + 1 || j === i + 1 + occasionLength(i + 1) || (j === i + 2 && linkerAt(i + 1) === 1)) && stanceInConstructAt(j, !(i > 0 && RELATIVE_PRONOUN.test(keys[i - 1]!)))) {
          zoneEnd = tok.start;
          contentStart = tok.start;
          break;
        }
        // (Or past an occasion no comma closes, a noun of need or finding: «وأكد في تصريح لبرنامج "صباح الورد" على "الجوهرة
        // أف أم" ضرورة تجنب …», he stressed in a statement to a Jawhara FM programme the need to avoid ….)
        if (j > i + 2 && j === objectPastOccasion) {
          zoneEnd = tok.start;
          contentStart = tok.start;
          break;
        }
        if (v.object && v.stance && !cue.form.participle && positionObjectAt(i, j)) {
          zoneEnd = tok.start;
          contentStart = tok.start;
          break;
        }
        // (Not a colon inside a title in marks the verb's occasion names: «… تحت شعار "آفة الإرهاب : خمس سنوات من المعالجة"،
        // أن …», under the slogan "…", that ….)
        if (tokenText(j) === ':' && regions.some((r) => r.closed && r.open > t.start && r.open < tok.start && r.close > tok.start && r.close < sEnd && text.slice(r.close + 1, sEnd).trim() !== '')) continue;
        if (tokenText(j) === ':') {
          // «واقترحت الأندية الملاعب التالية لاحتضان مقابلاتها: …» (the clubs proposed the following stadiums: …): a
          // colon after a noun and «التالي/الآتي» (the following) opens a list, not words spoken — unless words in marks
          // follow it; and «ذكرت فيها التالي: "…"» (she wrote the following: "…") is speech.
          // (Far from the verb the list is the sentence's own, after what the verb said: «ولاحظت سهام المبروك، تراجع أسعار بعض
          // المواد …، فيما حافظت الخضر على أسعارها … التالي : …» — the search stops there; the verb may still have its object.)
          let listColon = false;
          if (!opensQuotation(j + 1)) for (let m = j - 1; m > i + 1 && m >= j - 8; m--) if (LIST_OPENERS.has(keys[m]!) && keys[m - 1]!.startsWith('ال')) listColon = true;
          if (listColon && j - i > LIST_COLON_REACH) break;
          if (listColon) return;
          zoneEnd = tok.start;
          contentStart = tok.end;
          // («فقال بكل وضوح : إن …» (he said quite clearly: that …): a complementiser right after the colon is no content.)
          if (j + 1 < tokens.length && COMPLEMENTISERS.has(keys[j + 1]!) && tokens[j + 1]!.start < sEnd) contentStart = tokens[j + 1]!.end;
          break;
        }
        // (Only before the details withheld, whose «عن» is theirs: not «وأعلن الوزير دون تقديم أرقام عن انطلاق الحملة», the
        // minister announced, without giving figures, the launch of the campaign.)
        if (WITHOUT.has(k) && WITHHELD_TELLING.has(keys[j + 1] ?? '') && /^(ال)?(تفاصيل|معلومات|ايضاحات|توضيحات)$/u.test(keys[j + 2] ?? '')) pastWithout = true;
        // (Till the clause ends: «… دون ذكر تفاصيل، مشيرا إلى …».)
        else if (tok.kind === 'punct') pastWithout = false;
        // (Till the source's clause ends: «وعبر الوزير، بحسب بلاغ أصدرته وزارته، عن استعداده …» has its «عن» again.)
        if (tok.kind === 'word' && SOURCE_NOUNS.test(k)) pastSource = true;
        else if (tok.kind === 'punct') pastSource = false;
        // (Not the «عن» of «نقلا عن» (quoting): «أعلنت الهيئة، نقلا عن المديرية، أن …».)
        // (Nor «علي» opening a person's name, which reads like «على» once normalised: «أكد مدير الصحة علي الطبال أن …».)
        const nameHere = (k === 'علي' || k === 'الي') && refsIn(tok.start, tok.end).some((r) => r.start === tok.start && r.entity.type === 'PER');
        // (Nor the «عن» of «المسؤول عن» (the one in charge of) before a definite complement, in the subject: «كشف المسؤول عن
        // البرنامج الوطني …، فيصل السماعلي تسجيل …», the head of the national programme, Faycel Smaali, revealed — not «وعبر
        // المسؤول عن استعداد …», the official expressed the readiness of ….)
        // (Nor the «عن» of a document's issuer: «كشف تقرير صادر عن وزارة الصحة أمس الاثنين أن …», a report issued by the
        // ministry revealed — the verb's own «عن» does not come after its subject.)
        const issuerAfter = k === 'عن' && j > i + 2 && (ISSUED_BY.test(keys[j - 1]!) || (j > i + 3 && ISSUED_BY.test(keys[j - 2]!) && STATEMENT_TIMES.has(keys[j - 1]!)));
        // «وأعرب على ضرورة …» (he expressed [on] the need …): news copy writes «على» for the «عن» of «أعرب/عبّر» before a noun of need
        // or finding, or one with its pronoun — what was expressed (not a page it wrote on, «على صفحته»).
        if (k === 'علي' && (v.lemma === 'أعرب' || v.lemma === 'عبر') && j + 1 < tokens.length && tokens[j + 1]!.start < sEnd && (STATED_OBJECTS.has(keys[j + 1]!) || possessed(keys[j + 1]!, tokenText(j + 1))) && !ON_OCCASION_NOUNS.has(keys[j + 1]!) && !ON_LOCUTIONS.has(keys[j + 1]!) && !refsIn(tok.start, tok.end).length) {
          zoneEnd = tok.start;
          contentStart = tok.end;
          break;
        }
        // «متسائلا أين هو الآن هذا الحزب» (wondering where that party is now): «تساءل» right before a question word asks it.
        if (j === i + 1 && v.lemma === 'تساءل' && QUESTION_OPENERS.has(k)) {
          zoneEnd = tok.start;
          contentStart = tok.start;
          break;
        }
        const prep = !nameHere && !pastWithout && !pastSource && !issuerAfter && v.preps?.some((p) => nameKey(p) === k || (p === 'إلى' && k === 'الي')) && !(k === 'عن' && j > 0 && (keys[j - 1] === 'نقلا' || (IN_CHARGE.has(keys[j - 1]!) && /^ال/u.test(keys[j + 1] ?? ''))));
        // («إلى أن» after any verb — news copy writes «وأضاف إلى أن» —, but an ambiguous one's is «until»: «وأصرّ على تحقيقه،
        // إلى أن تحوّل الأمر …», he insisted on it until it came true.)
        if (prep || ((k === 'علي' || (k === 'الي' && !v.ambiguous) || k === 'في') && j + 1 < tokens.length && COMPLEMENTISERS.has(keys[j + 1]!))) {
          let found = -1;
          for (let m = j + 1; m < Math.min(j + 5, tokens.length) && tokens[m]!.start < sEnd; m++) {
            // (Not past an opening mark: «دعا الأطراف … إلى "العمل على أن تكون الانتخابات نزيهة"» — the marked words are
            // what he called for, «أن» their own.)
            if (tokens[m]!.kind === 'punct' && QUOTE_MARKS.has(tokenText(m))) break;
            if (COMPLEMENTISERS.has(keys[m]!)) {
              found = m;
              break;
            }
          }
          if (found >= 0) {
            zoneEnd = tok.start;
            contentStart = tokens[found]!.end;
            break;
          }
          // (Not «عن طريق», by way of.)
          // (And a noun after على or من: «شدد على ضرورة …»، «حثت الجبهة الحكومة على مراجعة …»، «حذر من مغبة …», insisted on
          // the need, urged to review, warned of the consequences: stated positions.)
          // (Nor «على» opening the occasion of the statement: «أكد X، على الفيسبوك، إصدار …», on Facebook; «على هامش»
          // (on the sidelines of) however long the phrase.)
          if (prep && (k === 'عن' || k === 'الي' || ((k === 'علي' || k === 'من') && nounPrepOpens(i, j, v.lemma) && !(k === 'علي' && (keys[j + 1] === 'هامش' || afterOccasion(j, sEnd))))) && keys[j + 1] !== 'طريق' && (!v.topic || WEIGHT_NOUNS.has(keys[j + 1] ?? ''))) {
            weighty = v.topic === true;
            zoneEnd = tok.start;
            contentStart = tok.end;
            break;
          }
        }
        const other = cueAt(j);
        // (Not the verb of a relaying source inside the subject: «وأوضح نفس المصدر وفق ما أوردته الوكالة أنه …».)
        // (Only when the complementiser follows the source soon, in its clause.)
        let relayed = other !== undefined && j >= i + 3 && keys[j - 1] === 'ما' && relayNoun(keys[j - 2]!);
        if (relayed) {
          relayed = false;
          for (let m = j + 1; m < tokens.length && m <= j + 8 && tokens[m]!.kind === 'word' && !relayed; m++) relayed = COMPLEMENTISERS.has(keys[m]!);
        }
        if (other && !relayed && (other.form.participle || !other.form.verb.ambiguous)) break;
        // (Nor past the verbal noun of a speech verb, another's statement: «أعلن البيت الأبيض استقالة فلين، بعد أربعة أيام على
        // كشف الصحافة عن اتصالات …» — the «عن» there is the press's.)
        if (!other && j > 0 && tok.kind === 'word' && VERBAL_NOUN_PREPOSITIONS.has(keys[j - 1]!) && forms.get(k)?.participle === false && verbalNounAt(j)) break;
        // (Nor past «الإعلان» (the announcement) after a preposition, another announcement: «أعلنت وزارة الداخلية الفرنسية إصابة
        // ضابط شرطة …، بعد قليل من الإعلان عن عملية أمنية» — the wounded officer is what it announced, not the operation.)
        if (!other && j > i + 2 && v.lemma === 'أعلن' && ANNOUNCEMENT_NOUNS.has(k) && (PREPOSITIONS.has(keys[j - 1]!) || keys[j - 1] === 'من')) break;
        if (isTerminal(j)) break;
      }
      if (v.marked && atMark) {
        // (Right after the verb or its subject, an adverb at most between: «أدانت تونس بشدة "…"», not
        // «انتقد X قرار متجر "…"», where the marks hold the name of what was criticised.)
        const markTok = tokenAt(contentStart);
        const subj = refsIn(t.end, contentStart).at(-1);
        const from = subj ? tokenAt(subj.end - 1) : i;
        if (markTok - from > 2 || tokens.slice(i + 1, markTok).some((x) => x.kind === 'punct')) atMark = false;
      }
      if (v.marked && !atMark) contentStart = -1;
      // (A topic verb — تحدث عن، تطرق إلى — states a position only with a noun of need or weight.)
      if (v.topic && !weighty) contentStart = -1;
      // (Not after a relative pronoun, whose antecedent is the subject: «رئيس اللجنة، الذي أكد إمكانية تجسيد هذا المقترح»
      // — a name the tagger finds right after the verb there is its object.)
      if (contentStart < 0 && v.object && !(i > 0 && RELATIVE_PRONOUN.test(keys[i - 1]!))) {
        // (A function of its own: see «speakerAfterCue» below.)
        const objectAfterSubject = (): void => {
          // «وأكد عبد الكافي الدخول في طور …»: a named subject, then a definite noun as the content.
          // A long role before the name (نفى كاتب الدولة لدى وزير الخارجية المكلف بالهجرة …، رضوان عيارة، وجود)
          // puts the subject up to a dozen words after the verb.
          const subj = subjectIn(t.end, Math.min(sEnd, tokens[Math.min(i + 16, tokens.length - 1)]!.end));
          // (A body too, with a verb of stance: «أكد حزب المبادرة دعمه التام للحكومة», the party stated its
          // full support; and with «أعلن» (see `announcing`): «أعلنت وزارة الداخلية الفرنسية إصابة ضابط شرطة …», the ministry
          // announced that an officer was wounded.)
          const stance = v.stance || announcing;
          // (And a country right after the verb and right before its object, which speaks for its government: «ونفت قطر
          // الاتهامات …», Qatar denied the accusations — not «وأكدت تونس في بيان اصدرته …», whose object the statement hides.)
          const objectTok = subj.ref ? tokenAt(subj.ref.end) : -1;
          const country = stance && subj.ref !== undefined && subj.ref.entity.type === 'LOC' && !subj.ref.role && subj.ref.start === tokens[i + 1]?.start && objectTok < tokens.length && tokens[objectTok]!.kind === 'word' && !PREPOSITIONS.has(keys[objectTok]!);
          if (subj.ref && (subj.ref.entity.type === 'PER' || (stance && subj.ref.entity.type === 'ORG' && !subj.ref.role) || country)) {
            // (Past the marks around a name: «أعلن وزير خارجية مملكة النرويج، "بورج براند"، قرار بلاده …».)
            let after = subj.ref.entity.type === 'PER' ? pastClosingMarks(tokenAt(subj.ref.end)) : tokenAt(subj.ref.end);
            // «أكد رئيس الهلال الأحمر التونسي اليوم وجود …» (the head of the Tunisian Red Crescent stressed today the
            // existence of …): a body's adjective of nationality (ال…ي، ال…ية) right after it, before a comma, a time or a
            // name, belongs to the subject.
            if (after + 1 < tokens.length && subj.ref.entity.type === 'ORG' && /^ال.{3,}(ي|يه)$/u.test(keys[after]!) && (tokenText(after + 1) === '،' || STATEMENT_TIMES.has(keys[after + 1]!) || refs.some((r) => r.start === tokens[after + 1]!.start))) after++;
            // «وأكد طارق الحداد لـ"الجوهرة اف أم" في اتصال هاتفي …، مساندة …» (Tarek Haddad stressed to Jawhara FM, in a
            // phone call …, the support of …): past the one told.
            // «اعتبر البابا فرانسيس، بابا الفاتيكان، الهجمات الأخيرة …» (Pope Francis, the Vatican's pope, deemed the recent
            // attacks …): a person's role between commas after the name — a role noun, or a noun in construct with a body or a
            // place that the comma closes (not «…، الجيلاني الهمامي، مساندة الجبهة للنقابي الأمني الموقوف، …», the front's
            // support for the detained unionist) — belongs to the subject.
            if (subj.ref.entity.type === 'PER' && after + 2 < tokens.length && tokenText(after) === '،' && (roleHeadAt(after + 1) !== undefined || (!STATED_OBJECTS.has(keys[after + 1]!) && refsIn(tokens[after + 2]!.start, tokens[after + 2]!.end).some((x) => x.start === tokens[after + 2]!.start && (x.entity.type === 'ORG' || x.entity.type === 'LOC') && tokenText(pastClosingMarks(tokenAt(x.end))) === '،')))) {
              // (A role may run to a dozen words: «…، الناطق الرسمي باسم المحكمة الابتدائية بتونس والقطب القضائي لمكافحة الارهاب، ما
              // تم تداوله …», the spokesman of the Tunis court and the anti-terrorism judicial pole, denied what was circulated.)
              const reach = roleHeadAt(after + 1) !== undefined ? 14 : 8;
              let m = after + 1;
              while (m < tokens.length && m <= after + reach && tokens[m]!.kind === 'word' && !COMPLEMENTISERS.has(keys[m]!) && !cueAt(m)) m++;
              if (m < tokens.length && m > after + 2 && tokenText(m) === '،' && m + 1 < tokens.length && tokens[m + 1]!.start < sEnd) after = m + 1;
            }
            // «اعتبر … سليم الرياحي ضيف "بوليتكا" اليوم الاثنين قراره …» (… the guest of "Politica", today, Monday, deemed his
            // decision …): the programme a person is the guest of belongs to the subject — in marks, or a name.
            // (What a programme's guest says there is told, as to an outlet: see `told` below.)
            let guestOfShow = false;
            // (After a comma too, and the programme's own noun: «أكد الإعلامي زياد الهاني، ضيف برنامج "بوليتيكا" اليوم تعرّض منزله
            // للخلع», Zied El-Heni, the guest of the programme "Politica", confirmed today that his home was burgled.)
            if (subj.ref.entity.type === 'PER' && after + 2 < tokens.length && tokenText(after) === '،' && GUESTS.has(keys[after + 1]!)) after++;
            if (subj.ref.entity.type === 'PER' && after + 1 < tokens.length && GUESTS.has(keys[after]!)) {
              const showAt = keys[after + 1] === PROGRAMME && after + 2 < tokens.length ? after + 2 : after + 1;
              const show = regions.find((r) => r.closed && r.open === tokens[showAt]!.start);
              const named = show ? undefined : refs.find((r) => r.start === tokens[showAt]!.start);
              const past = show ? tokenAt(show.close + 1) : named ? pastClosingMarks(tokenAt(named.end)) : -1;
              if (past > after && past < tokens.length && tokens[past]!.start < sEnd) {
                after = past;
                guestOfShow = true;
              }
            }
            // «اعتبر لسعد اليعقوبي كاتب عام نقابة التعليم الثانوي تصريحات …» (Lassaad Yaakoubi, secretary-general of the
            // secondary teachers' union, deemed the statements …): a role right after the name, with no comma, belongs to the
            // subject — its head, its links («عام»), definite words and the body or place it names. What ends it is the object
            // when it reads as one (a noun in construct, a verbal noun, a possessed noun) or the time of the statement; or,
            // before a relative pronoun, the definite word the relative takes up: «نفت رحاب المهذبي الناطقة الرسمية باسم
            // المحكمة الابتدائية بنابل الإتهامات التي …» (denied the accusations that …). Otherwise the role is left as it was.
            if (subj.ref.entity.type === 'PER' && after + 1 < tokens.length && tokens[after]!.kind === 'word' && roleHeadAt(after) !== undefined) {
              let m = after + 1;
              let lastDefinite = -1;
              let relative = false;
              while (m < tokens.length && tokens[m]!.start < sEnd && tokens[m]!.kind === 'word') {
                const named = refs.find((r) => r.start >= tokens[m]!.start && r.start < tokens[m]!.end && r.entity.type !== 'PER' && !r.role);
                if (named) {
                  m = pastClosingMarks(tokenAt(named.end));
                  continue;
                }
                const km = keys[m]!;
                if (RELATIVE_PRONOUN.test(km)) {
                  relative = true;
                  break;
                }
                if (ROLE_LINKS.has(km) || ROLE_LINKS.has('ال' + km)) {
                  m++;
                  continue;
                }
                const bareKm = stripArticle(km);
                if (!DEFINITE_OR_LIL.test(km) || derivedVerbalNoun(bareKm) || STANCE_NOUNS.has(bareKm) || STATED_OBJECTS.has(bareKm)) break;
                if (km.startsWith('ال')) lastDefinite = m;
                m++;
              }
              const inSentence = m < tokens.length && tokens[m]!.start < sEnd && tokens[m]!.kind === 'word';
              if (inSentence && m > after + 1 && (STATEMENT_TIMES.has(keys[m]!) || nounOfRole(m) || nounInConstruct(m) || verbalNounInConstruct(m) || possessed(keys[m]!, tokenText(m)))) after = m;
              else if (inSentence && relative && lastDefinite > after) after = lastDefinite;
            }
            const toldFrom = after;
            after = pastTold(after, sEnd);
            const told = after > toldFrom || guestOfShow;
            // «اعتبر الغرفة الوطنية لتجار اللحوم التابعة للاتحاد …، قرار الوزارة …» (the chamber, affiliated to the union, deemed
            // the ministry's decision …): a body's affiliation, up to its comma, belongs to the subject.
            if (subj.ref.entity.type === 'ORG' && after + 1 < tokens.length && AFFILIATED.test(keys[after]!)) {
              // (Up to the end of the body it is affiliated to, and the comma after it: not past the judged noun.)
              const to = refsIn(tokens[after + 1]!.start, tokens[Math.min(after + 2, tokens.length - 1)]!.end).find((x) => x.entity.type === 'ORG');
              let m = to ? pastClosingMarks(tokenAt(to.end)) : after + 1;
              // (A body the tagger did not find: its words up to the comma, none a demonstrative or a verb.)
              if (!to) while (m < tokens.length && m < after + 9 && tokens[m]!.kind === 'word' && !DEMONSTRATIVES.has(keys[m]!) && !verbLike(tokenText(m))) m++;
              if (m < tokens.length && (tokenText(m) === '،' || tokenText(m) === ',')) m++;
              if ((to || tokenText(m - 1) === '،' || tokenText(m - 1) === ',') && m < tokens.length && tokens[m]!.start < sEnd) after = m;
            }
            // «نفى …، يوسف الشاهد مساء الجمعة، وجود …»: the time of the statement between the subject and its object.
            // (After a comma too: «أعلنت وزارة الداخلية الإيطالية، اليوم ترحيلها …».)
            if (after + 1 < tokens.length && tokenText(after) === '،' && STATEMENT_TIMES.has(keys[after + 1]!) && tokens[after + 1]!.start < sEnd) after++;
            if (after < tokens.length && STATEMENT_TIMES.has(keys[after]!)) {
              // (Up to three: «مساء اليوم السبت», this Saturday evening.)
              after = pastStatementTimes(after, 3);
              // («اليوم الاثنين 26 ديسمبر 2016»: the date after the day, a day, a month and a year.)
              if (after + 2 < tokens.length && tokens[after]!.kind === 'number' && tokens[after + 1]!.kind === 'word' && tokens[after + 2]!.kind === 'number' && YEAR_DIGITS.test(tokenText(after + 2))) after += 3;
              if (after < tokens.length && tokenText(after) === '،') after++;
            }
            // «أكد حزب التكتل في بيانه دعمه …» (the party stressed in its statement its support): past the document.
            // «وأكد الشاهد في تصريح لوسائل الإعلام بالمناسبة، سعي حكومته إلى …» (Chahed stressed, in a statement to
            // the media, his government's effort to …): past the occasion of the statement up to its comma.
            // (A denial's «ما» after it too: «ونفى الحمامي، في تصريح لـ"القدس العربي" اليوم الأربعاء، ما أُشيع …», denied, in a
            // statement to Al-Quds Al-Arabi today, what was rumoured.)
            const occasion = occasionBefore(after, sEnd, denial);
            // («نفى الناطق … في اتصال هاتفي مع "جوهرة أف أم" تعرض النائب …» (denied, in a phone call with Jawhara FM, that the MP
            // was attacked): past a call with a body or a person, with no comma, a denial's object is any common noun.)
            const called = occasion ? 0 : pastCallWith(after, sEnd);
            const inDoc = occasion || called ? 0 : inOwnDocument(after);
            const objectPast = occasion || called ? 0 : statedObjectPastOccasion(after, sEnd);
            if (called) after = called;
            else if (occasion) after = occasion;
            else if (objectPast) after = objectPast;
            else if (inDoc && tokens[after + 1]!.start < sEnd) after += inDoc;
            // «نفى كاتب الدولة، رضوان عيارة، وجود أي تقصير»: the object after the comma that closes the apposition.
            // (Also a noun with a possessive pronoun: «أكدت حركة مشروع تونس، تمسكها المبدئي …», its attachment.)
            // (Or a common noun in construct: «أكد المدير العام لبنك الأمان، أحمد كرم، دعم البنوك …», the banks' support.)
            // (Or an indefinite noun in the accusative: «لاحظ المندوب الجهوي، فواز بن حليمة، تطورا كبيرا …», a big rise.)
            // (Or one in construct with a noun and its pronoun: «…، "بورج براند"، قرار بلاده إعادة فتح سفارتها», his country's decision.)
            // (Or a verbal noun of a derived form in construct: «ولاحظت سهام المبروك، تراجع أسعار بعض المواد», noted the fall in
            // the prices of some goods.)
            if (after < tokens.length && tokenText(after) === '،' && after + 1 < tokens.length && !/^ال/u.test(keys[after + 1]!) && ((keys[after + 1] === 'ما' && denial) || STATED_OBJECTS.has(keys[after + 1]!) || possessed(keys[after + 1]!, tokenText(after + 1)) || nounInConstruct(after + 1) || nounOfPossessed(after + 1) || accusativeNoun(after + 1) || verbalNounInConstruct(after + 1))) after++;
            // (Or a definite verbal noun of a derived form, which no description of the subject is: «اعتبر حسين الديماسي، التحوير
            // الوزاري …», Hussein Dimassi deemed the cabinet reshuffle ….)
            else if (after + 1 < tokens.length && tokenText(after) === '،' && tokens[after + 1]!.start < sEnd && /^ال/u.test(keys[after + 1]!) && derivedVerbalNoun(stripArticle(keys[after + 1]!)) && roleHeadAt(after + 1) === undefined) after++;
            // The object: a definite noun, one with a possessive pronoun (دعمه، رفضها), or what follows the comma.
            // (After a named person, a noun in construct with a definite noun is the object too: «وأبرز سمير
            // الطيب حرص الدولة على …», highlighted the state's care for ….)
            // (Or a noun that states a finding or a need: «أكد وزير التربية وجود حملات …», «وأكد الوزير في المقابل ضرورة …» —
            // past a linking phrase.)
            // (Or a verbal noun in construct: «وأكد … عماد الحمامي من جهة أخرى تطوير القطاع», stressed on the other hand developing
            // the sector.)
            const link = after < tokens.length && tokens[after]!.start < sEnd ? linkerAt(after) : 0;
            // (Or a noun with its pronoun: «ونفى معز فحيمة من جهة أخرى حصوله على منحة», denied on the other hand receiving a grant.)
            if (link && (STATED_OBJECTS.has(keys[after + link] ?? '') || (after + link < tokens.length && (verbalNounInConstruct(after + link) || possessed(keys[after + link]!, tokenText(after + link)))))) after += link;
            // (A denial's «ما»: «نفى X لـ"الجوهرة أف أم" ما تم تداوله …», denied what was circulated.)
            // (Or a demonstrative: «واعتبر دغم هذا القانون "مؤامرة"», Dghim deemed this law "a conspiracy".)
            // (Or a verbal noun of the forms انفعال، افتعال، إفعال، تفعيل، تفاعل، استفعال in construct with what follows it: «أعلن وزير العدل
            // غازي الجريبي اليوم انطلاق تركيز الهيئة …», announced the start of setting up the authority.)
            // (And a denial's «أي» (any): «نفى الإعلامي زياد الهاني اليوم الثلاثاء أي أزمة …», denied any crisis.)
            // (A denial's object is any common noun after its subject's statement and day: «نفت رئاسة الجمهورية في بيان لها اليوم
            // الأربعاء تصريحات محسن مرزوق …», denied Mohsen Marzouk's statements.)
            const objectLike = (j: number): boolean => /^ال/u.test(keys[j]!) || (denial && (inDoc > 0 || called > 0) && commonNoun(j)) || endsLikePronoun(keys[j]!) || (subj.ref!.entity.type === 'PER' && (nounInConstruct(j) || verbalNounInConstruct(j) || nounOfRole(j))) || (subj.ref!.entity.type === 'ORG' && verbalNounInConstruct(j)) || STATED_OBJECTS.has(keys[j]!) || ((keys[j] === 'ما' || keys[j] === 'اي') && denial) || (DEMONSTRATIVES.has(keys[j]!) && j + 1 < tokens.length && /^ال/u.test(keys[j + 1]!) && !STATEMENT_TIMES.has(keys[j + 1]!) && !TIME_NOUNS.test(keys[j + 1]!));
            // (Past the one told, a common noun too, after a comma or not: «وأكد X لـ"الجوهرة أف أم"، اندلاع حريق …», «دخول 4
            // عمال …» — what one tells an outlet is the content.)
            if (told && after < tokens.length && tokenText(after) === '،' && after + 1 < tokens.length && commonNoun(after + 1)) after++;
            // «أكد روني الطرابلسي منظّم رحلات الغريبة انطلاق الاستعدادات …» (Roni Trabelsi, the organiser of the Ghriba trips,
            // stressed the start of …): past the person's description in construct, with no comma, up to a verbal noun.
            if (subj.ref.entity.type === 'PER' && after < tokens.length && tokens[after]!.kind === 'word' && !/^ال/u.test(keys[after]!) && !objectLike(after) && !cueAt(after) && !verbLike(tokenText(after))) {
              for (let m = after + 1; m <= after + 4 && m < tokens.length && tokens[m]!.start < sEnd; m++) {
                if (tokens[m]!.kind !== 'word' || refsIn(tokens[m]!.start, tokens[m]!.end).length || PREPOSITIONS.has(keys[m]!) || verbLike(tokenText(m)) || cueAt(m)) break;
                if (/^ال/u.test(keys[m - 1]!) && m - 1 > after && verbalNounInConstruct(m)) {
                  after = m;
                  break;
                }
              }
            }
            // (What a body announces is a noun, not a word that still describes the body or the time: «أعلن تنظيم داعش الإرهابي
            // منذ قليل تبنيه», «أعلنته وزارة الدفاع الجزائرية مساء أمس الأحد», «الجيش الليبي الذي يقوده …».)
            const announcedObject = (j: number): boolean => !DEFINITE_NISBA.test(keys[j]!) && !DEFINITE_MASCULINE_PLURAL.test(keys[j]!) && !STATEMENT_TIMES.has(keys[j]!) && !TIME_NOUNS.test(keys[j]!) && !RELATIVE_PRONOUN.test(keys[j]!);
            const bodyAnnounces = announcing && !v.stance && subj.ref.entity.type !== 'PER';
            if (after < tokens.length && tokens[after]!.start < sEnd && (objectLike(after) || (tokenText(after - 1) === '،' && after > tokenAt(subj.ref.end)) || (told && commonNoun(after))) && !cueAt(after) && !(bodyAnnounces && !announcedObject(after))) {
              zoneEnd = tokens[after]!.start;
              contentStart = tokens[after]!.start;
            }
          }
        };
        objectAfterSubject();
      }
      // «وأكدت الوزارة تثمينها لهذه التجربة» (the ministry stressed its appreciation …): a body named by its head noun, then
      // its stated position — a comma between too: «كما أكدت الحركة، حرصها على مواصلة سياستها», the movement stressed its care.
      const position = i + 2 < tokens.length && tokenText(i + 2) === '،' ? i + 3 : i + 2;
      if (contentStart < 0 && v.object && v.stance && position < tokens.length && tokens[position]!.start < sEnd && possessed(keys[position]!, tokenText(position))) {
        const s = subjectIn(t.end, tokens[i + 1]!.end);
        if (s.orgHead && !s.ref) {
          zoneEnd = tokens[position]!.start;
          contentStart = zoneEnd;
        }
      }
      if (contentStart < 0 && v.object && v.stance && i + 4 < tokens.length && tokens[i + 4]!.start < sEnd) {
        // «كما استغربت الوزارة في بيانها إصرار الجامعة العامة للصحة على …» (the ministry, in its statement, also found the
        // federation's insistence on … strange): a body named by its head noun, its statement, then any common noun — what
        // follows «in its statement» is what it states. (The head noun may stand for a body named before.)
        // (Or set off by commas, with what it says of the document: «كما توقع الصندوق، في تقريره الذي صدر في أكتوبر 2014، تواصل
        // نسبة التضخم …», the fund also expected, in its report issued in October 2014, inflation to stay ….)
        const commaDoc = tokenText(i + 2) === '،' ? inOwnDocument(i + 3) : 0;
        const inDoc = commaDoc ? 0 : inOwnDocument(i + 2);
        let o = i + 2 + inDoc;
        if (commaDoc) {
          o = -1;
          for (let m = i + 3 + commaDoc; m < tokens.length && m <= i + 16 && tokens[m]!.start < sEnd; m++) {
            if (tokenText(m) === '،') {
              o = m + 1;
              break;
            }
            if (tokens[m]!.kind === 'punct' || COMPLEMENTISERS.has(keys[m]!) || cueAt(m)) break;
          }
        }
        // (Or its own position with its pronoun: «وأكّدت النقابة في بلاغ لها اليوم الجمعة انخراطها التام …».)
        if ((inDoc || (commaDoc && o > 0)) && o < tokens.length && tokens[o]!.start < sEnd && (commonNoun(o) || possessed(keys[o]!, tokenText(o))) && subjectIn(t.end, tokens[i + 1]!.end).orgHead) {
          zoneEnd = tokens[o]!.start;
          contentStart = zoneEnd;
        }
      }
      if (contentStart < 0 && v.object && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' && tokens[i + 1]!.start < sEnd && !cueAt(i + 1)) {
        // With the subject dropped, the object right after the verb: «مؤكدا استعداد لجنته للانضمام …» (stressing
        // its committee's readiness to join …), «وأكد التزامه بالعمل …» (and he stressed his commitment to …).
        // After a participle any noun is the object; after a finite verb only one with a possessive pronoun,
        // since a definite noun there is usually the subject (وأكد الوزير …).
        // (Past «في بيانه»، «في بيان له» (in its statement) first: «فقد أكد في بيانه وقوفه إلى جانب …».)
        let o = i + 1;
        const inDoc = inOwnDocument(o);
        if (inDoc && o + 2 < tokens.length) o += inDoc;
        // (And past the outlet told after it, by its head noun and adjective: «في تصريحه للصحيفة الأمريكية دخوله …», in his
        // statement to the American paper.)
        if (inDoc && o + 1 < tokens.length && keys[o]!.startsWith('لل') && MEDIA_HEADS.has(keys[o]!.slice(2))) {
          o++;
          if (o + 1 < tokens.length && DEFINITE_NISBA.test(keys[o]!)) o++;
        }
        // («بيانا أكدت فيه / من خلاله دعمها …», a statement in which it stressed its support: past «in which».)
        const inWhich = /^(فيه|فيها)$/u.test(keys[o] ?? '') ? 1 : keys[o] === 'من' && /^(خلاله|خلالها)$/u.test(keys[o + 1] ?? '') ? 2 : 0;
        if (inWhich && o + inWhich < tokens.length) o += inWhich;
        // (And past a linking phrase: «نافيا في المقابل، أي نية …»، «مؤكدا في هذا السياق ضرورة …».)
        // (And «في الوقت نفسه/ذاته», at the same time.)
        const linker = linkerAt(o);
        if (linker) {
          o += linker;
          if (o < tokens.length && tokenText(o) === '،') o++;
        }
        // (After «أعلن», its day first: «وكانت السفارة قد أعلنت الثلاثاء إصابة سفيرها», had announced on Tuesday that its
        // ambassador was wounded.)
        if (announcing && o === i + 1) o = pastStatementTimes(o, 2);
        if (o >= tokens.length) o = tokens.length - 1;
        const k1 = keys[o]!;
        // (Or after its subject fronted at the sentence's start: «الهمامي نفى في تصريحه للصحيفة دخوله إلى أفغانستان», Hammami
        // denied in his statement to the paper that he entered Afghanistan.)
        const frontedSubject = i > 0 && namedEndingAt(i - 1)?.start === sentenceStart(t.start);
        // (Or after «كما» (also) opening the sentence or a clause after a comma: «كما أكد وجود جوانب عملية في مشروع القانون», he
        // also stressed that the bill has practical sides.)
        // (And after «لكن/ولكن» (but): «… يعد انتصارا للمدافعين … ولكن أكد ضرورة اعادة هذا المشروع الى النقاش», but he stressed the
        // need to send the bill back for debate.)
        const alsoOpened = i > 0 && ((keys[i - 1] === 'كما' && (sentenceStart(t.start) === tokens[i - 1]!.start || (i > 1 && (tokenText(i - 2) === '،' || tokenText(i - 2) === ',')))) || BUT.test(keys[i - 1]!));
        // (Or after a relative pronoun, its antecedent the subject: «… سليم الرياحي، الذي نفى وجود مكتب رسمي لحزبه», who denied
        // that his party has an office.)
        // (Only a person or body right before the pronoun, and a stated object, not a noun with a pronoun, which takes up the
        // antecedent as the object of «الحادثة التي نفت وجودها الوزارة», the incident the ministry denied.)
        const antecedent = i > 1 && RELATIVE_PRONOUN.test(keys[i - 1]!) && STATED_OBJECTS.has(k1) ? namedEndingAt(tokenText(i - 2) === '،' && i > 2 ? i - 3 : i - 2) : undefined;
        const afterRelative = antecedent?.entity.type === 'PER' || antecedent?.entity.type === 'ORG';
        const headed = cue.prefixed || sentenceStart(t.start) === t.start || fillerBefore(i) || inWhich > 0 || frontedSubject || alsoOpened || afterRelative;
        // (Or a noun that states a finding: «ولاحظ وجود جرار داخل السفينة», he noted the presence of jars.)
        // (And what «أعلن» announces with its subject before it or dropped: «وكانت السفارة قد أعلنت إصابة سفيرها», «وكان التنظيم
        // قد أعلن تبنيه للهجوم» — a noun with its pronoun or in «ة», or a verbal noun in construct; not a body's head or name,
        // which would be the subject.)
        // (Not a verb with its object pronoun — «أصدره» (issued it) —, nor a verb joined to a relative clause: «الجماعات التي تلطخت
        // أيادي عناصرها … وأعلنت ولاءها …» — the groups declared allegiance; looked for only after «أعلن».)
        let inRelative = false;
        if (announcing) for (let m = i - 1; m >= 0 && m >= i - 12 && tokens[m]!.start >= sentenceStart(t.start) && tokenText(m) !== '،' && !inRelative; m--) inRelative = RELATIVE_PRONOUN.test(keys[m]!);
        const announced = announcing && !inRelative && tokens[o]!.kind === 'word' && !verbLike(tokenText(o)) && !k1.startsWith('ال') && !refsIn(tokens[o]!.start, tokens[o]!.end).length && !ORG_HEADS.has(bare(k1)) && (possessed(k1, tokenText(o)) || ((fillerBefore(i) || frontedSubject) && (endsLikePronoun(k1) || (verbalNounInConstruct(o) && !refs.some((x) => x.start === tokens[o + 1]!.start)))));
        const finiteOk = ((v.stance && tokens[o]!.kind === 'word' && (possessed(k1, tokenText(o)) || STATED_OBJECTS.has(k1))) || announced) && headed && !findIn(k1, ROLE_HEADS);
        // («نافيا أي نية»: «أي», any, opens a denied object.)
        const participleOk = (o === i + 1 || linker > 0) && cue.form.participle && (k1.length >= 3 || k1 === 'اي' || k1 === 'ما') && !/^(ل|لل)/u.test(k1) && !PREPOSITIONS.has(k1) && !COMPLEMENTISERS.has(k1) && (!NOT_CONTENT_STARTS.has(k1) || (k1 === 'ما' && denial)) && !PRE_CUE_FILLERS.has(k1) && !PRONOUN_OBJECTS.test(k1) && !FRONTED.test(k1) && !refsIn(tokens[o]!.start, tokens[o]!.end).length;
        // («أمطار متوقعة اليوم» (rain expected today), «متوقعة بداية من الأربعاء»: «expected» before a time, or a feminine one
        // after its noun, is the adjective; and «متوقعا ولم …» (a conjunction and a particle) opens no object — «متوقعا وفرة
        // الإنتاج» (expecting a plentiful harvest) does.)
        const adjectiveExpected = v.lemma === 'توقع' && cue.form.participle && (/^[وف](لم|لا|لن|هو|هي|قد|ان|لكن|ما)?$/u.test(k1) || STATEMENT_TIMES.has(k1) || TIME_NOUNS.test(k1) || EXPECTED_NOT_OBJECTS.has(k1) || (cue.form.gender === 'f' && i > 0 && tokens[i - 1]!.kind === 'word'));
        if ((finiteOk || participleOk) && !adjectiveExpected && tokens[o]!.start < sEnd && !findIn(k1, HONORIFICS) && !UNNAMED_SOURCES.has(bare(k1))) {
          zoneEnd = tokens[o]!.start;
          contentStart = zoneEnd;
        }
      }
      if (contentStart < 0 && v.lemma === 'اعتبر' && i + 1 < tokens.length && tokens[i + 1]!.kind === 'word' && tokens[i + 1]!.start < sEnd) {
        // «واعتبرت الأمر محض افتراءات»، «معتبرةً تدريس العربية تعزيزا للطائفية» (she deemed the matter mere
        // slander): with its subject dropped, «considered» takes the judged noun and what it is judged to be.
        const k1 = keys[i + 1]!;
        // (Not when a subject follows — «اعتبر الإعلامي الطاهر بن حسين اتهام …» —, nor after a relative
        // pronoun — «التي اعتبرت سيئة» —, nor an indefinite word after a finite verb.)
        const nearRefs = refsIn(tokens[i + 1]!.start, tokens[Math.min(i + 6, tokens.length - 1)]!.end).filter((r) => r.entity.type === 'PER' || r.entity.type === 'ORG' || r.role);
        const relative = i > 0 && /^(التي|الذي|الذين|ما|كما)$/u.test(keys[i - 1]!);
        // (Nor the imperfect with no subject, which news reads as the passive: «وتعتبر حالته مستقرة» (his condition is
        // considered stable), «هذه الزيارة تعتبر الثانية من نوعها» (this visit is the second of its kind) — the writer
        // classifying, nobody speaking; also before a body's head noun: «وتعتبر المؤسسة الأكبر من نوعها», the institution is
        // considered the largest of its kind.)
        const passive = !cue.form.participle && /^[وف]?[يت]/u.test(keys[i]!);
        // (A derived verbal noun in construct is the judged noun though indefinite: «واعتبر تعيين رجل أعمال على رأس الوزارة خطوة
        // استفزازية», and it deemed appointing a businessman … a provocative step — not a document, which would be the subject.)
        const judgedAction = verbalNounInConstruct(i + 1) && documentNoun(k1) === undefined;
        // (A name inside that action is no subject: «… على رأس وزارة الوظيفة العمومية».)
        const near = nearRefs.some((r) => !judgedAction || r.start < tokens[i + 2]!.end);
        const blocked = near || relative || passive || (!cue.form.participle && !k1.startsWith('ال') && !/.{3}(ها|ه|هم|هما)$/u.test(k1) && !judgedAction);
        // A body's definite head noun is the subject, not the judged noun: «واعتبرت النقابة في بيان لها هذا القرار سابقة
        // خطيرة» (the union deemed, in a statement, this decision a dangerous precedent) — the content starts after it and
        // the statement it was made in.
        let o = i + 1;
        if (k1.startsWith('ال') && bodyHead(bare(k1))) {
          o = i + 2;
          // (Past the body's adjectives: «واعتبرت النقابة الجهوية هذا القرار …».)
          while (o < tokens.length && /^ال.{3,}(ي|يه)$/u.test(keys[o]!) && !DEMONSTRATIVES.has(keys[o + 1] ?? '') && /^(ال|هذ)/u.test(keys[o + 1] ?? '')) o++;
          const inDoc = inOwnDocument(o);
          if (inDoc && o + inDoc < tokens.length) o += inDoc;
          while (o < tokens.length && STATEMENT_TIMES.has(keys[o]!)) o++;
        }
        const ko = keys[o] ?? '';
        const judged = o === i + 1 || (o < tokens.length && tokens[o]!.start < sEnd && (/^ال/u.test(ko) || (DEMONSTRATIVES.has(ko) && /^ال/u.test(keys[o + 1] ?? ''))));
        if (!blocked && judged && !findIn(k1, ROLE_HEADS) && !findIn(k1, HONORIFICS) && !PREPOSITIONS.has(k1) && !COMPLEMENTISERS.has(k1) && !UNNAMED_SOURCES.has(bare(k1)) && !cueAt(i + 1) && !NOT_CONTENT_STARTS.has(k1)) {
          zoneEnd = tokens[o]!.start;
          contentStart = zoneEnd;
        }
      }
      if (contentStart < 0 && v.lemma === 'دعا' && (cue.prefixed || cue.form.participle) && i + 1 < tokens.length && tokens[i + 1]!.start < sEnd) {
        // «ودعا للانكباب على مسألة الفهم الصحيح …» (and he called for devoting oneself to …): «لـ» and a definite verbal noun
        // right after the verb, as «إلى» is; the call's content keeps its «لـ», which is written on the word.
        const k1 = keys[i + 1]!;
        if (/^لل.{4,}/u.test(k1) && !refsIn(tokens[i + 1]!.start, tokens[i + 1]!.end).length && !instructionNoun(k1) && !ORG_HEADS.has(k1.slice(2))) {
          zoneEnd = tokens[i + 1]!.start;
          contentStart = zoneEnd;
        }
      }
      // «جدد» (renewed) and «مجددا» (renewing, also «again») state a position only with a noun of one as their object:
      // «وجدد X التزام تونس …», «مجددا الدعوة إلى …» — not «وجدد اللاعب عقده» (renewed his contract), «وخرج المحتجون
      // مجددا الأحد» (again on Sunday), «وطالب الاتحاد مجددا الحكومة ب…».
      if (contentStart >= 0 && v.stanceNounObject) {
        const ct = tokenAt(contentStart);
        const before = ct > 0 ? keys[ct - 1]! : '';
        // (Words in quotation marks are a statement whatever their first noun: «جدد المكتب السياسي، "دعمه المطلق للحكومة …"».)
        const marked = opensQuotation(ct) || (ct > 0 && opensQuotation(ct - 1));
        if (!COMPLEMENTISERS.has(before) && before !== 'علي' && !marked && !STANCE_NOUNS.has(stanceStem(keys[ct] ?? ''))) contentStart = -1;
      }
      if (contentStart >= 0 && v.lemma === 'عبر') {
        // «عبّر» (expressed) is also the preposition «عبر» (via: أعلنت عبر تويتر عن …): a statement only
        // with its «عن» and at the head of a clause.
        const prevKey = i > 0 ? keys[i - 1]! : '';
        // («من جهته عبر الجهيناوي عن تقدير …», for his part Jhinaoui expressed appreciation: after «for his part».)
        // (The masculine participle «معبرا» is never «via», wherever it stands: «… تكون وفية للديمقراطية معبرا عن استعداد
        // الحزب …» — but «معبرة» may be an adjective, «صورة معبرة عن», a telling picture.)
        const atHead = cue.prefixed || sentenceStart(t.start) === t.start || tokens[i - 1]!.kind === 'punct' || fillerBefore(i) || RELATIVE_PRONOUN.test(prevKey) || /^(لكن|ولكن|لكنه|لكنها|كما|حيث|فيما|بينما)$/u.test(prevKey) || (cue.form.participle && keys[i]!.endsWith('ا'));
        // («وعبر الحزب، عن تخوفه من أن …» (the party expressed its fear that …): its «عن» before a complementiser.)
        const ct = tokenAt(contentStart);
        const about = keys[ct - 1] === 'عن' || (COMPLEMENTISERS.has(keys[ct - 1]!) && keys.slice(i + 1, ct).includes('عن'));
        if (!atHead || !about) contentStart = -1;
      }
      if (contentStart < 0) {
        if (!cue.form.participle && (!v.ambiguous || cue.prefixed) && !v.topic) {
          // (Up to a dozen words: «استعرض الناطق الرسمي باسم الإدارة العامة للحرس الوطني، خلفية الشيباني …», the spokesman of
          // the National Guard's directorate, Khlifa Chibani, presented.)
          // (Not into words set off by a colon or quotation marks: «وعلق الرئيس الأمريكي عبر حسابه، قائلا: "ماذا لو استهدف سنوب دوج
          // الرئيس أوباما؟"».)
          let reach = Math.min(i + SILENT_SUBJECT_REACH, tokens.length - 1);
          for (let m = i + 1; m <= reach; m++) {
            if (tokens[m]!.kind !== 'punct') continue;
            const quoted = QUOTE_MARKS.has(tokenText(m)) ? regionByOpen.get(tokens[m]!.start) : undefined;
            if (tokenText(m) === ':' || (quoted !== undefined && !markedName(quoted))) {
              reach = Math.max(i, m - 1);
              break;
            }
          }
          const s = subjectIn(t.end, Math.min(sEnd, tokens[reach]!.end));
          // (Or a body named again by its head noun: «أصدرت وزارة الخارجية التشيلية بعض التوصيات … وأوضحت الوزارة لرعاياها
          // بتجنب … مضيفة أن …», the ministry.)
          const r = s.ref ?? (s.orgHead ? lastBodyOfHead(s.orgHead, t.start) : undefined);
          // (Not a source after the content, «…"، بحسب ما ذكر موقع X»: it relays, the one quoted goes on speaking.)
          const relayed = (): boolean => i > 0 && (MA_BEFORE_CUE.has(keys[i - 1]!) || keys[i - 1] === 'مثلما') && drafts.some((d) => d.speaker && d.end <= t.start && d.end >= sentenceStart(t.start) - 1);
          // (Nor a person named inside the verb's object: «واستنكرت طريقة تعبير عبو عن رأيها», she condemned the way Abbou
          // voiced her opinion — see objectBefore.)
          // (Nor one named right after an indefinite feminine noun the verb takes: «وانتقد مطالبة اتحاد الشغل بإقالة الوزير»,
          // he criticised the union's demand to dismiss the minister.)
          const inObject = r !== undefined && ((tokenAt(r.start) - i >= 3 && objectBefore(i + 1, tokenAt(r.start))) || (tokenAt(r.start) === i + 2 && verbalNounAfterVerb(i + 1)));
          if (r && (r.entity.type === 'PER' || r.entity.type === 'ORG') && !insideDraft(r.start) && !relayed() && !inObject) {
            // (A masculine verb corrects a gender guessed from a given name in «ة», as for a quote: «استعرض …، خلفية الشيباني».)
            if (r.entity.type === 'PER' && !r.role && cue.form.gender === 'm' && guessed.has(r.entity.id)) {
              gender.set(r.entity.id, 'm');
              guessed.delete(r.entity.id);
            }
            silentSpeakers.push({ kind: 'indirect', start: t.start, end: t.end, cue: { start: t.start, end: t.end }, speaker: r.entity, speakerMention: { start: r.start, end: r.end }, addressee: null });
          }
        }
        return;
      }
      let quoting: Ref | undefined;
      let reporting = false;
      if (v.lemma === 'نقل') {
        // «نقلت الوكالة عن مصدر / عن الوزير قوله إن …»: the one quoted speaks.
        let from = -1;
        for (let m = i + 1; m < tokens.length && tokens[m]!.start < zoneEnd; m++) if (keys[m] === 'عن') from = tokens[m]!.end;
        if (from < 0) {
          // «ونقلت صحيفة "ماركا" الإسبانية أن …» (Marca reported that …): with no one quoted, a named
          // body reports, and speaks.
          // (Only with its complementiser, not «حسب ما نقلته وكالة الأنباء "وات"», as the agency reported.)
          const s = subjectIn(t.end, zoneEnd);
          if (!s.ref || s.ref.entity.type !== 'ORG' || !COMPLEMENTISERS.has(keys[tokenAt(contentStart) - 1] ?? '') || (i > 0 && /ما$/u.test(keys[i - 1]!))) return;
          reporting = true;
        } else {
          const next = tokenAt(from);
          const after = refsIn(from, zoneEnd);
          let r = after[0];
          // «نقلت وكالة "تاس" عن رئيس اتحاد مصدري الحبوب الروسي، فلاديمير كوستين، قوله» (Tass quoted the
          // head of the grain exporters' union, Vladimir Kostin): the person in apposition to the role speaks,
          // not the body inside it.
          const appositive = after[1];
          let apposed = false;
          if (r && r.entity.type === 'ORG' && appositive && appositive.entity.type === 'PER' && /^\s*[،,]\s*$/u.test(text.slice(r.end, appositive.start)) && findIn(keys[next] ?? '', ROLE_HEADS) && tokens.slice(next, tokenAt(r.start)).every((x) => x.kind === 'word')) {
            r = appositive;
            apposed = true;
          }
          // «نقلت وكالة رويترز عن وزير الخارجية جون كيري قوله إن …» (… quoted the foreign minister John Kerry as saying):
          // the person after the role (and a place or body in it), before «قوله», is the one quoted.
          if (!apposed && (findIn(keys[next] ?? '', ROLE_HEADS) || findIn(keys[next] ?? '', HONORIFICS))) {
            const person = after.find((x) => x.entity.type === 'PER' && !x.role);
            const at = person ? tokenAt(person.start) : -1;
            // Words and commas only between. The name is the role's holder, not its complement: a second role head only
            // as an adjective of the first («الوكيل المساعد للشؤون القنصلية بوزارة الخارجية أحمد الظاهري»), not right
            // before the name nor in construct with a definite word («عن مستشار الرئيس دونالد ترامب قوله» quotes the
            // adviser); and right before the name a comma, an honorific or a definite word, not an indefinite noun in
            // construct with it («عن المتحدث باسم حملة دونالد ترامب قوله»).
            let plain = person !== undefined && at - next <= 12;
            for (let m = next; m < at && plain; m++) {
              plain = (tokens[m]!.kind === 'word' || tokenText(m) === '،') && !(m > next && findIn(keys[m]!, ROLE_HEADS) && (m === at - 1 || /^ال/u.test(keys[m + 1] ?? '')));
            }
            if (plain && at - 1 > next) {
              const b = at - 1;
              plain = tokenText(b) === '،' || findIn(keys[b]!, HONORIFICS) !== undefined || (/^ال/u.test(keys[b]!) && tokens[b]!.kind === 'word');
            }
            // («قوله» right after the name, or after the comma that closes an apposition.)
            let saying = person ? tokenAt(person.end - 1) + 1 : -1;
            if (saying >= 0 && tokenText(saying) === '،') saying++;
            // (Or its complementiser right away: «ونقلت الوكالة عن رئيس المؤسسة، محمد علي شهيدي، أن …».)
            if (person && plain && (SAYING_NOUNS.test(keys[saying] ?? '') || COMPLEMENTISERS.has(keys[saying] ?? ''))) {
              r = person;
              apposed = true;
            }
          }
          // (Also behind its head nouns and quotation marks: «عن وكالة أنباء "إرنا"», from the IRNA news agency.)
          let headed = r !== undefined && r.entity.type === 'ORG';
          for (let m = next; r && headed && m < tokenAt(r.start); m++) {
            headed = (tokens[m]!.kind === 'word' && (MEDIA_HEADS.has(bare(keys[m]!)) || ORG_HEADS.has(bare(keys[m]!)) || keys[m] === NEWS_NOUN)) || (tokens[m]!.kind === 'punct' && SYMMETRIC.has(text[tokens[m]!.start]!)) || tokenText(m) === '«';
          }
          if (r && (r.entity.type === 'PER' || r.entity.type === 'ORG' || r.role) && (apposed || headed || r.start <= (tokens[next + 1]?.start ?? r.start))) quoting = r;
          else if (!UNNAMED_SOURCES.has(keys[next] ?? '')) return;
        }
      }
      // «وتبين أنه من ذوي السوابق» (and it turned out that he had a record): «تبيّن» right before its
      // complementiser is impersonal, not «تُبيّن» (she shows), which names what shows first.
      // (Also past «للمحققين» (to the investigators) or «من التحريات» (from the inquiries): «وتبين للمحققين أن».)
      if (v.lemma === 'بين' && /^[وف]?تبين$/u.test(keys[i]!) && impersonalBefore(i + 1)) return;
      if (v.ambiguous && !cue.prefixed && !cue.form.participle && v.lemma !== 'نقل' && v.lemma !== 'عبر') {
        const s = subjectIn(t.end, zoneEnd);
        const directly = tokenAt(t.end) < tokens.length && tokens[tokenAt(t.end)]!.start >= zoneEnd;
        // «ردّت عليها العمدة بالقول إن»: «بالقول» marks speech whatever the subject.
        let byQuoting = false;
        for (let m = i + 1; m < tokens.length && tokens[m]!.start < zoneEnd; m++) if (BY_SAYING.test(keys[m]!)) byQuoting = true;
        // («بيّن رئيس الحكومة الأسبق أن …»: a role noun right after the verb is its subject.)
        const roleNext = i + 1 < tokens.length && tokens[i + 1]!.start < zoneEnd && ROLE_HEADS.has(bare(keys[i + 1]!));
        // (A place is no subject here: «الطريق الرابطة بين صفاقس وقفصة، … علما أنه» is the road between Sfax and
        // Gafsa, not «Sfax showed that».)
        // (Nor a name followed by «و» and a second side, a name or a definite word: «مقابلة ودية بين النادي الصفاقسي و
        // الملعب القابسي», a friendly match between CS Sfaxien and Stade Gabésien. A role after «و» is no second side:
        // «كما بين محمد علي وزير الصحة أن …», Mohamed Ali, the health minister, showed that ….)
        const after = s.ref ? tokenAt(s.ref.end) : tokens.length;
        const waw = after < tokens.length ? tokens[after]! : undefined;
        const side = waw === undefined || !keys[after]!.startsWith('و') ? '' : keys[after] === 'و' ? (keys[after + 1] ?? '') : keys[after]!.slice(1);
        // (A role after «و» is a second side when its holder is named right after it: «اجتماع في البيت الأبيض بين ترامب
        // ورئيس الوزراء الإسرائيلي بنيامين نتنياهو», a meeting between Trump and the Israeli prime minister.)
        const roleSide = side !== '' && (findIn(keys[after]!, ROLE_HEADS) !== undefined || findIn(side, ROLE_HEADS) !== undefined) && refs.some((r) => !r.role && r.entity.type === 'PER' && r.start > waw!.end && tokenAt(r.start) <= after + 5 && !text.slice(waw!.end, r.start).includes('،'));
        const secondSide =
          roleSide ||
          (side !== '' && findIn(keys[after]!, ROLE_HEADS) === undefined && findIn(side, ROLE_HEADS) === undefined &&
            (/^ال.{2,}/u.test(side) || refs.some((r) => !r.role && (keys[after] === 'و' ? r.start === tokens[after + 1]?.start : r.start > waw!.start && r.start < waw!.end))));
        // (Nor right after a definite common noun, which «between» completes: «العقد المبرم بين مجلس التصرف بالقلعة (ولاية قبلي)
        // وشركة بيرنكو», the contract concluded between the council and the company — the verb «بيّن» follows its subject's name.)
        const afterNoun = keys[i] === 'بين' && i > 0 && tokens[i - 1]!.kind === 'word' && DEFINITE.test(keys[i - 1]!) && !refsIn(tokens[i - 1]!.start, tokens[i - 1]!.end).length && !findIn(keys[i - 1]!, ROLE_HEADS);
        const placeOnly = keys[i] === 'بين' && !!s.ref && !s.ref.role && (s.ref.entity.type === 'LOC' || secondSide || afterNoun);
        if ((!s.ref || placeOnly) && !s.anaphoric && !s.orgHead && !s.published && !directly && !byQuoting && !roleNext && sentenceStart(t.start) !== t.start && !subjectBefore(i)) return;
      }
      // «وذكرت صحيفة "ماركا" أن كريستيانو رونالدو قال لزملائه: "أنا راحل …"» (Marca reported that Ronaldo told
      // his teammates: "I am leaving …"): a person, then a speech verb and a colon before quotation marks, opens
      // the content — the words are that person's; the paper relays them (the inner verb quotes them below).
      if (!atMark) {
        const ct = tokenAt(contentStart);
        const at = ct < tokens.length ? refs[firstStartingAt(refs, tokens[ct]!.start)] : undefined;
        const inner = at && at.start === tokens[ct]!.start && at.entity.type === 'PER' ? at : undefined;
        const verb = inner ? tokenAt(inner.end) : -1;
        const innerCue = inner && verb < tokens.length ? cueAt(verb) : undefined;
        if (innerCue && !innerCue.form.participle) {
          let colon = -1;
          for (let m = verb + 1; m < tokens.length && m < verb + 20 && tokens[m]!.start < sEnd; m++) if (tokenText(m) === ':') { colon = m; break; }
          if (colon > 0 && colon + 1 < tokens.length && opensQuotation(colon + 1)) {
            // (The paper still speaks in the article: a later «مؤكدة» or «وأضافت الصحيفة» goes on with it.)
            const s = subjectIn(t.end, zoneEnd);
            const vg = cue.form.gender;
            const paper = s.ref && (s.ref.entity.type === 'ORG' || s.ref.entity.type === 'PER') ? s.ref : undefined;
            if (paper) learnGender(paper.entity, vg);
            if (paper) silentSpeakers.push({ kind: 'indirect', start: t.start, end: t.end, cue: { start: t.start, end: t.end }, speaker: paper.entity, speakerMention: { start: paper.start, end: paper.end }, addressee: null });
            return;
          }
        }
      }
      // Speaker.
      let speaker: Entity | null = null;
      let speakerMention: Span | null = null;
      let addressee: Entity | null = null;
      const g = cue.form.gender;
      let unnamedHere = false;
      let relativeUnnamed = false;
      let group = false;
      let named = false;
      let sur: Ref | undefined;
      let pub: ReturnType<typeof publisherBefore>;
      let heldBy: Span | undefined;
      let heldBefore: Ref | undefined;
      let accuser: Ref | undefined;
      let roleSubject: Subject | undefined;
      // (The participle's gender must agree: «مشددة» is said of a woman or a feminine body.)
      // (Not when the sentence opens with «وأضاف»/«وتابع» and no name after it: «واضاف، في تصريح اثر لقاء
      // جمعه مع رئيس الحكومة يوسف الشاهد، قائلا» — the one who added goes on, not a person met.)
      const opening = tokenAt(sentenceStart(t.start));
      const goesOn = CONTINUING_CUES.has(cueAt(opening)?.form.verb.lemma ?? '') && (opening + 1 >= tokens.length || tokens[opening + 1]!.kind === 'punct' || PREPOSITIONS.has(keys[opening + 1]!));
      // (A body named by its head noun right after the sentence's verb is that clause's subject before any name deeper in it:
      // «ونفت الجامعة ما ورد في بيان التلفزة الوطنية …، مشيرة أن …» — the federation points out, not the television.)
      const headLocal = cue.form.participle && !goesOn ? headSubjectOfSentence(t.start, g) : undefined;
      const local = cue.form.participle && !goesOn ? (headLocal && agrees(headLocal.entity, g) ? headLocal : clauseSubject(t.start, g, true)) : undefined;
      const lastD = cue.form.participle ? lastSpeakerBefore(t.start) : undefined;
      // «ذكرت الصحيفة أن X انتقد الخطوة، قائلا إن …» (the paper reported that X criticised the step, saying
      // that …): «قائلا» (saying) goes with the verb just before it, whose subject opens the reported
      // clause — unlike «مضيفا» (adding), which continues the reporter's own statement.
      // (Any participle when a body reported and the reported clause has a speech verb of its own after that subject:
      // «وذكر بلاغ للوزارة ان الجهيناوي الذي إلتقى لافروف …، عبر عن الارتياح …، مشددا على ضرورة …», the ministry's statement
      // said that Jhinaoui expressed satisfaction …, stressing the need for …. Not when a person reported: «صرح مارتينيز
      // … أن هنري قد أبدى موافقته …، موضحا أن», Martinez said that Henry agreed …, explaining that — Martinez explains.)
      const opener = lastD && cue.form.participle && sentenceStart(lastD.start) === sentenceStart(t.start) ? refsIn(lastD.start, lastD.end)[0] : undefined;
      const innerVerb = (from: number, to: number): boolean => {
        for (let m = tokenAt(from); m < tokens.length && tokens[m]!.start < to; m++) {
          const c = tokens[m]!.kind === 'word' ? cueAt(m) : undefined;
          if (c && !c.form.participle && c.form.gender === g) return true;
        }
        return false;
      };
      const saying = opener && opener.start === lastD!.start && opener.entity.type === 'PER' && !opener.role && agrees(opener.entity, g) && (v.lemma === 'قال' || (lastD!.speaker?.type !== 'PER' && !/^اياه/u.test(keys[i + 1] ?? '') && innerVerb(opener.end, lastD!.end))) ? opener : undefined;
      // The body or person whose document it is: named in it (بيان المنظمة، بلاغ لوزارة الدفاع، بيان صدر
      // عن الديوان الملكي), or the issuer of the last such document (وجاء في البيان …).
      if (documentAt >= 0) {
        const issuer = documentIssuer(documentAt, zoneEnd, t.start);
        if (issuer) {
          speaker = issuer.entity;
          speakerMention = { start: issuer.start, end: issuer.end };
        }
      } else if (saying) {
        speaker = saying.entity;
        speakerMention = { start: saying.start, end: saying.end };
      } else if (local && (!lastD || lastD.end <= local.start || (local === headLocal && lastD.start > local.start) || lastD.speaker === local.entity || (lastD.speaker?.type === 'PER' && (g === 'm' || g === 'f') && !agrees(lastD.speaker, g)) || reportedBySourceTag(lastD, local))) {
        // (Or the body its head noun names as the subject, when the last quote is inside the same clause after it: see
        // `headLocal`.)
        // (Also when the last quote, around that subject, is the subject's own, or its speaker is of the other gender: see
        // subjectFrom.)
        // «انتقد عضو المجلس سعد المالكي التأخر، مؤكدا أن …»: the subject of the clause the participle continues.
        speaker = local.entity;
        speakerMention = { start: local.start, end: local.end };
        const s = subjectIn(t.end, zoneEnd);
        if (s.addressee) addressee = s.addressee;
      } else if (cue.form.participle && unnamedRightBefore(t.start, g)) {
        // «وأوضح أحد هذه المصادر أن …، مضيفا أن …» (one of these sources explained …, adding …): the participle
        // goes on with the unnamed source of its own sentence, not with someone quoted earlier.
        unnamedHere = true;
      } else if (cue.form.participle && (roleSubject = roleSubjectBefore(t.start)) !== undefined) {
        // «وأكد مصدر أمني ارتفاع عدد الموقوفين، مؤكدا أن …» (a security source stressed the rise …, stressing that …):
        // the sentence's speech verb has a role or an unnamed source for its subject, which the participle goes on
        // with — the role's holder, or nobody named — not someone quoted before. (A definite description of the last
        // source, «وشدد الوزير», and a role whose holder is not found are left to the search for the last speaker
        // below, which keeps to the participle's gender.)
        if (roleSubject.ref && agrees(roleSubject.ref.entity, g)) {
          speaker = roleSubject.ref.entity;
          speakerMention = { start: roleSubject.ref.start, end: roleSubject.ref.end };
        } else unnamedHere = true;
      } else if (cue.form.participle) {
        // (Of the gender the participle has: «مؤكدة» (stressing, f.) after Ronaldo's words goes on with the paper
        // that relayed them.)
        const last = lastSpeakerBefore(t.start);
        // (The words before were said with a verb of the other gender: «قال» (he said) before «مؤكدة».)
        // (Not to a person of the other gender when nobody of the participle's spoke: «… واضافت بدرة قعلول أنها …،
        // مؤكدا أنهن» (stressing, m.) is said by someone else, whom the text does not name.)
        const otherGender = last?.speaker && (g === 'm' || g === 'f') && (last.gender === 'm' || last.gender === 'f') && last.gender !== g;
        const crossed = otherGender ? (lastSpeakerBefore(t.start, g) ?? (last!.speaker!.type === 'PER' && !agrees(last!.speaker!, g) ? null : last)) : last;
        // «وقد انسحبت حركة الشعب من النقاشات …، معربة عن احترازها …» (the movement withdrew from the talks, voicing its
        // reservations): with nobody of the participle's gender quoted before, the subject of its own sentence's verb.
        // (Or a body it names by its head noun alone, «وقد انسحبت الحركة …»: the body of that head named before.)
        const own = crossed === null ? (clauseSubject(t.start, g, true) ?? headSubjectOfSentence(t.start, g)) : undefined;
        const ownSubject = own && !own.role && (own.entity.type === 'PER' || own.entity.type === 'ORG') && agrees(own.entity, g) ? own : undefined;
        if (crossed === null && !ownSubject) unnamedHere = true;
        const d = crossed ?? undefined;
        const sameSentence = d && d.end >= sentenceStart(t.start) - 1;
        speaker = ownSubject ? ownSubject.entity : d ? d.speaker : crossed === null ? null : resolvePronoun(t.start, g);
        // (The participle stands for the speaker it resolved to; with nobody found, it names no one.)
        speakerMention = (sameSentence || d?.named) && d?.speakerMention ? d.speakerMention : speaker ? { start: t.start, end: t.end } : null;
        named = Boolean(d?.named && !d.speaker);
        const s = subjectIn(t.end, zoneEnd);
        if (s.addressee) addressee = s.addressee;
      } else {
        // (A function of its own, as is the object's search above: with both inline, handleCue's bytecode passed the 61,440
        // bytes V8 optimises and the whole quotes stage ran a third slower; test/bytecode.test.ts keeps watch.)
        const speakerAfterCue = (): void => {
          const found = subjectIn(t.end, zoneEnd);
          // «كما حث النرويج على مراجعة …» (he also urged Norway to review …): a country right after a masculine verb of
          // calling on is its object — a country's verb is feminine, but for the few masculine ones (العراق، المغرب …) —
          // and the subject is dropped.
          // Only with what it calls for right after the country: «ودعا الصومال المجتمع الدولي إلى …» (Somalia called on the
          // international community to …) has Somalia speak.
          const countryObject =
            found.ref?.entity.type === 'LOC' &&
            g === 'm' &&
            CALLING_ON_VERBS.has(v.lemma) &&
            tokenAt(found.ref.start) === i + 1 &&
            !MASCULINE_COUNTRIES.has(bare(nameKey(found.ref.entity.name))) &&
            CALLED_FOR.test(keys[tokenAt(found.ref.end - 1) + 1] ?? '');
          const s = countryObject ? { ...found, ref: undefined } : found;
          if (s.addressee) addressee = s.addressee;
          const appos = s.ref && s.ref.entity.type !== 'PER' && !s.ref.role ? apposition(i, s.ref.end, zoneEnd) : null;
          // «وأعلن تنظيم "داعش" مسؤوليته … ووصف عامري بأنه …» (IS claimed … and described Amri as …): the one
          // name between «وصف» and «بأن» is whom it describes; the subject is the one who just spoke.
          const describer = s.ref && v.lemma === 'وصف' && tokenAt(s.ref.start) === i + 1 && (tokens[tokenAt(s.ref.end)]?.start ?? Infinity) >= zoneEnd ? lastSpeakerBefore(t.start) : undefined;
          // «يوسف الشاهد يطالب نور الدين الطبوبي بالتهدئة» (Youssef Chahed asks Noureddine Taboubi to calm things): a
          // headline's or clause's subject before an imperfect verb, the name after it its object.
          // «أن الجبهة الشعبية وصفت الزواري "بشهيد تونس"» (that the Popular Front described Zouari as …): a man named
          // after a feminine verb, or a woman after a masculine one, is its object when a subject stands right before
          // the verb.
          const svo =
            (s.ref && !cue.prefixed && !cue.form.participle && /^[يت]/u.test(keys[i]!) ? subjectOpening(i, g) : undefined) ??
            (s.ref && s.ref.entity.type === 'PER' && !s.ref.role && !cue.form.participle && (g === 'm' || g === 'f') && gender.has(s.ref.entity.id) && !agrees(s.ref.entity, g) ? agreeingSubjectBefore(i, g) : undefined);
          // «… تصريحات وزير الخارجية التركي الذي اتهم ايران بالوقوف وراء …» (the Turkish minister, who accused Iran of …): after a
          // relative pronoun, the one a verb of accusing or calling on names right after it is its object; the relative's
          // antecedent speaks, or nobody named.
          // (Only a relative of the verb's gender, its subject: «الإجراءات التي طالب الاتحاد بتطبيقها» (the measures the union
          // demanded be applied) is an object relative, and the union after the verb speaks.)
          const relativeBefore = i > 0 ? relativeGender(keys[i - 1]!) : undefined;
          const relativeObject = s.ref !== undefined && (relativeBefore === 'm' || relativeBefore === 'f') && relativeBefore === g && (PERSON_OBJECT_VERBS.has(v.lemma) || v.lemma === 'طالب') && tokenAt(s.ref.start) === i + 1;
          if (relativeObject) {
            // (The relative's antecedent right before it, past a comma: not «في صفوف الساكنة التي تتهم المكتب …», the
            // residents, whom nobody names.)
            const found = subjectBefore(i);
            const antecedent = found && tokenAt(found.end) >= i - 2 ? found : undefined;
            if (antecedent) {
              speaker = antecedent.entity;
              speakerMention = { start: antecedent.start, end: antecedent.end };
            } else {
              unnamedHere = true;
              // (The relative's gender is its antecedent's, a thing or a group as often as a person: no one of that gender spoke.)
              relativeUnnamed = true;
            }
          } else if (svo) {
            speaker = svo.entity;
            speakerMention = { start: svo.start, end: svo.end };
          } else if (appos) {
            // «وقال عضو الهيئة، كمال الزغلامي، إن …»: the member named in apposition speaks, not the body.
            speakerMention = appos;
            named = true;
          } else if (describer?.speaker && describer.end >= sentenceStart(t.start) - 1) {
            speaker = describer.speaker;
            speakerMention = { start: t.start, end: t.end };
          } else if (s.ref && s.ref.entity.type === 'PER' && !s.ref.role && g === 'f' && manAfterFeminineVerb(i, s.ref)) {
            // «اعتبرت النائبة السابقة …، ما قام به رئيس الحكومة يوسف الشاهد "شجاعة كبيرة"» (the former MP deemed what the
            // head of government Youssef Chahed did "great courage"): a man by his given name (not by a verb, which may have
            // been wrong) is never a feminine verb's subject, and no woman stands before it — the speaker is one nobody names
            // here (see `manAfterFeminineVerb` for where a man's name after such a verb still speaks).
            unnamedHere = true;
          } else if (s.ref && v.lemma === 'اتهم' && (accuser = namedRightBefore(i))) {
            // «السعودية تتهم الحوثيين بإطلاق صاروخ …» (Saudi Arabia accuses the Houthis of firing a missile): a name opening the
            // sentence right before «اتهم» is its subject; the one after is the accused.
            speaker = accuser.entity;
            speakerMention = { start: accuser.start, end: accuser.end };
          } else if (s.ref) {
            speaker = s.ref.entity;
            speakerMention = { start: s.ref.start, end: s.ref.end };
            // (Not a masculine verb right before a body whose head noun is feminine: «اعتبر الغرفة الوطنية …» — news lets a verb
            // before its subject stay masculine —, which would keep a feminine verb later («وطالبت») from going on with it. After
            // a masculine role, «دعا رئيس الهيئة …», the verb agrees with the role and may go on with the body.)
            const looseAgreement = s.ref.entity.type === 'ORG' && g === 'm' && tokenAt(s.ref.start) === i + 1 && (headOfBody(s.ref.entity)?.endsWith('ه') === true || feminineOrg(s.ref.entity));
            if ((s.ref.entity.type === 'PER' || s.ref.entity.type === 'ORG') && !s.ref.role && (g === 'm' || g === 'f') && !looseAgreement && (!gender.has(s.ref.entity.id) || (g === 'm' && guessed.has(s.ref.entity.id)))) {
              gender.set(s.ref.entity.id, g);
              guessed.delete(s.ref.entity.id);
            }
          } else if (s.anaphoric) {
            // «وأضاف المسؤول» (the official added): a description of a person goes on with the person last
            // described so, else the last person who spoke (or the last unnamed source: «وقال مسؤول … وأضاف
            // المسؤول») rather than a body or a document quoted since; with no such speaker, the last one.
            const at = s.after ?? tokenAt(t.end);
            const noun = keys[at]?.replace(/^[وف]?ال/u, '') ?? '';
            const person = PERSON_SOURCES.has(noun);
            // A role is held by a person: «أعلن نادي مولون … وقال رئيس النادي» (the club's president said), «أعلنت وزارة
            // الصحة … وقال المدير الجهوي للصحة» — the role goes on with the last person who spoke (or nobody), never with a
            // body quoted since. (Not a spokesman, who speaks for the body as often as for a person.)
            const roleHead = person || SPOKESMAN_HEADS.has(bare(noun)) ? undefined : findIn(keys[at] ?? '', ROLE_HEADS);
            const roleNoun = roleHead !== undefined;
            const described = person ? describedBefore(at, t.start, g) : null;
            // (Never a person of the other gender: «قالت هاجر … وأفاد المحامي», the lawyer is not Hajer.)
            // (Nor, for «المتحدث باسم Y» (Y's spokesman), a body other than Y: «وأكدت وكالة الأنباء البولونية … وقالت المتحدثة
            // باسم الشرطة» is not the agency.)
            const forAt = SPOKESMAN_HEADS.has(bare(noun)) ? (keys[at + 1] === 'باسم' ? at + 2 : /^الرسمي/u.test(keys[at + 1] ?? '') && keys[at + 2] === 'باسم' ? at + 3 : -1) : -1;
            const forWord = forAt > 0 && forAt < tokens.length ? bare(keys[forAt]!) : '';
            const agreeing = (x: Draft): boolean =>
              (!x.speaker || x.speaker.type !== 'PER' || agrees(x.speaker, g)) && !(forWord && x.speaker?.type === 'ORG' && !nameKey(x.speaker.name).split(' ').some((w) => bare(w) === forWord));
            // (A group in the plural is no antecedent of a singular person: «رجح آخرون … وقالت ضيفة "بوليتيكا"».)
            const d = described || roleNoun ? undefined : lastDraftBefore(drafts, t.start, person ? (x) => (x.speaker ? x.speaker.type === 'PER' && agrees(x.speaker, g) : !x.open && !x.group) : agreeing) ?? (person ? lastDraftBefore(drafts, t.start, agreeing) : undefined);
            // «فيما ردّ الأمين بأن …»: a bare title → the last person who carries that title, if any.
            const titled = titledBefore(at, t.start, g);
            // (A programme's guest with nobody quoted before: the subject of the sentence before, not the last person
            // named, who may be its object.)
            const guest = !described && !titled && !d && GUESTS.has(keys[at] ?? '') ? firstPersonOfLastSentence(t.start, g) : null;
            const resolved = d || guest ? null : resolvePronoun(t.start, g);
            const pronoun = resolved && forWord && resolved.type === 'ORG' && !nameKey(resolved.name).split(' ').some((w) => bare(w) === forWord) ? null : resolved;
            // A role whose holder was not named with it («وقال الوزير» with no «وزير» among the titles): the person who spoke
            // last, or else the one the verb's pronoun finds, only if no word before that person's name says the person is
            // someone else — a courtesy title or that role is fine («السيدة نوال المناعي … أوضحت الرئيس التنفيذي …»), not
            // «المواطن محمد علي» (the citizen). With an unnamed source last, nobody.
            const last = roleNoun ? lastDraftBefore(drafts, t.start, (x) => !x.group) : undefined;
            // (A courtesy title, or the role itself: «المدرب خافيير موريلاس … وأوضح المدرب».)
            const compatible = (w: string): boolean => COURTESY_TITLES.has(bare(w.replace(/^[وف]/u, ''))) || findIn(w, ROLE_HEADS) === roleHead;
            const mayHold = (e: Entity | null | undefined): e is Entity =>
              !!e &&
              e.type === 'PER' &&
              agrees(e, g) &&
              // (Not one named right after a word of another identity: «المواطن محمد علي» (the citizen), «الطالب …».)
              e.mentions.every((m) => {
                const b = tokenAt(m.start) - 1;
                // (Only a word of identity that is no role: «قائد السبسي» (Caid Essebsi) and «المحافظ» (conservative, also
                // governor) before a name say nothing of it.)
                return b < 0 || tokens[b]!.kind !== 'word' || compatible(keys[b]!) || findIn(keys[b]!, ROLE_HEADS) !== undefined || findIn(keys[b]!, HONORIFICS) !== undefined || findIn(keys[b]!, PERSON_TITLES) === undefined;
              });
            const holder = !roleNoun ? null : mayHold(last?.speaker) ? last.speaker : last && !last.speaker && !last.open ? null : mayHold(pronoun) ? pronoun : null;
            speaker = described ?? titled ?? (roleNoun ? holder : d ? d.speaker : guest ?? pronoun);
            speakerMention = speaker ? { start: t.start, end: t.end } : null;
            // «أفاد مصدر أمني … وأضاف المصدر ذاته أن» (the same source added): the unnamed source goes on, and no one
            // named later in the article is it.
            if (!speaker && d && !d.speaker && !d.open && !described && !titled) unnamedHere = true;
          } else if (s.personNoun) {
            // The last person named before, of the noun's gender (not inside a place's name), even in what was quoted.
            speaker = lastPersonBefore(t.start, s.personNoun, true);
            speakerMention = speaker ? textSpanOfToken(s.after ?? tokenAt(t.end)) : null;
          } else if (s.unnamed) {
            unnamedHere = true;
            group = s.group === true;
          } else if (s.orgHead) {
            // (A body of that head named only inside a quote too: «قررت وزارة الشؤون الدينية … وفق ما ذكرته وسائل
            // إعلام … أكدت الوزارة», where the first sentence is the media's report.)
            // (That one only when it agrees with the verb. A feminine head after a masculine verb is its object and
            // names no subject at all: see `subjectIn`, «وطالب الوزارة بتطبيق …».)
            const namedBody = lastBodyOfHead(s.orgHead, t.start);
            const quoted = namedBody ? undefined : lastBodyOfHead(s.orgHead, t.start, true);
            const body = namedBody ?? (quoted && agrees(quoted.entity, g) ? quoted : undefined);
            // «اعتبرت "هيومن رايتس ووتش" … وأشارت المنظمة» (HRW considered … the organisation pointed out): with
            // no body named under that head, the body that spoke last, when its name has no head noun of its own.
            // (Only for a head that any body may have, and none of that head named before, even inside a quote:
            // not «الشرطة» or «التلفزيون», nor «الوزارة» when a ministry was quoted.)
            // (Nor a head that an adjective of nationality or side describes, which names another body: «وأضافت الصحيفة … وذكرت
            // السلطات البرازيلية أنها», the Brazilian authorities after the newspaper.)
            const last = body || !ANY_BODY_HEADS.has(s.orgHead) || quoted || describedBodyAt(s.after ?? tokenAt(t.end)) ? undefined : lastSpeakerBefore(t.start)?.speaker;
            const headless = last && last.type === 'ORG' && !namedUnderHead(last) ? last : undefined;
            // «وافاد البنك، في بيان حول اجتماع مجلس ادارته، … واكد المجلس أن …» (the bank said, in a statement on its board's
            // meeting, … the board stressed that): an organ named before only with a pronoun of the body's («مجلس ادارته», its
            // board of directors) speaks for the body that spoke last.
            const organOf = body || headless || !ORGANS.has('ال' + s.orgHead) ? undefined : organBodyBefore(s.orgHead, t.start);
            const spoke = body?.entity ?? headless ?? organOf;
            if (spoke) {
              speaker = spoke;
              speakerMention = textSpanOfToken(s.after ?? tokenAt(t.end));
              // («وترى الصحيفة أن …، وتقول إن …»: the paper is feminine, as its head noun and verb say.)
              learnGender(spoke, g);
            } else {
              // «من جهتها أوضحت الشرطة المحلية أن …» (the local police explained): a body named by its head noun and
              // adjectives only, no entity, is still the speaker the text names — the mention, with no entity.
              unnamedHere = true;
              const head = s.after ?? tokenAt(t.end);
              if (head < tokens.length && DESCRIBED_BODY_HEADS.has(bare(keys[head]!))) {
                let end = head;
                while (end + 1 < tokens.length && end - head < 2 && tokens[end + 1]!.kind === 'word' && DEFINITE_NISBA.test(keys[end + 1]!) && !refsIn(tokens[end + 1]!.start, tokens[end + 1]!.end).length) end++;
                if (end > head) {
                  speakerMention = { start: tokens[head]!.start, end: tokens[end]!.end };
                  unnamedHere = false;
                  named = true;
                }
              }
            }
          } else if ((pub = s.published ?? publisherBefore(i))) {
            if (pub.ref) {
              speaker = pub.ref.entity;
              speakerMention = { start: pub.ref.start, end: pub.ref.end };
            } else {
              speakerMention = pub.span!;
              named = true;
            }
          } else if ((heldBy = namedBodyOfHead(i, zoneEnd))) {
            // «واشارت السفارة في ذات البلاغ» (the embassy said in the same statement): the body of that head
            // named earlier as a speaker under a name the tagger did not find.
            speakerMention = heldBy;
            named = true;
          } else if ((sur = surnameAfterCue(i, zoneEnd, g))) {
            speaker = sur.entity;
            speakerMention = { start: sur.start, end: sur.end };
          } else {
            const early = nameAfterCue(i, zoneEnd);
            const before = early ? undefined : subjectBefore(i);
            if (early) {
              speakerMention = early;
              named = true;
            } else if (!before && unnamedSubjectBefore(i)) {
              // «وكانت وسائل إعلام ألمانية قد أوردت أن …» (German media had reported that …).
              unnamedHere = true;
            } else if (before) {
              speaker = before.entity;
              speakerMention = { start: before.start, end: before.end };
              // (The verb after the name gives its gender, as after it: «أن كريستيانو رونالدو قال …».)
              if (before.entity.type === 'PER' && !before.role) learnGender(before.entity, g);
            } else if ((heldBefore = documentIssuerBefore(i))) {
              speaker = heldBefore.entity;
              speakerMention = { start: heldBefore.start, end: heldBefore.end };
            } else if ((heldBefore = bodyHeadBeforeVerb(i, t.start))) {
              // «يشار إلى أن المجلس الأمني دعا …» (the security council called …): a body named by its head noun and an
              // adjective right before the verb, after «أن», is the body of that head named before («المجلس الجهوي للأمن»).
              speaker = heldBefore.entity;
              speakerMention = { start: tokens[i - 2]!.start, end: tokens[i - 1]!.end };
            } else {
              const bareName = nameAfterCue(i, zoneEnd);
              const d = bareName ? undefined : lastSpeakerBefore(t.start, g);
              // (A body only when no person in the sentence can be the subject — «وكان المرصد السوري … أعلن أمس أن», not
              // «وكان المجلس الأعلى للقضاء قد أعفى القاضي أحمد الرحموني … بعد أن صرح بأن», where the judge spoke — and only
              // in a sentence opened by «كان» or with nobody quoted before: «وهاجمت حركة النهضة وقالت إنها …» after someone
              // spoke is that speaker going on, the party the object.)
              // (Past an opening «من جهته/ناحيته»، «بدوره» (for its part): «من ناحيته كان حزب آفاق تونس … أكد … واعتبر أن».)
              const bodyMay = !d || AUXILIARY.test(keys[firstWordOfSentence(t.start)] ?? '');
              const local = bareName ? undefined : clauseSubject(t.start, g) ?? (bodyMay ? clauseSubject(t.start, g, true) : undefined) ?? previousSubject(i, g);
              // (Not when the one who spoke is the subject of this sentence's own first verb: «ادان الحزب … العملية
              // التي راح ضحيتها الراعي X، واعتبرها "…"», the party condemned … and considered it …)
              const sameClause = d?.cue != null && d.speaker !== null && d.cue.start === sentenceStart(t.start);
              if (local && (!d || d.end <= local.start) && !sameClause) {
                // «وكان رئيس الهيئة، X، قد سئل عن …، فردّ:»: the person the sentence is about answers.
                speaker = local.entity;
                speakerMention = { start: t.start, end: t.end };
              } else if (bareName) {
                speakerMention = bareName;
                named = true;
              } else if (unnamedJustBefore(t.start, g)) {
                // «وأكد أحد جيران السيدة أن … وأضاف أن …» (one of the lady's neighbours stressed … and added …):
                // the unnamed source goes on, with nobody named since.
                unnamedHere = true;
              } else if (d && !d.speaker) {
                speakerMention = d.speakerMention;
                named = true;
              } else {
                speaker = d ? d.speaker : resolvePronoun(t.start, g);
                // A role written after the verb is held by a person, not by the body that spoke last: «أعلن نادي مولون …
                // وقال رئيس النادي» (the club's president said) is nobody named. (Not a spokesman, who speaks for the body.)
                const role = roleHeadAt(i + 1);
                if (speaker?.type === 'ORG' && role !== undefined && !SPOKESMAN_HEADS.has(role)) {
                  speaker = null;
                  unnamedHere = true;
                }
                speakerMention = speaker ? { start: t.start, end: t.end } : null;
              }
            }
          }
        };
        speakerAfterCue();
      }
      // «الذين عبروا عن …» (who expressed), «وعبروا», «مؤكدين» (stressing, pl.): a plural verb whose subject is
      // not named at it stands for a group — never for one person named before. (Not a dual: «وقالا», the two of them.)
      // (Nor for a body named under a head noun — an outlet, a ministry — unless its members speak for it: «أشار أعضاء
      // لجنة التشريع العام … مشددين» (the members of the committee … stressing). A body without a head noun of its own,
      // «النهضة»، «الحوثيون», may take a plural verb.) Only a name at the verb counts: not one carried over from the
      // quote before, as a participle does. A participle in «ين» may be a dual, written alike: «قال الناشطان … وأكدا
      // …، مشددين» goes on with them.
      if (g === 'p' && /(وا|ون|ين)$/u.test(keys[i]!) && (speaker?.type === 'PER' || (speaker?.type === 'ORG' && !speaksThroughMembers(speaker))) && !(speakerMention && speakerMention.start >= t.end && refs.some((r) => r.entity === speaker && r.start === speakerMention!.start)) && !(keys[i]!.endsWith('ين') && dualBefore(t.start))) {
        speaker = null;
        speakerMention = null;
        unnamedHere = true;
      }
      if (v.lemma === 'نقل' && !reporting) {
        speaker = quoting?.entity ?? null;
        speakerMention = quoting ? { start: quoting.start, end: quoting.end } : null;
        named = false;
        unnamedHere = !quoting;
      }
      // («وأظهرت الصور أن المبنى تضرر», the pictures showed: «أظهر» is speech only from a body or person
      // named right after the verb, or after its figures — «وأظهرت بيانات الإدارة العامة للجمارك أن» —, not a
      // study, a poll or pictures, nor one reached through a pronoun. Decided before any quotation mark is
      // claimed.)
      // («ويعتقد مكتب المدعي العام أن …» (the prosecutor's office believes that …) likewise: «يُعتقد أنه»
      // (it is believed that) and «الذي يعتقد أنه وراء الهجوم» have no one who believes.)
      if (v.namedSubject) {
        const at = speakerMention ? tokenAt(speakerMention.start) : -1;
        // («أظهر استطلاع لمعهد "إيفوب" أن …» (a poll by the Ifop institute showed that …): a study, poll or report
        // made by a body named right after it, behind «ل», speaks for that body.)
        const studyNoun = STUDY_NOUNS.has(keys[i + 1]!) || documentNoun(keys[i + 1]!) !== undefined;
        const study = at >= i + 2 && at <= i + 4 && studyNoun && /^ل/u.test(keys[i + 2]!) && tokens.slice(i + 3, at).every((x) => x.kind === 'punct' && /^["“«]$/u.test(text.slice(x.start, x.end)));
        // (Or one the body made, named after the verb of making: «أظهرت دراسة أجراها معهد باستور أن».)
        const made = studyNoun && (at === i + 3 || at === i + 4) && MAKING_VERB.test(keys[at - 1]!);
        if (!(speaker && (speaker.type === 'ORG' || speaker.type === 'PER') && (at === i + 1 || study || made || (at === i + 2 && (DATA_NOUNS.has(keys[i + 1]!) || ORG_HEADS.has(bare(keys[i + 1]!))))))) return;
      }
      // «نبّه الاتحاد …، على لسان أمينه العام المساعد فتحي بن حميدة، إلى أن …» (the union warned, in the words of its deputy
      // secretary-general Fathi Ben Hamida, that …): the person whose words they were speaks, not the body.
      if (speaker?.type !== 'PER') {
        const mouth = tongueOf(t.end, contentStart);
        if (mouth) {
          speaker = mouth.entity;
          speakerMention = { start: mouth.start, end: mouth.end };
        }
      }
      // Content.
      // «وأوضح البيان أنه و "في إطار …"» (the statement explained that, and "as part of …"): a lone «و» between the
      // complementiser and the opening mark is no word of the quote.
      {
        const ct = firstStartingAt(tokens, contentStart);
        if (ct + 1 < tokens.length && text.slice(contentStart, tokens[ct]!.start).trim() === '' && keys[ct] === 'و' && tokens[ct + 1]!.kind === 'punct' && outer[firstRegionAt(tokens[ct + 1]!.start)]?.open === tokens[ct + 1]!.start) contentStart = tokens[ct + 1]!.start;
      }
      // The first quotation after the content start, if only white space separates them (the regions
      // are sorted and their marks are not white space, so no later region can qualify).
      const nextRegion = outer[firstRegionAt(contentStart)];
      // (Not a term in marks that the clause goes on after: «أن "الجندر" مفهوم جديد» quotes the clause.)
      const region = nextRegion && !nextRegion.used && isBlankBetween(contentStart, nextRegion.open) && !mentionPair(nextRegion) ? nextRegion : undefined;
      let kind: QuoteKind = 'indirect';
      let start = contentStart;
      let end: number;
      let second: { start: number; end: number } | undefined;
      if (region) {
        region.used = true;
        const after = indirectEnd(region.close + 1);
        const tail = text.slice(region.close + 1, Math.max(after, region.close + 1)).replace(TRIM_END, '').trim();
        // «قوله إن "…"، وإن …»: a second complementiser starts a second statement of the same speaker.
        let c = tokenAt(region.close + 1);
        while (c < tokens.length && tokens[c]!.kind === 'punct' && tokens[c]!.start < after) c++;
        if (region.closed && c < tokens.length && tokens[c]!.start < after && /^و(ان|بان)$/u.test(keys[c]!)) {
          second = { start: tokens[c]!.end, end: indirectEnd(tokens[c]!.end) };
        }
        // «قال X: "…"، وهي الانتقادات التي …»: after a colon the quote ends at its closing mark; so it does
        // when its sentence ended inside the marks («لرويترز "… مستقبل هناك." وبحسب …»).
        const afterColon = /:\s*$/u.test(text.slice(Math.max(0, region.open - 3), region.open));
        const endedInside = region.closed && /[.!?؟…]\s*$/u.test(text.slice(Math.max(region.open + 1, region.close - 3), region.close));
        // «وقال ترامب "سوف ننسحب"، مضيفا أن …» (Trump said "we will withdraw", adding that …): a speech verb right after
        // the closing mark opens a statement of its own, and the quote ends at the mark.
        const wordNext = region.closed && c < tokens.length && tokens[c]!.start < after && tokens[c]!.kind === 'word';
        const cueNext = wordNext && cueAt(c) !== undefined;
        // (So does a past verb of the speaker's own after «و/ثم» (and, then): «قائلا "نعتذر ممن أسميناهم إخوان الشياطين" وهاجم
        // دولا عربية» (saying "…", and he attacked Arab states) — the narrative goes on, not the words.)
        const narrativeNext = wordNext && speakersPastVerbAt(c, g);
        if (second || afterColon || endedInside || cueNext || narrativeNext) {
          kind = 'direct';
          start = skipComplementiser(text, region.open + 1, keys, tokens, tokenAt);
          end = region.close;
        } else if (tail.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 3 && region.closed) {
          kind = 'mixed';
          end = after;
        } else {
          kind = 'direct';
          start = skipComplementiser(text, region.open + 1, keys, tokens, tokenAt);
          end = region.close;
        }
      } else {
        end = indirectEnd(contentStart, true);
        for (const r of outer) {
          if (r.open >= contentStart && r.open < end) {
            r.used = true;
            if (!namedTerm(r) && !(r === nextRegion && isBlankBetween(contentStart, r.open) && mentionPair(r))) kind = 'mixed';
            if (r.close > end) end = Math.max(r.close, indirectEnd(r.close + (r.closed ? 1 : 0)));
          }
        }
      }
      // «احتفلت مجلة "people" بالملكة رانيا … ووصفتها بـ"…"» (the magazine celebrated Queen Rania … and described her as
      // "…"): a verb that carries its object pronoun is not said by the person named last before it, whom the
      // pronoun takes up.
      if (speaker && !forms.has(keys[i]!) && !prefixedForms.has(keys[i]!) && /(ه|ها|هم|هما)$/u.test(keys[i]!)) {
        const from = sentenceStart(t.start);
        let objectRef: Ref | undefined;
        for (let k = firstStartingAt(refs, t.start) - 1; k >= 0 && refs[k]!.start >= from && !objectRef; k--) {
          if (refs[k]!.end <= t.start && (refs[k]!.entity.type === 'PER' || refs[k]!.entity.type === 'ORG')) objectRef = refs[k];
        }
        // (Only a person or body behind a preposition, who is nobody's subject: «بالملكة رانيا»; not «وهاجم يوسف
        // الشاهد المعارضة ووصفها», where the object is no name.)
        const at = objectRef ? tokenAt(objectRef.start) : -1;
        let oblique = false;
        for (let k = at; k >= 0 && k >= at - 2 && !oblique; k--) {
          const clitic = k === at ? text.slice(tokens[k]!.start, objectRef!.start) : keys[k]!;
          const behindPreposition = /^[وف]?(بال|لل)/u.test(clitic);
          oblique = (k < at && PREPOSITIONS.has(keys[k]!)) || (k === at ? /^[وف]?[بل]/u.test(clitic) : behindPreposition);
          if (k < at && !findIn(keys[k]!, PERSON_TITLES) && !behindPreposition) break;
        }
        if (oblique && objectRef?.entity === speaker) {
          speaker = null;
          speakerMention = null;
        }
      }
      // «إجازة الأمومة : الاتحاد يدعو الحكومة لـ"…"» (maternity leave: the union calls on the government to …): a headline's
      // body named by its definite head noun alone, right before an imperfect verb, is the body of that head the article
      // names — before, or else after the headline.
      if (!speaker && !unnamedHere && i > 0 && /^[يت]/u.test(keys[i]!) && tokens[i - 1]!.kind === 'word' && /^ال/u.test(keys[i - 1]!) && bodyHead(bare(keys[i - 1]!))) {
        const opening = i === 1 || (i >= 2 && tokenText(i - 2) === ':') || sentenceStart(t.start) === tokens[i - 1]!.start;
        const head = bare(keys[i - 1]!);
        const body = opening ? (lastBodyOfHead(head, t.start) ?? firstBodyOfHead(head, t.end)) : undefined;
        if (body && agrees(body.entity, g)) {
          speaker = body.entity;
          speakerMention = { start: tokens[i - 1]!.start, end: tokens[i - 1]!.end };
        }
      }
      addDraft({ kind, start, end, cue: { start: t.start, end: t.end }, speaker, speakerMention, addressee, gender: relativeUnnamed ? undefined : g, open: !speaker && !unnamedHere && !named, named, group: group && !speaker });
      if (second) {
        let kind2: QuoteKind = 'indirect';
        for (const r of outer) {
          if (r.open >= second.start && r.open < second.end) {
            r.used = true;
            kind2 = 'mixed';
          }
        }
        addDraft({ kind: kind2, start: second.start, end: second.end, cue: { start: t.start, end: t.end }, speaker, speakerMention, addressee, gender: g, open: !speaker && !unnamedHere && !named, named });
      }
  };

  /**
   * «أوضحت الوسلاتي أن الهيئة اتصلت بالمعتمد حمادي الأديب الذي أكد … أن …» (she explained that the body called the
   * delegate Hammadi Adib, who stressed that …), then «وأوضح أن …» (he explained): a person who speaks in a relative
   * clause inside another's quote is no quote of his own here, but the one a later dropped subject of his gender
   * goes back to. Token `i` is inside a quote.
   */
  const nestedRelativeSpeaker = (i: number): void => {
    if (i < 2 || !RELATIVE_PRONOUN.test(keys[i - 1]!)) return;
    let k = i - 2;
    if (tokens[k]!.kind === 'punct' && (text[tokens[k]!.start] === ',' || text[tokens[k]!.start] === '،')) k--;
    if (k < 0 || !refEnds.has(tokens[k]!.end)) return;
    const end = tokens[k]!.end;
    let r: Ref | undefined;
    for (let x = firstStartingAt(refs, end) - 1; !r && x >= 0 && refs[x]!.start > end - 80; x--) if (refs[x]!.end === end && refs[x]!.entity.type === 'PER' && !refs[x]!.role) r = refs[x];
    if (!r || !cueAt(i)) return;
    // (Only inside the words of a body or of a person of the other gender — «أوضحت الوسلاتي أن … الأديب الذي أكد أن»;
    // with a man inside a man's words, «وأضاف» goes on with the one quoted: «وأوضح الوالي … أن الولاية اتصلت بالمعتمد
    // حمادي الأديب الذي أكد أن …. وأضاف أن …».)
    // (In its own sentence he goes on either way: «… محسن حسن، الذي قال إن …، معتبرا أن …».)
    const nested: CueGender = /التي$/u.test(keys[i - 1]!) ? 'f' : 'm';
    if (!agrees(r.entity, nested)) return;
    const around = drafts.find((d) => d.start <= tokens[i]!.start && tokens[i]!.start < d.end);
    const sentenceOnly = around?.speaker?.type === 'PER' && agrees(around.speaker, nested);
    // (Only with words of his own, a complementiser a few words on: not «السيسي الذي دعا اخيرا الى اصدار قانون», who
    // called for a law, where the body's quote goes on about him.)
    let said = false;
    for (let m = i + 1; m < tokens.length && m <= i + 10 && !said; m++) said = COMPLEMENTISERS.has(keys[m]!) || tokenText(m) === ':';
    if (!said) return;
    silentSpeakers.push({ kind: 'indirect', start: tokens[i]!.start, end: tokens[i]!.end, cue: { start: tokens[i]!.start, end: tokens[i]!.end }, speaker: r.entity, speakerMention: { start: r.start, end: r.end }, addressee: null, sentenceOnly });
  };

  // The cue loop, in a function of its own: findQuotes as a whole is too large for V8 to optimise (it runs
  // as baseline code, once per document), and this loop, where most of its time goes, is not.
  const readCues = (): void => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || regionAt(t.start)) continue;
      if (insideDraft(t.start)) {
        nestedRelativeSpeaker(i);
        continue;
      }
      const cue = cueAt(i);
      // «بحسب ما أكده فؤاد الواد المندوب الجهوي …» (according to what X stated): the verb is part of a source after
      // a noun cue, which quotes on its own (below).
      if (cue && i >= 2 && keys[i - 1] === 'ما' && SOURCE_WORDS.has(keys[i - 2]!)) continue;
      if (cue && i >= 1 && /^[وف]?حسبما$/u.test(keys[i - 1]!)) continue;
      // (Unless the sentence opens so and the verb reads on: see `saysOnAt`.)
      if (cue && i >= 2 && keys[i - 1] === 'ما' && /^(و|ف)?(ذلك|هذا|هو)$/u.test(keys[i - 2]!) && !saysOnAt(i)) {
        // «…، وهو ما اعتبرته المندوبة الجهوية للسياحة مؤشرا طيبا …» (which the regional delegate deemed a good sign): «اعتبر»
        // judges the clause before, and the judgement after its subject is what was said.
        if (cue.form.verb.lemma === 'اعتبر') {
          const sEnd = sentenceEnd(t.start);
          const s = subjectIn(t.end, sEnd);
          const at = s.ref ? pastClosingMarks(tokenAt(s.ref.end)) : -1;
          if (s.ref && (s.ref.entity.type === 'PER' || s.ref.entity.type === 'ORG') && at < tokens.length && tokens[at]!.start < sEnd && tokens[at]!.kind === 'word' && !PREPOSITIONS.has(keys[at]!) && !COMPLEMENTISERS.has(keys[at]!) && !cueAt(at)) {
            addDraft({
              kind: 'indirect',
              start: tokens[at]!.start,
              end: indirectEnd(tokens[at]!.start),
              open: false,
              cue: { start: t.start, end: t.end },
              speaker: s.ref.entity,
              speakerMention: { start: s.ref.start, end: s.ref.end },
              addressee: s.addressee ?? null,
            });
            continue;
          }
        }
        // «…، ذلك ما أكده وزير الفلاحة»: the content is the clause before.
        const sStart = sentenceStart(t.start);
        const end = tokens[i - 2]!.start;
        // «"ينتظر أن تتدعم الحراسة الليلية …". ذلك ما أعلنته وزيرة الصحة سميرة مرعي …» (… that is what the health minister
        // Samira Merai announced): opening its sentence, right after a quotation that is a whole paragraph or sentence, it
        // points back at the quotation.
        let quoted: Region | undefined;
        if (end - sStart <= 1) {
          let p = end;
          while (p > 0 && SPACE_OR_STOP.test(text[p - 1]!)) p--;
          const before = regionEndingAt(p);
          if (before && !before.used && (before.open === 0 || BLANK.test(text.slice(sentenceStart(before.open), before.open)))) quoted = before;
        }
        // (Not after a quote of its own in that clause: «وقال X إن …، وهو ما نفاه Y» — the clause is X's, and
        // Y's word on it is Y's own.)
        if (quoted || (end - sStart > 10 && !drafts.some((d) => d.end > sStart && d.start < end))) {
          const s = subjectIn(t.end, sentenceEnd(t.start));
          let kind: QuoteKind = quoted ? 'direct' : 'indirect';
          if (quoted) quoted.used = true;
          else {
            for (const r of outer) if (r.open >= sStart && r.open < end) {
              r.used = true;
              kind = 'mixed';
            }
          }
          addDraft({
            kind,
            start: quoted ? quoted.open + 1 : skipClitic(text, sStart, tokens, tokenAt),
            end: quoted ? quoted.close : end,
            open: !s.ref && !s.unnamed,
            cue: { start: t.start, end: t.end },
            speaker: s.ref?.entity ?? null,
            speakerMention: s.ref ? { start: s.ref.start, end: s.ref.end } : null,
            addressee: s.addressee ?? null,
          });
        }
        continue;
      }
      if (cue && i >= 2 && /^(كما|مثلما)$/u.test(keys[i - 1]!) && !cue.form.participle && (tokenText(i - 2) === '،' || tokenText(i - 2) === ',' || regionEndingAt(tokens[i - 2]!.end))) {
        // «…، كما قال مديره X.»، «"…" مثلما صرح بذلك وزير الداخلية» (as its director X said): a source
        // after the content, at the end of the sentence — nothing but the subject after the verb (not «كما
        // أكد أن …», also stressed that).
        const sEnd = sentenceEnd(t.start);
        let rest = i + 1;
        while (rest < tokens.length && tokens[rest]!.start < sEnd && /^(بذلك|ذلك|حينها|انذاك|سابقا|للصحافه|للصحفيين)$/u.test(keys[rest]!)) rest++;
        const s = rest < tokens.length && tokens[rest]!.start < sEnd ? subjectIn(tokens[rest]!.start, sEnd) : {};
        let plain = !!s.ref && (s.ref.entity.type === 'PER' || s.ref.entity.type === 'ORG') && tokens[tokenAt(s.ref.start)]!.start <= (tokens[rest + 3]?.start ?? Infinity);
        for (let m = rest; plain && m < tokens.length && tokens[m]!.start < sEnd; m++) {
          if (COMPLEMENTISERS.has(keys[m]!) || tokenText(m) === ':' || regionByOpen.has(tokens[m]!.start)) plain = false;
        }
        // (At most two words after the subject, none opening an object: not «كما أعرب الوزير عن قلقه», also
        // expressed his concern.)
        let after = 0;
        for (let m = s.ref ? tokenAt(s.ref.end) : tokens.length; plain && m < tokens.length && tokens[m]!.start < sEnd; m++) {
          if (tokens[m]!.kind !== 'word') continue;
          // (But where the subject works, to the sentence's end: «، كما تقول ريتا دويتشباين من موقع تيلتاريف الألماني», as
          // Rita Deutschbein of the German site Teltarif says.)
          if (after === 0 && affiliationTail(m, sEnd)) break;
          if (++after > 2 || PREPOSITIONS.has(keys[m]!)) plain = false;
        }
        const sStart = sentenceStart(t.start);
        if (plain && s.ref && tokens[i - 2]!.start >= sStart) {
          const quoted = regionEndingAt(tokens[i - 2]!.end);
          let start: number = sStart;
          let end = tokens[i - 2]!.start;
          let kind: QuoteKind = 'indirect';
          if (quoted && !quoted.used && quoted.open >= sStart) {
            // «"ولو كان سريعا" مثلما صرح بذلك …»: the quoted words only.
            start = quoted.open + 1;
            end = quoted.close;
            kind = 'direct';
            quoted.used = true;
          } else {
            const lead = tokenAt(sStart);
            for (let j = lead; j < lead + 4 && j < i; j++) if (tokenText(j) === '،' && !clauseComma(lead, j)) start = tokens[j]!.end;
            start = skipClitic(text, start, tokens, tokenAt);
            for (const r of outer) if (r.open >= start && r.open < end) {
              r.used = true;
              kind = 'mixed';
            }
          }
          const prev = drafts.find((d) => d.end > start && d.start < end);
          if (prev) {
            if (!prev.speaker) {
              prev.speaker = s.ref.entity;
              prev.speakerMention = { start: s.ref.start, end: s.ref.end };
            }
          } else if (end - start > 10) {
            addDraft({ kind, start, end, cue: { start: tokens[i - 1]!.start, end: t.end }, speaker: s.ref.entity, speakerMention: { start: s.ref.start, end: s.ref.end }, addressee: s.addressee ?? null });
          }
          continue;
        }
      }
      if (cue) {
        handleCue(i, t, cue);
        continue;
      }

      // (The test of its first two letters here, not only inside: the reader is too large for V8 to optimise soon, the
      // loop is not, and most words go no further.)
      if (mayBeNounCue(keys[i]!)) nounCueQuote(i, t);
    }
  };
  readCues();

  /**
   * The direct quote tagged after its closing mark («“…“، قال توليفر.», “…,” said Toliver.) whose sentence
   * ends just before `open`, in the same paragraph: a quotation that opens the next sentence goes on with
   * its speaker («… قال توليفر. “نحن نستحق أن نعرف.», … said Toliver. “We deserve to know.”).
   */
  const taggedQuoteBefore = (open: number, p: Span): Draft | undefined => {
    const last = lastDraftBefore(drafts, open, (d) => d.end <= open && d.start >= p.start);
    if (!last || last.kind !== 'direct' || !last.cue || last.cue.start < last.end || !last.speaker) return undefined;
    const tagEnd = sentenceEnd(last.cue.end);
    return tagEnd <= open && /^[\s.!?؟…]*$/u.test(text.slice(tagEnd, open)) && /[.!?؟…]/u.test(text.slice(last.cue.end, open)) ? last : undefined;
  };
  const wordsIn = (from: number, to: number): number => text.slice(from, to).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  /**
   * A quotation whose closing mark never comes and that no cue before it claimed: one with a speech tag
   * after a comma inside it («“…، قال X»), one that opens the sentence after a tagged quote, or one that
   * fills its paragraph (it goes on with the last speaker, as a closed one does).
   */
  const unclosedUnclaimed = (r: Region, p: Span): void => {
    const end = trimEnd(text, r.open + 1, r.close);
    const words = wordsIn(r.open + 1, end);
    if (r.tagComma !== undefined && tokens[r.tagComma]!.start < r.close) {
      const m = r.tagComma;
      const tagEnd = sentenceEnd(tokens[m + 1]!.end);
      const s = subjectIn(tokens[m + 1]!.end, tagEnd);
      // «“… من فرنسا وسويسرا، قالت لوكالة فرانس برس.» (…, she told AFP.): a tag with a dropped subject, and
      // nothing but its addressee or a few words after the verb, speaks for the last speaker of its gender.
      const cue = cueAt(m + 1)!;
      const dropped = !s.ref && !s.unnamed && wordsIn(tokens[m + 1]!.end, tagEnd) <= 5 ? resolvePronoun(r.open, cue.form.gender) : null;
      if ((s.ref || dropped) && wordsIn(r.open + 1, tokens[m]!.start) >= 3) {
        addDraft({
          kind: 'direct',
          start: r.open + 1,
          end: tokens[m]!.start,
          cue: { start: tokens[m + 1]!.start, end: tokens[m + 1]!.end },
          speaker: s.ref ? s.ref.entity : dropped,
          speakerMention: s.ref ? { start: s.ref.start, end: s.ref.end } : null,
          addressee: s.addressee ?? null,
        });
        r.used = true;
      }
      return;
    }
    const tagged = words >= 2 ? taggedQuoteBefore(r.open, p) : undefined;
    const wholeParagraph = text.slice(p.start, r.open).trim() === '' && r.close >= p.end && words >= 4;
    // («… "أحبط عناصر الدرك …". وباقليم الناحية العسكرية الرابعة "ضبطت وحدة … سيارتين.»: an unclosed quotation of six words
    // or more that runs to the end of a paragraph where the last speaker already spoke goes on with that speaker, as a closed
    // one does.)
    // (Only with the mark a few words into its sentence, and the last speaker's words right before that sentence: not a
    // stray mark deep in a clause of the writer's, «… الذي ينص على "عند الشغور …».)
    const sStart = sentenceStart(r.open);
    // (An opening mark set apart before its first word — «الرابعة "ضبطت» —, not one glued to the word before it, which
    // closes: «فرد" ويليام بالقول …». And no person or body named before it in its sentence, whose words would be their
    // own: «وأهابت جمعية القضاة "بكل …».)
    const opensHere = /[\s(]/u.test(text[r.open - 1] ?? ' ') && /\p{L}/u.test(text[r.open + 1] ?? '');
    const early = opensHere && wordsIn(sStart, r.open) <= 5 && !refsIn(sStart, r.open).some((x) => x.entity.type === 'PER' || x.entity.type === 'ORG');
    const last = !tagged && !wholeParagraph && words >= 6 && r.close >= p.end && early ? lastSpeakerBefore(r.open) : undefined;
    const lastRight = last && last.end >= p.start && /^[\s.!?؟…"“”»]*$/u.test(text.slice(last.end, sStart));
    const d = tagged ?? (wholeParagraph ? lastSpeakerBefore(r.open) : lastRight ? last : undefined);
    if (!d) return;
    addDraft({ kind: 'direct', start: r.open + 1, end, cue: null, speaker: d.speaker, speakerMention: null, addressee: null });
    r.used = true;
  };

  /**
   * The person whose saying the marked words of `r` (in paragraph `p`) are, when «صاحب مقولة/عبارة/شعار» (the author of the
   * saying) stands right before the opening mark: the last person named before it in the paragraph, or in the headline
   * (the first paragraph) the first person the article names after it. Undefined otherwise.
   */
  const authorOfSaying = (r: Region, p: Span): Entity | undefined => {
    const k = tokenAt(r.open) - 1;
    if (k < 1 || tokens[k]!.kind !== 'word' || !AUTHORED_SAYINGS.has(bare(keys[k]!)) || !/^صاحب(ه)?$/u.test(keys[k - 1]!)) return undefined;
    const before = refsIn(p.start, tokens[k - 1]!.start).filter((x) => x.entity.type === 'PER' && !insideAny(drafts, x.start, x.end)).at(-1);
    if (before) return before.entity;
    if (p.start !== paragraphs[0]!.start) return undefined;
    return refsIn(p.end, text.length).find((x) => x.entity.type === 'PER')?.entity;
  };

  // Quotation marks no cue claimed.
  for (const r of outer) {
    if (r.used) continue;
    const p = paragraphOf(r.open);
    if (!r.closed) {
      unclosedUnclaimed(r, p);
      continue;
    }
    const words = wordsIn(r.open + 1, r.close);
    const wholeParagraph = text.slice(p.start, r.open).trim() === '' && text.slice(r.close + 1, p.end).replace(TRIM_END, '').trim() === '';
    // «…»، قال X : attribution after the quote.
    let j = tokenAt(r.close + 1);
    while (j < tokens.length && tokens[j]!.kind === 'punct' && tokens[j]!.start < p.end && !isTerminal(j)) j++;
    const post = j < tokens.length && tokens[j]!.start < p.end ? cueAt(j) : undefined;
    const opensOwn = post !== undefined && tagHasContent(j);
    // (Two or three words only when the quotation opens its sentence: «“لن نستسلم أبدا”، قالت النائبة …»,
    // not a term in marks inside a clause, nor a name in marks: «"أنا يقظ"، قالت المنظمة».)
    const opensSentence = /^[\s.!?؟…]*$/u.test(text.slice(sentenceStart(r.open), r.open));
    const inner = text.slice(r.open + 1, r.close).trim();
    const isName = namedTerm(r) || refsIn(r.open, r.close + 1).some((x) => text.slice(x.start, x.end) === inner);
    if (post && !post.form.participle && (words >= 4 || (words >= 2 && opensSentence && !isName)) && !opensOwn) {
      const s = subjectIn(tokens[j]!.end, sentenceEnd(tokens[j]!.end));
      const speaker = s.ref?.entity ?? (s.unnamed ? null : resolvePronoun(r.open, post.form.gender));
      addDraft({
        kind: 'direct',
        start: r.open + 1,
        end: r.close,
        cue: { start: tokens[j]!.start, end: tokens[j]!.end },
        speaker,
        speakerMention: s.ref ? { start: s.ref.start, end: s.ref.end } : null,
        addressee: s.addressee ?? null,
      });
      r.used = true;
      continue;
    }
    // «ذكرى اغتيال صاحب مقولة "يلزمنا ناقفو لتونس"» (the anniversary of the killing of the author of the saying "…"), «لكن
    // أفكار صاحب مقولة "…"»: the words in marks are the author's — the person named last before them in the paragraph, or,
    // in a headline, the first person the article names.
    const author = authorOfSaying(r, p);
    if (author && words >= 2) {
      const k = tokenAt(r.open) - 1;
      addDraft({ kind: 'direct', start: r.open + 1, end: r.close, cue: null, speaker: author, speakerMention: { start: tokens[k - 1]!.start, end: tokens[k]!.end }, addressee: null });
      r.used = true;
      continue;
    }
    // «الوزير سمير الطيب: "…"»: a name before a colon, no verb.
    const beforeOpen = text.slice(Math.max(p.start, r.open - 3), r.open);
    if (/:\s*$/u.test(beforeOpen) && words >= 2) {
      const colon = p.start + text.slice(p.start, r.open).lastIndexOf(':');
      // (Not a name behind a preposition: «وتوجه إليهم برسالة صوتية عبر "الجوهرة أف أم" هذا نصها: "…"», via the radio.)
      let who = refsIn(sentenceStart(colon), colon).filter((x) => x.entity.type === 'PER' || x.entity.type === 'ORG' || x.role).at(-1);
      // «وقالت ميركل في مستهل كلمة لها أمام البرلمان الألماني …، بدعوة من نظيره الألماني نوربار لامار، رئيس البندستاغ: "…"»
      // (Merkel said, opening her speech before the Bundestag …, at the invitation of his counterpart Lammert: "…"): a
      // sentence that opens on a speech verb and a person named right after it, with no other speech verb before the colon,
      // is that person's words, however long the circumstance before the colon.
      const opener = firstWordOfSentence(colon);
      // (Whether `who` is the sentence's own subject, found however far before the colon.)
      let ownSubject = false;
      const openerCue = opener + 1 < tokens.length && tokens[opener]!.start < colon ? cueAt(opener) : undefined;
      if (who && openerCue && !openerCue.form.participle) {
        const subject = refs[firstStartingAt(refs, tokens[opener + 1]!.start)];
        let otherCue = false;
        for (let m = opener + 1; m < tokens.length && tokens[m]!.start < colon && !otherCue; m++) otherCue = cueAt(m) !== undefined;
        const gender = openerCue.form.gender;
        // (A person: not «طلبت وزارة الداخلية … الإبلاغ عن 3 عناصر … وهم: "ناظم …" و"حمزة …"», names in marks after a list's colon.)
        if (subject && subject !== who && subject.start === tokens[opener + 1]!.start && !subject.role && subject.entity.type === 'PER' && !otherCue && (!gender || agrees(subject.entity, gender))) {
          who = subject;
          ownSubject = true;
        }
      }
      // «نشرت فلوريان فيليبوت، نائب رئيس لوبان في حزب "الجبهة الوطنية" تغريدة جاء فيها: "…"» (Florian Philippot, Le Pen's
      // deputy in the National Front, posted a tweet that read: "…"): a document that «جاء فيه» (read) is its publisher's —
      // the subject right after the verb of publishing it, not a body named in the subject's role.
      // (Not `publisherBefore`: the subject's role may run on past the few words it reads between the verb of publishing and
      // the document.)
      const fiha = tokenAt(colon) - 1;
      if (fiha > 2 && /^(فيه|فيها)$/u.test(keys[fiha]!) && /^(جاء|ورد)$/u.test(keys[fiha - 1]!) && !keys[fiha - 2]!.startsWith('ال') && publishedNoun(keys[fiha - 2]!)) {
        let v = fiha - 3;
        while (v > fiha - 16 && v >= 0 && tokens[v]!.start >= sentenceStart(colon) && !PUBLISH_VERB.test(keys[v]!)) v--;
        const publisher = v >= 0 && PUBLISH_VERB.test(keys[v]!) ? refs[firstStartingAt(refs, tokens[v]!.end)] : undefined;
        if (publisher && tokenAt(publisher.start) === v + 1 && (publisher.entity.type === 'PER' || publisher.entity.type === 'ORG') && !publisher.role) {
          who = publisher;
          ownSubject = true;
        }
      }
      // «والدة الشهيد خليفة السلطاني : "…"» (the martyr's mother: "…") in the headline: the one the body describes so, or nobody.
      const rel = who && !ownSubject && p.start === paragraphs[0]!.start && paragraphs.length > 1 ? relationBefore(who, tokenAt(sentenceStart(colon))) : -1;
      if (who && rel >= 0) {
        const described = describedRelative(keys[rel]!, who.entity, p.end, tokens[rel]!.start, who.end);
        addDraft({ kind: 'direct', start: r.open + 1, end: r.close, cue: null, speaker: described?.entity ?? null, speakerMention: { start: tokens[rel]!.start, end: who.end }, addressee: null });
        r.used = true;
        continue;
      }
      if (who && (colon - who.end <= 40 || ownSubject) && !afterPrepositionWord(who)) {
        addDraft({ kind: 'direct', start: r.open + 1, end: r.close, cue: null, speaker: who.entity, speakerMention: { start: who.start, end: who.end }, addressee: null });
        r.used = true;
        continue;
      }
    }
    // (Not when a tag of its own follows: «“لن نستسلم”، قالت النائبة سلمى علي.»)
    const tagged = post ? undefined : taggedQuoteBefore(r.open, p);
    if (tagged && words >= 2) {
      addDraft({ kind: 'direct', start: r.open + 1, end: r.close, cue: null, speaker: tagged.speaker, speakerMention: null, addressee: null });
      r.used = true;
      continue;
    }
    // «… قالت فريرا إنها ستزور ابنها … “هذا بيتي. أين سأذهب؟“»: a sentence that is only a quotation, in a
    // paragraph where someone already spoke, goes on with that speaker however short it is.
    const wholeSentence = words >= 2 && opensSentence && /^[\s.!?؟…،,]*$/u.test(text.slice(r.close + 1, sentenceEnd(r.close + 1)));
    if (wholeParagraph || words >= 6 || wholeSentence) {
      const d = lastSpeakerBefore(r.open);
      if (!d || (!wholeParagraph && d.end < p.start)) continue;
      // (A short quotation alone only right after its speaker's words: not the slogan on a banner two
      // sentences later.)
      if (!wholeParagraph && words < 6 && r.open > 0 && d.end < sentenceStart(tokens[Math.max(0, tokenAt(r.open) - 1)]!.start)) continue;
      addDraft({ kind: 'direct', start: r.open + 1, end: r.close, cue: null, speaker: d.speaker, speakerMention: null, addressee: null });
      r.used = true;
    }
  }

  // A live blog's entries «17:05 | عاجل | شرطة عمان السلطانية: انتشال …» (a time stamp, a label, then a body
  // or person and a colon): what follows the colon is that one's, as in a headline. Only a time-stamped
  // paragraph whose words before the colon are one name, with «لـ» + an addressee at most.
  // (Only with two stamped entries at least: a single «10:30 | …» is no live blog.)
  const stamps = paragraphs.map((p) => LIVE_STAMP.exec(text.slice(p.start, p.end)));
  const liveBlog = stamps.filter(Boolean).length >= 2;
  paragraphs.forEach((p, pi) => {
    const stamp = liveBlog ? stamps[pi] : null;
    if (!stamp) return;
    const from = p.start + stamp[0].length;
    const colon = text.indexOf(':', from);
    if (colon < 0 || colon >= p.end || colon - from > 80 || p.end - colon < 8) return;
    const who = refsIn(from, colon).find((r) => r.entity.type === 'PER' || r.entity.type === 'ORG');
    if (!who || text.slice(from, who.start).trim() !== '' || insideAny(drafts, colon + 1, p.end)) return;
    // (After the name only «لـ» + the one told: «للصحفيين»، «لـ«وام»»; not «لم يعلق» (did not comment).)
    const words: number[] = [];
    for (let k = tokenAt(who.end); k < tokens.length && tokens[k]!.start < colon; k++) if (tokens[k]!.kind === 'word') words.push(k);
    if (words.length && (!toldAt(words[0]!) || words.length > (keys[words[0]!] === 'ل' || keys[words[0]!] === 'لل' ? 2 : 1))) return;
    addLabelled(colon + 1, p.end, who);
  });

  // An interview's answers (حوار): a paragraph that opens with a dash after a question («● متى تبدأ …؟»
  // then «- وقّعنا في فبراير …») is the interviewee's, the person who spoke most before the questions.
  let asked = false;
  let interviewee: Entity | null | undefined;
  // (Only in an interview: two questions with their answers at least, or the word for an interview before
  // the first question — not a heading that ends in «؟» above a list of dashes.)
  let pairs = 0;
  let firstQuestion = -1;
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const q = text.slice(paragraphs[k]!.start, paragraphs[k]!.end).trim();
    if (!QUESTION_LINE.test(q) || !ANSWER_LINE.test(text.slice(paragraphs[k + 1]!.start, paragraphs[k + 1]!.end).trim())) continue;
    pairs++;
    if (firstQuestion < 0) firstQuestion = paragraphs[k]!.start;
  }
  const interview = pairs >= 2 || (pairs === 1 && INTERVIEW_WORDS.test(text.slice(0, firstQuestion)));
  for (const p of interview ? paragraphs : []) {
    const line = text.slice(p.start, p.end).trim();
    if (!line) continue;
    if (QUESTION_LINE.test(line)) {
      asked = true;
      continue;
    }
    const dash = ANSWER_LINE.exec(line);
    if (!asked || !dash) {
      asked = false;
      continue;
    }
    asked = false;
    const start = p.start + text.slice(p.start, p.end).indexOf(line) + dash[0].length;
    if (insideAny(drafts, start, p.end)) continue;
    if (interviewee === undefined) {
      const spoke = new Map<Entity, number>();
      for (const d of drafts) if (d.start < start && d.speaker?.type === 'PER') spoke.set(d.speaker, (spoke.get(d.speaker) ?? 0) + 1);
      interviewee = [...spoke].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }
    if (!interviewee) break;
    addDraft({ kind: 'direct', start, end: p.end, cue: null, speaker: interviewee, speakerMention: null, addressee: null });
  }

  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  if (speaksFor.size) for (const d of drafts) if (d.speaker && speaksFor.has(d.speaker)) d.speaker = speaksFor.get(d.speaker)!;
  // «المكتب التنفيذي لجمعية القضاة التونسيين»، «مكتب الجمعية» (the executive bureau of the judges' association, the
  // association's bureau) named as one body by the tagger: an organ speaks for its body when the article names that body
  // on its own too («جمعية القضاة»).
  const bodyOfOrgan = new Map<Entity, Entity | null>();
  for (const d of drafts) {
    const organ = d.speaker;
    if (!organ || organ.type !== 'ORG') continue;
    if (!bodyOfOrgan.has(organ)) bodyOfOrgan.set(organ, organsBody(organ, refs));
    const body = bodyOfOrgan.get(organ);
    if (body) d.speaker = body;
  }
  // Dropped subjects before any named speaker (an article that opens «وأوضح أن …» and names the
  // minister only later): the first person named as a speaker after them.
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.speaker || !d.open) continue;
    if (drafts.slice(0, k).some((x) => x.speaker)) break;
    // (Not a plural verb: «وأكدوا» (they stressed) is no one person named later.)
    if (d.gender === 'p') continue;
    // (Nor a verb whose subject is a document or a study: «كشف تقييم سري لوكالة الاستخبارات المركزية أن …», a secret
    // assessment of the CIA revealed.)
    if (d.cue) {
      const after = tokenAt(d.cue.end - 1) + 1;
      const subject = bare(keys[after] ?? '');
      if (after < tokens.length && tokens[after]!.kind === 'word' && (documentNoun(keys[after]!) !== undefined || STUDY_NOUNS.has(subject) || DATA_NOUNS.has(subject))) continue;
    }
    const next = drafts.slice(k + 1).find((x) => x.speaker && x.speakerMention && x.speaker.type === 'PER');
    // (A feminine verb only for a woman known as one: «أعلنت … اعتقال قيادي» opening a story is mostly a body's
    // announcement, and a man of unknown gender named later is not its subject.)
    if (next && (!d.gender || (d.gender === 'f' ? gender.get(next.speaker!.id) === 'f' : agrees(next.speaker!, d.gender)))) d.speaker = next.speaker;
  }
  // «أكدت مديرة التجارة لولاية البليدة أن … وأوضحت المسؤولة ذاتها، زوبيدة حمادوش، أن …» (the Blida trade director stressed
  // … the same official, Zoubida Hamadouche, explained …): a role with no name after a verb, then «the same» role named in
  // apposition in the next quote, is that person.
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k]!;
    const next = drafts[k + 1]!;
    if (d.speaker || !d.cue || !next.speaker || next.speaker.type !== 'PER' || !next.speakerMention || !next.cue || next.cue.start < d.end) continue;
    const after = tokenAt(d.cue.end - 1) + 1;
    if (after >= tokens.length || findIn(keys[after]!, ROLE_HEADS) === undefined || DEFINITE.test(keys[after]!)) continue;
    // (The name between commas right after «the same» + a definite noun, right after the next cue.)
    const at = tokenAt(next.speakerMention.start);
    const cueTok = tokenAt(next.cue.start);
    if (at !== cueTok + 4 || !(tokenText(at - 1) === '،' || tokenText(at - 1) === ',') || !SAME_ONE.test(keys[at - 2]!) || !DEFINITE.test(keys[at - 3]!)) continue;
    if (d.gender && !agrees(next.speaker, d.gender)) continue;
    d.speaker = next.speaker;
    d.speakerMention = { start: tokens[after]!.start, end: tokens[after]!.end };
  }
  if (describedHeadline && text.slice(describedHeadline.from, describedHeadline.end).trim().length > 5 && !insideAny(drafts, describedHeadline.from, describedHeadline.end)) {
    // (After the dropped subjects above, which look for the first named speaker of the body.)
    // The first person of the description's gender whose words the body's first paragraphs quote: «مسؤول ألماني:
    // "…"» above «قال رئيس حكومة ولاية بادن-فورتمبرغ … فينفريد كرتشمان …».
    // (The headline's next three paragraphs, a byline may take one. An unnamed speaker of that gender first — «قال مسؤول
    // أمريكي، طلب عدم الكشف عن اسمه» — is the one described: then nobody is named.)
    const within = paragraphs[Math.min(3, paragraphs.length - 1)]!.end;
    const h = describedHeadline;
    // (The drafts are in text order here.)
    const body = drafts.find((d) => d.start >= first.end && d.start < within && (d.speaker ? d.speaker.type === 'PER' && agrees(d.speaker, h.gender) : d.gender === h.gender));
    // A role in construct in the label («مدير عام النقل البري:», «رئيس الحكومة من سوسة:») is that person's only when the
    // body gives the person the same role, next to the name or among the titles: not «قال والي سوسة محمد علي» under
    // «رئيس الحكومة». (A role behind a preposition describes: «نائب عن نداء تونس:», an MP for Nidaa Tounes.)
    const holdsLabelRole = (d: Draft): boolean => {
      if (h.role === undefined) return true;
      if (d.speaker && titledWith(d.speaker, h.role, false)) return true;
      if (!d.speakerMention) return false;
      const at = tokenAt(d.speakerMention.start);
      for (let k = Math.max(tokenAt(first.end), at - 12); k < Math.min(tokens.length, tokenAt(d.speakerMention.end) + 3); k++) if (tokens[k]!.kind === 'word' && findIn(keys[k]!, ROLE_HEADS) === h.role) return true;
      return false;
    };
    if (body?.speaker && holdsLabelRole(body)) {
      if (outer.every((r) => r.open < h.from || r.open >= h.end || !r.used)) {
        addLabelled(h.from, h.end, { start: h.label.start, end: h.label.end, entity: body.speaker, role: true });
        drafts.sort((a, b) => a.start - b.start || a.end - b.end);
      }
    }
  }
  // «… موزعة على النحو التالي:» (distributed as follows:) closing a paragraph: the list in the next paragraph is what was
  // said too, unless a quote of its own is there.
  for (const d of drafts) {
    const colon = /^[ \t]*:[ \t]*\n/u.exec(text.slice(d.end, d.end + 8));
    if (!colon) continue;
    const next = paragraphs.find((p) => p.start >= d.end + colon[0].length);
    // (Also a list of dashes after any words: «… لم تتحقق طبق ما ورد بالفصل 80 من الدستور، وأساسا: ¶ - عدم وجود …».)
    if (!next || !(LIST_LEADS.test(text.slice(Math.max(d.start, d.end - 12), d.end)) || LIST_ITEM.test(text.slice(next.start, next.start + 3)))) continue;
    // (Up to the sentence before another quote's cue in that paragraph: «… الوسائل الاستثنائية. كما اعتبر …».)
    let upTo = next.end;
    for (const x of drafts) if (x !== d && x.end > next.start && x.start < next.end) upTo = Math.min(upTo, x.cue?.start ?? x.start);
    if (upTo < next.end) {
      const stop = Math.max(text.lastIndexOf('.', upTo), text.lastIndexOf('؟', upTo));
      if (stop <= next.start) continue;
      upTo = stop;
    }
    let end = upTo;
    while (end > next.start && /[\s.]/u.test(text[end - 1]!)) end--;
    if (end > next.start) d.end = end;
  }
  // «ودعا الاتحاد إلى اتخاذ جملة من الإجراءات العاجلة: – إطلاق حملة وطنية … – دعم الموارد البشرية …» (the union called for
  // urgent measures: – a national campaign …; – support for …): a list run on in the paragraph after a colon, each item a
  // sentence opening on a dash, is what was said up to the first sentence that opens otherwise.
  for (const d of drafts) {
    if (!INLINE_LIST_OPEN.test(text.slice(d.start, d.end))) continue;
    const paragraphEnd = paragraphOf(d.end).end;
    let end = d.end;
    for (;;) {
      const item = INLINE_LIST_NEXT.exec(text.slice(end, Math.min(paragraphEnd, end + 6)));
      if (!item) break;
      const from = end + item[0].length;
      const stop = text.indexOf('.', from);
      const itemEnd = stop < 0 || stop > paragraphEnd ? paragraphEnd : stop;
      // (Not over another quote's cue: the item is then someone's words of its own.)
      if (drafts.some((x) => x !== d && (x.cue?.start ?? x.start) >= end && (x.cue?.start ?? x.start) < itemEnd)) break;
      end = itemEnd;
      while (end > from && /\s/u.test(text[end - 1]!)) end--;
    }
    d.end = end;
  }
  // «وأوضحت أن بعض السياسيين يستعدون للانتخابات … ومن ضروب سلوك بعض السياسيين أن يتنقلوا … على حد تعبيرها.» (she explained
  // that …; among the ways of some politicians is …, in her words): a sentence whose words a pronoun tag at its end gives
  // back to the speaker of the quote that closed the sentence right before it goes on with that quote — one quote over both
  // sentences, as the writer meant.
  for (let k = drafts.length - 1; k > 0; k--) {
    const d = drafts[k]!;
    const prev = drafts[k - 1]!;
    if (!d.cue || d.cue.start < d.end || !d.speakerMention || d.speakerMention.start !== d.cue.start || !d.speaker || prev.speaker !== d.speaker) continue;
    if (prev.kind === 'direct' || prev.end > d.start || !/^[\s.!?؟…]*[وف]?$/u.test(text.slice(prev.end, d.start))) continue;
    if (!/[.!?؟…]/u.test(text.slice(prev.end, d.start)) || paragraphOf(prev.end) !== paragraphOf(d.start)) continue;
    // (Not a sentence of the writer's that opens on a verb of its own — «وقدم الهمامي مقترحات …، بحسب تعبيره» (Hammami put
    // forward proposals …, in his words) is one more statement — nor one that turns to another speaker: «من جانبه عرف الخبير …».)
    const opening = tokenAt(d.start);
    if (opening < tokens.length && tokens[opening]!.kind === 'word' && (verbLike(tokenText(opening)) || cueAt(opening) !== undefined) && !/^(تم|يتم|يجب|سيتم)$/u.test(keys[opening]!)) continue;
    if (/^(من جانب|من جهت|من ناحيت|بدور)/u.test(text.slice(d.start, d.start + 12))) continue;
    // (Nor one that names the speaker again: «واختمت هالة شيخ روحه مداخلتها بالقول …».)
    if (refsIn(d.start, d.end).some((r) => r.entity === d.speaker)) continue;
    prev.end = d.end;
    if (d.kind === 'mixed') prev.kind = 'mixed';
    drafts.splice(k, 1);
    // (A cue inside the sentence now quoted, with no speaker of its own, is the speaker's words about others: «… ويبين
    // للناس أنه …» (and shows people that he …), said of the politicians the speaker describes.)
    for (let m = drafts.length - 1; m >= k; m--) if (drafts[m]!.start >= prev.start && drafts[m]!.end <= prev.end && !drafts[m]!.speaker) drafts.splice(m, 1);
  }
  return drafts.map((d, i) => ({
    id: `q${i + 1}`,
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    cue: d.cue ? textSpan(text, d.cue) : null,
    speaker: d.speaker?.id ?? null,
    speakerMention: d.speakerMention ? textSpan(text, d.speakerMention) : null,
    addressee: d.addressee && d.addressee.id !== d.speaker?.id ? d.addressee.id : null,
  }));
}

/** {@link ORGANS} without the article: «مكتب الجمعية» names an organ as «المكتب» does. */
const ORGAN_HEADS: ReadonlySet<string> = new Set([...ORGANS].map((w) => w.replace(/^ال/u, '')));
/**
 * Adjectives of an organ that are not nisbas, keyed: «الأمانة العامة» (the general secretariat), «المجلس الأعلى» (the high
 * council), «الهيئة الموسعة» (the enlarged board), «الهيئة المديرة» (the steering board).
 */
const ORGAN_ADJECTIVES: ReadonlySet<string> = new Set(['العام', 'العامه', 'الاعلي', 'العليا', 'الموسع', 'الموسعه', 'المدير', 'المديره', 'المسير', 'المسيره', 'الدائم', 'الدائمه'].map((w) => nameKey(w)));

/**
 * The body an organ `organ` belongs to, when its name is an organ's head, adjectives, then «ل» + the body or the body in
 * construct («المكتب التنفيذي لجمعية القضاة التونسيين»، «مكتب الجمعية»), and another body of the article (in `refs`) is
 * that body: its name begins the rest, or the rest begins its name, or the rest is its head noun alone. Null otherwise.
 */
function organsBody(organ: Entity, refs: readonly Ref[]): Entity | null {
  const words = nameKey(organ.name).split(' ');
  if (words.length < 2 || !ORGAN_HEADS.has(words[0]!.replace(/^ال/u, ''))) return null;
  let k = 1;
  // (Past its adjectives, never the last word: «مكتب الجمعية» has the body, not an adjective, in «الجمعية».)
  while (k < words.length - 1 && (DEFINITE_NISBA.test(words[k]!) || ORGAN_ADJECTIVES.has(words[k]!))) k++;
  if (k >= words.length) return null;
  const first = words[k]!;
  // «لجمعية» → «جمعية»، «للجمعية» → «الجمعية»; in construct the rest as written («مكتب الجمعية»).
  const lam = first.startsWith('لل') ? 'ال' + first.slice(2) : first.startsWith('ل') && k > 1 ? first.slice(1) : k === 1 && !first.startsWith('ل') ? first : '';
  if (!lam) return null;
  const rest = [lam, ...words.slice(k + 1)].join(' ');
  const bare = (w: string): string => w.replace(/^ال/u, '');
  let found: Entity | null = null;
  for (const r of refs) {
    const e = r.entity;
    if (e === organ || e.type !== 'ORG' || e === found) continue;
    const key = nameKey(e.name);
    const keyWords = key.split(' ');
    const headAlone = !rest.includes(' ') && bare(rest) === bare(keyWords[0]!);
    if ((keyWords.length >= 2 && (rest === key || rest.startsWith(key + ' ') || key.startsWith(rest + ' '))) || headAlone) {
      if (found) return null;
      found = e;
    }
  }
  return found;
}

/** The words that announce a list after a colon: «على النحو التالي» (as follows), «كالتالي»، «كما يلي»، «الآتي». */
const LIST_LEADS = /(?:^|\s)(?:التالي|كالتالي|التالية|يلي|مايلي|الآتي|الاتي|كالآتي|كالاتي)\s*$/u;

/** A colon and a dash that open a list inside a paragraph: «…: – إطلاق حملة …». */
const INLINE_LIST_OPEN = /:\s*[-–]\s*\S/u;
/** The end of one inline list item and a dash opening the next: «… الاحتكار. – دعم …». */
const INLINE_LIST_NEXT = /^[.;؛]?\s*[-–]\s*/u;

/** A paragraph that opens a list item: a dash or a bullet. */
const LIST_ITEM = /^\s*[-–•]/u;

/** A byline's words: «كتب» (wrote), «كتبت», «بقلم» (by), «إعداد» (prepared by), «تقرير» (report by), a dash. */
const BYLINE_WORDS = /^(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير|متابعة|-|–|—)$/u;

/**
 * The byline under a headline — «كتب فهيد العتيبي», «الجزائر: رشيدة بلقاسمي», «سمير بوخالفة» — as the span
 * of its paragraph: the second or third paragraph, of two to six words, without a sentence mark or a
 * quotation mark, that is a name with at most a byline word or a dateline («الجزائر:») before it (the
 * caller checks that a person is named on it). Undefined when there is none.
 */
function bylineSpan(text: string, paragraphs: readonly Span[]): Span | undefined {
  for (let p = 1; p < Math.min(3, paragraphs.length); p++) {
    const para = paragraphs[p]!;
    const line = text.slice(para.start, para.end).trim();
    if (!line || /[.!؟?«»"“”]/u.test(line)) continue;
    const words = line.replace(/^[^:]{1,20}:\s*/u, '').split(/\s+/u);
    const name = BYLINE_WORDS.test(words[0]!) ? words.slice(1) : words;
    if (name.length >= 2 && name.length <= 4 && line.split(/\s+/u).length <= 6 && name.every((w) => /^[\u0621-\u064A]+$/u.test(w))) return para;
  }
  return undefined;
}

function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

function insideAny(drafts: readonly Draft[], start: number, end: number): boolean {
  return drafts.some((d) => Math.min(d.end, end) - Math.max(d.start, start) > 0.5 * (end - start));
}

/**
 * Pairs the quotation marks of one paragraph. « » are directional; the others are decided by shape:
 * a mark after a space and before a letter opens, one after a letter closes, whatever its glyph
 * (writers close “ with “ again).
 */
function pairMarks(text: string, p: Span, out: Region[]): void {
  const stack: { pos: number; ch: string }[] = [];
  let lastClose = -1;
  MARKS.lastIndex = p.start;
  for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch in OPEN_CLOSE) {
      stack.push({ pos: i, ch });
      continue;
    }
    if (ch === '»' || ch === '›') {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPEN_CLOSE[stack[k]!.ch] === ch) {
          out.push({ open: stack[k]!.pos, close: i, closed: true, used: false });
          stack.length = k;
          break;
        }
      }
      continue;
    }
    // (An apostrophe that is a mark is read as «"» is; it also closes a «"» and is closed by one: «" سواء كانوا … أخرى'،».)
    if (ch === APOSTROPHE ? !apostropheIsMark(text, i, stack.length > 0) : !SYMMETRIC.has(ch)) continue;
    // (An apostrophe after «لـ» opens as after a space: «لـ'الجاهلية الحديثة'».)
    const before = i > p.start && !(ch === APOSTROPHE && text.charCodeAt(i - 1) === TATWEEL) ? text[i - 1]! : ' ';
    const after = i + 1 < p.end ? text[i + 1]! : ' ';
    // (Not «… إدعاءات "، مضيفا»: a mark followed by a comma or stop closes, whatever stands before it.)
    const openerShape = /[\s([«:،,]/u.test(before) && !/[\s.،,;؛:!?؟)]/u.test(after);
    const top = stack.at(-1);
    const topSymmetric = top !== undefined && shapedMark(top.ch);
    // «… أن " الدولة تعمل …"»: a mark spaced on both sides after a complementiser, a speech verb or a
    // colon opens, even with another mark open before it.
    const introduced = /\s/u.test(before) && /\s/u.test(after) && introducesQuote(text.slice(Math.max(p.start, i - 24), i));
    // «الفرنسي"Guy sitbon "ضيف بولتيكا» (the spaces typed on the wrong sides): a mark glued to the words on both its sides
    // is closed by the next one, shaped as an opener, a few words on in the same clause.
    const swapped = topSymmetric && openerShape && LETTER.test(text[top.pos - 1] ?? ' ') && LETTER.test(text[top.pos + 1] ?? ' ') && /\s/u.test(before) && /^[^.،,:;؛!?؟\n]*$/u.test(text.slice(top.pos + 1, i)) && text.slice(top.pos + 1, i).trim().split(/\s+/u).length <= 4;
    if (topSymmetric && ((!openerShape && !introduced) || swapped)) {
      out.push({ open: top.pos, close: i, closed: true, used: false });
      stack.pop();
      lastClose = i;
    } else if (!top && /\p{L}/u.test(before) && /\s/u.test(after) && introducesQuote(text.slice(Math.max(p.start, i - 24), i))) {
      // «وقال" أنتِ لا تمثلين …"» (and he said: "you do not represent …"): a mark written against a speech
      // verb or a complementiser opens, whatever its shape.
      stack.push({ pos: i, ch });
    } else if (!top && ((CLOSER_BEFORE.test(before) && CLOSER_AFTER.test(after)) || (STOP_AFTER.test(after) && !/[\p{L}.]/u.test(text[i + 2] ?? ' ')))) {
      // «… في جلسة لاحقة "، مشيرا إلى أن …»: a mark right before a comma or a stop closes by its shape,
      // even spaced from the word before it; with nothing open it is stray and opens nothing.
      // «… الخارجية". وأكد أن …»: a closing mark with nothing open (its opener was never written) opens
      // nothing either; pushed, it would pair with the next closing mark and swallow every cue between.
      continue;
    } else if (!top && /\s/u.test(before) && /\s/u.test(after) && lastClose >= p.start && /^\s+$/u.test(text.slice(lastClose + 1, i))) {
      // «منظمة "أنا يقظ" " ذكرت …»: a mark standing alone right after a closing one is a doubled mark.
      continue;
    } else stack.push({ pos: i, ch });
  }
  // (A mark glued to letters on both sides that nothing closed is stray when a later one is still open: in «… والرأي
  // العام"واستباق … مضيفا " يبدو أن …» the words left open are the ones after «مضيفا».)
  const glued = (m: { pos: number }): boolean => LETTER.test(text[m.pos - 1] ?? ' ') && LETTER.test(text[m.pos + 1] ?? ' ');
  const open = stack.length > 1 ? stack.filter((m) => !glued(m)) : stack;
  const bottom = (open.length ? open : stack).find((s) => shapedMark(s.ch) || s.ch in OPEN_CLOSE);
  if (bottom && p.end - bottom.pos > 2) out.push({ open: bottom.pos, close: p.end, closed: false, used: false });
}

/** Whether the text before a quotation mark ends with a complementiser, a speech verb or a colon. */
function introducesQuote(before: string): boolean {
  const m = /(\S+)\s*$/u.exec(before);
  if (!m) return false;
  if (m[1]!.endsWith(':')) return true;
  const k = nameKey(m[1]!);
  // (Also the noun of saying: «وتابعت بالقول" …"», she went on saying; «قوله" …"», his saying.)
  return COMPLEMENTISERS.has(k) || isCueWord(k) || SAYING_NOUNS.test(k) || BY_SAYING.test(k);
}

/** Skips a complementiser at the start of quoted content: «"إن القرار …"» → «القرار …». */
function skipComplementiser(text: string, pos: number, keys: readonly string[], tokens: readonly Token[], tokenAt: (p: number) => number): number {
  let s = pos;
  while (s < text.length && /\s/u.test(text[s]!)) s++;
  const j = tokenAt(s);
  // «"آن الأوان …"» (the time has come): آن is a verb, not أن with its hamza dropped.
  if (j < tokens.length && tokens[j]!.start === s && COMPLEMENTISERS.has(keys[j]!) && text[s] !== ALEF_MADDA) return tokens[j]!.end;
  return pos;
}

/** Skips a leading و/ف clitic of the first word when the segmenter marked it as a proclitic. */
function skipClitic(text: string, pos: number, tokens: readonly Token[], tokenAt: (p: number) => number): number {
  let s = pos;
  while (s < text.length && /[\s،,]/u.test(text[s]!)) s++;
  const j = tokenAt(s);
  const t = tokens[j];
  if (t && t.start === s) {
    const seg = t.segments[0];
    if (seg && seg.role === 'proclitic' && /^[وف]$/u.test(text.slice(seg.start, seg.end))) return seg.end;
  }
  return s;
}

function trimStart(text: string, start: number, end: number): number {
  const m = TRIM_START.exec(text.slice(start, end));
  return start + (m ? m[0].length : 0);
}

/** One character of {@link TRIM_END}'s class. */
const TRIM_END_CHAR = /^[\s.،,;؛:!?؟…\-–—"“”„‟″«»]$/u;

function trimEnd(text: string, start: number, end: number): number {
  // (What TRIM_END strips, read backwards from the end: the regex scanned the whole quote for its match.)
  let e = end;
  while (e > start && TRIM_END_CHAR.test(text[e - 1]!)) e--;
  // Keep a closing mark that pairs with an opening one inside the quote only if it is not at the end.
  while (e > start && /[\u064B-\u065F\u0670]/u.test(text[e] ?? '')) e++;
  return e;
}

/**
 * The gender of a person (see {@link personGender}) from the first word of the name and the heads of
 * the titles written beside it.
 */
function entityGender(e: Entity): PersonGender | undefined {
  if (e.type !== 'PER') return undefined;
  const heads: string[] = [];
  for (const t of e.titles ?? []) {
    const w = nameKey(t).split(' ')[0] ?? '';
    const head = findIn(w, ROLE_HEADS) ?? findIn(w, HONORIFICS);
    if (head) heads.push(head);
  }
  return personGender(nameTokens(e.name), heads);
}

/** Organisations named by a feminine noun (وزارة، هيئة، حكومة) take feminine verbs. */
function feminineOrg(e: Entity): boolean {
  const first = nameKey(e.name).split(' ')[0] ?? '';
  return first.endsWith('ه') || first.endsWith('ات') || e.type === 'LOC';
}
