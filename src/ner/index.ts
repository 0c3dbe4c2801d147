/**
 * The `ner` stage: tags each sentence's tokens with the shipped model and turns BIO runs into
 * typed name mentions (the internal `mentions` layer; `entities()` clusters them into entities).
 *
 * Mention spans leave out attached clitics, using the segmenter's segments: «لبلينكن» (to Blinken)
 * gives «بلينكن», «بالمملكة المتحدة» (in the United Kingdom) gives «المملكة المتحدة». The article
 * ال stays when it is part of the name («العراق», Iraq); the fused لل (ل + ال) is dropped whole.
 *
 * @packageDocumentation
 */
import type { AnalysisDocument, EntityType, NamedMention, Token } from '../document.ts';
import type { Stage, StageContext } from '../pipeline/pipeline.ts';
import { spansOf, type Tag, type TokenSpan } from './conll.ts';
import { ON_WRITTEN, propagateNames } from './consistency.ts';
import { getNerModel, tagSentences, type NerModel } from './model.ts';
import { fold } from './fold.ts';
import { CORPUS_PERSONS } from './data/corpus-persons.ts';
import { wordFacts, type GazetteerType } from './features.ts';
import { dottedAcronymStop, stripProclitics } from '../segment/index.ts';
import { ARTICLE, COMPLEMENTISER_ENDS, definiteGivenName, NAME_PARTICLES, extendBelSurnames, extendCompoundGivenNames, trimRunOnWords, splitNameLists, untagBareTitles, LAM_GIVEN_NAMES, kunyaNames, mannerAfterSpeech, nameReading, namingWordNames, nisbaAdjective, QUOTATION_MARK, roleNoun, speechParticiple, proposeSlotNames, roleBefore, slotLexicon, SURNAME_HEADS, TIMES_OF_DAY, ALI, type SlotLexicon } from './slots.ts';
import { agencyAcronym, ARABIC_TOKEN, feminineBeforeCountry, knownPlaceWord, listedPlaceLength, listedPlaceOffset, mark, outletNoun, PLACE_TYPES, proposeNamedPlaces, proposePlaces } from './places.ts';
import { channelNames, competitionNames, extendPartyNames, forceUnits, headedBy, localUnitTowns, municipalities, placeBodies, proposeOrganisations, scoreOrPointsAt, type NestedTown, type TownTest } from './orgs.ts';
import { TRIGGERS } from './triggers.ts';
import { AM_LETTERS, ARABIC_WORD, cutDefiniteHeadObjects, extendGivenNames, extendNisbaSurnames, extendOrgHeads, FM_LETTERS, splitDefiniteHeads, trimFunctionWords, VAN } from './edges.ts';
import { lexiconForm, possessedNounForm } from '../segment/lexicon-form.ts';
import { RELATIVE_NOUNS } from '../text/person-words.ts';
import { getLexicon } from '../segment/clitics.ts';
import { LISTED_GIVEN_NAMES } from './given-names.ts';
import { COUNTRY_VARIANTS } from '../text/country-names.ts';

export { TAGS, parseConll, spansOf, type Tag } from './conll.ts';
export { getNerModel, loadNerModel, modelAvailable, tagSentences, tagTokens, type NerModel } from './model.ts';

/** Harakat, the dagger alef and tatweel, which the tagger does not read: one test per document (see {@link HARAKAT}). */
const HAS_HARAKA = /[\u064B-\u065F\u0670\u0640]/u;
/** Tanween (the indefinite endings «ـً ـٌ ـٍ»). */
const TANWEEN = /[\u064B-\u064D]/u;
/** «و» (and), folded: a name part that opens with it may be a second name. */
const WAW = 'و';
/** «ل» (to), folded. */
const LAM = fold('ل');
/** A monarch's or pope's title before a regnal name: «الملكة» (the queen), «ملك» (king of), «البابا» (the pope); folded. */
const MONARCH_TITLES: ReadonlySet<string> = new Set(['الملك', 'الملكة', 'ملك', 'ملكة', 'البابا', 'السلطان', 'القيصر', 'الإمبراطور', 'الإمبراطورة'].map(fold));
/** Regnal ordinals after a monarch's name, both genders, folded: «إليزابيث الثانية», «جورج السادس». */
const REGNAL_ORDINALS: ReadonlySet<string> = new Set(
  'الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة'.split(' ').map(fold),
);
/** A word that may be an imperfect verb: «يحيي» (he commemorates), «تدعو» (she calls). */
const IMPERFECT_PREFIX = /^[يت][\u0621-\u064A]{2,}$/u;
/** «على» (on) and «لسان» (tongue), folded: «على لسان X» (in the words of X). */
const ON = fold('على');
const TONGUE = fold('لسان');
/**
 * Heads of compound names a conjunction may stand before — a surname's (`SURNAME_HEADS`: «وعبد الله», «وأبو بكر») or a given
 * name's («وأم كلثوم», «وسيدي محمد») — and of places the tagger may type a person («وعين صالح», and In Salah; «وبئر أيوب»),
 * folded.
 */
const NAME_HEADS_AFTER_CONJUNCTION: ReadonlySet<string> = new Set([...SURNAME_HEADS, ...['أم', 'آل', 'ولد', 'سيدي', 'أبي', 'عين', 'بئر', 'برج', 'رأس'].map(fold)]);

/** «التونسي», «التونسية» (Tunisian), folded: the adjective of names of Tunisia's own bodies and outlets («الحوار التونسي»). */
const TUNISIAN_ADJECTIVES: ReadonlySet<string> = new Set(['التونسي', 'التونسية'].map(fold));

/** «للشغل» (of labour), folded: the last word of a labour union's name («الاتحاد العام التونسي للشغل»). */
const OF_LABOUR = fold('للشغل');

/** A word behind «ب/ل/ك» that is a common noun (its form with the article frequent) or has the article: «بفريق», «بالمنستير». */
function prepositionalNoun(folded: string): boolean {
  if (!/^[بلك]/u.test(folded)) return false;
  const rest = folded.slice(1);
  return rest.startsWith(ARTICLE) || rest.startsWith('ل') || (getLexicon().get(ARTICLE + rest) ?? 0) >= 5;
}
/** Particles that a writer marks to be read as particles (على on, not Ali; من from), kept as written for the tagger. */
const MARKED_PARTICLES: ReadonlySet<string> = new Set(['على', 'إلى', 'في', 'من', 'عن', 'مع', 'أن', 'إن', 'لا', 'ما']);

/** Token kinds a name may start or end with. */
const NAME_KINDS: ReadonlySet<Token['kind']> = new Set(['word', 'latin', 'number', 'hashtag', 'mention']);

/** Options for {@link ner}. */
export interface NerOptions {
  /** Use this model instead of the shipped one (loaded lazily on first use). */
  model?: NerModel;
  /**
   * Tag the people the news corpus names often (`CORPUS_PERSONS`) where the tagger left them out; on by default. Off for
   * the script that harvests that list from the NER's own output (scripts/build-person-names.ts).
   */
  corpusPersons?: boolean;
}

/** Proclitics a listed person's first word may carry (folded): «والمنصف المرزوقي», «لخليل الغرياني». */
const PERSON_PROCLITICS: readonly string[] = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
/** `CORPUS_PERSONS` as one look-up per token: each written (folded) form of a first word → the names it opens, longest first. */
let corpusPersonIndex: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;
/**
 * `CORPUS_PERSONS` by every folded form of their first word: behind the proclitics, and a Maghrebi given name with the
 * article too, after them or behind an elided «لل» — «المنصف/للمنصف المرزوقي» for «منصف المرزوقي».
 */
function corpusPersons(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (corpusPersonIndex) return corpusPersonIndex;
  const index = new Map<string, string[][]>();
  const add = (form: string, words: string[]): void => {
    const list = index.get(form) ?? [];
    list.push(words);
    index.set(form, list);
  };
  for (const [name] of CORPUS_PERSONS) {
    const words = name.split(' ').map(fold);
    const first = words[0]!;
    const definite = LISTED_GIVEN_NAMES.has(ARTICLE + first);
    for (const p of PERSON_PROCLITICS) {
      add(p + first, words);
      if (definite) add(p + ARTICLE + first, words);
    }
    if (definite) for (const p of ['', 'و', 'ف']) add(p + 'لل' + first, words);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return (corpusPersonIndex = index);
}

/** The family names (last words, folded, four letters or more) of the `CORPUS_PERSONS` of two words or more. */
let corpusFamilyNameSet: ReadonlySet<string> | undefined;
function corpusFamilyNames(): ReadonlySet<string> {
  if (corpusFamilyNameSet) return corpusFamilyNameSet;
  const set = new Set<string>();
  for (const [name] of CORPUS_PERSONS) {
    const words = name.split(' ').map(fold);
    if (words.length >= 2 && words.at(-1)!.length >= 4) set.add(words.at(-1)!);
  }
  return (corpusFamilyNameSet = set);
}

/**
 * Where a name starts inside its first token, in document offsets: after the conjunction and
 * preposition proclitics, keeping the article ال (the segmenter's `stripProclitics`). `known`
 * tells which bare forms are names or words (folded, see `fold()`), so that a word the segmenter's
 * lexicon has never seen (لبلينكن, to Blinken) is still split when بلينكن is known. `whole` is true
 * when the form asked about is the token itself (which trivially occurs in its own document).
 */
export function nameStart(text: string, token: Token, known?: (folded: string, whole: boolean) => boolean): number {
  if (token.kind !== 'word') return token.start;
  const word = text.slice(token.start, token.end);
  const whole = fold(word);
  const { start } = stripProclitics(word, known ? { known: (form) => known(fold(form), fold(form) === whole) } : {});
  return start > 0 && start < word.length ? token.start + start : token.start;
}

/**
 * «أوليفيي بوافر دارفور، …» and later «وأوضح بوافر دارفور، …» (Olivier Poivre d'Arvor): a one-word place right after a
 * person's name and before punctuation, twice in the document after the same last word of the name, is the name's last
 * word («دارفور», also Darfur) — a place the project or the gazetteer lists is left a place (and a place once is the
 * verb's object as often: «زار ماكرون تونس،»). So is a definite common word the tagger left out, before punctuation or
 * «إن/أن»: «قالت وزيرة السياحة سلمى اللومي الرقيق إن …» and «وأكدت اللومي الرقيق أن …» (a married name, «الرقيق» also
 * «slaves»), but for a word `excluded` says is no name's (a time, a nationality). Folded words `folded`, sentence by sentence;
 * `listed` tells a listed place. Returns the persons so completed, by sentence and first and last token.
 */
function repeatedNameEnds(sentences: readonly { tokens: readonly string[]; tags: Tag[] }[], folded: readonly (readonly string[])[], listed: (folded: string) => boolean, excluded: (folded: string) => boolean): [sentence: number, from: number, to: number][] {
  const seen = new Map<string, [number, number, number][]>();
  sentences.forEach((s, si) => {
    for (const span of spansOf(s.tags)) {
      const at = span.end;
      if (span.type !== 'PER' || at + 1 >= s.tokens.length) continue;
      const word = folded[si]![at]!;
      const pause = /^[،,.؛]$/u.test(s.tokens[at + 1]!);
      const place = s.tags[at] === 'B-LOC' && s.tags[at + 1] !== 'I-LOC' && pause && !listed(word);
      const common = s.tags[at] === 'O' && word.startsWith(ARTICLE) && word.length >= 5 && (pause || COMPLEMENTISER_ENDS.has(folded[si]![at + 1]!)) && !excluded(word) && !COMPLEMENTISER_ENDS.has(word);
      if ((!place && !common) || !ARABIC_TOKEN.test(s.tokens[at]!)) continue;
      const key = `${folded[si]![at - 1]} ${word}`;
      const list = seen.get(key) ?? [];
      list.push([si, span.start, at]);
      seen.set(key, list);
    }
  });
  const joined: [number, number, number][] = [];
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    for (const [si, , at] of list) sentences[si]!.tags[at] = 'I-PER';
    joined.push(...list);
  }
  return joined;
}

/** Periods with the article, folded: «العام» (the year; also «general»), «السنة», «الشهر», «الأسبوع». */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['العام', 'السنة', 'الشهر', 'الأسبوع'].map(fold));
/** Words of relative time after a period, folded: «الماضي» (last), «المقبل/القادم» (next), «الجاري/الحالي» (this), «الفارط» … */
const RELATIVE_TIMES: ReadonlySet<string> = new Set(['الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاري', 'الجارية', 'الحالي', 'الحالية', 'الفارط', 'الفارطة', 'المنقضي', 'المنقضية', 'المنصرم', 'المنصرمة'].map(fold));

/** «غير/الغير» (not, un-), folded: the word after it is an adjective. */
const NEGATING: ReadonlySet<string> = new Set(['غير', 'الغير'].map(fold));
/** «عام/العام» (general), «المال» (the funds), folded: «أمين عام» is a secretary general, «أمين المال» a treasurer. */
const SECRETARY_COMPLEMENTS: ReadonlySet<string> = new Set(['عام', 'العام', 'المال'].map(fold));
/** Words after which «حسن» is still a name: prepositions, complementisers, conjunctions (folded). */
const AFTER_NAME_WORDS: ReadonlySet<string> = new Set(['في', 'أن', 'إن', 'من', 'إلى', 'على', 'عن', 'خلال', 'مع', 'بأن', 'لدى', 'أمام', 'وهو', 'الذي'].map(fold));

/**
 * Whether the one-word person at token `k` of a sentence (`folded` words, `tokens` as written) is a common word the words
 * around it make of the given name: an adjective after «غير» («غير صالح للاستهلاك», unfit for consumption; «غير عادل»,
 * unfair); «لصالح/في صالح» (in favour of); «حسن» in construct with a common word («حسن التصرف», good management; «حسن نية»,
 * good faith) — not before a preposition or a complementiser, «وأضاف حسن أن»; «أمين عام/المال» (secretary general, treasurer).
 */
function commonWordAlone(folded: readonly string[], tokens: readonly string[], k: number, tags: readonly Tag[], lex: SlotLexicon): boolean {
  const word = folded[k]!;
  const bare = word.replace(/^[وف]/u, '');
  const next = folded[k + 1] ?? '';
  if (k > 0 && NEGATING.has(folded[k - 1]!)) return true;
  if (bare === IN_FAVOUR || (bare === SALIH && k > 0 && (folded[k - 1] === 'في' || folded[k - 1] === 'ل'))) return true;
  if (bare === AMIN && SECRETARY_COMPLEMENTS.has(next)) return true;
  if (/^[وبل]?حسن$/u.test(word) && tags[k + 1] === 'O' && ARABIC_TOKEN.test(tokens[k + 1] ?? '') && !AFTER_NAME_WORDS.has(next) && !next.startsWith('و') && lex.count(lex.form(tokens[k + 1]!)) >= 50) return true;
  return false;
}
/** «ورد» (was stated), as written, alone or behind «و/ف». */
const STATED_WRITTEN = /^[وف]?ورد$/u;
/** «مالي» (Mali; also «financial»), folded. */
const MALI = fold('مالي');
/**
 * Nouns «مالي» follows as the country, folded without their «و/ل/ب»: sides and parts («شمال مالي», northern Mali), the
 * state and its organs («عاصمة مالي», «منتخب مالي»); prepositions are no nouns and stay out of the test anyway.
 */
const MALI_HEADS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'عاصمة', 'دولة', 'جمهورية', 'منتخب', 'حكومة', 'رئيس', 'سفارة', 'سفير', 'حدود', 'أراضي', 'أرض', 'جيش', 'شعب'].map(fold));
/**
 * Whether the one-word place at token `k` is «مالي» the adjective (financial) after the indefinite noun it describes: «مبلغ
 * مالي» (a sum of money; 170 corpus mentions of «مالي» were read as Mali), «فساد مالي» (financial corruption), «عجز مالي» — a noun that
 * news copy writes with the article as well, and none of the country's heads.
 */
function financialAdjective(folded: readonly string[], tokens: readonly string[], k: number, tags: readonly Tag[], lex: SlotLexicon): boolean {
  if (folded[k] !== MALI || tokens[k] !== tokens[k]!.replace(/^[وبلف]/u, '') || k === 0 || tags[k - 1] !== 'O' || !ARABIC_TOKEN.test(tokens[k - 1]!)) return false;
  // (The noun as written or behind a proclitic: «فساد» (corruption) is no «ف» + «ساد», «ومبلغ» is «و» + «مبلغ».)
  const written = tokens[k - 1]!;
  const forms = /^[وبلفك]/u.test(written) ? [written, written.slice(1)] : [written];
  if (forms.some((w) => w.startsWith(ARTICLE) || w.length < 3 || MALI_HEADS.has(fold(w)))) return false;
  return forms.some((w) => lex.count(lex.form(ARTICLE + w)) >= 20);
}

/** «لصالح» (in favour of), «صالح» (Salih; also «valid»), «أمين» (Amin; also «secretary»), folded. */
const [IN_FAVOUR, SALIH, AMIN] = ['لصالح', 'صالح', 'أمين'].map(fold);

/** Two spans of persons, the second right after the first: one name the tagger may have cut in two. */
function adjacentPeople(a: TokenSpan | undefined, b: TokenSpan | undefined): boolean {
  return a?.type === 'PER' && b?.type === 'PER' && a.end === b.start;
}

/**
 * Whether spans `k - 1` and `k` are two adjacent persons with no person right before or after them: a name cut in two, not
 * a row of names written without commas («زياد العذاري محمد العكروت رفيق عبد السلام»).
 */
function isolatedPeoplePair(spans: readonly TokenSpan[], k: number): boolean {
  return adjacentPeople(spans[k - 1], spans[k]) && !adjacentPeople(spans[k - 2], spans[k - 1]) && !adjacentPeople(spans[k], spans[k + 1]);
}

/**
 * Whether a person's name may end before token `k` of a sentence (`folded` its folded words): at the sentence's end, before
 * what is no Arabic word, a role noun, a complementiser or a speech participle — what follows a name, not the preposition «على».
 */
function nameEndsBefore(tokens: readonly string[], folded: readonly string[], k: number): boolean {
  const next = tokens[k];
  return next === undefined || !ARABIC_TOKEN.test(next) || roleNoun(folded[k]!) || COMPLEMENTISER_ENDS.has(folded[k]!) || speechParticiple(folded[k]!);
}

/** «الحاج» (the pilgrim), folded: a title, and the first word of family names («الحاج علي»). */
const HAJJ = fold('الحاج');
/**
 * Nouns that make a family name with «الله» (God) after them, folded: «خير الله»، «نصر الله»، «سعد الله»، «جاب الله»، «رزق
 * الله»، «فضل الله»، «عطاء الله»، «ضيف الله»، «خلف الله»، «عوض الله»، «فتح الله»، «غرس الله».
 */
const THEOPHORIC_HEADS: ReadonlySet<string> = new Set(['خير', 'نصر', 'سعد', 'جاب', 'رزق', 'فضل', 'عطاء', 'عطا', 'ضيف', 'خلف', 'عوض', 'فتح', 'غرس'].map(fold));
/** Whether two folded words are a family name of {@link THEOPHORIC_HEADS} and «الله»: «خير الله». */
export function theophoricFamilyName(noun: string, next: string): boolean {
  return THEOPHORIC_HEADS.has(noun) && next === GOD;
}
/**
 * Given names of a participle and «بالله» (in God), folded, with and without the article: «المنتصر بالله» (the one made
 * victorious by God), «المعتصم بالله», «المعتز بالله», «الواثق بالله», «المستعين بالله», «المستنصر بالله».
 */
const BILLAH_HEADS: ReadonlySet<string> = new Set(
  ['منتصر', 'معتصم', 'معتز', 'واثق', 'مستعين', 'مستنصر', 'معتمد', 'متوكل'].flatMap((w) => [w, 'ال' + w]).map(fold),
);
/** «بالله» (in God), folded: the second word of {@link BILLAH_HEADS}' names. */
const BILLAH = fold('بالله');
/** Prepositions written like given names once folded: «على» (on; «علي» Ali), «أمام» (before; «إمام» Imam). */
const PREPOSITIONS_LIKE_NAMES: ReadonlySet<string> = new Set(['على', 'أمام', 'امام', 'وعلى', 'وأمام']);
/** «أمير» (emir; Amir), folded. */
const EMIR = fold('أمير');
/** A definite word behind «ب» (by, with), folded: «بالإنابة» (on behalf), «بالمناسبة» (on the occasion). */
const BY_DEFINITE = /^بال\S{3,}$/u;
/** Participles of belonging with the article, folded: «المنتمي» (belonging to), «المنضوية» (grouped under), «التابعة» (affiliated to). */
const BELONGING: ReadonlySet<string> = new Set(['المنتمي', 'المنتمية', 'المنضوي', 'المنضوية', 'التابع', 'التابعة', 'المنبثق', 'المنبثقة'].map(fold));

const FIRST: readonly GazetteerType[] = ['FIRST'];
/** God, the Quran and the Kaaba, folded: the «other» names after which a given name is a word of a phrase — «رسول الله», «تقوى الله», «آيات القرآن». */
const SACRED_NAMES: ReadonlySet<string> = new Set(['الله', 'القرآن', 'الكعبة'].map(fold));

/** «الجهوي» (regional), «المحلي» (local), folded: a union of that level is named with its place («… للشغل بتطاوين»). */
const UNION_LEVELS: ReadonlySet<string> = new Set(['الجهوي', 'المحلي'].map(fold));

/** «مقياس» (scale), folded, behind «و/ب/ل» or not. */
const SCALE_NOUN = /^[وف]?[بل]?مقياس$/u;

/** The gazetteer's country names: a club is named after a town, not a country. */
const COUNTRY: readonly GazetteerType[] = ['COUNTRY'];
/** The gazetteer's city names. */
const CITY: readonly GazetteerType[] = ['CITY'];
/**
 * Definite given names in «ي» that are also adjectives with a frequent feminine, so that the lexicon reads
 * them as adjectives: «العربي بن مهيدي», «الباجي قايد السبسي»; folded. The others of the kind («الصافي سعيد»,
 * الهادي، الشاذلي، المولدي …) are on the project's list (given-names.ts) and answer `givenName` (every site below
 * that reads this set reads `givenName` too, or needs only the nationality «العربي» from it).
 */
const DEFINITE_GIVEN_NAMES: ReadonlySet<string> = new Set(['العربي', 'العوني', 'الباجي', 'الناجي', 'الزاهي'].map(fold));
/** «بن»، «ابن»، «بنت»، «بو» (son and daughter of), folded: what follows a given name, never an adjective. */
const SON_OF: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'بو'].map(fold));
/** Definite head nouns of bodies that a country's adjective may end («الخطوط الجوية التونسية», «الهلال الأحمر الليبي»), folded. */
const BODY_HEADS: ReadonlySet<string> = new Set(['الخطوط', 'الهلال', 'الصليب', 'البنك', 'الاتحاد', 'القوات', 'قوات', 'الجيش'].map(fold));
/**
 * Countries that CLDR names in several words but the press by one, folded: the one-word Arabic forms of the project's country
 * variants (text/country-names.ts: «السعودية», «الإمارات», «أمريكا», «بريطانيا» …), and «كوريا» (Korea, North or South: no
 * alias of either) — what «السعودي», «الإماراتي», «الأمريكي», «البريطاني», «الكوري» are the adjectives of (the gazetteer holds
 * «المملكة العربية السعودية», not «السعودية»).
 */
const SHORT_COUNTRY_NAMES: ReadonlySet<string> = new Set(
  [...Object.values(COUNTRY_VARIANTS).flat().filter((name) => ARABIC_WORD.test(name)), 'كوريا'].map(fold),
);
/** «جامعة» (university), «نادي» (club), folded: heads of bodies named by a proper name that a country's adjective describes. */
const NAMED_WITH_COUNTRY_HEADS: ReadonlySet<string> = new Set(['جامعة', 'نادي'].map(fold));
/** «الجيش» (the army), folded, and «القوات» (the forces) that «المسلحة» (armed) follows, and «الوطني» (national) after either. */
const ARMY_HEADS: ReadonlySet<string> = new Set([fold('الجيش')]);
const FORCES: ReadonlySet<string> = new Set([fold('القوات')]);
const ARMED = fold('المسلحة');
const NATIONAL = fold('الوطني');
/** A family name in «ال…ي» (a nisba), folded: «العمري», «الزهراني». */
const NISBA_FAMILY_NAME = /^ال.{3,}ي$/u;
/** «آل» (the family of), folded. */
const FAMILY = fold('آل');
/** A word behind a proclitic and the article («بالسعودية», in Saudi Arabia; «للطلبة»), which goes on no name. */
const BEHIND_ARTICLE = /^(بال|لل|وال|فال|كال)/u;
/** «باسم» (on behalf of), folded: a spokesman's body follows it. */
const ON_BEHALF = fold('باسم');
/** A spokesman's noun, definite, folded: «المتحدث/المتحدثة»، «الناطق/الناطقة» (spokesman, spokeswoman). */
const SPOKESMAN_NOUNS: ReadonlySet<string> = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة'].map(fold));
/** «الرسمي/الرسمية» (official) between a spokesman's noun and «باسم», folded. */
const OFFICIAL: ReadonlySet<string> = new Set(['الرسمي', 'الرسمية'].map(fold));
/** A definite word of three letters or more after the article (folded): «الشركة» (the company). */
const DEFINITE_WORD = /^ال.{3,}/u;
/** «و/ف» (and, so) before the article, to be dropped: «والمتحدث» → «المتحدث». */
const CONJUNCTION_BEFORE_ARTICLE = /^[وف](?=ال)/u;
/** A word of a name in Latin script: a capital, or a lower-case particle of one («del», «de», «van», «bin»). */
const LATIN_NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|del|de|da|di|du|van|von|der|la|le|el|al|bin|ibn)$/u;
/** «الملك» (the king) and «الأمير» (the prince), folded: the last words of a body named after one, before his name. */
const KING = fold('الملك');
const PRINCE = fold('الأمير');
/** Nouns of kin and neighbours that a description starts with, like a role ({@link RELATIVE_NOUNS}); folded. */
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_NOUNS.map(fold));
/** Heads of places named after a person or a saint: «شط مريم», «سيدي بوزيد», «دوار هيشر», «حي التضامن»; folded. */
const PLACE_HEADS_BEFORE_NAMES: ReadonlySet<string> = new Set('شط سيدي دوار حي نهج شارع ضاحية'.split(' ').map(fold));
/** «سيدي» (my lord; a saint's title in place names), folded. */
const SIDI = fold('سيدي');
/** Definite words that describe a person without naming one: «السابق» (former), «الحالي» (current) …; folded. */
const DESCRIPTION_WORDS: ReadonlySet<string> = new Set('السابق الأسبق الحالي الراحل الجديد المكلف'.split(' ').map(fold));
/** «الشيخ» (sheikh; also a given name) and the Mauritanian «ولد/منت» (son / daughter of), folded. */
const SHEIKH = fold('الشيخ');
const OULD = fold('ولد');
const MINT = fold('منت');
/** Heads of Maghrebi place names, often before a person's or a saint's name: «قصر هلال», «منزل بورقيبة», «حمام سوسة»; folded. */
const TOPONYM_HEADS: ReadonlySet<string> = new Set([...PLACE_HEADS_BEFORE_NAMES, ...'قصر بئر حمام منزل برج عين وادي جبل رأس دار بني أولاد سوق قلعة'.split(' ').map(fold)]);
/** A third-person imperfect verb's shape, folded: «يموت» (dies), «يستنكر» (condemns). */
const IMPERFECT_THIRD = /^ي\S{3,}$/u;
/** A verb in the future, folded: «سيعقد» (will hold), «ستنظم» (will organise). */
const FUTURE_VERB = /^س[يتن]\S{3,}$/u;
/** Feminine nouns of an area before a place, behind their proclitics, folded: «منطقة», «بمدينة», «ولاية», «جهة». */
const AREA_NOUNS = /^[وفبل]{0,2}(ال)?(منطقه|مدينه|ولايه|جهه)$/u;
/** «الكبرى» (greater), which a place's name may end with: «تونس الكبرى», Greater Tunis; folded. */
const GREATER = fold('الكبرى');
/** A city's quarters, which its name may end with (folded): «الشرقية» (eastern), «الغربية», «الشمالية», «الجنوبية». */
const CITY_QUARTERS: ReadonlySet<string> = new Set(['الشرقية', 'الغربية', 'الشمالية', 'الجنوبية'].map(fold));
/** A folded word in «ة» (folded «ه»): a feminine noun. */
const FEMININE_ENDING = /ه$/u;
/**
 * «معتمدية» (a Tunisian delegation) and «معتمدة» (its delegate, a woman), folded, behind their proclitics: nouns a delegation's
 * name follows.
 */
const DELEGATION = /^[وفبل]{0,2}(ال)?معتمد(يه|ه)$/u;
/** Plurals of areas, folded, behind their proclitics: «أحياء» (quarters), «ضواحي» (suburbs), «مناطق», «أرياف». */
const AREA_PLURALS = /^[وفبل]{0,2}(ال)?(احياء|ضواحي|مناطق|ارياف|اطراف)$/u;
/**
 * Whether the folded word before a city is a noun in construct with it that a quarter adjective after the city may agree
 * with: an indefinite feminine noun («ضاحية», suburb) but for the delegation's own nouns, or a plural of areas.
 */
function nounInConstructBefore(before: string): boolean {
  return (FEMININE_ENDING.test(before) && !WITH_ARTICLE.test(before) && !DELEGATION.test(before)) || AREA_PLURALS.test(before);
}
/** «الله» (God), the second word of «جار الله», «عبد الله». */
const GOD = fold('الله');
/** «قائد» (a leader), the middle word of «قائد السبسي» (Caïd Essebsi), a family name; also written «قايد». */
const CAID_FORMS: ReadonlySet<string> = new Set([fold('قائد'), fold('قايد')]);

/** «كرة» (ball) behind «ل/لل» at the end of a sports body's name, folded. */
const BALL: ReadonlySet<string> = new Set(['لكرة', 'للكرة'].map(fold));
/** The kinds of ball after it: «القدم» (foot), «الطائرة» (volley), «اليد» (hand) …, folded. */
const BALL_KINDS: ReadonlySet<string> = new Set(['القدم', 'الطائرة', 'اليد', 'السلة', 'الحديدية', 'الطاولة', 'المضرب'].map(fold));

/** «أنباء»، «الأنباء» (news), folded: the last word of «وكالة أنباء» before the agency's country. */
const NEWS_WORDS: ReadonlySet<string> = new Set(['أنباء', 'الأنباء'].map(fold));
/** {@link FM_LETTERS} and {@link AM_LETTERS} folded: «أف أم» (FM) closes a station's name. */
const FM_F: ReadonlySet<string> = new Set([...FM_LETTERS].map(fold));
const AM_F: ReadonlySet<string> = new Set([...AM_LETTERS].map(fold));
/** «صدر/صدرت» (was issued), folded. */
const ISSUED: ReadonlySet<string> = new Set(['صدر', 'صدرت'].map(fold));
/** Documents that are issued («بيان صدر اليوم», a statement issued today), indefinite, folded. */
const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set(['بيان', 'بلاغ', 'تقرير', 'قرار', 'حكم', 'مرسوم', 'أمر', 'كتاب', 'منشور', 'بيانا', 'بلاغا', 'تقريرا', 'قرارا'].map(fold));
/** «وفق»، «وفقا»، «حسب»، «بحسب» (according to) and their forms behind «و», folded: never the start of a person's name. */
const ACCORDING_TO: ReadonlySet<string> = new Set(['وفق', 'وفقا', 'حسب', 'بحسب', 'طبقا'].flatMap((w) => [w, 'و' + w]).map(fold));
/** The titles between a facility of {@link PERSON_FACILITIES} and the name (folded): «الملك» (king), «الأمير» (prince), «الشيخ», «الإمام» …. */
const FACILITY_TITLES: ReadonlySet<string> = new Set([KING, PRINCE, ...'الملكة الأميرة الشيخ الشيخة الإمام السلطان'.split(' ').map(fold)]);
/** Proclitics and the article before a facility's head: «بمطار», «لمستشفى», «المطار». */
const FACILITY_PROCLITICS = /^[وف]?[بلك]?(ال)?/u;
/** A word with the article, behind any proclitics (folded): «المستشفى», «بالمستشفى», «للمستشفى». */
const WITH_ARTICLE = /^[وف]?(?:[بك]?ال|لل)/u;
/** Adjectives after a facility's name (folded): «الدولي» (international), «الجامعي» (university), «التخصصي» (specialist) …. */
const FACILITY_ADJECTIVES: ReadonlySet<string> = new Set('الدولي الجامعي التخصصي العام المركزي الرياضي'.split(' ').map(fold));
/** Heads of institutions among the facilities, folded: «مركز» (centre), «مؤسسة», «كلية» (faculty), «جامعة», «دار» (a house, an institution), secondary schools. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['مركز', 'مؤسسة', 'ثانوية', 'إعدادية', 'كلية', 'جامعة', 'دار'].map(fold));
/** Facilities named after a person, folded: «شارع» (street), «معهد» (school), «مركز» (centre), «مطار» (airport) …. */
const FACILITY_HEADS: ReadonlySet<string> = new Set('شارع نهج طريق ساحة معهد مدرسة مركز مستشفى مستوصف مطار جامع مسجد ملعب قاعة دار نزل مؤسسة ثانوية إعدادية كلية جامعة مدينة حي'.split(' ').map(fold));
/** «قصر» (palace), folded. */
const PALACE = fold('قصر');
/**
 * «شارع» (avenue) and «نهج» (street), folded: the street heads before a place the tagger found that make it a street
 * («شارع الحبيب بورقيبة»). Not «ساحة», a square but also a scene («على ساحة المغرب العربي», on the Maghreb's scene).
 */
const AVENUE_HEADS: ReadonlySet<string> = new Set('شارع نهج'.split(' ').map(fold));
/** Heads of a street's name (folded): «شارع» (avenue), «نهج» (street), «زنقة» (lane), «ساحة» (square). */
const STREET_HEADS: ReadonlySet<string> = new Set('شارع نهج زنقة ساحة'.split(' ').map(fold));
/** Titles between a street's head and the name it bears (folded): «شارع العقيد …» (Colonel … Avenue), «نهج الشهيد …». */
const STREET_TITLES: ReadonlySet<string> = new Set('العقيد الشهيد الزعيم الرئيس الدكتور المجاهد الشيخ الإمام الأمير الملك الجنرال القائد'.split(' ').map(fold));
/**
 * Facilities that take a king's or a prince's name as places (folded): {@link FACILITY_HEADS} but the institutions, which the
 * body passes name («جامعة الملك خالد», King Khalid University), and bridges, palaces and ports — «مطار» (airport), «مستشفى»
 * (hospital), «جسر الملك فهد» ….
 */
export const PERSON_FACILITIES: ReadonlySet<string> = new Set([
  ...[...FACILITY_HEADS].filter((w) => !INSTITUTION_HEADS.has(w)),
  ...['قصر', 'جسر', 'ميناء'].map(fold),
]);
/**
 * Words as written (without harakat) that fold to a listed given name but are no name before a place: «على» (on), «أمام»
 * (before), «بطل» (champion), «حصة» (a programme), and given names that are common nouns — «حياة» (life), «جمال» (beauty),
 * «أمل» (hope), «نور» (light) … («تغيرت حياة بوحجلة», Bouhajla's life changed).
 */
const NOT_GIVEN_HERE: ReadonlySet<string> = new Set(['على', 'أمام', 'امام', 'بطل', 'حصة', 'حياة', 'جمال', 'أمل', 'نور', 'عادل', 'سالم', 'كمال', 'سعيد', 'فرح', 'وفاء', 'أمان', 'سلام', 'نجاح', 'عزيز']);
/** Harakat and tatweel: taken off a word before it is looked up as written. */
const HARAKAT = /[\u064B-\u065F\u0670\u0640]/gu;
/** «فون، فان» (von, van), folded: the particle that opens a longer one («فون دير», von der). */
const VON: ReadonlySet<string> = new Set(['فون', 'فان'].map(fold));


/**
 * Given names that are also past verbs of the pattern «أفعل», folded: «أشرف» (supervised), «أكرم» (honoured), «أسعد»
 * (gladdened), «أنور», «أمجد» — a sentence that opens on one alone, before a role, opens on the verb.
 */
const VERB_SHAPED_GIVEN_NAMES: ReadonlySet<string> = new Set(['أشرف', 'أكرم', 'أسعد', 'أنور', 'أمجد', 'أنعم'].map(fold));

/** A listed given name (folded): a first name of the gazetteer or of the project's list, without the word classes. */
function listedGivenName(folded: string, gazetteer: NerModel['resources']['gazetteer']): boolean {
  return gazetteer.oneWordName(folded, FIRST) || LISTED_GIVEN_NAMES.has(folded);
}

/**
 * A given name before a surname: a first name of the gazetteer or of the project's list, or a word of the word classes that
 * hold first names (paths under `2.`: محمد عماد منذر المنصف …) that is no title or trigger word.
 */
function givenName(folded: string, model: NerModel): boolean {
  const { gazetteer, clusters } = model.resources;
  if (listedGivenName(folded, gazetteer)) return true;
  return (clusters.get(folded)?.startsWith('2.') ?? false) && !TRIGGERS.has(folded);
}

const slotGivenNames = new WeakMap<NerModel, (folded: string) => boolean>();

/** {@link givenName} for a model as one function, so that the slot pass can keep its answers. */
function slotGivenName(model: NerModel): (folded: string) => boolean {
  let test = slotGivenNames.get(model);
  if (!test) slotGivenNames.set(model, (test = (w) => givenName(w, model)));
  return test;
}

/** A tagger margin turned into a rough [0, 1] confidence (monotone, not calibrated). */
function confidence(margin: number): number {
  return Math.round((1 / (1 + Math.exp(-margin / 8))) * 1000) / 1000;
}

/** Head nouns of media before an outlet's Latin name: «موقع bfmtv», «صحيفة Le Monde», «قناة France 24» (folded, bare). */
const MEDIUM_HEADS: ReadonlySet<string> = new Set(['قناة', 'موقع', 'صحيفة', 'جريدة', 'مجلة', 'إذاعة', 'وكالة', 'شبكة'].map(fold));
/** Head nouns of works before a Latin title: «برنامج Le Divan», «فيلم …», «كتاب …» (folded, bare). */
const WORK_HEADS: ReadonlySet<string> = new Set(['برنامج', 'فيلم', 'كتاب', 'مسلسل', 'أغنية', 'رواية', 'ألبوم', 'شريط'].map(fold));
/** Articles that open Latin titles of works and outlets, not people's names: «Le Métro», «The Guardian». */
const LATIN_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'the', 'el', 'al', 'der', 'die', 'das', 'il']);
/** Indefinite heads of a company named by one word after them, folded: «شركة أبل» (Apple). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['شركة'].map(fold));

/**
 * Head words of sports clubs' names before their town (the Maghrebi way of naming a club), folded: «شبيبة القيروان» (JS
 * Kairouan), «مستقبل المرسى» (AS Marsa), «هلال الشابة» — a one-word town, or one of more words the project lists whole.
 */
const CLUB_HEADS: ReadonlySet<string> = new Set(['شبيبة', 'مستقبل', 'أمل', 'هلال', 'نجم', 'اتحاد', 'قوافل', 'جمعية', 'نادي'].map(fold));
/**
 * Definite heads of clubs named by their town's adjective, folded: «الملعب النابلي» (Stade Nabeulien), «الشبيبة القيروانية»
 * (JS Kairouan), «الأولمبي الباجي» (Olympique de Béja).
 */
const DEFINITE_CLUB_HEADS: ReadonlySet<string> = new Set(['الملعب', 'الشبيبة', 'الأولمبي', 'النادي', 'الاتحاد', 'النجم', 'الهلال', 'المستقبل', 'الأمل', 'القوافل'].map(fold));

/**
 * Words for the people of a place, folded: «أهالي» (the people of), «سكان» (inhabitants), «متساكني» (residents), «أبناء» (the
 * sons of) — behind «و/ب/ل» too (see `headedBy`).
 */
const PEOPLE_OF: ReadonlySet<string> = new Set(['أهالي', 'أهل', 'سكان', 'متساكني', 'متساكنو', 'أبناء'].map(fold));
/** Adjectives of a region the place lists hold, folded: «الساحلي، الساحلية» (of the Sahel; coastal). */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['الساحلي', 'الساحلية'].map(fold));
/**
 * Whether a folded definite adjective is a Tunisian town's the project lists: «النابلي» (of Nabeul), «الصفاقسي» (of Sfax),
 * «القيروانية» (of Kairouan), «الباجي» (of Béja, «باجة»).
 */
function townAdjective(word: string): boolean {
  // («الساحلي» is the Sahel region's, and «coastal»: no town's.)
  if (REGION_ADJECTIVES.has(word)) return false;
  const stem = /^ال(.{3,})(?:يه|ي)$/u.exec(word)?.[1];
  return stem !== undefined && [stem, stem + 'ه', 'ال' + stem].some((town) => knownPlaceWord(town));
}

/** «الرياضية», «الرياضي» (sporting), folded: after a town, its club — «جندوبة الرياضية» (Jendouba Sports). */
const SPORTING: ReadonlySet<string> = new Set(['الرياضية', 'الرياضي'].map(fold));

/**
 * Heads of a body named after its place: «نيابة» (prosecution), «جامعة» (university), «محكمة» (court), folded. (Not «إذاعة»
 * (radio), whose town the entity stage reads after it: «إذاعة قفصة», see trimName.)
 */
const PLACE_BODY_HEADS: ReadonlySet<string> = new Set(['نيابة', 'جامعة', 'محكمة'].map(fold));
/**
 * Heads of a document or an event named after a place: «وثيقة» (document), «اتفاق/اتفاقية» (agreement), «معاهدة» (treaty),
 * «إعلان» (declaration), «مهرجان» (festival), «أيام» (days, a festival's), folded.
 */
const WORK_OF_PLACE_HEADS: ReadonlySet<string> = new Set(['وثيقة', 'اتفاق', 'اتفاقية', 'معاهدة', 'إعلان', 'مهرجان', 'أيام', 'أيّام'].map(fold));
/** The sides of a region: «شمال» (north), «جنوب», «شرق», «غرب», «وسط» (centre), folded. */
const SIDES: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'].map(fold));
/** The continents news copy names a region of, in their common spellings, folded. */
const CONTINENTS: ReadonlySet<string> = new Set(['أفريقيا', 'إفريقيا', 'افريقيا', 'أوروبا', 'اوروبا', 'آسيا', 'اسيا', 'أمريكا', 'امريكا', 'أميركا'].map(fold));
/** «المغرب» (Morocco; the Maghreb), folded. */
const MAGHREB = fold('المغرب');
/** «العربي» (Arab), «الكبير» (greater) after «المغرب»: the region, folded. */
const MAGHREB_ADJECTIVES: ReadonlySet<string> = new Set(['العربي', 'الكبير'].map(fold));
/** «محكمة» (court), folded. */
const COURT = fold('محكمة');
/** «الهيئة المديرة» (the managing board), folded word by word. */
const MANAGING_BOARD: readonly string[] = ['الهيئة', 'المديرة'].map(fold);

/** The head of `heads` a folded word is, bare or behind one proclitic «و/ف/ب/ل» («بمحكمة»); undefined when it is none. */
function headIn(word: string, heads: ReadonlySet<string>): string | undefined {
  if (heads.has(word)) return word;
  return /^[وفبل]/u.test(word) && heads.has(word.slice(1)) ? word.slice(1) : undefined;
}

/**
 * The end of the definite feminine adjectives from token `e` on that agree with a feminine head before them («الابتدائية»,
 * «السينمائية»), tagging them `inside`; the first token after them.
 */
function agreeingAdjectives(tags: Tag[], folded: readonly string[], e: number, inside: Tag): number {
  for (; e < folded.length && tags[e] === 'O' && /^ال.{3,}يه$/u.test(folded[e]!); e++) tags[e] = inside;
  return e;
}

/** The NER stage: requires `tokens` and `sentences`, provides `mentions`. */
export function ner(options: NerOptions = {}): Stage {
  return {
    name: 'ner',
    requires: ['sentences', 'tokens'],
    provides: ['mentions'],
    run(doc: AnalysisDocument, context: StageContext) {
      doc.mentions = [];
      if (!doc.tokens.length) return;
      let model: NerModel;
      try {
        model = options.model ?? getNerModel();
      } catch (error) {
        context.report('ner-model-unavailable', `the NER model could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const mentions: NamedMention[] = [];
      // Towns taken into a local unit's name («الاتحاد الجهوي للشغل بسوسة»): each also a place of its own, nested.
      const unitTowns: NestedTown[] = [];
      const tokens = doc.tokens;
      // Words of this document, and the model's vocabulary: evidence that a bare form is a word.
      const docWords = new Set<string>();
      for (const tok of tokens) if (tok.kind === 'word') docWords.add(fold(doc.text.slice(tok.start, tok.end)));
      // (Whether a word is written more than once, for a name's first word — see `van` below; counted only when asked, which
      // is rare.)
      const writtenTwice = (folded: string): boolean => {
        let n = 0;
        for (const tok of tokens) if (tok.kind === 'word' && tok.end - tok.start >= folded.length && fold(doc.text.slice(tok.start, tok.end)) === folded && ++n > 1) return true;
        return false;
      };
      const { clusters, gazetteer } = model.resources;
      /** A place the project or the gazetteer knows by one word (folded). */
      const placeWord = (w: string): boolean => knownPlaceWord(w) || gazetteer.oneWordName(w, PLACE_TYPES);
      // (A remainder that is a listed given name is a name: «وغيث قطيف» is «و» + «غيث».)
      const known = (f: string, whole: boolean): boolean =>
        clusters.has(f) || gazetteer.starting(f) !== undefined || knownPlaceWord(f) || (!whole && (docWords.has(f) || LISTED_GIVEN_NAMES.has(f)));
      // Tag every sentence, then make repeats of a name consistent across the document.
      const sentences: Token[][] = [];
      let t = 0;
      for (const sentence of doc.sentences) {
        while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
        const first = t;
        while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
        if (t > first) sentences.push(tokens.slice(first, t));
      }
      // The whole document is one context for the document-level features.
      // The tagger and the passes read words without their harakat and tatweel, as the training corpora and most copy write
      // them: a shadda made «الطّاهر» an odd shape to the tagger, and «التأسيسي الطّاهر» a body; «أنّ» no complementiser to
      // the passes. (Not a word with tanween, which no name takes: «هاتفياً» (by phone), «سفيراً» (as ambassador) keep the
      // shape that tells the tagger so; nor a particle, which the marks tell from a name: «عَلى» is «on», never Ali.)
      const plain = !HAS_HARAKA.test(doc.text);
      const texts = sentences.map((s) =>
        s.map((tok) => {
          const word = doc.text.slice(tok.start, tok.end);
          if (plain || TANWEEN.test(word)) return word;
          const bare = word.replace(HARAKAT, '') || word;
          return MARKED_PARTICLES.has(bare) ? word : bare;
        }),
      );
      const results = tagSentences(model, texts);
      const tagged = sentences.map((s, i) => ({ tokens: s, tags: results[i]!.tags, margins: results[i]!.margins }));
      const before = tagged.map((s) => s.tags.slice());
      const strings = tagged.map((s, i) => ({ tokens: texts[i]!, tags: s.tags }));
      // Folded forms and proclitic readings of every token, cached per word, for both passes.
      const facts = strings.map((s) => s.tokens.map((tok) => wordFacts(tok, model.resources)));
      // Unseen names in person slots (after a speech verb or a title), before the repeats pass
      // carries every name to the rest of the document. KHABAR_NER_SLOTS=0 turns the pass off, to
      // measure it (docs/ner.md).
      const lex = slotLexicon(gazetteer);
      const givenNameTest = slotGivenName(model);
      const folded = facts.map((f) => f.map((x) => x.word));
      /** Every one-word person whose word (folded) is in `words` gets `tag`: a word found to be a description or a body's short name. */
      const retagLonePersons = (words: ReadonlySet<string>, tag: Tag): void => {
        strings.forEach((s, si) => {
          for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start === 1 && words.has(folded[si]![span.start]!)) s.tags[span.start] = tag;
        });
      };
      // A nationality: a definite adjective in «ي» of a country the gazetteer names («الأثيوبي», Ethiopian).
      const nationality = (w: string): boolean => {
        const stem = w.slice(2, -1);
        return [stem, stem + 'ا', stem + 'يا', 'ال' + stem, stem + 'يه', 'ال' + stem + 'يه', stem + 'ه'].some((c) => gazetteer.oneWordName(c, ['COUNTRY']) || SHORT_COUNTRY_NAMES.has(c));
      };
      // (Also in its feminine: «التونسية».)
      // (Not the country's own name that looks like one: «سفارة السعودية», the embassy of Saudi Arabia.)
      const countryAdjective = (w: string): boolean => w.startsWith(ARTICLE) && /يه?$/u.test(w) && !SHORT_COUNTRY_NAMES.has(w) && nationality(w.replace(/يه$/u, 'ي'));
      const timeWord = (w: string): boolean => TRIGGERS.get(w) === 'DATE';
      // «قالت خبيرة الأرصاد في المركز، حفصة الكعبي،» (the weather expert at the centre, Hafsa al-Kaabi): a
      // role noun and definite words after it are a description, not a person's name (nor a given
      // name that is also a role: «أمين»).
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          const first = folded[si]![span.start]!;
          const relative = RELATIVES.has(first);
          if (span.type !== 'PER' || span.end - span.start < 2 || !(roleNoun(first) || relative) || gazetteer.oneWordName(first, FIRST) || givenNameTest(first)) continue;
          const rest = folded[si]!.slice(span.start + 1, span.end);
          // After a relative, a name without the article is someone else's: «جارة | عبدالزهرة» (Abdelzahra's
          // neighbour), «زوجة | محمد» (Mohamed's wife).
          if (relative && !rest[0]!.startsWith(ARTICLE)) {
            s.tags[span.start] = 'O';
            s.tags[span.start + 1] = 'B-PER';
            continue;
          }
          // (Definite words, none a family name in «ي» that is no adjective nor a definite given name: «خبيرة
          // الأرصاد», not «مستشار الكعبي» or «المدرب الطاهر العبيدي». After a relative any definite word: «جارة
          // الأثيوبي» (the Ethiopian's neighbour) — but «جار الله» (Jarallah) is a name.)
          if (relative ? !rest.every((w) => w.startsWith(ARTICLE) && w !== GOD) : !rest.every((w, k) => w.startsWith(ARTICLE) && !(w.endsWith('ي') && !nisbaAdjective(s.tokens[span.start + 1 + k]!, lex)) && !definiteGivenName(s.tokens[span.start + 1 + k]!, lex) && !givenNameTest(w))) continue;
          // (After a relative, a family name in «ي» is someone's: «زوجة | الغنوشي» (Ghannouchi's wife) keeps him; a
          // common noun or an adjective of a country is no one's name: «شقيق الضحية»، «جارة الأثيوبي».)
          if (relative && rest.some((w, k) => w.endsWith('ي') && !countryAdjective(w) && !nisbaAdjective(s.tokens[span.start + 1 + k]!, lex))) {
            s.tags[span.start] = 'O';
            s.tags[span.start + 1] = 'B-PER';
            continue;
          }
          for (let k = span.start; k < span.end; k++) s.tags[k] = 'O';
        }
      });
      // «قيس حسين رشيد»، «تشانو إيروم شارميلا»، «مشعل بن عبد العزيز آل سعود»: a person's name the tagger cut before its
      // last word is one name. (After a name of two words or more; not a word that opens with «و» (and), a time, a role or a
      // common noun behind a preposition: «دعا ترامب بوتين» (Trump called on Putin), «محمد الفاضل عبد الكافي صباح اليوم»
      // (this morning), «يانيك نيانغ بفريق …» (with the team); nor in a row of names, a list without commas: «زياد العذاري
      // محمد العكروت رفيق عبد السلام».)
      strings.forEach((s, si) => {
        const f = folded[si]!;
        const spans = spansOf(s.tags);
        for (let k = 1; k < spans.length; k++) {
          const [first, second] = [spans[k - 1]!, spans[k]!];
          if (!isolatedPeoplePair(spans, k) || first.end - first.start < 2) continue;
          const next = f[second.start]!;
          if (second.end - second.start !== 1 || next.startsWith(WAW) || timeWord(next) || TIMES_OF_DAY.has(next) || roleNoun(next) || prepositionalNoun(next)) continue;
          s.tags[second.start] = 'I-PER';
        }
      });
      // «أشرف رئيس الحكومة … على» (the head of government supervised …), «أشرف اليوم وزير الصحة»: a sentence's first word alone as
      // a person, with a role or a time right after it, is a verb (a given name too: أشرف، أكرم) whose subject follows — a
      // sentence does not open on a bare given name before a role.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        // (Only a given name shaped like a verb: «أردوغان اليوم في تونس» (Erdogan in Tunis today) keeps its person.)
        if (s.tags[0] !== 'B-PER' || s.tags[1] === 'I-PER' || f.length < 2 || !VERB_SHAPED_GIVEN_NAMES.has(f[0]!.replace(/^[وف](?=ا)/u, ''))) return;
        const next = f[1]!;
        // (Not a given name that is also a role: «محمد أمين بن عمر».)
        if ((roleNoun(next) || TRIGGERS.get(next) === 'PER' || timeWord(next) || /^علي(ه|ها|هم)$/u.test(next)) && !givenNameTest(next)) s.tags[0] = 'O';
      });
      // «أكد موقع سبورتس داي النيجيري» (the Nigerian site Sports Day stated): a name the tagger took for a place right after a
      // speech verb and an outlet noun is the outlet, unless it is a place the project or the gazetteer knows («إذاعة صفاقس» is
      // read by the entity stage as the station of that town). (Only after a speech verb: «موقع» is also a site, «قناة» a
      // canal — «وموقع قرطاج الأثري», «وقناة الخليج بروّاد».)
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'LOC' || span.start < 2 || !outletNoun(facts[si]![span.start - 1]!) || TRIGGERS.get(f[span.start - 2]!) !== 'SPEECH') continue;
          let known = false;
          for (let k = span.start; k < span.end && !known; k++) known = knownPlaceWord(f[k]!) || gazetteer.starting(f[k]!) !== undefined;
          if (known) continue;
          for (let k = span.start; k < span.end; k++) s.tags[k] = k === span.start ? 'B-ORG' : 'I-ORG';
        }
      });
      // «رئيس شبيبة القيروان مراد بالاكحل» (the president of JS Kairouan, Mourad Belakhal): a person the tagger began at a sports
      // club's head and its town is the club, then the person.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' || span.end - span.start < 3 || !CLUB_HEADS.has(f[span.start]!) || !knownPlaceWord(f[span.start + 1]!)) continue;
          s.tags[span.start] = 'B-ORG';
          s.tags[span.start + 1] = 'I-ORG';
          s.tags[span.start + 2] = 'B-PER';
        }
      });
      // «ولاعب هلال مساكن» (a player of CS Msaken): a club's head and a town alone is the club, not a person.
      // «للاعب الإتحاد المنستيري فراس اللحياني» (US Monastir's player Firas Lahyani): a person the tagger began at a club's
      // definite head and its nisba is the club, then the person from a given name (with the surname after it, when the
      // tagger left it); also where the tagger ran the club's name on into the given name.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' && span.type !== 'ORG') continue;
          const head = f[span.start]!;
          if (span.type === 'PER' && span.end - span.start === 2 && CLUB_HEADS.has(head) && knownPlaceWord(f[span.start + 1]!)) {
            s.tags[span.start] = 'B-ORG';
            s.tags[span.start + 1] = 'I-ORG';
            continue;
          }
          const given = span.start + 2;
          if (span.end - span.start < 3 || !head.startsWith(ARTICLE) || !CLUB_HEADS.has(head.slice(ARTICLE.length)) || !/^ال.{3,}ي$/u.test(f[span.start + 1]!) || !givenName(f[given]!, model)) continue;
          // (A given name alone at the span's end only with a surname after it: «النادي الصفاقسي المنصف خماخم» as the tagger
          // had it stays.)
          const surnameAfter = span.end === given + 1 && given + 1 < f.length && s.tags[given + 1] === 'O' && nameReading(s.tokens[given + 1]!, lex);
          if (span.end === given + 1 && !surnameAfter) continue;
          s.tags[span.start] = 'B-ORG';
          s.tags[span.start + 1] = 'I-ORG';
          s.tags[given] = 'B-PER';
          if (surnameAfter) s.tags[given + 1] = 'I-PER';
        }
      });
      // «والي مدنين طاهر المطماطي» (the governor of Medenine, Taher Mtimet): a town the tagger ran on into the given name
      // of the person after it — a listed town, then a listed given name, then a surname the tagger left.
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          const f = folded[si]!;
          const next = span.end;
          if (span.type !== 'LOC' || span.end - span.start !== 2 || next >= f.length || s.tags[next] !== 'O' || !knownPlaceWord(f[span.start]!) || knownPlaceWord(f[span.start + 1]!)) continue;
          if (!listedGivenName(f[span.start + 1]!, gazetteer) || !nameReading(s.tokens[next]!, lex)) continue;
          s.tags[span.start + 1] = 'B-PER';
          s.tags[next] = 'I-PER';
        }
      });
      // «مراسلنا في قفصة معز السليماني» (our correspondent in Gafsa, Moez Slimani): a person the tagger began at a listed town
      // right before a given name is the town, then the person.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' || span.end - span.start < 3) continue;
          // (A listed town of two words too: «معتمد منطقة سيدي بوعلي حمادي التيساوي», the delegate of Sidi Bou Ali, Hamadi
          // Tissaoui.)
          const town = Math.max(listedPlaceLength(f.slice(span.start, span.end - 2)), knownPlaceWord(f[span.start]!) ? 1 : 0);
          if (town < 1 || !givenName(f[span.start + town]!, model)) continue;
          s.tags[span.start] = 'B-LOC';
          for (let k = span.start + 1; k < span.start + town; k++) s.tags[k] = 'I-LOC';
          s.tags[span.start + town] = 'B-PER';
        }
      });
      // The last words of the persons the pass below makes, folded and joined, for their repeats; and each of those words as
      // written, which keeps its first letter where a repeat starts with it (see `surname` below).
      const tails = new Set<string>();
      const tailWords = new Set<string>();
      // «سفير فرنسا بتونس أوليفيي بوافر دارفور» (France's ambassador in Tunis, Olivier Poivre d'Arvor): a place the tagger ran
      // on into a listed given name ends before it, and the given name opens a person over the rest of the span and the names
      // tagged right after it («بوافر», «دارفور», read as places).
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'LOC' || span.end - span.start < 2) continue;
          const town = f[span.start]!;
          const bareTown = town.replace(/^[وفبل]/u, '');
          if (!placeWord(town) && !placeWord(bareTown)) continue;
          const given = f[span.start + 1]!;
          if (!listedGivenName(given, gazetteer) || placeWord(given)) continue;
          // (Not a place of two words the gazetteer knows, «قصر هلال» (Ksar Hellal) holds the given name «هلال», nor one whose
          // head names places after people, «قصر سعيد», «منزل بورقيبة»; nor a given name that is a common word here, «سعيد».)
          if (TOPONYM_HEADS.has(town) || TOPONYM_HEADS.has(bareTown) || NOT_GIVEN_HERE.has(s.tokens[span.start + 1]!)) continue;
          if ((gazetteer.starting(town) ?? gazetteer.starting(bareTown))?.some((e) => e.rest[0] === given)) continue;
          s.tags[span.start + 1] = 'B-PER';
          for (let k = span.start + 2; k < s.tags.length && s.tags[k] !== 'O' && k - span.start <= 5; k++) s.tags[k] = 'I-PER';
          // (The name's last words written again and read as a person and a place, «وقال بوافر | دارفور», are that name.)
          let end = span.start + 2;
          while (end < s.tags.length && s.tags[end] === 'I-PER') end++;
          if (end - span.start - 1 >= 3) {
            tails.add(f.slice(span.start + 2, end).join(' '));
            for (let k = span.start + 2; k < end; k++) tailWords.add(s.tokens[k]!);
          }
        }
      });
      if (tails.size) {
        strings.forEach((s, si) => {
          const f = folded[si]!;
          for (let k = 0; k + 1 < s.tags.length; k++) {
            if (!s.tags[k]!.startsWith('B-')) continue;
            // (A run of two tagged names or more, with no untagged word between.)
            let e = k + 1;
            let names = 1;
            for (; e < s.tags.length && s.tags[e] !== 'O'; e++) if (s.tags[e]!.startsWith('B-')) names++;
            if (names >= 2 && tails.has(f.slice(k, e).join(' '))) {
              for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-PER' : 'I-PER';
            }
            k = e - 1;
          }
        });
      }
      // «نجلاء بوريال» (Najla Bourial): a one-word place the tagger found right after a listed given name it left, where the
      // word is no place the project or the gazetteer knows, is the person's surname.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type !== 'LOC' || span.end - at !== 1 || at === 0 || s.tags[at - 1] !== 'O' || /^ال/u.test(f[at]!) || !listedGivenName(f[at - 1]!, gazetteer)) continue;
          // (Nor a place behind a clitic, «نجلاء بتونس», a country's ending, «أصيلة بريطانيا» (native of Britain), a word
          // coordinated, «بيضاء والمولوتوف», nor a facility's name: «بمعهد علي بورقيبة»، «شارع الحبيب بورقيبة».)
          if (/^و?ال|يا$/u.test(f[at]!) || [f[at]!, f[at]!.replace(/^[وبلف]/u, '')].some(placeWord)) continue;
          if ([at - 2, at - 3, at - 4].some((m) => m >= 0 && FACILITY_HEADS.has(f[m]!.replace(/^[وف]?[بل]?(ال)?/u, '').replace(/ات$/u, '')))) continue;
          // (Nor a preposition or a noun that a given name is spelt like: «على» (on) folds to «علي», «أمام» (before), «بطل» (champion).)
          if (NOT_GIVEN_HERE.has(s.tokens[at - 1]!.replace(HARAKAT, ''))) continue;
          s.tags[at - 1] = 'B-PER';
          s.tags[at] = 'I-PER';
        }
      });
      // «المبعوثة الأوروبية الخاصة لمنطقة الخليج إيلينا مارتينيز … وأضافت إلينا مارتينيز» (the EU's envoy to the Gulf, Elena
      // Martínez): the last two words of a place, whose last is a person's name alone elsewhere in the document (a surname by
      // itself) and neither a place the project or the gazetteer knows, are that person; the words before them, if any, stay
      // the place («الخليج»).
      const surnamesAlone = new Set<string>();
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start === 1) surnamesAlone.add(folded[si]![span.start]!);
      });
      if (surnamesAlone.size) strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const from = span.end - 2;
          if (span.type !== 'LOC' || from < span.start || span.end - span.start > 3 || !surnamesAlone.has(f[span.end - 1]!)) continue;
          // (Nor after or with a place's head noun: «جبل سان غوتار», the Saint-Gotthard massif, where the tagger read «نفق
          // غوتار» as a person.)
          let known = from > 0 && s.tags[from - 1] === 'O' && TRIGGERS.get(f[from - 1]!) === 'LOC';
          for (let k = from; k < span.end && !known; k++) known = /^[وبلف]?ال/u.test(f[k]!) || TRIGGERS.get(f[k]!) === 'LOC' || placeWord(f[k]!);
          // (The place before them is one the project or the gazetteer knows, or definite: «الخليج».)
          for (let k = span.start; k < from && !known; k++) known = !placeWord(f[k]!) && !f[k]!.startsWith('ال');
          if (known) continue;
          s.tags[from] = 'B-PER';
          s.tags[from + 1] = 'I-PER';
        }
      });
      // «إشكالا بشارع العقيد القرناوي» (a problem in Colonel Karnaoui Avenue): a person right after a street's head and a
      // title is the street's name, not someone in the story — unless the article names the person elsewhere («ساحة الشهيد
      // شكري بلعيد», Martyr Chokri Belaid Square, in an article on his commemoration). (Without a title the facility pass
      // reads «شارع محمد الخامس» as a place already.)
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const head = span.start - 2;
          if (span.type !== 'PER' || head < 0 || s.tags[head] !== 'O' || s.tags[head + 1] !== 'O' || !STREET_TITLES.has(f[head + 1]!) || !STREET_HEADS.has(f[head]!.replace(FACILITY_PROCLITICS, ''))) continue;
          // (Elsewhere: another person's span that holds the name's last word.)
          const surname = f[span.end - 1]!;
          const elsewhere = strings.some((o, oi) => spansOf(o.tags).some((x) => x.type === 'PER' && (oi !== si || x.start !== span.start) && folded[oi]!.slice(x.start, x.end).includes(surname)));
          if (elsewhere) continue;
          for (let k = span.start; k < span.end; k++) s.tags[k] = 'O';
        }
      });
      // «أورسولا فون دير لاين» (Ursula von der Leyen): a word that reads as «ل/ب» + a word of two or three letters the
      // document never writes alone («لاين» → «ل» + «اين»), right after a person's name particle («دير», «فون», «دي» …),
      // goes on with the person, not a new one — not «قال الحريري لبري» (Hariri told Berri).
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          // («أورسولا فون | دير | لاين», the particle left out between two pieces after «فون/فان»: one person.)
          if (span.type === 'PER' && span.end - at === 1 && at > 1 && s.tags[at - 1] === 'O' && NAME_PARTICLES.has(f[at - 1]!) && s.tags[at - 2]!.endsWith('PER') && VON.has(f[at - 2]!)) {
            s.tags[at - 1] = 'I-PER';
            s.tags[at] = 'I-PER';
            continue;
          }
          if (span.type !== 'PER' || span.end - at !== 1 || at === 0 || s.tags[at - 1] === 'O' || !s.tags[at - 1]!.endsWith('PER')) continue;
          const rest = f[at]!.slice(1);
          if (!/^[لب]/u.test(f[at]!) || rest.length < 2 || rest.length > 3 || docWords.has(rest) || !NAME_PARTICLES.has(f[at - 1]!)) continue;
          s.tags[at] = 'I-PER';
        }
      });
      // «الجوهرة "أف أم"»، «موزاييك أف أم» (Jawhara FM, Mosaïque FM): the word before «أف أم» (FM), with the marks around FM,
      // names the station — one body, whatever the tagger made of its pieces.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 1; k + 1 < f.length; k++) {
          if (!FM_F.has(f[k]!) || !AM_F.has(f[k + 1]!)) continue;
          let j = k - 1;
          const opened = QUOTATION_MARK.test(s.tokens[j]!);
          if (opened) j--;
          if (j < 0 || !ARABIC_WORD.test(s.tokens[j]!) || f[j]!.length < 3 || TRIGGERS.has(f[j]!)) continue;
          let end = k + 2;
          if (opened && end < f.length && QUOTATION_MARK.test(s.tokens[end]!)) end++;
          // (Over a person the tagger began at the name, too: «جوهرة» (Jawhara) is also a woman's name — but not one begun before it.)
          let free = s.tags[j] !== 'I-PER';
          for (let m = j; m < end && free; m++) free = s.tags[m] === 'O' || s.tags[m]!.endsWith('ORG') || s.tags[m]!.endsWith('MISC') || s.tags[m]!.endsWith('PER');
          if (!free) continue;
          // The tagger's span on past FM: «لمراسل الجوهرة أف أم ماهر الصغير» (to Jawhara FM's correspondent Maher Sghaier) is
          // the station, then its reporter; «مراسل الجوهرة أف أم في الكاف» (… in Le Kef), the station, then where.
          let past = end;
          while (past < f.length && s.tags[past]!.startsWith('I-')) past++;
          let after: 'PER' | 'LOC' | undefined;
          if (past > end && listedGivenName(f[end]!, gazetteer)) after = 'PER';
          // (Where is any short run after «في» (in) the tagger kept in the name: «في سيدي بوزيد» too.)
          else if (past > end + 1 && past - end <= 4 && f[end] === 'في') after = 'LOC';
          else if (past > end) continue;
          s.tags[j] = 'B-ORG';
          for (let m = j + 1; m < end; m++) s.tags[m] = 'I-ORG';
          if (after === undefined) continue;
          const from = after === 'LOC' ? end + 1 : end;
          if (after === 'LOC') s.tags[end] = 'O';
          for (let m = from; m < past; m++) s.tags[m] = m === from ? `B-${after}` : `I-${after}`;
        }
      });
      // «أيمن البلبولي - رامي البدوي - غازي عبد الرزاق» (a line-up): a dash between words in a person's span separates two
      // people — with a space beside it: «لورا هوبي-هامشر» (Laura Hoby-Hamsher) is one name.
      strings.forEach((s, si) => {
        const toks = sentences[si]!;
        for (const span of spansOf(s.tags)) {
          // (Not a name in marks, a brand's or a cup's: «كأس " دليس – دانون "» (the Délice–Danone cup).)
          if (span.type !== 'PER' || (span.start > 0 && QUOTATION_MARK.test(s.tokens[span.start - 1]!))) continue;
          for (let m = span.start + 1; m + 1 < span.end; m++) {
            if (!/^[-–—]$/u.test(s.tokens[m]!)) continue;
            if (toks[m - 1]!.end === toks[m]!.start && toks[m]!.end === toks[m + 1]!.start) continue;
            s.tags[m] = 'O';
            s.tags[m + 1] = 'B-PER';
          }
        }
      });
      // «وكالة أنباء كوريا الشمالية المركزية» (the Korean Central News Agency): a news agency named by its country, which the
      // tagger left as a place after «وكالة أنباء», with the agency's adjectives after it.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'ORG' || !NEWS_WORDS.has(f[span.end - 1]!) || s.tags[span.end] !== 'B-LOC') continue;
          let end = span.end + 1;
          while (s.tags[end] === 'I-LOC') end++;
          for (let k = 0; k < 2 && end < f.length && s.tags[end] === 'O' && /^ال.{2,}(ي|يه)$/u.test(f[end]!); k++) end++;
          for (let k = span.end; k < end; k++) s.tags[k] = 'I-ORG';
        }
      });
      if (process.env['KHABAR_NER_SLOTS'] !== '0') {
        proposeSlotNames(strings, lex, { folded, givenName: givenNameTest });
        extendBelSurnames(strings, lex, givenNameTest);
        extendCompoundGivenNames(strings, folded, lex);
      }
      untagBareTitles(strings);
      // «صالح بن يوسف غدر بالحبيب بورقيبة» (Salah Ben Youssef betrayed Habib Bourguiba): see trimRunOnWords.
      trimRunOnWords(strings, folded, lex, givenNameTest);
      // «عبد المجيد بوعوني هاشم حمدي محمد مسليني …» (a list of candidates, spaces only): see splitNameLists.
      splitNameLists(strings, folded, givenNameTest);
      // (The kunya and naming-word passes are rules of their own, not slot guesses: KHABAR_NER_SLOTS=0 leaves them on.)
      kunyaNames(strings, folded, givenNameTest);
      namingWordNames(strings, folded, lex);
      // A family name in «ال…ي» the tagger left after a person («يوسف الإدريسي العلمي،»), not a nationality (`nationality`, above).
      const lexicon = getLexicon();
      const commonWord = (token: string): boolean => (lexicon.get(lexiconForm(token)) ?? 0) >= 20;
      // (A word seen fewer than three times in the lexicon's corpora is no common noun.)
      const rareWord = (token: string): boolean => (lexicon.get(lexiconForm(token)) ?? 0) < 3;
      // «مديرة الرقابة السياحية في الوزارة [سوسن] العمري» (the ministry's director of tourism control, Sawsan al-Omari): a given
      // name of the project's list that the tagger took alone for a body, before a family name in «ال…ي», is the person.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const k = span.start;
          if (span.type !== 'ORG' || span.end - k !== 1 || !LISTED_GIVEN_NAMES.has(f[k]!) || s.tags[k + 1] !== 'O' || !NISBA_FAMILY_NAME.test(f[k + 1] ?? '') || nationality(f[k + 1]!)) continue;
          s.tags[k] = 'B-PER';
          s.tags[k + 1] = 'I-PER';
        }
      });
      // «أطلقت الطبيبة، سميرة الأحمر، …» … «و أضافت الأحمر أن …» (the doctor Samira Lahmar … Lahmar added that): a definite
      // word the tagger called «other» right after a listed given name it left is that person's family name; and the same
      // word alone elsewhere in the document, «other» again, is the person.
      {
        const others = new Set<string>();
        strings.forEach((s, si) => {
          for (const span of spansOf(s.tags)) if (span.type === 'MISC' && span.end - span.start === 1 && folded[si]![span.start]!.startsWith(ARTICLE) && !SACRED_NAMES.has(folded[si]![span.start]!)) others.add(folded[si]![span.start]!);
        });
        // (A listed given name as written: not the prepositions «على» (on) and «أمام» (before), which fold to «علي» and «إمام».)
        const givenNotPreposition = (si: number, k: number): boolean => listedGivenName(folded[si]![k]!, gazetteer) && !PREPOSITIONS_LIKE_NAMES.has(texts[si]![k]!);
        // (So is a word it called a body, «عمر | الحنين» (Omar al-Hanin) — not a trigger or a role, «محمد | الوزارة», nor a word
        // the document names as a body elsewhere, after no given name: «النهضة».)
        // (Whether every one-word body of that word stands after a given name.)
        const onlyAfterGiven = new Map<string, boolean>();
        strings.forEach((s, si) => {
          const f = folded[si]!;
          for (const span of spansOf(s.tags)) {
            if (span.type !== 'ORG' || span.end - span.start !== 1) continue;
            const w = f[span.start]!;
            const afterGiven = span.start > 0 && s.tags[span.start - 1] === 'O' && givenNotPreposition(si, span.start - 1);
            onlyAfterGiven.set(w, afterGiven && (onlyAfterGiven.get(w) ?? true));
          }
        });
        for (const [w, only] of onlyAfterGiven) if (only && w.startsWith(ARTICLE) && !TRIGGERS.has(w) && !roleNoun(w)) others.add(w);
        const surnames = new Set<string>();
        if (others.size) {
          strings.forEach((s, si) => {
            const f = folded[si]!;
            for (let k = 1; k < f.length; k++) {
              if (!others.has(f[k]!) || (s.tags[k] !== 'O' && s.tags[k] !== 'B-MISC' && s.tags[k] !== 'B-ORG') || s.tags[k + 1]?.startsWith('I-') || s.tags[k - 1] !== 'O' || !givenNotPreposition(si, k - 1)) continue;
              s.tags[k - 1] = 'B-PER';
              s.tags[k] = 'I-PER';
              surnames.add(f[k]!);
            }
          });
        }
        if (surnames.size) {
          strings.forEach((s, si) => {
            for (const span of spansOf(s.tags)) if ((span.type === 'MISC' || span.type === 'ORG') && span.end - span.start === 1 && surnames.has(folded[si]![span.start]!)) s.tags[span.start] = 'B-PER';
          });
        }
      }
      strings.forEach((s, si) => extendNisbaSurnames(s.tokens, folded[si]!, s.tags, nationality, timeWord, commonWord, rareWord, roleNoun));
      // A given name the tagger left before a person («وزير المال كمال حيدر»): only the gazetteer's first
      // names here, not the word classes, which also hold common words; and not a name that news copy
      // writes with the article as a noun (حصة، أفكار، أمر، أمل: «الحصة» (the programme) 49 times in the
      // lexicon, «الكمال» never).
      // (And the project's own list, written without common words: «المهندسة رنا فايز الحياري».)
      const firstName = (w: string): boolean => listedGivenName(w, gazetteer);
      const nounToo = (w: string, token: string): boolean => TRIGGERS.has(w) || (lexicon.get(ARTICLE + lexiconForm(token)) ?? 0) >= 20;
      strings.forEach((s, si) => extendGivenNames(s.tokens, folded[si]!, s.tags, firstName, nounToo));
      // «نسي الرئيس الأمريكي دونالد ترامب توقيع …» (President Donald Trump forgot to sign …): a listed given name the tagger
      // found alone, right before a word the person slots would read as a name (no common word: `nameReading`), has its
      // family name there — the tagger, trained on older copy, does not know «ترامب». (Not a word behind «و/ف», a time, a
      // role, a nationality or a noun after which a preposition's object follows: «دعا محمد | وزير …».) The same two words
      // are a person where the tagger typed them a body («المنتخب [دونالد ترامب]»), when the second is a word the lexicon
      // does not know at all. (Not where it left both: too many given names are words too — «على هامش» is «علي» folded.)
      const familyAfterGiven = (si: number, k: number, rareOnly: boolean): boolean => {
        const f = folded[si]!;
        const word = f[k];
        if (word === undefined || !firstName(f[k - 1]!) || strings[si]!.tokens[k - 1] === ON_WRITTEN || /^[وف]/u.test(word) || word.startsWith(ARTICLE) || timeWord(word) || TIMES_OF_DAY.has(word) || roleNoun(word) || prepositionalNoun(word) || TRIGGERS.has(word) || nationality(ARTICLE + word)) return false;
        const reading = nameReading(strings[si]!.tokens[k]!, lex);
        return rareOnly ? reading === 'rare' : reading !== null;
      };
      // «أقرّ وزير الداخلية هادي المجدوب بـ…» (the interior minister Hedi Mejdoub acknowledged): after a role, a definite word
      // the word classes hold with family names (or do not hold) is the listed given name's family name.
      const definiteFamilyAfterRole = (si: number, k: number): boolean => {
        const f = folded[si]!;
        const word = f[k];
        const token = strings[si]!.tokens[k];
        if (word === undefined || token === undefined || !word.startsWith(ARTICLE) || word.length < 5 || !firstName(f[k - 1]!) || timeWord(word) || TRIGGERS.has(word) || roleNoun(word.slice(ARTICLE.length)) || nationality(word)) return false;
        // (The word classes put family names under «8.» and the rarest words under «9.0»; common nouns and adjectives elsewhere.)
        const path = clusters.get(word);
        if (path !== undefined && !path.startsWith('8.') && !path.startsWith('9.0.')) return false;
        return roleBefore(strings[si]!.tokens, f, strings[si]!.tags, k);
      };
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          const k = span.start + 1;
          if (span.type === 'PER' && span.end === k && s.tags[k] === 'O' && (familyAfterGiven(si, k, false) || definiteFamilyAfterRole(si, k))) s.tags[k] = 'I-PER';
          else if (span.type === 'ORG' && span.end === k + 1 && familyAfterGiven(si, k, true)) {
            s.tags[span.start] = 'B-PER';
            s.tags[k] = 'I-PER';
          }
        }
      });
      // «سفيان ونذير» (Sofiane and Nadhir), «أنيس الصالحي والطاهر شابي»: a person the tagger ran over «و» and a given name is
      // two — the word in «و» is no given name itself («وليد», «وسام»).
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          // («على ناجي جلول» (on Naji Jelloul): no person's name opens on the preposition «على», which folds as «علي» (Ali); and
          // one common word after it is no name at all, «على هامش» (on the margin of).)
          if (span.type === 'PER' && s.tokens[span.start] === ON_WRITTEN && span.end - span.start >= 2) {
            s.tags[span.start] = 'O';
            // (A word the lexicon counts a hundred times or more and no given name: «هامش», 423 times; not «ميسي», 67.)
            const word = s.tokens[span.start + 1]!;
            const common = !nameReading(word, lex) || ((lexicon.get(lexiconForm(word)) ?? 0) >= 100 && !givenNameTest(f[span.start + 1]!));
            s.tags[span.start + 1] = span.end - span.start === 2 && common ? 'O' : 'B-PER';
            span.start++;
          }
          if (span.type === 'PER') {
            for (let k = span.start + 1; k < span.end; k++) {
              if (f[k]!.startsWith(WAW) && f[k]!.length > 3 && givenNameTest(f[k]!.slice(WAW.length)) && !givenNameTest(f[k]!)) s.tags[k] = 'B-PER';
            }
          }
        }
      });
      // «شط مريم» (Chott Meriem, a town), «سيدي علي بن سالم»: a place head before a given name makes a place;
      // «الفرنسي السابق» (the former Frenchman) is a description, no one's name.
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          // (The same for a town the tagger typed as a body: «القصرين : حجز مواد غذائية», Kasserine: food seized.)
          // (Wherever the colon stands, so also after a quarter's name: «حي الرياض- سوسة : سوق أسبوعية …», Riadh quarter -
          // Sousse: a weekly market ….)
          if (span.type === 'ORG' && span.end - span.start === 1 && s.tokens[span.end] === ':' && knownPlaceWord(folded[si]![span.start]!)) {
            s.tags[span.start] = 'B-LOC';
            continue;
          }
          if (span.type !== 'PER') continue;
          // (The span's words read in place: this runs for every person of every sentence.)
          const f = folded[si]!;
          const first = f[span.start]!;
          // «وزير العدل | عمر منصور» (the justice minister Omar Mansour): the role's complement is no part of the
          // name after it.
          // (Not a definite given name, known as one or without its article: «الوزير الصادق محمد الشعبوني».)
          if (span.end - span.start >= 3 && span.start > 0 && s.tags[span.start - 1] === 'O' && roleNoun(f[span.start - 1]!) && first.startsWith(ARTICLE) && !definiteGivenName(s.tokens[span.start]!, lex) && !DEFINITE_GIVEN_NAMES.has(first) && !givenNameTest(first) && !givenNameTest(first.slice(ARTICLE.length)) && givenNameTest(f[span.start + 1]!)) {
            s.tags[span.start] = 'O';
            s.tags[span.start + 1] = 'B-PER';
            continue;
          }
          // «قبلي : القبض على مهرب» (Kebili: a smuggler arrested): a listed town alone before a headline's colon is
          // the place the story is about.
          if (span.end - span.start === 1 && span.start === 0 && s.tokens[1] === ':' && knownPlaceWord(first)) {
            s.tags[span.start] = 'B-LOC';
            continue;
          }
          // (Not «سيدي» (my lord) opening a person's name: «سيدي محمد ولد الشيخ».)
          if (span.end - span.start >= 2 && PLACE_HEADS_BEFORE_NAMES.has(first) && first !== SIDI) {
            s.tags[span.start] = 'B-LOC';
            for (let k = span.start + 1; k < span.end; k++) s.tags[k] = 'I-LOC';
          } else if (span.start > 0 && (s.tags[span.start - 1] === 'O' || s.tags[span.start - 1] === 'B-LOC') && PLACE_HEADS_BEFORE_NAMES.has(f[span.start - 1]!)) {
            // The head left out or read as a place of its own: «شط | مريم», «منطقة سيدي | علي بن سالم». (Not the
            // town after it behind «ب»: «شط مريم | بسوسة», in Sousse.)
            s.tags[span.start - 1] = 'B-LOC';
            for (let k = span.start; k < span.end; k++) {
              const w = f[k]!;
              s.tags[k] = k > span.start && w.startsWith('ب') && knownPlaceWord(w.slice(1)) ? 'O' : s.tags[k - 1] === 'O' ? 'O' : 'I-LOC';
            }
          } else if (span.end - span.start >= 2 && (DESCRIPTION_WORDS.has(first) || (first.startsWith(ARTICLE) && nationality(first)))) {
            // (Every word a description or a nationality, one at least a description: the first word filters first.)
            const words = f.slice(span.start, span.end);
            if (!words.some((w) => DESCRIPTION_WORDS.has(w)) || !words.every((w) => DESCRIPTION_WORDS.has(w) || (w.startsWith(ARTICLE) && nationality(w)))) continue;
            for (let k = span.start; k < span.end; k++) s.tags[k] = 'O';
          }
        }
      });
      // «قصف مصري ليبي» (Egyptian-Libyan shelling): a person whose every word is an indefinite nationality adjective is none.
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' || span.end - span.start < 2) continue;
          let all = true;
          for (let k = span.start; k < span.end && all; k++) {
            const w = folded[si]![k]!;
            all = !w.startsWith(ARTICLE) && /^.{3,}يه?$/u.test(w) && nationality(ARTICLE + w.replace(/يه$/u, 'ي'));
          }
          if (all) for (let k = span.start; k < span.end; k++) s.tags[k] = 'O';
        }
      });
      // «أكد الدنماركي ينس فالدمار» (the Dane Jens Valdemar): a nationality before a name of two words or
      // more is no part of it, and then no name alone either («وأضاف المدرب الدنماركي»).
      // (A country's adjective, or any definite adjective in ي with a frequent feminine: «الدنماركية»; not a
      // definite given name whose adjective is frequent too: «الهاشمي الحامدي», الهاشمية. Alone, such a
      // word is mostly a family name: «الوسلاتي».)
      const adjectives = new Set<string>();
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          const first = folded[si]![span.start]!;
          // (Nor before «بن» (son of) or «بو»: «العربي بن مهيدي»; nor a definite given name the lexicon knows:
          // «الصافي سعيد».)
          if (span.type !== 'PER' || span.end - span.start < 3 || SON_OF.has(folded[si]![span.start + 1]!) || definiteGivenName(s.tokens[span.start]!, lex) || DEFINITE_GIVEN_NAMES.has(first)) continue;
          if (!(nationality(first) || (nisbaAdjective(s.tokens[span.start]!, lex) && !givenNameTest(first)))) continue;
          s.tags[span.start] = 'O';
          s.tags[span.start + 1] = 'B-PER';
          adjectives.add(first);
        }
      });
      if (adjectives.size) retagLonePersons(adjectives, 'O');
      // «للمنظمة هبة مرايف» (the organisation's Heba Morayef): a definite head is no part of the name after it.
      strings.forEach((s, si) => splitDefiniteHeads(s.tokens, folded[si]!, s.tags, (w) => TRIGGERS.get(w) === 'ORG', givenNameTest, commonWord));
      strings.forEach((s, si) => cutDefiniteHeadObjects(folded[si]!, s.tags, (w) => TRIGGERS.get(w) === 'ORG'));
      // Places after place heads, in coordinations and by name, and news outlets (docs/ner.md);
      // KHABAR_NER_PLACES=0 turns the pass off.
      const places = process.env['KHABAR_NER_PLACES'] !== '0' ? { facts, gazetteer, lex } : undefined;
      if (places) proposePlaces(strings, places);
      // «السياسي التونسي الفرنسي "Guy Sitbon"» (the Franco-Tunisian politician Guy Sitbon): a Latin name of two or three
      // words, the first capitalised, right after a person's description — a role noun or a nationality, marks between at
      // most — is a person, whatever the model read in it.
      // (After a medium's head noun a Latin name of any case is the outlet: «موقع bfmtv الفرنسي», «صحيفة Le Monde»; after a
      // work's head noun it is the work, no person: «برنامج Le Divan». A hyphen written without spaces joins the words:
      // «الفرنسي Marc-Olivier Fogiel».)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        const words = texts[si]!;
        const n = s.tokens.length;
        const glued = (m: number): boolean => m + 1 < n && words[m] === '-' && s.tokens[m]!.end === s.tokens[m + 1]!.start && s.tokens[m - 1]!.end === s.tokens[m]!.start && s.tokens[m + 1]!.kind === 'latin';
        for (let k = 1; k < n; k++) {
          if (s.tokens[k]!.kind !== 'latin' || s.tokens[k - 1]!.kind === 'latin' || (words[k - 1] === '-' && k > 1 && s.tokens[k - 2]!.kind === 'latin')) continue;
          let e = k;
          while (e < n && (s.tokens[e]!.kind === 'latin' || (e > k && glued(e)))) e++;
          let b = k - 1;
          while (b > 0 && s.tokens[b]!.kind === 'punct' && QUOTATION_MARK.test(words[b]!)) b--;
          const headWord = s.tokens[b]!.kind === 'word' ? f[b]!.replace(/^[وفبل]+(?=[^ا])/u, '').replace(/^ال/u, '') : '';
          const latinWords = e - k - words.slice(k, e).filter((w) => w === '-').length;
          if (MEDIUM_HEADS.has(headWord) && latinWords <= 4) {
            for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-ORG' : 'I-ORG';
            k = e - 1;
            continue;
          }
          if (WORK_HEADS.has(headWord) && latinWords <= 5) {
            for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-MISC' : 'I-MISC';
            k = e - 1;
            continue;
          }
          // (A run the tagger read as persons, cut at its hyphen, is one: «قال Jean | - | Yves Garino محامي …».)
          if (latinWords >= 2 && words[k + 1] === '-' && s.tags.slice(k, e).every((t, m) => words[k + m] === '-' || t.endsWith('PER'))) {
            for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-PER' : 'I-PER';
            k = e - 1;
            continue;
          }
          if (!/^\p{Lu}\p{Ll}/u.test(words[k]!) || latinWords < 2 || latinWords > 3) continue;
          // (Past nationalities to a role noun of a person: «الصحفي الفرنسي», not «الموقع الكندي "Le Métro"» (the Canadian site)
          // nor «باللغة الفرنسية "Fausse couche"»; and no article opening the name.)
          // (A definite noun in «ي» before a nationality describes a person too: «السياسي التونسي»; so does «وهو» (he is).)
          const at = b;
          while (b > 0 && s.tokens[b]!.kind === 'word' && countryAdjective(f[b]!.replace(/^و(?=ال)/u, ''))) b--;
          const described = f[b]!.replace(/^و(?=ال)/u, '');
          const personNoun = roleNoun(described) || (b < at && ((described.startsWith(ARTICLE) && described.endsWith('ي') && !countryAdjective(described)) || /^و?(هو|هي)$/u.test(described)));
          if (s.tokens[b]!.kind !== 'word' || !personNoun || TRIGGERS.get(described) === 'ORG' || LATIN_ARTICLES.has(words[k]!.toLowerCase())) continue;
          for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-PER' : 'I-PER';
          k = e - 1;
        }
      });
      // «ونفت الجامعة ما ورد على لسان كربول» (the federation denied what was said by Karboul, literally «on Karboul's
      // tongue»): «لسان» (tongue) after «على» is no word of a name; a name of one or two words after it is the one who spoke,
      // a person — unless it opens with a body's head noun («على لسان وزارة الداخلية»). (The tagger read «لسان كربول» as a
      // body, and its second pass then dropped «آمال كربول» everywhere else in the article.)
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.start === 0 || f[span.start] !== TONGUE || f[span.start - 1] !== ON || span.end - span.start < 2) continue;
          s.tags[span.start] = 'O';
          const type = span.end - span.start <= 3 && TRIGGERS.get(f[span.start + 1]!) !== 'ORG' ? 'PER' : span.type;
          for (let k = span.start + 1; k < span.end; k++) s.tags[k] = `${k === span.start + 1 ? 'B' : 'I'}-${type}` as Tag;
        }
      });
      // «محطة كيه.إيه.بي.سي التلفزيونية» (the television station KABC), «(دبليو.إس.بي)»: call letters written letter by letter
      // with dots between, no space, are one name — the outlet's. The tagger kept a piece («بي.سي») or took the outlet noun
      // in («شبكة سي.إن.إن», as a person even); a chain it missed is the outlet after an outlet noun or between brackets.
      // (The stops segmentation keeps inside a dotted acronym, `dottedAcronymStop`; two at least.)
      tagged.forEach((s, si) => {
        const words = texts[si]!;
        const n = s.tokens.length;
        const acronymStop = (t: number): boolean => dottedAcronymStop(doc.text, s.tokens, t, 0, n);
        for (let k = 0; k < n; k++) {
          if (s.tokens[k]!.kind !== 'word' || acronymStop(k - 1)) continue;
          let e = k + 1;
          while (acronymStop(e)) e += 2;
          if (e - k < 5) continue;
          let b = k - 1;
          while (b >= 0 && s.tokens[b]!.kind === 'punct' && words[b] === '(') b--;
          const outletBefore = b >= 0 && outletNoun(facts[si]![b]!);
          const bracketed = k > 0 && words[k - 1] === '(' && words[e] === ')';
          let pieceTagged = false;
          for (let m = k; m < e; m++) pieceTagged ||= s.tags[m] !== 'O';
          if (!pieceTagged && !outletBefore && !bracketed) continue;
          // (The outlet noun the tagger took in is no part of the name: «شبكة | سي.إن.إن».)
          if (s.tags[k]!.startsWith('I-') && k >= 1 && s.tags[k - 1]!.startsWith('B-')) s.tags[k - 1] = 'O';
          for (let m = k; m < e; m++) s.tags[m] = m === k ? 'B-ORG' : 'I-ORG';
          // (A name that goes on after the letters goes on as the outlet's: «إيه.بي.سي نيوز», ABC News.)
          for (let m = e; m < n && s.tags[m]!.startsWith('I-'); m++) s.tags[m] = 'I-ORG';
          k = e - 1;
        }
      });
      propagateNames(
        strings,
        // (A last name the word classes hold is carried too after a listed given name, when the person slots would read it as a
        // rare word, no common one nor a known name: «دونالد ترامب» … «ترامب» (Trump), whom the tagger's older training copy
        // never named.)
        { lastName: (w, name) => !clusters.has(w) || (firstName(name.words[0]!) && nameReading(name.lastToken, lex) === 'rare'), givenName: givenNameTest, sentenceFacts: facts },
      );
      // «أكد مدير دار نشر "كنوز" محمد صالح | معالج … وأوضح معالج أن …» (the director Mohamed Salah Maalej … Maalej explained
      // that): a word right after a person's name that stands alone elsewhere in the document between a speech verb and its
      // complementiser is the name's last word — a family name that is also a common word («معالج», a therapist). (Not a word
      // behind «ل», the one told: «وقال باركلي للقاضي إن».)
      {
        const subjects = new Set<string>();
        strings.forEach((s, si) => {
          const f = folded[si]!;
          for (let k = 1; k + 1 < f.length; k++) {
            if (s.tags[k] === 'O' && TRIGGERS.get(f[k - 1]!) === 'SPEECH' && COMPLEMENTISER_ENDS.has(f[k + 1]!) && ARABIC_WORD.test(s.tokens[k]!) && !roleNoun(f[k]!) && !f[k]!.startsWith(ARTICLE) && !f[k]!.startsWith(LAM)) subjects.add(f[k]!);
          }
        });
        if (subjects.size) {
          strings.forEach((s, si) => {
            const f = folded[si]!;
            for (const span of spansOf(s.tags)) {
              if (span.type === 'PER' && span.end < f.length && s.tags[span.end] === 'O' && subjects.has(f[span.end]!)) s.tags[span.end] = 'I-PER';
            }
          });
        }
      }
      const describedNationalities = new Set<string>();
      // «تقول المودعة نهى فرحات» (says the depositor Noha Farhat): a lone definite word the tagger read as a
      // person right before a person's name is a description of that person, not a second one — unless
      // it is a given name (الحبيب، الباجي).
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          // (Not before «و» and a name: «المنصف الوهايبي وعبد المجيد الشرفي», two people.)
          if (span.type !== 'PER' || span.end - span.start !== 1 || s.tags[span.end] !== 'B-PER' || folded[si]![span.end]!.startsWith('و')) continue;
          const word = folded[si]![span.start]!;
          const token = s.tokens[span.start]!;
          // (Nor a definite given name, «الباجي», or a family name in «ي» that is no adjective: «بسمة الخلفاوي | أرملة …».)
          // (A country's adjective is a description too: «أكد الجامايكي يوسين بولت», the Jamaican Usain Bolt stated — and
          // then no one's name alone either: «وأكمل العداء الجامايكي», the Jamaican runner went on.)
          const described = word.endsWith('ي') && nationality(word);
          if (!word.startsWith(ARTICLE) || givenNameTest(word) || definiteGivenName(token, lex) || DEFINITE_GIVEN_NAMES.has(word) || (word.endsWith('ي') && !nisbaAdjective(token, lex) && !described)) continue;
          s.tags[span.start] = 'O';
          if (described) describedNationalities.add(word);
        }
      });
      if (describedNationalities.size) retagLonePersons(describedNationalities, 'O');
      // (The name's later words keep their first letter where a repeat starts with one, as `tailWords` above: «وأوضح بوافر دارفور».)
      for (const [si, from, to] of repeatedNameEnds(strings, folded, (w) => placeWord(w) || gazetteer.oneWordName(w, ['REGION']), (w) => timeWord(w) || countryAdjective(w) || TRIGGERS.has(w) || roleNoun(w.slice(2)))) {
        for (let k = from + 1; k <= to; k++) tailWords.add(strings[si]!.tokens[k]!);
      }
      // Places and outlets by name after the repeats: a name found whole elsewhere is carried first.
      if (places) proposeNamedPlaces(strings, places);
      // «قلب نجم المتلوي تأخره» (ES Métlaoui came from behind): a club's head the tagger left before a town read as a place (by
      // the tagger or the place passes) is the club — a town, not a country («مستقبل تونس» is Tunisia's future).
      // (A town of two words or more too, when the project lists it whole: «أمل حمام سوسة» (AS Hammam Sousse), «سكك الحديد»
      // aside.) And «الرياضية/الرياضي» (sporting) right after a town is the club of the town: «جندوبة الرياضية» (Jendouba
      // Sports), «قرمبالية الرياضية».
      /** The end of the place the tags begin at `k`: past its «I-LOC» words. */
      const placeEnd = (tags: readonly Tag[], k: number): number => {
        let end = k + 1;
        while (end < tags.length && tags[end] === 'I-LOC') end++;
        return end;
      };
      /** Whether folded `words` are a town the project lists: one word that names no country, or several listed whole. */
      const listedTown = (words: readonly string[]): boolean =>
        words.length === 1 ? knownPlaceWord(words[0]!) && !gazetteer.oneWordName(words[0]!, COUNTRY) : listedPlaceLength(words) === words.length;
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 0; k + 1 < f.length; k++) {
          if (s.tags[k] === 'B-LOC') {
            const end = placeEnd(s.tags, k);
            // (Behind «و/ب/ل» too: «وجندوبة الرياضية».)
            const first = knownPlaceWord(f[k]!) ? f[k]! : f[k]!.replace(/^[وفبل]/u, '');
            if (end < f.length && s.tags[end] === 'O' && SPORTING.has(f[end]!) && listedTown([first, ...f.slice(k + 1, end)])) {
              s.tags[k] = 'B-ORG';
              for (let m = k + 1; m <= end; m++) s.tags[m] = 'I-ORG';
              k = end;
              continue;
            }
          }
          // (A definite head and its town's adjective, neither tagged: «الملعب القابسي» (Stade Gabésien).)
          if (s.tags[k] === 'O' && s.tags[k + 1] === 'O' && headIn(f[k]!, DEFINITE_CLUB_HEADS) && townAdjective(f[k + 1]!)) {
            s.tags[k] = 'B-ORG';
            s.tags[k + 1] = 'I-ORG';
            k++;
            continue;
          }
          if (s.tags[k] !== 'O' || s.tags[k + 1] !== 'B-LOC') continue;
          const head = f[k]!;
          if (!headIn(head, CLUB_HEADS)) continue;
          const end = placeEnd(s.tags, k + 1);
          if (!listedTown(f.slice(k + 1, end))) continue;
          s.tags[k] = 'B-ORG';
          for (let m = k + 1; m < end; m++) s.tags[m] = 'I-ORG';
        }
      });
      // «أعلنت القوات المسلحة الإماراتية» (the UAE armed forces announced), «الجيش الجزائري» (the Algerian army): a country's
      // army, which the tagger seldom tags, is a body — its head, «الوطني» (national) at most, and the country's adjective.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 0; k + 1 < f.length; k++) {
          if (s.tags[k] !== 'O') continue;
          let end = headIn(f[k]!, ARMY_HEADS) ? k + 1 : headIn(f[k]!, FORCES) && f[k + 1] === ARMED ? k + 2 : k;
          if (end === k) continue;
          if (f[end] === NATIONAL) end++;
          if (end >= f.length || !countryAdjective(f[end]!)) continue;
          end++;
          let free = true;
          for (let m = k + 1; m < end && free; m++) free = s.tags[m] === 'O';
          if (!free) continue;
          s.tags[k] = 'B-ORG';
          for (let m = k + 1; m < end; m++) s.tags[m] = 'I-ORG';
        }
      });
      // «جنوب إفريقيا» (South Africa), «شمال إفريقيا» (North Africa), «شرق آسيا»: a side before a continent the tagger found
      // alone is part of the name — a country's or a region's. So is «العربي/الكبير» after «المغرب»: «المغرب العربي» (the
      // Maghreb) is the region, not Morocco.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 0; k + 1 < f.length; k++) {
          // (Not inside a body's name, which the organisation pass reads later: «اتحاد عمال المغرب العربي».)
          const inBody = [k - 1, k - 2].some((m) => m >= 0 && TRIGGERS.get(f[m]!) === 'ORG');
          if (s.tags[k] === 'B-LOC' && s.tags[k + 1] === 'O' && !inBody && f[k]!.replace(/^[وبلف]/u, '') === MAGHREB && MAGHREB_ADJECTIVES.has(f[k + 1]!)) {
            s.tags[k + 1] = 'I-LOC';
            continue;
          }
          if (s.tags[k] !== 'O' || s.tags[k + 1] !== 'B-LOC' || s.tags[k + 2] === 'I-LOC' || !CONTINENTS.has(f[k + 1]!) || !headIn(f[k]!, SIDES)) continue;
          s.tags[k] = 'B-LOC';
          s.tags[k + 1] = 'I-LOC';
        }
      });
      // «وقالت نيابة هيسن في بيان» (the Hesse prosecution said in a statement), «جامعة كاليفورنيا», «محكمة قرمبالية»: a body's
      // head without the article before a place is the body of that place, named by both words.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 0; k + 1 < f.length; k++) {
          // (Or a name the tagger read as a person's: «نيابة هيسن» in one sentence, a place in another; «جامعة محمد الخامس».)
          if (s.tags[k] !== 'O' || (s.tags[k + 1] !== 'B-LOC' && s.tags[k + 1] !== 'B-PER')) continue;
          const head = f[k]!;
          // («وثيقة قرطاج» (the Carthage Document), «أيام قرطاج السينمائية» (the Carthage film festival): a document or an event
          // named after its place — other, the gold's optional type, not the place.)
          const work = headIn(head, WORK_OF_PLACE_HEADS) !== undefined && s.tags[k + 1] === 'B-LOC';
          const bare = work ? undefined : headIn(head, PLACE_BODY_HEADS);
          // (A court's town the tagger read as a person stays the tagger's: «محكمة قبلي», where it reads «قبلي» a person throughout.)
          if (!work && (!bare || (s.tags[k + 1] === 'B-PER' && bare === COURT))) continue;
          // (Not a place behind «ب»: «محكمة بسيدني» is a court in Sydney.)
          if (!work && /^[بل]/u.test(f[k + 1]!) && placeWord(f[k + 1]!.slice(1))) continue;
          const type = work ? 'MISC' : 'ORG';
          s.tags[k] = `B-${type}`;
          let e = k + 1;
          for (const inside = `I-${s.tags[k + 1]!.slice(2)}`; e === k + 1 || s.tags[e] === inside; e++) s.tags[e] = `I-${type}`;
          // (With the adjectives that agree with the head: «محكمة تونس الابتدائية» (the Tunis court of first instance), «أيام قرطاج
          // السينمائية».)
          agreeingAdjectives(s.tags, f, e, `I-${type}`);
        }
      });
      // Long organisation names from their head noun (docs/ner.md); KHABAR_NER_ORGS=0 turns it off.
      if (process.env['KHABAR_NER_ORGS'] !== '0') {
        proposeOrganisations(strings, facts);
        extendPartyNames(strings, facts, countryAdjective);
      }
      channelNames(strings, facts, countryAdjective);
      // (A rule of its own, on even with KHABAR_NER_ORGS=0, which measures the long-name pass alone.)
      placeBodies(strings, facts);
      // Municipalities and local units with their towns (each town also a place of its own, nested: `unitTowns`). (A town: one
      // word the project lists or the gazetteer holds as a city, or a listed town of several words.)
      const town: TownTest = (w) => (w.length === 1 ? knownPlaceWord(w[0]!) || gazetteer.oneWordName(w[0]!, ['CITY']) : listedPlaceLength(w) === w.length);
      forceUnits(strings, facts);
      competitionNames(strings, facts);
      // «ويطالب أهالي بن قردان الحكومة ب…» (the people of Ben Guerdane call on the government to …): a name the tagger began at a
      // word for the people of a place, the rest a town, is the town alone — the people are no one's name.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.end - span.start < 2 || !headedBy(facts[si]![span.start]!.strips, PEOPLE_OF, false) || !town(f.slice(span.start + 1, span.end))) continue;
          s.tags[span.start] = 'O';
          mark(s.tags, span.start + 1, span.end - span.start - 1, 'LOC');
        }
      });
      // «شارع الحبيب بورقيبة» (Habib Bourguiba Avenue), «شارع بورقيبة»: a street's head, at most one given name the tagger
      // left, then a place it did find — the street, one place (the annotators write it so), not a town called «بورقيبة».
      // (The one-word places and how often the article names each, counted only once a street's head is met: most articles
      // have none.)
      let oneWordPlaces: Map<string, number> | undefined;
      const placeCount = (w: string): number => {
        if (!oneWordPlaces) {
          oneWordPlaces = new Map();
          strings.forEach((s, si) => {
            for (const span of spansOf(s.tags)) if (span.type === 'LOC' && span.end - span.start === 1) oneWordPlaces!.set(folded[si]![span.start]!, (oneWordPlaces!.get(folded[si]![span.start]!) ?? 0) + 1);
          });
        }
        return oneWordPlaces.get(w) ?? 0;
      };
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          // (Not a person: the entity stage reads «شارع | الهادي نويرة» as a place run into a person and cuts it.)
          if (span.type !== 'LOC') continue;
          let head = span.start - 1;
          if (head > 0 && s.tags[head] === 'O' && (givenNameTest(f[head]!) || definiteGivenName(s.tokens[head]!, lex) || DEFINITE_GIVEN_NAMES.has(f[head]!))) head--;
          if (head < 0 || s.tags[head] !== 'O' || !AVENUE_HEADS.has(f[head]!.replace(FACILITY_PROCLITICS, ''))) continue;
          // (Nor a known place or one the article names twice, «شارع الجزائر», «شارع الشانزليزيه», which the entity stage cuts off
          // where it is named alone.)
          if (span.end - span.start === 1 && (placeWord(f[span.start]!) || placeCount(f[span.start]!) > 1)) continue;
          s.tags[head] = 'B-LOC';
          for (let k = head + 1; k < span.end; k++) s.tags[k] = 'I-LOC';
        }
      });
      municipalities(strings, facts, town, unitTowns);
      localUnitTowns(strings, facts, town, unitTowns);
      // «البعثة الدائمة للجمهورية التونسية بجينيف» (Tunisia's permanent mission in Geneva): a one-word person behind «ب» right
      // after a body is the body's place, which the tagger read as a name — not «بن/بو/بل…», which open Maghrebi surnames, nor
      // «بي…» (Pérez, «بيريز») or «با…» («باتحاد», against the union of).
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.end;
          if (span.type !== 'ORG' || s.tags[at] !== 'B-PER' || s.tags[at + 1] === 'I-PER' || !/^ب[^ونلاي]/u.test(f[at]!) || givenNameTest(f[at]!.slice(1))) continue;
          s.tags[at] = 'I-ORG';
        }
      });
      // «وقد أحدثت شركة فايسبوك العام الماضي فرعا» (Facebook set up a branch last year): a period noun that ends a body and a
      // word of relative time after it are a time, not the body's (not «الأمين العام», general, with no such word after it).
      strings.forEach((s, si) => {
        // («حزب آفاق تونس المنتمي الى الائتلاف الحاكم» (the Afek Tounes party, which belongs to the ruling coalition): so is a
        // participle of belonging that ends a body — the start of its description, not its name.)
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'ORG' || span.end - span.start < 3) continue;
          const last = folded[si]![span.end - 1]!;
          if ((PERIOD_NOUNS.has(last) && RELATIVE_TIMES.has(folded[si]![span.end] ?? '')) || BELONGING.has(last)) s.tags[span.end - 1] = 'O';
        }
      });
      // «أدانت الهيئة المديرة للنادي الإفريقي …» (the Club Africain's board condemned …): «الهيئة المديرة» (the managing board) is a
      // description; the club after its «ل/لل» is the name — two words at least, no figure («للدورة 27», of the 27th session),
      // definite or a club's head («لمستقبل المرسى»). A board of no named body («الهيئة المديرة للفريق», the team's board;
      // «الهيئة المديرة الجديدة») is no name at all.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'ORG' || span.end - span.start < 2 || f[span.start] !== MANAGING_BOARD[0] || f[span.start + 1] !== MANAGING_BOARD[1]) continue;
          const at = span.start + 2;
          // («للنادي»: «ل» and the article, its alef elided; «لمستقبل»: «ل» and a club's head.)
          const word = at < span.end ? f[at]! : '';
          const definite = word.startsWith('لل') || (word.startsWith('ل') && CLUB_HEADS.has(word.slice(1)));
          const club = definite && span.end - at >= 2 && !f.slice(at, span.end).some((w) => /^[0-9\u0660-\u0669]/u.test(w));
          s.tags[span.start] = 'O';
          s.tags[span.start + 1] = 'O';
          for (let k = at; k < span.end; k++) s.tags[k] = club ? (k === at ? 'B-ORG' : 'I-ORG') : 'O';
        }
      });
      // «أكد فرج علي مدير عام النقل البري أن …» (Faraj Ali, the director general of land transport, stressed that): «علي» written
      // with «ي» right after a one-word person who is a listed given name, before a role, a complementiser, a speech participle or
      // punctuation, is the surname — not «على» (on), which folds the same and which none of those follows.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.end;
          if (span.type !== 'PER' || span.end - span.start !== 1 || s.tokens[at] !== ALI || s.tags[at] !== 'O' || !listedGivenName(f[span.start]!, gazetteer)) continue;
          if (nameEndsBefore(s.tokens, f, at + 1)) s.tags[at] = 'I-PER';
        }
      });
      // «نفى نور الدين الحاج علي المدير الجهوي للتطهير …» (Noureddine Hajj Ali, the regional director, denied): «الحاج» (the
      // pilgrim, a title) and a listed given name («علي» as written) right after a person, before a role, a complementiser, a speech participle or
      // punctuation, are the family name («الحاج علي», «الحاج يوسف»), which the tagger left out as a title and a first name.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.end;
          // (The name after it may be tagged a person alone, as elsewhere in the article.)
          const nameAlone = s.tags[at + 1] === 'O' || (s.tags[at + 1] === 'B-PER' && s.tags[at + 2] !== 'I-PER');
          if (span.type !== 'PER' || f[at] !== HAJJ || s.tags[at] !== 'O' || !nameAlone || f[at + 1] === undefined || !(listedGivenName(f[at + 1]!, gazetteer) || s.tokens[at + 1] === ALI)) continue;
          // (Or before a definite word behind «ب» (by, with), a phrase that follows a name: «عز الدين الحاج حسن بالإنابة عن …»
          // (on behalf of).)
          if (nameEndsBefore(s.tokens, f, at + 2) || BY_DEFINITE.test(f[at + 2]!)) s.tags[at] = s.tags[at + 1] = 'I-PER';
        }
      });
      // «ملكة بريطانيا، إليزابيث الثانية،» (the queen of Britain, Elizabeth II): a word and a regnal ordinal, a few words after
      // a monarch's title, are the monarch — a name the tagger does not know.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 1; k + 1 < f.length; k++) {
          if (s.tags[k] !== 'O' || s.tags[k + 1] !== 'O' || !REGNAL_ORDINALS.has(f[k + 1]!) || !ARABIC_TOKEN.test(s.tokens[k]!) || f[k]!.length < 3 || s.tokens[k]!.startsWith(ARTICLE)) continue;
          let titled = false;
          for (let m = k - 1; m >= 0 && m >= k - 4 && !titled; m--) titled = MONARCH_TITLES.has(f[m]!);
          if (!titled) continue;
          s.tags[k] = 'B-PER';
          s.tags[k + 1] = 'I-PER';
        }
      });
      // «ماكرون يحيي ذكرى مغربي …» (Macron commemorates a Moroccan …): in a sentence that opens on it, a person of two words
      // whose first is the surname of a longer name elsewhere in the article («إيمانويل ماكرون») and whose second reads as an
      // imperfect verb is the surname, then the verb.
      const fullNameEnds = new Set<string>();
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start >= 2) fullNameEnds.add(folded[si]![span.end - 1]!);
      });
      if (fullNameEnds.size) strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' || span.start !== 0 || span.end !== 2 || !fullNameEnds.has(f[0]!) || !IMPERFECT_PREFIX.test(s.tokens[1]!)) continue;
          s.tags[1] = 'O';
        }
      });
      // «المؤسسة العربية للاتصالات الفضائية "عربسات"» (the Arab Satellite Communications Organization, "Arabsat"): one word
      // in quotation marks right after a body's name is that body's short name, not a person — here and wherever else the
      // document names a person by that word alone («وقالت عربسات»).
      const shortNames = new Set<string>();
      strings.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          const open = span.start - 1;
          if (span.type !== 'PER' || span.end - span.start !== 1 || open < 1 || !QUOTATION_MARK.test(s.tokens[open]!) || !QUOTATION_MARK.test(s.tokens[span.end] ?? '')) continue;
          if (s.tags[open - 1] === 'B-ORG' || s.tags[open - 1] === 'I-ORG') shortNames.add(folded[si]![span.start]!);
        }
      });
      if (shortNames.size) retagLonePersons(shortNames, 'B-ORG');
      // «كشفت شركة أبل عن هاتفها الجديد» (Apple revealed its new phone): a company named by one word the lexicon does not
      // know as a common word (no nisba, no article) right after an indefinite «شركة» is that company.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 0; k + 1 < f.length; k++) {
          if (!COMPANY_HEADS.has(f[k]!.replace(/^[وفبل](?=شرك)/u, '')) || s.tags[k] !== 'O' || s.tags[k + 1] !== 'O') continue;
          const word = f[k + 1]!;
          // (Not an adjective agreeing with «شركة»: «شركة مختارة», «شركة قابضة», a chosen, a holding company.)
          if (word.length < 3 || word.startsWith(ARTICLE) || /(ي|ه)$/u.test(word) || TRIGGERS.has(word) || nameReading(s.tokens[k + 1]!, lex) !== 'rare') continue;
          // (One word only: not the first of a longer phrase the tagger left, «شركة نقل خاصة».)
          if (k + 2 < f.length && s.tags[k + 2] === 'O' && /^\p{L}/u.test(s.tokens[k + 2]!) && nameReading(s.tokens[k + 2]!, lex) === 'rare') continue;
          s.tags[k + 1] = 'B-ORG';
        }
      });
      // «منظمة الأغذية والزراعة | للأمم المتحدة» (the Food and Agriculture Organization of the United Nations):
      // a body's name right after a body, behind «لل» (of the), is its complement, and the two are one name.
      strings.forEach((s, si) => {
        const spans = spansOf(s.tags);
        for (let k = 1; k < spans.length; k++) {
          const a = spans[k - 1]!;
          const b = spans[k]!;
          if (a.type !== 'ORG' || b.type !== 'ORG' || a.end !== b.start || !folded[si]![b.start]!.startsWith('لل')) continue;
          s.tags[b.start] = 'I-ORG';
        }
      });
      // «مجموعة لاندمارك» (the Landmark Group): an indefinite head noun before a body's name is part of it
      // (after the repeats, which carry the name without it: «الهلال الأحمر» of «جمعية الهلال الأحمر», and
      // after the long names, which start from the tagger's own «B-ORG»).
      strings.forEach((s, si) => extendOrgHeads(s.tokens, folded[si]!, s.tags));
      // «الخطوط الجوية التركية» (Turkish Airlines): a country's adjective right after a body's name is part of
      // it (after the long names, which read «وكالة إنترفاكس الروسية للأنباء» whole); «سعيد بن عائض آل مفرح» (Saeed bin Aidh Al Mufreh): «آل» (the family of) and its name end a person's.
      strings.forEach((s, si) => {
        const words = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const k = span.end;
          // «سيدي ولد اعل | الشيخ» (Sidi Ould Ali Cheikh): in a Mauritanian name «الشيخ» may close it too.
          if (span.type === 'PER' && k < words.length && words[k] === SHEIKH && s.tags[k] === 'O' && words.slice(span.start, k).some((w) => w === OULD || w === MINT) && !(k + 1 < words.length && s.tags[k + 1] !== 'O')) {
            s.tags[k] = 'I-PER';
            continue;
          }
          // («سعيد بن عائض | آل مفرح»: a family the tagger began as a person of its own joins too.)
          if (span.type === 'PER' && k + 1 < words.length && words[k] === FAMILY && s.tags[k] === 'B-PER' && s.tags[k + 1] === 'I-PER') {
            // (The family's own words are I-PER already: the B-PER of «آل» is all that changes.)
            s.tags[k] = 'I-PER';
            continue;
          }
          // «حافظ | قائد | السبسي» (Hafedh Caïd Essebsi): the tagger left «قائد» (a leader) out and read two
          // persons; a person right after it continues the name.
          if (span.type === 'PER' && k + 1 < words.length && CAID_FORMS.has(words[k]!) && s.tags[k] === 'O' && s.tags[k + 1] === 'B-PER') {
            s.tags[k] = 'I-PER';
            s.tags[k + 1] = 'I-PER';
            continue;
          }
          // «حافظ | قايد السبسي»: the tagger began a second person at «قائد»; it continues the first.
          if (span.type === 'PER' && k + 1 < words.length && CAID_FORMS.has(words[k]!) && s.tags[k] === 'B-PER') {
            s.tags[k] = 'I-PER';
            continue;
          }
          // «الباجي قائد | السبسي» (Béji Caïd Essebsi): the tagger found the surname alone; a given name two
          // words before it, across «قائد», begins the name.
          const b = span.start;
          if (span.type === 'PER' && b >= 2 && CAID_FORMS.has(words[b - 1]!) && s.tags[b - 1] === 'O' && s.tags[b - 2] === 'O' && givenName(words[b - 2]!, model)) {
            s.tags[b - 2] = 'B-PER';
            s.tags[b - 1] = 'I-PER';
            s.tags[b] = 'I-PER';
          }
          if (k >= words.length || s.tags[k] !== 'O') continue;
          // «تونس | الكبرى» (Greater Tunis): «الكبرى» (greater) after a city is part of its name — not after a country alone,
          // where it goes on a noun before it: «مدن فرنسا الكبرى» (France's big cities), «جائزة ألمانيا الكبرى» (the German
          // Grand Prix).
          // (Nor after a feminine place noun it may agree with: «منطقة فينيكس الكبرى», the greater Phoenix area.)
          const areaBefore = span.start > 0 && AREA_NOUNS.test(words[span.start - 1]!);
          // (So do the quarters after a city the gazetteer knows: «القدس الشرقية» (East Jerusalem), «صفاقس الجنوبية» (the Sfax
          // South delegation).)
          // (Not after a feminine or plural noun in construct with the city, which the adjective may agree with — «ضاحية باريس
          // الجنوبية», the southern suburb of Paris, «أحياء حلب الشرقية» — but for the delegation it names, «معتمدية»; a
          // definite word before it is no such noun: «فرقة الشرطة العدلية سوسة الجنوبية», the Sousse South police unit.)
          const quarter = CITY_QUARTERS.has(words[k]!) && span.end - span.start === 1 && !(span.start > 0 && nounInConstructBefore(words[span.start - 1]!)) && gazetteer.oneWordName(words[span.start]!, CITY) && !gazetteer.oneWordName(words[span.start]!, COUNTRY);
          const greater = words[k] === GREATER && (span.end - span.start > 1 || !gazetteer.oneWordName(words[span.start]!, COUNTRY) || gazetteer.oneWordName(words[span.start]!, CITY));
          if (span.type === 'LOC' && (greater || quarter) && !areaBefore) {
            s.tags[k] = 'I-LOC';
            continue;
          }
          // «النقابة العامة للقيمين والقيمين | العامين» (the general union of supervisors and general supervisors): a body's
          // name that ends on a plural in «ين» goes on over a definite plural adjective agreeing with it — a word whose singular
          // news copy writes often —, before punctuation or «إن/أن».
          if (span.type === 'ORG' && /ين$/u.test(words[k - 1]!) && /^ال.{3,}ين$/u.test(words[k]!) && (k + 1 >= words.length || /^[،,.؛:]$/u.test(s.tokens[k + 1]!) || COMPLEMENTISER_ENDS.has(words[k + 1]!)) && lex.count(lex.form(s.tokens[k]!).slice(0, -2)) >= 20) {
            s.tags[k] = 'I-ORG';
            continue;
          }
          // «عبدالعزيز بن محمد آل | مفرح» (Abdulaziz bin Mohammed Al Mufreh): a name the tagger ended on «آل» (the family
          // of) goes on over the family's name.
          if (span.type === 'PER' && k - span.start >= 2 && words[k - 1] === FAMILY && ARABIC_WORD.test(s.tokens[k]!)) {
            s.tags[k] = 'I-PER';
            continue;
          }
          // «الجامعة التونسية للكرة | الطائرة» (the Tunisian Volleyball Federation): a body's name that ends on «(ل)لكرة»
          // (ball) goes on over the kind of ball, which the tagger reads as «the plane» or «the iron».
          if (span.type === 'ORG' && BALL.has(words[k - 1]!) && BALL_KINDS.has(words[k]!)) {
            s.tags[k] = 'I-ORG';
            continue;
          }
          // (Only after a body's head noun, «الخطوط الجوية» or «حزب الله», not after a club's name: «ريال مدريد
          // الإسباني»; and agreeing with it, so not an adjective of the person named next: «الجامعة العربية
          // الجزائري عبد القادر مساهل».)
          const head = words[span.start]!.replace(/^[وفبل]+(?=ال)/u, '');
          // (A plural head takes a feminine adjective, «الخطوط الجوية التركية»: only a feminine head and a
          // masculine adjective disagree for sure.)
          const disagrees = head.endsWith('ه') && !words[k]!.endsWith('يه');
          // (Not after a university's or a club's own name, which the press gives with its country as a description: «جامعة
          // أوهايو الأميركية» (Ohio University, American), «نادي برشلونة الإسباني» — the name ends before the adjective.)
          const namedSchoolOrClub = NAMED_WITH_COUNTRY_HEADS.has(head) && k - span.start >= 2;
          if (span.type === 'ORG' && !disagrees && !namedSchoolOrClub && (TRIGGERS.get(head) === 'ORG' || BODY_HEADS.has(head)) && countryAdjective(words[k]!)) s.tags[k] = 'I-ORG';
          else if (span.type === 'PER' && words[k] === FAMILY && k + 1 < words.length && (s.tags[k + 1] === 'O' || s.tags[k + 1] === 'B-PER') && ARABIC_WORD.test(s.tokens[k + 1]!)) {
            s.tags[k] = 'I-PER';
            s.tags[k + 1] = 'I-PER';
          }
        }
      });
      strings.forEach((s, si) => {
        const words = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const last = span.end - 1;
          // «بجامعة الملك خالد أ.د. عبدالعزيز …» (at King Khalid University, Prof. Dr. Abdulaziz …): the initials of a title,
          // a letter and a full stop twice, end no name.
          if (last > span.start && s.tokens[last]!.length === 1 && s.tokens[last + 1] === '.' && s.tokens[last + 2]?.length === 1 && s.tokens[last + 3] === '.') s.tags[last] = 'O';
          // «وأكد الإتحاد | استعداده التام» (the union stressed its full readiness): a noun with a possessive pronoun that the
          // lexicon knows bare ends no body's name — it is what the body states.
          if (span.type === 'ORG' && last > span.start && possessedNounForm(lex.form(s.tokens[last]!), (w) => lex.count(w)) && !TRIGGERS.has(words[last]!)) s.tags[last] = 'O';
          // «جامعة الملك | خالد» (King Khalid University), «مستشفى الملك | فهد»: a body named after a king or a prince
          // goes on over his name, which the tagger read as a person of its own.
          if (span.type === 'ORG' && (words[last] === KING || words[last] === PRINCE) && s.tags[span.end] === 'B-PER') {
            // (Not over a place behind a preposition that the tagger ran into the person: «خالد | بالسعودية».)
            for (let k = span.end; k < s.tags.length && (k === span.end || s.tags[k] === 'I-PER'); k++) {
              if (k > span.end && BEHIND_ARTICLE.test(words[k]!)) {
                for (let m = k; m < s.tags.length && s.tags[m] === 'I-PER'; m++) s.tags[m] = 'O';
                break;
              }
              s.tags[k] = 'I-ORG';
            }
          }
        }
      });
      // «شركة مينيرا | أندينا ديل سور (Minera Andina del Sur)», «وزيرة التعدين أورورا فالديس (Aurora Valdés)»: a name
      // transliterated before its original in brackets has as many words as the original (two or more Latin words). A
      // body's name the tagger cut short runs on to the bracket; a person's that took a word of the title before it is
      // cut to that count (a body keeps its head noun, «شركة», which the original may leave out).
      strings.forEach((s, si) => {
        const toks = s.tokens;
        for (let open = 2; open < toks.length; open++) {
          if (toks[open] !== '(') continue;
          let latin = 0;
          let close = open + 1;
          while (close < toks.length && LATIN_NAME_WORD.test(toks[close]!)) {
            latin++;
            close++;
          }
          if (latin < 2 || toks[close] !== ')' || open - latin < 0) continue;
          const first = open - latin;
          const span = spansOf(s.tags).find((x) => x.start < open && x.end > first && x.end <= open);
          // (A place the tagger made of a person between commas after a person's role: «قال الرئيس التنفيذي للشركة، دانيال
          // أوكافور (Daniel Okafor)،», the company's chief executive, Daniel Okafor — a given name first, as no place's name
          // after a role is.)
          if (span?.type === 'LOC' && span.end === open && span.start > 0 && (s.tokens[span.start - 1] === '،' || s.tokens[span.start - 1] === ',') && givenName(folded[si]![span.start]!, model) && roleBefore(s.tokens, folded[si]!, s.tags, span.start)) {
            mark(s.tags, span.start, span.end - span.start, 'PER');
            const latinSpan = spansOf(s.tags).find((x) => x.start === open + 1 && x.end === close && x.type !== 'PER');
            if (latinSpan) mark(s.tags, latinSpan.start, latinSpan.end - latinSpan.start, 'PER');
            span.type = 'PER';
          }
          if (!span || (span.type !== 'PER' && span.type !== 'ORG')) continue;
          // (Plain Arabic words, none behind a preposition and its article: not «إدوار فيليب بالفرنسية (Édouard Philippe)», in
          // French.)
          let arabic = true;
          for (let k = first; k < open && arabic; k++) arabic = ARABIC_WORD.test(toks[k]!) && !BEHIND_ARTICLE.test(toks[k]!);
          if (!arabic) continue;
          // (The words after the name and before the bracket are no part of another name.)
          let free = true;
          for (let k = span.end; k < open && free; k++) free = s.tags[k] === 'O';
          if (!free) continue;
          for (let k = span.end; k < open; k++) s.tags[k] = span.type === 'PER' ? 'I-PER' : 'I-ORG';
          if (span.type === 'PER' && span.start < first) {
            for (let k = span.start; k < first; k++) s.tags[k] = 'O';
            s.tags[first] = 'B-PER';
          }
        }
      });
      // «وقالت المتحدثة باسم الشركة كلير دوبوا (Claire Dubois)» (the company's spokeswoman Claire Dubois said): after a
      // spokesman noun, «باسم» and a body named by its head noun alone, the name is a person's, whatever type the tagger gave
      // it — and so is its original in brackets.
      strings.forEach((s, si) => {
        const f = folded[si]!;
        // (Most sentences have no «باسم»: their spans are not listed.)
        if (!f.includes(ON_BEHALF)) return;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'ORG' || span.start < 3 || f[span.start - 2] !== ON_BEHALF || !DEFINITE_WORD.test(f[span.start - 1]!) || s.tags[span.start - 1] !== 'O') continue;
          let k = span.start - 3;
          if (k > 0 && OFFICIAL.has(f[k]!)) k--;
          if (!SPOKESMAN_NOUNS.has(f[k]!.replace(CONJUNCTION_BEFORE_ARTICLE, ''))) continue;
          mark(s.tags, span.start, span.end - span.start, 'PER');
          if (s.tokens[span.end] !== '(') continue;
          let close = span.end + 1;
          while (close < s.tokens.length && s.tags[close] !== 'O' && s.tags[close]!.endsWith('-ORG') && LATIN_NAME_WORD.test(s.tokens[close]!)) close++;
          if (s.tokens[close] !== ')' || close === span.end + 1 || s.tags[span.end + 1] !== 'B-ORG') continue;
          mark(s.tags, span.end + 1, close - span.end - 1, 'PER');
        }
      });
      // (The passes above may have run a name into a preposition again.)
      tagged.forEach((s, si) => trimFunctionWords(texts[si]!, s.tags));
      // «شبكة (سي.إن.إن)» (the CNN network): a name the tagger ended on the first piece of a dotted acronym takes the rest
      // (after the function words are trimmed: «إن» is also the complementiser).
      strings.forEach((s, si) => {
        const sentence = sentences[si]!;
        for (const span of spansOf(s.tags)) {
          // (Or on the stop after it: «[سي.] إن.إن».)
          let e = span.end;
          if (e - 1 > span.start && dottedAcronymStop(doc.text, sentence, e - 1, 0, sentence.length)) e--;
          for (; dottedAcronymStop(doc.text, sentence, e, 0, sentence.length); e += 2) s.tags[e] = s.tags[e + 1] = `I-${span.type}` as Tag;
        }
      });
      // «منع رئيس الجمهورية السابق المنصف المرزوقي من …» (the former president Moncef Marzouki was barred from …): a person the
      // news corpus names often (`CORPUS_PERSONS`), where the tagger left every word of the name out. (Before the facility
      // passes below: «شارع الحبيب بورقيبة» is a street.)
      if (options.corpusPersons !== false) {
        const index = corpusPersons();
        tagged.forEach((s, si) => {
          const f = folded[si]!;
          for (let i = 0; i < f.length; i++) {
            if (s.tags[i] !== 'O') continue;
            const names = index.get(f[i]!);
            const found = names?.find((name) => name.every((w, k) => k === 0 || (f[i + k] === w && s.tags[i + k] === 'O')));
            if (!found) continue;
            s.tags[i] = 'B-PER';
            for (let k = 1; k < found.length; k++) s.tags[i + k] = 'I-PER';
            i += found.length - 1;
          }
        });
        // «وقال مجدوب في تصريح …» (and Majdoub said in a statement …) where the article gives the interior minister by his
        // title only: the family name of a person the corpus names often, alone right after a speech verb, is that person —
        // a family name of four letters or more, not a definite common word («مجدوب», not «الصيد», fishing).
        const families = corpusFamilyNames();
        tagged.forEach((s, si) => {
          const f = folded[si]!;
          for (let i = 1; i < f.length; i++) {
            if (s.tags[i] !== 'O' || s.tags[i - 1] !== 'O' || (s.tags[i + 1] ?? 'O') !== 'O' || !families.has(f[i]!)) continue;
            // (A common word only without the article: the corpus writes «مجدوب» often enough to count it a word.)
            if (TRIGGERS.get(f[i - 1]!) !== 'SPEECH' || (f[i]!.startsWith(ARTICLE) && nameReading(texts[si]![i]!, lex) === null)) continue;
            s.tags[i] = 'B-PER';
          }
        });
      }
      // «مطار الأمير محمد بن عبدالعزيز الدولي» (Prince Mohammed bin Abdulaziz International Airport), «مستشفى الملك فهد»: a person
      // after a facility's head and a royal or religious title names the facility, a place — with the adjective after it.
      // (Not without the title, where the facility's own name is often a complement: «مستشفى الحبيب ثامر» is left as it was.)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type === 'LOC' || span.type === 'MISC') continue;
          // (The title inside the name the tagger found, «[الملك فهد]», or left before it, «الأمير [محمد بن عبدالعزيز]».)
          const head = FACILITY_TITLES.has(f[at]!) && span.end - at > 1 ? at - 1 : span.type === 'PER' && at >= 2 && s.tags[at - 1] === 'O' && FACILITY_TITLES.has(f[at - 1]!) ? at - 2 : -1;
          if (head < 0 || s.tags[head] !== 'O' || !PERSON_FACILITIES.has(f[head]!.replace(FACILITY_PROCLITICS, ''))) continue;
          let end = span.end;
          if (end < f.length && s.tags[end] === 'O' && FACILITY_ADJECTIVES.has(f[end]!)) end++;
          s.tags[head] = 'B-LOC';
          for (let k = head + 1; k < end; k++) s.tags[k] = 'I-LOC';
        }
      });
      // «مدير مستشفى فرحات حشّاد لطفي بوبكر» (the director of the Farhat Hached hospital, Lotfi Boubaker): a person the tagger
      // ran on after a facility's head, whose third word or later is a listed given name two words or more from its end, is
      // two: the facility's namesake, then the person.
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type !== 'PER' || span.end - at < 4 || at === 0 || s.tags[at - 1] !== 'O' || !PERSON_FACILITIES.has(f[at - 1]!.replace(FACILITY_PROCLITICS, ''))) continue;
          for (let p = at + 2; p + 1 < span.end; p++) {
            if (!listedGivenName(f[p]!, gazetteer) || SON_OF.has(f[p - 1]!)) continue;
            s.tags[p] = 'B-PER';
            break;
          }
        }
      });
      // «بمستشفى شارل نيكول» (at the Charles Nicolle hospital), «ملعب حمدة العواني», «المستشفى الجامعي فرحات حشاد»: a person right
      // after a facility's head in construct (no article), or after the head and its adjective, is the facility's namesake —
      // the facility, a place; so «مدير وحدة الطب الاستعجالي بمستشفى شارل نيكول نوفل السمراني» is Samrani's role, not
      // Nicolle's. (Not after the definite head alone: «مدير المستشفى توفيق الفارح» is the director.)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type !== 'PER' || at === 0 || s.tags[at - 1] !== 'O') continue;
          // (Not a given name alone, whose surname the tagger left out and the entity stage joins: «ساحة محمد البوعزيزي».)
          if (span.end - at === 1 && listedGivenName(f[at]!, gazetteer)) continue;
          let head = at - 1;
          if (FACILITY_ADJECTIVES.has(f[head]!) && head > 0 && s.tags[head - 1] === 'O') head--;
          else if (WITH_ARTICLE.test(f[head]!)) continue;
          if (!PERSON_FACILITIES.has(f[head]!.replace(FACILITY_PROCLITICS, ''))) continue;
          let end = span.end;
          if (end < f.length && s.tags[end] === 'O' && FACILITY_ADJECTIVES.has(f[end]!)) end++;
          s.tags[head] = 'B-LOC';
          for (let k = head + 1; k < end; k++) s.tags[k] = 'I-LOC';
        }
      });
      // «استقبل رئيس الجمهورية اليوم بقصر قرطاج …» (received today at Carthage Palace): a palace named by its place is the
      // palace, a place of its own — «قصر قرطاج», «قصر باردو», «قصر الإليزيه» —, not the town it stands in.
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type !== 'LOC' || span.end - at !== 1 || at === 0 || s.tags[at - 1] !== 'O' || f[at - 1]!.replace(FACILITY_PROCLITICS, '') !== PALACE) continue;
          s.tags[at - 1] = 'B-LOC';
          s.tags[at] = 'I-LOC';
        }
      });
      // «واستنكرت ألفة يوسف كيفية وصول التونسي …» (Olfa Youssef decried how …), where the article names «ألفة يوسف» before:
      // a person the tagger started on the last word of a name the document gives in full, with the word before it left out,
      // is that name — the words after it are no part of it (the tagger's «يوسف كيفية»).
      // (The tagger's span is no name the document gives elsewhere.)
      const fullNames = new Map<string, number>();
      tagged.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER' || span.end - span.start < 2) continue;
          const name = folded[si]!.slice(span.start, span.end).join(' ');
          fullNames.set(name, (fullNames.get(name) ?? 0) + 1);
        }
      });
      if (fullNames.size > 1) tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          const at = span.start;
          if (span.type !== 'PER' || span.end - at < 2 || at === 0 || s.tags[at - 1] !== 'O' || fullNames.get(f.slice(at, span.end).join(' ')) !== 1) continue;
          if (!fullNames.has(`${f[at - 1]} ${f[at]}`)) continue;
          s.tags[at - 1] = 'B-PER';
          s.tags[at] = 'I-PER';
          for (let k = at + 1; k < span.end; k++) s.tags[k] = 'O';
        }
      });
      // «يون سانغ-وو» (Yoon Sang-woo): a person's name goes on over a hyphen and a word written against it.
      tagged.forEach((s) => {
        for (const span of spansOf(s.tags)) {
          const k = span.end;
          const dash = s.tokens[k];
          const next = s.tokens[k + 1];
          if (span.type !== 'PER' || !dash || !next || doc.text.slice(dash.start, dash.end) !== '-' || dash.start !== s.tokens[k - 1]!.end || next.start !== dash.end || next.kind !== 'word') continue;
          // (Not into the next name of a list, «حسين ناطر-وائل بالغالي»: a name the tagger began there only
          // when it is one short word, «سانغ-وو».)
          if (s.tags[k + 1] !== 'O' && !(s.tags[k + 1] === 'B-PER' && s.tags[k + 2] !== 'I-PER' && next.end - next.start <= 3)) continue;
          s.tags[k] = 'I-PER';
          s.tags[k + 1] = 'I-PER';
        }
      });
      // «أمير خير الله»، «أسامة رزق الله»، «عبد الباسط خير الله»: a family name of a noun and «الله» (God) after a person or a
      // listed given name is part of that name — the tagger reads «الله» alone as no person's. (Only the nouns of such names:
      // not «بفضل الله» (thanks to God), «رام الله» or «حزب الله». «أمير» (emir) is also a given name, which no list holds as one
      // for being a title: before such a family name it is the name.)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 1; k + 1 < f.length; k++) {
          // (Not a place's: «أولاد جاب الله»، «سيدي فتح الله».)
          if (!theophoricFamilyName(f[k]!, f[k + 1]!) || s.tags[k + 1]!.endsWith('PER') || TOPONYM_HEADS.has(f[k - 1]!)) continue;
          // (The tagger may have taken the noun into the person already: «أسامة رزق | الله».)
          const afterPerson = s.tags[k - 1]!.endsWith('PER') || s.tags[k]!.endsWith('PER');
          if (!afterPerson && !(s.tags[k - 1] === 'O' && (givenNameTest(f[k - 1]!) || f[k - 1] === EMIR))) continue;
          if (!afterPerson) s.tags[k - 1] = 'B-PER';
          if (s.tags[k] !== 'B-PER') s.tags[k] = 'I-PER';
          s.tags[k + 1] = 'I-PER';
        }
      });
      // «المنتصر بالله بربيرو»: a given name of a participle and «بالله» (in God) before a person is that person's first name —
      // the tagger began the person at «بالله», whose «ب» the mention then dropped («الله بربيرو»). (Only before a person, or
      // with the name tagged whole already: «المعتصم بالله» alone may be the caliph of a history article, who is one too.)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        for (let k = 1; k < f.length; k++) {
          if (f[k] !== BILLAH || !BILLAH_HEADS.has(f[k - 1]!) || !s.tags[k]!.endsWith('PER') || s.tags[k - 1]!.endsWith('PER')) continue;
          s.tags[k - 1] = 'B-PER';
          s.tags[k] = 'I-PER';
        }
      });
      // A span of one listed given name, or of two joined by a hyphen written against them («جان-ايف», Jean-Yves: the first
      // listed).
      const givenNameOnly = (si: number, span: TokenSpan): boolean => {
        const [f, at, tokens] = [folded[si]!, span.start, tagged[si]!.tokens];
        if (span.end - at === 1) return listedGivenName(f[at]!, gazetteer);
        return span.end - at === 3 && texts[si]![at + 1] === '-' && tokens[at]!.end === tokens[at + 1]!.start && tokens[at + 1]!.end === tokens[at + 2]!.start && listedGivenName(f[at]!, gazetteer);
      };
      // «أكدت نبيهة | برصالي فلفول»، «محمد | فيصل شلوف»، «جان-ايف | لو دريان»: a given name the tagger (or a pass above) left
      // alone, or two joined by a hyphen, right before a person is that person's first name. (Not in a row of names, a list
      // without commas; nor before a word behind «و» (and) — «قضية سفيان ونذير»، «جان وسيمون بوجول» are two people — but for a
      // given name that opens with the letter: «محمد وائل العربي» is one.)
      tagged.forEach((s, si) => {
        const f = folded[si]!;
        const spans = spansOf(s.tags);
        for (let k = 1; k < spans.length; k++) {
          const [first, second] = [spans[k - 1]!, spans[k]!];
          if (!isolatedPeoplePair(spans, k) || !givenNameOnly(si, first)) continue;
          const next = f[second.start]!;
          if ((next.startsWith(WAW) && !(listedGivenName(next, gazetteer) && !listedGivenName(next.slice(WAW.length), gazetteer))) || timeWord(next) || roleNoun(next) || prepositionalNoun(next)) continue;
          for (let at = second.start; at < second.end; at++) s.tags[at] = 'I-PER';
        }
      });
      // «وأوضح رئيس بلدية لينييفيل "كريتسوف ديتريش"، … وأوضح ديتريش أن …» (the mayor, "Krzysztof Dietrich"; Dietrich
      // explained): a name of two or three words in marks that the tagger took for a work is the person whom the document
      // names by its last word alone.
      const loneSurnames = new Set<string>();
      tagged.forEach((s, si) => {
        for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start === 1) loneSurnames.add(folded[si]![span.start]!);
      });
      if (loneSurnames.size) {
        tagged.forEach((s, si) => {
          for (const span of spansOf(s.tags)) {
            const n = span.end - span.start;
            if (span.type !== 'MISC' || n < 2 || n > 3 || span.start === 0 || !QUOTATION_MARK.test(texts[si]![span.start - 1]!) || !QUOTATION_MARK.test(texts[si]![span.end] ?? '')) continue;
            if (!loneSurnames.has(folded[si]![span.end - 1]!) || !texts[si]!.slice(span.start, span.end).every((w) => ARABIC_TOKEN.test(w))) continue;
            s.tags[span.start] = 'B-PER';
            for (let k = span.start + 1; k < span.end; k++) s.tags[k] = 'I-PER';
          }
        });
      }
      // A given name that is also an adjective or a noun, alone where the words around make it one: no person (see
      // `commonWordAlone`).
      // (Not a word of a longer name elsewhere: «مغادرة محتملة لصالح» is a departure of Saleh's where the document names «علي
      // عبد الله صالح».)
      const namesWords = new Set<string>();
      tagged.forEach((s, si) => {
        for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start > 1) for (let k = span.start; k < span.end; k++) namesWords.add(folded[si]![k]!);
      });
      tagged.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          if (span.end - span.start !== 1) continue;
          // «وورد في التقرير أن …» (and it was stated in the report that …): the verb «ورد» before «في», not «Word».
          if (STATED_WRITTEN.test(texts[si]![span.start]!) && folded[si]![span.start + 1] === 'في') {
            s.tags[span.start] = 'O';
            continue;
          }
          if (span.type === 'LOC' && financialAdjective(folded[si]!, texts[si]!, span.start, s.tags, lex)) s.tags[span.start] = 'O';
          if (span.type !== 'PER' || namesWords.has(folded[si]![span.start]!.replace(/^[وفبل]/u, ''))) continue;
          if (commonWordAlone(folded[si]!, texts[si]!, span.start, s.tags, lex)) s.tags[span.start] = 'O';
        }
      });
      // The later words of the document's names of two words or more, as written («فالدمار» of «ينس
      // فالدمار», Jens Valdemar): the same word alone is that surname, not «ف» (so) + «الدمار» (the ruin).
      // Where the passes above ran a body's name on, one walk over its spans ends it:
      // - «الاتحاد العام التونسي للشغل القوى الحية …» (the UGTT [called on] the living forces): a union's name ends at «للشغل»
      //   (of labour) but for its place behind «ب» («… للشغل بصفاقس»);
      // - «تاندا الإيفواري», «أهلي طرابلس الليبي» (Tanda of Ivory Coast, Ahly Tripoli of Libya): a club's, paper's or company's
      //   name of indefinite words ends before a country's adjective, which says where it is from — not a body's head and its
      //   complement («جهاز الأمن السري الأميركي», «ديوان الزكاة السوداني»), whose adjective the guidelines keep in the name, nor
      //   Tunisia's own adjective («الحوار التونسي» is a station's name);
      // - «لمرشحة الجبهة الوطنية مارين لوبان» (for the National Front's candidate Marine Le Pen): a body's definite name the
      //   tagger ran on into the person after it — a listed given name and a family name — is the body, then the person (not a
      //   head noun before the given name: «مستشفى الحبيب بورقيبة» is named after him).
      strings.forEach((s, si) => {
        const f = folded[si]!;
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'ORG') continue;
          let end = span.end;
          // (And a regional or local union's name that ends at «للشغل» takes in its place behind «ب», as the annotators name
          // it: «الاتحاد الجهوي للشغل بتطاوين» — a place the tagger or the place passes found there, one word; not the UGTT's
          // own name, «الاتحاد العام التونسي للشغل بالمتلوي», whose place is where it acts.)
          if (f[end - 1] === OF_LABOUR && end < f.length && s.tokens[end]!.startsWith('ب') && s.tags[end] === 'B-LOC' && s.tags[end + 1] !== 'I-LOC' && f.slice(span.start, end).some((w) => UNION_LEVELS.has(w))) {
            s.tags[end] = 'I-ORG';
            end++;
          }
          for (let k = span.start + 1; k + 1 < end; k++) {
            if (f[k] !== OF_LABOUR || f[k + 1]!.startsWith('ب')) continue;
            for (let m = k + 1; m < end; m++) s.tags[m] = 'O';
            end = k + 1;
            break;
          }
          const last = f[end - 1]!;
          if (end - span.start >= 2 && countryAdjective(last) && !TUNISIAN_ADJECTIVES.has(last) && !gazetteer.oneWordName(last, COUNTRY)) {
            // (Under its proclitics too: «للجيش الليبي» is «ل» + «الجيش».)
            let indefinite = true;
            for (let k = span.start; k < end - 1 && indefinite; k++) {
              const w = f[k]!;
              indefinite = ARABIC_WORD.test(w) && ![w, ...facts[si]![k]!.strips.map((st) => st.rest)].some((r) => r.startsWith(ARTICLE) || TRIGGERS.has(r));
            }
            if (indefinite) s.tags[--end] = 'O';
          }
          for (let k = span.start + 1; k + 1 < end; k++) {
            if (!/^ال\S{3,}/u.test(f[k - 1]!)) break;
            if (f[k]!.startsWith(ARTICLE) || !firstName(f[k]!)) continue;
            s.tags[k] = 'B-PER';
            for (let m = k + 1; m < end; m++) s.tags[m] = 'I-PER';
            break;
          }
          // (The same when the tagger ended the body at the given name and left the family name: «رئيس الجامعة التونسية
          // للجمباز فيصل | الزمني», the president of the gymnastics federation Faycal Zemni — a listed given name without the
          // article («الأولمبي الباجي» is Olympique Béja) after a definite word or one behind «لل», a definite word right after
          // that is no trigger, time word or nationality.)
          const given = end - 1;
          if (end - span.start >= 2 && s.tags[given] === 'I-ORG' && end < f.length && s.tags[end] === 'O' && /^(ال|لل)\S{3,}/u.test(f[given - 1]!) && !f[given]!.startsWith(ARTICLE) && listedGivenName(f[given]!, gazetteer) && /^ال\S{3,}/u.test(f[end]!) && !timeWord(f[end]!) && !nationality(f[end]!) && !TRIGGERS.has(f[end]!)) {
            s.tags[given] = 'B-PER';
            s.tags[end] = 'I-PER';
          }
        }
      });
      const surnames = new Set<string>();
      // (And the first words each last word of a person's name comes after, folded: «إيمانويل ماكرون» makes «وعزز ماكرون» a
      // verb and the name, see `foreignFirst`.)
      const firstsByLast = new Map<string, Set<string>>();
      tagged.forEach((s, si) => {
        for (const span of spansOf(s.tags)) {
          if (span.type !== 'PER') continue;
          for (let k = span.start + 1; k < span.end; k++) surnames.add(texts[si]![k]!);
          if (span.end - span.start < 2) continue;
          const last = folded[si]![span.end - 1]!;
          const firsts = firstsByLast.get(last) ?? new Set<string>();
          firsts.add(folded[si]![span.start]!);
          firstsByLast.set(last, firsts);
        }
      });
      tagged.forEach((s, si) => {
        const spans = spansOf(s.tags);
        for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
          const span = spans[spanIndex]!;
          // (The span before this one: a person right before a person is a list, «فين ديزل وتريز غيبسون».)
          const previous = spans[spanIndex - 1];
          // A name never starts or ends with punctuation or a symbol, whatever the tagger says.
          const taggedEnd = span.end;
          while (span.start < span.end && !NAME_KINDS.has(s.tokens[span.start]!.kind)) span.start++;
          while (span.end > span.start && !NAME_KINDS.has(s.tokens[span.end - 1]!.kind)) span.end--;
          if (span.end === span.start) continue;
          // (But for the mark that closes one opened inside it: «الجوهرة "أف أم"».)
          let marks = 0;
          for (let k = span.start; k < span.end; k++) if (QUOTATION_MARK.test(texts[si]![k]!)) marks++;
          if (marks % 2 === 1 && span.end < taggedEnd && QUOTATION_MARK.test(texts[si]![span.end]!)) span.end++;
          // Nor does a body's name end with the verb after it: «وبحسب منظمة الصحة العالمية يموت 3.3 مليون شخص» (according to
          // the WHO, 3.3 million people die), «حزب المؤتمر يستنكر» (a headline: the party condemns) — a known word in «ي» after a
          // definite one, no name (not «المان يونايتد», which the lexicon does not know).
          if (span.type === 'ORG' && span.end - span.start >= 2 && IMPERFECT_THIRD.test(folded[si]![span.end - 1]!) && folded[si]![span.end - 2]!.startsWith(ARTICLE) && !rareWord(texts[si]![span.end - 1]!) && !listedGivenName(folded[si]![span.end - 1]!, gazetteer)) span.end--;
          // (Nor run on past a verb in the future after a definite word: «المكتب التنفيذي لاتحاد الشغل سيعقد يو غد الاحد
          // اجتماعا» (the UGTT's executive bureau will hold a meeting tomorrow), the typo «يو» making the tagger read on — a
          // word in «سي/ست» whose stem news writes.)
          if (span.type === 'ORG') {
            for (let k = span.start + 1; k < span.end; k++) {
              if (!FUTURE_VERB.test(folded[si]![k]!) || !WITH_ARTICLE.test(folded[si]![k - 1]!) || rareWord(texts[si]![k]!.slice(1))) continue;
              span.end = k;
              break;
            }
          }
          // A lone participle of speech is never a name (the tagger takes «نافيا», denying, for a person), nor the end of one:
          // «… للأمم المتحدة كارلوس لوباز معربا عن …» (Carlos Lopes, expressing …).
          if (span.type === 'PER' && span.end - span.start === 1 && speechParticiple(folded[si]![span.start]!)) continue;
          // Nor a scale named after its maker: «5.3 درجات على مقياس ريشتر» (5.3 degrees on the Richter scale).
          if (span.start > 0 && SCALE_NOUN.test(folded[si]![span.start - 1]!)) continue;
          // Nor a noun in construct with a number the tagger ran on into its article: «منذ عمر ال6 سنوات» (since the age of
          // six) is no «Omar».
          if (texts[si]![span.end - 1] === ARTICLE && span.end < s.tokens.length && s.tokens[span.end]!.kind === 'number') continue;
          // Nor a country's name in «ية» that is its adjective (a country's nisba, `nationality`): «طائرات عسكرية سورية» (Syrian
          // military aircraft).
          if (span.type === 'LOC' && span.end - span.start === 1 && span.start > 0 && s.tokens[span.start - 1]!.kind === 'word' && folded[si]![span.start]!.endsWith('يه') && !folded[si]![span.start]!.startsWith(ARTICLE) && nationality(ARTICLE + folded[si]![span.start]!.replace(/يه$/u, 'ي')) && feminineBeforeCountry(texts[si]![span.start - 1]!)) continue;
          if (span.type === 'PER' && speechParticiple(folded[si]![span.end - 1]!)) span.end--;
          // Nor a source word: «وقالت وفقا لنص لخطابها» (and she said, according to a text of her speech).
          if (span.type === 'PER' && ACCORDING_TO.has(folded[si]![span.start]!)) continue;
          // Nor «صدر» (was issued) after a document: «وأشار بيان صدر الليلة الماضية عن وزارة الداخلية» (a statement issued last night).
          // (The tagger may take the document in too, «بيان» being a given name as well: «بيان صدر».)
          if (span.type === 'PER' && span.end - span.start <= 2 && ISSUED.has(folded[si]![span.end - 1]!) && span.end - 2 >= 0 && ISSUED_DOCUMENTS.has(folded[si]![span.end - 2]!)) continue;
          // Nor a manner adverb after a speech verb: «فقال ساخرا» (he said mockingly).
          if (span.type === 'PER' && span.end - span.start === 1 && span.start > 0 && mannerAfterSpeech(folded[si]![span.start - 1]!, texts[si]![span.start]!, lex)) continue;
          // Nor a team's score or points in a results table: «النادي القربي 1 - 0» (Club de Korba 1 – 0), «مستقبل القصرين 16 ن»
          // (16 points) — the number after the club's name is none of it. (A channel keeps its number: «فرانس 24».)
          if (span.type !== 'MISC' && span.end - span.start > 1 && s.tokens[span.end - 1]!.kind === 'number' && scoreOrPointsAt(doc.text, s.tokens[span.end - 1]!.end)) span.end--;
          const firstTok = s.tokens[span.start]!;
          const lastTok = s.tokens[span.end - 1]!;
          // (A listed outlet or town keeps its first letter: «واس» (SPA) is no «و» + «اس»; so does an agency's acronym alone
          // as a body, «وام» (WAM), where «وام العرائس» is «و» + Oum Larayes. So does a listed place of two words or more the
          // span opens with: «بيونغ يانغ» (Pyongyang) is no «ب» + «يونغ».)
          const firstText = doc.text.slice(firstTok.start, firstTok.end);
          const listed = knownPlaceWord(fold(firstText)) || (span.type === 'ORG' && span.end - span.start === 1 && agencyAcronym(fold(firstText))) || (span.end - span.start >= 2 && listedPlaceLength(folded[si]!.slice(span.start, span.end)) >= 2);
          const offset = listed ? 0 : listedPlaceOffset(firstText);
          // («فان» left at the start of a person is «van», not «ف» + «ان»: see trimFunctionWords.)
          // (Nor a name's first word the document writes more than once whose proclitic would leave two letters it never writes
          // alone: «فون دير لاين» is no «ف» + «ون».)
          const firstWord = folded[si]![span.start]!;
          const van = span.type === 'PER' && (lexiconForm(firstText) === VAN || (span.end - span.start > 1 && /^[وفبل]\S{2}$/u.test(firstWord) && !docWords.has(firstWord.slice(1)) && writtenTwice(firstWord)));
          // (A «ل» name only where the document never writes the name without it: «لسعد الحريري» is «to Saad
          // Hariri» where «سعد» stands alone elsewhere.)
          const lamName = span.end - span.start > 1 && LAM_GIVEN_NAMES.has(folded[si]![span.start]!) && !docWords.has(fold(firstText.slice(1)));
          // (Nor a given name in «و»: «وجدي غنيم» (Wagdi Ghoneim) is no «و» + «جدي», serious — unless the document
          // writes the name without it.)
          const firstFolded = folded[si]![span.start]!;
          const wawName = span.type === 'PER' && span.end - span.start > 1 && firstFolded.startsWith('و') && listedGivenName(firstFolded, gazetteer) && !docWords.has(fold(firstText.slice(1)));
          // (Nor «ك» (like) before the article at the start of a person: «كالفين وليامز» (Calvin Williams) is no
          // «ك» + «الفين»; «like the …» never opens a person's name. Nor before a word that is no given name: «وشدد كيلي على أن»
          // (Kelly stressed that) is no «ك» + «يلي», follows — «كترامب» (like Trump) is rare next to names in «ك».)
          const kafName = span.type === 'PER' && (/^\u0643\u0627\u0644/u.test(firstText) || (/^\u0643/u.test(firstText) && !givenNameTest(fold(firstText.slice(1)))));
          // (A name's first word that a person's name made from a place run into a given name holds as a later word keeps its
          // letters too: «وقال بوافر دارفور» after «أوليفيي بوافر دارفور» is no «ب» + «وافر».)
          const surname = span.type === 'PER' && ((span.end - span.start === 1 && surnames.has(firstText)) || tailWords.has(firstText) || lamName || wawName || kafName);
          // «للوكالة الوطنية» (to the national agency): «لل» before the head noun of a body or place is «ل» and
          // the article, even where «لوكالة» (to an agency) is a known word; «للجنة» stays «لجنة» (committee).
          const doubleLam = !listed && offset === 0 && /^لل[\u0621-\u064A]/u.test(firstText) && TRIGGERS.has(fold(firstText.slice(2))) && !TRIGGERS.has(fold(firstText.slice(1)));
          // «وأندونيسيا» (and Indonesia), «وكمال العلاوي»: the word classes were built from running text and hold such forms as
          // words of their own, so `nameStart` keeps their «و/ف»; a country or a given name of the gazetteer after it, where the
          // whole is no name the gazetteer or the project lists, is the name.
          const plainFirst = !listed && !van && !surname && firstText.length > 3 && gazetteer.starting(firstFolded) === undefined;
          const conjunctionName = plainFirst && offset === 0 && /^[وف]/u.test(firstFolded) && gazetteer.oneWordName(firstFolded.slice(1), span.type === 'PER' ? FIRST : COUNTRY) && !LISTED_GIVEN_NAMES.has(firstFolded);
          // (So is a person's «و» right after another person, a list the tagger read name by name: «فين ديزل وتريز غيبسون
          // ولوداكريس» (Vin Diesel, Tyrese Gibson and Ludacris) — not a given name in «و» («محمد علي ووليد»), which the
          // gazetteer, the project's list or the first-name word classes hold.)
          const listWaw = plainFirst && span.type === 'PER' && previous?.type === 'PER' && previous.end === span.start && firstFolded.startsWith(WAW) && !givenNameTest(firstFolded);
          // (Nor a short foreign given name in «و/ف» whose rest is no name — two or three letters no given name, nor written alone
          // in the document: «واين روني» (Wayne Rooney) is no «و» + «اين» (where), «فين ديزل» (Vin Diesel) no «ف» + «ين»,
          // «ونّاس الفقيه» (Wannes) no «و» + «ناس» (people). A longer rest is as often a verb or a noun the tagger took in
          // («وطالب …», and demanded), or a name of its own («ولوكاس فاسكيز», and Lucas Vázquez). A name's head stays behind
          // its «و»: «وعبد الله», «وأبو بكر»; so does a place's: «وعين صالح».)
          const rest = firstFolded.slice(1);
          // (Nor where the document names the person after another first word: «إيمانويل ماكرون» … «وعزز ماكرون», and Macron
          // strengthened.)
          // (Asked last: few names get this far.)
          const otherFirst = (): boolean => [...(firstsByLast.get(folded[si]![span.end - 1]!) ?? [])].some((w) => w !== firstFolded);
          const foreignFirst = span.type === 'PER' && span.end - span.start > 1 && !conjunctionName && !listWaw && /^[وف]/u.test(firstFolded) && rest.length >= 2 && rest.length <= 3 && !rest.startsWith(ARTICLE) && !NAME_HEADS_AFTER_CONJUNCTION.has(rest) && !givenNameTest(rest) && !docWords.has(rest) && !otherFirst();
          const start = doubleLam ? firstTok.start + 2 : conjunctionName || listWaw ? firstTok.start + 1 : listed || offset > 0 || van || surname || foreignFirst ? firstTok.start + offset : nameStart(doc.text, firstTok, known);
          const end = lastTok.end;
          if (end <= start) continue;
          // Names added by the consistency pass get a neutral margin.
          let margin = before[si]![span.start] === s.tags[span.start] ? Infinity : 0;
          for (let k = span.start; k < span.end && margin > 0; k++) margin = Math.min(margin, s.margins[k]!);
          mentions.push({
            id: '',
            type: span.type as EntityType,
            start,
            end,
            text: doc.text.slice(start, end),
            confidence: confidence(margin),
          });
        }
      });
      for (const [si, from, to, proclitic] of unitTowns) {
        const s = tagged[si]!;
        // (Past the «ب» and any harakat on it.)
        let start = s.tokens[from]!.start + proclitic;
        while (start < s.tokens[from]!.end && HAS_HARAKA.test(doc.text[start]!)) start++;
        const end = s.tokens[to - 1]!.end;
        if (end > start) mentions.push({ id: '', type: 'LOC', start, end, text: doc.text.slice(start, end), confidence: confidence(Infinity) });
      }
      mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      mentions.forEach((m, i) => (m.id = `m${i + 1}`));
      doc.mentions = mentions;
    },
  };
}
