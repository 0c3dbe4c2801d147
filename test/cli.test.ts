// `khabar analyze` end to end: inputs, output formats, exit codes and error messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInvariants, type AnalysisJSON } from '../src/index.ts';
import { runCli } from './helpers/cli.ts';

let dir = '';

const khabar = (args: string[], input?: string) => runCli(args, { cwd: dir, input });

// «قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل.» (the foreign minister said talks resume next week)
const ARTICLE = 'قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل.\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
  writeFileSync(join(dir, 'a.txt'), `\uFEFF${ARTICLE}`);
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ text: ARTICLE, date: '2021-08-05', title: 'عنوان', source: 'test' }));
  const lines = [JSON.stringify({ text: ARTICLE, date: '2020-01-01' }), '{not json', JSON.stringify({ text: 'نص ثان' })].join('\n');
  writeFileSync(join(dir, 'b.jsonl'), lines);
  writeFileSync(join(dir, 'c.jsonl.gz'), gzipSync(Buffer.from(lines)));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'bad-date.json'), JSON.stringify({ text: 'نص', date: 'yesterday' }));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const parseLines = (stdout: string): AnalysisJSON[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AnalysisJSON);

test('analyze --json on a .txt file keeps the text exactly, minus the BOM', () => {
  const result = khabar(['analyze', '--json', 'a.txt']);
  assert.equal(result.status, 0, result.stderr);
  const [doc] = parseLines(result.stdout);
  assert.equal(doc!.text, ARTICLE);
  assert.equal(doc!.date, null);
  assert.deepEqual(checkInvariants(doc!), []);
});

test('analyze --json takes date, title and source from JSON input; --date overrides the date', () => {
  const [doc] = parseLines(khabar(['analyze', '--json', 'a.json']).stdout);
  assert.equal(doc!.date, '2021-08-05');
  assert.equal(doc!.title, 'عنوان');
  assert.equal(doc!.source, 'test');
  const [overridden] = parseLines(khabar(['analyze', '--json', '--date', '2022-02-02', 'a.json']).stdout);
  assert.equal(overridden!.date, '2022-02-02');
});

test('several inputs give NDJSON; a bad JSON line is reported with its line number and exit 1', () => {
  for (const file of ['b.jsonl', 'c.jsonl.gz']) {
    const result = khabar(['analyze', '--json', file]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`${file.replace('.', '\\.')}:2: invalid JSON`));
    const docs = parseLines(result.stdout);
    assert.equal(docs.length, 2);
    assert.equal(docs[0]!.date, '2020-01-01');
    for (const doc of docs) assert.deepEqual(checkInvariants(doc), []);
  }
});

test('stdin is read with -', () => {
  const result = khabar(['analyze', '--json', '-'], ARTICLE);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(parseLines(result.stdout)[0]!.text, ARTICLE);
});

test('--tokens adds the token layer', () => {
  const [doc] = parseLines(khabar(['analyze', '--json', '--tokens', 'a.txt']).stdout);
  assert.ok(doc!.tokens && doc!.tokens.length > 5);
});

test('unreadable inputs: exit 1, a message naming the file and the problem, other inputs still processed', () => {
  const table: [string, RegExp][] = [
    ['missing.txt', /missing\.txt: no such file/],
    ['binary.txt', /binary\.txt: looks like a binary file/],
    ['latin1.txt', /latin1\.txt: is not valid UTF-8/],
    ['bad-date.json', /bad-date\.json: "date" "yesterday" is not YYYY-MM-DD/],
  ];
  for (const [file, message] of table) {
    const result = khabar(['analyze', '--json', file, 'a.txt']);
    assert.equal(result.status, 1, file);
    assert.match(result.stderr, message);
    assert.equal(parseLines(result.stdout).length, 1, `${file}: the good input is still analysed`);
  }
});

test('usage errors exit 2', () => {
  assert.equal(khabar(['analyze']).status, 2);
  assert.equal(khabar(['analyze', '--bogus', 'a.txt']).status, 2);
  assert.equal(khabar(['analyze', '--date', '2021-02-30', 'a.txt']).status, 2);
  assert.equal(khabar(['no-such-command']).status, 2);
  assert.equal(khabar([]).status, 2);
  assert.equal(khabar(['--help']).status, 0);
});

test('the terminal summary names the file and counts the layers', () => {
  const result = khabar(['analyze', 'a.json']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /== a\.json — عنوان \(2021-08-05\)/);
  assert.match(result.stdout, /\d+ sentences, \d+ words, \d+ entities, \d+ quotes, \d+ quantities, \d+ times/);
});
