/**
 * Given names common in Arabic news that the name sources khabar already has leave out: the tagger's gazetteer
 * (first names of the arabic-names lists, ~450, mostly of the Mashreq and the Gulf) and its first-name word classes.
 * Maghrebi and Tunisian names («منجي», «لطفي», «سميرة», «نجاة», «منية»), names of the whole Arab world those lists
 * happen to miss («يوسف», «إبراهيم», «محمود») and the foreign given names the news writes most often in Arabic script
 * («جون», «ديفيد», «إيمانويل»). Written by the project from general knowledge of names (not mined from any annotated
 * data). A few are also on the gender lists of src/entities (نبيه، وجيه، نور …): here they are for the tagger's side.
 *
 * Read by `givenName` in src/ner/index.ts — so by every pass that asks whether a word opens a person's name (the
 * person slots, the one-reading-per-name pass, the description and surname passes) — and, by sex, by `personGender`
 * (src/entities/gender.ts). Words that are as often common words in news copy are left out: adjectives («نادرة»
 * rare, «فريدة» unique, «كامل» whole, «رائد» pioneering), nouns («إيمان» faith, «وفاء», «رحمة», «قمر», «وسيلة»),
 * verbs («هاجر» emigrated, «حافظ» kept, «رفعت»), words that fold into another («سلمى/سلمي» peaceful, «منى/مني» from
 * me, «يحيى/يحيي»), «العربي» (the Arab), «الأمين» (the secretary), «الفاضل», «صباح» (morning), «آنا» (I). «آمال»
 * (hopes) is kept: news copy writes the noun in construct or with an adjective («آمال كبيرة»), seldom before a name.
 */

import { fold } from './fold.ts';

/** Men's given names (bare, and the Maghrebi definite forms such as «الحبيب», «المنجي»). */
export const MORE_MALE_GIVEN_NAMES: readonly string[] = `
  يوسف إبراهيم إسماعيل إسحاق يعقوب موسى عيسى زكريا زكرياء سليمان داود أيوب يونس إلياس آدم نوح هارون حسن محمود
  عمر سعيد رشيد صادق فائز عبيد كريم نبيل جميل فاضل منير أنيس منذر منصف منجي لطفي فتحي صبري شكري رمزي مجدي فوزي
  زهير نصر منصور مختار طاهر محسن مهدي مراد مروان منتصر معتز ماهر محرز محفوظ مبروك مصباح ناجي نجيب وجدي وسيم
  ياسين يسري زكي سليم سفيان سيف شاكر صالح عاطف عصام عفيف عماد فرحات فيصل قاسم هاشم توفيق حسني خليل رؤوف رامي
  رشاد رفيق سامح شفيق شوقي صبحي عوني فهمي فؤاد مدحت نبيه نصري نعيم وديع بلقاسم حمادي بوبكر ضياء غانم نجم مرتضى
  مؤمن ناظم وجيه عبدو فرج نوري لسعد لزهر لخضر لمين ميلود مولدي صحبي جيلاني عياشي شاذلي الحبيب الهادي الطاهر
  المنصف المنجي الناصر الصادق البشير الأسعد المولدي الصحبي الجيلاني التيجاني العياشي الشاذلي المختار الحسين
  المهدي المنذر المبروك المكي الهاشمي النوري الصافي الباجي المستوري المنوبي العروسي الطيب الأزهر رافع جون جورج ديفيد دونالد باراك إيمانويل فرانسوا فرنسوا نيكولا
  نيكولاس مايكل جيمس توماس بيتر روبرت ريتشارد ويليام وليام تشارلز هنري جوزيف فلاديمير سيرغي سيرجي ستيفن
  كريستوف مارك أندرو بوريس ألكسندر ديمتري ميخائيل نيكولاي إيغور خوسيه كارلوس لويس أنطونيو فرانشيسكو ماتيو
  روبرتو ماركو أليكسيس دانيال جاك برنار ميشال فيليب كلود لوران جيروم إيريك أوليفييه أوليفيي فرانك كلاوس هانز فولفغانغ
  يورغن ماتياس ميشيل بنيامين موشيه إيهود أفيغدور يائير نفتالي رجب مايك أنتوني كيفن بيل ستيف تيري تييري جان
  بيير دومينيك سيباستيان مانويل إدوارد إدواردو خافيير ريكاردو ماورو فابيو جوزيبي باولو سيلفيو
  عمرو يزن رامز مهيار وحيد بوجمعة بوعلام غيث دافيد بلحسن أنس حمة غيلان بشار روني ليونيل كريستيانو جاستن هادي
`.split(/\s+/u).filter(Boolean);

/** Women's given names. */
export const MORE_FEMALE_GIVEN_NAMES: readonly string[] = `
  سميرة نجاة سامية كريمة أحلام منية سنية راضية بسمة نعيمة عائشة عايدة نجلاء ألفة مبروكة منجية حليمة زهرة زهور
  نبيهة نائلة نجوى نسيمة يمينة سوسن صفاء علياء فتيحة كلثوم ميار هيام يسرا درة أروى بثينة ثريا دنيا سلاف سميحة
  صبرية صليحة مباركة نجيبة هادية يامنة نرجس حورية درصاف شهرزاد صابرة عواطف سندس شيراز مروى نور عفيفة زبيدة
  حفصة كامالا ماريا ماري أنجيلا تيريزا هيلاري مارين جوليا كريستين إليزابيث كاترين كاثرين هيلين لورا جيسيكا
  سيغولين ميشيل كارين ناتالي إيزابيل كاميلا سابين أورسولا نانسي سوزان باربرا فيديريكا ميلانيا
  آمال رنا رانيا لينا ديما نسرين شيرين ياسمين لمياء نادين سعاد سعيدة شاذلية جليلة فوزية وسيلة منوبية هند سلمى
  ماجدولين
`.split(/\s+/u).filter(Boolean);

/**
 * Both lists, folded: the project's given names, by a list rather than by a word class (whose classes also hold common
 * words such as «مصدر», a source).
 */
export const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set([...MORE_MALE_GIVEN_NAMES, ...MORE_FEMALE_GIVEN_NAMES].map(fold));
/** The women's names of the list, folded: a man's title after one is her family name (`proposeSlotNames`). */
export const LISTED_FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(MORE_FEMALE_GIVEN_NAMES.map(fold));
