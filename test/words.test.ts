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
