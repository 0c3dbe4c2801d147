/**
 * Names in person slots: a post-pass after the tagger that tags, as a person, an untagged word
 * standing where news text puts a person's name, when the word is not a common word.
 *
 * The tagger learnt from ANERcorp (Middle-Eastern news, 2000s); on Tunisian news it misses first
 * names and surnames it has never seen (منوبية، العرفاوي), and the quote stage then loses their
 * quotes' speaker. Two slots are strong enough to stand on their own:
 *
 * - right after a speech verb: «وقالت منوبية إن …» (and Manoubia said that …);
 * - right after a title or role noun, possibly followed by adjectives: «النائبة سامية عبو» (the MP
 *   Samia Abbou), «الناشطة الحقوقية …» (the rights activist …).
 *
 * A word in a slot is taken as a name when it is a known name (the gazetteer's first and last
 * names) or when the clitic lexicon counted over the ANT news corpus (`getLexicon()`) says it is not
 * a common word: a common noun or adjective alternates with and without the article (مصدر /
 * المصدر، الطالبة / طالبة), a name does not (منوبية، العرفاوي); function words are frequent; a noun
 * with a pronoun suffix (موكله) or a preposition (بالمناسبة) leaves a frequent stem. The name then
 * extends over following name-like words (a surname), and the one-reading-per-name pass
 * (`consistency.ts`) carries it to its repeats.
 *
 * Weaker slots need more evidence: a surname the article already gave in full, alone after a
 * speech verb or «حسب» (`knownSurnames`: «وأكد الشاهد أن», once «يوسف الشاهد» was named), and a
 * given name with one or two more words between commas after a role, before a comma and a role,
 * opening a sentence before a speech verb, or after a role and its complement (`roleNames`:
 * «وزير الاتصالات السابق، منجي مرزوق، أن», «رئيس الحكومة الحبيب الصيد،»), ended clearly.
 *
 * @packageDocumentation
 */
import { spansOf, type Tag } from './conll.ts';
import { DIN, type TaggedTokens } from './consistency.ts';
import type { Gazetteer, GazetteerType } from './features.ts';
import { fold, isArabicLetter } from './fold.ts';
import { ONE_PLACE_HEADS, TRIGGERS } from './triggers.ts';
import { getLexicon, lexiconForm } from '../segment/index.ts';
import { HEADLINE_VERB_WORDS } from './headline-verbs.ts';
import { possessedNounForm } from '../segment/lexicon-form.ts';
import { IS_CALLED_WORDS, NAMED_ONE_WORDS, OWN_REPORTER_WORDS } from '../text/person-words.ts';
import { LISTED_FEMALE_GIVEN_NAMES, LISTED_GIVEN_NAMES } from './given-names.ts';

/** What the pass looks words up in. */
export interface SlotLexicon {
  /** Corpus count of a word in lexicon form (see `lexiconForm`); 0 when unseen. */
  count(lexicalForm: string): number;
  /** Lexicon form of a token. */
  form(token: string): string;
  /** True for a known one-word first or last name (folded). */
  knownName(folded: string): boolean;
}

const HAMZA_ALEF = /[\u0622\u0623\u0625]/gu;
const HAMZA_TEST = /[\u0622\u0623\u0625]/u;
const lexicons = new WeakMap<Gazetteer, SlotLexicon>();
const FIRST_OR_LAST: readonly GazetteerType[] = ['FIRST', 'LAST'];

/**
 * The {@link SlotLexicon} of the shipped data: the segmenter's clitic lexicon, counted without the
 * hamza seats of alef that news text often leaves out (انذاك / آنذاك), and the gazetteer's one-word
 * first and last names. Built once per gazetteer.
 */
export function slotLexicon(gazetteer: Gazetteer): SlotLexicon {
  let lex = lexicons.get(gazetteer);
  if (!lex) {
    // The lexicon as it is, plus what its forms with a hamza seat add to their bare spelling (one
    // form in eight: a copy of the whole lexicon is not needed).
    const lexicon = getLexicon();
    const hamza = new Map<string, number>();
    for (const [form, n] of lexicon) {
      if (!HAMZA_TEST.test(form)) continue;
      const key = form.replace(HAMZA_ALEF, 'ا');
      hamza.set(key, (hamza.get(key) ?? 0) + n);
    }
    lex = {
      count: (form) => {
        const key = form.replace(HAMZA_ALEF, 'ا');
        return (lexicon.get(key) ?? 0) + (hamza.get(key) ?? 0);
      },
      form: lexiconForm,
      knownName: (folded) => gazetteer.oneWordName(folded, FIRST_OR_LAST),
    };
    lexicons.set(gazetteer, lex);
  }
  return lex;
}

const fset = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/** Each verb bare and with «و»/«ف» (and, so) attached. */
const withConjunctions = (stems: readonly string[]): string[] => stems.flatMap((s) => [s, 'و' + s, 'ف' + s]);

/** A conjunction, or a preposition with the article, opening a word: «ومنير» (and Mounir), «بالتاكيد» (certainly). */
const CONJUNCTION_OR_PREPOSITION = /^(و|[فبكل]ال|لل)/u;

/** Particles inside foreign names, folded: «فون» (von), «دير» (der), «دي» (de), «دو», «دا», «ديل», «فان», «لا», «لو». */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['فون', 'دير', 'دي', 'دو', 'دا', 'ديل', 'فان', 'لا', 'لو'].map(fold));

/**
 * Speech verbs after which a name comes (perfect, both genders, and the imperfect of narration),
 * with «و»/«ف» attached or not. «بين» (showed / between), «طالب» (demanded / student), «دعا»
 * (called on), «أبرز» (highlighted / the most prominent), «أعلن» (announced) and «يعتبر» (is considered) are left out: the word after them is
 * too often an object (أعلن الاعتكاف, announced his withdrawal), not the speaker.
 */
const SPEECH_VERB_STEMS: readonly string[] = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'صرح', 'صرحت', 'أشار', 'أشارت',
  'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'لاحظ', 'لاحظت', 'كشف', 'كشفت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت',
  'شدد', 'شددت', 'تابع', 'تابعت', 'نفى', 'نفت', 'حذر', 'حذرت', 'علق', 'علقت',
  'أجاب', 'أجابت', 'تساءل', 'تساءلت', 'اعترف', 'اعترفت', 'روى', 'روت', 'أردف',
  'أردفت', 'استطرد', 'استطردت', 'ختم', 'ختمت', 'لفت', 'لفتت', 'أفصح', 'أفصحت', 'أقر', 'أقرت',
  'يقول', 'تقول', 'يرى', 'ترى', 'يضيف', 'تضيف', 'يؤكد', 'تؤكد', 'يوضح', 'توضح', 'يشير', 'تشير',
  'يروي', 'تروي', 'يتذكر', 'تتذكر', 'يعلق', 'تعلق',
];
const SPEECH_VERBS: ReadonlySet<string> = fset(withConjunctions(SPEECH_VERB_STEMS));

/**
 * Titles and role nouns a name follows: «النائبة» (the MP, f.), «المحامي» (the lawyer), «الخبير»
 * (the expert), «الناشطة» (the activist, f.), «السيدة» (Mrs), «الدكتور» (Dr), «الشاب» (the young
 * man), «الحاجة» (hajja) … Bare «الرئيس» and «الوزير» are left to the tagger: a country or a ministry
 * follows them more often than a name the tagger has not seen.
 */
const BARE_TITLES: ReadonlySet<string> = (() => {
  const pairs = [
    'النائب', 'المحامي', 'الخبير', 'الناشط', 'السيد', 'الدكتور', 'الأستاذ', 'الصحفي', 'الصحافي', 'الإعلامي',
    'الكاتب', 'الشاعر', 'الفنان', 'المخرج', 'المطرب', 'المغني', 'اللاعب', 'المدرب', 'الشاب',
    'الطفل', 'الحاج', 'المواطن', 'الباحث', 'المهندس', 'القاضي', 'المناضل', 'الروائي', 'المترجم', 'المفكر',
    'المؤرخ', 'المحلل', 'الطبيب', 'المستشار', 'الناطق', 'المتحدث', 'السفير', 'الملحن', 'الرسام', 'المصور',
    'الزميل', 'الراحل', 'الشهيد', 'المربي', 'الطالب', 'التلميذ', 'المدون', 'النقابي', 'الحقوقي', 'الأمين',
    'المعتمد', 'الوالي', 'العقيد', 'العميد', 'النقيب', 'الجنرال', 'الشيخ', 'الإمام',
    'الأخ', 'الأخت', 'المنشط', 'المذيع', 'المعلق', 'الملازم', 'العازف', 'الأخصائي', 'الجامعي', 'الفقيد', 'المرحوم', 'المدير', 'الكابتن', 'الممرض',
    // «القيادي بوجمعة الرميلي» (the party official Boujemaa Rmili).
    'القيادي',
  ];
  // Each title with its feminine (الحاجة، السيدة …); «الآنسة» (Miss) has no masculine.
  const out: string[] = ['الآنسة'];
  for (const p of pairs) out.push(p, p + 'ة');
  return fset(out);
})();


/**
 * Descriptions rather than titles: after them a single unknown word is as often a predicate
 * («التلميذ مرسم», the pupil is enrolled; «الطفل انتحر», the child killed himself) as a name, so
 * they announce only a known first name or a name of two words.
 */
const DESCRIPTIONS: ReadonlySet<string> = fset([
  'الشاب', 'الشابة', 'الطفل', 'الطفلة', 'المواطن', 'المواطنة', 'الطالب', 'الطالبة', 'التلميذ', 'التلميذة',
  'اللاعب', 'اللاعبة', 'المدرب', 'المدربة', 'الشيخ', 'الحاج', 'الحاجة', 'الأخ', 'الأخت', 'الزميل', 'الزميلة', 'الراحل', 'الراحلة', 'الفقيد', 'الفقيدة',
].flatMap((d) => [d, 'و' + d]));

/**
 * {@link BARE_TITLES} and the descriptions behind «و» (and): «والطفل آزر السويح» (and the child
 * Azer Souih). Not the titles that are also adjectives: «الذاكرة الشعبية والنقابية أفلتت» (the
 * popular and union memory escaped).
 */
const TITLES: ReadonlySet<string> = new Set([...BARE_TITLES, ...DESCRIPTIONS]);

/** «الجامعي/الجامعية» (the academic; university, of a hospital or a degree), folded. */
const ACADEMIC: ReadonlySet<string> = fset(['الجامعي', 'الجامعية']);

/** Words that open a compound surname: «هيدا عبد النبي», «منذر بن علي». */
export const SURNAME_HEADS: ReadonlySet<string> = fset(['عبد', 'بن', 'ابن', 'بو', 'أبو', 'بنت']);

/** The participles of speech verbs, «قائلا» (saying), «نافيا» (denying) …: never a name. */
const SPEECH_PARTICIPLES: readonly string[] = [
  'قائلا', 'قائلة', 'مؤكدا', 'مؤكدة', 'مضيفا', 'مضيفة', 'موضحا', 'موضحة', 'مشيرا', 'مشيرة', 'معتبرا', 'معتبرة',
  'نافيا', 'نافية', 'مشددا', 'مشددة', 'لافتا', 'لافتة', 'منوها', 'منوهة', 'داعيا', 'داعية', 'محذرا', 'محذرة',
  'مبينا', 'مبينة', 'مطالبا', 'مطالبة', 'معربا', 'معربة', 'متابعا', 'مردفا', 'مستدركا', 'مبرزا', 'مبرزة',
  'مفسرا', 'مفسرة', 'متسائلا', 'متسائلة', 'مستغربا', 'مستغربة', 'مستنكرا', 'مستنكرة', 'معلقا', 'معلقة', 'مذكرا',
  'مستبعدا', 'مستبعدة', 'مرجحا', 'مرجحة', 'متوقعا', 'متوقعة', 'مشيدا', 'مشيدة', 'مقترحا', 'مقترحة', 'ملاحظا', 'ملاحظة',
];
const SPEECH_PARTICIPLE_SET: ReadonlySet<string> = fset(SPEECH_PARTICIPLES);

/**
 * Frequent words that are never a name in these slots, whatever the counts say: complementisers,
 * prepositions, pronouns, demonstratives, adverbs and the participles of speech (قائلا، مضيفا).
 */
const STOP: ReadonlySet<string> = fset([
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأن', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'أننا', 'إننا', 'على', 'إلى',
  'عن', 'عنه', 'عنها', 'في', 'فيه', 'فيها', 'من', 'منه', 'منها', 'مع', 'معه', 'خلال', 'أيضا', 'كذلك', 'منذ',
  'أمام', 'بعد', 'قبل', 'ضمن', 'حول', 'لدى', 'عند', 'حين', 'حيث', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هناك', 'هنا', 'كما', 'لكن', 'لكنه', 'وهو', 'وهي', 'هو', 'هي',
  'هم', 'نحن', 'أنا', 'أنت', 'ليس', 'ليست', 'كان', 'كانت', 'يكون', 'تكون', 'قد', 'لقد', 'مثل', 'بين', 'بدوره',
  'بدورها', 'بالقول', ...SPEECH_PARTICIPLES, 'أمس', 'اليوم', 'غدا', 'الآن', 'حاليا', 'سابقا', 'لاحقا', 'مؤخرا', 'كل', 'بعض',
  'جميع', 'أحد', 'إحدى', 'عدد', 'نفس', 'نفسه', 'نفسها', 'ذات', 'لنا', 'لهم', 'لها', 'له', 'لي', 'لك', 'بها',
  'به', 'بهم', 'إذا', 'إذ', 'لما', 'لأن', 'وأن', 'وإن', 'ولكن', 'غير', 'سوى', 'حتى', 'ثم', 'أو', 'أم', 'بل',
  'لم', 'لن', 'لا', 'ما', 'ماذا', 'متى', 'كيف', 'لماذا', 'أين', 'هل', 'عندما', 'بينما', 'وفق', 'حسب', 'بحسب',
  'وفقا', 'نقلا', 'عبر', 'إثر', 'اثر', 'أثناء', 'بخصوص', 'بشأن', 'بالنسبة', 'بالمناسبة', 'مساء', 'صباح',
  'ظهر', 'ليلة', 'مجددا', 'أخيرا', 'أولا', 'ثانيا', 'جدا', 'فقط', 'تماما', 'سابق', 'السابق', 'الأسبق', 'الحالي',
  'الجديد', 'الجديدة', 'الأول', 'الأولى', 'الثاني', 'الثانية', 'العام', 'العامة', 'السابقة', 'الحالية', 'مصدر',
  'مصادر', 'المصدر', 'باسم', 'نيابة', 'بصفته', 'بصفتها', 'شاهدة', 'شهود', 'سموه', 'سيادته', 'فخامته', 'معاليه', 'آنذاك', 'حينها', 'حينذاك', 'مسؤول', 'المسؤول', 'مسؤولة', 'المسؤولة', 'شاهد', 'بعضهم', 'أغلب', 'معظم',
  // Role nouns in construct (أفاد عضو النقابة, a member of the union said) and honorifics.
  'عضو', 'عضوة', 'أعضاء', 'ممثل', 'ممثلة', 'ممثلو', 'منسق', 'منسقة', 'كاتب', 'كاتبة', 'أمين', 'أمينة', 'ناطق',
  'ناطقة', 'متحدث', 'متحدثة', 'مستشار', 'مستشارة', 'خبير', 'خبيرة', 'خبراء', 'محلل', 'محللة', 'مراسل',
  'مراسلة', 'عميد', 'معتمد', 'معتمدة', 'مديرة', 'نائبة', 'قاضي', 'محامي', 'محامية', 'طبيب', 'أستاذ',
  'مسؤولو', 'معالي', 'سماحة', 'فضيلة', 'خفر', 'حرس', 'عناصر', 'أعوان', 'عون', 'بيان', 'بلاغ', 'محدثنا', 'محدثتنا', 'مصدرنا', 'مراسلنا', 'آنفا', 'أنفا', 'ربما', 'داخل', 'خارج', 'كاهية', 'بكل', 'العالم', 'طوال', 'طيلة', 'منتصف', 'أواخر', 'أوائل', 'مطلع', 'بداية', 'نهاية',
  // Adjectives that also name a profession: «العازف الموسيقي» (the musician player), «الموروث
  // الموسيقي» (the musical heritage).
  'الموسيقي', 'المسرحي', 'السينمائي', 'أخصائي', 'أخصائية', 'المسئول', 'مسئول',
]);

/**
 * «علي» (Ali) written with a final yaa: the preposition «على» (on) folds to it, so it is a reserved word,
 * but in a person slot («نائب رئيس الحركة، علي العريض إن», the party's deputy head, Ali Laarayedh,
 * said) the name as written is the given name.
 */
export const ALI = 'علي';
/** «باسم» (on behalf of), folded: between a spokesman and the body he speaks for. */
const ON_BEHALF_OF = fold('باسم');

/**
 * Words never read as a name, nor as an adjective between a title and a name, and that close a
 * name: {@link STOP}, trigger words, speech verbs and titles. One set, looked up once a word.
 */
const RESERVED: ReadonlySet<string> = new Set([...STOP, ...TRIGGERS.keys(), ...SPEECH_VERBS, ...TITLES]);

/** Pronoun suffixes, longest first: a noun with one (موكله, his client) is not a name. */
const ENCLITICS = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ه'];
/** Proclitic letters: «بالمناسبة» (on the occasion) is ب + a frequent word, not a name. */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
/** The definite article, as the lexicon writes it. */
export const ARTICLE = 'ال';

/** Above this corpus count a word that is not a known name is taken for a common word. */
const FREQUENT = 1500;

function arabicWord(form: string): boolean {
  if (form.length < 3) return false;
  for (let i = 0; i < form.length; i++) if (!isArabicLetter(form.charCodeAt(i))) return false;
  return true;
}

/** Honorifics before a person's name, which a name follows rather than a description: «الحاج الطاهر العبيدي». */
const HONORIFIC_TITLES: ReadonlySet<string> = fset(['الحاج', 'الحاجة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة']);

/** True for a role noun («خبيرة», expert; «المعتمد», delegate), given folded: `ROLES` without the honorifics («الحاج»، «الشيخ»). */
export const roleNoun = (folded: string): boolean => ROLES.has(folded) && !HONORIFIC_TITLES.has(folded);

/**
 * The feminine forms among {@link SPEECH_VERBS}, folded: the perfects in «ت» of a masculine on the list (قالت، نفت of
 * نفى — not «لفت», itself masculine) and the imperfects in «ت» of one in «ي» (تقول).
 */
const FEMININE_SPEECH_VERBS: ReadonlySet<string> = fset(
  withConjunctions(
    SPEECH_VERB_STEMS.filter(
      (w) => (w.endsWith('ت') && (SPEECH_VERB_STEMS.includes(w.slice(0, -1)) || SPEECH_VERB_STEMS.includes(w.slice(0, -1) + 'ى'))) || (w.startsWith('ت') && SPEECH_VERB_STEMS.includes('ي' + w.slice(1))),
    ),
  ),
);

/** Feminine participles of manner after a feminine speech verb («وتقول مازحة», she says, joking), folded. */
const FEMININE_MANNER_PARTICIPLES: ReadonlySet<string> = fset('مازحة ساخرة ضاحكة باكية مبتسمة متهكمة غاضبة ممازحة متأثرة مستغربة متسائلة'.split(' '));

/**
 * True for a manner adverb right after a speech verb, «فقال ساخرا» (he said mockingly), «وأضاف متأثرا»: the word after
 * the verb (`token`, as written, and the verb before it, folded) is an indefinite accusative in «ا» of a participle whose
 * bare, feminine or definite form is a common word, and no known name; after a feminine verb, one of
 * FEMININE_MANNER_PARTICIPLES. The tagger takes some for a person.
 */
export function mannerAfterSpeech(previousFolded: string, token: string, lex: SlotLexicon): boolean {
  // (After a feminine verb the adverb is feminine too, «وتقول مازحة» (she says, joking), but a woman's name is likelier —
  // «وقالت كارلا»: only the listed feminine participles of manner.)
  if (!SPEECH_VERBS.has(previousFolded)) return false;
  const form = lex.form(token);
  if (FEMININE_SPEECH_VERBS.has(previousFolded)) return FEMININE_MANNER_PARTICIPLES.has(fold(token));
  if (!form.endsWith('ا') || form.endsWith('اا') || form.length < 4 || !arabicWord(form) || lex.knownName(fold(token))) return false;
  // (A participle: «فاعل» (ساخر، غاضب) or «مُفعِل/مُتفعِّل» (متأثر، مستنكر), not a name's stem in «ي» (ماريا، صوفيا).)
  const base = form.slice(0, -1);
  if (!(/^.ا..$/u.test(base) || /^م.{3,}$/u.test(base)) || base.endsWith('ي')) return false;
  return lex.count(base) + lex.count(base + 'ة') + lex.count(ARTICLE + base) >= 3;
}

/** True for a participle of a speech verb («نافيا», denying), given folded: never a person's name on its own. */
export const speechParticiple = (folded: string): boolean => SPEECH_PARTICIPLE_SET.has(folded);

/**
 * How a word may be read in a person slot: `'name'` for a known name, `'rare'` for a word the
 * lexicon does not know as a common word, `null` when it is a common or function word.
 */
export function nameReading(token: string, lex: SlotLexicon): 'name' | 'rare' | null {
  let cache = readings.get(lex);
  if (!cache) readings.set(lex, (cache = new Map()));
  let reading = cache.get(token);
  if (reading === undefined) {
    // Bounded: a long-running process sees an open vocabulary.
    if (cache.size >= 50_000) cache.clear();
    cache.set(token, (reading = readWord(token, lex)));
  }
  return reading;
}

const readings = new WeakMap<SlotLexicon, Map<string, 'name' | 'rare' | null>>();

function readWord(token: string, lex: SlotLexicon): 'name' | 'rare' | null {
  const form = lex.form(token);
  if (!arabicWord(form)) return null;
  const folded = fold(token);
  if (RESERVED.has(folded)) return null;
  const count = lex.count(form);
  const definite = form.startsWith(ARTICLE);
  const core = definite ? form.slice(ARTICLE.length) : form;
  // The same word with the article added or removed: a common noun or adjective has both forms.
  const alternate = lex.count(definite ? core : ARTICLE + core);
  const known = lex.knownName(folded);
  if (known) return alternate >= 3 && alternate >= count ? null : 'name';
  if (count >= FREQUENT) return null;
  // Forms a common word takes and a name hardly ever does: behind a preposition (بالتعليم،
  // لوجود), with a pronoun suffix (اسمه، وجوده), in the other gender (المتدخل / المتدخلة, the speaker).
  let clitics = alternate;
  for (const p of ['ب', 'ل', 'ك', 'ف']) clitics += lex.count(p + core) + lex.count((p === 'ل' ? 'لل' : p + ARTICLE) + core);
  const stem = core.endsWith('ة') ? core.slice(0, -1) + 'ت' : core;
  for (const e of ENCLITICS) clitics += lex.count(stem + e);
  // (Not for a nisba in ي: a surname has a feminine too, الوسلاتي / الوسلاتية.)
  if (definite && !form.endsWith('ي')) clitics += lex.count(form.endsWith('ة') ? form.slice(0, -1) : form + 'ة');
  if (clitics >= 4 && clitics * 10 >= count) return null;
  // A word behind a conjunction (ومصداقيته, and his credibility) is a name only when known.
  if (/^[وف]/u.test(form)) return null;
  // A sound plural or dual, or a construct plural (المنتقدون the critics, الغائبين the absent,
  // النائبان the two MPs, وزارتا the two ministries, صحفيي journalists of, البروتينات the
  // proteins), a word behind a
  // preposition with the article (بالمراهقة).
  if (form.endsWith('ون') || (definite && form.endsWith('ات')) || /^([بكل]ال|لل)/u.test(form)) return null;
  if (/(ين|ان)$/u.test(form)) {
    const stem = form.slice(0, -2);
    if (lex.count(stem) + lex.count(stem + 'ة') + (stem.endsWith('ت') ? lex.count(stem.slice(0, -1) + 'ة') : 0) >= 3) return null;
  }
  if (form.endsWith('تا') && lex.count(form.slice(0, -2) + 'ة') >= 3) return null;
  if (!definite && form.endsWith('ي') && lex.count(form.slice(0, -1) + 'ين') + lex.count(form.slice(0, -1) + 'ون') >= 5) return null;
  // Two words written together (وزيرالوظيفة, ministerof-the-civil-service).
  const glued = form.indexOf(ARTICLE, 3);
  if (glued > 0 && lex.count(form.slice(0, glued)) >= 10) return null;
  // A verb in the imperfect whose other persons are words too (تتأثر: يتأثر), or a verb in the
  // perfect also seen with a subject ending (أعاد: أعادت، أعادوا; قضى: قضت).
  if (/^س[يتن]/u.test(form)) return null; // a future verb (ستتنقل, she will travel)
  if (/^[يتن]/u.test(form)) {
    for (const p of ['ي', 'ت', 'ن']) if (p !== form[0] && lex.count(p + form.slice(1)) >= 2) return null;
  }
  if (!/[ةا]$/u.test(form)) {
    const perfect = form.endsWith('ى') ? form.slice(0, -1) : form;
    if (lex.count(perfect + 'ت') + lex.count(perfect + 'وا') >= 2) return null;
  }
  // An adverbial accusative (تطبيقا، خارجا) or a verb in the 3rd person feminine (عمدت) leaves a
  // frequent word when its ending is removed.
  if ((form.endsWith('ا') || form.endsWith('ت')) && lex.count(form.slice(0, -1)) >= 5) return null;
  // An unknown word in the accusative (متجها, heading for) is a circumstantial, not a name.
  if (form.endsWith('ا') && !form.endsWith('اا')) return null;
  // A noun or verb with a pronoun suffix (موكله his client, أعلمته she told him, بحيازتهم in their
  // possession), also behind a preposition.
  const bare = /^[بلك]/u.test(form) && form.length > 4 ? form.slice(1) : form;
  for (const f of bare === form ? [form] : [form, bare]) if (suffixed(f, lex)) return null;
  // A preposition or conjunction on a known word: «لتوثيق» (to document), «بالمناسبة».
  for (const p of PROCLITICS) {
    if (!form.startsWith(p) || form.length - p.length < 2) continue;
    const rest = form.slice(p.length);
    if (STOP.has(fold(rest))) return null;
    if (rest.length < 3) continue;
    // «بلهجة» (in a tone): the bare noun may be rare where its definite form is not (اللهجة).
    if (!p.startsWith('و') && !p.startsWith('ف') && lex.count(ARTICLE + rest) >= 3) return null;
    if (lex.count(rest) >= 3 && lex.count(rest) * 4 >= count) return null;
  }
  return 'rare';
}

/** True when `form` is a frequent word with a pronoun suffix (see {@link nameReading}). */
function suffixed(form: string, lex: SlotLexicon): boolean {
  for (const e of ENCLITICS) {
    if (form.length - e.length < 3 || !form.endsWith(e)) continue;
    const bare = form.slice(0, -e.length);
    if (lex.count(bare) >= 3) return true;
    if (bare.endsWith('ت') && lex.count(bare.slice(0, -1)) + lex.count(bare.slice(0, -1) + 'ة') >= 3) return true;
  }
  return false;
}

/** True when a word after a name continues it as a surname: a known name, or a rare word. */
function surnameReading(token: string, lex: SlotLexicon): boolean {
  const reading = nameReading(token, lex);
  if (!reading) return false;
  if (reading === 'name') return true;
  const form = lex.form(token);
  // «ومنير» (and Mounir), «بالتاكيد» (certainly): a conjunction or preposition starts something new.
  if (CONJUNCTION_OR_PREPOSITION.test(form)) return false;
  // A definite rare word continues a name only as a nisba surname (العرفاوي، الجبالي); a rare
  // adjective of another shape (المعزول, the dismissed) does not.
  return !form.startsWith(ARTICLE) || form.endsWith('ي');
}

/**
 * The names of Maghrebi surnames written «بال» (son of) + a name: بالحاج (Belhaj), بالطيب (Taieb),
 * بالطاهر، بالقاسم (Belgacem), بالعيد (Belaid), بالحسن، بالحسين، بالناصر، بالشيخ، بالخير، بالعربي،
 * بالخوجة (Belkhodja), بالضياف (Beldhiaf), بالضيافي، بالخيثر، بالصغير، بالأخواص، بالأكحل، بالقروي — the
 * ones of the news corpus. A closed list: behind «بال» any other name is as often a preposition and a
 * noun («أشاد بالأمين العام», he praised the secretary-general).
 */
const BEL_NAMES: ReadonlySet<string> = fset(['الحاج', 'الطيب', 'الطاهر', 'القاسم', 'العيد', 'الحسن', 'الحسين', 'الناصر', 'الشيخ', 'الخير', 'العربي', 'الخوجة', 'الضياف', 'الضيافي', 'الخيثر', 'الصغير', 'الأخواص', 'الأكحل', 'القروي']);

/**
 * True for a Maghrebi surname written «بال» + a name right after a first name: «منذر بالحاج علي»
 * (Mondher Belhaj Ali), «سمير بالطيب» (Samir Taieb). Read as a preposition and the article, the
 * word would end the name there.
 */
function belSurname(token: string, lex: SlotLexicon): boolean {
  const form = lex.form(token);
  return form.startsWith('ب' + ARTICLE) && BEL_NAMES.has(fold(form.slice(1)));
}

/** «عبد» (servant of), folded: the first word of a compound given name. */
const SERVANT_OF = fold('عبد');

/** «المدعو», «المدعوة» (the one named), folded: a name follows. */
const NAMED_ONE: ReadonlySet<string> = fset([...NAMED_ONE_WORDS, ...NAMED_ONE_WORDS.map((w) => 'و' + w)]);
/** «ى» (alef maqsura), which writes the passive «يدعى» (is called) apart from «يدعي» (claims). */
const ALEF_MAQSURA = '\u0649';
/** Relative pronouns before «يدعى/تدعى», folded: «التي تدعى» (who is called). */
const RELATIVES: ReadonlySet<string> = fset(['الذي', 'التي']);
/** «يدعى», «تدعى» (who is called), folded: a name follows when a person noun stands before (see {@link PERSON_NOUNS}). */
const IS_CALLED: ReadonlySet<string> = fset([...IS_CALLED_WORDS, 'يُدعى', 'تُدعى', ...IS_CALLED_WORDS.map((w) => 'و' + w)]);
/**
 * Indefinite nouns of a person before «يدعى/تدعى», folded: «سيدة تدعى حياة الرمضاني» (a lady called Hayet Ramadani),
 * «شاب يدعى أحمد» (a young man named Ahmed). Elsewhere the verb is «is invited» or «is called upon» («يدعى الزوج»).
 */
const PERSON_NOUNS: ReadonlySet<string> = fset([
  'شاب', 'شابة', 'رجل', 'امرأة', 'إمرأة', 'سيدة', 'فتاة', 'شخص', 'طفل', 'طفلة', 'مواطن', 'مواطنة', 'تلميذ', 'تلميذة',
  'طالب', 'طالبة', 'عامل', 'عاملة', 'كهل', 'كهلة', 'مهاجر', 'مهاجرة', 'ولد', 'بنت', 'فلاح', 'فلاحة', 'صحفي', 'صحفية',
  'عنصر', 'إرهابي', 'متهم', 'متهمة', 'مسن', 'مسنة', 'شيخ', 'عجوز', 'رضيع', 'رضيعة', 'مراهق', 'مراهقة', 'لاعب', 'مدرب',
  'طبيب', 'طبيبة', 'أستاذ', 'أستاذة', 'معلم', 'معلمة', 'تاجر', 'سائق', 'جندي', 'عون', 'موظف', 'موظفة', 'ممرض', 'ممرضة',
]);

/**
 * Tags the name after a word that announces one as a person, in place: after «المدعو/المدعوة» (the one named), and
 * after «يدعى/تدعى» (called) behind a person noun («سيدة تدعى حياة الرمضاني», a lady called Hayet Ramadani). The first
 * word may be a given name that is a common word too («حياة», life; «وفاء», loyalty); otherwise it must read as a name
 * (see {@link nameReading}), and it has no article unless it is a given name. Surnames follow as in the slots
 * (up to three words, or a compound «بن»/«عبد» + a word). Returns the number of names tagged.
 */
export function namingWordNames(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[], lex: SlotLexicon): number {
  let added = 0;
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    const { tags, tokens } = s;
    for (let i = 0; i + 1 < words.length; i++) {
      // (A one-word person the tagger found there gets its surname: «المدعو شفيق | الجراية».)
      if (tags[i] !== 'O' || !(tags[i + 1] === 'O' || (tags[i + 1] === 'B-PER' && tags[i + 2] !== 'I-PER'))) continue;
      const namedOne = NAMED_ONE.has(words[i]!);
      // (Or written with its «ى», the passive — not «يدعي», claims —, and the conjunction or a relative before it: «وقال
      // المستثمر، ويدعى جيل إنجركه» (the investor, who is called Jill Enjerke, said), «الضابط القتيل يدعى …».)
      const conjoined = /^[وف]/u.test(tokens[i]!);
      const passive = IS_CALLED.has(words[i]!) && tokens[i]!.endsWith(ALEF_MAQSURA) && (conjoined || (i > 0 && (RELATIVES.has(words[i - 1]!) || tags[i - 1] !== 'O')));
      if (!namedOne && !passive && !(IS_CALLED.has(words[i]!) && i > 0 && tags[i - 1] === 'O' && PERSON_NOUNS.has(words[i - 1]!))) continue;
      const first = i + 1;
      const form = lex.form(tokens[first]!);
      if (!arabicWord(form) || RESERVED.has(words[first]!) || (form.startsWith(ARTICLE) && !lex.knownName(words[first]!))) continue;
      // (After «يدعى/تدعى» a given name, or a word that reads as a name: «تدعي كونها» (claims to be) is «تدعى» folded.)
      // (Not after the passive with «و» either, which no common word follows: «ويدعى جيل …», «جيل» a generation elsewhere.)
      if (!namedOne && !(passive && conjoined) && tags[first] === 'O' && !lex.knownName(words[first]!) && nameReading(tokens[first]!, lex) === null) continue;
      let end = first + 1;
      while (end < words.length && end - first < 3 && tags[end] === 'O' && surnameReading(tokens[end]!, lex)) end++;
      if (end + 1 < words.length && end - first < 3 && SURNAME_HEADS.has(words[end]!) && tags[end] === 'O' && tags[end + 1] === 'O' && arabicWord(lex.form(tokens[end + 1]!))) end += 2;
      // A person the tagger found right after joins: «تدعى حياة | الرمضاني».
      const joins = end === first + 1 && end < words.length && tags[end] === 'B-PER';
      tags[first] = 'B-PER';
      for (let k = first + 1; k < end; k++) tags[k] = 'I-PER';
      if (joins) for (let k = end; k < words.length && (k === end || tags[k] === 'I-PER'); k++) tags[k] = 'I-PER';
      added++;
      i = end - 1;
    }
  });
  return added;
}

/** «أم» (mother of), folded, the head of a woman's kunya. */
const UMM = fold('أم');
/** Words that open an alternative whose «أم» is «or», folded: «هل» (whether), «سواء» (be it), «إذا» (if). */
const ALTERNATIVE_OPENERS: ReadonlySet<string> = fset(['هل', 'أهل', 'سواء', 'إذا', 'اذا', 'وإذا', 'وهل']);
/** Words looked back for an {@link ALTERNATIVE_OPENERS}. */
const ALTERNATIVE_REACH = 8;
/** «أف» (the F of FM), folded: «جوهرة أف أم نسرين علوش» is the station's reporter Nesrine Allouch. */
const FM_F = fold('أف');

/**
 * Tags a kunya that opens with «أم» (mother of) and a given name as a person: «قالت أم علي» (Umm Ali said),
 * «بهذه العبارة تختصر أم علي». The tagger reads «أم» as «or» or «mother»; with a given name after it
 * (`givenName`, folded), not definite, it is a woman's name. Not after «أف» (FM, a station's name before
 * its reporter's) nor after a person or a given name («محمد أم علي», Mohamed or Ali). A person the tagger
 * found in the given name («أم | علي») takes «أم» in. Returns the number of names tagged.
 */
export function kunyaNames(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[], givenName: (folded: string) => boolean): number {
  let added = 0;
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    const tags = s.tags;
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i] !== UMM || tags[i] !== 'O' || (tags[i + 1] !== 'O' && tags[i + 1] !== 'B-PER')) continue;
      const name = words[i + 1]!;
      if (name.startsWith(ARTICLE) || !givenName(name)) continue;
      if (i > 0 && (words[i - 1] === FM_F || tags[i - 1]!.endsWith('PER') || givenName(words[i - 1]!))) continue;
      // An alternative after «هل» (whether), «سواء» (be it), «إذا» (if): «إذا كانت ستضع مولودا ذكرا أم أنثى»
      // (whether she will have a boy or a girl), where «أم» is «or».
      let alternative = false;
      for (let k = Math.max(0, i - ALTERNATIVE_REACH); k < i && !alternative; k++) alternative = ALTERNATIVE_OPENERS.has(words[k]!);
      if (alternative) continue;
      tags[i] = 'B-PER';
      tags[i + 1] = 'I-PER';
      added++;
    }
  });
  return added;
}

/**
 * Gives a given name the tagger ended before a «بال» surname that surname: «رضا بالحاج» (Ridha Belhaj), where
 * «بالحاج» reads as «ب» + «الحاج» (with the pilgrim). Only a one-word person that `givenName` (folded) knows, or
 * a compound «عبد» + name:
 * after a full name the word is the preposition and a noun («قيس سعيد بالعيد», congratulated on the Eid).
 * Returns the number of names extended.
 */
export function extendBelSurnames(sentences: readonly TaggedTokens[], lex: SlotLexicon, givenName: (folded: string) => boolean): number {
  let added = 0;
  for (const s of sentences) {
    for (const span of spansOf(s.tags)) {
      if (span.type !== 'PER' || span.end >= s.tokens.length || s.tags[span.end] !== 'O') continue;
      // (A compound given name counts as one: «عبد الحكيم بالحاج».)
      const compound = span.end - span.start === 2 && fold(s.tokens[span.start]!) === SERVANT_OF;
      if (!compound && (span.end - span.start !== 1 || !givenName(fold(s.tokens[span.start]!)))) continue;
      if (!belSurname(s.tokens[span.end]!, lex) || (span.end + 1 < s.tokens.length && s.tags[span.end + 1] === 'B-PER')) continue;
      s.tags[span.end] = 'I-PER';
      added++;
    }
  }
  return added;
}

/**
 * A family name that is also a common word, after a compound given name in «الدين» the tagger read alone: «جمال الدين قمر»
 * (Jamel Eddine Gamar, «قمر» a moon), «شرف الدين القليل». The word joins the person when it is no function, trigger or
 * role word, is not behind a preposition, and the name ends clearly after it (see `closesStrictly`, or a comma). A
 * person is hardly ever named by such a given name alone. Returns the number of words added.
 */
export function extendCompoundGivenNames(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[], lex: SlotLexicon): number {
  let added = 0;
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    for (const span of spansOf(s.tags)) {
      const j = span.end;
      if (span.type !== 'PER' || span.end - span.start !== 2 || words[span.start + 1] !== DIN || !COMPOUND_HEADS.has(words[span.start]!)) continue;
      if (j >= s.tokens.length || s.tags[j] !== 'O' || RESERVED.has(words[j]!) || ROLES.has(words[j]!)) continue;
      const form = lex.form(s.tokens[j]!);
      if (!arabicWord(form) || /^[وف]/u.test(words[j]!) || behindPreposition(form, lex)) continue;
      if (!(closesStrictly(s.tokens, words, s.tags, j + 1, lex) || (j + 1 < s.tokens.length && isComma(s.tokens[j + 1]!)))) continue;
      s.tags[j] = 'I-PER';
      added++;
    }
  });
  return added;
}

/**
 * A person the document also names without its last word, where the tagger ran the name on into a word shaped as no family
 * name is — an accusative in «ا» («كثيرا»، «نائبا»), an imperfect verb («يعدم»), or a three-letter past verb after a name of
 * three words or more («غدر») — that is no given name and reads as a common word: «صالح بن يوسف غدر بالحبيب بورقيبة» (Salah
 * Ben Youssef betrayed Habib Bourguiba) once «وصالح بن يوسف» is named; not «جان ماري لوبان», «عماد بلحاج خليفة». The names
 * are compared without a conjunction on their first word. Returns the number of words untagged.
 */
export function trimRunOnWords(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[], lex: SlotLexicon, givenName: (folded: string) => boolean): number {
  const keyOf = (f: readonly string[], from: number, to: number): string => [f[from]!.replace(/^[وف](?=.{3})/u, ''), ...f.slice(from + 1, to)].join(' ');
  const twoWordsOrMore = new Set<string>();
  sentences.forEach((s, si) => {
    for (const span of spansOf(s.tags)) if (span.type === 'PER' && span.end - span.start >= 2) twoWordsOrMore.add(keyOf(folded[si]!, span.start, span.end));
  });
  let removed = 0;
  sentences.forEach((s, si) => {
    const f = folded[si]!;
    for (const span of spansOf(s.tags)) {
      if (span.type !== 'PER' || span.end - span.start < 3 || !twoWordsOrMore.has(keyOf(f, span.start, span.end - 1))) continue;
      const word = f[span.end - 1]!;
      const shaped = /^[^ا]{2,}[^اى]ا$/u.test(word) || /^[يت].{3,}$/u.test(word) || (word.length === 3 && span.end - span.start >= 4);
      if (!shaped || givenName(word) || nameReading(s.tokens[span.end - 1]!, lex) !== null) continue;
      s.tags[span.end - 1] = 'O';
      removed++;
    }
  });
  return removed;
}

/** Words after which the next is a father's name or a compound given name's second word, folded: «بن», «ابن», «بنت», «عبد», «أبو». */
const NAME_LINKS: ReadonlySet<string> = new Set(['بن', 'ابن', 'إبن', 'بنت', 'عبد', 'أبو', 'ابو', 'بو'].map(fold));
/** «بن/ابن/بنت» (son, daughter of), folded: a name with one is a chain of forebears («خالد بن محمد الهادي بن بشير»), not a list. */
const PATRONYMIC: ReadonlySet<string> = new Set(['بن', 'ابن', 'إبن', 'بنت'].map(fold));
/** «عبد» (servant of), folded: it opens a compound given name («عبد المجيد»). */
const ABD = fold('عبد');
/** A person of this many words or more is a list of names whatever the word before a given name (see splitNameLists). */
const LIST_LENGTH = 6;

/**
 * Splits a person the tagger read over a list of names written with spaces only — «عبد المجيد بوعوني هاشم حمدي محمد مسليني
 * منصف بوزازي …» (a party's candidates), «إبراهيم عيسى الحجي محمد الباكر» — into one person a name: before a given name (or
 * «عبد» opening a compound one) once the name so far has two words, where the word before it is no given name (a family
 * name) — or, in a run of {@link LIST_LENGTH} words or more that has such a cut, after a given name too. A chain of given
 * names with one family name at its end, as Gulf and Egyptian names are written («هاشم صالح عبدالله العوضي», «علي زكي محمد
 * علي»), is one person: each of its given names follows a given name. So is a name with «بن/ابن/بنت» (a chain of forebears: «سعد بن سعد محمد الكعبي») or a particle
 * («أرثر سيزار دي مينيزيس سواريس فيليو»). «الدين» never opens a name («محمد محي الدين الديبة»). Every piece keeps two words
 * at least. Returns the number of names split off.
 */
export function splitNameLists(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[], givenName: (folded: string) => boolean): number {
  let split = 0;
  sentences.forEach((s, si) => {
    const f = folded[si]!;
    for (const span of spansOf(s.tags)) {
      const n = span.end - span.start;
      if (span.type !== 'PER' || n < 4) continue;
      let plain = true;
      for (let k = span.start; k < span.end && plain; k++) plain = /^[\u0621-\u064A]+$/u.test(f[k]!) && !PATRONYMIC.has(f[k]!) && !NAME_PARTICLES.has(f[k]!);
      // (Each piece ends on a family name: «محمد الصغير عبدالرحيم محمد» is one Egyptian name.)
      if (!plain || givenName(f[span.end - 1]!)) continue;
      // The cuts after a family name; then, in a long run that has one, the cuts after a given name too.
      const cutsOf = (afterGiven: boolean): number[] => {
        const cuts: number[] = [];
        let from = span.start;
        for (let k = span.start + 2; k + 2 <= span.end; k++) {
          const opens = f[k] === ABD || (f[k] !== DIN && givenName(f[k]!));
          if (!opens || k - from < 2 || NAME_LINKS.has(f[k - 1]!) || (!afterGiven && givenName(f[k - 1]!))) continue;
          cuts.push(k);
          from = k;
        }
        return span.end - from < 2 ? [] : cuts;
      };
      let cuts = cutsOf(false);
      if (!cuts.length) continue;
      if (n >= LIST_LENGTH) cuts = cutsOf(true);
      if (!cuts.length) continue;
      for (const k of cuts) s.tags[k] = 'B-PER';
      split += cuts.length;
    }
  });
  return split;
}

/**
 * Untags a person that is one definite title alone: «وقال المناضل إن …» (and the activist said that …) — «المناضل» describes
 * the person named before; it names no one. Returns the number of words untagged.
 */
export function untagBareTitles(sentences: readonly TaggedTokens[]): number {
  let removed = 0;
  for (const s of sentences) {
    for (const span of spansOf(s.tags)) {
      if (span.type !== 'PER' || span.end - span.start !== 1 || !BARE_TITLES.has(fold(s.tokens[span.start]!))) continue;
      s.tags[span.start] = 'O';
      removed++;
    }
  }
  return removed;
}

/** A definite adjective between a title and a name: «الحقوقية» in «الناشطة الحقوقية» (the rights activist). */
function adjective(token: string, folded: string, lex: SlotLexicon): boolean {
  // (No speech verb starts with the article, so RESERVED excludes no more than stop words, triggers and titles.)
  return lex.form(token).startsWith(ARTICLE) && !RESERVED.has(folded) && nameReading(token, lex) === null;
}

/** Where a person slot ends before token `i`: the kind of slot, or null. */
function slotBefore(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], i: number, lex: SlotLexicon): 'verb' | 'title' | 'description' | 'apposition' | null {
  if (i === 0 || tags[i - 1] !== 'O') return null;
  if (SPEECH_VERBS.has(words[i - 1]!)) return 'verb';
  // «وأوضح المواطن، جمال، وهو أصيل …» (the citizen, Jamal, who comes from …): a title or description, then one word between
  // two commas.
  if (i >= 2 && isComma(tokens[i - 1]!) && TITLES.has(words[i - 2]!) && tags[i - 2] === 'O' && i + 1 < tokens.length && isComma(tokens[i + 1]!)) return 'apposition';
  if (abbreviatedTitle(tokens, words, tags, i)) return 'title';
  // A title, then up to two adjectives.
  let title = -1;
  for (let k = i - 1; k >= 0 && k >= i - 3 && title < 0; k--) if (TITLES.has(words[k]!)) title = k;
  if (title < 0 || tags[title] !== 'O') return null;
  for (let k = title + 1; k < i; k++) if (tags[k] !== 'O' || !adjective(tokens[k]!, words[k]!, lex)) return null;
  return DESCRIPTIONS.has(words[title]!) ? 'description' : 'title';
}

/**
 * True when token `j` closes a name: the end of the sentence, punctuation or a token that is not an
 * Arabic word, a function word (إن، أن، في، الذي …), a speech verb, a title, a word the tagger put
 * in a name, a word behind a preposition or with the article that is a common word («لوكالة» to the
 * agency, «المرأة» the woman), a common noun with a possessive pronoun («دعمها», her support). Anything
 * else (a verb, «عرب» in «عايدة عرب») leaves the name's end unknown, and the pass leaves it to the later stages.
 */
function closesName(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], j: number, lex: SlotLexicon): boolean {
  if (j >= words.length || tags[j] !== 'O') return true;
  const w = words[j]!;
  const form = lex.form(tokens[j]!);
  if (!arabicWord(form)) return true;
  if (RESERVED.has(w)) return true;
  if (/^(ال|لل|[وفبلك]ال)/u.test(form)) return nameReading(tokens[j]!, lex) === null;
  return behindPreposition(form, lex) || possessedNounForm(form, (w) => lex.count(w));
}


/**
 * Titles written as one letter and a stop: «د.» (Dr), «م.» (engineer), «أ.» (professor) — «وزيرة الإسكان م.
 * لولوة المهنا». Not after a number, where «م.» is «AD» or «metres» («عام 2017 م.»).
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['د', 'م', 'ا']);

/** Whether token `i` follows an abbreviated title and its stop (see {@link ABBREVIATED_TITLES}). */
function abbreviatedTitle(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], i: number): boolean {
  if (i < 2 || tokens[i - 1] !== '.' || !ABBREVIATED_TITLES.has(words[i - 2]!) || tags[i - 2] !== 'O') return false;
  return i < 3 || !/\p{N}/u.test(tokens[i - 3]!);
}

/** Speech verbs (a name right after) and titles (a name up to three words after), folded. */
const SLOT_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...TITLES].map((w): [string, number] => [w, 3]),
  ...[...SPEECH_VERBS].map((w): [string, number] => [w, 1]),
  // (An abbreviated title: its stop, then the name.)
  ...[...ABBREVIATED_TITLES].map((w): [string, number] => [w, 2]),
]);

/** Options of {@link proposeSlotNames}. */
export interface SlotOptions {
  /** Longest name the pass makes, in tokens. Default 3. */
  maxWords?: number;
  /** The folded tokens (see `fold()`), sentence by sentence, when the caller has them already. */
  folded?: readonly (readonly string[])[];
  /**
   * True for a word that is a given name (folded): the role slots (see {@link roleNames}) start a
   * name only there. Default: the lexicon's known names.
   */
  givenName?: (folded: string) => boolean;
}

/**
 * Tags untagged names in person slots as PER, in place (see the module comment). A word the
 * tagger gave another type elsewhere in the document is left alone. A following token the tagger
 * already tagged as a person (B-PER) becomes the name's continuation. Returns the number of names
 * added.
 */
export function proposeSlotNames(sentences: TaggedTokens[], lex: SlotLexicon, options: SlotOptions = {}): number {
  const maxWords = options.maxWords ?? 3;
  const folded: (readonly string[])[] = [];
  // Most tokens are in no slot: only the up to three tokens after a speech verb or title are
  // looked at (a title may be followed by two adjectives).
  const candidates: number[][] = [];
  let slots = false;
  let roles = false;
  for (const s of sentences) {
    const given = options.folded?.[folded.length];
    const words = given ?? s.tokens.map(fold);
    const at: number[] = [];
    for (let i = 0; i < words.length; i++) {
      if (s.tags[i] !== 'O') continue;
      const span = SLOT_WORDS.get(words[i]!) ?? 0;
      if (!span) {
        if (!roles && (ROLES.has(words[i]!) || ROLE_FORMS.has(words[i]!))) roles = true;
        continue;
      }
      for (let k = Math.max(i + 1, (at.at(-1) ?? 0) + 1); k <= i + span && k < words.length; k++) at.push(k);
    }
    if (at.length) slots = true;
    folded.push(words);
    candidates.push(at);
  }
  // (An article with roles but no speech verb or title gets only the role slots: the coordination
  // slot would read «سيدي سعيدان وقايد السبسي», two places, after a tagger error.)
  if (!slots && !roles) return 0;
  const givenName = options.givenName ?? lex.knownName;
  // Words the tagger put in a name of another type: their reading stays the tagger's. Built at
  // the first slot that holds a candidate.
  let otherTypes: OtherTypes | undefined;
  const otherType = (word: string): boolean => (otherTypes ??= typedWords(sentences, folded)).other.has(word);
  // The role slots read a name right after an organisation's name (رئيس الحكومة الحبيب الصيد):
  // only the tagger's own types count there.
  const taggedOtherwise = (word: string): boolean => (otherTypes ??= typedWords(sentences, folded)).tagged.has(word);
  let added = 0;
  if (slots) sentences.forEach((s, si) => {
    const words = folded[si]!;
    const { tags, tokens } = s;
    let next = 1;
    for (const i of candidates[si]!) {
      if (i < next || tags[i] !== 'O' || tags[i - 1] !== 'O') continue;
      const slot = slotBefore(tokens, words, tags, i, lex);
      if (!slot || otherType(words[i]!)) continue;
      // (Right after an honorific, a listed given name that is also a verb or a noun is the name: «المهندس يزن العدوان»
      // (the engineer Yazan al-Adwan; «يزن», he weighs).)
      const honorific = slot === 'title' && HONORIFIC_TITLES.has(words[i - 1]!);
      // (So after any title is one before a surname-like word and a clear end: «وحضرت الصحفية سامية نصار الندوة» (the
      // journalist Samia Nassar; «السامية», sublime, makes «سامية» a common word).)
      // (Not after «الجامعي» (university, also an adjective): «بالمستشفى الجامعي فرحات حشاد», a hospital's name.)
      const beforeSurname = slot === 'title' && !ACADEMIC.has(words[i - 1]!) && i + 1 < words.length && tags[i + 1] === 'O' && surnameReading(tokens[i + 1]!, lex) && closesName(tokens, words, tags, i + 2, lex);
      // (So is one a title's apposition holds alone between commas: «المواطن، جمال،», the citizen, Jamal; «جمال», beauty.)
      const reading = nameReading(tokens[i]!, lex) ?? ((honorific || beforeSurname || slot === 'apposition') && LISTED_GIVEN_NAMES.has(words[i]!) && !SURNAME_HEADS.has(words[i + 1] ?? '') ? 'name' : null);
      if (!reading) continue;
      // After a title comes the full name, so a first name: a definite word there is an adjective
      // (الطفل المتقد, the bright child).
      // (Definite in the lexicon form: the folded «الفه» is «ألفة», Olfa.)
      const definite = lex.form(tokens[i]!).startsWith(ARTICLE);
      if (slot !== 'verb' && definite) continue;
      let end = i + 1;
      let bel = false;
      while (end < words.length && end - i < maxWords && tags[end] === 'O' && !otherType(words[end]!) && (surnameReading(tokens[end]!, lex) || (bel = end === i + 1 && belSurname(tokens[end]!, lex)))) end++;
      // A compound surname: «عبد» (servant of), «بن» (son of) and the word after it.
      if (end + 1 < words.length && end - i < maxWords && SURNAME_HEADS.has(words[end]!) && tags[end] === 'O' && tags[end + 1] === 'O' && arabicWord(lex.form(tokens[end + 1]!))) end += 2;
      // A surname the tagger found on its own joins the first name (ألفة يوسف) after a title, after a
      // verb only a known first name or a one-word surname: in «ذكّر جلاد سهام بن سدرين» (Jallad
      // reminded Sihem Ben Sedrine) the name after the word is the verb's object.
      // (Right after an honorific, a given name and a definite common word before a clear end are one name: «المهندس يزن
      // العدوان لـ(بترا)» (the engineer Yazan al-Adwan, to Petra; «العدوان», the aggression).)
      if (end === i + 1 && honorific && !definite && lex.form(tokens[end] ?? '').startsWith(ARTICLE) && !otherType(words[end] ?? '') && commonSurname(tokens, words, tags, end, lex) && closesStrictly(tokens, words, tags, end + 1, lex)) end++;
      const single = end + 1 >= words.length || tags[end + 1] !== 'I-PER';
      // (Also behind a «بال» surname: «منذر بالحاج علي», where the tagger found only «علي».)
      const joins = (end === i + 1 || (bel && end === i + 2)) && end < words.length && tags[end] === 'B-PER' && (slot !== 'verb' || reading === 'name' || (single && !definite));
      if (!joins && !closesName(tokens, words, tags, end, lex)) {
        // A surname that is also a word (عرب Arabs, بطيخ watermelon) after a given name: kept when
        // a clear end (punctuation, إن/أن, في …) follows it at once: «أفادت عايدة عرب، في …».
        if (end !== i + 1 || (definite && reading !== 'name') || !commonSurname(tokens, words, tags, end, lex) || !closesStrictly(tokens, words, tags, end + 1, lex)) continue;
        end++;
      }
      // After a description, one unknown word is as often a predicate: a known first name or two words.
      if (slot === 'description' && reading !== 'name' && end - i < 2) continue;
      tags[i] = 'B-PER';
      for (let k = i + 1; k < end; k++) tags[k] = 'I-PER';
      if (joins) tags[end] = 'I-PER';
      added++;
      next = end;
    }
    added += coordinated(tokens, words, tags, lex, maxWords, otherType);
  });
  added += roleNames(sentences, folded, lex, givenName, taggedOtherwise);
  return added + knownSurnames(sentences, folded);
}

/** Words of the document typed other than PER: by the tagger (`tagged`), or also by a trigger before them (`other`). */
interface OtherTypes {
  other: Set<string>;
  tagged: Set<string>;
}

/** The {@link OtherTypes} of a document's folded words. */
function typedWords(sentences: readonly TaggedTokens[], folded: readonly (readonly string[])[]): OtherTypes {
  const other = new Set<string>();
  const tagged = new Set<string>();
  for (let si = 0; si < sentences.length; si++) {
    const words = folded[si]!;
    const tags = sentences[si]!.tags;
    for (let i = 0; i < words.length; i++) {
      const tag = tags[i]!;
      if (tag !== 'O' && !tag.endsWith('PER')) {
        other.add(words[i]!);
        tagged.add(words[i]!);
      }
      // A word after the head of an organisation or place name (حركة النهضة, the Ennahdha
      // movement) is that name, whatever the tagger said.
      const head = i > 0 ? TRIGGERS.get(words[i - 1]!) : undefined;
      if (head === 'ORG' || head === 'LOC') other.add(words[i]!);
    }
  }
  return { other, tagged };
}

/** True for token `j` as a surname that may be a common word: an untagged Arabic word that is no function or role word, no conjunction or preposition with the article. */
function commonSurname(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], j: number, lex: SlotLexicon): boolean {
  // («علي» as written, with its «ي», is the surname Ali, not the preposition «على»: «المدير العام للنقل البري، فرج علي، عن …».)
  if (j >= words.length || tags[j] !== 'O' || (RESERVED.has(words[j]!) && !WORD_SURNAMES.has(words[j]!) && tokens[j] !== ALI)) return false;
  const form = lex.form(tokens[j]!);
  // (Nor an adverb in the accusative or a feminine participle: «مبتسمة», smiling.)
  // (A word in «و» that is no «و» + a word the lexicon has seen, nor a word it has seen, is a foreign surname: «رئيسة يوتيوب
  // التنفيذية، سوزان وجسيكي إلى أنها …», Susan Wojcicki.)
  const foreignInWaw = form.startsWith('و') && form.length >= 5 && lex.count(form) === 0 && lex.count(form.slice(1)) === 0;
  return arabicWord(form) && (foreignInWaw || !CONJUNCTION_OR_PREPOSITION.test(form)) && !(form.endsWith('ا') && !form.endsWith('اا')) && !/^م.*ة$/u.test(form);
}

/**
 * Maghrebi given names written with «ل» for the article, which is no proclitic (to): «لخضر» (Lakhdar,
 * الأخضر), «لزهر» (Lazhar), «لسعد» (Lassaad), «لمين» (Lamine), «لعربي» (Larbi); folded. (Not «لحسن» (Lahcen):
 * «لحسن نصر الله» is «to Hassan Nasrallah».) They are family names too: «رمزي لخضر».
 */
export const LAM_GIVEN_NAMES: ReadonlySet<string> = fset(['لخضر', 'لزهر', 'لسعد', 'لمين', 'لعربي']);

/** True for a lexicon form that is a preposition on a frequent word: «لمراسل» (to the correspondent of). */
function behindPreposition(form: string, lex: SlotLexicon): boolean {
  return /^[بلك]/u.test(form) && form.length >= 4 && lex.count(form.slice(1)) >= 10;
}

/**
 * Reserved words that are also surnames after a given name: «تيريزا ماي» (Theresa May; ماي is
 * May, the month, in Tunisia), «الباجي قائد السبسي» (Béji Caïd Essebsi; قائد is a leader).
 */
const WORD_SURNAMES: ReadonlySet<string> = fset(['ماي', 'قائد']);

/** The complementisers of speech among {@link STRICT_ENDS} (that, that he, that she …); folded. */
const COMPLEMENTISER_WORDS = ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها'];
/** {@link COMPLEMENTISER_WORDS} folded. */
export const COMPLEMENTISER_ENDS: ReadonlySet<string> = fset(COMPLEMENTISER_WORDS);

/** Function words that end a name for certain: «إن»/«أن» (that), «في» (in), «خلال» (during) … */
const STRICT_ENDS: ReadonlySet<string> = fset([...COMPLEMENTISER_WORDS, 'في', 'خلال', 'على', 'عن', 'إلى', 'لدى', 'من', 'لـ', 'بـ']);

/** True when token `j` ends a name for certain: the end of the sentence, punctuation, a strict function word, a speech verb. */
function closesStrictly(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], j: number, lex: SlotLexicon): boolean {
  if (j >= words.length) return true;
  if (tags[j] !== 'O') return false;
  if (!arabicWord(lex.form(tokens[j]!)) && !/^[\p{L}\p{N}]/u.test(tokens[j]!)) return true;
  // (And the day of the statement: «مدير الرعاية الصحية الأساسية بقبلي علي الطبال صباح اليوم الخميس» (Ali Tabbal, this Thursday
  // morning), «… علي الطبال اليوم» — a time of day only before a word of date, «صباح» being a given name too.)
  return STRICT_ENDS.has(words[j]!) || SPEECH_VERBS.has(words[j]!) || STATEMENT_DAYS.has(words[j]!) || (TIMES_OF_DAY.has(words[j]!) && TRIGGERS.get(words[j + 1] ?? '') === 'DATE');
}

/** «اليوم، أمس، غدا» (today, yesterday, tomorrow), folded: the day a statement was made, after the speaker's name. */
const STATEMENT_DAYS: ReadonlySet<string> = fset(['اليوم', 'أمس', 'غدا']);
/** Parts of the day, folded: «صباح اليوم» (this morning) after a name is no part of it — «صباح» (morning), «مساء», «ظهر»، «عشية»، «صبيحة»، «ليلة»، «فجر». */
export const TIMES_OF_DAY: ReadonlySet<string> = fset(['صباح', 'مساء', 'ظهر', 'عشية', 'صبيحة', 'ليلة', 'فجر']);

/**
 * Role nouns that a name follows after their complement or stands beside between commas: «رئيس
 * الحكومة الحبيب الصيد» (the head of government Habib Essid), «وزير الاتصالات السابق، منجي مرزوق،»
 * (the former communications minister, Mongi Marzouk,), «سفيان طوبال، رئيس الكتلة،» (Sofiene
 * Toubal, head of the bloc,). The titles of {@link TITLES} count too.
 */
const ROLES: ReadonlySet<string> = (() => {
  // Each with and without the article: «المندوب الجهوي للتربية …، المولدي العيفي» (the regional
  // education delegate …, Mouldi Laifi).
  const pairs = [
    'رئيس', 'وزير', 'مدير', 'نائب', 'أمين', 'عضو', 'ممثل', 'منسق', 'مستشار', 'سفير', 'محافظ', 'معتمد', 'قائد',
    'زعيم', 'مؤسس', 'صاحب', 'كاتب', 'خبير', 'مسؤول', 'ناطق', 'متحدث', 'عميد', 'مساعد', 'مكلف', 'محامي',
    'طبيب', 'أستاذ', 'باحث', 'مراسل', 'مبعوث', 'مندوب', 'والي', 'مرشح', 'مدرب', 'لاعب', 'موفد',
    // «اعتبر القيادي في حزب نداء تونس، رؤوف الخماسي أن …» (the Nidaa Tounes official, Raouf Khamassi, deemed that …).
    'قيادي', 'ناشط',
    // «نفى … مساعد وكيل الجمهورية إلياس الميلادي» (the deputy public prosecutor Elyes Miladi denied …).
    'وكيل',
  ];
  // (The outlet's own: «وأكدت موفدتنا إيمان الفجاري» (our envoy Imen Fejjari stressed), «مراسلنا».)
  const out: string[] = ['كاهية', 'الكاهية', ...OWN_REPORTER_WORDS];
  for (const p of pairs) out.push(p, p + 'ة', 'ال' + p, 'ال' + p + 'ة');
  // (Not behind «و»: «بين الأم والطفل، أمر حاسم», between mother and child, a decisive matter.)
  return new Set([...fset(out), ...BARE_TITLES]);
})();

/** Role nouns in construct that the role slot reads a name after (their complement between). */
// (Also with the pronoun «ها» (its) of a body named before: «وقال أمينها العام فادي ضاهر», its secretary-general.)
const CONSTRUCT_ROLES: ReadonlySet<string> = fset([
  'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'مدير', 'مديرة', 'المدير', 'المديرة', 'الناطق', 'الناطقة', 'المتحدث', 'المتحدثة', 'الأمين', 'الأمينة', 'كاتب', 'كاتبة', 'محافظ', 'سفير', 'سفيرة', 'والي', 'معتمد', 'عميد', 'قائد', 'زعيم', 'زعيمة', 'مؤسس', 'مؤسسة',
  // «مرشح اليمين فرانسوا فيون» (the right's candidate François Fillon), «مدرب النادي الإفريقي فوزي البنزرتي» (the coach of
  // Club Africain), «لاعب الترجي أنيس البدري» (the Espérance player).
  'مرشح', 'مرشحة', 'المرشح', 'المرشحة', 'مدرب', 'مدربة', 'المدرب', 'لاعب', 'لاعبة', 'وكيل', 'وكيلة',
  // «عضو الغرفة علي لكلابي» (the chamber's member Ali Lakhlabi) — see MEMBER_ROLES.
  'عضو', 'عضوة',
  'رئيسها', 'مديرها', 'أمينها', 'وزيرها', 'سفيرها', 'قائدها', 'زعيمها', 'مؤسسها', 'متحدثها', 'ناطقها', 'عميدها', 'محافظها',
]);

/**
 * Names in role slots (see {@link proposeSlotNames}): a given name and one or two more words
 * - between commas after a role phrase: «وزير الاتصالات السابق، منجي مرزوق، أن …»;
 * - before a comma and a role: «… سفيان طوبال، رئيس كتلة …», at the start of a sentence or
 *   after punctuation or a speech verb;
 * - opening a sentence before a speech verb or «:»: «فاطمة المسدي قالت …», «منجي مرزوق : …»;
 * - after a role in construct and its complement: «رئيس الحكومة الحبيب الصيد،».
 * The first word must be a given name, the words no function or role words, and the name must
 * end clearly (punctuation, a strict function word, a speech verb). Returns the number of names added.
 */
function roleNames(sentences: TaggedTokens[], folded: readonly (readonly string[])[], lex: SlotLexicon, givenName: (folded: string) => boolean, otherType: (word: string) => boolean): number {
  let added = 0;
  let givenNames = givenCaches.get(givenName);
  if (!givenNames) givenCaches.set(givenName, (givenNames = new Map()));
  const cache = givenNames;
  // Keyed by the token, not its folded word: the definite given-name test reads the lexicon form,
  // which keeps what folding merges (الباجي / الباجى), and the cache outlives the document, so a key
  // by folded word would answer for a token with another token's reading, seen in an earlier article.
  const given = (word: string, token: string): boolean => {
    let yes = cache.get(token);
    if (yes === undefined) {
      // Bounded: a long-running process sees an open vocabulary.
      if (cache.size >= 50_000) cache.clear();
      cache.set(token, (yes = (!RESERVED.has(word) || token === ALI) && (givenName(word) || definiteGivenName(token, lex))));
    }
    return yes;
  };
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    const { tags, tokens } = s;
    /** The name starting at token i (2 or 3 words), or 0: its end index. */
    const nameAt = (i: number, until: (j: number) => boolean, commaClosed = false, vouched = false, fromBody = false): number => {
      // A compound given name in «الدين» counts as one word: «رئيس الجمعية، شرف الدين القليل،» (the association's
      // president, Charfeddine Guellil), where «شرف» (honour) alone is no name.
      const compound = i + 2 < words.length && words[i + 1] === DIN && COMPOUND_HEADS.has(words[i]!) && tags[i] === 'O' && tags[i + 1] === 'O';
      // (A role that vouches for a name takes a given name that is also a common word: «موفدتنا إيمان الفجاري», «إيمان» faith.)
      // (One the lists do not know too, before a family name in «ال…ي»: the role vouches for it, «موفدتنا إيمان الفجاري» — but
      // no definite word: «وعاين مراسلنا الحضور الأمني», our correspondent observed the security presence.)
      const familyNext = i + 1 < tokens.length && /^ال.{2,}ي$/u.test(tokens[i + 1]!);
      if (i >= words.length || tags[i] !== 'O' || !(compound || given(words[i]!, tokens[i]!) || (vouched && familyNext && !STOP.has(words[i]!) && /^[^وفبل]/u.test(words[i]!) && !words[i]!.startsWith(ARTICLE) && words[i]!.length >= 3))) return 0;
      if (!arabicWord(lex.form(tokens[i]!))) return 0;
      const first = compound ? i + 1 : i;
      for (let end = first + 2; end <= first + 3 && end <= words.length; end++) {
        const j = end - 1;
        // (Or a one-word person the tagger found right after the given name: «وزيرة الثقافة، سنية مبارك،»
        // (the culture minister, Sonia Mbarek), where it read «مبارك» as Mubarak alone.)
        const taggedSurname = j === first + 1 && tags[j] === 'B-PER' && tags[j + 1] !== 'I-PER';
        // (Or a man's title after a woman's given name, which it cannot describe: «أكدت سامية القاضي رئيسة الدائرة …»
        // (Samia Kadhi, head of the department, stressed) — «القاضي» (the judge) is her family name.)
        const titleSurname = j === first + 1 && tags[j] === 'O' && LISTED_FEMALE_GIVEN_NAMES.has(words[first]!) && BARE_TITLES.has(words[j]!) && !words[j]!.endsWith('ه');
        // (Or a «بال» surname: «مدير المدرسة، كريم بالضياف أنه …».)
        const bel = j === first + 1 && tags[j] === 'O' && belSurname(tokens[j]!, lex);
        if (!taggedSurname && !titleSurname && !bel && !commonSurname(tokens, words, tags, j, lex)) return 0;
        // A third word must read as a name (not «اقترح» proposed, «لمراسل» to the correspondent), and
        // no word is a preposition on a frequent word.
        // (Between commas after a role, any word news hardly uses closed by the comma: «وزيرة الصحة، سميرة مرعي فريعة،»
        // (the health minister, Samira Merai Friaa), a surname in ة that reads as a noun.)
        const form = lex.form(tokens[j]!);
        const closedThird = commaClosed && j + 1 < tokens.length && isComma(tokens[j + 1]!) && lex.count(form) < 50;
        if ((j === first + 2 && !surnameReading(tokens[j]!, lex) && !closedThird) || (behindPreposition(form, lex) && !LAM_GIVEN_NAMES.has(words[j]!) && !bel)) return 0;
        // Nor «ل» on a verb or a noun with the article: «تيريزا ماي لتصافحه» (… May, to shake his hand).
        if (/^ل[تينال]/u.test(form) && !lex.knownName(words[j]!)) return 0;
        if (!until(end)) continue;
        // (Last, as it reads the whole document once: no word the tagger typed otherwise.)
        // (But for the given name taken back from a body: the tagger typed it there.)
        for (let k = fromBody ? i + 1 : i; k < end; k++) if (otherType(words[k]!)) return 0;
        return end;
      }
      return 0;
    };
    const mark = (i: number, end: number): void => {
      tags[i] = 'B-PER';
      for (let k = i + 1; k < end; k++) tags[k] = 'I-PER';
      // A person name the tagger found right after continues this one: «الباجي قايد | السبسي».
      // (Not behind a proclitic: «السبسي لخميس», a typo of «الخميس», Thursday.)
      if (end < words.length && tags[end] === 'B-PER' && !/^[وفبلك]/u.test(words[end]!)) tags[end] = 'I-PER';
      added++;
    };
    /**
     * The length of a name of two or three words (`min` or more; four with a particle inside) between commas after a role at token i
     * (see {@link commaApposition}), none of its words typed otherwise; 0 if there is none.
     */
    const appositionAfterRole = (i: number, min = 2): number => {
      if (i === 0 || !isComma(tokens[i - 1]!)) return 0;
      let n = 0;
      for (let length = min; length <= 4 && !n; length++) n = commaApposition(tokens, words, tags, i, lex, length);
      // (A particle is no word of another type here: «دير» (der) is also the «دير» of «دير الزور».)
      return n && roleBefore(tokens, words, tags, i) && !words.slice(i, i + n).some((w) => otherType(w) && !NAME_PARTICLES.has(w)) ? n : 0;
    };
    /**
     * The end of a name starting at the last word of a body that the tagger found right after a role in construct
     * (see the loop), or 0: a listed or definite given name, no nisba, and a name that ends clearly.
     */
    const givenNameInBody = (i: number): number => {
      let b = i;
      while (b > 0 && tags[b]!.startsWith('I-')) b--;
      if (b === 0 || !tags[b]!.startsWith('B-') || tags[b - 1] !== 'O' || !ROLE_FORMS.has(words[b - 1]!)) return 0;
      if (!given(words[i]!, tokens[i]!) || nisba(lex.form(tokens[i]!), lex)) return 0;
      const tag = tags[i]!;
      tags[i] = 'O';
      const end = nameAt(i, (e) => closesAfter(tokens, words, tags, e, lex), false, false, true);
      if (!end) tags[i] = tag;
      return end;
    };
    let lastRole = -10;
    for (let i = 0; i < words.length; i++) {
      const before = i > 0 ? (PREVIOUS.get(words[i - 1]!) ?? 0) : 0;
      if (before & CONSTRUCT_ROLE) lastRole = i - 1;
      // A definite given name the tagger ran into the body that a role governs: «محافظ البنك المركزي الشاذلي العياري»
      // (the governor of the central bank, Chedly Ayari) came as the body «البنك المركزي الشاذلي» and «العياري» alone.
      if (tags[i]!.startsWith('I-') && tags[i] !== 'I-PER' && tags[i + 1] === 'O' && words[i]!.startsWith(ARTICLE)) {
        const end = givenNameInBody(i);
        if (end) {
          mark(i, end);
          i = end - 1;
          continue;
        }
      }
      // Every slot starts with a given name after a comma, at a sentence's or clause's start, or
      // a few words after a role: most tokens stop here, before the given-name test.
      if (tags[i] !== 'O') continue;
      if (i > 0 && lastRole < i - 5 && !(before & (SPEECH_VERB | OWN_REPORTER)) && !isPunct(tokens[i - 1]!) && !sourceVerbBefore(words, i)) continue;
      // («الدين» after the first half of a compound starts no name: «خير | الدين البنزرتي».)
      if (words[i] === DIN && i > 0 && COMPOUND_HEADS.has(words[i - 1]!)) continue;
      const compoundHead = i + 1 < words.length && words[i + 1] === DIN && COMPOUND_HEADS.has(words[i]!);
      // Right after the outlet's own reporter («موفدتنا إيمان الفجاري», our envoy Imen Fejjari): two words at least,
      // whatever follows — the role vouches for a name.
      if (before & OWN_REPORTER && tags[i - 1] === 'O') {
        const end = nameAt(i, (e) => e === i + 2 || closesAfter(tokens, words, tags, e, lex), false, true);
        if (end) {
          mark(i, end);
          i = end - 1;
          continue;
        }
      }
      // (After a speech verb or a source clause's verb: «وفق ما أكدته سنية الدبوسي مديرة سد بوهرتمة», as the dam's director stated.)
      const afterSpeech = (before & SPEECH_VERB) !== 0 || sourceVerbBefore(words, i);
      if (!compoundHead && !given(words[i]!, tokens[i]!)) {
        // «أكدت سعيدة حقي رئيسة نقابة …» (Saida Hakki, head of the union, stressed): right after a speech verb and before a
        // role, a listed given name that is also a common word («سعيدة», happy) and one more word — the role vouches for them.
        if (afterSpeech && i + 2 < words.length && tags[i + 1] === 'O' && tags[i + 2] === 'O' && ROLES.has(words[i + 2]!) && !HONORIFIC_TITLES.has(words[i + 2]!) && LISTED_GIVEN_NAMES.has(words[i]!) && arabicWord(lex.form(tokens[i]!)) && commonSurname(tokens, words, tags, i + 1, lex) && !otherType(words[i]!) && !otherType(words[i + 1]!)) {
          mark(i, i + 2);
          i += 1;
          continue;
        }
        // Two words between commas after a role, the second a rare surname, whatever the first:
        // «وأضاف المتحدث، الصديق الفيتوري، أن» (a definite given name that is also a noun, the
        // friend), «عضو المجلس البلدي سبها، نجمية المقريف،» (a given name the lexicon never saw).
        const n = appositionAfterRole(i);
        if (n) {
          mark(i, i + n);
          i += n - 1;
        }
        continue;
      }
      const open = i === 0 || (tags[i - 1] === 'O' && (isPunct(tokens[i - 1]!) || SPEECH_VERBS.has(words[i - 1]!) || sourceVerbBefore(words, i)));
      let end = 0;
      // Between commas after a role phrase (the role up to six words before the comma).
      if (i > 0 && isComma(tokens[i - 1]!) && roleBefore(tokens, words, tags, i)) {
        end = nameAt(i, (e) => e >= words.length || isPunct(tokens[e]!) || closesAfter(tokens, words, tags, e, lex), true);
        // (Three words, the middle one a word too, the last a rare surname: «المتحدث، علي راضي الفتلاوي،».)
        const n = end ? 0 : appositionAfterRole(i, 3);
        if (n) end = i + n;
      }
      // Before a comma and a role, or opening a sentence before a speech verb or «:».
      if (!end && open) {
        end = nameAt(i, (e) => e + 1 < words.length && isComma(tokens[e]!) && tags[e + 1] === 'O' && ROLES.has(words[e + 1]!));
        // (Or right before the role with no comma, after a speech verb: «أكدت سعيدة حقي رئيسة نقابة رياض الأطفال …», Saida
        // Hakki, head of the kindergartens' union, stressed.)
        // (Two words only: «مباركة عواينية أرملة الشهيد» (Mbarka Aouinia, the martyr's widow) would take «أرملة» in.)
        if (!end && i > 0 && afterSpeech) end = nameAt(i, (e) => e === i + 2 && e < words.length && tags[e] === 'O' && ROLES.has(words[e]!) && !HONORIFIC_TITLES.has(words[e]!));
        // («:» only after a name opening the sentence, a headline: «نبذة عن العرض: الهيكل المنتج:»,
        // the producing body, is a field label.)
        if (!end && (i === 0 || isPunct(tokens[i - 1]!))) end = nameAt(i, (e) => e < words.length && tags[e] === 'O' && ((tokens[e] === ':' && i === 0) || SPEECH_VERBS.has(words[e]!) || HEADLINE_VERBS.has(words[e]!)));
      }
      // After a role in construct and its complement (one to four words, no punctuation).
      // (Not after a lone «و»: «رئيس الاتحاد الدولي للصحافيين و كتاب السياحة», and travel writers.)
      if (!end && i >= 2 && tokens[i - 1] !== 'و') {
        let role = -1;
        for (let k = i - 1; k >= 0 && k >= i - 5 && role < 0; k--) {
          if (isPunct(tokens[k]!) || SPEECH_VERBS.has(words[k]!) || tags[k]!.endsWith('PER')) break;
          if (tags[k] !== 'O' || !ROLE_FORMS.has(words[k]!)) continue;
          // A role right before the word has no complement: «ورئيس قوافل قفصة» (and the head of
          // Gafsa Caravans) after «رئيس جندوبة الرياضية» is a second role, not a name.
          if (k === i - 1) break;
          role = k;
        }
        // The complement is definite (الحكومة) or a name (حركة النهضة), never a bare given name — past «باسم» (on behalf of):
        // «المتحدث باسم الوزارة علي راضي الشمري» (the ministry's spokesman Ali Radhi al-Shammari).
        const complementAt = role >= 0 && words[role + 1] === ON_BEHALF_OF && role + 2 < i ? role + 2 : role + 1;
        const complement = role >= 0 && /^(ال|لل|[بل]ال)/u.test(lex.form(tokens[complementAt]!)) || (role >= 0 && tags[complementAt] !== 'O');
        // (A definite given name, الحبيب or الطاهر, but no nisba adjective: الأردني, Jordanian.)
        const form = lex.form(tokens[i]!);
        // (After «عضو» (member) no definite word: a member belongs to long bodies whose adjectives run on — «عضو الهيئة العليا
        // المستقلة للاتصال السمعي البصري», the audiovisual authority, where «السمعي» (audio) would start a name.)
        const member = role >= 0 && MEMBER_ROLES.has(words[role]!.replace(/^[وبل]+/u, ''));
        const tried = complement && !nisba(form, lex) && !(member && form.startsWith(ARTICLE));
        if (tried) end = nameAt(i, (e) => closesAfter(tokens, words, tags, e, lex));
        // One try a role: the words after a name that did not end clearly («الباجي قايد السبسي
        // الهادفة», the president's initiative aimed at …) start no name. (A nisba adjective of the complement is no try:
        // «لاعب الترجي الرياضي علي المشاني», the Espérance Sportive player Ali Mechani.)
        if (tried) lastRole = -10;
      }
      if (end) {
        mark(i, end);
        i = end - 1;
      }
    }
  });
  return added;
}

const isComma = (tok: string): boolean => tok === '،' || tok === ',';

/** A quotation mark token. */
export const QUOTATION_MARK = /^["«»“”„]$/u;

/** True for a token that does not start with a letter or a digit. */
function isPunct(tok: string): boolean {
  const c = tok.charCodeAt(0);
  // Arabic letters, ASCII letters and digits first; the regular expression for the rest.
  if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return false;
  return !/^[\p{L}\p{N}]/u.test(tok);
}

/** A preposition glued to a place's head: «لبلدية» (of the municipality), «ببلدية», «للولاية» (folded). */
const HEAD_PREPOSITION = /^(لل|[وف]?[لب])(?=.{4})/u;

/**
 * True when a role noun stands up to six words before the comma at `i - 1`, with no punctuation, speech verb or person
 * between — but for an organisation in quotation marks after the role: «مراسلة "الجوهرة اف أم"، روضة العلاقي،» (the
 * correspondent of "Jawhara FM", Raoudha Allagui), and a place the tagger took for a person after its head.
 */
export function roleBefore(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
    if (QUOTATION_MARK.test(tokens[k]!) || tags[k]!.endsWith('ORG')) continue;
    if (isPunct(tokens[k]!) || SPEECH_VERBS.has(words[k]!)) return false;
    if (tags[k] === 'O' && ROLES.has(words[k]!)) return true;
    // (Not a place the tagger took for a person after its head: «الكاتبة العامة لبلدية دوار هيشر، شاذلية العدواني،», the
    // secretary-general of the municipality of Douar Hicher.)
    if (tags[k]!.endsWith('PER')) {
      let b = k;
      while (b > 0 && tags[b] === 'I-PER') b--;
      if (tags[b] !== 'B-PER' || b === 0 || !ONE_PLACE_HEADS.has(words[b - 1]!.replace(HEAD_PREPOSITION, ''))) return false;
      k = b;
    }
  }
  return false;
}

/**
 * The length of a name of `words` words (two or three) at token `i`, closed by a comma right after it,
 * or 0: untagged Arabic words, none a function, role or trigger word or behind a preposition, and the
 * last a surname that news copy hardly uses as a word (seen fewer than five times).
 */
function commaApposition(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], i: number, lex: SlotLexicon, length = 2): number {
  const end = i + length;
  // (Or by the complementiser of the speech verb before the role: «وقالت سفيرة كندا، كارول ماكوين انها …», the Canadian
  // ambassador, Carol McQueen, said that she ….)
  if (end >= tokens.length || !(isComma(tokens[end]!) || COMPLEMENTISER_ENDS.has(words[end]!))) return 0;
  for (let k = i; k < end; k++) {
    const form = lex.form(tokens[k]!);
    // (A particle of a foreign name inside it is a word of the name: «أرد فان دير ستور» (Ard van der Steur).)
    if (tags[k] === 'O' && k > i && k + 1 < end && NAME_PARTICLES.has(words[k]!)) continue;
    // (A given name folded like a function word is a name here: «علي» (Ali), not «على» (on).)
    // (A «بال» surname last is no preposition: «مدير المدرسة، نجيم بالضياف أنه …» (the school's director, Najim Beldhiaf).)
    if (tags[k] !== 'O' || (RESERVED.has(words[k]!) && !(k === i && lex.knownName(words[k]!))) || !arabicWord(form) || (CONJUNCTION_OR_PREPOSITION.test(form) && !(k === end - 1 && k > i && belSurname(tokens[k]!, lex)))) return 0;
  }
  // (Four words only with a particle inside; with one, a rare last word is the surname whatever it reads as: «ستور».)
  const particleInside = words.slice(i + 1, end - 1).some((w) => NAME_PARTICLES.has(w));
  if (length > 3 && !particleInside) return 0;
  // (Any shape with the article: the comma closes the name, «المقريف» as well as «الفيتوري». Or a family
  // nisba seen more often after a given name the lexicon never saw: «حفصة الكعبي».)
  const last = lex.form(tokens[end - 1]!);
  const rareLast = lex.count(last) < 5 && (particleInside || nameReading(tokens[end - 1]!, lex) !== null || belSurname(tokens[end - 1]!, lex));
  const familyNisba = lex.count(lex.form(tokens[i]!)) < 5 && last.startsWith(ARTICLE) && last.endsWith('ي');
  return rareLast || familyNisba ? length : 0;
}

/** {@link nisba} of a token as written: «الدنماركي» (Danish) is an adjective, «الباجي» (Béji) is not. */
export function nisbaAdjective(token: string, lex: SlotLexicon): boolean {
  return nisba(lex.form(token), lex);
}

/** True for a definite adjective in ي with a frequent feminine: «الأردني» (Jordanian; الأردنية). */
function nisba(form: string, lex: SlotLexicon): boolean {
  if (!form.startsWith(ARTICLE) || !form.endsWith('ي')) return false;
  // Or the adjective of a place the corpus names: «الجرجيسي» (of Zarzis: جرجيس), «البنزرتي».
  return lex.count(form + 'ة') * 10 > lex.count(form) || lex.count(form.slice(ARTICLE.length, -1)) >= 20;
}

/**
 * A definite given name in ي that the word classes do not hold: «الباجي» (Béji), «الشاذلي»; it is
 * no common word, seen at least ten times, and hardly ever feminine (unlike الأردني, الماضي).
 */
export function definiteGivenName(token: string, lex: SlotLexicon): boolean {
  const form = lex.form(token);
  return form.length >= 5 && form.startsWith(ARTICLE) && form.endsWith('ي') && lex.count(form) >= 10 && !nisba(form, lex) && nameReading(token, lex) !== null;
}

/**
 * The end of a role-slot name at token `j`: a strict end (see {@link closesStrictly}), or, after a
 * last word that reads as a surname (السبسي), any clear end (see `closesName`): «رئيس الجمهورية
 * الباجي قايد السبسي المبرمج …» (the president …, whose meeting is planned).
 */
function closesAfter(tokens: readonly string[], words: readonly string[], tags: readonly Tag[], j: number, lex: SlotLexicon): boolean {
  if (closesStrictly(tokens, words, tags, j, lex)) return true;
  if (!surnameReading(tokens[j - 1]!, lex)) return false;
  // (A definite word after a nisba surname describes, not continues, the name: «السبسي الهادفة».)
  return closesName(tokens, words, tags, j, lex) || (lex.form(tokens[j - 1]!).endsWith('ي') && lex.form(tokens[j]!).startsWith(ARTICLE));
}

/** «عضو», «عضوة» (member), folded: construct roles that take no definite given name after them. */
const MEMBER_ROLES: ReadonlySet<string> = fset(['عضو', 'عضوة']);

/** {@link CONSTRUCT_ROLES} and the same behind «و», «ب», «ل» (and, with, to): «برئيس الجمهورية …». */
const ROLE_FORMS: ReadonlySet<string> = new Set([...CONSTRUCT_ROLES].flatMap((r) => [r, ...['و', 'ب', 'ل', 'وب', 'ول'].map((p) => p + r)]));

/**
 * First halves of compound given names in «الدين» that are no names alone: «شرف الدين» (Charfeddine), «نور الدين»,
 * «عز الدين», «خير الدين» …, folded.
 */
const COMPOUND_HEADS: ReadonlySet<string> = fset(['نور', 'عز', 'شرف', 'خير', 'صلاح', 'علاء', 'بدر', 'جمال', 'محي', 'محيي', 'سيف', 'نصر', 'ضياء', 'زين', 'شمس', 'تقي', 'فخر', 'حسام', 'عماد', 'كمال', 'بهاء', 'سعد', 'ناصر', 'شهاب', 'نجم', 'قطب', 'برهان', 'نظام', 'فتح', 'ركن']);

/**
 * The verb of a source clause with its pronoun, which the source's name follows: «وفق ما أكده علي عبيد، الممثل عن
 * الأولياء» (as Ali Abid, the parents' representative, stated), «حسب ما صرح به …»; folded.
 */
const SOURCE_VERB_FORMS: ReadonlySet<string> = fset(['أكده', 'أكدته', 'ذكره', 'ذكرته', 'أوضحه', 'أوضحته', 'قاله', 'قالته', 'أعلنه', 'أعلنته', 'أورده', 'أوردته', 'بينه', 'بينته']);
/** Verbs before «به» (with it) in a source clause: «حسب ما صرح به», «وفق ما أفاد به»; folded. */
const SOURCE_VERBS_WITH_BI: ReadonlySet<string> = fset(['صرح', 'صرحت', 'أفاد', 'أفادت', 'أدلى', 'أدلت']);
const BI_PRONOUNS: ReadonlySet<string> = fset(['به', 'بها']);

/** Whether the words before token `i` end a source clause's verb (see {@link SOURCE_VERB_FORMS}). */
function sourceVerbBefore(words: readonly string[], i: number): boolean {
  const w = words[i - 1] ?? '';
  return SOURCE_VERB_FORMS.has(w) || (BI_PRONOUNS.has(w) && i > 1 && SOURCE_VERBS_WITH_BI.has(words[i - 2]!));
}

/** Given-name answers, per given-name test (one per model). */
const givenCaches = new WeakMap<(folded: string) => boolean, Map<string, boolean>>();

const CONSTRUCT_ROLE = 1;
const SPEECH_VERB = 2;
const OWN_REPORTER = 4;
/** {@link OWN_REPORTER_WORDS} folded: the name comes right after one. */
const OWN_REPORTERS: ReadonlySet<string> = fset(OWN_REPORTER_WORDS);
/** What the word before a token may be, for the role slots: one lookup a token. */
const PREVIOUS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const w of ROLE_FORMS) map.set(w, (map.get(w) ?? 0) | CONSTRUCT_ROLE);
  for (const w of SPEECH_VERBS) map.set(w, (map.get(w) ?? 0) | SPEECH_VERB);
  for (const w of OWN_REPORTERS) map.set(w, (map.get(w) ?? 0) | OWN_REPORTER);
  return map;
})();

/**
 * Cues after which a surname already borne by a person of the article names that person: the
 * speech verbs, verbs of action that also take a person subject (أعلن announced, دعا called,
 * انتقد criticised, رفض refused, تطرق dealt with, أعرب expressed …) and «حسب»/«وفق» (according to).
 * «بين» (showed) is left out: it is also «between» («بين الشاوش وزميله», between Chaouch and his
 * team-mate, is right; «بين حكومتي البلدين», between the two governments, is not).
 */
const SURNAME_CUES: ReadonlySet<string> = (() => {
  const stems = [
    'أعلن', 'أعلنت', 'دعا', 'دعت', 'طالب', 'طالبت', 'أبرز', 'أبرزت', 'بينت', 'انتقد', 'انتقدت', 'رفض', 'رفضت',
    'تطرق', 'تطرقت', 'أعرب', 'أعربت', 'وصف', 'وصفت', 'اعتبر', 'اعتبرت', 'عبر', 'عبرت', 'نوه', 'نوهت', 'رجح', 'رجحت',
    'اقترح', 'اقترحت', 'أورد', 'أوردت', 'استغرب', 'استغربت', 'عاين', 'عاينت', 'ندد', 'نددت', 'يعلن', 'تعلن',
    'حسب', 'بحسب', 'وفق',
    // «وكان الشاهد الذي التقى ميركل … قد أكد أن» (Chahed, who had met Merkel, had stressed that): «كان» before its
    // subject, a verb of speech or action later.
    'كان', 'كانت', 'اعتذر', 'اعتذرت', 'التقى', 'التقت', 'استقبل', 'استقبلت',
  ];
  return new Set([...SPEECH_VERBS, ...fset(withConjunctions(stems))]);
})();

/**
 * Headline verbs after a surname opening a sentence: «جمعة يعلن عن تأسيس حزب» (Jomaa announces a
 * party), «الصيد يطالب الولاة …» (Essid asks the governors …).
 */
const HEADLINE_VERBS: ReadonlySet<string> = fset(HEADLINE_VERB_WORDS);

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);

/**
 * The surname of a person the article names in full, standing alone right after a speech verb or
 * «حسب» (according to), or opening a sentence before «:» or a headline verb: «وأكد الشاهد أن …»
 * (and Chahed stressed that …) once «يوسف الشاهد» was found. The one-reading pass carries only
 * surnames outside the word classes of common words; in these slots a surname that is also a
 * word (الشاهد the witness, جمعة Friday, كرم generosity, الشريف the honourable) is the person.
 */
function knownSurnames(sentences: TaggedTokens[], folded: readonly (readonly string[])[]): number {
  const surnames = new Set<string>();
  // Surnames of two words, the name's last two of three or more: «قايد السبسي» (Caïd Essebsi).
  const pairs = new Set<string>();
  const pairFirsts = new Set<string>();
  sentences.forEach((s, si) => {
    for (const span of spansOf(s.tags)) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const last = folded[si]![span.end - 1]!;
      if (span.end - span.start >= 3) {
        pairs.add(`${folded[si]![span.end - 2]!} ${last}`);
        pairFirsts.add(folded[si]![span.end - 2]!);
      }
      // (Not the second half of a compound surname: «بن علي» is never called «علي».)
      if (SURNAME_HEADS.has(folded[si]![span.end - 2]!)) continue;
      if (last.length >= 3 && !RESERVED.has(last) && !SURNAME_HEADS.has(last)) surnames.add(last);
    }
  });
  if (!surnames.size && !pairs.size) return 0;
  let added = 0;
  sentences.forEach((s, si) => {
    const words = folded[si]!;
    const { tags, tokens } = s;
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'O') continue;
      const pair = pairFirsts.has(words[i]!) && i + 1 < words.length && tags[i + 1] === 'O' && pairs.has(`${words[i]!} ${words[i + 1]!}`);
      if (!pair && !surnames.has(words[i]!)) continue;
      const next = pair ? i + 2 : i + 1;
      // A quotation mark may stand between the cue and the name: أكد "عياد" أن …
      const quoted = i > 0 && QUOTE_MARKS.has(tokens[i - 1]!);
      const k = quoted ? i - 2 : i - 1;
      const cue = k >= 0 && tags[k] === 'O' && SURNAME_CUES.has(words[k]!);
      const opening = k < 0 && next < words.length && tags[next] === 'O' && (tokens[next] === ':' || HEADLINE_VERBS.has(words[next]!));
      if (!cue && !opening) continue;
      tags[i] = 'B-PER';
      if (pair) tags[++i] = 'I-PER';
      added++;
    }
  });
  return added;
}

/**
 * Names coordinated with a person name: «مريم بوعجاجة وآمنة المولهي وسندة الجبالي» (Mariem
 * Bouajaja, Amna Mouelhi and Sonda Jebali). After a person name, «و» and a first name that is no
 * common word, with a surname (a known first name may stand alone), up to a clear end or the next
 * «و». Returns the number of names added.
 */
function coordinated(tokens: readonly string[], words: readonly string[], tags: Tag[], lex: SlotLexicon, maxWords: number, otherType: (word: string) => boolean): number {
  let added = 0;
  for (let i = 1; i < words.length; i++) {
    if (tags[i] !== 'O' || !tags[i - 1]!.endsWith('PER')) continue;
    const form = lex.form(tokens[i]!);
    if (!form.startsWith('و') || form.length < 4 || form.startsWith('وال')) continue;
    const first = tokens[i]!.slice(tokens[i]!.indexOf('و') + 1);
    // «وكيل» (agent) is a word of its own, not و + كيل.
    const whole = lex.count(form);
    if (whole >= 3 && whole >= lex.count(lex.form(first))) continue;
    const reading = nameReading(first, lex);
    if (!reading || otherType(words[i]!.slice(1))) continue;
    let end = i + 1;
    while (end < words.length && end - i < maxWords && tags[end] === 'O' && !otherType(words[end]!) && surnameReading(tokens[end]!, lex)) end++;
    if (end - i < 2 && reading !== 'name') continue;
    const closes = closesName(tokens, words, tags, end, lex) || (end < words.length && lex.form(tokens[end]!).startsWith('و'));
    if (!closes) continue;
    tags[i] = 'B-PER';
    for (let k = i + 1; k < end; k++) tags[k] = 'I-PER';
    added++;
    i = end - 1;
  }
  return added;
}
