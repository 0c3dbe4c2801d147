/**
 * Speech cues: the verbs and nouns that introduce reported speech in Arabic news, as data.
 *
 * Each verb lists its forms: masculine finite (past, imperfect), feminine finite, masculine and
 * feminine participle (the circumstantial «مضيفا أن» — adding that), and plural/dual forms. Forms
 * are matched on {@link nameKey} keys, with the proclitics و/ف and a pronoun enclitic (ذلك ما أكده)
 * seen through by the matcher.
 */
import { nameKey } from '../entities/keys.ts';

/** Grammatical gender a cue form marks on its subject. */
export type CueGender = 'm' | 'f' | 'p';

/** One speech verb. */
export interface CueVerb {
  /** Past masculine singular, the dictionary form. */
  lemma: string;
  /** English gloss. */
  gloss: string;
  /** `masc finite | fem finite | masc participle | fem participle | plural and dual`, space-separated. */
  forms: string;
  /** Prepositions that introduce the content (أشار إلى أن، شدد على أن، كشف عن). */
  preps?: string[];
  /** The content may be a noun phrase object without a complementiser (أكد الدخول في طور …). */
  object?: boolean;
  /** The bare form is also a common non-verb (بين = between): needs و/ف or a subject to count. */
  ambiguous?: boolean;
  /** A stated position on a noun phrase with بـ is the content (أشادت X باختيار …، رحّب بالقرار). */
  withBi?: boolean;
  /** Speech only about a document, «في» and its noun right after the verb (وجاء في البيان أن, the statement said). */
  document?: boolean;
  /**
   * A verb of stance: its noun object states a position, a body's too (أكد حزب المبادرة دعمه، نفت الوزارة وجود …),
   * unlike an announcement of news (أعلنت الشرطة القبض على …).
   */
  stance?: boolean;
  /**
   * Speech only with a body or person named right after the verb (or after its figures): «ويعتقد مكتب المدعي
   * العام أن», not «يُعتقد أنه» (it is believed) nor «أظهرت الصور أن» (the pictures showed). Without a name after
   * it, the verb does not end the content it stands in.
   */
  namedSubject?: boolean;
  /**
   * Only words in quotation marks are its content (أدانت تونس بشدة "التصعيد …", Tunisia strongly condemned
   * "the escalation"): without marks the object is what was condemned or criticised, not a statement.
   */
  marked?: boolean;
  /**
   * Its noun object states a position only when it is a noun of one ({@link STANCE_NOUNS}: «جدد التزامه», renewed his
   * commitment — not «جدد عقده», renewed his contract); words in quotation marks and what its complementiser or preposition
   * opens are statements whatever they start with.
   */
  stanceNounObject?: boolean;
  /**
   * Its prepositional object is a topic (تحدث عن الوضع, spoke about the situation): only a noun of need or
   * weight right after the preposition (تحدث عن ضرورة …، تطرق إلى أهمية …) states a position.
   */
  topic?: boolean;
}

/** The speech verbs. */
export const CUE_VERBS: readonly CueVerb[] = [
  { lemma: 'قال', gloss: 'said', forms: 'قال يقول | قالت تقول | قائلا قائل | قائلة | قالا قالتا قالوا يقولون قائلين' },
  { lemma: 'أضاف', gloss: 'added', forms: 'أضاف يضيف | أضافت تضيف | مضيفا مضيف | مضيفة | أضافا أضافوا يضيفون مضيفين' },
  { lemma: 'تابع', gloss: 'went on', forms: 'تابع | تابعت | متابعا | متابعة | تابعوا', ambiguous: true },
  { lemma: 'أكد', gloss: 'stressed', forms: 'أكد يؤكد | أكدت تؤكد | مؤكدا | مؤكدة | أكدا أكدوا يؤكدون مؤكدين', preps: ['على'], object: true, stance: true },
  { lemma: 'أوضح', gloss: 'explained', forms: 'أوضح يوضح | أوضحت توضح | موضحا | موضحة | أوضحا أوضحوا موضحين' },
  { lemma: 'أشار', gloss: 'pointed out', forms: 'أشار يشير | أشارت تشير | مشيرا | مشيرة | أشارا أشاروا مشيرين', preps: ['إلى'] },
  { lemma: 'لفت', gloss: 'drew attention', forms: 'لفت يلفت | لفتت تلفت | لافتا | لافتة | لفتوا لافتين', preps: ['إلى'] },
  { lemma: 'شدد', gloss: 'insisted', forms: 'شدد يشدد | شددت تشدد | مشددا | مشددة | شددوا مشددين', preps: ['على'] },
  // (No participle: «مصر» is Egypt, and «مازال مصرا على التعاقد» (still insisting on signing) is what a quote reports.
  // Ambiguous: «وأصرت على التميز» (and she insisted on excellence) inside content is no new speech.)
  { lemma: 'أصر', gloss: 'insisted', forms: 'أصر يصر | أصرت تصر | | | أصروا', ambiguous: true },
  { lemma: 'اعتبر', gloss: 'considered', forms: 'اعتبر | اعتبرت | معتبرا | معتبرة | اعتبرا اعتبروا معتبرين', object: true, stance: true },
  { lemma: 'رأى', gloss: 'deemed', forms: 'رأى يرى | رأت ترى | | | رأوا يرون' },
  { lemma: 'أعلن', gloss: 'announced', forms: 'أعلن يعلن | أعلنت تعلن | معلنا | معلنة | أعلنوا معلنين', preps: ['عن'], object: true },
  { lemma: 'صرح', gloss: 'declared', forms: 'صرح يصرح | صرحت تصرح | مصرحا | مصرحة | صرحوا', preps: ['ب'] },
  { lemma: 'أفاد', gloss: 'reported', forms: 'أفاد يفيد | أفادت تفيد | مفيدا | مفيدة | أفادوا', preps: ['ب'] },
  { lemma: 'ذكر', gloss: 'mentioned', forms: 'ذكر | ذكرت | ذاكرا مذكرا | مذكرة | ذكروا', preps: ['ب'] },
  { lemma: 'كشف', gloss: 'revealed', forms: 'كشف يكشف | كشفت تكشف | كاشفا | كاشفة | كشفوا', preps: ['عن'], object: true },
  { lemma: 'حذر', gloss: 'warned', forms: 'حذر يحذر | حذرت تحذر | محذرا | محذرة | حذروا', preps: ['من'] },
  { lemma: 'توعد', gloss: 'threatened, vowed', forms: 'توعد يتوعد | توعدت تتوعد | متوعدا | متوعدة | توعدوا', preps: ['ب'] },
  { lemma: 'أهاب', gloss: 'appealed to', forms: 'أهاب يهيب | أهابت تهيب | مهيبا | مهيبة | أهابوا', withBi: true },
  { lemma: 'نفى', gloss: 'denied', forms: 'نفى ينفي | نفت تنفي | نافيا | نافية | نفوا', object: true, stance: true },
  { lemma: 'أجاب', gloss: 'answered', forms: 'أجاب يجيب | أجابت تجيب | مجيبا | مجيبة | أجابوا' },
  { lemma: 'رد', gloss: 'replied', forms: 'رد | ردت | | | ردوا', ambiguous: true },
  { lemma: 'علق', gloss: 'commented', forms: 'علق | علقت | معلقا | معلقة | علقوا', ambiguous: true },
  { lemma: 'ختم', gloss: 'concluded', forms: 'ختم اختتم يختم يختتم | ختمت اختتمت تختم تختتم | مختتما | مختتمة |', preps: ['على'] },
  { lemma: 'استبعد', gloss: 'ruled out', forms: 'استبعد يستبعد | استبعدت تستبعد | مستبعدا | مستبعدة | استبعدوا', object: true, stance: true },
  // (A prediction with a noun object is a stated position too: «متوقعا نهاية الحصاد بنهاية شهر جويلية», expecting the
  // harvest to end by the end of July.)
  { lemma: 'توقع', gloss: 'expected', forms: 'توقع يتوقع | توقعت تتوقع | متوقعا | متوقعة | توقعوا', object: true, stance: true },
  { lemma: 'أعرب', gloss: 'expressed', forms: 'أعرب يعرب | أعربت تعرب | معربا | معربة | أعربوا', preps: ['عن', 'في'] },
  { lemma: 'بين', gloss: 'showed', forms: 'بين يبين | بينت تبين | مبينا | مبينة | بينا بينوا مبينين', ambiguous: true },
  { lemma: 'أبرز', gloss: 'highlighted', forms: 'أبرز يبرز | أبرزت تبرز | مبرزا | مبرزة | أبرزوا مبرزين', object: true, stance: true },
  { lemma: 'وصف', gloss: 'described (as)', forms: 'وصف يصف | وصفت تصف | واصفا | واصفة | وصفوا', ambiguous: true, withBi: true },
  { lemma: 'أردف', gloss: 'went on', forms: 'أردف يردف | أردفت تردف | مردفا | مردفة | أردفوا' },
  { lemma: 'استطرد', gloss: 'went on', forms: 'استطرد يستطرد | استطردت تستطرد | مستطردا | مستطردة | استطردوا' },
  { lemma: 'استدرك', gloss: 'added, qualifying', forms: 'استدرك يستدرك | استدركت تستدرك | مستدركا | مستدركة | استدركوا' },
  // (Not the imperfect: «يُرجَّح أن» (it is thought likely) is mostly impersonal.)
  // («رجّح … وجود محاولات لتحويل الاحتجاجات إلى فوضى», deemed likely the existence of attempts …: a noun object, as «توقع» takes.)
  { lemma: 'رجح', gloss: 'deemed likely', forms: 'رجح | رجحت | مرجحا | مرجحة | رجحوا', object: true, stance: true },
  { lemma: 'أخبر', gloss: 'told', forms: 'أخبر يخبر | أخبرت تخبر | مخبرا | مخبرة | أخبروا' },
  { lemma: 'شرح', gloss: 'explained', forms: 'شرح يشرح | شرحت تشرح | شارحا | شارحة | شرحوا' },
  { lemma: 'طمأن', gloss: 'reassured', forms: 'طمأن يطمئن | طمأنت تطمئن | مطمئنا | مطمئنة | طمأنوا', preps: ['ب'] },
  { lemma: 'لاحظ', gloss: 'remarked', forms: 'لاحظ | لاحظت | ملاحظا | | لاحظوا', object: true, stance: true },
  // (The feminine participle «ملاحظة» without a noun object: it is as often the noun «a remark» or the verbal noun
  // «noticing», «في حال ملاحظة أي أعراض» (on noticing any symptoms); «، ملاحظة أن …» still quotes.)
  { lemma: 'لاحظ', gloss: 'remarked', forms: ' | | | ملاحظة |' },
  { lemma: 'نوه', gloss: 'noted', forms: 'نوه | نوهت | منوها | منوهة | نوهوا', preps: ['ب', 'إلى'] },
  { lemma: 'اعترف', gloss: 'admitted', forms: 'اعترف يعترف | اعترفت تعترف | معترفا | معترفة | اعترفوا', preps: ['ب'] },
  { lemma: 'أقر', gloss: 'acknowledged', forms: 'أقر | أقرت | مقرا | مقرة | أقروا', preps: ['ب'] },
  { lemma: 'دعا', gloss: 'called on', forms: 'دعا يدعو | دعت تدعو | داعيا | داعية | دعوا', preps: ['إلى'] },
  { lemma: 'أشاد', gloss: 'praised', forms: 'أشاد يشيد | أشادت تشيد | مشيدا | مشيدة | أشادوا', withBi: true },
  { lemma: 'رحب', gloss: 'welcomed', forms: 'رحب يرحب | رحبت ترحب | | | رحبوا', withBi: true },
  { lemma: 'ندد', gloss: 'denounced', forms: 'ندد يندد | نددت تندد | منددا | منددة | نددوا', withBi: true },
  { lemma: 'طالب', gloss: 'demanded', forms: 'طالب يطالب | طالبت تطالب | مطالبا | مطالبة | طالبوا', preps: ['ب'], ambiguous: true, withBi: true },
  { lemma: 'تساءل', gloss: 'wondered', forms: 'تساءل | تساءلت | متسائلا | متسائلة | تساءلوا', preps: ['عن'] },
  { lemma: 'زعم', gloss: 'claimed', forms: 'زعم يزعم | زعمت تزعم | زاعما | زاعمة | زعموا' },
  { lemma: 'كتب', gloss: 'wrote', forms: 'كتب | كتبت | كاتبا | كاتبة | كتبوا', ambiguous: true },
  { lemma: 'غرد', gloss: 'tweeted', forms: 'غرد يغرد | غردت تغرد | مغردا | مغردة | غردوا' },
  { lemma: 'نقل', gloss: 'reported (quoting)', forms: 'نقل ينقل | نقلت تنقل | ناقلا | ناقلة | نقلوا', ambiguous: true },
  { lemma: 'أورد', gloss: 'reported', forms: 'أورد | أوردت | | | أوردوا' },
  { lemma: 'أبلغ', gloss: 'told', forms: 'أبلغ | أبلغت | | | أبلغوا' },
  // «وتعلم الشركة حرفاءها أن …» (the company informs its customers that …): only with its subject named after it — «يعلم»,
  // «تعلم» are also «knows», «learns».
  { lemma: 'أعلم', gloss: 'informed', forms: 'أعلم يعلم | أعلمت تعلم | | | أعلموا', namedSubject: true },
  { lemma: 'اعتبر', gloss: 'held', forms: 'يعتبر | تعتبر | | |' },
  // Statements of a position (the guidelines count «every piece of reported speech or stated position»).
  { lemma: 'عبر', gloss: 'expressed', forms: 'عبر يعبر | عبرت تعبر | معبرا | معبرة | عبروا', preps: ['عن'], ambiguous: true },
  { lemma: 'حث', gloss: 'urged', forms: 'حث يحث | حثت تحث | حاثا | حاثة | حثوا', preps: ['على', 'إلى'] },
  { lemma: 'نبه', gloss: 'warned', forms: 'نبه ينبه | نبهت تنبه | منبها | منبهة | نبهوا', preps: ['إلى', 'من'] },
  { lemma: 'خلص', gloss: 'concluded', forms: 'خلص | خلصت | | | خلصوا', preps: ['إلى'] },
  { lemma: 'أوصى', gloss: 'recommended', forms: 'أوصى يوصي | أوصت توصي | موصيا | موصية | أوصوا', withBi: true, preps: ['إلى'] },
  // («ونصحت NOAA الغواصين بضرورة السباحة ضمن مجموعات», NOAA advised divers to swim in groups. No participle: «ناصح» is an
  // adviser.)
  { lemma: 'نصح', gloss: 'advised', forms: 'نصح ينصح | نصحت تنصح | | | نصحوا', withBi: true },
  { lemma: 'ناشد', gloss: 'appealed to', forms: 'ناشد يناشد | ناشدت تناشد | مناشدا | | ناشدوا', object: true, stance: true },
  // (No participle: «مقترحا» is as often «a proposal».)
  { lemma: 'اقترح', gloss: 'proposed', forms: 'اقترح يقترح | اقترحت تقترح | | | اقترحوا', object: true, stance: true },
  { lemma: 'اتهم', gloss: 'accused (of)', forms: 'اتهم يتهم | اتهمت تتهم | متهما | | اتهموا', withBi: true },
  { lemma: 'أبدى', gloss: 'expressed', forms: 'أبدى يبدي | أبدت تبدي | مبديا | مبدية | أبدوا', object: true, stance: true },
  { lemma: 'فند', gloss: 'refuted', forms: 'فند يفند | فندت تفند | مفندا | مفندة | فندوا', object: true, stance: true },
  { lemma: 'فسر', gloss: 'explained', forms: 'فسر | فسرت | مفسرا | مفسرة | فسروا', object: true },
  // «وبرّرت الهيئة قرارها بأنّ …» (the board justified its decision by saying that …): only what «بأن» opens. (No imperfect:
  // «لا شيء يبرر العنف», nothing justifies violence, is no one's statement; no participle: «مبررا، مبررة» is as often the
  // adjective «justified»; only with its subject named: «وبرر إختياره تأسيس حزب جديد برغبته …», he justified founding a new
  // party by his wish …, has the party for no subject.)
  { lemma: 'برر', gloss: 'justified', forms: 'برر | بررت | | | برروا', preps: ['ب'], namedSubject: true },
  { lemma: 'جاء', gloss: 'came (in a document: it said)', forms: 'جاء | | | |', document: true },
  // «وفق ما ورد في بلاغ الوزارة» (according to what was stated in the ministry's communiqué). (Also «و» + «ردّ», replied:
  // as a document verb it speaks only with «في» and a document right after it.)
  { lemma: 'ورد', gloss: 'was stated (in a document)', forms: 'ورد | | | |', document: true },
  { lemma: 'تحدث', gloss: 'spoke (of)', forms: 'تحدث يتحدث | تحدثت تتحدث | متحدثا | | تحدثوا', preps: ['عن'], topic: true },
  { lemma: 'تطرق', gloss: 'touched (on)', forms: 'تطرق يتطرق | تطرقت تتطرق | متطرقا | متطرقة | تطرقوا', preps: ['إلى'], topic: true },
  { lemma: 'ألمح', gloss: 'hinted', forms: 'ألمح يلمح | ألمحت تلمح | ملمحا | ملمحة | ألمحوا', preps: ['إلى'] },
  // «ولمّح إلى أن …» (and he hinted that …): the second form, with the same sense.
  { lemma: 'ألمح', gloss: 'hinted', forms: 'لمح | لمحت | | | لمحوا', preps: ['إلى'] },
  { lemma: 'أدان', gloss: 'condemned', forms: 'أدان يدين | أدانت تدين | مدينا | | أدانوا', marked: true },
  { lemma: 'انتقد', gloss: 'criticised', forms: 'انتقد ينتقد | انتقدت تنتقد | منتقدا | منتقدة | انتقدوا', marked: true },
  // «استعرض الناطق الرسمي … حصيلة …. وقال إن …» (the spokesman presented the results … and said that): what was presented
  // is no statement, but the one who presented it speaks on.
  { lemma: 'استعرض', gloss: 'presented, reviewed', forms: 'استعرض يستعرض | استعرضت تستعرض | مستعرضا | مستعرضة | استعرضوا', marked: true },
  { lemma: 'استنكر', gloss: 'condemned', forms: 'استنكر يستنكر | استنكرت تستنكر | مستنكرا | مستنكرة | استنكروا', object: true, stance: true },
  // («وجدد براند … التزام النرويج بمرافقة …», Brende renewed Norway's commitment to …: a renewed position, its object.
  // The participle «مجددا» is as often the adverb «again»: its object is read only when definite or possessed, see quotes.)
  { lemma: 'أكد', gloss: 'confirmed', forms: 'جدد | جددت | مجددا | |', preps: ['على'], object: true, stance: true, stanceNounObject: true },
  // (Bare «ثمن» is also the noun «price»: with و/ف or a subject only.)
  { lemma: 'ثمن', gloss: 'valued, praised', forms: 'ثمن يثمن | ثمنت تثمن | مثمنا | مثمنة | ثمنوا', object: true, stance: true, ambiguous: true },
  // (Past forms only: «يُدعى» (is called) is written like «يدّعي» (claims), «يظهر أن» is «it appears that».)
  // (Not «ادعوا», also the imperative «pray, call».)
  { lemma: 'ادعى', gloss: 'claimed', forms: 'ادعى | ادعت | | |' },
  { lemma: 'أظهر', gloss: 'showed', forms: 'أظهر | أظهرت | | | أظهروا', namedSubject: true },
  { lemma: 'استغرب', gloss: 'was surprised (at)', forms: 'استغرب يستغرب | استغربت تستغرب | مستغربا | مستغربة | استغربوا', preps: ['من'], object: true, stance: true },
  { lemma: 'اعتقد', gloss: 'believed', forms: 'اعتقد يعتقد | اعتقدت تعتقد | معتقدا | معتقدة | اعتقدوا يعتقدون', namedSubject: true },
  { lemma: 'قدر', gloss: 'estimated', forms: 'قدر يقدر | قدرت تقدر | مقدرا | مقدرة | قدروا يقدرون', ambiguous: true },
];

/**
 * Nouns of a stated position (commitment, call, support, rejection …), keyed without the article or a possessive pronoun:
 * what a verb of {@link CueVerb.stanceNounObject} takes as a statement.
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(
  'التزام دعوة تأكيد موقف رفض دعم تمسك ثقة تضامن ترحيب استعداد حرص عزم مطالبة مطلب طلب اتهام تحذير تنبيه شكر تقدير إدانة مساندة انفتاح اعتذار نداء رغبة قلق انشغال استنكار تنديد تهنئة تعازي تعهد وعد أمل مناشدة وقوف تشجيع انتقاد حق'
    .split(' ')
    .map((w) => nameKey(w)),
);

/** Noun cues that name the source (وفق, according to). Multi-word cues are written with spaces. */
export const NOUN_CUES: readonly { text: string; gloss: string }[] = [
  { text: 'وفق', gloss: 'according to' },
  { text: 'وفقا ل', gloss: 'according to' },
  { text: 'طبقا ل', gloss: 'according to' },
  { text: 'بحسب', gloss: 'according to' },
  { text: 'حسب', gloss: 'according to' },
  { text: 'حسبما', gloss: 'according to what' },
  { text: 'نقلا عن', gloss: 'quoting' },
  { text: 'على لسان', gloss: 'in the words of' },
  { text: 'على حد تعبير', gloss: 'as … put it' },
];

/** Complementisers that open the content of indirect speech (إن، أن، بأن), with pronoun suffixes. */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(
  ['إن', 'أن', 'بأن', 'ان', 'بان']
    .flatMap((c) => [c, ...['ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا', 'كم'].map((p) => c + p)])
    .map((w) => nameKey(w)),
);

/** Words that name an unnamed source (مصدر مسؤول، مراقبون): the speaker stays unresolved. */
export const UNNAMED_SOURCES: ReadonlySet<string> = new Set(
  'مصدر مصادر مسؤول مسؤولون مسؤولين مراقبون مراقبين خبراء خبير محلل محللة محللون محللين شهود شاهد شاهدة ناشطون ناشطين سكان مواطنون تقارير تقرير أنباء معلومات متابعون مختصون وسائل مواقع صحف محتجون محتجين معتصمون معتصمين متظاهرون متظاهرين أهالي متساكنون متساكنين معلقون معلقين مغردون مغردين مدونون مدونين نشطاء منظمات جمعيات نقابات أحزاب هيئات وكالتا صحيفتا وزارتا منظمتا'
    .split(' ')
    .map((w) => nameKey(w)),
);

/** Information about one matched verb form. */
export interface CueForm {
  verb: CueVerb;
  gender: CueGender;
  participle: boolean;
}

let formIndex: Map<string, CueForm> | undefined;

/** The map from keyed verb form to its verb, gender and whether it is a participle. */
export function cueForms(): Map<string, CueForm> {
  if (formIndex) return formIndex;
  const map = new Map<string, CueForm>();
  for (const verb of CUE_VERBS) {
    const groups = verb.forms.split('|').map((g) => g.trim().split(/\s+/).filter(Boolean));
    const kinds: [CueGender, boolean][] = [['m', false], ['f', false], ['m', true], ['f', true], ['p', false]];
    groups.forEach((forms, i) => {
      const [gender, participle] = kinds[i] ?? ['p', false];
      for (const f of forms) {
        const key = nameKey(f);
        if (!map.has(key)) map.set(key, { verb, gender, participle: participle || (i === 4 && /^(م|قائل)/u.test(key) && key.endsWith('ين')) });
        // The feminine dual of the past, made here for every verb (the lists write it for few): «وكانت وزارة الأمن الداخلي
        // ومديرية الاستخبارات أعلنتا أن» (the ministry and the directorate announced, f. dual), «تحدثتا».
        if (i === 1 && key.endsWith('ت') && !map.has(key + 'ا')) map.set(key + 'ا', { verb, gender: 'p', participle: false });
      }
    });
  }
  return (formIndex = map);
}

let prefixedIndex: Map<string, CueForm> | undefined;

/**
 * The cue forms behind و or ف (وقال، فردّ), keyed with the letter: one look-up per word, no slicing. An
 * imperfect also behind the «ل» of purpose («عاد المدرب ليؤكد أن», the coach came back to stress that), but
 * for verbs whose forms are also other words (ambiguous) and «رأى» («لترى», to see).
 */
export function prefixedCueForms(): Map<string, CueForm> {
  if (prefixedIndex) return prefixedIndex;
  const map = new Map<string, CueForm>();
  for (const [k, f] of cueForms()) {
    map.set('و' + k, f);
    map.set('ف' + k, f);
    // («ليعبر عن» (to express), «وليؤكد أن» (and to stress that): also behind «و/ف» + «ل».)
    if (/^[يت]/u.test(k) && !f.participle && f.verb.lemma !== 'رأى' && (!f.verb.ambiguous || f.verb.lemma === 'عبر')) for (const p of ['ل', 'ول', 'فل']) map.set(p + k, f);
  }
  return (prefixedIndex = map);
}

/** A speech verb's key, also with the conjunction و or ف in front (وقال، فأكد). */
export function isCueWord(key: string): boolean {
  // (Two map look-ups: it runs on every word of the entity and quote stages, so no regex replace.)
  return cueForms().has(key) || prefixedCueForms().has(key);
}
