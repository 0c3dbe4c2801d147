/**
 * Matching keys for names: the forms under which two spellings of one name compare equal.
 *
 * - {@link nameKey}: orthographic normalisation (harakat, tatweel, alef and hamza forms, ى/ي, ة/ه, the Persian
 *   letters ی ک گ پ);
 * - {@link nameTokens}: a name split into words, with particles that are written both joined and apart
 *   (عبد الخالق / عبدالخالق، أبو سليم / أبوسليم، بن عمر / بنعمر، لا كازيت / لاكازيت) glued to the next word;
 * - {@link skeleton}: the word without its long vowels (نتنياهو / نتانياهو، ماكرون / مكرون);
 * - {@link translitKey}: a coarse consonant skeleton shared by Arabic and Latin script (بلينكن / Blinken).
 */
import { LATIN_LETTER_NAMES } from '../text/letter-names.ts';
import { nameKey } from '../text/name-key.ts';

export { nameKey };


/** Particles written both apart from and joined to the word after them (keys, see {@link nameKey}). */
const GLUED_PARTICLES = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ابي', 'ابا', 'لا', 'لو', 'دي', 'دو', 'دا', 'فان', 'فون', 'بو', 'ال', 'de', 'la', 'le', 'van', 'von', 'di', 'da', 'du']);

/** A keyed word that opens with «اال» and has at least three letters after it. */
const DOUBLED_ALEF_ARTICLE = /^اال.{3,}$/u;

/**
 * A name as a list of keyed words, with particles glued to the next word so that
 * «عبد الخالق» and «عبدالخالق» give the same tokens.
 */
export function nameTokens(text: string): string[] {
  const words = nameKey(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // «االجهيناوي»: the article typed with a doubled alef (no Arabic word starts so) is the article.
    const w = DOUBLED_ALEF_ARTICLE.test(words[i]!) ? words[i]!.slice(1) : words[i]!;
    if (GLUED_PARTICLES.has(w) && i + 1 < words.length) {
      out.push(w + words[i + 1]!);
      i++;
    } else out.push(w);
  }
  return out;
}

/** The word without the Arabic definite article, when what remains is still a word. */
export function stripArticle(word: string): string {
  if (word.startsWith('ال') && word.length > 4) return word.slice(2);
  if (word.startsWith('لل') && word.length > 4) return word.slice(2);
  return word;
}

/** The word without its long vowels after the first letter: نتنياهو and نتانياهو give «نتنه». */
export function skeleton(word: string): string {
  if (!/[\u0600-\u06FF]/.test(word)) return word;
  return word[0]! + word.slice(1).replace(/[اوي]/g, '');
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Common Arabic given names that differ only in long vowels or one letter (حسن / حسين، سمير / سامر،
 * محمد / أحمد) but are different names: two of them never count as variants of each other.
 */
const DISTINCT_GIVEN_NAMES = new Set(
  [
    'حسن', 'حسين', 'حسان', 'سمير', 'سامر', 'سمر', 'محمد', 'احمد', 'حامد', 'حمد', 'محمود', 'حمود', 'سليم', 'سالم', 'سلمي', 'سلمان',
    'سليمان', 'كريم', 'كارم', 'كريمه', 'جميل', 'جمال', 'جميله', 'عادل', 'عدلي', 'نبيل', 'نبيله', 'نبال', 'امين', 'امينه', 'امنه', 'مني',
    'منير', 'منيره', 'نادر', 'ناصر', 'نصر', 'نصير', 'ياسر', 'ياسين', 'يوسف', 'يونس', 'علي', 'عليا', 'عاليه', 'فاطمه', 'فاطم',
    'رشيد', 'راشد', 'رشيده', 'سعيد', 'سعد', 'سعاد', 'سعدي', 'حميد', 'حمدي', 'مجيد', 'ماجد', 'ماجده', 'خالد', 'خليل', 'خالده',
    'هشام', 'هاشم', 'وليد', 'ولاء', 'طارق', 'طريف', 'عماد', 'عمار', 'عمر', 'عمرو', 'عامر', 'منصور', 'منصف', 'نور', 'نوره', 'نوري',
    'هاني', 'هانيه', 'هناء', 'رامي', 'ريم', 'ريما', 'رامز', 'مريم', 'مروان', 'مروه', 'شريف', 'شريفه', 'فريد', 'فريده', 'زين', 'زينب',
  ].map((n) => nameKey(n)),
);

/**
 * Maghrebi given names written with «ل» for the article, keyed, and the same names with it: «لخضر» /
 * «الأخضر» (Lakhdar).
 */
const MAGHREBI_ARTICLE_NAMES: ReadonlyMap<string, string> = new Map(
  // (Only names whose bare form is no other name: «لمين» is also «أمين» (Amine) once the article is stripped.)
  [['لخضر', 'الأخضر']].map(([a, b]) => [nameKey(a!), nameKey(b!)]),
);

/**
 * True when two keyed words are spellings of one word: equal, equal without long vowels (for
 * words long enough that this is safe), or — for long words — one letter apart. Distinct common
 * given names never match each other.
 */
export function wordsMatch(a: string, b: string, options: { typos?: boolean } = {}): boolean {
  if (a === b) return true;
  // (Also against the form without the article, as callers may strip it: «لخضر» / «اخضر».)
  const ma = MAGHREBI_ARTICLE_NAMES.get(a);
  const mb = MAGHREBI_ARTICLE_NAMES.get(b);
  if ((ma !== undefined && (ma === b || stripArticle(ma) === b)) || (mb !== undefined && (mb === a || stripArticle(mb) === a))) return true;
  if (DISTINCT_GIVEN_NAMES.has(a) && DISTINCT_GIVEN_NAMES.has(b)) return false;
  // «جون دي جارتنر» … «جارتنر» (John D. Gartner): a European particle glued to a surname (see `nameTokens`) is
  // often left out when the surname comes alone.
  if (withoutForeignParticle(a) === b || withoutForeignParticle(b) === a) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa.length >= 4 && sa === sb) return true;
  if (options.typos && Math.min(a.length, b.length) >= 6 && editDistance(a, b, 1) <= 1) return true;
  // One long vowel written or not in a word of five letters or more (هينيسي / هينسي، فيريرا / فريرا, Hennessy, Ferreira),
  // whose skeleton is too short to compare: not with the article (الحسيني / الحسني are two families).
  if (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) === 1 && !a.startsWith('ال') && !b.startsWith('ال') && oneLongVowelApart(a, b)) return true;
  // A foreign «th» written ث or, in the Maghreb, ت (إليزابيث / إليزابيت, Elizabeth), in a word of six letters or more:
  // shorter Arabic names differ so (ثامر / تامر).
  if (Math.min(a.length, b.length) >= 6 && a.length === b.length && a.includes(THA) !== b.includes(THA) && a.replaceAll(THA, TA) === b.replaceAll(THA, TA)) return true;
  // A foreign «v» written ب or ف (خابيير / خافيير, Javier), in a word of six letters or more without the
  // article: shorter Arabic names differ so (ربيعة / رفيعة، عرفات / عربات).
  if (options.typos && Math.min(a.length, b.length) >= 6 && !a.startsWith('ال') && a.replace(V_LETTERS, 'ب') === b.replace(V_LETTERS, 'ب')) return true;
  // Foreign names transliterated two ways (غراتاكوس / جراتاكوس، زوكربارغ / زوكربيرغ): the same consonant
  // classes, five or more of them. Not with the article, and not a nisba against its base (منصور / منصوري).
  if (Math.min(a.length, b.length) >= 6 && !a.startsWith('ال') && !b.startsWith('ال') && a.endsWith('ي') === b.endsWith('ي')) {
    const ta = translitKey(a);
    if (ta.length >= 5 && ta === translitKey(b)) return true;
  }
  return false;
}

/** «ث» and «ت», which write a foreign «th» (see {@link wordsMatch}). */
const THA = 'ث';
const TA = 'ت';
/** True when the longer of two words is the shorter with one long vowel (ا، و، ي) added somewhere inside. */
function oneLongVowelApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // (Inside the word: a first or last letter is no spelling of a vowel, «ويتمور» is no «يتمور».)
  // (Nor a nisba against its noun, «سياحية / سياحة», «دولية / دولة»: the «ي» before the final «ة».)
  const nisba = long[i] === 'ي' && i === short.length - 1 && short.endsWith('ه');
  return i > 0 && i < short.length && LONG_VOWELS.has(long[i]!) && long.slice(i + 1) === short.slice(i) && !nisba;
}
/** The letters that write a long vowel, keyed (alef forms are keyed «ا»). */
const LONG_VOWELS: ReadonlySet<string> = new Set(['ا', 'و', 'ي']);

/**
 * True when two keyed family names with the article and the nisba ending are one name written with and without a
 * long vowel inside: «الفاضلي / الفاضيلي». {@link wordsMatch} compares words without the article, and these are too
 * short then for their skeletons to be told apart safely; with the article and the nisba, the long vowel is a
 * spelling. Not two names that are different given names under the nisba (الحسني / الحسيني، السعدي / السعيدي).
 */
export function nisbaVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('ال') || !b.startsWith('ال') || !a.endsWith('ي') || !b.endsWith('ي') || Math.min(a.length, b.length) < 7) return false;
  if (skeleton(a) !== skeleton(b)) return false;
  const ga = a.slice(2, -1);
  const gb = b.slice(2, -1);
  return !(DISTINCT_GIVEN_NAMES.has(ga) && DISTINCT_GIVEN_NAMES.has(gb));
}

/**
 * European particles before a surname (de, du, da, van, von), keyed, before five letters or more: shorter remainders
 * are Arabic spellings of names that merely begin so («ديمتري» is no «دي» + «متري», «دونالد» no «دو» + «نالد»).
 */
const FOREIGN_PARTICLE = /^(دي|دو|دا|فان|فون)(?=[^ا]\S{4,}$)/u;

/** A keyed word without a European particle glued to its front («ديجارتنر» → «جارتنر»), else the word. */
export function withoutForeignParticle(word: string): string {
  return word.replace(FOREIGN_PARTICLE, '');
}

/** The letters a Latin «v» is written with (ف، ڤ) besides ب. */
const V_LETTERS = /[فڤ]/gu;

/** Latin letters and digraphs to consonant classes (vowels, h, w, y dropped). */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/sh/g, 's'],
  [/ch/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/qu/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', d: 'T', k: 'K', q: 'K', g: 'G', j: 'G', s: 'S', z: 'S', f: 'F', v: 'F', l: 'L', m: 'M', n: 'N', r: 'R',
};
const ARABIC_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B', ت: 'T', ط: 'T', د: 'T', ض: 'T', ث: 'T', ذ: 'T', ظ: 'S', ك: 'K', ق: 'K', خ: 'K', ج: 'G', غ: 'G', گ: 'G', س: 'S',
  ز: 'S', ص: 'S', ش: 'S', ف: 'F', ڤ: 'F', ل: 'L', م: 'M', ن: 'N', ر: 'R',
};

/**
 * A consonant skeleton that Arabic and Latin spellings of one foreign or Arabic name share
 * (بلينكن and Blinken both give «BLNKN»). Coarse by design: use it only to join a Latin-script mention
 * to a single Arabic candidate.
 */
const translitCache = new Map<string, string>();

export function translitKey(text: string): string {
  let key = translitCache.get(text);
  if (key === undefined) {
    if (translitCache.size > 50_000) translitCache.clear();
    key = computeTranslit(text);
    translitCache.set(text, key);
  }
  return key;
}

function computeTranslit(text: string): string {
  const lower = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/[a-z]/.test(lower)) {
    let s = lower.replace(/[^a-z]/g, '');
    for (const [re, rep] of LATIN_DIGRAPHS) s = s.replace(re, rep);
    let out = '';
    for (const ch of s) out += LATIN_CLASS[ch] ?? '';
    return out.replace(/(.)\1+/g, '$1');
  }
  let out = '';
  for (const ch of nameKey(text)) out += ARABIC_CLASS[ch] ?? '';
  return out.replace(/(.)\1+/g, '$1');
}

/** True when the text is written in Latin script. */
export function isLatin(text: string): boolean {
  return /[A-Za-z]/.test(text) && !/[\u0600-\u06FF]/.test(text);
}

/**
 * True when `latin` (an acronym in Latin capitals, «WDR», two to six letters) is what the Arabic name
 * `words` (name keys) spells out letter by letter («دبليو دي ار»; the letter names are in
 * `src/text/letter-names.ts`).
 */
export function spellsAcronym(words: readonly string[], latin: string): boolean {
  if (!/^[A-Z]{2,6}$/u.test(latin)) return false;
  const letters = latin.toLowerCase();
  // Read over the words' boundaries: name tokens glue «دي» to the word after it («دبليو ديار»).
  const text = words.join('');
  const spell = (at: number, i: number): boolean => {
    if (i === letters.length) return at === text.length;
    for (const [name, stands] of LATIN_LETTER_NAMES) if (stands.includes(letters[i]!) && text.startsWith(name, at) && spell(at + name.length, i + 1)) return true;
    return false;
  };
  return spell(0, 0);
}
