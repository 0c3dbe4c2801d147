// Property-based: `analyze` never throws on any string, and its output always passes the invariants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../src/analyze.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { normalize, normalizeWord } from '../src/text/normalize.ts';
import { textHash } from '../src/numbers/atoms.ts';
import { wordHash } from '../src/text/word-filter.ts';
import { segmentWord } from '../src/segment/clitics.ts';

/** Characters that stress Arabic handling: letters, harakat, tatweel, digits, punctuation, marks. */
const arabicPiece = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x064b, max: 0x0670 }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ', ' ', '\n', '\r\n', '.', '،', '؟', '!', '«', '»', '"', '“', '”', '(', ')', '٫', '٬', ',', '%', '#', '@', '_',
      '\u0640', '\u200f', '\u200c', '\u200d', '\ufeff', '٣', '5', 'د.', 'http://x.tn/a', 'a@b.tn', 'www.', '👍🏽', '🇹🇳',
      '\ud83d', '\ude00', 'ﻻ', 'ﷲ', 'وال', 'لل', 'بال', '@user', '#وسم', 'x', '3.', '❤\ufe0f', '\u0301', '\u20e3',
    ),
  },
);
const arabicText = fc.array(arabicPiece, { maxLength: 120 }).map((pieces) => pieces.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udc00', 'a', 'ب', '\u064e', '.', ' ', '«', '»'), maxLength: 60 }),
  arabicText,
);

test('analyze never throws and always passes the invariants (random Unicode and Arabic-heavy text)', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = analyze(text, { date: '2024-03-01' });
      assert.deepEqual(checkInvariants(doc), []);
      assert.equal(doc.text, text);
      assert.ok(!doc.messages.some((m) => m.code === 'stage-failed'), JSON.stringify(doc.messages));
    }),
    { numRuns: 400 },
  );
});

test('segmentWord covers any Arabic-letter string exactly', () => {
  fc.assert(
    fc.property(fc.array(arabicPiece, { maxLength: 12 }).map((p) => p.join('')), (word) => {
      const segments = segmentWord(word);
      assert.equal(segments[0]!.start, 0);
      assert.equal(segments[segments.length - 1]!.end, word.length);
      for (let i = 1; i < segments.length; i++) assert.equal(segments[i]!.start, segments[i - 1]!.end);
    }),
    { numRuns: 500 },
  );
});

test('normalize maps every normalised span back inside the original', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
      const n = normalize(text);
      const s = a % (n.text.length + 1);
      const e = s + (b % (n.text.length - s + 1));
      const span = n.originalSpan(s, e);
      assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length);
    }),
    { numRuns: 400 },
  );
});

// The candidate filter of the quantities and times stages hashes a word's normalised form from the
// original text without building it: that hash must equal the hash of `normalizeWord`'s output, or a
// candidate word would be skipped.
test('textHash of the original text equals wordHash of its normalizeWord form (or -1 for ligatures)', () => {
  fc.assert(
    fc.property(arabicText, (text) => {
      const h = textHash(text, 0, text.length);
      if (h !== -1) assert.equal(h, wordHash(normalizeWord(text)));
      else assert.ok([...text].some((ch) => normalizeWord(ch).length > 1), 'only a ligature makes the hash unknown');
    }),
    { numRuns: 2000 },
  );
});
