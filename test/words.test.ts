/**
 * The token keys the entity and quote stages share (src/entities/words.ts), and the prefilter asked before their
 * large maps of written forms. Both are speed work: what is tested is that they answer exactly as the slower forms
 * they replace — a token's key is {@link nameKey} of its text, and a prefilter never turns away one of its keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../src/document.ts';
import { segment } from '../src/segment/index.ts';
import { KeyPrefilter, tokenKeySignatures, tokenKeys } from '../src/entities/words.ts';
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

test('tokenKeys: every token keyed as nameKey keys its text, and its signature taken with it', () => {
  for (const text of phrases) {
    const doc = createDocument(text);
    segment().run(doc, context);
    const keys = tokenKeys(doc);
    const signatures = tokenKeySignatures(doc);
    assert.equal(keys.length, doc.tokens.length, text);
    assert.equal(signatures.length, doc.tokens.length, text);
    doc.tokens.forEach((t, i) => {
      const surface = text.slice(t.start, t.end);
      if (t.kind === 'word' || t.kind === 'latin') assert.equal(keys[i], nameKey(surface), `${surface} in «${text}»`);
      const filter = new KeyPrefilter([keys[i]!]);
      assert.ok(filter.mayHaveSignature(signatures[i]!), `signature of ${keys[i]}`);
    });
  }
});

test('KeyPrefilter: never turns away one of its keys, at any size; turns away most other words', () => {
  const forms = [...cueForms().keys(), ...prefixedCueForms().keys()];
  for (const bits of [18, 10, 5]) {
    const filter = new KeyPrefilter(forms, bits);
    for (const f of forms) assert.ok(filter.mayHave(f), `${f} at 2^${bits} bits`);
  }
  // Words of a news sentence that are no cue forms: a large filter lets few of them through.
  const filter = new KeyPrefilter(forms);
  const others = 'وزارة الصحة مستشفى المدينة الطلاب الحكومة الاقتصاد الانتخابات البرلمان المواطنين'.split(' ').map(nameKey);
  const passed = others.filter((w) => filter.mayHave(w)).length;
  assert.ok(passed <= 3, `${passed} of ${others.length} non-members passed`);
  assert.ok(new KeyPrefilter(['']).mayHave(''), 'the empty key');
});
