// The pipeline's order checks, its error containment, strict mode, and the invariant checker itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createDocument,
  createPipeline,
  checkInvariants,
  isBoundary,
  PipelineOrderError,
  toJSON,
  analyze,
  defaultStages,
  type Stage,
  type AnalysisDocument,
} from '../src/index.ts';

const stage = (name: string, requires: Stage['requires'], provides: Stage['provides'], run: Stage['run'] = () => {}): Stage => ({
  name,
  requires,
  provides,
  run,
});

test('a stage placed before the stage that provides its requirement is refused with a clear error', () => {
  const tokens = stage('tokens', [], ['tokens']);
  const ner = stage('ner', ['tokens'], ['mentions']);
  assert.throws(() => createPipeline([ner, tokens]), (error: unknown) => {
    assert.ok(error instanceof PipelineOrderError);
    assert.match(error.message, /stage "ner" requires layer "tokens", which stage "tokens" provides only later/);
    return true;
  });
  assert.doesNotThrow(() => createPipeline([tokens, ner]));
});

test('a requirement no stage provides, a layer provided twice and a repeated stage are refused', () => {
  assert.throws(() => createPipeline([stage('quotes', ['entities'], ['quotes'])]), /no stage in the pipeline provides/);
  assert.throws(() => createPipeline([stage('a', [], ['tokens']), stage('b', [], ['tokens'])]), /both provide layer "tokens"/);
  assert.throws(() => createPipeline([stage('a', [], ['tokens']), stage('a', [], ['times'])]), /appears twice/);
});

test('the default pipeline is in a valid order and provides the layers of the contract it has stages for', () => {
  const pipeline = createPipeline(defaultStages());
  for (const layer of ['paragraphs', 'sentences', 'tokens'] as const) assert.ok(pipeline.provides.has(layer), layer);
});

test('a failing stage becomes a message and leaves the other layers intact', () => {
  const good = stage('segment', [], ['sentences'], (doc) => {
    doc.sentences = [{ start: 0, end: doc.text.length }];
  });
  const bad = stage('broken', ['sentences'], ['times'], (doc) => {
    doc.times.push({ start: 0, end: 1, text: 'x', type: 'DATE', value: '2020' });
    throw new Error('boom');
  });
  const doc = createPipeline([good, bad]).run('نص قصير'); // «نص قصير» (a short text)
  assert.equal(doc.sentences.length, 1);
  assert.deepEqual(doc.times, []);
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.messages[0]!.code, 'stage-failed');
  assert.match(doc.messages[0]!.message, /"broken" failed: boom/);
});

test('strict mode freezes a layer once its stage has run, so a later stage cannot edit it', () => {
  const first = stage('first', [], ['sentences'], (doc) => {
    doc.sentences = [{ start: 0, end: 2 }];
  });
  const meddler = stage('meddler', ['sentences'], ['times'], (doc) => {
    doc.sentences[0]!.end = 1;
  });
  const doc = createPipeline([first, meddler], { strict: true }).run('أمس');
  assert.equal(doc.sentences[0]!.end, 2);
  assert.equal(doc.messages[0]?.code, 'stage-failed');
});

const base = (text: string): AnalysisDocument => createDocument(text);

test('invariant checker: a sound document has no problems', () => {
  const text = 'قال الوزير: «نعم».'; // «قال الوزير: نعم» (the minister said: yes)
  const doc = base(text);
  doc.sentences = [{ start: 0, end: text.length }];
  doc.entities = [{ id: 'e1', type: 'PER', name: 'الوزير', mentions: [{ start: 4, end: 10, text: 'الوزير' }] }];
  doc.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      start: 13,
      end: 16,
      text: 'نعم',
      cue: { start: 0, end: 3, text: 'قال' },
      speaker: 'e1',
      speakerMention: { start: 4, end: 10, text: 'الوزير' },
      addressee: null,
    },
  ];
  assert.deepEqual(checkInvariants(doc), []);
  assert.deepEqual(checkInvariants(toJSON(doc)), []);
});

test('invariant checker: each kind of violation is reported', () => {
  const text = 'مَرحبا 😀 عالم'; // «مرحبا عالم» (hello world), with a fatha and an emoji
  const cases: [string, (doc: AnalysisDocument) => void, RegExp][] = [
    ['out of range', (d) => (d.sentences = [{ start: 0, end: 99 }]), /out of range/],
    ['negative', (d) => (d.sentences = [{ start: -1, end: 2 }]), /out of range/],
    ['harakat split', (d) => (d.sentences = [{ start: 0, end: 1 }]), /harakat/],
    ['surrogate split', (d) => (d.sentences = [{ start: 0, end: 8 }]), /surrogate/],
    ['unsorted', (d) => (d.sentences = [{ start: 10, end: 12 }, { start: 0, end: 6 }]), /not sorted/],
    ['overlapping sentences', (d) => (d.sentences = [{ start: 0, end: 7 }, { start: 2, end: 12 }]), /overlaps/],
    [
      'text differs',
      (d) => (d.quantities = [{ start: 0, end: 6, text: 'مرحبا', value: 1, unit: null, currency: null, approx: null }]),
      /differs from the source/,
    ],
    [
      'dangling speaker',
      (d) =>
        (d.quotes = [
          { id: 'q1', kind: 'direct', start: 0, end: 6, text: text.slice(0, 6), cue: null, speaker: 'e9', speakerMention: null, addressee: null },
        ]),
      /speaker e9 is not an entity id/,
    ],
    [
      'duplicate entity ids',
      (d) =>
        (d.entities = [
          { id: 'e1', type: 'PER', name: 'a', mentions: [{ start: 0, end: 6, text: text.slice(0, 6) }] },
          { id: 'e1', type: 'PER', name: 'b', mentions: [{ start: 10, end: 14, text: text.slice(10, 14) }] },
        ]),
      /duplicate id e1/,
    ],
    [
      'segments that do not cover the token',
      (d) => (d.tokens = [{ start: 0, end: 6, kind: 'word', norm: 'مرحبا', segments: [{ start: 0, end: 4, role: 'stem' }] }]),
      /segments end at 4/,
    ],
    ['non-finite value', (d) => (d.quantities = [{ start: 10, end: 14, text: text.slice(10, 14), value: NaN, unit: null, currency: null, approx: null }]), /not a finite number/],
  ];
  for (const [name, mutate, expected] of cases) {
    const doc = base(text);
    mutate(doc);
    const problems = checkInvariants(doc);
    assert.ok(problems.some((p) => expected.test(p)), `${name}: ${JSON.stringify(problems)}`);
  }
});

test('isBoundary: ends of text, inside a surrogate pair, before a haraka', () => {
  const text = 'بَ😀'; // «بَ» (ba with fatha) then an emoji
  const table: [number, boolean][] = [
    [0, true],
    [1, false], // between ب and its fatha
    [2, true],
    [3, false], // inside the emoji's surrogate pair
    [4, true],
    [5, false],
  ];
  for (const [index, expected] of table) assert.equal(isBoundary(text, index), expected, `index ${index}`);
});

test('toJSON keeps exactly the contract fields, in order, and tokens only on request', () => {
  const doc = analyze('أعلنت الحكومة اليوم خطة جديدة.', { date: '2021-08-05', title: 'خبر', source: 'khabar', url: 'https://example.org/a' });
  // «أعلنت الحكومة اليوم خطة جديدة» (the government announced a new plan today)
  const json = toJSON(doc);
  assert.deepEqual(Object.keys(json), [
    'version',
    'text',
    'date',
    'title',
    'source',
    'url',
    'sentences',
    'entities',
    'quotes',
    'quantities',
    'times',
    'messages',
  ]);
  assert.equal(json.version, 1);
  assert.equal(json.date, '2021-08-05');
  assert.ok(!('tokens' in json));
  assert.ok(Array.isArray(toJSON(doc, { tokens: true }).tokens));
  assert.ok(!('paragraphs' in json) && !('mentions' in json));
  assert.deepEqual(checkInvariants(json), []);
});

test('analyze never changes the text it is given', () => {
  // A haraka after an emoji or a flag must stay with it (found by the property test).
  const samples = ['', ' ', '\uFEFFنص', 'سطر\r\nسطر', 'ﻻ إله إلا ﷲ', 'a\uD800b', '\u{1F600}\u064B', 'a\u{1F1F9}\u{1F1F3}\u064Bb'];
  for (const text of samples) {
    const doc = analyze(text);
    assert.equal(doc.text, text);
    assert.deepEqual(checkInvariants(doc), [], JSON.stringify(text));
  }
});
