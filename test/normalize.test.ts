import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, normalizeWord } from '../src/text/normalize.ts';
import { isBoundary } from '../src/pipeline/invariants.ts';

const RLM = '\u200f';
const LRM = '\u200e';
const ALM = '\u061c';
const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const TATWEEL = '\u0640';

// [input, expected normalised form, gloss]
const WORDS: [string, string, string][] = [
  ['وَالْمَدْرَسَةُ', 'والمدرسه', 'and the school (harakat, taa marbuta)'],
  ['أحمد', 'احمد', 'Ahmad (alef with hamza above)'],
  ['إسرائيل', 'اسرائيل', 'Israel (alef with hamza below)'],
  ['آلاف', 'الاف', 'thousands (alef madda)'],
  ['ٱلرَّحْمَٰن', 'الرحمن', 'the Merciful (alef wasla, shadda, dagger alef)'],
  ['إلى', 'الي', 'to (alef maqsura)'],
  ['مصطفى', 'مصطفي', 'Mustafa'],
  ['تونس', 'تونس', 'Tunis (unchanged)'],
  [`جـ${TATWEEL}ـديد`, 'جديد', 'new (tatweel)'],
  [`${RLM}الرئيس${LRM}`, 'الرئيس', 'the president (RLM/LRM)'],
  [`${ALM}٢٠١٧`, '2017', 'ALM + Arabic-Indic digits'],
  [`مي${ZWNJ}خواهم`, 'ميخواهم', 'Persian with ZWNJ'],
  [`ب${ZWJ}`, 'ب', 'ZWJ'],
  ['۱۴۰۲', '1402', 'Persian digits'],
  ['٣٫٥', '3.5', 'Arabic decimal separator'],
  ['١٠٬٠٠٠', '10,000', 'Arabic thousands separator'],
  ['٪٥٠', '%50', 'Arabic percent sign'],
  ['لماذا؟', 'لماذا?', 'why? (Arabic question mark)'],
  ['أولاً،', 'اولا,', 'firstly, (tanwin, Arabic comma)'],
  ['ﻻ', 'لا', 'lam-alef ligature (1 → 2 code units)'],
  ['ﷲ', 'الله', 'Allah ligature (1 → 4 code units)'],
  ['ﺑﺴﻢ', 'بسم', 'presentation forms B (contextual forms)'],
  ['ﻹﺳﻼﻡ', 'لاسلام', 'for Islam: lam + alef-with-hamza-below ligature'],
  ['Tunisie', 'tunisie', 'Latin lower-cased'],
  ['ＢＢＣ', 'bbc', 'full-width Latin'],
  ['ی', 'ي', 'Persian yeh'],
  ['کتاب', 'كتاب', 'book with keheh'],
  ['ڨفصة', 'قفصه', 'Gafsa with ڨ, the Tunisian «g» of qaf'],
];

test('normalizeWord: table of real words', () => {
  for (const [input, expected, gloss] of WORDS) assert.equal(normalizeWord(input), expected, gloss);
});

test('normalizeWord: options switch single rules off', () => {
  assert.equal(normalizeWord('المدرسة', { taaMarbuta: false }), 'المدرسة'); // the school
  assert.equal(normalizeWord('إلى', { alefMaqsura: false }), 'الى'); // to
  assert.equal(normalizeWord('أحمد', { alef: false }), 'أحمد');
  assert.equal(normalizeWord('٣٫٥', { digits: false }), '٣.٥');
  assert.equal(normalizeWord('٣٫٥', { punctuation: false }), '3٫5');
  assert.equal(normalizeWord('كَتَبَ', { diacritics: false }), 'كَتَبَ'); // wrote
  assert.equal(normalizeWord('BBC', { lowercase: false }), 'BBC');
  assert.equal(normalizeWord('ﻻ', { presentationForms: false }), 'ﻻ');
});

test('normalizeWord returns the same string when nothing changes', () => {
  const word = 'الحكومة'.slice(0, 6); // الحكوم
  assert.equal(normalizeWord(word), word);
});

test('normalize: text and offset map on real phrases', () => {
  // «قالَ ﷲ» (God said): the ligature expands to four characters that all map back to it.
  const n = normalize('قالَ ﷲ');
  assert.equal(n.text, 'قال الله');
  assert.deepEqual(n.originalSpan(0, 3), { start: 0, end: 4 }); // قال + its fatha
  assert.deepEqual(n.originalSpan(4, 8), { start: 5, end: 6 });
  assert.deepEqual(n.originalSpan(5, 6), { start: 5, end: 6 }); // inside the expansion: the whole ligature
  assert.equal(n.toNormalized(5), 4);
  assert.equal(n.toOriginal(8), 6);

  // «لا» (no) as a ligature inside a phrase.
  const m = normalize('ﻻ يوجد');
  assert.equal(m.text, 'لا يوجد');
  assert.deepEqual(m.originalSpan(3, 7), { start: 2, end: 6 });

  // Tatweel and an RLM disappear: «الرئيـــس» (the president).
  const t = normalize(`${RLM}الرئيـ${TATWEEL}ـس التونسي`);
  assert.equal(t.text, 'الرئيس التونسي');
  const at = t.text.indexOf('التونسي');
  const span = t.originalSpan(at, at + 'التونسي'.length);
  assert.equal(t.original.slice(span.start, span.end), 'التونسي');
});

test('normalize: spans never split surrogate pairs or letters from harakat', () => {
  const text = 'كَتَبَ 😀👍🏽 ﷲ مُحَمَّدٌ';
  const n = normalize(text);
  for (let s = 0; s <= n.text.length; s++) {
    for (let e = s; e <= n.text.length; e++) {
      const span = n.originalSpan(s, e);
      assert.ok(isBoundary(text, span.start), `start of ${s},${e}`);
      assert.ok(isBoundary(text, span.end), `end of ${s},${e}`);
      assert.ok(span.start <= span.end);
    }
  }
});

const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xfb50, max: 0xfdff }),
  fc.integer({ min: 0xfe70, max: 0xfeff }),
  fc.constantFrom(0x20, 0x0a, 0x200f, 0x200c, 0x0640, 0x1f600, 0x61, 0x41),
).map((c) => String.fromCodePoint(c));
const arabicText = fc.array(arabicChar, { maxLength: 60 }).map((a) => a.join(''));

test('normalize: round trip of the offset map on random text', () => {
  fc.assert(
    fc.property(fc.oneof(arabicText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
      const n = normalize(text);
      assert.equal(n.toOriginal(n.text.length), text.length);
      assert.equal(n.toNormalized(text.length), n.text.length);
      assert.equal(n.text, normalizeWord(text));
      for (let j = 0; j <= n.text.length; j++) {
        const o = n.toOriginal(j);
        assert.ok(o >= 0 && o <= text.length);
        // Mapping back and forth again lands at or before where we started.
        assert.ok(n.toNormalized(o) <= j);
        const span = n.originalSpan(j, Math.min(n.text.length, j + 3));
        assert.ok(isBoundary(text, span.start) && isBoundary(text, span.end));
        // The original span, normalised again, covers the normalised span.
        const back = n.normalizedSpan(span.start, span.end);
        assert.ok(back.start <= j && back.end >= Math.min(n.text.length, j + 3));
      }
      // Monotone maps.
      for (let i = 1; i <= text.length; i++) assert.ok(n.toNormalized(i) >= n.toNormalized(i - 1));
    }),
    { numRuns: 300 },
  );
});
