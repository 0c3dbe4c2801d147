/**
 * The alias table: names that denote one entity although neither contains the other — country names
 * and their short forms, organisation acronyms and their expansions, Latin-script forms.
 *
 * Country names come from Node's ICU data (CLDR, via `Intl.DisplayNames`, Arabic and English), plus
 * the common short and variant forms that CLDR lacks. Users extend the table with
 * `entities({ aliases: [...] })`.
 */
import type { EntityType } from '../document.ts';
import { nameTokens, stripArticle } from './keys.ts';
import { COUNTRY_VARIANTS } from '../text/country-names.ts';

/** One group of names for one entity. */
export interface AliasGroup {
  /** The entity type the names denote. */
  type: EntityType;
  /** Every name, in any script; the first is the preferred one. */
  names: string[];
}


/** Organisations known by an acronym, a short name or a foreign name. */
const ORGANISATIONS: string[][] = [
  ['حركة المقاومة الإسلامية', 'حماس', 'حركة حماس', 'Hamas'],
  ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو', 'حلف الأطلسي', 'ناتو', 'NATO'],
  ['مكتب التحقيقات الفيدرالي', 'مكتب التحقيقات الفدرالي', 'أف بي آي', 'إف بي آي', 'اف بي اي', 'FBI'],
  ['وكالة المخابرات المركزية الأمريكية', 'وكالة المخابرات المركزية', 'وكالة الاستخبارات المركزية', 'سي آي إيه', 'سي اي ايه', 'وكالة الاستخبارات المركزية الأمريكية', 'وكالة الاستخبارات المركزية الأميركية', 'السي آي إي', 'السي اي اي', 'سي آي إي', 'سي آي أي', 'CIA'],
  ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'هيئة الأمم المتحدة', 'الأمم المتحدة', 'United Nations', 'UN'],
  ['الاتحاد الأوروبي', 'الاتحاد الاوروبي', 'European Union', 'EU'],
  ['جامعة الدول العربية', 'الجامعة العربية', 'Arab League'],
  ['منظمة التحرير الفلسطينية', 'منظمة التحرير', 'PLO'],
  ['تنظيم الدولة الإسلامية', 'داعش', 'تنظيم داعش', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام', 'ISIS', 'ISIL'],
  ['تنظيم القاعدة', 'القاعدة', 'al-Qaeda', 'Al Qaeda'],
  ['حزب الله', 'Hezbollah'],
  // Intelligence services by their short names: «الموساد» (13 articles of the news corpus), which the tagger reads as a person.
  ['جهاز الموساد', 'الموساد', 'Mossad'],
  ['جهاز الأمن الفيدرالي الروسي', 'الأمن الفيدرالي الروسي', 'FSB'],
  // Iran's Revolutionary Guards, named in full first, then without the country («حسب بيان للحرس الثوري»).
  ['الحرس الثوري الإيراني', 'الحرس الثوري', 'حرس الثورة الإسلامية', 'IRGC'],
  // Yemen's Houthi movement, named by its plural as often as by its name («اتهمت السعودية الحوثيين …»).
  ['جماعة الحوثي', 'جماعة أنصار الله', 'أنصار الله', 'الحوثيون', 'الحوثيين', 'جماعة الحوثيين', 'Houthis'],
  ['منظمة الصحة العالمية', 'الصحة العالمية', 'WHO'],
  ['صندوق النقد الدولي', 'صندوق النقد', 'IMF'],
  ['البنك الدولي', 'البنك العالمي', 'World Bank'],
  ['مجلس الأمن الدولي', 'مجلس الأمن', 'UN Security Council'],
  ['المحكمة الجنائية الدولية', 'الجنائية الدولية', 'ICC'],
  ['منظمة العفو الدولية', 'العفو الدولية', 'Amnesty International', 'Amnesty'],
  ['هيومن رايتس ووتش', 'هيومن رايتس واتش', 'Human Rights Watch', 'HRW'],
  ['منظمة الأمم المتحدة للتربية والعلم والثقافة', 'اليونسكو', 'يونسكو', 'UNESCO'],
  ['منظمة الأمم المتحدة للطفولة', 'صندوق الأمم المتحدة للطفولة', 'اليونيسف', 'يونيسف', 'UNICEF'],
  ['منظمة البلدان المصدرة للنفط', 'أوبك', 'منظمة أوبك', 'OPEC'],
  ['الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'African Union'],
  ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'مجلس التعاون', 'GCC'],
  ['الاتحاد الدولي لكرة القدم', 'الفيفا', 'فيفا', 'FIFA'],
  // The US space agency, by its acronym, its description or its long name.
  ['وكالة الفضاء الأمريكية', 'ناسا', 'وكالة ناسا', 'النازا', 'وكالة الفضاء الأميركية', 'الإدارة الوطنية للملاحة الجوية والفضاء', 'إدارة الطيران والفضاء الأمريكية', 'NASA'],
  ['الاتحاد العام التونسي للشغل', 'اتحاد الشغل', 'المنظمة الشغيلة', 'الاتحاد العام للشغل', 'UGTT'],
  ['النقابة الوطنية للصحفيين التونسيين', 'نقابة الصحفيين التونسيين', 'نقابة الصحفيين', 'SNJT'],
  ['الاتحاد الدولي للصحفيين', 'الفيج', 'IFJ'],
  ['وكالة تونس إفريقيا للأنباء', 'وكالة تونس افريقيا للأنباء', 'وات', 'TAP'],
  ['وكالة الأنباء الفرنسية', 'وكالة فرانس برس', 'فرانس برس', 'وكالة فرنس برس', 'فرنس برس', 'أ ف ب', 'AFP'],
  ['وكالة رويترز', 'رويترز', 'Reuters'],
  ['وكالة أسوشيتد برس', 'أسوشيتد برس', 'الأسوشيتد برس', 'أسوشيتيد برس', 'الأسوسيتد برس', 'أسوسيتد برس', 'Associated Press', 'AP'],
  ['وكالة الأنباء السعودية', 'واس', 'SPA'],
  ['وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'البنتاغون', 'البنتاجون', 'Pentagon'],
  ['البيت الأبيض', 'White House'],
  ['الكرملين', 'Kremlin'],
  ['منظمة التجارة العالمية', 'WTO'],
  ['الوكالة الدولية للطاقة الذرية', 'وكالة الطاقة الذرية', 'IAEA'],
  ['اللجنة الاقتصادية والاجتماعية لغربي آسيا', 'الإسكوا', 'إسكوا', 'ESCWA'],
  ['جماعة الإخوان المسلمين', 'الإخوان المسلمين', 'الإخوان المسلمون', 'الإخوان', 'Muslim Brotherhood'],
  ['وكالة الأمن القومي الأمريكية', 'وكالة الأمن القومي الأميركية', 'وكالة الأمن القومي', 'إن إس إيه', 'ان اس ايه', 'NSA'],
  ['الشرطة الأوروبية', 'يوروبول', 'اليوروبول', 'Europol'],
  ['المجموعة الاقتصادية لدول غرب أفريقيا', 'المجموعة الاقتصادية لدول غرب إفريقيا', 'إيكواس', 'الإيكواس', 'الإكواس', 'ECOWAS'],
  ['المجلس الوزاري الإسرائيلي المصغر للشؤون الأمنية والسياسية', 'المجلس الوزاري الإسرائيلي المصغر', 'الكابينت', 'الكابينيت'],
  ['منظمة التعاون الإسلامي', 'منظمة المؤتمر الإسلامي', 'OIC'],
  // Humanitarian bodies that the press names without a head noun (the tagger reads «الهلال», the crescent, as a common noun).
  ['الهلال الأحمر', 'جمعية الهلال الأحمر', 'Red Crescent'],
  ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر', 'ICRC', 'Red Cross'],
  ['الدفاع المدني', 'Civil Defence'],
  ['أطباء بلا حدود', 'منظمة أطباء بلا حدود', 'MSF'],
  ['برنامج الأغذية العالمي', 'WFP'],
  ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية الأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين', 'UNHCR'],
  // Technology companies and platforms, which the press writes in several spellings («فيسبوك»، «فيس بوك»، «فايسبوك») and
  // which the tagger, trained on older news, reads as products or persons.
  ['فيسبوك', 'فيس بوك', 'فايسبوك', 'فايس بوك', 'Facebook'],
  ['غوغل', 'جوجل', 'قوقل', 'Google'],
  ['تويتر', 'Twitter'],
  ['يوتيوب', 'YouTube'],
  ['إنستغرام', 'إنستجرام', 'انستقرام', 'Instagram'],
  ['واتساب', 'واتس آب', 'WhatsApp'],
  ['مايكروسوفت', 'ميكروسوفت', 'Microsoft'],
  ['آبل', 'أبل', 'Apple'],
  ['سامسونغ', 'سامسونج', 'Samsung'],
  ['ويكيليكس', 'WikiLeaks'],
  ['سبيس إكس', 'سبيس اكس', 'SpaceX'],
  ['تسلا', 'تيسلا', 'Tesla'],
  // News agencies, by their Arabic acronyms (واج، قنا، وام …).
  ['وكالة الأنباء الجزائرية', 'واج', 'APS'],
  ['وكالة المغرب العربي للأنباء', 'وكالة المغرب العربي', 'لاماب', 'MAP'],
  ['وكالة الأنباء القطرية', 'قنا', 'QNA'],
  ['وكالة أنباء الإمارات', 'وام', 'WAM'],
  ['وكالة الأنباء الكويتية', 'كونا', 'KUNA'],
  ['وكالة الأنباء الأردنية', 'بترا', 'Petra'],
  ['الوكالة العربية السورية للأنباء', 'سانا', 'SANA'],
  ['وكالة أنباء الشرق الأوسط', 'أ ش أ', 'MENA'],
  ['وكالة الأناضول', 'وكالة أنباء الأناضول', 'Anadolu'],
  ['وكالة الأنباء الألمانية', 'د ب أ', 'DPA'],
  // Foreign newspapers the Tunisian press quotes: the French ones with their article written apart or joined («لو
  // باريزيان»، «لوباريزيان»), which the tagger cuts to «لو»; «واشنطن بوست», which it cuts to the city.
  ['لو باريزيان', 'لوباريزيان', 'Le Parisien'],
  ['لوموند', 'لو موند', 'Le Monde'],
  ['لوفيغارو', 'لو فيغارو', 'لوفيجارو', 'لو فيجارو', 'Le Figaro'],
  ['ليبراسيون', 'Libération'],
  ['لوبوان', 'لو بوان', 'Le Point'],
  ['جون أفريك', 'جون افريك', 'Jeune Afrique'],
  ['واشنطن بوست', 'الواشنطن بوست', 'Washington Post'],
  // The British papers, with the English article written «ذي» (which the tagger reads as a work's title).
  ['الإندبندنت', 'ذي إندبندنت', 'ذي اندبندنت', 'The Independent'],
  ['الغارديان', 'ذي غارديان', 'الجارديان', 'The Guardian'],
  ['ذي تايمز', 'التايمز', 'The Times'],
  ['نيويورك تايمز', 'النيويورك تايمز', 'New York Times'],
  // Football clubs by their nicknames (البارسا، الميرينغي، الشياطين الحمر). The city of Barcelona stays a place:
  // only «نادي برشلونة» is in the table.
  ['نادي ريال مدريد', 'ريال مدريد', 'النادي الملكي', 'الميرينغي', 'الميرينجي', 'Real Madrid'],
  ['نادي برشلونة', 'البارسا', 'البرسا', 'البلوغرانا', 'FC Barcelona'],
  ['مانشستر يونايتد', 'الشياطين الحمر', 'Manchester United'],
  ['يوفنتوس', 'جوفنتوس', 'اليوفي', 'السيدة العجوز', 'Juventus'],
  ['باريس سان جيرمان', 'باريس سان جرمان', 'PSG'],
  // Tunisian and Arab clubs, by the names the sports pages use (the corpus writes «النجم الساحلي» 331 times and
  // «الترجي الرياضي» 270 times, and the tagger reads «النجم», the star, as a common noun). Not the bare adjectives
  // «الإفريقي» (African), «الأهلي» (national) or «الرجاء» (please): the club's head noun or town goes with them.
  ['النجم الرياضي الساحلي', 'النجم الساحلي', 'نجم الساحل', 'Étoile du Sahel'],
  ['الترجي الرياضي التونسي', 'الترجي الرياضي', 'الترجي التونسي', 'الترجي', 'Espérance de Tunis'],
  ['الترجي الرياضي الجرجيسي', 'الترجي الجرجيسي', 'ترجي جرجيس'],
  ['النادي الإفريقي', 'النادي الافريقي', 'نادي الإفريقي', 'Club Africain'],
  ['النادي الرياضي الصفاقسي', 'النادي الصفاقسي', 'نادي الصفاقسي', 'CS Sfaxien'],
  ['النادي الرياضي البنزرتي', 'النادي البنزرتي', 'CA Bizertin'],
  ['الملعب التونسي', 'Stade Tunisien'],
  ['الاتحاد الرياضي المنستيري', 'الاتحاد المنستيري', 'US Monastir'],
  ['النجم الرياضي الرادسي', 'النجم الرادسي'],
  ['النادي الأهلي', 'الأهلي المصري', 'نادي الأهلي', 'Al Ahly'],
  ['نادي الزمالك', 'الزمالك المصري', 'الزمالك', 'Zamalek'],
  ['الوداد الرياضي', 'الوداد البيضاوي', 'Wydad'],
  ['الرجاء الرياضي', 'الرجاء البيضاوي', 'Raja'],
  ['نادي الهلال', 'الهلال السعودي', 'Al Hilal'],
  ['نادي النصر', 'النصر السعودي', 'Al Nassr'],
  ['شبيبة القبائل', 'JS Kabylie'],
  ['مولودية الجزائر', 'MC Alger'],
  ['وفاق سطيف', 'ES Sétif'],
  // Tunisian bodies and parties that the national press names in short forms.
  ['الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية', 'اتحاد الصناعة والتجارة والصناعات التقليدية', 'اتحاد الصناعة والتجارة', 'منظمة الأعراف', 'اتحاد الأعراف', 'UTICA'],
  ['حركة نداء تونس', 'نداء تونس', 'حزب نداء تونس', 'النداء', 'حزب النداء', 'حركة النداء', 'Nidaa Tounes'],
  ['حركة النهضة', 'حزب حركة النهضة', 'Ennahdha'],
  ['حزب آفاق تونس', 'آفاق تونس', 'حزب آفاق', 'Afek Tounes'],
  ['الجبهة الشعبية', 'الجبهة الشعبية التونسية', 'Front populaire'],
  ['الجبهة الشعبية لتحرير فلسطين', 'PFLP'],
  ['التيار الديمقراطي', 'حزب التيار الديمقراطي', 'Courant démocrate'],
  ['الحزب الجمهوري', 'Al Joumhouri'],
  ['الحزب الدستوري الحر', 'الدستوري الحر'],
  ['حركة مشروع تونس', 'مشروع تونس', 'حزب مشروع تونس', 'حركة المشروع', 'Machrouu Tounes'],
  // (Not the bare «تحيا تونس» (long live Tunisia) and «قلب تونس» (the heart of Tunis): everyday phrases.)
  ['حركة تحيا تونس', 'حزب تحيا تونس', 'Tahya Tounes'],
  ['حزب قلب تونس', 'Qalb Tounes'],
  ['ائتلاف الكرامة', 'Al Karama'],
  ['الاتحاد الوطني الحر', 'حزب الاتحاد الوطني الحر', 'UPL'],
  ['التكتل الديمقراطي من أجل العمل والحريات', 'حزب التكتل الديمقراطي من أجل العمل والحريات', 'حزب التكتل', 'Ettakatol'],
  ['حركة الشعب', 'Echaab'],
  ['حراك تونس الإرادة', 'حزب حراك تونس الإرادة', 'Harak Tounes el-Irada'],
  ['حزب المؤتمر من أجل الجمهورية', 'المؤتمر من أجل الجمهورية', 'حزب المؤتمر'],
  ['حزب المبادرة الوطنية الدستورية', 'حزب المبادرة', 'المبادرة الوطنية الدستورية', 'Al Moubadara'],
  ['منظمة أنا يقظ', 'أنا يقظ', 'I Watch'],
  // (The Court of Audit: «دائرة» is also a circle or a constituency.)
  ['دائرة المحاسبات', 'محكمة المحاسبات', 'Cour des comptes'],
  ['الهيئة العليا المستقلة للاتصال السمعي البصري', 'الهيئة العليا المستقلة للإتصال السمعي البصري', 'الهايكا', 'هايكا', 'HAICA'],
  ['الهيئة العليا المستقلة للانتخابات', 'هيئة الانتخابات', 'ISIE'],
  ['الرابطة التونسية للدفاع عن حقوق الإنسان', 'رابطة حقوق الإنسان', 'LTDH'],
  ['منظمة الدفاع عن المستهلك', 'ODC'],
  ['مجلس نواب الشعب', 'مجلس النواب', 'ARP'],
  // The public prosecution: «العمومية» in the Maghreb, «العامة» in the East, one body in an article.
  ['النيابة العامة', 'النيابة العمومية', 'Public Prosecution'],
  // Tunisian public companies and services the national press names by their short forms and acronyms.
  ['الخطوط التونسية', 'الخطوط الجوية التونسية', 'Tunisair'],
  ['الشركة التونسية للكهرباء والغاز', 'الستاغ', 'STEG'],
  ['الشركة الوطنية لاستغلال وتوزيع المياه', 'الصوناد', 'SONEDE'],
  ['الديوان الوطني للحماية المدنية', 'الحماية المدنية'],
  // Tunisia's gendarmerie and its administrative court, bodies the annotators name in 27 of the 47 and in all 6 of the
  // annotated articles that write them; Libya's unity government (all 7), by its full and short names.
  ['الحرس الوطني', 'Garde nationale'],
  ['المحكمة الإدارية', 'Tribunal administratif'],
  ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'Government of National Accord'],
  ['اتحاد المغرب العربي', 'Arab Maghreb Union'],
  ['المعهد الوطني للإحصاء', 'معهد الإحصاء', 'INS'],
  ['المعهد الوطني للرصد الجوي', 'معهد الرصد الجوي', 'INM'],
  ['الشركة الوطنية للسكك الحديدية التونسية', 'SNCFT'],
  ['شركة نقل تونس', 'Transtu'],
  // The French presidency by its palace.
  ['الرئاسة الفرنسية', 'قصر الإليزيه', 'الإليزيه', 'Élysée'],
];

/** Regions by more than one word, which the entity stage finds by the table: «المغرب العربي» (the Maghreb). */
const REGIONS: string[][] = [
  ['المغرب العربي', 'Maghreb'],
  // The nations of the United Kingdom, which CLDR lists under it: their nationality adjectives («الإنجليزية») need them.
  ['إنجلترا', 'انجلترا', 'إنكلترا', 'انكلترا', 'England'],
  ['اسكتلندا', 'إسكتلندا', 'Scotland'],
];

/** The built-in alias groups: countries (CLDR through `Intl`), regions and organisations. */
export function builtinAliases(): AliasGroup[] {
  const groups: AliasGroup[] = [];
  let ar: Intl.DisplayNames | undefined;
  let en: Intl.DisplayNames | undefined;
  try {
    ar = new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' });
    en = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  } catch {
    // Node without full ICU: the hand-written variants still apply.
  }
  const A = 'A'.charCodeAt(0);
  const byArabic = new Map<string, AliasGroup>();
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const arName = ar?.of(code);
      const variants = COUNTRY_VARIANTS[code] ?? [];
      if (!arName && !variants.length) continue;
      if (arName && arName === code) continue;
      // CLDR lists the United Nations, the European Union and the eurozone as regions: they are bodies.
      if (code === 'UN' || code === 'EU' || code === 'EZ') continue;
      const names = [arName, ...variants, en?.of(code)].filter((n): n is string => Boolean(n) && n !== code);
      // CLDR gives «الكونغو - كينشاسا»: the part before the dash is not a name of its own.
      if (!names.length) continue;
      // CLDR keeps old and alternative codes under the same Arabic name (UK beside GB, SU beside RU): one
      // country, one group — a second group would take the name from the first, so that «المملكة المتحدة»
      // no longer joins «بريطانيا».
      const same = arName ? byArabic.get(arName) : undefined;
      if (same) {
        for (const n of names) if (!same.names.includes(n)) same.names.push(n);
        continue;
      }
      const group: AliasGroup = { type: 'LOC', names };
      groups.push(group);
      if (arName) byArabic.set(arName, group);
    }
  }
  for (const names of REGIONS) groups.push({ type: 'LOC', names });
  for (const names of ORGANISATIONS) groups.push({ type: 'ORG', names });
  return groups;
}

/** A lookup from the key of a name (see {@link aliasKey}) to the group it belongs to. */
export interface AliasIndex {
  groups: readonly AliasGroup[];
  lookup(name: string): number | undefined;
}

/** The key under which a name is looked up: its name tokens, first article dropped. */
export function aliasKey(name: string): string {
  const tokens = nameTokens(name);
  if (tokens.length) tokens[0] = stripArticle(tokens[0]!);
  return tokens.join(' ');
}

/** Builds the lookup for a list of groups; later groups win over earlier ones for a shared name. */
export function createAliasIndex(groups: readonly AliasGroup[]): AliasIndex {
  const map = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const name of group.names) {
      const key = aliasKey(name);
      if (key) map.set(key, index);
    }
  });
  // «اليونيسيف / اليونيسف»: a body's one-word name of seven letters or more written with one long vowel
  // more or less. Every form of a listed one-word body name with one of its long vowels dropped, when only
  // one group gives it. Not for places: «أوروبا» is not Aruba (أروبا), «فرنسوا» (François) not France.
  const dropped = new Map<string, number | null>();
  for (const [key, index] of map) {
    // (Keys of eight letters or more: a dropped form is looked up only from seven letters on.)
    if (key.includes(' ') || key.length < 8 || /[a-z]/iu.test(key) || groups[index]!.type !== 'ORG') continue;
    for (const form of vowelDropped(key)) {
      const seen = dropped.get(form);
      dropped.set(form, seen === undefined || seen === index ? index : null);
    }
  }
  const loose = (key: string): number | undefined => {
    if (key.includes(' ') || key.length < 7) return undefined;
    const direct = dropped.get(key);
    if (direct !== undefined && direct !== null) return direct;
    let found: number | undefined;
    for (const form of vowelDropped(key)) {
      const index = map.get(form);
      if (index === undefined || groups[index]!.type !== 'ORG') continue;
      if (found !== undefined && found !== index) return undefined;
      found = index;
    }
    return found;
  };
  // (-1 for a name that is in no group: one look-up answers both whether it was seen and what it is.)
  const memo = new Map<string, number>();
  return {
    groups,
    lookup(name) {
      const seen = memo.get(name);
      if (seen !== undefined) return seen < 0 ? undefined : seen;
      const key = aliasKey(name);
      const found = map.get(key) ?? loose(key);
      if (memo.size > 50_000) memo.clear();
      memo.set(name, found ?? -1);
      return found;
    },
  };
}

/** The forms of a keyed word with one of its inner long vowels (ا و ي, not the first letter) dropped. */
function vowelDropped(key: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < key.length - 1; i++) if ('اوي'.includes(key[i]!)) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

let builtinIndex: AliasIndex | undefined;

/** The alias index of the built-in table, built once. */
export function defaultAliasIndex(): AliasIndex {
  return (builtinIndex ??= createAliasIndex(builtinAliases()));
}
