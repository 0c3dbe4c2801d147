/**
 * Matching keys for names: the forms under which two spellings of one name compare equal.
 *
 * - {@link nameKey}: orthographic normalisation (harakat, tatweel, alef and hamza forms, ى/ي, ة/ه);
 * - {@link nameTokens}: a name split into words, with particles that are written both joined and apart
 *   (عبد الخالق / عبدالخالق، أبو سليم / أبوسليم، لا كازيت / لاكازيت) glued to the next word;
 * - {@link skeleton}: the word without its long vowels (نتنياهو / نتانياهو، ماكرون / مكرون);
 * - {@link translitKey}: a coarse consonant skeleton shared by Arabic and Latin script (بلينكن / Blinken).
 */

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = '\u0640';
const FORMAT_MARKS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/** Orthographic key of a word or name: the variants Arabic news spells interchangeably compare equal. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HARAKAT, '')
    .replaceAll(TATWEEL, '')
    .replace(FORMAT_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Particles written both apart from and joined to the word after them (keys, see {@link nameKey}). */
const GLUED_PARTICLES = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'لا', 'لو', 'دي', 'دو', 'دا', 'فان', 'فون', 'بو', 'ال', 'de', 'la', 'le', 'van', 'von', 'di', 'da', 'du']);

/**
 * A name as a list of keyed words, with particles glued to the next word so that
 * «عبد الخالق» and «عبدالخالق» give the same tokens.
 */
export function nameTokens(text: string): string[] {
  const words = nameKey(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
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
 * True when two keyed words are spellings of one word: equal, equal without long vowels (for
 * words long enough that this is safe), or — for long words — one letter apart. Distinct common
 * given names never match each other.
 */
export function wordsMatch(a: string, b: string, options: { typos?: boolean } = {}): boolean {
  if (a === b) return true;
  if (DISTINCT_GIVEN_NAMES.has(a) && DISTINCT_GIVEN_NAMES.has(b)) return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa.length >= 4 && sa === sb) return true;
  if (options.typos && Math.min(a.length, b.length) >= 6 && editDistance(a, b, 1) <= 1) return true;
  return false;
}

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
export function translitKey(text: string): string {
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
