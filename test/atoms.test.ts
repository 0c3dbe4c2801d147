// The scratch contracts of the atoms shared by the quantities and times stages: the word hashes the
// WordFilters rely on, the filters themselves, and the shared number-reading result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDocument, type AnalysisDocument } from '../src/document.ts';
import { segment } from '../src/segment/index.ts';
import { atomsOf, spanText, textHash, tokenHashesOf, WordIndex } from '../src/numbers/atoms.ts';
import { wordHash, WordFilter } from '../src/text/word-filter.ts';
import { readNumberShared, NUMBER_WORDS } from '../src/numbers/words.ts';
// The stages register their candidate words when their modules load: without them no word opens a window.
import { readNumber } from '../src/numbers/index.ts';
import '../src/dates/index.ts';
import { normalizationMap, normalizeWord } from '../src/text/normalize.ts';

const segmented = (text: string): AnalysisDocument => {
  const doc = createDocument(text);
  segment().run(doc, { report() {} });
  return doc;
};

/** Number words, units and noise: harakat, tatweel, ligatures, invisible marks, digits, emoji. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('ثلاثة', 'وعشرون', 'ألف', 'مليون', 'دينار', 'تونسي', 'سنوات', 'جانفي', 'الساعة', 'العاشرة', 'نحو', 'Tunis', 'USD') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '،', '.', '5', '٣٫٥', '10,000', 'و', 'بـ', '$', '(', ')') },
  { weight: 2, arbitrary: fc.constantFrom('\u064e', '\u0651', '\u0640', '\u200f', '\u200c', '\ufeff', 'ﻻ', 'ﷲ', 'ﻵ', '👍🏽', '\ud83d') },
  { weight: 2, arbitrary: fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)) },
);
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

test('atoms: every word hash is the wordHash of the key it stands for, or -1 (unknown)', () => {
  fc.assert(
    fc.property(text, (t) => {
      const doc = segmented(t);
      for (const a of atomsOf(doc)) {
        if (a.kind === 'word' || a.kind === 'latin') assert.ok(a.hash === -1 || a.hash === wordHash(a.key), `atom ${JSON.stringify(a.key)}`);
        else assert.equal(a.hash, -1);
      }
      // The token hashes (read by countryCurrency) agree with the tokens' normalised forms.
      const hashes = tokenHashesOf(doc);
      doc.tokens.forEach((tok, i) => {
        if (tok.kind === 'word' || tok.kind === 'latin') assert.ok(hashes[i] === -1 || hashes[i] === wordHash(tok.norm), `token ${JSON.stringify(tok.norm)}`);
        else assert.equal(hashes[i], -1);
      });
    }),
    { numRuns: 500 },
  );
});

test('WordFilter: never rules out a word it was given; an unknown hash (-1) is never ruled out', () => {
  const filter = new WordFilter();
  const words = [...NUMBER_WORDS.keys()];
  for (const w of words) filter.add(w);
  for (const w of words) assert.ok(filter.mayHaveHash(wordHash(w)), w);
  assert.ok(filter.mayHaveHash(-1));
  // «ثلاثة» (three) written with harakat and tatweel hashes like its normalised form.
  const written = 'ثَلاثـــة';
  assert.equal(textHash(written, 0, written.length), wordHash(normalizeWord(written)));
  assert.ok(filter.mayHaveHash(textHash(written, 0, written.length)));
  // Most other words are ruled out (the filter is what makes the scans cheap).
  const others = ['الحكومة', 'قال', 'الرئيس', 'تونس', 'المدينة', 'الاجتماع', 'البرلمان', 'الوزير'].map((w) => normalizeWord(w));
  assert.ok(others.filter((w) => !filter.mayHaveHash(wordHash(w))).length >= 6);
  // A ligature that normalises to several letters leaves the hash unknown: «ﻻ» (lā).
  assert.equal(textHash('ﻻ', 0, 1), -1);
});

test('WordIndex: finds exactly the words it was given, by key, by atom and in the text', () => {
  const index = new WordIndex();
  const words = [...NUMBER_WORDS.keys()];
  // Indexes are given in order, and adding a word again gives its index back.
  words.forEach((w, k) => assert.equal(index.add(w), k));
  assert.equal(index.add(words[3]!), 3);
  assert.equal(index.size, words.length);
  words.forEach((w, k) => assert.equal(index.indexOfWord(w), k, w));
  // «الحكومة» (the government), «قال» (said): not number words.
  for (const w of ['الحكومة', 'قال', 'ثلاث ', '']) assert.equal(index.indexOfWord(normalizeWord(w)), -1, w);
  // «ثلاثة» (three) written with harakat and tatweel is found in the text it is written in.
  const written = 'دفع ثَلاثـــة دنانير';
  const [from, to] = [4, 13];
  assert.equal(index.indexInText(written, from, to, textHash(written, from, to)), index.indexOfWord(normalizeWord('ثلاثة')));
  assert.equal(index.indexInText(written, 0, 3, textHash(written, 0, 3)), -1);
  // Atoms: by their hash, or by their key when the hash is unknown (-1).
  for (const a of atomsOf(segmented('دفع ثلاثة آلاف دينار'))) {
    const expected = index.indexOfWord(a.key);
    assert.equal(index.indexOf(a), expected, a.key);
    assert.equal(index.indexOf({ ...a, hash: -1 }), expected, a.key);
  }
});

test('spanText: an atom\'s key only when it is the text as written, else a slice', () => {
  // «دينار» (dinar) is written as normalised; «ثلاثة» (three) is not (ة → ه); «٣٠٠» (300) neither.
  const doc = segmented('دفع ثلاثة آلاف دينار و٣٠٠ دولار');
  const atoms = atomsOf(doc);
  for (const a of atoms) assert.equal(spanText(doc.text, a.start, a.end, a), doc.text.slice(a.start, a.end));
  const dinar = atoms.find((a) => a.key === 'دينار')!;
  const three = atoms.find((a) => a.key === normalizeWord('ثلاثة'))!;
  assert.equal(spanText(doc.text, dinar.start, dinar.end, dinar), dinar.key);
  assert.notEqual(spanText(doc.text, three.start, three.end, three), three.key);
  // Another span than the atom's: always the slice.
  assert.equal(spanText(doc.text, dinar.start, dinar.end - 1, dinar), 'دينا');
});

test('readNumber gives a fresh result; readNumberShared one object reused by the next read', () => {
  // «ثلاثة آلاف» (three thousand) and «خمسة» (five).
  const atoms = [...atomsOf(segmented('دفع ثلاثة آلاف دينار ثم خمسة دنانير'))];
  const at = (key: string): number => atoms.findIndex((a) => a.key === normalizeWord(key));
  const a = readNumber(atoms, at('ثلاثة'));
  const b = readNumber(atoms, at('خمسة'));
  assert.equal(a?.value, 3000);
  assert.equal(b?.value, 5);
  const shared = readNumberShared(atoms, at('ثلاثة'));
  assert.equal(shared?.value, 3000);
  assert.equal(readNumberShared(atoms, at('خمسة')), shared);
  assert.equal(shared?.value, 5);
  assert.equal(a?.value, 3000, 'a copy from readNumber is not overwritten');
});

test('normalizationMap is a copy: writing into it does not change normalizeWord', () => {
  const map = normalizationMap();
  const ALEF_HAMZA = 0x0623;
  assert.equal(map[ALEF_HAMZA], 0x0627); // أ → ا
  map[ALEF_HAMZA] = 0x0628;
  assert.equal(normalizeWord('أحمد'), 'احمد');
  assert.equal(normalizationMap()[ALEF_HAMZA], 0x0627);
});

test('candidate scan: a word whose last letters carry harakat or tatweel opens its window like its bare form', async () => {
  const { findQuantities } = await import('../src/numbers/index.ts');
  const { findTimes } = await import('../src/dates/index.ts');
  // The scan rules a word out by its last two or three letters: harakat and tatweel there must not hide a candidate.
  const pairs: [string, string][] = [
    ['دفع ثلاثةُ آلافٍ دينارٍ', 'دفع ثلاثة آلاف دينار'], // paid three thousand dinars
    ['شارك خمسونَ ألفـــا', 'شارك خمسون ألفا'], // fifty thousand took part
    ['بلغت الخسائر مليونًا ونصفَ', 'بلغت الخسائر مليونا ونصف'], // losses reached a million and a half
    ['ارتفع بنسبة 5 بالمئةِ', 'ارتفع بنسبة 5 بالمئة'], // rose by 5 per cent
    ['في 3 أكتوبـــرَ 2020', 'في 3 أكتوبر 2020'], // on 3 October 2020
    ['يومَ الخميسِ الماضي', 'يوم الخميس الماضي'], // last Thursday
  ];
  for (const [written, bare] of pairs) {
    const a = segmented(written);
    const b = segmented(bare);
    assert.deepEqual(findQuantities(a).map((q) => q.value), findQuantities(b).map((q) => q.value), written);
    const meta = { date: '2021-08-05' };
    assert.deepEqual(findTimes({ ...a, ...meta }).map((t) => t.value), findTimes({ ...b, ...meta }).map((t) => t.value), written);
    assert.ok(findQuantities(b).length + findTimes({ ...b, ...meta }).length > 0, bare);
  }
});
