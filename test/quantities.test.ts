/**
 * The `quantities` stage on real phrases from Tunisian and Arab news (the ANT corpus under
 * ../shared/data/news, 2014–2017), each with the value, unit, currency and approximation a reader
 * would extract, plus phrases whose numbers are not quantities (years, dates, laws, ordinals, names).
 * Every document goes through checkInvariants.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import type { Approx, Quantity } from '../src/document.ts';
import { domainCountry, outletCountry } from '../src/numbers/currency.ts';

interface Expect {
  unit?: string | null;
  currency?: string | null;
  approx?: Approx | null;
}
/** [phrase, the quantity's text, its value, optional unit/currency/approx]. */
type Row = [phrase: string, text: string, value: number, expect?: Expect];

const USD = { currency: 'USD' };
const EUR = { currency: 'EUR' };
const pct = { unit: '%' };

const ROWS: Row[] = [
  // Money: digits, multipliers, CLDR currency names with nationality adjectives. «دولار» (dollar) …
  ['حقق 421.8 مليون دولار في بداية عرضه', '421.8 مليون', 421_800_000, USD],
  ['الذي حقق 15.5 مليون دولار، محققا المركز الثاني', '15.5 مليون', 15_500_000, USD],
  ['حيث حقق في ثلاثة أيام 190 مليون دولار', '190 مليون', 190_000_000, USD],
  ['نحو 532.5 مليون دولار في عطلة عيد الفصح', '532.5 مليون', 532_500_000, { currency: 'USD', approx: 'about' }],
  ['قيمتها أكثر من 9 ملايين و600 ألف دولار', '9 ملايين و600 ألف', 9_600_000, { currency: 'USD', approx: 'more-than' }],
  // Millimes, the thousandth of the Tunisian dinar, in which prices are written: «potatoes from 750 to 900 millimes» (0.75 to
  // 0.9 TND); dinars with three decimals before «مليم» are dinars already: «peppers 2.500 millimes» (2.5 TND).
  ['البطاطا : من 750 مليم إلى 900 مليم', '750', 0.75, { unit: 'مليم', currency: 'TND' }],
  ['الطماطم من 600 إلى 900 مليم', '600', 0.6, { unit: 'مليم', currency: 'TND' }],
  ['بلغ سعر الكيلوغرام الواحد من الفلفل 2.500 مليم', '2.500', 2.5, { unit: 'مليم', currency: 'TND' }],
  // Dinars and millimes are one amount: «a dinar and 500 millimes» (1.5 TND), «1 dinar and 500 millimes», «two dinars and 200».
  ['ووصل سعر الكيلوغرام الواحد إلى دينارا و500 مليم', 'دينارا و500', 1.5, { currency: 'TND' }],
  ['بلغ سعر اللتر 1 دينار و500 مليم', '1 دينار و500', 1.5, { currency: 'TND' }],
  ['يباع الكلغ بدينارين و200 مليم', 'دينارين و200', 2.2, { currency: 'TND' }],
  // «و» written apart from the digits after a multiplier: «121 ألفًا و 700 شخص» (121,700 people).
  ['أجريت على 121 ألفًا و 700 شخص تتراوح أعمارهم', '121 ألفًا و 700', 121_700, { unit: 'شخص' }],
  ['ووقعت بين المشاركين ألفًا و 659 إصابة بسرطان', 'ألفًا و 659', 1659, { unit: 'إصابة' }],
  ['بقيمة مليون و 200 ألف دولار', 'مليون و 200 ألف', 1_200_000, USD],
  // «ب» before a three-letter number word: «to supply it with a hundred tonnes», «with six missiles».
  ['وتخطط لتزويدها بمئة طن من الفواكه والخضر يوميا', 'مئة', 100, { unit: 'طن' }],
  ['استهدف مواقع في دير الزور بستة صواريخ باليستية', 'ستة', 6, { unit: 'صواريخ' }],
  // «… and a half» after a measure: «a well three and a half metres deep», «three and a half tonnes of sugar».
  ['سقط الطفل في بئر بعمق ثلاثة أمتار ونصف', 'ثلاثة أمتار ونصف', 3.5, { unit: 'أمتار' }],
  ['حجزت الوحدات 3 أطنان ونصف من السكر المدعم', '3 أطنان ونصف', 3.5, { unit: 'أطنان' }],
  // Not the first number of another amount: «between 3.77 and 4.24 billion years».
  ['رجح الخبراء أن عمرها يتراوح بين 3.77 مليار و 4.24 مليار عام', '3.77 مليار', 3_770_000_000],
  // Bare digits after «مليار» are no part of it («مليار و 200» is 1.2 billion in Maghrebi copy, not 1,000,000,200).
  ['الكلفة الجملية: مليار و 200', 'مليار', 1_000_000_000],
  // «الكورية الشمالية» (North Korean) makes no won South Korean.
  ['قالت وسائل الإعلام الكورية الشمالية إن السعر بلغ 5000 وون', '5000', 5000, { currency: null }],
  // «ملايير», the Maghrebi plural of billion; «دج», Algerian dinars; «وون» (won) in a story from Seoul.
  ['رصدت أكثر من ستة ملايير دولار للمشروع', 'ستة ملايير', 6_000_000_000, { currency: 'USD', approx: 'more-than' }],
  ['دفع المكتتب 250 ألف دج للشقة', '250 ألف', 250_000, { currency: 'DZD' }],
  ['سيول (يونهاب) -- سجلت الشركة خسارة صافية بلغت 520 مليار وون العام الماضي', '520 مليار', 520_000_000_000, { currency: 'KRW' }],
  ['تغريم سيدة بنحو 30 ألف دولار', '30 ألف', 30_000, { currency: 'USD', approx: 'about' }],
  ['فقد تجاوز 1.1 مليار دولار أميركي', '1.1 مليار', 1_100_000_000, { currency: 'USD', approx: 'more-than' }],
  ['محمد دويجي – تنزانيا (1.39 مليار دولار)', '1.39 مليار', 1_390_000_000, USD],
  ['إنجه روكه – النرويج (2.7 مليار دولار)', '2.7 مليار', 2_700_000_000, USD],
  ['يودعون ثلاثة ملايين دولار على الأقل في بنوك تركية', 'ثلاثة ملايين', 3_000_000, { currency: 'USD', approx: 'at-least' }],
  ['خلال العام الماضي بلغت 107 ملايين دولار أميركي', '107 ملايين', 107_000_000, USD],
  ['العالمية مقابل مبلغ 425 دولار أمريكي', '425', 425, USD],
  ['في برنامج بقيمة 100 دولار أمريكي يمتد على 10 سنوات', '100', 100, USD],
  ['قيمته الاجمالية 9ر2 مليار دولار أمريكي', '9ر2 مليار', 2_900_000_000, USD],
  ['بسعر 13 دولارا فقط', '13', 13, USD],
  ['فيما يصل السعر إلى 34 دولارا في المملكة المتحدة', '34', 34, USD],
  ['فتباع بأسعار لا تتجاوز 52 دولارا للبطاقة الواحدة', '52', 52, { currency: 'USD', approx: 'up-to' }],
  ['المعطيات إلى أن ثمنها قدّر بنحو 50 مليون دولار', '50 مليون', 50_000_000, { currency: 'USD', approx: 'about' }],
  ['التهاب الجيوب الأنفية تقدر بنحو 10 آلاف دولار لكل مريض', '10 آلاف', 10_000, { currency: 'USD', approx: 'about' }],
  ['الرثة" بسعر يتراوح من 500 إلى 600 دولاراً', '500', 500, USD],
  ['الرثة" بسعر يتراوح من 500 إلى 600 دولاراً', '600', 600, USD],
  ['ليصل إلى 800 دولار أميركي للحصول على الجواز', '800', 800, { currency: 'USD', approx: 'up-to' }],
  ['ويبلغ 18 ألف جنيه (نحو ألف دولار)', 'ألف', 1000, { currency: 'USD', approx: 'about' }],
  ['مقابل 5 آلاف يورو، مشيرة إلى أنه تم التمكن', '5 آلاف', 5000, EUR],
  ['من يقبل بها قدره 16 ألف يورو', '16 ألف', 16_000, EUR],
  ['مبلغ 2000 يورو لأي شخص يقوم بالانتقال', '2000', 2000, EUR],
  ['منحة مالية تُقدّر بـ 15 ألف أورو يتمّ تخصيصها', '15 ألف', 15_000, EUR],
  ['(حوالي 1.4 مليون يورو) على الانترنت', '1.4 مليون', 1_400_000, { currency: 'EUR', approx: 'about' }],
  ['"كامبراد" تقدّر بـ 65.5 مليار يورو', '65.5 مليار', 65_500_000_000, EUR],
  ['من ضمن 1.6 مليار يورو (3.883 مليار دينار)', '1.6 مليار', 1_600_000_000, EUR],
  ['التي تصل إلى سبعة ملايين شيكل أي 1،45 مليون يورو', 'سبعة ملايين', 7_000_000, { currency: 'ILS', approx: 'up-to' }],
  ['التي تصل إلى سبعة ملايين شيكل أي 1،45 مليون يورو', '1،45 مليون', 1_450_000, EUR],
  ['(الدولار يساوي 3.80 شيكل)', '3.80', 3.8, { currency: 'ILS' }],
  ['وغرامة بقيمة 200 ألف دينار جزائري', '200 ألف', 200_000, { currency: 'DZD' }],
  ['طلبوا في البداية مبلغ 20 ألف دينار ليبي', '20 ألف', 20_000, { currency: 'LYD' }],
  ['وطلبوا مبلغ 200 ألف دينار ليبي، ولم يطلق سراحه', '200 ألف', 200_000, { currency: 'LYD' }],
  ['بقيمة لا تفوق اربعة الاف دينار ليبي', 'اربعة الاف', 4000, { currency: 'LYD', approx: 'up-to' }],
  ['وغرامة مالية قدرها 30 ألف ريال سعودي', '30 ألف', 30_000, { currency: 'SAR' }],
  ['جديدة بكلفة ناهزت 22 مليون ريال سعودي', '22 مليون', 22_000_000, { currency: 'SAR', approx: 'about' }],
  ['كفالة مالية قدرها 5 آلاف جنيه مصري', '5 آلاف', 5000, { currency: 'EGP' }],
  ['وبمزايا ومكافآت بقيمة مليون درهم إماراتي', 'مليون', 1_000_000, { currency: 'AED' }],
  ['معروضة للبيع أيضا بـ 90 جنيها استرلينيا للحساب الواحد', '90', 90, { currency: 'GBP' }],
  ['بأسعار لا تزيد عن 28 جنيها استرلينيا', '28', 28, { currency: 'GBP', approx: 'up-to' }],
  // A bare دينار/ريال/جنيه has no currency without a country in the text.
  ['سنة 2011 والتي ناهزت 34 مليون دينار', '34 مليون', 34_000_000, { currency: null, approx: 'about' }],
  ['بقيمة 4ر5 مليون دينار كما انتفعت 82 مؤسسة', '4ر5 مليون', 5_400_000, { currency: null }],
  ['قد جمعا أكثر من 1,2 مليون جنيه', '1,2 مليون', 1_200_000, { currency: null, approx: 'more-than' }],
  ['السابقة واللاحقة تبلغ 4 ملايين ريال', '4 ملايين', 4_000_000, { currency: null }],
  ['بمصادرة مبلغ 3 ملايين درهم يعود للتنظيم', '3 ملايين', 3_000_000, { currency: null }],
  ['وناهزت 3,650 ملايين دينار', '3,650 ملايين', 3_650_000, { approx: 'about' }],
  ['بنسبة 7.4 بالمائة، حيث بلغت قيمتها 7532.6 مليون دينارا', '7532.6 مليون', 7_532_600_000],
  ['ما قيمته 3ر643 مليون دينار', '3ر643 مليون', 643_300_000],
  ['والمقدرة الى موفى أفريل 2016 ما قيمته 949 مليون دينار', '949 مليون', 949_000_000],
  ['تمكنت من تصدير ما قيمته 40 مليار دينار (28 مليار دينار منها للمنتجات', '40 مليار', 40_000_000_000],
  ['تمكنت من تصدير ما قيمته 40 مليار دينار (28 مليار دينار منها للمنتجات', '28 مليار', 28_000_000_000],
  ['وسط حجم تبادل بلغت قيمته 93 الف دينار', '93 الف', 93_000],
  ['انخفاض الصادرات التي بلغت قيمتها 996 م.د مقابل 1454 م.د', '996', 996_000_000, { unit: 'م.د' }],
  ['انخفاض الصادرات التي بلغت قيمتها 996 م.د مقابل 1454 م.د', '1454', 1_454_000_000],
  ['في حدود 980ر4 د وسط حجم تبادل', '980ر4', 4.98, { unit: 'د', approx: 'about' }],
  ['بنحو 6ر9 دينار (د) للكلغ من زيت الزيتون', '6ر9', 9.6, { approx: 'about' }],
  ['الراغب في مواكبة هذا الحفل، بعشرين دينارا', 'عشرين', 20, { unit: 'دينارا' }],
  ['منحة قدرها أربعمائة وخمسون (450) ألف دينار', 'أربعمائة وخمسون (450) ألف', 450_000],
  ['منحة قدرها أربعمائة (400) ألف دينار - أسرار عائلة', 'أربعمائة (400) ألف', 400_000],
  ['منحة قدرها خمسة وثلاثون (35) ألف دينار', 'خمسة وثلاثون (35) ألف', 35_000],
  ['تسند منحة قدرها خمسة وثمانون (85) ألف دينار', 'خمسة وثمانون (85) ألف', 85_000],
  ['قرابة 12 الف دينار منح استثنائية', '12 الف', 12_000, { approx: 'about' }],
  ['بكلفة ناهزت 30 ألف دينار، عالق منذ يوم 25 ماي', '30 ألف', 30_000, { approx: 'about' }],
  ['(قيمتها الماليّة 14 ألف دينار) و07 قنينات', '14 ألف', 14_000],
  ['(قيمتها الماليّة 1400 دينار) . كما تم حجز', '1400', 1400],
  ['والترفيع في راسمالها بحوالي مليار دينار', 'مليار', 1_000_000_000, { approx: 'about' }],
  ['ترفع قيمة صادراتها الى 100 مليار دينار سنويا', '100 مليار', 100_000_000_000],
  ['أي 10.2 مليار دينار بفضل العائدات القياسية', '10.2 مليار', 10_200_000_000],
  ['قيمتها 5 آلاف دينار رواية "سفر القلب"', '5 آلاف', 5000],
  ['حوالي 60 مليون دينارا ليكون من بين أغلى حفلات', '60 مليون', 60_000_000, { approx: 'about' }],
  ['مليون دولارا أي حوالي 60 مليون دينارا', 'مليون', 1_000_000, USD],
  ['في الصين بكلفة ناهزت 30 ألف دينار', '30 ألف', 30_000],
  ['من درهمين إلى 12 درهما للكيلوغرام', '12', 12, { unit: 'درهما' }],
  ['دينارات بالنسبة لأفلام 3D و7 دينارات لأفلام 2D', '7', 7, { unit: 'دينارات' }],
  // Percentages: «بالمائة»، «بالمئة»، «في المائة»، «في المئة»، «%».
  ['بالسكتة القلبية يزداد بنسبة 50 بالمائة بتناول ديكلوفيناك', '50 بالمائة', 50, pct],
  ['وبنسبة 31 بالمائة بتناول مسكن إيبوبروفين', '31 بالمائة', 31, pct],
  ['لتبلغ أدنى مستوياتها ب2.8 بالمائة', '2.8 بالمائة', 2.8, pct],
  ['استئصال جزء كبير من معدتها (75 بالمائة)', '75 بالمائة', 75, pct],
  ['بنسبة تفوق 45 بالمائة حسب علوان', '45 بالمائة', 45, { unit: '%', approx: 'more-than' }],
  ['أن 25 بالمائة من الأطفال في رياض الأطفال', '25 بالمائة', 25, pct],
  ['تطورا ايجابيا بلغت نسبته 2 بالمائة لكامل 2016', '2 بالمائة', 2, pct],
  ['بنسبة 4ر8 بالمائة أو ما قيمته', '4ر8 بالمائة', 8.4, pct],
  ['وبنسبة 3،6 بالمائة إزاء الدرهم المغربي', '3،6 بالمائة', 3.6, pct],
  ['إلى 2012 بزيادة بحوالي 50 بالمائة', '50 بالمائة', 50, { unit: '%', approx: 'about' }],
  ['إنتاج الزيتون الذي انخفض بحوالي 59 بالمائة', '59 بالمائة', 59, { unit: '%', approx: 'about' }],
  ['دواء وهميا قلت بنسبة 60 بالمئة الاستجابة للخوف', '60 بالمئة', 60, pct],
  ['بسرطان الغدة الدرقية بنسبة 65 بالمئة', '65 بالمئة', 65, pct],
  ['ولوجا مجانيا لـ 90 في المائة من حفلاته', '90 في المائة', 90, pct],
  ['مشيرة إلى أن 95 في المائة من هؤلاء لا يعلمون', '95 في المائة', 95, pct],
  ['الوفيات جراء الحصبة انخفض 79 في المائة', '79 في المائة', 79, pct],
  ['جينات عربية تقدر ب4 في المائة فقط', '4 في المائة', 4, pct],
  ['أما قرابة 32 في المائة ممن شملهم', '32 في المائة', 32, { unit: '%', approx: 'about' }],
  ['وبلغت هذه النسبة نحو 80 في المئة', '80 في المئة', 80, { unit: '%', approx: 'about' }],
  ['فإن 30 في المئة فقط من الأطفال المختطفين', '30 في المئة', 30, pct],
  ['ما يصل إلى 30 بالمئة من الأمريكيين', '30 بالمئة', 30, { unit: '%', approx: 'up-to' }],
  ['تبين أن 21% من الأزواج أو العشاق', '21%', 21, pct],
  ['الجديدة بنسبة 30% ، وتخفيض معدل الوفيات بنسبة 10%', '10%', 10, pct],
  ['تعاني من البدانة بنسبة 33% من البالغين', '33%', 33, pct],
  ['ليتجاوز نسبة إصابة 20 إلى 25%', '20', 20, pct],
  ['ليتجاوز نسبة إصابة 20 إلى 25%', '25%', 25, pct],
  ['و35 % من حيث الكمية', '35 %', 35, pct],
  ['ما يصل إلى 5% من قدراتها', '5%', 5, { unit: '%', approx: 'up-to' }],
  ['لاسواق الجملة (1.83 ٪) وسيرياليس', '1.83 ٪', 1.83, pct],
  ['يقرب من 60 في المائة من عشرة آلاف شخص', '60 في المائة', 60, pct],
  // Counts with their counted noun.
  ['ورغم جدية الطعن فيه من قبل 37 نائبا', '37', 37, { unit: 'نائبا' }],
  ['أسفر عن وفاة 6 اشخاص و33 جريحا', '6', 6, { unit: 'اشخاص' }],
  ['أسفر عن وفاة 6 اشخاص و33 جريحا', '33', 33, { unit: 'جريحا' }],
  ['خلف 39 قتيلا وأكثر من 60 جريحا', '60', 60, { unit: 'جريحا', approx: 'more-than' }],
  ['أوقع 628 قتيلا وخلف أكثر من 900 مصاب', '628', 628, { unit: 'قتيلا' }],
  ['مترو قد أوقعت 31 قتيلا و270 جريحا', '270', 270, { unit: 'جريحا' }],
  ['تبناها تنظيم الدولة وأوقعت 13 قتيلاً', '13', 13, { unit: 'قتيلاً' }],
  ['في الاعتداء الذي قتل فيه 38 شخصا بينهم 30 بريطانيا', '38', 38, { unit: 'شخصا' }],
  ['وسيمثل أمام القضاء 33 تونسيا بينهم 6 أمنيين', '6', 6, { unit: 'أمنيين' }],
  ['القيروان من إيقاف 4 أشخاص على متن 3 سيارات', '3', 3, { unit: 'سيارات' }],
  ['إيقاف 9 مهربين وحجز 3 مركبات', '9', 9, { unit: 'مهربين' }],
  ['مما أسفر عن إصابة 4 عناصر من الدورية', '4', 4, { unit: 'عناصر' }],
  ['وعدد من المتحصنين بلغ 130 عاملا وعاملة', '130', 130, { unit: 'عاملا' }],
  ['إسناد 1100 بطاقة مهنية بصفة عشوائية', '1100', 1100, { unit: 'بطاقة' }],
  ['بطاقة استيعاب تبلغ 100 متفرج', '100', 100, { unit: 'متفرج' }],
  ['يضم المعرض 300 جناح تؤثثه 3 ملايين من الكتب', '3 ملايين', 3_000_000],
  ['قرابة 767 مليون شخص مازالوا', '767 مليون', 767_000_000, { unit: 'شخص', approx: 'about' }],
  ['ساهم فيها حتى الآن نحو 900 ألف شخص', '900 ألف', 900_000, { unit: 'شخص', approx: 'about' }],
  ['وإصابة أكثر من ألف شخص', 'ألف', 1000, { unit: 'شخص', approx: 'more-than' }],
  ['شهد وفاة 450 ألف شخص في سن العمل', '450 ألف', 450_000, { unit: 'شخص' }],
  ['ويقتل التدخين ما يصل إلى 6 ملايين شخص حول العالم', '6 ملايين', 6_000_000, { unit: 'شخص', approx: 'up-to' }],
  ['يمكن أن ينقذ حياة سبعة ملايين شخص', 'سبعة ملايين', 7_000_000, { unit: 'شخص' }],
  ['أنقذ ما يقدر بنحو 20.3 مليون طفل', '20.3 مليون', 20_300_000, { unit: 'طفل', approx: 'about' }],
  ['الكثافة السكانية الكبيرة (49 مليون نسمة)', '49 مليون', 49_000_000, { unit: 'نسمة' }],
  ['يتزايد عدد السكان سنويا بمليون نسمة', 'مليون', 1_000_000, { unit: 'نسمة' }],
  ['تركستان الشرقية، يبلغ 25 مليون نسمة', '25 مليون', 25_000_000, { unit: 'نسمة' }],
  ['وتوفي ما يقدر بنحو 134 ألفا جراء المرض', '134 ألفا', 134_000, { approx: 'about' }],
  // (from about 22 thousand in 2011): «سنة 2011» is the year, not what is counted; tanween on ألفًا.
  ['تقلص عدد المهاجرين من قرابة 22 ألفًا سنة 2011 إلى حوالي ألف مهاجر', '22 ألفًا', 22_000, { unit: null, approx: 'about' }],
  // (650 thousand at present): a time word after the number is not what it counts.
  ['ويبلغ عددهم 650 ألفا حاليا في القطاع العام', '650 ألفا', 650_000, { unit: null }],
  ['ستستقبل عشرة آلاف لاجئ سوري', 'عشرة آلاف', 10_000, { unit: 'لاجئ' }],
  ['يقرب من 60 في المائة من عشرة آلاف شخص', 'عشرة آلاف', 10_000, { unit: 'شخص' }],
  ['لتصل إلى ما لا يقل عن عشرة آلاف كلم مربع', 'عشرة آلاف', 10_000, { unit: 'كلم', approx: 'at-least' }],
  ['وقد ساهم ثلاثة عشر بنكا تونسيا في تمويل', 'ثلاثة عشر', 13, { unit: 'بنكا' }],
  ['حيث فاق عدد المشاهدين العشرة آلاف', 'العشرة آلاف', 10_000],
  ['بين الخمسة عشر وعشرين عنصرا', 'الخمسة عشر', 15],
  ['لقاء صاخب بين أربعة محبين', 'أربعة', 4, { unit: 'محبين' }],
  ['جوائز المسابقة الرسمية بأربعة أفلام', 'أربعة', 4, { unit: 'أفلام' }],
  ['ليتنافس مع ستة اشرطة طويلة اخرى', 'ستة', 6, { unit: 'اشرطة' }],
  ['تقديم ثمانية أفلام تونسية مستلهمة', 'ثمانية', 8, { unit: 'أفلام' }],
  ['نحو ثمانين غواصا على متن أربعين مركبا', 'ثمانين', 80, { unit: 'غواصا', approx: 'about' }],
  ['نحو ثمانين غواصا على متن أربعين مركبا', 'أربعين', 40, { unit: 'مركبا' }],
  ['خلال القرون التسعة الماضية', 'التسعة', 9],
  ['ترتبط بالسعادة بشكل كبير، اثنان منها أظهرا', 'اثنان', 2],
  ['وتم إيقاف اثنين من عناصرها', 'اثنين', 2],
  ['المليون و مائتي ألف امرأة اللواتي صوتن', 'مائتي ألف', 200_000, { unit: 'امرأة' }],
  ['فائضا يقدّر بحوالي مئتيْ ألف طن', 'مئتيْ ألف', 200_000, { unit: 'طن', approx: 'about' }],
  ['بما في ذلك نحو مئتي سوري', 'مئتي', 200, { approx: 'about' }],
  ['وخمسمائة موطن شغل آخر', 'خمسمائة', 500],
  ['المتمثلة في ألف وخمسمائة موطن شغل', 'ألف وخمسمائة', 1500, { unit: 'موطن' }],
  ['بينهم أكثر من ألفين و800 شخص هذا العام', 'ألفين و800', 2800, { unit: 'شخص', approx: 'more-than' }],
  ['ومن خلال أزيد من مليونين من الحضور', 'مليونين', 2_000_000, { approx: 'more-than' }],
  ['مجموع سبع وتسعين (97) مشروعا', 'سبع وتسعين (97)', 97, { unit: 'مشروعا' }],
  ['تهريب (2.670.395) مليونين وستمائة وسبعين ألفاً وثلاثمائة وخمسة وتسعين قرص', 'مليونين وستمائة وسبعين ألفاً وثلاثمائة وخمسة وتسعين', 2_670_395, { unit: 'قرص' }],
  ['تهريب (2.670.395) مليونين وستمائة', '2.670.395', 2_670_395],
  ['ضبط (2.016.395) مليونين وستة عشر ألفاً وثلاثمائة وخمسة وتسعين قرص', 'مليونين وستة عشر ألفاً وثلاثمائة وخمسة وتسعين', 2_016_395],
  // «و» written apart before number words continues a million as it does before digits: «a million and two hundred thousand
  // women voted for him» (thirty-first round); «between three and five million» stays two amounts.
  ['صوت له مليون و مائتي ألف امرأة', 'مليون و مائتي ألف', 1_200_000, { unit: 'امرأة' }],
  ['بين ثلاثة ملايين و خمسة ملايين دينار', 'خمسة ملايين', 5_000_000],
  ['الزيادة التي تهم ما يقارب مليون ونصف المليون ناشط', 'مليون ونصف المليون', 1_500_000, { approx: 'about' }],
  ['أكثر من 3 ملايين ونصف دولار', '3 ملايين ونصف', 3_500_000, { currency: 'USD', approx: 'more-than' }],
  ['الذي تزيد كتلته عن كتلة أربعة ملايين نجم', 'أربعة ملايين', 4_000_000, { unit: 'نجم' }],
  ['يعرضون نحو 120 ألف عنوان في مختلف', '120 ألف', 120_000, { unit: 'عنوان', approx: 'about' }],
  ['بمشاركة نحو 692 ناشرا من 19 دولة', '692', 692, { unit: 'ناشرا', approx: 'about' }],
  ['بمشاركة أكثر من 30 عداء مع غراسة الورد', '30', 30, { unit: 'عداء', approx: 'more-than' }],
  ['طلاء ما لا يقل عن 12 منزلا', '12', 12, { unit: 'منزلا', approx: 'at-least' }],
  ['تساهم في خلق ما لا يقل عن 560 موطن شغل', '560', 560, { approx: 'at-least' }],
  ['إن 3 أشخاص على الأقل، أصيبوا بجروح', '3', 3, { unit: 'أشخاص', approx: 'at-least' }],
  ['فتاة الـ12 ربيعا رفقة والدتها', '12', 12, { unit: 'ربيعا' }],
  // Measures: «طن»، «كلغ»، «هكتار»، «كيلومتر»، «متر مكعب».
  ['البيع خارج مسالك التوزيع، وحجز 3.5 طن من البرتقال', '3.5', 3.5, { unit: 'طن' }],
  ['وقد تم حجز 1.5 طن من لحوم البقري و200 كلغ من لحوم الخرفان', '200', 200, { unit: 'كلغ' }],
  ['ظهر اليوم الاثنين من حجز 4 أطنان من قوائم الأبقار', '4', 4, { unit: 'أطنان' }],
  ['من حجز 235 كغ من الدجاج المطبوخ و70 كغ', '70', 70, { unit: 'كغ' }],
  ['أي ما يعادل 3.5 كلغ داخل السيارة', '3.5', 3.5, { unit: 'كلغ' }],
  ['و465 كلغ من "المعسل" الفاخر', '465', 465, { unit: 'كلغ' }],
  ['وحجز 35 صفيحة من مخدر التكروري', '35', 35, { unit: 'صفيحة' }],
  ['الهرمي التي تفوق مساحتها 391 هكتارا', '391', 391, { unit: 'هكتارا' }],
  ['وغراسة 25 الف هكتار من الزياتين', '25 الف', 25_000, { unit: 'هكتار' }],
  ['للتين البيولوجي بأكثر من 300 هكتار', '300', 300, { unit: 'هكتار', approx: 'more-than' }],
  ['المجموعة الشمسية هي 4.5 مليار كيلومتر', '4.5 مليار', 4_500_000_000, { unit: 'كيلومتر' }],
  ['والقطب الجنوبي وهي 12361.17 كيلومترا', '12361.17', 12_361.17, { unit: 'كيلومترا' }],
  ['بعد المغاربة بمتوسط طول بلغ 1.723 متر', '1.723', 1.723, { unit: 'متر' }],
  ['الكونية بنحو 650 مترا، وطولها بـ1.3 كيلومتر', '650', 650, { unit: 'مترا', approx: 'about' }],
  ['الكونية بنحو 650 مترا، وطولها بـ1.3 كيلومتر', '1.3', 1.3, { unit: 'كيلومتر' }],
  ['مقابل ما يزيد عن 400 مليون متر مكعب', '400 مليون', 400_000_000, { unit: 'متر', approx: 'more-than' }],
  ['بـطاقة 21 مليون متر مكعب في الشهر', '21 مليون', 21_000_000, { unit: 'متر' }],
  ['خلال سنة 2018 حوالي 7ر2 مليون متر مكعب يوميا', '7ر2 مليون', 2_700_000, { approx: 'about' }],
  ['(16.4 ألف طن مقابل 25.1 ألف طن)', '25.1 ألف', 25_100, { unit: 'طن' }],
  ['(5ر40 ألف طن مقابل 3ر1058 ألف طن)', '3ر1058 ألف', 1_058_300, { unit: 'طن' }],
  ['مقدار الذهب المستخدم فيه حوالي 280 كيلو جرام', '280', 280, { approx: 'about' }],
  ['المخزون اليومي لهذه المادة لا يقل عن 60 طنا', '60', 60, { unit: 'طنا', approx: 'at-least' }],
  ['التي تبعد أقل من 20 كيلومترا جنوبي باريس', '20', 20, { unit: 'كيلومترا', approx: 'less-than' }],
  ['لآثار أقدام بشرية متكونة من أكثر من 400 أثر', '400', 400, { approx: 'more-than' }],
  ['في 2004 أوقع 628 قتيلا', '628', 628],
  ['من قبل 1,500 شخص', '1,500', 1500],
  ['بلغت ٣٫٥ بالمئة', '٣٫٥ بالمئة', 3.5, pct],
  ['أكثر من ١٠٬٠٠٠ لاجئ', '١٠٬٠٠٠', 10_000, { approx: 'more-than' }],
  ['قدرت الخسائر بـ 5 000 دينار', '5 000', 5000],
  // A word glued to a percentage or an amount by a missing space (typing slips in agency copy).
  ['منذ ثلاثة أشهر، لتستقر في حدود3.7 %". وذكر المعهد', '3.7 %', 3.7, pct], // to settle at about 3.7 %
  ['حوالي 50 ألف طن بعائدات ناهزت500 مليون دينار', '500 مليون', 500_000_000, { unit: 'دينار' }],
  // A multiplier or a counted noun written against the digits: «6آلاف» (6,000), «2000تلميذ» (2,000 pupils) — no year.
  ['طلب للحصول على المعلومات المتعلقة بأكثر من 6آلاف مستخدما', '6آلاف', 6000, { approx: 'more-than' }],
  ['الذي يمسح 3 هكتارات، ويضم أكثر من 2000تلميذ وتلميذة', '2000', 2000, { approx: 'more-than' }],
  ['وسجلت اسهمها زيادة بنسبة4.76 بالمائة', '4.76 بالمائة', 4.76, pct],
  // No conjunction as the counted noun: «وهم» (and they are) is no unit.
  ['الاحتفاظ بالأشخاص الأربعة وهم أصيلي قليبية', 'الأربعة', 4, { unit: null }], // the four people, who are from Kelibia
  // A number that could be a year counts what another number of the article counts.
  ['تمكين 3910 شاب بولاية سيدي بوزيد و3750 شاب بولاية جندوبة و1930 شاب بولاية الكاف', '1930', 1930, { unit: 'شاب' }], // 1,930 young people
  ['سعر الكيلوغرام الذي ارتفع إلى 2800 مليم مقابل 1900 مليم في سبتمبر', '1900', 1.9, { unit: 'مليم', currency: 'TND' }], // 1,900 millimes (1.9 TND) against 2,800
  // «عقد» as a contract, not a decade: many of them, and no duration cue before.
  ['بقيمة تقدر بـ 6.5 مليون دينار، وإمضاء 500 عقد في إطار برنامج', '500', 500, { unit: 'عقد' }], // 500 contracts signed
  ['حيث شهدت سنة 2016 تجديد 8 عقود لشركات بيترولية', '8', 8, { unit: 'عقود' }], // 8 contracts renewed
  // Ages: the number of a duration in an age slot is a quantity too (the duration stays a time).
  ['تبين أنه مواطن ألماني الجنسية ويبلغ من العمر 35 عاما، وتم', '35', 35, { unit: 'عاما' }], // aged 35
  ['تقدمت فتاة تبلغ من العمر 18 سنة مساء أمس بشكوى', '18', 18, { unit: 'سنة' }],
  ['فالرضيع البالغ من العمر ثمانية أشهر يعاني من مرض', 'ثمانية', 8, { unit: 'أشهر' }], // an eight-month-old baby
  // (Past an approximator: «women aged over 64», «a man aged about 40».)
  ['تتبع الباحثون حركة 1481 سيدة، يبلغن من العمر أكثر من 64 عاما', '64', 64, { unit: 'عاما', approx: 'more-than' }],
  ['وتوفي رجل يبلغ من العمر حوالي 40 سنة', '40', 40, { unit: 'سنة', approx: 'about' }],
  ['طفل عمره 10 سنوات ويشكو من إعاقة', '10', 10, { unit: 'سنوات' }], // a boy whose age is 10
  ['وقال جان بيكر إن حالة بوش (92 عاما) مستقرة', '92', 92, { unit: 'عاما' }], // Bush (92)
  ['مهند (8سنوات) وإسراء (6 سنوات) والذين توجها', '6', 6, { unit: 'سنوات' }],
  ['الأطفال الذين تجاوزوا سن 6 أشهر والحوامل', '6', 6, { unit: 'أشهر' }], // past the age of 6 months
  ['ثلاثة أطفال تتراوح أعمارهم بين أربع سنوات وثمانية سنوات، وقد', 'أربع', 4, { unit: 'سنوات' }], // aged between four and eight
  ['ثلاثة أطفال تتراوح أعمارهم بين أربع سنوات وثمانية سنوات، وقد', 'ثمانية', 8, { unit: 'سنوات' }],
  ['اتهمت 3 آخرين تتراوح أعمارهم بين 27 سنة و64 سنة بالتواطؤ', '64', 64, { unit: 'سنة' }],
  // «aged between 30 and 55», «between 4 and 8 years»: the second age of a range whose first has no time noun.
  ['أجريت على أشخاص تتراوح أعمارهم بين 30 إلى 55 عامًا، والثانية', '55', 55, { unit: 'عامًا' }],
  ['أطفال تتراوح أعمارهم بين 4 و8 سنوات في المدرسة', '8', 8, { unit: 'سنوات' }],
  ['رضيع يبلغ من العمر سنتين من الموت المحقق', 'سنتين', 2, { unit: null }], // two years old (a dual)
  // An age among counts and a dual: each found, the layer in text order (the invariant check).
  ['أصيب طفل عمره 10 سنوات بجروح وأوقف 3 أشخاص ورجلين آخرين', 'رجلين', 2, { unit: 'رجل' }], // a boy aged 10 … 3 people and two men
  // An age set off by commas after a name, as translated wire copy writes it: «James Toliver, 58, …».
  ['كان جيمس توليفر (James Toliver)، 58 عاما، سائق شاحنة متقاعد', '58', 58, { unit: 'عاما' }],
  // A preposition or approximator that lost its space before the digits.
  ['ارتفع من 3986 حادثا إلى4084 حادثا بين 2014 و2015', '4084', 4084, { unit: 'حادثا' }],
  ['تسبب في مقتل 16 شخصا وإصابة نحو85 آخرين', '85', 85, { approx: 'about' }],
  // «واحد» (one) after the indefinite noun it counts.
  ['وتمكنت من انتشال جثة واحدة، دون أن يورد البيان', 'واحدة', 1, { unit: 'جثة' }],
  ['في حين قدمت تونس والعراق طلبا واحدا، أما العدد الأكبر', 'واحدا', 1, { unit: 'طلبا' }],
  ['بموافقة 100 نائب واعتراض نائب واحد واحتفاظ ستة نواب', 'واحد', 1, { unit: 'نائب' }],
  // Fractions: a fraction word before the noun it divides, a count of a plural fraction.
  ['مما مكّن تونس من تغطية نصف حاجياتها الدوائية', 'نصف', 0.5, { unit: 'حاجياتها' }],
  ['بموافقة ثلثي الأعضاء', 'ثلثي', 2 / 3, { unit: 'الأعضاء' }],
  ['يمكن للبرلمان طلب فتح تحقيق بغالبية ثلاثة أخماس الأعضاء', 'ثلاثة أخماس', 0.6],
  // «الاثنين» after a definite plural it counts: «المتهمين الاثنين» (the two accused).
  ['إن هذه الاحكام صدرت ضد المتهمين الاثنين بعد ثبوت الادانة', 'الاثنين', 2, { unit: 'المتهمين' }],
  // «ذو 25 سنة» (aged 25; lit. «possessor of 25 years»).
  ['البالغة 19 عاما وليوناردو سانتوس ذو 25 سنة اصطدما بصخرة', '25', 25, { unit: 'سنة' }],
  ['و كان الحارس الألماني , 25 عاما , قد إلتحق بصفوف برشلونة سنة 2014', '25', 25, { unit: 'عاما' }],
  // Ranges: the unit, currency and multiplier written once after the second number, also with a dash.
  ['وباستثمارات متوقعة تتراوح بين 4 و8 تريليونات دولار', '4', 4e12, USD], // between 4 and 8 trillion dollars
  ['يتراوح بين 300 و350 الف شخص', '300', 300_000, { unit: 'شخص' }],
  ['بين 188 و208 مليون بيضة', '188', 188_000_000, { unit: 'بيضة' }],
  ['عرض ما يقدر بـ 30-35 مليون يورو كدخل سنوي للاعب', '30', 30_000_000, EUR],
  ['عرض ما يقدر بـ 30-35 مليون يورو كدخل سنوي للاعب', '35 مليون', 35_000_000, EUR],
  ['بين 1.5 و2 مليار دولار', '1.5', 1.5e9, USD],
  ['تتراوح نسبة النجاح بين 60-70 %', '60', 60, pct],
  ['وعلى مسافة 150 — 200 متر عن مدرج الطيران', '150', 150, { unit: 'متر' }],
  // One-letter units: «ن» (points) in league tables, «غ» (grams), «م» (metres), «ل» (litres).
  ['الترتيب : 1- الملعب القابسي 16 ن 2- نادي حمام الأنف 13 ن 3- مستقبل قابس 13 ن', '16', 16, { unit: 'ن' }],
  ['1- الترجي الرياضي 15 ن 2- النجم الساحلي 12ن 3- النادي الصفاقسي 5 ن', '12', 12, { unit: 'ن' }],
  ['وحجز 500 غ من مادة القنب الهندي', '500', 500, { unit: 'غ' }],
  ['بالخصائص التالية : - الطول: 93.12 م - العرض: 17.56 م', '17.56', 17.56, { unit: 'م' }],
  ['في حاويات بلاستيكية سعة 19 ل تقدر بـ 5719 لتر', '19', 19, { unit: 'ل' }],
  ['وتتعلق الفرضيات بتوجيه 2700 م د لدعم المواد الأساسية', '2700', 2_700_000_000, { unit: 'م د', currency: null }],
  ['وزعت الجمعية 300 ل"العائلات المعوزة" في الجهة', '300', 300, { unit: null }], // «ل» written apart: a proclitic, not litres
];

/** Phrases and a number in them that is NOT a quantity: years, dates, laws, ordinals, names, scores, durations. */
const NOT_QUANTITIES: [phrase: string, number: string][] = [
  // A fraction that divides nothing: the semi-final, an indefinite noun.
  ['تأهل الفريق إلى الدور نصف النهائي', 'نصف'],
  ['بلغ الفريق نصف نهائي الكأس', 'نصف'],
  ['وحجز مسدس رشاش وبندقية نصف آلية من نوع سيمونوف', 'نصف'], // a semi-automatic rifle
  // «واحد» that counts nothing: at once, each one, one of, once, unilaterally.
  ['في سياق مسار وطني واقليمي في آن واحد، معتبرا', 'واحد'],
  ['تحتوي كل واحدة منها على خاتم وسلسلة', 'واحدة'],
  ['مشيرا إلى أن الحملة هي واحدة من الجهود التي تقوم بها', 'واحدة'],
  ['إذا أقدم أحد الطرفين على الكذب مرة واحدة فهذا يعني', 'واحدة'],
  ['انتهى وقف القتال المعلن من جانب واحد نظرا لسياسة الحرب', 'واحد'],
  ['وتضم شابا واحدا من بين المتهمين', 'واحدا'],
  ['بعد خلاف نشب بين قائد طائرة وأحد الفنيين', 'وأحد'], // and one of the technicians
  ['في عطب عدة سيارات، من بينها واحدة احترقت كليا', 'واحدة'],
  ['بنتيجة مجموعتين مقابل واحدة', 'واحدة'], // two sets to one
  ['تم حجزها منذ سنة 2011 في المطارات', '2011'],
  // «لتسع» is «to hold» here, not «for nine» (the expansion of the stadium to hold 50,000 spectators).
  ['وتهدف توسعة الملعب لتسع 50 ألف متفرج', 'تسع'],
  ['في الأشهر الأولى من 2017، إضافة إلى إقرارها', '2017'],
  ['الأمر الحكومي عدد 1123 لسنة 2016 المؤرخ في 24 أوت', '1123'],
  ['الأمر الحكومي عدد 1123 لسنة 2016 المؤرخ في 24 أوت', '24'],
  ['لاحكام القانون عدد 64 لسنة 1991 المؤرخ في 29 جويلية', '64'],
  ['البنك المركزي طبقا لأحكام الفصل 80 من القانون الأساسي', '80'],
  ['الفصل 80 من القانون الأساسي عدد 35 لسنة 2016', '35'],
  ['على الفصل 63 من مشروع قانون المالية', '63'],
  ['أعلن عن إلغاء المادة 522 بقانون العقوبات', '522'],
  ['بحسب الدستور التركي، المادة 92 موافقة الأكثرية', '92'],
  ['وبتفعيل المادة 50 من معاهدة لشبونة', '50'],
  ['في الأمر الوقتي رقم 80 لسنة 2017', '80'],
  ['في المبنى رقم 3 بالمطار', '3'],
  ['منافسات الدورة الأولمبية الـ32 في ريودي جانيرو', '32'],
  ['الحرب الأهلية في لبنان (1975-1990) حاملة شعار', '1975'],
  ['بشأن التهاب الكبد للفترة 2016-2021', '2021'],
  ['فاز الفريق 2-1 على منافسه', '2'],
  ['طائرات إف-16 الأمريكية', '16'],
  ['إنتاج هاتف (غالاكسي S8)', '8'],
  ['*خزامة الغربية *سهلول1 *سهلول4', '1'],
  ['1- الرئيس التنفيذي لشركة', '1'],
  // Scores and satellite parameters written with a dash: the second number is not the end of a range.
  ['* نسر طبلبة  18– 22 نادي كرة اليد بجمال', '22'],
  ['بنتيجة 4 – 1، في المباراة النهائية', '1'],
  ['ياه سات التردد: 12015 – 27500 – 3/4 – أفقى', '27500'],
  // Items of numbered lists inside a line: a league table, a ranking.
  ['الترتيب : 1- الملعب القابسي 16 ن 2- نادي حمام الأنف 13 ن 3- مستقبل قابس 13 ن', '2'],
  ['الدول الأكثر سمنة حول العالم: 1 - ساموا الأميركية 2 - ناورو 3 - جزر كوك', '2'],
  ['6- مستقبل المرسى 14 ن 6- نادي حمام الأنف 12 ن', '6'],

  ['للاتصال على الرقم 71234567', '71234567'],
  ['مولودة في 23/08/2002، قاطنة المروج', '23'],
  ['الأربعاء 18 جانفي 2017 في موعد استثنائي', '18'],
  ['لحادثة وقعت ليلة 14 جانفي 2011', '2011'],
  ['تنطلق فعالياته من 5 إلى 21 ماي 2017', '5'],
  ['لمدّة 60 دقيقة قصّة مجموعة من الشباب', '60'],
  ['المناوشات التي حصلت لمدة 4 ساعات', '4'],
  ['يمارس هذه المهنة منذ 20 سنة', '20'],
  ['على امتداد خمسة أيام بداية من 24 أفريل 2017', 'خمسة'],
  ['في أقل من 9 ساعات رغم ساقه المبتورة', '9'],
  ['الساعة 15:30 بتوقيت تونس', '15'],
  ['في الدورة التاسعة والستين لمهرجان كان', 'التاسعة'],
  ['كمية متبقية من كميات أخرى', 'مية'],
  ['لست أدري ما حدث', 'ست'],
  ['آلاف المتظاهرين في الشوارع', 'آلاف'],
  ['عشرات الاختبارات من بينها', 'عشرات'],
  ['مئات الصور التي تجسد مرحلة', 'مئات'],
  ['أحد المسؤولين في الوزارة', 'أحد'],
  ['في اليوم الواحد', 'الواحد'],
  ['للاعب جون أودوميغو في الدقيقة 54 و أضاف زميله', '54'], // the 54th minute of a match
  ['حل المنتخب التونسي في المرتبة 42 عالميا و السابعة إفريقيا', '42'], // 42nd in the world ranking
  ['و تحتل شبيبة القبائل المركز 14 في الترتيب العام', '14'], // 14th place
  // Durations that are not ages: a term in brackets written in words or counted in months.
  ['من أجل السرقة (سنة واحدة) ومسك واستعمال المدلس (سنتان).', 'سنة واحدة'],
  ['من أجل السرقة (سنة واحدة) ومسك واستعمال المدلس (سنتان).', 'سنتان'],
  ['طيلة فترة الاشغال (6 اشهر).', '6'],
  ['عمل في الشركة 5 سنوات قبل أن يستقيل', '5'],
  // An approximator after «البالغة» (amounting to) alone is no age: «the concession's term of about 30 years».
  ['وتم التمديد في مدة الامتياز البالغة حوالي 30 سنة', '30'],
];

const found = (quantities: readonly Quantity[], text: string, value: number): Quantity | undefined =>
  quantities.find((q) => q.text === text && q.value === value);

test(`quantities: ${ROWS.length} real phrases resolve to their values`, () => {
  assert.ok(ROWS.length >= 150, 'the table keeps at least 150 phrases');
  const failures: string[] = [];
  for (const [phrase, text, value, expect] of ROWS) {
    const doc = analyze(phrase, { date: '2017-05-12' });
    assert.deepEqual(checkInvariants(doc), [], phrase);
    const q = found(doc.quantities, text, value);
    if (!q) {
      failures.push(`${phrase}: expected «${text}» = ${value}, got ${JSON.stringify(doc.quantities.map((x) => [x.text, x.value]))}`);
      continue;
    }
    for (const key of ['unit', 'currency', 'approx'] as const) {
      if (expect && key in expect && q[key] !== expect[key]) failures.push(`${phrase}: ${key} ${String(q[key])}, expected ${String(expect[key])}`);
    }
  }
  assert.deepEqual(failures, []);
});

test(`quantities: ${NOT_QUANTITIES.length} numbers that are not quantities are left out`, () => {
  const failures: string[] = [];
  for (const [phrase, number] of NOT_QUANTITIES) {
    const doc = analyze(phrase, { date: '2017-05-12' });
    assert.deepEqual(checkInvariants(doc), [], phrase);
    const at = phrase.indexOf(number);
    assert.ok(at >= 0, `${number} in ${phrase}`);
    const hit = doc.quantities.find((q) => q.start < at + number.length && at < q.end);
    if (hit) failures.push(`${phrase}: «${hit.text}» = ${hit.value}`);
  }
  assert.deepEqual(failures, []);
});

test('quantities: a bare دينار takes the currency of the country the article is about', () => {
  const text = 'أعلنت وزارة المالية التونسية أن تونس خصصت 500 ألف دينار لدعم الفلاحين في تونس وصفاقس.';
  const doc = analyze(text, { date: '2017-05-12' });
  assert.deepEqual(checkInvariants(doc), []);
  assert.equal(found(doc.quantities, '500 ألف', 500_000)?.currency, 'TND');
  const iraq = analyze('قالت الحكومة العراقية إن العراق أنفق 3 مليارات دينار على إعمار الموصل في العراق.', { date: '2017-05-12' });
  assert.equal(found(iraq.quantities, '3 مليارات', 3e9)?.currency, 'IQD');
  const unclear = analyze('دفع 20 دينارا ثمنا للتذكرة.', { date: '2017-05-12' });
  assert.equal(found(unclear.quantities, '20', 20)?.currency, null);
  // (Thirty-first round.) Tunisia's governorate seats and its delegations («معتمدية») name it too: «The delegation of Sbeitla
  // in Kasserine received 2 million dinars for the project», «300 thousand dinars to the municipality of Monastir».
  const delegation = analyze('تحصلت معتمدية سبيطلة من ولاية القصرين على 2 مليون دينار لإنجاز المشروع.', { date: '2017-05-12' });
  assert.equal(found(delegation.quantities, '2 مليون', 2e6)?.currency, 'TND');
  const monastir = analyze('خصصت البلدية 300 ألف دينار لتهيئة الشوارع في المنستير.', { date: '2017-05-12' });
  assert.equal(found(monastir.quantities, '300 ألف', 300_000)?.currency, 'TND');
});

test('quantities: the source makes a bare دينار clear — a country domain, or a national outlet on a generic domain', () => {
  // «The customs seized smuggled cigarettes worth 120 thousand dinars» on a Tunisian radio's site.
  const text = 'حجزت وحدات الديوانة سجائر مهربة بقيمة 120 ألف دينار.';
  const rows: [url: string | undefined, currency: string | null][] = [
    ['http://www.jawharafm.net/ar/article/x/105/1', 'TND'],
    ['https://www.tap.info.tn/ar/x', 'TND'],
    ['https://www.alghad.com/x', 'JOD'],
    ['https://example-news.com/x', null],
    [undefined, null],
  ];
  for (const [url, currency] of rows) {
    const doc = analyze(text, { date: '2017-01-07', url });
    assert.deepEqual(checkInvariants(doc), []);
    assert.equal(found(doc.quantities, '120 ألف', 120_000)?.currency, currency, String(url));
  }
  // An outlet counts as two mentions (a country domain as five): three mentions of Algeria outweigh a
  // Tunisian site, two leave it unclear.
  const site = 'http://www.jawharafm.net/ar/article/x/105/1';
  const algeria = analyze('أعلنت السلطات الجزائرية أن الجزائر خصصت 5 ملايين دينار لمشروع في الجزائر العاصمة.', { date: '2017-01-07', url: site });
  assert.equal(found(algeria.quantities, '5 ملايين', 5e6)?.currency, 'DZD');
  const tie = analyze('أعلنت السلطات الجزائرية أن الجزائر خصصت 5 ملايين دينار للمشروع.', { date: '2017-01-07', url: site });
  assert.equal(found(tie.quantities, '5 ملايين', 5e6)?.currency, null);
  assert.equal(outletCountry('https://news.youm7.com/story/1'), 'eg');
  assert.equal(domainCountry('https://www.spa.gov.sa/x'), 'sa');
});

test('quantities: spans leave out the clitics attached to number words and keep the digits exact', () => {
  const text = 'وصل وثلاثة آلاف زائر و4 تونسيين بـ300 دينار';
  const doc = analyze(text);
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(doc.quantities.map((q) => [q.text, q.value]), [['ثلاثة آلاف', 3000], ['4', 4], ['300', 300]]);
});

test('quantities and times: plain objects, and the same layers whether documents go through the stages one by one or in batches', async () => {
  const { createDocument } = await import('../src/document.ts');
  const { defaultStages } = await import('../src/analyze.ts');
  const [segment, quantities, times] = defaultStages();
  const context = { report() {} };
  // Short real-style texts with quantities, dates, a duration inside a date, a clock time and a range.
  const texts = [
    'أعلنت الحكومة التونسية في تونس اليوم الجمعة تخصيص 3 ملايين ونصف دينار، أي أكثر من 15 بالمئة من ميزانية 2017.', // 3.5 million (Tunisian) dinars, more than 15 %
    'وصل الوفد منذ ثلاثة أيام إلى صفاقس، وسيبقى حتى 21 ماي 2017 على الساعة العاشرة صباحا.', // three days ago … until 21 May 2017 at 10 a.m.
    'ارتفع عدد الزوار من 500 إلى 600 ألف زائر خلال سنتين (1936 - 1939).', // from 500 to 600 thousand visitors in two years
    'لا شيء هنا', // nothing here
  ];
  const make = (): ReturnType<typeof createDocument>[] =>
    texts.map((text) => {
      const doc = createDocument(text, { date: '2017-05-12' });
      segment!.run(doc, context);
      return doc;
    });
  const oneByOne = make();
  for (const doc of oneByOne) for (const stage of [quantities!, times!]) stage.run(doc, context);
  const batched = make();
  for (const stage of [quantities!, times!]) for (const doc of batched) stage.run(doc, context);
  // Quantities twice over the batch before the times stage, and the times stage twice.
  const twice = make();
  for (const stage of [quantities!, quantities!, times!, times!]) for (const doc of twice) stage.run(doc, context);
  for (const docs of [batched, twice]) {
    assert.deepEqual(JSON.stringify(docs.map((d) => [d.quantities, d.times])), JSON.stringify(oneByOne.map((d) => [d.quantities, d.times])));
  }
  for (const doc of oneByOne) {
    assert.deepEqual(checkInvariants(doc), []);
    for (const item of [...doc.quantities, ...doc.times]) {
      assert.equal(Object.getPrototypeOf(item), Object.prototype);
      assert.deepEqual(item, { ...item });
    }
  }
  assert.deepEqual(oneByOne[0]!.quantities.map((q) => [q.text, q.value, q.currency]), [['3 ملايين ونصف', 3_500_000, 'TND'], ['15 بالمئة', 15, null]]);
  assert.ok(oneByOne[1]!.times.some((t) => t.value === '2017-05-21T10:00' || t.value === '2017-05-21'));
});

test('quantities and times: a document without any keeps an empty array of its own; a filled layer is emptied when its text no longer has any', async () => {
  const { createDocument } = await import('../src/document.ts');
  const { defaultStages } = await import('../src/analyze.ts');
  const { findQuantities } = await import('../src/numbers/index.ts');
  const [segment, quantities, times] = defaultStages();
  const context = { report() {} };
  const run = (doc: ReturnType<typeof createDocument>): void => {
    for (const stage of [segment!, quantities!, times!]) stage.run(doc, context);
  };
  // «the minister said the situation is stable»: no number, no time.
  const none = [createDocument('قال الوزير إن الوضع مستقر.'), createDocument('أكد المدير أن العمل متواصل.')];
  const own = none.map((doc) => [doc.quantities, doc.times]);
  for (const doc of none) run(doc);
  none.forEach((doc, k) => {
    assert.equal(doc.quantities, own[k]![0]);
    assert.equal(doc.times, own[k]![1]);
    assert.deepEqual(checkInvariants(doc), []);
  });
  // Never a shared or frozen array: each document's layers are its own to change.
  assert.notEqual(none[0]!.quantities, none[1]!.quantities);
  assert.notEqual(none[0]!.times, none[1]!.times);
  for (const doc of none) assert.ok(!Object.isFrozen(doc.quantities) && !Object.isFrozen(doc.times));
  assert.ok(!Object.isFrozen(findQuantities(none[0]!)));
  // «three days ago, 5 people»: filled; then the same document with a text without any.
  const doc = createDocument('منذ ثلاثة أيام أصيب 5 أشخاص.', { date: '2017-05-12' });
  run(doc);
  assert.equal(doc.quantities.length, 1);
  assert.ok(doc.times.length >= 1);
  doc.text = 'قال الوزير إن الوضع مستقر.';
  run(doc);
  assert.deepEqual([doc.quantities, doc.times], [[], []]);
  assert.ok(!Object.isFrozen(doc.quantities) && !Object.isFrozen(doc.times));
  assert.deepEqual(checkInvariants(doc), []);
});

test('quantities: duals count two of what they name; plurals, names, adjectives, time units and definite forms do not', () => {
  // [phrase, expected duals as [text, unit]]
  const rows: [string, [string, string][]][] = [
    // «two people were killed and three others injured»
    ['قتل شخصين في الهجوم وأصيب 3 آخرون', [['شخصين', 'شخص']]],
    // «two men died and two women were injured»: the nominative duals.
    ['توفي رجلان وأصيبت امرأتان', [['رجلان', 'رجل'], ['امرأتان', 'امرأة']]],
    // «two soldiers were injured»
    ['أصيب جنديين في الهجوم', [['جنديين', 'جندي']]],
    // «he travelled with two young men»: the proclitic stays out of the span, the agreeing adjective is not counted again.
    ['سافر لشخصين شابين', [['شخصين', 'شخص']]],
    // «it lasted two days»: a duration (times), «the two parties»: definite, «players» and «Suleiman»: a plural and a name.
    ['استمر الاجتماع يومين بين الطرفين وحضره لاعبين من الفريق مع سليمان', []],
  ];
  for (const [phrase, expected] of rows) {
    const doc = analyze(phrase, { date: '2017-05-12' });
    assert.deepEqual(checkInvariants(doc), [], phrase);
    assert.deepEqual(doc.quantities.filter((q) => q.value === 2 && q.unit !== null && !/\d/u.test(q.text)).map((q) => [q.text, q.unit]), expected, phrase);
  }
});

test('quantities: the candidate scan hashes every word as textHash does (its inline copy, pinned to the reference)', async () => {
  const { textHash, tokenHashesOf } = await import('../src/numbers/atoms.ts');
  const LAM_ALEF = '\uFEFB'; // «ﻻ», a presentation-form ligature: normalises to two letters, so no hash
  const phrases = [
    // «the company made 3 million dinars in April»: hamza forms, the article, a currency noun.
    'حقّقت الشركة 3 ملايين دينار في أفريل الماضي',
    // «about a thousand two hundred people»: tatweel and short vowels inside number words.
    'نحو ألــف ومِائَتَيْ شخصٍ إلى غاية اليوم',
    // «no more than 15 percent of the Tunisian budget», with the ligature and a Latin word.
    `${LAM_ALEF} يتجاوز ١٥ بالمئة من ميزانية STEG التونسية`,
  ];
  for (const phrase of phrases) {
    const doc = analyze(phrase, { date: '2017-05-12' });
    assert.deepEqual(checkInvariants(doc), [], phrase);
    const hashes = tokenHashesOf(doc);
    const want = doc.tokens.map((t) => (t.kind === 'word' || t.kind === 'latin' ? textHash(doc.text, t.start, t.end) : -1));
    assert.deepEqual([...hashes.subarray(0, doc.tokens.length)], want, phrase);
    assert.ok(want.some((h) => h >= 0), phrase);
  }
  const withLigature = analyze(`${LAM_ALEF} يتجاوز`);
  assert.equal(tokenHashesOf(withLigature)[0], -1);
});

test('quantities: the candidate scan notes every word the duals table can read (its -ين/-ان prefilter drops none)', async () => {
  const { dualEndingsOf } = await import('../src/numbers/atoms.ts');
  const { findDuals } = await import('../src/numbers/duals.ts');
  const phrases = [
    'قتل شخصين في الهجوم وأصيب 3 آخرون', // «two people were killed and three others injured»
    'توفي رجلان وأصيبت امرأتان وسافر لشخصين شابين', // «two men died, two women were injured; he travelled with two young men»
    'أصيب جنديين واعتقل مواطنين في سيارتين', // «two soldiers were injured, citizens arrested, in two cars»
  ];
  for (const phrase of phrases) {
    const doc = analyze(phrase, { date: '2017-05-12' });
    assert.deepEqual(checkInvariants(doc), [], phrase);
    const endings = dualEndingsOf(doc);
    const every = Int32Array.from(doc.tokens.keys());
    const scanned = findDuals(doc.text, doc.tokens, endings.tokens, endings.count, [], 0, []);
    assert.ok(scanned && scanned.length > 0, phrase);
    assert.deepEqual(scanned, findDuals(doc.text, doc.tokens, every, every.length, [], 0, []), phrase);
  }
});
