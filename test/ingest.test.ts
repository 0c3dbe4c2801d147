/**
 * Ingest: formats and folders, bad files, idempotency, near-duplicates, a SIGKILL in the middle of
 * an ingest, readers during an ingest, and the corpus commands (ingest, search, quotes, entities).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { ingest } from '../src/ingest/ingest.ts';
import { articleFromHtml } from '../src/ingest/html.ts';
import type { InputError } from '../src/ingest/read.ts';
import { openStore } from '../src/store/store.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { CLI_MAIN, TSX_LOADER, runCli } from './helpers/cli.ts';

// Sentences written for these tests (fictional news). Glosses: budget, rain, exports, the minister said…
const SENTENCES = [
  'صادق مجلس النواب على مشروع الميزانية بعد نقاش طويل.', // parliament approved the budget bill
  'قال وزير الفلاحة إن الأمطار الأخيرة حسّنت مخزون السدود.', // the agriculture minister said rain improved the dams
  'ارتفعت صادرات زيت الزيتون بنسبة ١٢ في المائة خلال الموسم الحالي.', // olive oil exports rose 12%
  'أعلنت البلدية عن أشغال صيانة في الطريق الرئيسية يوم الاثنين.', // the municipality announced road works
  'أكد رئيس الجامعة أن الامتحانات ستجرى في موعدها.', // the university president said exams are on time
  'شهدت المدينة حركية سياحية هامة خلال عطلة نهاية الأسبوع.', // the city saw many tourists this weekend
  'دعت النقابة إلى مواصلة الحوار مع الحكومة حول الأجور.', // the union called for dialogue on wages
  'افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح اليوم.', // the book fair opened this morning
  'سجلت محطة الرصد درجات حرارة أعلى من المعدلات الموسمية.', // the weather station recorded high temperatures
  'أفاد المدير الجهوي للصحة بأن حملة التلقيح تتواصل في المدارس.', // the health director said vaccination continues
];

/** A deterministic pseudo-random article made of the sentences above, numbered so every text differs. */
function syntheticArticle(i: number): { id: string; text: string; date: string; source: string; title: string } {
  let x = (i + 1) * 2654435761;
  const next = (): number => {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    return x;
  };
  const parts: string[] = [];
  for (let k = 0; k < 8; k++) parts.push(SENTENCES[next() % SENTENCES.length]!);
  const day = String((i % 28) + 1).padStart(2, '0');
  return { id: `s${i}`, text: `${parts.join(' ')} (رقم ${i})`, date: `2024-0${(i % 9) + 1}-${day}`, source: i % 2 ? 'مصدر أ' : 'مصدر ب', title: `خبر ${i}` };
}

const HTML = `<!doctype html><html lang="ar" dir="rtl"><head><title>ارتفاع الصادرات | موقع تجريبي</title>
<meta property="article:published_time" content="2024-05-06T08:30:00+01:00"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/a">اقتصاد</a> <a href="/b">رياضة</a></nav>
<article><h1>ارتفاع الصادرات</h1><p class="byline">بقلم سلمى الحداد</p>
<p>${SENTENCES[2]} ${SENTENCES[0]} ${SENTENCES[1]}</p>
<p>${SENTENCES[6]} ${SENTENCES[7]} ${SENTENCES[8]}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'khabar-ingest-'));
}

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), `${SENTENCES[0]} ${SENTENCES[3]}\n`);
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...syntheticArticle(1), id: undefined }));
  writeFileSync(join(dir, 'c.jsonl'), [syntheticArticle(2), syntheticArticle(3)].map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(join(dir, 'nested', 'd.jsonl.gz'), gzipSync([syntheticArticle(4), syntheticArticle(5)].map((a) => JSON.stringify(a)).join('\n')));
  writeFileSync(join(dir, 'nested', 'e.html'), HTML);
  writeFileSync(join(dir, 'nested', 'deeper', 'f.txt'), `${SENTENCES[9]} ${SENTENCES[4]}`);
  writeFileSync(join(dir, 'nested', 'ignored.csv'), 'a,b\n1,2\n');
}

describe('ingest', () => {
  test('reads txt, json, jsonl, jsonl.gz and html, in folders recursively; a re-run adds nothing', async () => {
    const dir = tempDir();
    try {
      writeCorpus(join(dir, 'in'));
      const store = await openStore(join(dir, 'k.db'));
      const errors: InputError[] = [];
      const first = await ingest([join(dir, 'in')], store, { workers: 1, onError: (e) => errors.push(e) });
      assert.deepEqual(errors, []);
      assert.equal(first.added, 8);
      assert.equal((await store.stats()).articles, 8);
      const html = (await store.search({ q: 'الصادرات' })).hits.find((h) => h.title?.startsWith('ارتفاع الصادرات'));
      assert.ok(html, 'the html article is stored with its title');
      const article = (await store.getArticle(html.id))!;
      assert.equal(article.date, '2024-05-06');
      assert.equal(article.byline, 'بقلم سلمى الحداد');
      assert.ok(!article.document.text.includes('الرئيسية'), 'navigation left out');
      assert.ok(article.document.text.includes(SENTENCES[6]!));
      assert.deepEqual(checkInvariants(article.document), []);
      const again = await ingest([join(dir, 'in')], store, { workers: 0 });
      assert.equal(again.added, 0);
      assert.equal(again.skipped, 8);
      assert.equal((await store.stats()).articles, 8);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad file or line is reported with its reason and skipped; the rest is stored and nothing is lost', async () => {
    const dir = tempDir();
    try {
      const store = await openStore(join(dir, 'k.db'));
      writeFileSync(join(dir, 'good.txt'), SENTENCES.join(' '));
      await ingest([join(dir, 'good.txt')], store, { workers: 0 });
      const bad = join(dir, 'bad');
      mkdirSync(bad);
      writeFileSync(join(bad, 'broken.json'), '{"text": "نص بلا نهاية'); // (a text without an end)
      writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
      writeFileSync(join(bad, 'fake.jsonl.gz'), 'this is not gzip');
      writeFileSync(join(bad, 'mixed.jsonl'), `${JSON.stringify(syntheticArticle(7))}\n{oops\n${JSON.stringify({ title: 'بلا نص' })}\n${JSON.stringify(syntheticArticle(8))}\n`);
      const errors: InputError[] = [];
      const summary = await ingest([bad, join(dir, 'missing.txt')], store, { workers: 0, onError: (e) => errors.push(e) });
      const messages = errors.map((e) => e.message).sort();
      assert.equal(summary.added, 2);
      assert.equal(errors.length, 6, messages.join('\n'));
      const expect: [string, RegExp][] = [
        ['broken.json', /invalid JSON/],
        ['binary.txt', /binary/],
        ['fake.jsonl.gz', /gzip/],
        ['mixed.jsonl:2', /invalid JSON/],
        ['mixed.jsonl:3', /no string "text"/],
        ['missing.txt', /no such file/],
      ];
      for (const [file, reason] of expect) assert.ok(errors.some((e) => e.file.endsWith(file) && reason.test(e.message)), `${file}: ${messages.join(' | ')}`);
      assert.equal((await store.stats()).articles, 3);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('near-duplicates (a reprint with small edits) are linked as one story', async () => {
    const dir = tempDir();
    try {
      const store = await openStore(join(dir, 'k.db'));
      const base = syntheticArticle(11);
      const reprint = { ...base, id: 'r', source: 'مصدر ج', text: `${base.text.replace('(رقم 11)', '')} المصدر: وكالات.` }; // (source: agencies)
      writeFileSync(join(dir, 'x.jsonl'), [base, syntheticArticle(12), reprint].map((a) => JSON.stringify(a)).join('\n'));
      const summary = await ingest([join(dir, 'x.jsonl')], store, { workers: 0 });
      assert.equal(summary.added, 3);
      assert.equal(summary.nearDuplicates, 1);
      const stats = await store.stats();
      assert.equal(stats.stories, 2);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('html: title, date, byline and paragraphs from a saved page', () => {
    const a = articleFromHtml(HTML, 'page.html');
    assert.equal(a.date, '2024-05-06');
    assert.equal(a.byline, 'بقلم سلمى الحداد');
    assert.match(a.title ?? '', /ارتفاع الصادرات/);
    assert.ok(a.text.split('\n\n').length >= 2, 'paragraphs kept apart');
    assert.throws(() => articleFromHtml('<html><body></body></html>', 'empty.html'), /no readable text/);
  });

  test('SIGKILL in the middle of an ingest leaves a consistent store; a re-run finishes with no duplicates; readers work meanwhile', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'corpus.jsonl');
      const N = 400;
      writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify(syntheticArticle(i))).join('\n'));
      const db = join(dir, 'k.db');
      const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_MAIN, 'ingest', file, '--db', db, '--batch', '5', '--workers', '1'], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      let seen = 0;
      let searches = 0;
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        try {
          const reader = await openStore(db, { readonly: true });
          seen = (await reader.stats()).articles;
          // A reader searches while the writer writes (WAL).
          const r = await reader.search({ q: 'الميزانية', limit: 3 });
          assert.ok(r.total >= 0);
          searches++;
          await reader.close();
        } catch {
          // The file or the schema may not exist yet.
        }
        if (seen >= 25) break;
      }
      child.kill('SIGKILL');
      await exited;
      assert.ok(seen >= 25 && seen < N, `killed after ${seen} articles`);
      assert.ok(searches > 0);

      const raw = new Database(db, { readonly: true });
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      const count = (sql: string): number => (raw.prepare(sql).get() as { n: number }).n;
      const articles = count('SELECT COUNT(*) AS n FROM articles');
      assert.ok(articles >= seen && articles < N);
      assert.equal(articles % 5, 0, 'only whole batches are stored');
      assert.equal(count('SELECT COUNT(*) AS n FROM articles_fts'), articles);
      assert.equal(count('SELECT COUNT(*) AS n FROM (SELECT DISTINCT article FROM lsh)'), articles);
      assert.equal(count('SELECT COUNT(*) AS n FROM articles WHERE story NOT IN (SELECT id FROM articles)'), 0);
      raw.close();

      const rerun = runCli(['ingest', file, '--db', db, '--workers', '1']);
      assert.equal(rerun.status, 0, rerun.stderr);
      const store = await openStore(db, { readonly: true });
      const stats = await store.stats();
      assert.equal(stats.articles, N);
      await store.close();
      const check = new Database(db, { readonly: true });
      assert.equal((check.prepare('SELECT COUNT(DISTINCT external_id) AS n FROM articles').get() as { n: number }).n, N);
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('corpus commands', () => {
  test('a party named behind «حزب» and an article naming it alone are one corpus entity; its unwritten name has no count', () => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir, 'in'));
      // «The Democratic Current party said that the government failed …» / «The Democratic Current stressed that …».
      writeFileSync(join(dir, 'in', 'a.txt'), 'قال حزب التيار الديمقراطي في بيان اليوم إن الحكومة فشلت في إدارة الأزمة الاقتصادية.\n');
      writeFileSync(join(dir, 'in', 'b.txt'), 'أكد التيار الديمقراطي في ندوة صحفية أن المشاركة في الحكومة القادمة غير مطروحة.\n');
      const db = join(dir, 'k.db');
      const ing = runCli(['ingest', join(dir, 'in'), '--db', db, '--workers', '0']);
      assert.equal(ing.status, 0, ing.stderr);
      const json = runCli(['entities', 'التيار الديمقراطي', '--db', db, '--json']);
      assert.equal(json.status, 0, json.stderr);
      const [party] = JSON.parse(json.stdout) as { name: string; articleCount: number; aliases: { name: string; count: number }[] }[];
      assert.equal(party?.name, 'حزب التيار الديمقراطي');
      assert.equal(party?.articleCount, 2);
      const text = runCli(['entities', 'التيار الديمقراطي', '--db', db]);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /also: التيار الديمقراطي \(1\)/);
      // With the first article alone, the party's short name is written nowhere: listed, with no count.
      const one = join(dir, 'one.db');
      assert.equal(runCli(['ingest', join(dir, 'in', 'a.txt'), '--db', one, '--workers', '0']).status, 0);
      const alone = runCli(['entities', 'التيار الديمقراطي', '--db', one]);
      assert.equal(alone.status, 0, alone.stderr);
      assert.match(alone.stdout, /also: التيار الديمقراطي$/mu);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('ingest, search, quotes and entities from the command line', () => {
    const dir = tempDir();
    try {
      writeCorpus(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'broken.json'), '{');
      const db = join(dir, 'k.db');
      const ing = runCli(['ingest', join(dir, 'in'), '--db', db, '--workers', '0']);
      assert.equal(ing.status, 1, 'a bad file makes the exit code 1');
      assert.match(ing.stderr, /broken\.json: invalid JSON/);
      assert.match(ing.stderr, /8 added/);

      const search = runCli(['search', 'الميزانية', '--db', db, '--json']);
      assert.equal(search.status, 0, search.stderr);
      const result = JSON.parse(search.stdout);
      assert.ok(result.total >= 1);
      assert.ok(Array.isArray(result.facets.sources) && Array.isArray(result.facets.months));
      const text = runCli(['search', 'الميزانية', '--db', db, '--from', '2024', '--limit', '2']);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /«/);

      const quotes = runCli(['quotes', '--db', db, '--json']);
      assert.equal(quotes.status, 0, quotes.stderr);
      assert.equal(typeof JSON.parse(quotes.stdout).total, 'number');
      const entities = runCli(['entities', '--db', db, '--json']);
      assert.equal(entities.status, 0, entities.stderr);
      assert.ok(Array.isArray(JSON.parse(entities.stdout)));

      assert.equal(runCli(['search', '--db', db]).status, 2, 'no query and no filter');
      assert.equal(runCli(['search', 'x', '--from', 'yesterday', '--db', db]).status, 2);
      assert.equal(runCli(['ingest']).status, 2);
      const missing = runCli(['search', 'x', '--db', join(dir, 'nope.db')]);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /nope\.db: no such store/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
