/**
 * Long organisation names the tagger misses (`ner()` only, after the one-reading pass): a definite
 * head noun (الشركة، المركز، المجلس، الجمعية …), a naming adjective right after it (a nisba such as
 * التونسية، الوطني، الأوروبي، or العام، الأعلى), then what completes such names: more adjectives,
 * a complement with «لل» or «ل» and its construct chain (لمكافحة جرائم المعلوماتية, for fighting
 * cybercrime), coordinated nouns (للسينما والصورة, for cinema and the image, also with a detached
 * «و»), a place behind «ب» or «ل» that the tagger found (بتونس). «الشركة التونسية للكهرباء و
 * الغاز» (the Tunisian Company of Electricity and Gas), «المركز الوطني للسينما والصورة».
 *
 * An indefinite head with its complement in construct counts as a definite head when a naming
 * adjective follows: «مركز الأبحاث الألماني للذكاء الاصطناعي», «بنك تونس العربي الدولي».
 *
 * A head and one adjective alone («الشركة التونسية», the Tunisian company) is a description as
 * often as a name and is left out; so is a span that a name of the tagger's crosses.
 *
 * @packageDocumentation
 */
import type { Tag } from './conll.ts';
import type { TaggedTokens } from './consistency.ts';
import type { WordFacts } from './features.ts';
import { fold, type Strip } from './fold.ts';
import { LISTED_GIVEN_NAMES } from './given-names.ts';
import { ARABIC_TOKEN, mark } from './places.ts';
import { TRIGGERS } from './triggers.ts';

/**
 * What follows a number that is a score or a count of points, not part of the name before it: a dash and another number
 * («1 - 0», «2-1»), or «ن», «نقاط», «نقطة» (points) — «النادي القربي 1 - 0», «مستقبل القصرين 16 ن».
 */
const SCORE_OR_POINTS_AFTER = /^[\s\u00a0]*(?:[-\u2013\u2014][\s\u00a0]*\d|(?:ن|نقاط|نقطة)(?![\u0621-\u064a]))/u;

/** Whether what stands at `pos` of `text`, after a number, makes it a score or points ({@link SCORE_OR_POINTS_AFTER}). */
export function scoreOrPointsAt(text: string, pos: number): boolean {
  return SCORE_OR_POINTS_AFTER.test(text.slice(pos, pos + 12));
}

/** «الوقاية» (prevention), «الحماية» (protection), «التحرر» (liberation): a body's name takes «من» and its object after them. */
export const PREVENTION_WORDS: readonly string[] = ['الوقاية', 'الحماية', 'التحرر'];
/** Complements after «لل» that take «من» in a body's name: «للوقاية من» (for the prevention of), «للحماية من», folded. */
const PREVENTION: ReadonlySet<string> = new Set(PREVENTION_WORDS.map(fold));
/** Complements after «لل» that take «حول» (on) in a body's name: «للبحث حول» (for research on), folded. */
const RESEARCH: ReadonlySet<string> = new Set(['البحث', 'البحوث', 'الدراسات'].map(fold));
/** «محكمة» (a court), folded. */
const COURT = fold('محكمة');
/** «الإشراف» (supervision), which takes its object with «على»: «الهيئة الوقتية للإشراف على القضاء العدلي»; folded. */
const SUPERVISION = fold('الإشراف');
/** Definite heads of organisation names, folded. */
const HEADS: ReadonlySet<string> = new Set(
  [
    'الشركة', 'المركز', 'المجلس', 'الجمعية', 'الاتحاد', 'الهيئة', 'المرصد', 'المحكمة', 'البنك', 'الجهاز', 'المنظمة',
    'القطب', 'الديوان', 'المعهد', 'الصندوق', 'الوكالة', 'الجامعة', 'النقابة', 'الرابطة', 'الغرفة', 'المدرسة', 'المؤسسة',
    'الكتلة', 'الجبهة', 'الحزب',
    // «الشبكة الأورومتوسطية لحقوق الإنسان» (the EuroMed Rights network), «اللجنة الوطنية لمكافحة الإرهاب».
    'الشبكة', 'اللجنة',
    // «الإدارة العامة للمرور» (the General Directorate of Traffic), «المديرية العامة للأمن الوطني».
    'الإدارة', 'المديرية',
    // «القيادة العامة للقوات المسلحة» (the General Command of the Armed Forces).
    'القيادة',
    // «البعثة التونسية للحج» (the Tunisian Hajj mission), «البعثة الأممية للدعم في ليبيا».
    'البعثة',
    // «المندوبية الجهوية للتنمية الفلاحية بالقصرين» (the Kasserine regional delegation for agricultural development).
    'المندوبية',
    // «الفرقة المركزية لمكافحة المخدرات» (the central anti-narcotics squad), «فرقة الأبحاث والتفتيش للحرس الوطني» (the
    // National Guard's search and inspection squad).
    'الفرقة',
  ].map(fold),
);

/** «القيادة» (the command), folded. */
const COMMAND = fold('القيادة');
/**
 * «الإدارة»، «المديرية» name a directorate only with an adjective of its rank (العامة، الوطنية، المركزية …):
 * «الإدارة الأمريكية» is a government, and what follows it a purpose («الإدارة الأمريكية لإعادة العمل …»).
 */
const DIRECTORATE_HEADS: ReadonlySet<string> = new Set(['الإدارة', 'المديرية', 'القيادة'].map(fold));
const DIRECTORATE_ADJECTIVES: ReadonlySet<string> = new Set(['العامة', 'العام', 'الوطنية', 'المركزية', 'الفرعية', 'الإقليمية', 'الجهوية'].map(fold));

/** «الجهوي/الجهوية» (regional), folded: a body's first adjective only before a complement (see `proposeOrganisations`). */
const REGIONAL: ReadonlySet<string> = new Set(['الجهوي', 'الجهوية'].map(fold));

/** Definite adjectives that name without being a nisba: «العام» (general), «الخاص» (private: «القطاع الخاص»; not «الخاصة», as often an airline that is private as a name), «الأعلى» (supreme) …. */
const NAMING: ReadonlySet<string> = new Set(['العام', 'العامة', 'الخاص', 'الأعلى', 'العليا', 'المتحدة', 'المستقلة', 'الكبرى', 'المسلحة', 'الدائم', 'الدائمة'].map(fold));

/** Words in ي that are no naming adjective: relatives, ordinals, time words (الذي، الثاني، الحالي، الماضي …). */
export const NOT_NISBA: ReadonlySet<string> = new Set(
  [
    'الذي', 'التي', 'اللذي', 'الحالي', 'الحالية', 'الماضي', 'الماضية', 'الثاني', 'الثانية', 'التالي', 'التالية', 'الجاري',
    'الجارية', 'المعني', 'المعنية', 'الآتي', 'الآتية', 'الباقي', 'المتبقي', 'الأصلي', 'الحقيقي', 'الفعلي', 'الرسمي',
    'الرسمية', 'المحلي', 'المحلية', 'الجهوي', 'الجهوية',
    // Organs of the body: «الجهاز العصبي» (the nervous system).
    'العصبي', 'المناعي', 'الهضمي', 'التنفسي', 'التناسلي', 'البولي',
    // Positions: «الصندوق الخلفي للشاحنة» (the lorry's rear box), «المقعد الأمامي».
    'الخلفي', 'الخلفية', 'الأمامي', 'الأمامية', 'العلوي', 'العلوية', 'السفلي', 'السفلية', 'الجانبي', 'الجانبية',
    // Verbal nouns in ي: «قرر مجلس النواب المضي قدما» (decided to go ahead).
    'المضي', 'السعي', 'الرمي', 'الجري', 'المشي', 'النفي',
    // Nouns in ي: «رابطة الدوري الإسباني» (the Spanish league's association) — the league, then the naming adjective.
    'الدوري', 'النادي', 'الوادي', 'الكرسي', 'القاضي', 'المحامي',
  ].map(fold),
);

/** Relative pronouns, which start a clause after a name («والتي», and which). */
const RELATIVES: ReadonlySet<string> = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي', 'اللذان', 'اللتان'].map(fold));

/**
 * Words behind «ل» (or «لل» for the nouns) that are no complement of a name, as written: «لدى» (at),
 * «لهذا» (for this), «لأن» (because), «لها» (for her), «لمدة» (for a period), «لصالح» (in favour of),
 * «للمرة» (for the … time), periods («للفترة 2019/2020») …. Shared with the entity stage's organisation
 * shapes.
 */
export const NOT_COMPLEMENT_WORDS: readonly string[] = [
  'دى', 'دي', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أن', 'ا', 'م', 'ن', 'كن', 'ها', 'ه', 'هم', 'هما', 'هن', 'كل', 'مدة', 'فترة',
  'صالح', 'أجل', 'عدم', 'حين', 'غاية', 'ما', 'ذا', 'كي', 'يس', 'قاء', 'فائدة', 'مواجهة', 'مرة', 'سنة', 'عام', 'موسم',
  // Purposes: «اجتماع المكتب السياسي الدوري لمناقشة الوضع العام» (the bureau's meeting, to discuss the situation), «المؤسسة
  // التعليمية لأداء تحية العلم» (the school, to salute the flag) — not
  // «دراسة، بحث» (study, research), which name bodies: «الإدارة الوطنية الأمريكية لدراسة المحيطات».
  'مناقشة', 'تدارس', 'نظر', 'أداء',
];
const NOT_COMPLEMENTS: ReadonlySet<string> = new Set(NOT_COMPLEMENT_WORDS.map(fold));

const MAX_WORDS = 10;

/** «الأمم» (nations) is an organisation trigger, but «للأمم المتحدة» completes a name. */
const NATIONS = fold('الأمم');

/** A word that ends in a possessive pronoun: «لحزبه» (for his party), «لحزبها», «لحزبهم» — raw, with «ة» apart from «ه». */
const POSSESSED = /(ه|ها|هم|هما)$/u;

/** A noun inside a construct chain: no function word, no pronoun suffix («لأضع عليها هذه»). */
function chainWord(word: string): boolean {
  return word.length >= 3 && !CHAIN_STOPS.has(word) && !/(ها|هم|هما|نا|كم)$/u.test(word);
}
const CHAIN_STOPS: ReadonlySet<string> = new Set(['هذه', 'هذا', 'ذلك', 'تلك', 'على', 'الى', 'إلى', 'الي', 'من', 'عن', 'في', 'مع', 'حول', 'بين', 'ضد', 'كل', 'بعض', 'غير', 'عند', 'لدى', 'قبل', 'بعد'].map(fold));

/** A complement that is itself a body or a place (a trigger word: حركة، الحزب، الدولة، الحكومة …). */
function otherBody(word: string): boolean {
  const cls = TRIGGERS.get(word);
  return (cls === 'ORG' || cls === 'LOC') && word !== NATIONS;
}

/** A definite nisba adjective (التونسية، الوطني، الأوروبي) or a naming adjective (العام، الأعلى). */
function namingAdjective(word: string): boolean {
  if (NAMING.has(word)) return true;
  if (!word.startsWith('ال') || word.length < 5 || NOT_NISBA.has(word)) return false;
  return word.endsWith('ي') || word.endsWith('يه');
}
/** A definite plural nisba, folded: «الاستشفائيين», «التونسيون». */
const PLURAL_NISBA = /^ال.{3,}(يين|يون)$/u;

/** Proclitic readings that leave a definite word: «لل», «وال», «بال» …. */
function definiteRest(strips: readonly Strip[], proclitics: ReadonlySet<string>): string | undefined {
  for (const s of strips) if (proclitics.has(s.proclitic) && s.rest.startsWith('ال')) return s.rest;
  return undefined;
}

const HEAD_PROCLITICS: ReadonlySet<string> = new Set(['', 'ال', 'وال', 'فال', 'بال', 'لل', 'ولل', 'وبال']);
/** Indefinite heads in construct (هيئة، لجنة، مركز …), folded; the construct pass is measured with KHABAR_NER_ORGS=definite. */
// («إدارة» in construct is mostly a government: «إدارة الرئيس الأمريكي», the US president's administration.)
// («كتابة» only so, never with the article: «كتابة الدولة للتجارة», the state secretariat for trade, but «الكتابة الجميلة», fine
// writing.)
// («شبكة» in construct is mostly a network of things: «شبكة التواصل الاجتماعي» (a social network), «شبكة التنوير العمومي»
// (the street lighting).)
const INDEFINITE_HEADS: ReadonlySet<string> = new Set([...HEADS].map((h) => h.slice(2)).filter((h) => h !== fold('إدارة') && h !== fold('قيادة') && h !== fold('بعثة') && h !== fold('شبكة')).concat([fold('كتابة')]));
const INDEFINITE_HEADS_ON = process.env['KHABAR_NER_ORGS'] !== 'definite';
/** Proclitics before an indefinite head: «ولجنة», «بهيئة». */
const CONSTRUCT_PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول']);
/** «كتابة» (secretariat), folded: a body only as «كتابة الدولة» (a state secretariat). */
const STATE_SECRETARIAT = fold('كتابة');
/** «الدولة» (the state), folded. */
const STATE = fold('الدولة');
/** Complements of time: «مجلس الأمن للفترة 2019/2020» (for the period). */
const PERIODS: ReadonlySet<string> = new Set(['الفترة', 'المدة', 'الدورة', 'السنة', 'العام'].map(fold));

/** The written forms of the heads with their proclitics (والمركز، بالمحكمة، للاتحاد …), folded. */
const HEAD_FORMS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const h of HEADS) {
    const bare = h.slice(2);
    for (const p of HEAD_PROCLITICS) set.add(p.endsWith('ال') || p.endsWith('لل') ? p + bare : p + h);
  }
  for (const h of INDEFINITE_HEADS) for (const p of CONSTRUCT_PROCLITICS) set.add(p + h);
  return set;
})();
const LL: ReadonlySet<string> = new Set(['لل']);
const AND_THE: ReadonlySet<string> = new Set(['وال']);

/** Proclitics a place body's head is written behind. */
const HEAD_CLITICS = ['', 'و', 'ل', 'ب', 'ف', 'وب', 'ول'];
/** «سفارة» (embassy) and «قنصلية» (consulate) and their forms behind a proclitic, folded: a mission, which the place where
 * it is may follow. */
const MISSIONS: ReadonlySet<string> = new Set(['سفارة', 'قنصلية'].flatMap((w) => HEAD_CLITICS.map((p) => fold(p + w))));
/** «شرطة» (police) and the missions, folded: before a place they name that place's police force or mission. */
const PLACE_BODIES: ReadonlySet<string> = new Set([...MISSIONS, ...HEAD_CLITICS.map((p) => fold(p + 'شرطة'))]);

/**
 * «شرطة كليفلاند» (the Cleveland police), «شرطة لندن», «سفارة فرنسا بتونس» (the French embassy in Tunis): an indefinite
 * «شرطة»/«سفارة»/«قنصلية» before a place or body the tagger found is that place's police force or mission, one
 * organisation (with the place after «ب» where a mission is: «بتونس» is the country and its capital alike, so a
 * verb's object with «ب» is taken in too, «ونددت سفارة أوكرانيا بروسيا», the Ukrainian embassy condemned Russia — rare
 * next to the mission's seat); the tagger finds the place alone. Tags them as ORG, in place. Returns the number of
 * names changed.
 */
export function placeBodies(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[]): number {
  let changed = 0;
  sentences.forEach((s, si) => {
    const { tokens, tags } = s;
    const f = facts[si]!;
    for (let i = 0; i + 1 < tags.length; i++) {
      if (tags[i] !== 'O' || !PLACE_BODIES.has(f[i]!.word) || (tags[i + 1] !== 'B-LOC' && tags[i + 1] !== 'B-ORG')) continue;
      tags[i] = 'B-ORG';
      let k = i + 1;
      for (; k < tags.length && (k === i + 1 || tags[k]!.startsWith('I-')); k++) tags[k] = 'I-ORG';
      // (A mission's city: «سفارة فرنسا | بتونس».)
      if (MISSIONS.has(f[i]!.word) && k < tags.length && tags[k] === 'B-LOC' && tokens[k]!.startsWith('ب') && tags[k + 1] !== 'I-LOC') {
        absorbPlace(tags, k, 'ORG');
      }
      changed++;
    }
  });
  return changed;
}

/**
 * The proclitic readings a head noun of the passes below may carry, the article among them: «وفرقة», «بكأس», «لبلدية»,
 * «الفرقة», «للفرقة» ….
 */
const UNIT_HEAD_PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل', 'ال', 'وال', 'فال', 'بال', 'وبال', 'لل', 'ولل']);

/**
 * Whether a word's readings hold one of `heads` (folded, without the article) behind {@link UNIT_HEAD_PROCLITICS}; with the
 * article too unless `definite` is false («البلدية جربة» is no municipality's name).
 */
export function headedBy(strips: readonly Strip[], heads: ReadonlySet<string>, definite = true): boolean {
  return strips.some((st) => UNIT_HEAD_PROCLITICS.has(st.proclitic) && (definite ? heads.has(st.rest.replace(/^ال/u, '')) : heads.has(st.rest)));
}

/** Tags the place that starts at `at` (its «B-LOC» and «I-LOC» words) as the inside of a name of `type`; returns its end. */
function absorbPlace(tags: Tag[], at: number, type: 'ORG' | 'MISC'): number {
  let k = at;
  tags[k++] = `I-${type}`;
  while (k < tags.length && tags[k] === 'I-LOC') tags[k++] = `I-${type}`;
  return k;
}

/**
 * Heads of the local units of a national body, folded without the article: «المندوبية الجهوية للتربية بقفصة» (Gafsa's
 * regional delegation for education), «فرقة الشرطة العدلية بجندوبة» (the Jendouba judicial police squad), «الاتحاد الجهوي
 * للشغل بسوسة», «المدرسة الوطنية للمهندسين بصفاقس». The town after «ب» tells one unit from its siblings in every other
 * town: it is part of the unit's name, as the annotators of the real sets write it (about 130 names with their town
 * against some 20 without, sets 815–1006). (Not a university: «جامعة الحسن الأول بسطات» is Hassan I University, in
 * Settat — named for itself, the town its address.)
 */
const LOCAL_UNIT_HEADS: ReadonlySet<string> = new Set(
  ['مندوبية', 'إدارة', 'فرقة', 'محكمة', 'دائرة', 'منطقة', 'اتحاد', 'نقابة', 'مستشفى', 'مدرسة', 'معهد', 'كلية', 'مركز', 'مصلحة', 'وحدة', 'هيئة', 'مكتب', 'غرفة', 'فرع'].map(fold),
);

/** The national forces a squad or a post belongs to, folded: «الحرس الوطني» (the National Guard), «الشرطة» …. */
const PARENT_FORCES: ReadonlySet<string> = new Set(['الحرس الوطني', 'الشرطة', 'الأمن الوطني', 'الديوانة', 'الحماية المدنية', 'الجيش الوطني', 'الأمن الرئاسي'].map((w) => w.split(' ').map(fold).join(' ')));
/** Heads of a force's units, folded without the article: «فرقة» (squad), «إدارة», «منطقة», «مركز», «إقليم», «وحدة». */
const FORCE_UNIT_HEADS: ReadonlySet<string> = new Set(['فرقة', 'إدارة', 'منطقة', 'مركز', 'إقليم', 'وحدة', 'فرق', 'مصلحة', 'خلية'].map(fold));

/**
 * A force's unit named before the force behind «لل»: «فرقة الأبحاث والتفتيش للحرس الوطني» (the National Guard's search and
 * inspection squad), «الفرقة المركزية لمكافحة المخدرات للحرس الوطني», «فرقة الإرشاد البحري للحرس الوطني». The tagger finds
 * the force («الحرس الوطني» behind its «لل», by the alias table) and at most part of the unit: from the force back to a unit's head over at most
 * five words that are definite, «و» and a definite word, or «ل» and a noun («لمكافحة»), untagged or the tagger's body, the
 * whole is one body (and {@link localUnitTowns} then gives it its town). In place; returns the number of bodies made.
 */
export function forceUnits(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[]): number {
  let changed = 0;
  sentences.forEach((s, si) => {
    const { tags } = s;
    const f = facts[si]!;
    for (let b = 1; b < tags.length; b++) {
      const first = f[b]!.strips.find((st) => st.proclitic === 'لل');
      if (!first) continue;
      // (The force as written, one word or two, untagged or the tagger's body: the entity stage finds it by the alias table.)
      let e = 0;
      for (const n of [2, 1]) if (!e && b + n <= tags.length && PARENT_FORCES.has([first.rest, ...f.slice(b + 1, b + n).map((x) => x.word)].join(' '))) e = b + n;
      if (!e) continue;
      let free = true;
      for (let k = b; k < e && free; k++) free = tags[k] === 'O' || tags[k]!.endsWith('ORG');
      if (!free || tags[e]?.startsWith('I-')) continue;
      let head = -1;
      for (let k = b - 1; k >= 0 && b - k <= 6; k--) {
        if (headedBy(f[k]!.strips, FORCE_UNIT_HEADS)) {
          head = k;
          break;
        }
        const w = f[k]!.word;
        const fits = w.startsWith('ال') || (w.startsWith('وال') && w.length > 4) || w === 'و' || (/^ل[^ل]/u.test(w) && w.length > 4);
        if (!fits || (tags[k] !== 'O' && !tags[k]!.endsWith('ORG'))) break;
      }
      // (A head with its own name between it and the force, or definite: «مركز للشرطة» is a police station, any.)
      if (head < 0 || (head === b - 1 && !f[head]!.strips.some((st) => st.rest.startsWith('ال') && FORCE_UNIT_HEADS.has(st.rest.slice(2))))) continue;
      if ((tags[head] !== 'O' && tags[head] !== 'B-ORG') || tags[head]!.startsWith('I-')) continue;
      tags[head] = 'B-ORG';
      for (let k = head + 1; k < e; k++) tags[k] = 'I-ORG';
      changed++;
      b = e - 1;
    }
  });
  return changed;
}

/** Heads of competitions, folded without the article: «كأس» (cup), «أمم» (nations), «أبطال» (champions), «بطولة» …. */
const EVENT_HEADS: ReadonlySet<string> = new Set(['كأس', 'أمم', 'أبطال', 'بطولة', 'ألعاب', 'مونديال', 'أولمبياد'].map(fold));

/**
 * A place right after a competition's head is the competition's name, not a place of the article: «كأس إفريقيا للأمم»
 * (the Africa Cup of Nations), «دوري أبطال إفريقيا», «كأس تونس» (the Tunisian Cup), «مونديال روسيا». The head and the place
 * become one MISC name (which no one takes for a place or a body), in place; returns the number of names made.
 */
export function competitionNames(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[]): number {
  let changed = 0;
  sentences.forEach((s, si) => {
    const { tags } = s;
    const f = facts[si]!;
    for (let i = 0; i + 1 < tags.length; i++) {
      // (The head untagged, or the end of a MISC name the tagger found: «[دوري أبطال] إفريقيا».)
      if (tags[i + 1] !== 'B-LOC' || (tags[i] !== 'O' && !tags[i]!.endsWith('-MISC')) || !headedBy(f[i]!.strips, EVENT_HEADS)) continue;
      if (tags[i] === 'O') tags[i] = 'B-MISC';
      i = absorbPlace(tags, i + 1, 'MISC') - 1;
      changed++;
    }
  });
  return changed;
}

/** The forces a post is of, folded: «الأمن» (security), «الحرس» (the guard), «الشرطة» (the police). */
const FORCE_WORDS: ReadonlySet<string> = new Set(['الأمن', 'الحرس', 'الشرطة'].map(fold));
/** Adjectives after a force in a post's name, folded: «الوطني» (national), «العمومي» (public), «البلدية» (municipal). */
const FORCE_ADJECTIVES: ReadonlySet<string> = new Set(['الوطني', 'العمومي', 'البلدية', 'العدلية', 'الرئاسي'].map(fold));

/**
 * A town taken into a body's name, for a place mention nested in the body's: its sentence, first and end tokens, and how
 * many letters of proclitic («ب») to skip in its first token.
 */
export type NestedTown = [sentence: number, from: number, to: number, proclitic: number];
/** Whether folded words are a town (see {@link localUnitTowns}). */
export type TownTest = (folded: readonly string[]) => boolean;

/** «العامة/العام» (general), folded. */
const GENERAL: ReadonlySet<string> = new Set(['العامة', 'العام'].map(fold));

/**
 * Extends a local unit's name over the town after it behind «ب» that the tagger or the place passes found (see
 * {@link LOCAL_UNIT_HEADS}), in place: «[المندوبية الجهوية للتربية] [بقفصة]» → one name. Only a body of three words or
 * more («الاتحاد الجهوي للشغل»), so that a head and one word («مركز الولاية», the governorate's seat) stays as it is.
 * The town stays a place of its own too: each one taken in is pushed on `towns` (a {@link NestedTown}),
 * for a mention nested in the body's. Returns the number of names extended or with a town nested.
 */
export function localUnitTowns(
  sentences: TaggedTokens[],
  facts: readonly (readonly WordFacts[])[],
  town: TownTest,
  towns: NestedTown[],
): number {
  let changed = 0;
  sentences.forEach((s, si) => {
    const { tokens, tags } = s;
    const f = facts[si]!;
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] !== 'B-ORG') continue;
      let e = i + 1;
      while (e < tags.length && tags[e] === 'I-ORG') e++;
      const start = i;
      i = e - 1;
      // «مركز الأمن الوطني بسيدي بوعلي» (the national security post of Sidi Bou Ali), «مركز الأمن بسليانة»: a force's post
      // the tagger ended on the force takes its adjective, and counts as a body of three words.
      const force = e - start === 2 && FORCE_WORDS.has(f[start + 1]!.word);
      let at = e;
      while (force && at < tags.length && tags[at] === 'O' && FORCE_ADJECTIVES.has(f[at]!.word)) at++;
      // («محكمة الاستئناف بالمنستير» (the Monastir court of appeal): a unit the tagger took whole, its town at the end behind
      // «ب», keeps the town as a place of its own too.)
      // (Not before a town of its own behind «ب», which the unit takes in below: «المدرسة الاعدادية بالبطان | بمنوبة».)
      const townAfter = e < tags.length && tags[e] === 'B-LOC' && tokens[e]!.startsWith('ب');
      // (Not a general directorate, one body for the whole country wherever its seat: «الإدارة العامة للحرس الوطني بالعوينة».)
      const localUnit = headedBy(f[start]!.strips, LOCAL_UNIT_HEADS) && !GENERAL.has(f[start + 1]!.word);
      if (e - start >= 3 && !townAfter && localUnit) {
        // (The last word behind «ب», at most two words from the end.)
        let k = e - 1;
        while (k > start + 1 && k >= e - 3 && !tokens[k]!.startsWith('ب')) k--;
        // (One town only: not «المدرسة الاعدادية بالبطان بمنوبة», a school of El Battan in Manouba.)
        let townBefore = false;
        for (let m = start + 2; m < k && !townBefore; m++) townBefore = tokens[m]!.startsWith('ب') && town([f[m]!.word.slice(1)]);
        if (!townBefore && k > start + 1 && e - k <= 3 && tokens[k]!.startsWith('ب') && town([f[k]!.word.slice(1), ...f.slice(k + 1, e).map((x) => x.word)])) {
          towns.push([si, k, e, 1]);
          changed++;
          continue;
        }
      }
      if ((e - start < 3 && !force) || at >= tags.length || tags[at] !== 'B-LOC' || !tokens[at]!.startsWith('ب')) continue;
      // (The adjectives are the post's before a place behind «ب» whether the place joins its name or not: «إقليم الأمن
      // الوطني بسوسة», the national security district of Sousse, where «إقليم» heads no local unit.)
      for (let k = e; k < at; k++) tags[k] = 'I-ORG';
      if (!localUnit) continue;
      let end = at + 1;
      while (end < tags.length && tags[end] === 'I-LOC') end++;
      // (A town, not a country or a region: «هيئة الحشد الشعبي بالعراق» is the body in Iraq, «بالشمال الغربي» in the north-west.)
      if (!town([f[at]!.word.slice(1), ...f.slice(at + 1, end).map((x) => x.word)])) continue;
      absorbPlace(tags, at, 'ORG');
      towns.push([si, at, end, 1]);
      changed++;
      i = end - 1;
    }
  });
  return changed;
}

/** «بلدية» (municipality), folded, as a set of heads. */
const MUNICIPALITY: ReadonlySet<string> = new Set([fold('بلدية')]);

/**
 * «بلدية سوسة» (the municipality of Sousse) before a place the tagger or the place passes found is a body — it decides,
 * hires, is sued; the annotators of the real sets write it so 39 times against once the town alone (sets 815–1006) — and
 * the town inside it stays a place of its own: pushed on `towns` as in {@link localUnitTowns}. In place; returns the
 * number of bodies made.
 */
export function municipalities(
  sentences: TaggedTokens[],
  facts: readonly (readonly WordFacts[])[],
  town: TownTest,
  towns: NestedTown[],
): number {
  let changed = 0;
  sentences.forEach((s, si) => {
    const { tags } = s;
    const f = facts[si]!;
    for (let i = 0; i + 1 < tags.length; i++) {
      // (Or the tagger's place with the head in it: «[بلدية بن عروس]».)
      const whole = tags[i] === 'B-LOC' && tags[i + 1] === 'I-LOC';
      if (!(whole || (tags[i] === 'O' && tags[i + 1] === 'B-LOC')) || !headedBy(f[i]!.strips, MUNICIPALITY, false)) continue;
      // (Not «بلدية بقفصة», a municipality in Gafsa, nor «34 بلدية بتونس الكبرى»: a town behind «ب/ل» is where, not which.)
      const first = f[i + 1]!.word;
      if (/^[بل]/u.test(first) && !town([first]) && town([first.slice(1)])) continue;
      tags[i] = 'B-ORG';
      const end = absorbPlace(tags, i + 1, 'ORG');
      towns.push([si, i + 1, end, 0]);
      changed++;
      i = end - 1;
    }
  });
  return changed;
}

/**
 * Tags long organisation names (see the module comment) as ORG, in place. Returns the number of
 * names added.
 */
export function proposeOrganisations(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[]): number {
  let added = 0;
  sentences.forEach((s, si) => {
    const { tokens, tags } = s;
    const f = facts[si]!;
    const n = tokens.length;
    const word = (k: number): string => f[k]!.word;
    const arabic = (k: number): boolean => k < n && ARABIC_TOKEN.test(tokens[k]!);
    const place = (k: number): boolean => k < n && tags[k] === 'B-LOC' && tags[k + 1] !== 'I-LOC';
    for (let i = 0; i + 2 < n; i++) {
      if ((tags[i] !== 'O' && tags[i] !== 'B-ORG') || !HEAD_FORMS.has(f[i]!.word)) continue;
      const head = definiteRest(f[i]!.strips, HEAD_PROCLITICS);
      let j: number;
      // «هيئة النفاذ للمعلومة», «مركز الأبحاث الألماني للذكاء الاصطناعي», «بنك تونس العربي الدولي»: an
      // indefinite head, its complement in construct (a definite noun or a place the tagger found),
      // then an adjective or a complement.
      let construct = false;
      // Whether that complement is a place the tagger found: «مركز تونس» (Tunis centre).
      let placeConstruct = false;
      if (head && HEADS.has(head)) {
        // («الجهوي/الجهوية» (regional) too, which describes more often than it names: here a complement must follow —
        // «المندوبية الجهوية للتنمية الفلاحية», «الاتحاد الجهوي للشغل بصفاقس».)
        if (!namingAdjective(word(i + 1)) && !REGIONAL.has(word(i + 1))) continue;
        if (DIRECTORATE_HEADS.has(head) && !DIRECTORATE_ADJECTIVES.has(word(i + 1))) continue;
        j = i + 2;
      } else {
        if (!INDEFINITE_HEADS_ON || !f[i]!.strips.some((st) => CONSTRUCT_PROCLITICS.has(st.proclitic) && INDEFINITE_HEADS.has(st.rest))) continue;
        let k = i + 1;
        while (k < n && k - i <= 2 && arabic(k) && tags[k] === 'O' && !word(k).startsWith('ال') && !/^[وفبل]/u.test(word(k))) k++;
        if (k >= n || !arabic(k) || k - i > 2) continue;
        const c = word(k);
        const noun = tags[k] === 'O' && c.startsWith('ال') && !namingAdjective(c) && !RELATIVES.has(c) && TRIGGERS.get(c) !== 'DATE';
        // (Or a body the tagger found: «هيئة [الأمم المتحدة] للمرأة».)
        let e = k + 1;
        if (tags[k] === 'B-ORG') while (e < n && tags[e] === 'I-ORG') e++;
        // (A place of two words or more names the body too, before a «لل» complement: «وكالة تونس افريقيا للأنباء», the
        // Tunis Afrique Presse agency; see `placeNamed` below.)
        let placeEnd = k + 1;
        if (tags[k] === 'B-LOC') while (placeEnd < n && tags[placeEnd] === 'I-LOC') placeEnd++;
        const longPlace = !noun && tags[k] === 'B-LOC' && placeEnd > k + 1 && placeEnd < n && definiteRest(f[placeEnd]!.strips, LL) !== undefined;
        if (!noun && !place(k) && tags[k] !== 'B-ORG' && !longPlace) continue;
        j = longPlace ? placeEnd : e;
        construct = true;
        placeConstruct = !noun && (place(k) || longPlace);
      }
      const start = j;
      // More adjectives: «المجلس النقابي الوطني».
      while (j < n && namingAdjective(word(j))) j++;
      const adjectives = j > start;
      // (A head in construct names with an adjective after the construct, else the next complement
      // is as often a purpose: «مجلس نواب الشعب للمصادقة», the parliament, for ratification.)
      // («كتابة الدولة لأملاك الدولة والشؤون العقارية», the state secretariat for state property: «كتابة الدولة» names a
      // body with its complement alone.)
      const secretariat = construct && f[i]!.strips.some((st) => st.rest === STATE_SECRETARIAT) && word(i + 1) === STATE;
      // («مركز تونس للهجرة واللجوء» (the Tunis Centre for Migration and Asylum): after a place the tagger found, a definite
      // complement behind «لل» names the body — a place is nobody's purpose.)
      const placeNamed = placeConstruct && j < n && definiteRest(f[j]!.strips, LL) !== undefined;
      // («محكمة الاستئناف بنابل» (the Nabeul court of appeal): a court in construct is named with its town behind «ب».)
      const courtTown = construct && f[i]!.strips.some((st) => st.rest === COURT) && j < n && word(j).startsWith('ب') && place(j);
      if (construct && !adjectives && !secretariat && !placeNamed && !courtTown) continue;
      let complement = false;
      // The definite complement after «لل» («الوقاية» of «للوقاية»), for the prepositions only some complements take.
      let complementWord = '';
      // Whether the complement's object after «عن/من/حول» was taken.
      let objectTaken = false;
      for (;;) {
        if (j >= n || j - i >= MAX_WORDS || !arabic(j)) break;
        const w = word(j);
        // «للسينما», «للأئمة»: a definite complement, then its adjectives and coordinated nouns.
        const ll = definiteRest(f[j]!.strips, LL);
        // «الجهاز التنفيذي للدولة» (the state's executive), «الهيئة السياسية لحركة نداء تونس» (the
        // party's political bureau): a body of another body or of a place is described, not named.
        // (But a command's forces name it: «القيادة العامة للقوات المسلحة», the General Command of the Armed Forces; and so does
        // any complement after a place in construct: «وكالة تونس افريقيا للأنباء», whose «الأنباء» (news) heads bodies too.)
        if (!complement && (ll !== undefined ? (otherBody(ll) && head !== COMMAND && !placeNamed) || TRIGGERS.get(ll) === 'DATE' || PERIODS.has(ll) : w.startsWith('ل') && otherBody(w.slice(1)))) break;
        if (ll !== undefined && !complement) {
          complement = true;
          complementWord = ll;
          j++;
          while (j < n && namingAdjective(word(j))) j++;
          continue;
        }
        // «لمكافحة جرائم المعلوماتية»: ل + nouns in construct up to a definite noun or a place.
        // «البنك العربي لتونس»: ل + a place the tagger found.
        if (!complement && w.startsWith('ل') && place(j)) {
          complement = true;
          j++;
          break;
        }
        // (Not a noun with a possessive pronoun — a body of the speaker's, described: «المجلس الوطني لحزبه اليوم», his party's
        // national council today; the raw word, since folding spells «ة» as «ه».)
        if (!complement && w.startsWith('ل') && !w.startsWith('لل') && w.length >= 3 && tags[j] === 'O' && !NOT_COMPLEMENTS.has(w.slice(1)) && !POSSESSED.test(tokens[j]!)) {
          let k = j + 1;
          while (k < n && arabic(k) && tags[k] === 'O' && !word(k).startsWith('ال') && chainWord(word(k)) && k - i < MAX_WORDS) k++;
          if (k < n && arabic(k) && (word(k).startsWith('ال') || place(k))) {
            complement = true;
            j = k + 1;
            while (j < n && namingAdjective(word(j))) j++;
            continue;
          }
          break;
        }
        // «للدفاع عن حقوق الإنسان» (for the defence of human rights): «عن» and its object.
        // (Also «من» after prevention and protection, «حول» after research: «الجمعية التونسية للوقاية من أمراض الفم
        // والأسنان», «جمعية النساء التونسيات للبحث حول التنمية».)
        const objectPreposition = w === 'عن' || (w === 'من' && PREVENTION.has(complementWord)) || (w === 'حول' && RESEARCH.has(complementWord)) || (w === 'علي' && complementWord === SUPERVISION);
        if (complement && objectPreposition && j + 1 < n && arabic(j + 1) && tags[j + 1] === 'O') {
          const o = word(j + 1);
          if (o.startsWith('ال') && !RELATIVES.has(o) && !namingAdjective(o)) {
            j += 2;
            // (With the object's adjectives: «للإشراف على القضاء العدلي», the judiciary.)
            while (j < n && namingAdjective(word(j))) j++;
            objectTaken = true;
            continue;
          }
          // (Not a noun with a possessive pronoun: «للجامعة التونسية للنزل عن استيائهم الشديد», the federation's members
          // expressed their dismay — «عن» is the verb's.)
          if (!o.startsWith('ال') && chainWord(o) && j + 2 < n && arabic(j + 2) && tags[j + 2] === 'O' && word(j + 2).startsWith('ال') && !namingAdjective(word(j + 2))) {
            j += 3;
            objectTaken = true;
            continue;
          }
          break;
        }
        // «والصورة», «و الغاز», «وإطارات المساجد»: a noun coordinated with the complement.
        if (complement || (construct && adjectives)) {
          const alone = tokens[j] === 'و';
          const x = alone ? j + 1 : j;
          if (x >= n || !arabic(x) || tags[x] !== 'O') break;
          const rest = alone ? (word(x).startsWith('ال') ? word(x) : undefined) : definiteRest(f[x]!.strips, AND_THE);
          if (rest !== undefined && !HEADS.has(rest) && !RELATIVES.has(rest)) {
            j = x + 1;
            while (j < n && namingAdjective(word(j))) j++;
            continue;
          }
          // (A noun in construct: «وإطارات المساجد», «و توزيع المياه» — not after the object of «عن/من/حول», where it is
          // another body: «… للوقاية من أمراض الفم والأسنان وإدارة الطب المدرسي».)
          const bare = objectTaken ? '' : alone ? word(x) : w.startsWith('و') ? w.slice(1) : '';
          // (Not «ونظيرتها التونسية», and its Tunisian counterpart: the word after is an adjective.)
          // (Nor a given name in «و» and a family name: «… لكرة القدم وديع الجريء» (Wadie Jary, the federation's president).)
          if (bare.length >= 3 && !bare.startsWith('ال') && !(!alone && LISTED_GIVEN_NAMES.has(w)) && x + 1 < n && arabic(x + 1) && word(x + 1).startsWith('ال') && !namingAdjective(word(x + 1)) && tags[x + 1] === 'O') {
            j = x + 2;
            continue;
          }
          break;
        }
        // «المحكمة الابتدائية بتونس»: a place behind ب that the tagger found (not after a head in
        // construct: «مجلس نواب الشعب بباردو», the parliament in Bardo).
        if ((!construct || courtTown) && w.startsWith('ب') && place(j)) {
          complement = true;
          j++;
        }
        break;
      }
      if (!(complement || (construct && adjectives)) || j - i < 3) continue;
      // Only over untagged words, the tagger's pieces of organisation names and places inside it.
      let ok = true;
      // (A place of several words in construct too: «وكالة [تونس افريقيا] للأنباء».)
      for (let k = i + 1; k < j && ok; k++) ok = tags[k] === 'O' || place(k) || tags[k] === 'B-ORG' || (tags[k] === 'I-ORG' && tags[k - 1] !== 'O') || (placeConstruct && (tags[k] === 'B-LOC' || (tags[k] === 'I-LOC' && tags[k - 1] !== 'O')));
      if (!ok || (j < n && tags[j]!.startsWith('I-'))) continue;
      mark(tags, i, j - i, 'ORG');
      added++;
      i = j - 1;
    }
  });
  return added;
}

/**
 * The second of two abstract nouns a party's name is made of, with «و» and the article, folded: «والتنمية» (and development),
 * «والتقدم» (and progress), «والعدالة», «والكرامة», «والحرية» ….
 */
const PARTY_SECOND_NOUNS: ReadonlySet<string> = new Set(
  ['التنمية', 'التقدم', 'العدالة', 'الكرامة', 'الحرية', 'الحريات', 'البناء', 'الإصلاح', 'المساواة', 'الديمقراطية'].map((w) => fold('و' + w)),
);
/** Heads of party and movement names, folded: «حزب المؤتمر الشعبي العام», «حركة الشعب». */
export const PARTY_HEAD_WORDS: readonly string[] = ['حزب', 'حركة', 'جبهة', 'تيار'];
const PARTY_HEADS: ReadonlySet<string> = new Set(PARTY_HEAD_WORDS.flatMap((w) => [w, 'ال' + w]).map(fold));

/**
 * A party's name the tagger cut before its naming adjectives: «لحزب [المؤتمر] الشعبي العام» (the General People's Congress)
 * takes the adjectives after it (a nisba or «العام»), when the word after them is no part of a name. Returns the number of
 * names extended. Nationality adjectives are left out — they describe (حركة النهضة التونسية) — as is a name the tagger
 * continued already. So does any body's name the tagger ended on a definite «لل» complement: «[مؤسسة الإمارات للطاقة]
 * النووية» (the Emirates Nuclear Energy Corporation) — there the adjective agrees with the complement, so it is part of the
 * name, a nationality too («الاتحاد الوطني للمرأة التونسية», the National Union of Tunisian Women).
 */
export function extendPartyNames(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[], nationality: (word: string) => boolean): number {
  let extended = 0;
  sentences.forEach((s, si) => {
    const { tags } = s;
    const f = facts[si]!;
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] !== 'B-ORG') continue;
      let e = i + 1;
      while (e < tags.length && tags[e] === 'I-ORG') e++;
      const head = f[i]!.strips.some((st) => PARTY_HEADS.has(st.rest)) || PARTY_HEADS.has(f[i]!.word);
      const complementEnd = e - i >= 2 && definiteRest(f[e - 1]!.strips, LL) !== undefined;
      if ((!head && !complementEnd) || e - i < 2) {
        i = e - 1;
        continue;
      }
      let j = e;
      // «حزب العدالة [والتنمية]» (the Justice and Development Party), «جبهة الإنقاذ [والتقدم]»: a party's name of two
      // abstract nouns, which the tagger cut at the «و»; only the nouns such names are made of.
      if (head && e - i === 2 && e < tags.length && tags[e] === 'O' && PARTY_SECOND_NOUNS.has(f[e]!.word)) {
        tags[e] = 'I-ORG';
        extended++;
        j = ++e;
      }
      // (After a complement of people, their plural nisba too: «النقابة الوطنية للأطباء [الاستشفائيين]», the union of hospital
      // doctors.)
      while (j < tags.length && tags[j] === 'O' && (namingAdjective(f[j]!.word) || (complementEnd && j === e && PLURAL_NISBA.test(f[j]!.word))) && (complementEnd || !nationality(f[j]!.word))) j++;
      if (j > e) {
        for (let k = e; k < j; k++) tags[k] = 'I-ORG';
        extended++;
      }
      i = j - 1;
    }
  });
  return extended;
}

/** «القناة»/«قناة» (the channel, a channel), folded. */
const CHANNEL_HEADS: ReadonlySet<string> = new Set(['القناة', 'قناة'].map(fold));
/** The feminine ordinals that number a television channel, «الأولى» to «العاشرة», folded. */
const CHANNEL_ORDINALS: ReadonlySet<string> = new Set(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'].map(fold),
);
/** A channel's figure in Western or Arabic-Indic digits. */
const NUMBER = /^[0-9\u0660-\u0669]{1,3}$/u;
/** Adjectives of a channel's name that are no nationality: «الوطنية» (national), «التلفزيونية» (television), folded. */
const CHANNEL_ADJECTIVES: ReadonlySet<string> = new Set(['الوطنية', 'التلفزيونية'].map(fold));

/**
 * Television channels named by their number: «القناة الوطنية الأولى» (Tunisia's first national channel), «القناة الفرنسية
 * الثانية» (France 2), «القناة الاسرائيلية الـ 10», «قناة العاشرة الاسرائيلية» (Israel's Channel 10) — «القناة» behind any
 * proclitic, an ordinal or a number (with «الـ» or without), and a nationality or «الوطنية» before or after it; the tagger
 * reads none of them. «القناة الثانية» alone (the second channel) is left: a description as often. Returns the number of
 * names added.
 */
export function channelNames(sentences: TaggedTokens[], facts: readonly (readonly WordFacts[])[], nationality: (word: string) => boolean): number {
  let added = 0;
  sentences.forEach((s, si) => {
    const { tags, tokens } = s;
    const f = facts[si]!;
    const n = tags.length;
    const adjective = (k: number): boolean => k < n && tags[k] === 'O' && (CHANNEL_ADJECTIVES.has(f[k]!.word) || nationality(f[k]!.word));
    for (let i = 0; i + 2 < n; i++) {
      if (tags[i] !== 'O' || !f[i]!.strips.some((st) => CHANNEL_HEADS.has(st.rest))) continue;
      let k = i + 1;
      let named = false;
      for (; adjective(k); k++) named = true;
      let numbered = 0;
      if (k < n && tags[k] === 'O' && CHANNEL_ORDINALS.has(f[k]!.word)) numbered = 1;
      // («الـ 10»: the article written apart before the figure.)
      else if (k + 1 < n && /^ال\u0640*$/u.test(tokens[k]!) && tags[k + 1] === 'O' && NUMBER.test(tokens[k + 1]!)) numbered = 2;
      else if (k < n && tags[k] === 'O' && NUMBER.test(tokens[k]!)) numbered = 1;
      if (!numbered) continue;
      k += numbered;
      for (; adjective(k); k++) named = true;
      if (!named) continue;
      mark(tags, i, k - i, 'ORG');
      added++;
      i = k - 1;
    }
  });
  return added;
}
