// Bad and unusual input: the analysis never throws and its output always passes the invariants.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { segment } from '../src/segment/index.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import type { AnalysisJSON } from '../src/document.ts';
import { runCli } from './helpers/cli.ts';

const BOM = '\ufeff';
const RLM = '\u200f';
const ZWJ = '\u200d';
const LONE_HIGH = '\ud83d';
const LONE_LOW = '\ude00';
const FATHA = '\u064e';

function sound(text: string) {
  const doc = analyze(text, { date: '2024-01-15' });
  assert.deepEqual(checkInvariants(doc), [], JSON.stringify(text.slice(0, 80)));
  return doc;
}

test('empty and whitespace-only text give empty layers', () => {
  for (const text of ['', ' ', '\n\n\n', '\t \r\n \u00a0\u3000', RLM, `${BOM}`]) {
    const doc = sound(text);
    assert.equal(doc.tokens.length, 0);
    assert.equal(doc.sentences.length, 0);
    assert.equal(doc.paragraphs.length, 0);
  }
});

test('a BOM and CRLF line ends', () => {
  const text = `${BOM}قال الوزير.\r\nوأضاف المتحدث.\r\n`;
  const doc = sound(text);
  assert.equal(doc.paragraphs.length, 2);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ['قال الوزير.', 'وأضاف المتحدث.'],
  );
});

test('lone surrogates are skipped and reported, never split', () => {
  const text = `نص ${LONE_HIGH} و${LONE_LOW}كلمة 😀${LONE_HIGH}`;
  const doc = sound(text);
  assert.ok(doc.messages.some((m) => m.code === 'lone-surrogate'));
  for (const t of doc.tokens) assert.ok(!/[\ud800-\udfff]/.test(text.slice(t.start, t.end).replace(/\ud83d\ude00/g, '')));
});

test('orphan harakat and marks with no letter before them', () => {
  sound(`${FATHA}بداية ${FATHA}${FATHA} نهاية\n${FATHA}`);
  sound(`\u0301\u20e3${ZWJ}${FATHA}`);
});

test('mixed scripts and emoji', () => {
  const text = 'قال Macron في Paris إن 👍🏽👨‍👩‍👧‍👦 中文 русский עברית 🇹🇳🇫🇷 #tag_وسم @user ٣٫٥ 1️⃣';
  const doc = sound(text);
  assert.ok(doc.tokens.some((t) => t.kind === 'emoji'));
  assert.ok(doc.tokens.some((t) => t.kind === 'latin'));
});

test('a 5 MB single line', () => {
  const unit = 'أعلنت وزارة الصحة عن تسجيل 1,234 إصابة جديدة بفيروس كورونا، وقال الوزير «الوضع مستقر» ';
  const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
  // The text layer on all of it, checked with the invariants.
  const doc = createPipeline([segment()]).run(text);
  assert.ok(doc.tokens.length > 900_000);
  assert.equal(doc.paragraphs.length, 1);
  assert.deepEqual(checkInvariants(doc), []);
  // The whole pipeline on a 100 KB single line: enough to catch quadratic stages without making
  // the test suite slow while they are fixed.
  const line = unit.repeat(Math.ceil(100_000 / unit.length));
  const full = sound(line);
  assert.ok(!full.messages.some((m) => m.code === 'stage-failed'), JSON.stringify(full.messages.slice(0, 3)));
});

test('control characters, private use and unassigned code points', () => {
  sound('\u0000\u0001\u007f نص \ue000\uffff\ufffe \u{10ffff} \u{e0001}\u{e0067} end');
});

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'khabar-bad-'));
  writeFileSync(join(dir, 'good.txt'), 'قال الوزير إن الوضع مستقر.\n');
  writeFileSync(join(dir, 'binary.bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('نص صحيح ثم '), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('CLI: a binary file and invalid UTF-8 fail with exit 1 naming the file; other inputs are still processed', () => {
  const result = runCli(['analyze', '--json', 'binary.bin.txt', 'good.txt', 'invalid-utf8.txt'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /binary\.bin\.txt/);
  assert.match(result.stderr, /invalid-utf8\.txt/);
  assert.match(result.stderr, /UTF-8/);
  const docs = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AnalysisJSON);
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.text, 'قال الوزير إن الوضع مستقر.\n');
  assert.deepEqual(checkInvariants(docs[0]!), []);
});

test('a combining mark right after any kind of token joins it', () => {
  const FATHA_ = '\u064e';
  for (const before of ['@user', '#وسم', 'https://a.tn/x', 'a@b.tn', '3.5', 'abc', '%', '.', '😀', '👍🏽', '🇹🇳', '❤\ufe0f', 'ب']) {
    sound(`${before}${FATHA_} ${before}\u0301x`);
  }
});
