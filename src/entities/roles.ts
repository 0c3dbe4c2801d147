/**
 * Titles, honorifics and role nouns: words that stand before or after a name without being part of
 * it (الرئيس الفرنسي إيمانويل ماكرون), and that later refer to the named entity on their own
 * (الرئيس الفرنسي). Keys are {@link nameKey} forms, without the article.
 */
import { nameKey } from './keys.ts';
import { RELATIVE_NOUNS } from '../text/person-words.ts';
import { BAA, FAA, LAM, WAW } from '../text/letters.ts';

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map((w) => bare(nameKey(w))));

/** The word without a leading article: «الرئيس» → «رئيس». */
export function bare(key: string): string {
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : key;
}

/**
 * Honorifics and titles that are never part of a name: الشيخ (sheikh), الأمير (prince), الدكتور
 * (doctor), المهندس (engineer), الأستاذ (professor, also a lawyer's title), السيد (mister) …
 */
export const HONORIFICS = keys(`
  شيخ شيخة أمير أميرة دكتور دكتورة د مهندس مهندسة أستاذ أستاذة سيد سيدة آنسة حاج حاجة إمام
  ملك ملكة عاهل سلطان بروفيسور بروفسور مطران بابا أب القس قس جنرال مشير فريق لواء عميد عقيد مقدم رائد نقيب ملازم
  رئيس رئيسة وزير وزيرة نائب نائبة سفير سفيرة مستشار مستشارة قاضي قاضية محامي محامية صحفي صحفية
  مدرب لاعب فنان فنانة كاتب كاتبة شاعر شاعرة مخرج مخرجة دولي
  سمو صاحب معالي فضيلة سعادة جلالة فخامة سماحة خادم
  سيدين سيدتين سادة
`);

/**
 * Titles that stand only before a person's name, never before an organisation in construct
 * (الصحفية عايدة عرب, the journalist …): a name after them is a person whatever the tagger said.
 */
export const PERSON_TITLES = keys(`
  شيخ شيخة دكتور دكتورة مهندس مهندسة أستاذ أستاذة سيد سيدة آنسة حاج حاجة إمام صحفي صحفية محامي محامية
  فنان فنانة كاتب كاتبة شاعر شاعرة مخرج مخرجة لاعب لاعبة مدرب مدربة نائبة نائب عقيد عميد لواء جنرال مشير رائد نقيب
  ناشط ناشطة مواطن مواطنة طالب طالبة طفل طفلة متهم متهمة إعلامي إعلامية خبير خبيرة باحث باحثة
  مختص مختصة أخصائي أخصائية
`);

/**
 * Person titles of a trade or a calling (الخبير، الباحث، المحامية، الناشط الحقوقي …, the expert, the researcher, the lawyer,
 * the rights activist): written with a name, they are recorded as that person's role, and written alone with the article
 * as a speech verb's subject they refer back to the nearest person so described («وأضاف الخبير الاقتصادي», the economist
 * added), as a role head does.
 */
export const TRADE_TITLES = keys(`
  خبير خبيرة باحث باحثة محامي محامية صحفي صحفية ناشط ناشطة إعلامي إعلامية مختص مختصة أخصائي أخصائية
`);

/**
 * Role nouns that head a role description (وزير الخارجية الأمريكي، رئيس الوزراء البريطاني، المتحدث باسم
 * الجيش). A role noun alone or with its complements refers back to the person who holds it.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...keys(`
  رئيس رئيسة وزير وزيرة نائب نائبة أمين متحدث متحدثة ناطق ناطقة مدير مديرة سفير سفيرة مستشار مستشارة قائد قائدة
  زعيم زعيمة محافظ محافظة والي عضو عضوة ممثل ممثلة مبعوث مبعوثة مفوض مفوضة وكيل وكيلة مساعد مساعدة مندوب مندوبة منسق منسقة
  عاهل ملك ملكة أمير أميرة ولي سلطان مرشد مرشدة كاتب كاتبة قاضي قاضية مدعي مدعية مدرب مدربة عمدة حاكم حاكمة رئيسا خادم مفتي
  مؤسس مراسل مراسلة موفد موفدة مقرر مقررة كاهية قنصل قنصلة معتمد معتمدة ملحق ملحقة
  سناتور سناتورة سيناتور سيناتورة عالمة عميد عميدة ناظر ناظرة
`),
  // «الأمينة العامة» (the secretary-general, a woman): a feminine role that is also a given name (أمينة,
  // Amina) heads a role only with the article, so that «أمينة السعيد» keeps her first name. (The forms
  // are written out with the article: the look-up adds proclitics to an entry, not «لل» before «ال».)
  ...['أمينة'].flatMap((w) => ['ال', 'لل', 'ولل', 'فلل'].map((a) => a + nameKey(w))),
]);

/** Words that continue a role description without being a name (باسم، العام، الأول). */
export const ROLE_LINKS = keys('باسم العام العامة الأول الأولى الرسمي الرسمية السابق السابقة الحالي المكلف المكلفة الدولة');

/** Heads of place names that may be dropped (ولاية تطاوين / تطاوين، دولة قطر / قطر). */
export const PLACE_HEADS = keys('دولة ولاية مدينة محافظة منطقة بلدة قرية معتمدية إقليم اقليم جمهورية إمارة عاصمة العاصمة مملكة سلطنة بلدية مخيم حي');

/**
 * Words that show a mention is not a name at all (a tagger error): pronouns, particles, verbs of speech; and common words the
 * tagger took for a person alone in corpus articles (الهالك the deceased, كواليس backstage, شهريا monthly, هاتفيا by phone, محدثنا our interlocutor, ميركاتو the
 * transfer window, لاعبو the players of …), or for a place or body (براكاج a mugging, from the French «braquage»; الزطلة cannabis, in
 * Tunisian; مشتركا joint; جماهيريا with the public; فيروس a virus; قرش، سمكة a shark, a fish).
 */
export const NOT_NAMES = keys(`
  هو هي هم هما نحن أنا أنت الذي التي الذين هذا هذه ذلك تلك هناك هنا كان كانت قال قالت أكد أكدت أن إن وقال
  أيضا كما لكن حيث بين عن على في من إلى مع الذين
  مزيد كثير عديد بعض جميع كافة
  اليوم أمس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء الأسبوع الماضي المقبل الجاري الفائت
  الليلة غدا
  الهالك الهالكة كواليس شهريا سنويا يوميا وديا هاتفيا هليكوبتر توماهوك ميركاتو ميترو شاحنتين شابان لاعبو موظفو
  محدثنا محدثتنا
  براكاج زطلة الزطلة مشتركا جماهيريا فيروس قرش سمكة
`);

/** Head nouns of organisation names (وزارة التربية، الهيئة العليا المستقلة للانتخابات). */
export const ORG_HEADS = keys(`
  وزارة هيئة منظمة وكالة جمعية حركة حزب نقابة اتحاد مجلس محكمة بنك مصرف شركة جامعة لجنة صحيفة جريدة قناة إذاعة
  مؤسسة ديوان رئاسة مكتب معهد مركز جبهة كتلة ائتلاف تحالف مديرية مفوضية غرفة سلطة منتدى نادي برلمان
  جماعة ميليشيا مليشيا شرطة جيش حرس خفر أمانة عمادة تنسيقية كنفدرالية كونفدرالية فدرالية فيدرالية رابطة
`);

/**
 * Complements that make a head of {@link ORG_HEADS} a common noun phrase, not a body's name: «حركة المرور» (the traffic),
 * «حركة المعتمدين» (the reshuffle of the delegates), «سلطة الإشراف» (the supervising authority, whichever ministry it is),
 * «مكتب البريد» (the post office), «مركز الأمن» (the police station). Keyed by the bare head, then the bare complement
 * (so «السير» also stands for «سير»).
 */
export const COMMON_HEAD_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    // (And trade and flows: «حركة العرض والطلب» (supply and demand), «حركة التزود» (supplying), «حركة تدفق السلع».)
    حركة: 'المرور السير العبور النقل القطارات الحافلات الشاحنات السفن الملاحة الطيران التنقل التنقلات الجولان المسافرين المعتمدين الولاة الأسعار المترو الطائرات السيارات الدخول الخروج التدفق انسياب النزوح المعبر العرض الطلب التزود التزويد التصدير التوريد الاستيراد البيع الشراء الاستقالات القطاعات المترجلين',
    سلطة: 'الإشراف القرار اتخاذ التعيين التعيينات',
    مكتب: 'البريد',
    مركز: 'الأمن الحرس الشرطة الإيقاف الاقتراع',
  }).map(([head, complements]) => [bare(nameKey(head)), keys(complements)]),
);

/** Direction words that belong to a place name (كوريا الشمالية، الضفة الغربية). */
export const DIRECTIONS = keys('الدولي الدولية الوطني الوطنية الشمالية الجنوبية الشرقية الغربية الشمالي الجنوبي الشرقي الغربي الوسطى الأوسط الكبرى المتحدة العربية');

/** Heads of geographic names that belong to the name (مضيق تيران، خليج العقبة، جزيرة صنافير). */
export const GEO_HEADS = keys('خليج مضيق بحر جزيرة جزر جبل جبال نهر صحراء قناة بحيرة سهل وادي هضبة مخيم محيط أرخبيل');

/** Generic place nouns that are never names on their own (البلدان، الدول; «شارع», an avenue, without its name). */
export const GENERIC_PLACES = keys('بلدان دول مدن مناطق ولايات قرى عواصم بلاد أراضي أرض جهات جهة شارع نهج زنقة ساحة');

/** Words that show a description, not a name (البنك المذكور, the said bank). */
export const ANAPHORIC = keys('المذكور المذكورة المعني المعنية ذاته ذاتها نفسه نفسها المشار الآنف السالف');

/** Currency names, which taggers sometimes take for places or bodies (أورو، دينار). */
export const CURRENCIES = keys('دينار دنانير دولار دولارات أورو يورو ريال ريالات درهم دراهم جنيه جنيهات ليرة ليرات روبل ين فرنك');

/** Heads of media names (صحيفة عكاظ، جريدة "الحياة"، قناة الجزيرة). */
export const MEDIA_HEADS = keys('صحيفة جريدة وكالة قناة إذاعة مجلة موقع تلفزيون يومية أسبوعية');
/**
 * Heads that, definite and with adjectives, describe a body before its name in marks: «القناة التلفزية الخاصة "نسمة"» (the
 * private TV channel "Nessma"), «الشركة الرياضية "لوتو كيبيك"». Not an institution whose adjectives are its name: «البنك
 * المركزي السعودي "ساما"» is the Saudi central bank, its acronym in marks. Keyed, without the article.
 */
export const NAMED_IN_MARKS_HEADS: ReadonlySet<string> = new Set([...MEDIA_HEADS, ...keys('شركة منظمة جمعية مجموعة حزب')]);
/** «أنباء» (news) of «وكالة أنباء "إرنا"» (a news agency named in quotation marks), keyed: a head noun of the agency's name. */
export const NEWS_NOUN = 'انباء';

/**
 * Nouns for what a body or person issues (بيان، تقرير، بلاغ، تدوينة، توضيح (a clarification) …): never part of a name, and
 * they speak for their issuer.
 */
export const DOCUMENT_NOUNS = keys('بلاغ بيان تصريح تصريحات تقرير رسالة منشور مراسلة إعلان تدوينة وثيقة دراسة أقوال توضيح');

/**
 * The document noun a key names (see {@link DOCUMENT_NOUNS}) through the article, a proclitic or the
 * accusative alef (البيان، وبيان، ببيان، للبيان، بيانا), or undefined. A proclitic letter is taken off
 * only when what is left is such a noun: «بيان» itself starts with ب.
 */
export function documentNoun(key: string): string | undefined {
  // (Called for many words in a row: the forms are tried one by one, without an array of them.)
  const c = key.charCodeAt(0);
  return (
    documentNounOf(key) ??
    (c === WAW || c === FAA || c === BAA || c === LAM ? documentNounOf(key.slice(1)) : undefined) ??
    (/^(وب|ول|فب|فل|لل)/u.test(key) ? documentNounOf(key.slice(2)) : undefined)
  );
}
/** {@link documentNoun} for one form, proclitics already off. */
function documentNounOf(k: string): string | undefined {
  if (!k) return undefined;
  const b = bare(k);
  if (DOCUMENT_NOUNS.has(b)) return b;
  if (b.endsWith('ا') && DOCUMENT_NOUNS.has(b.slice(0, -1))) return b.slice(0, -1);
  return undefined;
}

/** Document nouns that name one kind of document (a report is also called a study; a statement a communiqué). */
const DOCUMENT_KINDS: readonly ReadonlySet<string>[] = [keys('تقرير دراسة'), keys('بيان بلاغ إعلان')];

/**
 * Whether two document nouns (as {@link documentNoun} gives them) can name the same document: «أظهرت
 * دراسة نشرتها مجموعة جينز … وذكر التقرير» (a study the Jane's group published … the report said).
 */
export function sameDocumentKind(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  return a === b || DOCUMENT_KINDS.some((kind) => kind.has(a) && kind.has(b));
}

/**
 * The nouns of kin and of the people around someone ({@link RELATIVE_NOUNS}: شقيق، أرملة، أنصار …), as name keys: no part
 * of a name after a role, and a speaker of their own before one («والد X»).
 */
export const RELATIVE_KEYS: ReadonlySet<string> = new Set(RELATIVE_NOUNS.map((w) => nameKey(w)));
