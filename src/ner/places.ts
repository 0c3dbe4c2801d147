/**
 * Places and news outlets the tagger misses in Tunisian news (`ner()` only, after the person
 * slots): the places after a head before the one-reading pass, which carries them to their
 * repeats ({@link proposePlaces}); names from the lists, coordinations, «تونس العاصمة» and quarters
 * («حي النصر») after it ({@link proposeNamedPlaces}).
 *
 * The tagger learnt from ANERcorp (Levantine and Gulf news) and the world-cities gazetteer, so it
 * does not know «صفاقس» (Sfax), the country's second city, and reads «بولاية قبلي» (in the
 * governorate of Kebili) as one name with its head noun, or not at all. Four rules, each looking at
 * the words around a few heads only:
 *
 * - a place after an administrative or geographic head in construct: «والي صفاقس» (the governor of
 *   Sfax), «بولاية قبلي», «معتمديات سكرة ورواد» (the delegations of Soukra and Raoued), «ضاحية
 *   خيتافي» (the suburb of Getafe), «جيبي سبتة ومليلية»; the word must be a known place or no
 *   common word (the person-slot test, {@link nameReading});
 * - a name the tagger found with its head noun loses the head, as the annotation guidelines write
 *   places: «ولاية القصرين» → «القصرين», «بلدية البرادعة» (the municipality of Bradaa) → «البرادعة»;
 * - a place coordinated with a place: «في القصرين وتطاوين وقبلي ومدنين»;
 * - Tunisian governorates and towns that are no common word, and news outlets («وات», the TAP
 *   agency; «رويترز», «فرانس 24»), wherever they stand; outlets whose name is also a common word or
 *   a place («الجزيرة», the island; «الأناضول», Anatolia) only after an outlet noun (قناة، وكالة …)
 *   or alone between brackets (a source line: «(الأناضول)»).
 *
 * The word lists are written for this project (places of Tunisia, big Arab cities the gazetteer
 * lacks, outlets read in the Tunisian press); nothing is copied from a list.
 *
 * @packageDocumentation
 */
import type { Tag } from './conll.ts';
import type { TaggedTokens } from './consistency.ts';
import type { Gazetteer, GazetteerType, WordFacts } from './features.ts';
import { fold, strips, type Strip } from './fold.ts';
import { nameReading, type SlotLexicon } from './slots.ts';
import { ONE_PLACE_HEADS, TRIGGERS } from './triggers.ts';
import { HARVESTED_PLACES } from './data/harvested-places.ts';

/** Folded word sequences, for a longest match from a first word. */
class Phrases {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(names: readonly string[]) {
    for (const name of names) {
      const words = name.split(/\s+/u).filter(Boolean).map(fold);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words.slice(1));
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  /**
   * Number of words of the longest phrase starting with `first` and going on with the words of
   * `next` from index `from` (up to `end`, exclusive), 0 if none.
   */
  match(first: string, next: readonly { word: string }[], from: number, end = next.length): number {
    const list = this.byFirst.get(first);
    if (!list) return 0;
    for (const rest of list) {
      if (from + rest.length > end) continue;
      let k = 0;
      while (k < rest.length && next[from + k]!.word === rest[k]) k++;
      if (k === rest.length) return rest.length + 1;
    }
    return 0;
  }

  /** The first words of the phrases. */
  firsts(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** True when some phrase starts with `first`. */
  starts(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** True for a one-word phrase. */
  has(word: string): boolean {
    return this.byFirst.get(word)?.some((rest) => rest.length === 0) ?? false;
  }
}

/**
 * Tunisian governorates and towns that are no common word: tagged wherever they stand. (Written
 * for this project. «الكاف», «قبلي», «المرسى», «سكرة» … are words too: see
 * {@link SLOT_PLACES}.)
 */
const TUNISIAN_PLACES = new Phrases([
  // Governorates (ولايات) by their seats.
  'أريانة', 'اريانة', 'بن عروس', 'منوبة', 'نابل', 'زغوان', 'بنزرت', 'باجة', 'جندوبة', 'سليانة', 'سوسة',
  'المنستير', 'المهدية', 'صفاقس', 'القيروان', 'القصرين', 'سيدي بوزيد', 'قابس', 'مدنين', 'تطاوين', 'قفصة', 'توزر',
  // Towns and delegations often in the news.
  'جربة', 'جرجيس', 'بن قردان', 'قرقنة', 'طبرقة', 'المتلوي', 'رادس', 'حمام الأنف', 'باردو', 'المنيهلة',
  'قليبية', 'منزل بورقيبة', 'منزل تميم', 'حلق الوادي', 'سيدي بوسعيد', 'مطماطة', 'جبنيانة', 'المكنين', 'قصر هلال',
  'نفطة', 'فريانة', 'سبيطلة', 'تاجروين', 'سجنان', 'تستور', 'مجاز الباب', 'عين دراهم', 'غار الدماء', 'أم العرائس',
  'المظيلة', 'القلعة الكبرى', 'حمام سوسة', 'بوسالم', 'الدندان', 'المرناقية', 'الكبارية', 'السيجومي', 'دوار هيشر',
  // Delegations and towns the corpus names fewer than three times after a head, or never (so the harvest misses
  // them), none of them a common word: «طبلبة» (Teboulba), «النفيضة» (Enfidha), «جمنة» (Jemna) …
  'طبلبة', 'قرمبالية', 'بني خيار', 'بني خلاد', 'دار شعبان الفهري', 'بئر علي بن خليفة', 'ميدون', 'جمنة', 'الوردانين',
  'قصيبة المديوني', 'زرمدين', 'فوشانة', 'مقرين', 'رأس جدير', 'رأس الجدير', 'بوشمة', 'غنوش', 'تاكلسة', 'منزل عبد الرحمان',
  'عمدون', 'نفزة', 'تيبار', 'جومين', 'بوعرقوب', 'بومهل', 'مرناق', 'قمرت', 'النفيضة', 'المسعدين', 'سيدي الهاني',
  'القلعة الصغرى', 'السبيخة', 'حفوز', 'الشراردة', 'سيدي علي بن عون', 'بئر الحفي', 'الصخيرة', 'منزل شاكر', 'ساقية الدائر',
  'الزارات', 'بني خداش', 'الذهيبة', 'دقاش', 'سيدي عيش', 'جدليان', 'القلعة الخصبة', 'الطويرف', 'غار الملح', 'منزل بوزلفة',
  'بئر مشارقة', 'حمام الشط', 'قلعة الأندلس', 'سيدي ثابت', 'خنيس', 'منزل الحبيب', 'وذرف',
  // «الحمامات» (Hammamet; also «the baths», a use the corpus's 280 cases never make), El Kamour (the 2017 sit-in's site),
  // El Aouina and Sahloul (quarters of Tunis and Sousse), «القصبة» (the Kasbah square, the government's seat in Tunis).
  'الحمامات', 'الكامور', 'العوينة', 'سهلول', 'القصبة',
  // Places abroad the gazetteer lacks, no common word either.
  'صقلية', 'سبتة', 'الموصل', 'صنعاء', 'أربيل', 'الفلوجة', 'قسنطينة', 'أغادير', 'أبوظبي', 'أبو ظبي', 'درعا',
  'مصراتة', 'اللاذقية', 'بيونغ يانغ', 'بيونغيانغ', 'نيودلهي', 'كييف',
  // «بلجيكيا» (Belgium): the Tunisian press's spelling in a quarter of its mentions, not the gazetteer's «بلجيكا». So are
  // «الكامرون» (Cameroon; 95 times in the news corpus) and «السينغال» (Senegal; 30), and «الأوروغواي», «نيوزلندا».
  'بلجيكيا', 'الكامرون', 'السينغال', 'الأوروغواي', 'أوروغواي', 'نيوزلندا',
  // Delegations (معتمديات) and towns by governorate, none of them a common word or a person's name, written for this project
  // from the country's administrative map: Tunis, Ariana, Ben Arous, Manouba …
  'باب البحر', 'باب سويقة', 'باب سعدون', 'باب الخضراء', 'باب الجديد', 'العمران الأعلى', 'حي الخضراء', 'الحرايرية', 'سيدي حسين',
  'سيدي البشير', 'جبل الجلود', 'الزهروني', 'بومهل البساتين', 'المحمدية', 'وادي الليل', 'برج العامري', 'طبربة', 'برج الوزير',
  'برج السدرية', 'شط الزوارع',
  // … Nabeul, Zaghouan, Bizerte, Béja, Jendouba …
  'قربة', 'الميدة', 'حمام الأغزاز', 'حمام الغزاز', 'الهوارية', 'الناظور', 'جرزونة', 'تينجة', 'أوتيك', 'منزل جميل', 'تبرسق', 'قبلاط',
  'فرنانة', 'وادي مليز', 'بلطة بوعوان', 'وادي مجردة',
  // … Le Kef, Siliana, Sousse, Monastir, Mahdia …
  'ساقية سيدي يوسف', 'قلعة سنان', 'الدهماني', 'السرس', 'بوعرادة', 'قعفور', 'برقو', 'بورويس', 'سوسة الرياض', 'سوسة جوهرة',
  'سيدي بوعلي', 'هرقلة', 'بوفيشة', 'كندار', 'الساحلين', 'بني حسان', 'بنبلة', 'صيادة', 'لمطة', 'بوحجر', 'أولاد الشامخ', 'شربان',
  'هبيرة', 'ملولش', 'سيدي علوان', 'قصور الساف', 'سلقطة', 'رجيش',
  // … Sfax, Kairouan, Kasserine, Sidi Bouzid …
  'ساقية الزيت', 'طينة', 'الشبيكة', 'الوسلاتية', 'حاجب العيون', 'بوحجلة', 'عين جلولة', 'رقادة', 'حاسي الفريد', 'سبيبة', 'فوسانة',
  'ماجل بلعباس', 'جلمة', 'سبالة أولاد عسكر', 'أولاد حفوز', 'سوق الجديد', 'المزونة', 'منزل فارسي', 'منزل حياة', 'منزل النور',
  'منزل حر', 'منزل الحياة', 'منزل حشاد', 'بئر القصعة', 'بئر بورقبة', 'ساقية الخادم', 'قصر حديد', 'جبل المغيلة', 'عميرة الفحول',
  'ذراع التمار', 'شيخ الوديان',
  // … and the south: Gabès, Medenine, Tataouine, Tozeur, Kebili; Nefzaoua, the Kebili oases' region.
  'المطوية', 'مطماطة الجديدة', 'مارث', 'حومة السوق', 'أجيم', 'سيدي مخلوف', 'الصمار', 'غمراسن', 'رمادة', 'ذهيبة', 'تمغزة', 'حزوة',
  'الفوار', 'نفزاوة',
  // Libyan and Algerian towns of the Tunisian news, in its spellings: Misrata, Sabratha, Tobruk, Derna, Annaba.
  'مصراطة', 'صبراطة', 'صبراتة', 'طبرق', 'درنة', 'عنابة',
  // And the towns and localities the news corpus names after an administrative head (scripts/build-place-names.ts).
  ...HARVESTED_PLACES.filter(([, , matched]) => matched === 'anywhere').map(([name]) => name),
  // A governorate's seat and a side, the delegations and municipalities named so: «صفاقس الجنوبية» (Sfax South; 12 times in
  // the news corpus), «سوسة المدينة» (Sousse City; 58), «جندوبة الشمالية» … — one place, not the town and an adjective.
  // (Not Kebili's: «قبلي» (before me) opening a listed phrase ran a town into the person after it, «بقبلي الهادي سليمان».)
  ...['صفاقس', 'سوسة', 'سيدي بوزيد', 'القصرين', 'قفصة', 'قابس', 'القيروان', 'الكاف', 'بنزرت', 'باجة', 'جندوبة', 'سليانة', 'تطاوين', 'مدنين'].flatMap(
    (seat) => ['المدينة', 'الشمالية', 'الجنوبية', 'الغربية', 'الشرقية'].map((side) => `${seat} ${side}`),
  ),
]);

/**
 * Places that are also common words or names (الكاف the letter kaf, قبلي before me, المرسى the
 * anchorage): only after a place head or coordinated with a place. Also big
 * Arab cities the gazetteer lacks. Towns whose name is a frequent word (التضامن solidarity, رواد
 * pioneers, مساكن houses) are left out: the one-reading pass would carry them to the word's other
 * uses in the article.
 */
export const SLOT_PLACE_NAMES: readonly string[] = [
  'الكاف', 'قبلي', 'المرسى', 'سكرة', 'الرديف', 'الرقاب', 'المحرس', 'ماطر', 'مكثر', 'دوز', 'تالة',
  'حمص', 'عدن', 'سبته',
  // Delegations and quarters whose name is a word too, but seldom in the news: «العالية» (high), «المنزه» (the park),
  // «المروج» (the meadows), «الثريات» (the chandeliers), «البرجين» (the two towers), «عقارب» (scorpions), «القصور» (the
  // palaces) …. (Not the frequent words a place's one reading would be carried to in the same article — «الشابة» (the young
  // woman), «القطار» (the train), «القصر» (the palace), «العيون» (the eyes), «الكرم» (generosity) …: El Guettar's «القطار»
  // was carried to «سائق القطار», the train's driver.)
  'العالية', 'المنزه', 'المروج', 'الثريات', 'البرجين', 'غزالة', 'القصور', 'العروسة', 'الروحية', 'عقارب', 'العامرة', 'الغريبة',
  'العلا', 'نبر', 'الفحص', 'الزريبة', 'حيدرة', 'بلخير', 'الوردية', 'الزهراء', 'جمال',
  // «الساحل» (the Sahel, Tunisia's eastern coastal region; also «the coast»): «ولايات الساحل وصفاقس», «الوطن القبلي والساحل».
  'الساحل',
];
const SLOT_PLACES = new Phrases([...SLOT_PLACE_NAMES, ...HARVESTED_PLACES.filter(([, , matched]) => matched === 'slot').map(([name]) => name)]);


/** Plural and dual heads, before a list of places: «معتمديات» (delegations), «جزيرتي» (the two islands) …. */
const LIST_HEADS: ReadonlySet<string> = new Set(
  ['ولايات', 'ولايتي', 'ولايتا', 'معتمديات', 'معتمديتي', 'محافظات', 'محافظتي', 'مدن', 'مدينتي', 'جهتي', 'جيبي', 'قرى', 'بلدات', 'بلديات'].map(fold),
);

/** Heads after which only a known place is read: «والي» (governor; «وإلى», and to, folds the same) and «معتمد». */
const KNOWN_ONLY_HEADS: ReadonlySet<string> = new Set(['والي', 'معتمد'].map(fold));
/** Heads whose folded form is also a function word's: written with final ي only. */
const GOVERNOR_LIKE: ReadonlySet<string> = new Set([fold('والي')]);

/** A token ending in ه (with harakat after it or not), not ة. */
const TAH_ENDING = /ه[\u064B-\u065F]*$/u;
/** A token ending in ة or ه. */
const FEMININE_ENDING = /[\u0629\u0647][\u064B-\u065F]*$/u;
/** Listed names that end in ه as written. */
const H_NAMES: ReadonlySet<string> = new Set([fold('سبته')]);

/** «سيدي» (my lord, Sidi), folded. */
const SIDI = fold('سيدي');
/** «ولد، بنت» (son of, daughter of) inside Mauritanian names, folded. */
const KINSHIP: ReadonlySet<string> = new Set(['ولد', 'بنت'].map(fold));

/** Heads a place name loses (the guidelines write «القصرين» for «ولاية القصرين»). */
const DROPPED_HEADS: ReadonlySet<string> = new Set(['ولاية', 'معتمدية', 'محافظة', 'بلدية'].map(fold));

/** Proclitics a head or a name may carry: و ف ب ل and their pairs (not the article). */
const HEAD_PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل']);

/** News agencies, channels and papers whose name is no common word (written for this project). */
const OUTLETS = new Phrases([
  'وات', 'سانا', 'واس', 'كونا', 'رويترز', 'فرانس برس', 'أسوشيتد برس', 'أسوشيتيد برس', 'فرانس 24', 'فرانس 2',
  'التلفزة الوطنية', 'التلفزة التونسية', 'بي بي سي', 'سي إن إن', 'سي ان ان', 'سكاي نيوز', 'يورونيوز', 'موزاييك أف أم', 'موزاييك اف ام', 'شمس أف أم',
  'شمس اف ام', 'الجوهرة أف أم', 'الجوهرة اف ام', 'ديوان أف أم', 'ديوان اف ام', 'إكسبريس أف أم', 'اكسبريس اف ام',
  'كاب أف أم', 'كاب اف ام', 'الشروق أونلاين', 'بيزنس نيوز', 'تونس الرقمية', 'ليدرز', 'الصباح نيوز',
  // The TAP agency by its full name, also without «للأنباء» (of news): «في تصريح لوكالة تونس افريقيا بالجهة».
  'وكالة تونس افريقيا للأنباء', 'وكالة تونس افريقيا',
]);

/**
 * Outlets whose name is also a word or a place (الجزيرة the island, العربية Arabic, الأناضول
 * Anatolia, نسمة breeze, الحوار التونسي the Tunisian dialogue): only after an outlet noun or alone
 * between brackets.
 */
const CONTEXT_OUTLETS = new Phrases([
  'الأناضول', 'الجزيرة', 'العربية', 'الحدث', 'الميادين', 'نسمة', 'التاسعة', 'الحوار التونسي', 'حنبعل', 'الوطنية الأولى',
  'الوطنية الثانية', 'الوطنية 1', 'الوطنية 2', 'الشروق', 'الصباح', 'المغرب', 'الصحافة', 'لابريس',
]);

/**
 * Agencies known by an acronym that also reads as «و» and a word («وام»: WAM, the Emirates agency, or «وام العرائس», and Oum
 * Larayes; «واج»: APS, the Algerian agency): besides after an outlet noun or between brackets, they are outlets alone
 * between quotation marks or slashes too («لـ"وام"», «/ وام /», as the agencies' own copy writes them); folded.
 */
const AGENCY_ACRONYMS: ReadonlySet<string> = new Set(['وام', 'واج'].map(fold));

/** Whether a folded word is an agency's acronym that also reads as «و» and a word (see {@link AGENCY_ACRONYMS}). */
export function agencyAcronym(folded: string): boolean {
  return AGENCY_ACRONYMS.has(folded);
}
/** The mark that closes each opening mark around an agency's acronym. */
const CLOSING_MARKS: ReadonlyMap<string, string> = new Map([['(', ')'], ['"', '"'], ['«', '»'], ['“', '”'], ['/', '/']]);

/** Nouns an outlet's name follows: «قناة» (channel), «وكالة» (agency), «مراسل» (correspondent of) …. */
const OUTLET_HEADS: ReadonlySet<string> = new Set(
  ['قناة', 'قناتي', 'قناتا', 'وكالة', 'إذاعة', 'إذاعتي', 'صحيفة', 'جريدة', 'يومية', 'موقع', 'مراسل', 'مراسلة', 'تلفزيون'].map(fold),
);

/** «العاصمة» (the capital) after a city named like its country: «تونس العاصمة», «الجزائر العاصمة». */
const CAPITAL = fold('العاصمة');
const CAPITAL_CITIES: ReadonlySet<string> = new Set(['تونس', 'الجزائر', 'الكويت'].map(fold));

/** «حي» (quarter) with و/ب/ف: «وحي», «بحي». */
const QUARTER_FORMS: ReadonlySet<string> = new Set(['حي', 'وحي', 'بحي', 'فحي', 'وبحي'].map(fold));
/** Definite words after «حي» that make no quarter: «حي الآن» (alive now), «حي الضمير» (of living conscience). */
const QUARTER_STOPS: ReadonlySet<string> = new Set(['الآن', 'الضمير', 'الذي', 'التي', 'الذين', 'القلب'].map(fold));
/** A token of Arabic letters, harakat and tatweel only. */
export const ARABIC_TOKEN = /^[\u0621-\u064A\u0640-\u065F\u0670]+$/u;

/** Brackets and quotation marks around a name. */
const MARKS = /^["'«»“”„()]+$/u;

/** The gazetteer's kinds of place (its CITY, COUNTRY and REGION names). */
export const PLACE_TYPES: readonly GazetteerType[] = ['CITY', 'COUNTRY', 'REGION'];

/** Options of {@link proposePlaces}. */
export interface PlaceOptions {
  /** The folded form and proclitic readings of every token, sentence by sentence. */
  facts: readonly (readonly WordFacts[])[];
  /** The model's gazetteer (its CITY, COUNTRY and REGION names are places). */
  gazetteer: Gazetteer;
  /** The person-slot lexicon, for the common-word test. */
  lex: SlotLexicon;
}

/** The token without its first `letters` letters (harakat and tatweel skipped with them). */
function dropLetters(token: string, letters: number): string {
  let i = 0;
  for (let n = 0; n < letters && i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) n++;
  }
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) break;
    i++;
  }
  return token.slice(i);
}

/** The reading of a token behind one of {@link HEAD_PROCLITICS} whose rest satisfies `test`. */
function readingOf(strips: readonly Strip[], test: (rest: string) => boolean): Strip | undefined {
  for (const s of strips) if (HEAD_PROCLITICS.has(s.proclitic) && test(s.rest)) return s;
  return undefined;
}

/**
 * The proclitic readings of a word, and those `strips()` leaves out because the rest has two
 * letters only: «ببن» of «ببن قردان» (in Ben Guerdane).
 */
function readingsOf(facts: { word: string; strips: readonly Strip[] }): readonly Strip[] {
  const w = facts.word;
  if (w.length !== 3 || !/^[وبلف]/u.test(w)) return facts.strips;
  return [...facts.strips, { proclitic: w[0]!, rest: w.slice(1), core: w.slice(1) }];
}

/** Every word with each of {@link HEAD_PROCLITICS} before it. */
function withProclitics(words: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of words) for (const p of HEAD_PROCLITICS) set.add(p + w);
  return set;
}

/** The written forms of the place heads (بولاية، ومعتمديات …), folded. */
const HEAD_FORMS = withProclitics([...ONE_PLACE_HEADS, ...LIST_HEADS]);
/** The written forms of the first words of listed places and outlets (بصفاقس، لوات …), folded. */
const FIRST_FORMS = withProclitics([...TUNISIAN_PLACES.firsts(), ...OUTLETS.firsts(), ...CONTEXT_OUTLETS.firsts()]);

const isPlaceHead = (r: string): boolean => ONE_PLACE_HEADS.has(r) || LIST_HEADS.has(r);
const isOutletHead = (r: string): boolean => OUTLET_HEADS.has(r);
const isCapitalCity = (r: string): boolean => CAPITAL_CITIES.has(r);

/** Whether a word is an outlet noun («موقع، صحيفة، قناة، وكالة …»), also behind a proclitic: «لموقع» (to the site of). */
export function outletNoun(facts: { strips: readonly Strip[] }): boolean {
  return readingOf(facts.strips, isOutletHead) !== undefined;
}

/** Sets tags[from, from + len) to one name of `type`. */
export function mark(tags: Tag[], from: number, len: number, type: string): void {
  for (let k = 0; k < len; k++) tags[from + k] = `${k === 0 ? 'B' : 'I'}-${type}` as Tag;
}

/**
 * Places after place heads (see the module comment), in place: run before the one-reading pass,
 * which carries them to their repeats. Returns the number of names added or changed.
 */
export function proposePlaces(sentences: TaggedTokens[], options: PlaceOptions): number {
  return placePass(sentences, options, true);
}

/**
 * Places and outlets by name, and places coordinated with a place (see the module comment), in
 * place: run after the one-reading pass, so that a name the tagger found whole elsewhere («شركة
 * فسفاط قفصة», the Gafsa phosphate company) is carried before a town inside it is read alone.
 * Returns the number of names added or changed.
 */
export function proposeNamedPlaces(sentences: TaggedTokens[], options: PlaceOptions): number {
  return placePass(sentences, options, false);
}

function placePass(sentences: TaggedTokens[], options: PlaceOptions, heads: boolean): number {
  const { facts, gazetteer, lex } = options;
  let changed = 0;
  // «قال لـ"واس":» (he told SPA:): an outlet after a speech verb and a detached «لـ» is spoken to,
  // but the quote stage then reads it as the speaker of what follows the colon (its addressee test
  // knows «لوكالة …» and «لـX» without marks). Such an outlet is left to the tagger in the whole
  // article: tagged elsewhere, the entity stage would find it there too.
  const spokenTo = new Set<string>();
  if (!heads) {
    sentences.forEach((s, si) => {
      const f = facts[si]!;
      for (let b = 1; b + 2 < s.tokens.length; b++) {
        if (f[b]!.word !== 'ل' || TRIGGERS.get(f[b - 1]!.word) !== 'SPEECH' || !MARKS.test(s.tokens[b + 1]!)) continue;
        // (Only before a colon: «صرح لـ"وات" أن …», told TAP that …, keeps its speaker.)
        let e = b + 3;
        while (e < s.tokens.length && MARKS.test(s.tokens[e]!)) e++;
        if (s.tokens[e] === ':') spokenTo.add(f[b + 2]!.word);
      }
    });
  }
  sentences.forEach((s, si) => {
    const { tokens, tags } = s;
    const f = facts[si]!;
    const n = tokens.length;
    const word = (i: number): string => f[i]!.word;
    const arabic = (i: number): boolean => i < n && ARABIC_TOKEN.test(tokens[i]!);
    const free = (from: number, len: number): boolean => {
      if (from + len > n) return false;
      for (let k = from; k < from + len; k++) if (tags[k] !== 'O') return false;
      return true;
    };
    // Tokens that hold no name or only whole names of their own (none goes on after them).
    const coverable = (from: number, len: number): boolean => from + len <= n && (len === 0 || !tags[from]!.startsWith('I-')) && !(tags[from + len]?.startsWith('I-') ?? false);
    // After an outlet noun (quotation marks between), or alone between brackets.
    const outletContext = (i: number, len: number): boolean => {
      let b = i - 1;
      while (b >= 0 && MARKS.test(tokens[b]!)) b--;
      if (b >= 0 && readingOf(f[b]!.strips, isOutletHead) !== undefined) return true;
      // «قناتا "الوطنية الأولى" و"الوطنية الثانية"»: coordinated with an outlet just read.
      if (b > 0 && f[b]!.word === 'و') {
        let c = b - 1;
        while (c >= 0 && MARKS.test(tokens[c]!)) c--;
        if (c >= 0 && tags[c]!.endsWith('-ORG')) return true;
      }
      if (len === 1 && i > 0 && AGENCY_ACRONYMS.has(f[i]!.word) && CLOSING_MARKS.get(tokens[i - 1]!) === tokens[i + 1]) return true;
      return i > 0 && tokens[i - 1] === '(' && tokens[i + len] === ')';
    };
    // «قفصه» (its cage) is no «قفصة» (Gafsa): a name listed with ة is not matched by a word in ه.
    const tahOk = (from: number, len: number): boolean => {
      for (let k = from; k < from + len; k++) if (TAH_ENDING.test(tokens[k]!) && f[k]!.word.endsWith('ه') && !H_NAMES.has(f[k]!.word)) return false;
      return true;
    };
    // How many words of a known place start at token i behind a proclitic (0 if none); `slot`
    // allows the places that are also common words.
    const placeAt = (i: number, slot: boolean): number => {
      let best = 0;
      for (const st of f[i]!.strips) {
        if (!HEAD_PROCLITICS.has(st.proclitic)) continue;
        best = Math.max(best, TUNISIAN_PLACES.match(st.rest, f, i + 1), slot ? SLOT_PLACES.match(st.rest, f, i + 1) : 0);
        if (slot) {
          for (const e of gazetteer.starting(st.rest) ?? []) {
            if (PLACE_TYPES.includes(e.type) && e.rest.every((w, k) => f[i + 1 + k]?.word === w) && (e.rest.length > 0 || nameReading(dropLetters(tokens[i]!, st.proclitic.length), lex))) best = Math.max(best, e.rest.length + 1);
          }
        }
      }
      return tahOk(i, best) ? best : 0;
    };
    // A word after a place head: a known place, or a rare word (no common word, trigger or function word).
    const slotPlace = (i: number, proclitic: boolean, known: boolean): number => {
      if (i >= n || tags[i] !== 'O') return 0;
      const len = placeAt(i, true);
      if (len && free(i, len)) return len;
      if (known) return 0;
      const st = f[i]!.strips;
      const bare = proclitic ? st.find((x) => (x.proclitic === 'و' || x.proclitic === 'ف') && x.rest.length >= 3) : st[st.length - 1];
      if (!bare || TRIGGERS.has(bare.rest)) return 0;
      const raw = dropLetters(tokens[i]!, bare.proclitic.length);
      // (Not an adjective agreeing with the head: «بلدة هادئة», a quiet town; «جهة مجهولة», an unknown destination.)
      if (!bare.rest.startsWith('ال') && FEMININE_ENDING.test(raw)) return 0;
      return nameReading(raw, lex) ? 1 : 0;
    };
    for (let i = 0; heads && i < n; i++) {
      // (One look-up for most tokens: the head's written forms with their proclitics.)
      if (!HEAD_FORMS.has(f[i]!.word)) continue;
      const head = readingOf(f[i]!.strips, isPlaceHead);
      // («وإلى», and to, folds to «والي», governor: the written form must be the noun's.)
      if (head && !(GOVERNOR_LIKE.has(head.rest) && !/ي$/u.test(tokens[i]!))) {
        const list = LIST_HEADS.has(head.rest);
        // The tagger's name with its head (as a place, or as «other»): «ولاية القصرين» → «القصرين».
        if ((tags[i] === 'B-LOC' || tags[i] === 'B-MISC') && tags[i + 1] === `I-${tags[i]!.slice(2)}` && DROPPED_HEADS.has(head.rest)) {
          let e = i + 1;
          while (tags[e + 1] === tags[i + 1]) e++;
          mark(tags, i + 1, e - i, 'LOC');
          tags[i] = 'O';
          changed++;
        }
        if (tags[i] !== 'O') continue;
        let at = i + 1;
        // «بمدينة "كان"» (in the city of "Cannes"): a quotation mark may stand before the name.
        if (at < n && MARKS.test(tokens[at]!) && at + 1 < n && tags[at + 1] === 'O') at++;
        // After «والي» (governor) and «معتمد» (delegate, also accredited) only a known place.
        let len = slotPlace(at, false, KNOWN_ONLY_HEADS.has(head.rest));
        if (!len) continue;
        // «ولاية "جناق قلعة"» (the province of "Çanakkale"): in marks, the words up to the closing mark — three at most.
        if (MARKS.test(tokens[at - 1]!) && !KNOWN_ONLY_HEADS.has(head.rest)) {
          let close = at + len;
          while (close < n && close - at < 3 && !MARKS.test(tokens[close]!) && arabic(close) && tags[close] === 'O') close++;
          if (close < n && MARKS.test(tokens[close]!)) len = close - at;
        }
        if (MARKS.test(tokens[at - 1]!) && !(at + len < n && MARKS.test(tokens[at + len]!))) continue;
        mark(tags, at, len, 'LOC');
        changed++;
        let e = at + len;
        // The places of a list head, coordinated: «معتمديات سكرة ورواد والمنيهلة».
        while (list && e < n) {
          const alone = tokens[e] === 'و';
          const x = alone ? e + 1 : e;
          len = slotPlace(x, !alone, false);
          if (!len || (!alone && !f[x]!.strips.some((st) => st.proclitic === 'و'))) break;
          mark(tags, x, len, 'LOC');
          changed++;
          e = x + len;
        }
        i = e - 1;
      }
    }
    for (let i = 0; !heads && i < n; i++) {
      if (tags[i] !== 'O') {
        // An outlet's name the tagger cut short or typed otherwise: «فرانس | 24».
        if (tags[i]!.startsWith('B-')) {
          let e = i + 1;
          while (e < n && tags[e] === `I-${tags[i]!.slice(2)}`) e++;
          const o = OUTLETS.match(word(i), f, i + 1);
          if (o >= e - i && o > 1 && free(e, i + o - e) && (o > e - i || tags[i] !== 'B-ORG')) {
            mark(tags, i, o, 'ORG');
            changed++;
            i += o - 1;
            continue;
          }
        }
        // A listed place of two words or more that opens on a name of the tagger's and runs over its next pieces: «منطقة
        // [بئر] [علي بن خليفة]» (the area of Bir Ali Ben Khalifa), the first word read as a place after the head.
        if (tags[i]!.startsWith('B-')) {
          let e = i + 1;
          while (e < n && tags[e] === `I-${tags[i]!.slice(2)}`) e++;
          const len = placeAt(i, false);
          if (len >= 2 && len > e - i && coverable(i, len)) {
            mark(tags, i, len, 'LOC');
            changed++;
            i += len - 1;
            continue;
          }
        }
        // An outlet inside a name of the tagger's that ends too early: «[قناة فرانس] 24» → «فرانس 24».
        if (tags[i]!.startsWith('B-')) {
          let e = i + 1;
          while (e < n && tags[e] === `I-${tags[i]!.slice(2)}`) e++;
          for (let k = i + 1; k < e; k++) {
            const o = OUTLETS.match(word(k), f, k + 1);
            if (o > 1 && k + o > e && free(e, k + o - e)) {
              for (let h = i; h < k; h++) tags[h] = 'O';
              mark(tags, k, o, 'ORG');
              changed++;
              i = k + o - 1;
              break;
            }
          }
          if (tags[i] === 'I-ORG') continue;
        }
        // A town of two words the tagger read as a person or a body: «بن قردان» (Ben Guerdane), also
        // behind a proclitic («بسيدي بوزيد»); «سيدي» and a name (Sidi X) is a town or a quarter named
        // after a saint in Tunisian news, never a person; with a head the place loses it (ولاية بن عروس).
        if (tags[i]!.startsWith('B-') && !tags[i]!.endsWith('-LOC')) {
          let e = i + 1;
          while (e < n && tags[e] === `I-${tags[i]!.slice(2)}`) e++;
          const readings = readingsOf(f[i]!).filter((st) => HEAD_PROCLITICS.has(st.proclitic));
          const town = e - i >= 2 && readings.some((st) => TUNISIAN_PLACES.match(st.rest, f, i + 1, e) === e - i);
          // (Not a person whose name starts with «سيدي»: a Mauritanian name with «ولد/بنت» (son/daughter
          // of: «سيدي ولد التاه»), or one after a title (الرئيس سيدي محمد …).)
          const saint =
            e - i >= 2 && tags[i] === 'B-PER' && readings.some((st) => st.rest === SIDI) && arabic(i + 1) &&
            !f.slice(i + 1, e).some((x) => KINSHIP.has(x.word)) && !(i > 0 && TRIGGERS.get(word(i - 1)) === 'PER');
          const headed = e - i >= 3 && readings.some((st) => DROPPED_HEADS.has(st.rest)) && TUNISIAN_PLACES.match(word(i + 1), f, i + 2, e) === e - i - 1;
          if (town || saint) {
            mark(tags, i, e - i, 'LOC');
            changed++;
          } else if (headed) {
            tags[i] = 'O';
            mark(tags, i + 1, e - i - 1, 'LOC');
            changed++;
          }
        }
        // An outlet the tagger read as a place or as «other»: «(الأناضول)» (Anadolu, also Anatolia) in a
        // source line, «قناتا "الوطنية الأولى"».
        if (tags[i]!.startsWith('B-') && tags[i] !== 'B-ORG') {
          let e = i + 1;
          while (e < n && tags[e] === `I-${tags[i]!.slice(2)}`) e++;
          if ((CONTEXT_OUTLETS.match(word(i), f, i + 1, e) === e - i || (e - i === 1 && AGENCY_ACRONYMS.has(word(i)))) && outletContext(i, e - i)) {
            mark(tags, i, e - i, 'ORG');
            changed++;
          }
          i = e - 1;
        }
        continue;
      }
      // Places and outlets by name.
      if (AGENCY_ACRONYMS.has(f[i]!.word) && outletContext(i, 1)) {
        mark(tags, i, 1, 'ORG');
        changed++;
        continue;
      }
      if (!FIRST_FORMS.has(f[i]!.word)) continue;
      let len = 0;
      let type = 'LOC';
      for (const st of readingsOf(f[i]!)) {
        if (!HEAD_PROCLITICS.has(st.proclitic)) continue;
        const p = TUNISIAN_PLACES.match(st.rest, f, i + 1);
        const o = OUTLETS.match(st.rest, f, i + 1);
        if (p > len) [len, type] = [p, 'LOC'];
        // (Over the tagger's pieces inside it: «الجوهرة | أف أم».)
        if (o > len && coverable(i + 1, o - 1) && !spokenTo.has(st.rest)) [len, type] = [o, 'ORG'];
        const c = CONTEXT_OUTLETS.match(st.rest, f, i + 1);
        if (c > len && st.proclitic === '' && outletContext(i, c)) [len, type] = [c, 'ORG'];
      }
      // (A listed place of two words or more over the tagger's pieces too: «بئر | علي بن خليفة», read as a place and a person.)
      if (len && tahOk(i, len) && (free(i, len) || (type === 'ORG' && coverable(i + 1, len - 1)) || (type === 'LOC' && len >= 2 && coverable(i, len)))) {
        mark(tags, i, len, type);
        changed++;
        i += len - 1;
      }
    }
    // «بتونس العاصمة» (in Tunis the capital): the city's name as the guidelines write it.
    for (let i = 0; !heads && i + 1 < n; i++) {
      if (tags[i] === 'B-LOC' && tags[i + 1] === 'O' && word(i + 1) === CAPITAL && readingOf(f[i]!.strips, isCapitalCity)) {
        tags[i + 1] = 'I-LOC';
        changed++;
      }
    }
    // «حي النصر» (the Ennasr quarter): a quarter's name keeps «حي», whatever the word after it
    // (النصر is also victory). Not before a time word or a function word («حي اليوم», alive today).
    for (let i = 0; !heads && i + 1 < n; i++) {
      if (!QUARTER_FORMS.has(word(i)) || (tags[i] !== 'O' && tags[i] !== 'I-LOC') || tags[i + 1]!.startsWith('I-')) continue;
      const x = word(i + 1);
      if (!x.startsWith('ال') || x.length < 5 || !arabic(i + 1) || TRIGGERS.has(x) || QUARTER_STOPS.has(x)) continue;
      if (tags[i + 1] !== 'O' && tags[i + 2]?.startsWith('I-')) continue;
      mark(tags, i, 2, 'LOC');
      changed++;
      i++;
    }
    // Places coordinated with a place: «في القصرين وتطاوين وقبلي ومدنين».
    for (let i = 1; !heads && i < n; i++) {
      if (tags[i] !== 'O' || !tags[i - 1]!.endsWith('-LOC')) continue;
      const alone = tokens[i] === 'و';
      const x = alone ? i + 1 : i;
      if (x >= n || tags[x] !== 'O') continue;
      if (!alone && !f[x]!.strips.some((st) => st.proclitic === 'و' || st.proclitic === 'وب')) continue;
      const len = placeAt(x, true);
      if (!len || !free(x, len)) continue;
      mark(tags, x, len, 'LOC');
      changed++;
      i = x + len - 1;
    }
    // And before a place in «و»: «على غرار العيون وتالة وحيدرة» (such as El Ayoun, Thala and Haidra), right to left so
    // that a list is read back to its first place.
    for (let i = n - 2; !heads && i >= 0; i--) {
      if (tags[i] !== 'O' || tags[i + 1] !== 'B-LOC' || !f[i + 1]!.strips.some((st) => st.proclitic === 'و')) continue;
      if (placeAt(i, true) !== 1) continue;
      mark(tags, i, 1, 'LOC');
      changed++;
    }
  });
  return changed;
}

/**
 * Where a listed place starts inside a token (UTF-16 offset) when the segmenter cannot split it:
 * «ببن» of «ببن قردان» (in Ben Guerdane) → 1; «بأوتيك» (in Utique), a one-word town the segmenter's lexicon hardly
 * knows, → 1; 0 otherwise.
 */
export function listedPlaceOffset(token: string): number {
  const w = fold(token);
  if (!/^[وبلف]/u.test(w)) return 0;
  if (w.length === 3) return TUNISIAN_PLACES.starts(w.slice(1)) || QUARTER_FORMS.has(w) ? token.length - dropLetters(token, 1).length : 0;
  // (The proclitic readings a place head may carry, longest first; not one with the article, which stays in the name.)
  const st = strips(w).find((x) => x.proclitic !== '' && HEAD_PROCLITICS.has(x.proclitic) && x.rest.length >= 3 && TUNISIAN_PLACES.has(x.rest));
  return st ? token.length - dropLetters(token, st.proclitic.length).length : 0;
}

/**
 * How many of the folded `words` from the first on make a Tunisian place this module lists («بن قردان», «جرجيس»), the
 * longest; 0 when they open none.
 */
export function listedPlaceLength(words: readonly string[]): number {
  // (Most words open no listed place: asked before the words are wrapped for the match.)
  if (!words.length || !TUNISIAN_PLACES.starts(words[0]!)) return 0;
  return TUNISIAN_PLACES.match(words[0]!, words.map((word) => ({ word })), 1);
}

/** True when a folded word is one of this module's places or outlets (for the clitic split of spans). */
export function knownPlaceWord(folded: string): boolean {
  return TUNISIAN_PLACES.has(folded) || SLOT_PLACES.has(folded) || OUTLETS.has(folded) || CONTEXT_OUTLETS.has(folded);
}

/**
 * Whether a country's name in «ية» right after the word `previous` (as written) is the adjective written the same way:
 * «عائلة سورية» (a Syrian family), «طائرات حربية سورية» (Syrian warplanes) — an indefinite noun or adjective in «ة» or
 * «ات» before it, which the adjective agrees with. Not a verb's «ت» («زارت سورية», she visited Syria), nor a definite
 * word («زارت المستشارة سورية»).
 */
export function feminineBeforeCountry(previous: string): boolean {
  return previous.length >= 3 && /(\u0629|\u0627\u062A)$/u.test(previous) && !/^[وفبل]?\u0627\u0644/u.test(previous) && !/^\u0644\u0644/u.test(previous);
}
