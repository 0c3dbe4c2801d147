/**
 * The token keys the entity and quote stages share (src/entities/words.ts), and the word filter asked before their
 * large maps of written forms (src/text/word-filter.ts). Both are speed work: what is tested is that they answer
 * exactly as the slower forms they replace — a token's key is {@link nameKey} of its text, and a filter never turns
 * away one of its words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document.ts';
import { segment } from '../src/segment/index.ts';
import { tokenKeyData, tokenKeys } from '../src/entities/words.ts';
import { WordFilter, wordFilterOf, wordHash } from '../src/text/word-filter.ts';
import { nameKey } from '../src/entities/keys.ts';
import { cueForms, prefixedCueForms } from '../src/quotes/cues.ts';
import { lexemeOf } from '../src/segment/tokenize.ts';

const context = { report() {} };

/** Real phrases with every kind of letter the fast path of the key reads or hands on to the slow one. */
const phrases = [
  'وقال رئيس الوزراء بنيامين نتنياهو إن المحادثات مستمرة.', // plain letters: and PM Benjamin Netanyahu said that …
  'أكد المسؤولون في هيئة الشؤون الدينية أن الرؤية غير واضحة.', // ؤ (hamza on waw): officials of the religious affairs authority
  'وأشارت الهيئة إلى أن الرئيس سيزور المدينة.', // ئ (hamza on yaa): the president will visit
  'صرّح الوزيرُ بأنّ الوضعَ مستقرّ.', // harakat inside words: the minister stated that …
  'التقى الرئيس بالمبعوث گراهام في بغداد.', // گ (gaf): Graham
  'زار پاکستان وفد من الخارجية.', // پ (peh) and ک (keheh): Pakistan
  'نقلت وكالة رويترز (Reuters) عن مصدر أن 3 آلاف و٢٥٠ شخصا غادروا.', // Latin, ASCII and Arabic-Indic digits
  'قال الطبيب ابن ڨردان ـ وهو شاهد ـ إنه رأى كل شيء.', // ڨ and a tatweel standing alone
  'أعلنت وزارة الصحة عن ٥٠٠ إصابة جديدة بفيروس كورونا‌ اليوم.', // a zero-width non-joiner after a word
];

test('tokenKeys: every token keyed as nameKey keys its text, and its hash taken with it', () => {
  for (const text of phrases) {
    const doc = createDocument(text);
    segment().run(doc, context);
    const keys = tokenKeys(doc);
    const hashes = tokenKeyData(doc).hashes;
    assert.equal(keys.length, doc.tokens.length, text);
    assert.equal(hashes.length, doc.tokens.length, text);
    doc.tokens.forEach((t, i) => {
      const surface = text.slice(t.start, t.end);
      if (t.kind === 'word' || t.kind === 'latin') assert.equal(keys[i], nameKey(surface), `${surface} in «${text}»`);
      const filter = wordFilterOf([keys[i]!]);
      assert.ok(filter.mayHaveHash(hashes[i]!), `hash of ${keys[i]}`);
    });
  }
});

test('tokenKeyData: the keys read from the segmenter\'s lexemes equal those worked out for plain tokens, field by field', () => {
  for (const text of phrases) {
    const doc = createDocument(text);
    segment().run(doc, context);
    // The same tokens as plain objects (as a caller building its own tokens would pass them): no lexeme, keyed here.
    const plainDoc = createDocument(text);
    plainDoc.tokens = doc.tokens.map((t) => ({ start: t.start, end: t.end, kind: t.kind, norm: t.norm, segments: t.segments }));
    assert.equal(lexemeOf(plainDoc.tokens[0]!), undefined);
    const fromLexemes = tokenKeyData(doc);
    const fromTokens = tokenKeyData(plainDoc);
    for (const field of ['keys', 'hashes', 'starts', 'words', 'plain', 'firstChars', 'endings'] as const) {
      assert.deepEqual([...fromLexemes[field]], [...fromTokens[field]], `${field} of «${text}»`);
    }
  }
});

test('lexemeOf: every occurrence of a form shares one lexeme, whose key is nameKey of the text', () => {
  // «the minister said that the minister …»: «الوزير» twice, and «الوزيرُ» with a damma (another form, the same key).
  const text = 'قال الوزير إن الوزير سيزور الوزيرُ تونس.';
  const doc = createDocument(text);
  segment().run(doc, context);
  const ministers = doc.tokens.filter((t) => t.norm === 'الوزير');
  assert.equal(ministers.length, 3);
  const [first, second, third] = ministers.map((t) => lexemeOf(t));
  assert.ok(first !== undefined && first === second, 'one lexeme for one written form');
  assert.notEqual(third, first, 'a form with harakat is another lexeme');
  assert.equal(third!.key, first!.key);
  for (const t of doc.tokens) {
    const lexeme = lexemeOf(t)!;
    assert.equal(lexeme.key, nameKey(text.slice(t.start, t.end)), text.slice(t.start, t.end));
    assert.equal(lexeme.keyHash, wordHash(lexeme.key));
    assert.equal(lexeme.norm, t.norm);
  }
});

test('WordFilter over keys: never turns away one of its words, at any size; turns away most other words', () => {
  const forms = [...cueForms().keys(), ...prefixedCueForms().keys()];
  for (const capacity of [forms.length, 64, 1]) {
    const filter = new WordFilter(capacity);
    for (const f of forms) filter.add(f);
    for (const f of forms) assert.ok(filter.mayHaveHash(wordHash(f)), `${f} in a filter sized for ${capacity}`);
  }
  // Words of a news sentence that are no cue forms: a filter sized for the forms lets few of them through.
  const filter = wordFilterOf(forms);
  const others = 'وزارة الصحة مستشفى المدينة الطلاب الحكومة الاقتصاد الانتخابات البرلمان المواطنين'.split(' ').map(nameKey);
  const passed = others.filter((w) => filter.mayHaveHash(wordHash(w))).length;
  assert.ok(passed <= 3, `${passed} of ${others.length} non-members passed`);
  assert.ok(wordFilterOf(['']).mayHaveHash(wordHash('')), 'the empty key');
});
