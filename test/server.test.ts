/**
 * The HTTP API, called through the app object (`app.request()`, no socket) over a temporary SQLite
 * store: status codes, validation (400), unknown routes (404), the write token, cross-site guards,
 * security headers, the static web app and the OpenAPI document.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { openStore, type Store } from '../src/store/store.ts';
import { createApp } from '../src/server/app.ts';
import { CONTENT_SECURITY_POLICY } from '../src/server/security.ts';
import { ServerConfigError, startServer } from '../src/server/index.ts';
import { ReaderPool } from '../src/server/readers.ts';
import type { AnalysisJSON } from '../src/document.ts';
import { CLI_MAIN, TSX_LOADER, runCli } from './helpers/cli.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };

// «قال وزير المالية إن العجز تراجع» (the finance minister said the deficit fell)
const ARTICLE = {
  text: 'قال وزير المالية سامي الدريدي إن العجز تراجع إلى 4 بالمائة سنة 2023.\n\nوأكد الدريدي أن الحكومة ستواصل الإصلاحات.',
  title: 'العجز يتراجع',
  source: 'مصدر الاختبار',
  date: '2024-02-01',
};

let dir: string;
let store: Store;
let app: Hono;
let webRoot: string;

async function json(response: Response): Promise<Record<string, unknown>> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

async function expectError(response: Response, status: number, code?: string): Promise<string> {
  assert.equal(response.status, status);
  const body = (await json(response)) as { error: { status: number; code: string; message: string } };
  assert.equal(body.error.status, status);
  if (code) assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0, 'an error has a message');
  return body.error.message;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khabar-server-test-'));
  store = await openStore(join(dir, 'khabar.db'));
  webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>khabar</title><script type="module" src="/assets/app.js"></script></html>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(webRoot, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(webRoot, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  app = createApp({ store, webRoot });
});

after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/analyze', () => {
  test('JSON in, the analyze --json contract out', async () => {
    const res = await app.request('/api/analyze', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ text: ARTICLE.text, date: ARTICLE.date }) });
    assert.equal(res.status, 200);
    const doc = (await json(res)) as unknown as AnalysisJSON;
    assert.equal(doc.version, 1);
    assert.equal(doc.text, ARTICLE.text);
    assert.equal(doc.date, ARTICLE.date);
    for (const layer of ['sentences', 'entities', 'quotes', 'quantities', 'times', 'messages'] as const) assert.ok(Array.isArray(doc[layer]), layer);
    assert.equal(doc.tokens, undefined, 'tokens only on request');
    assert.ok(doc.sentences.length >= 2);
    assert.deepEqual(checkInvariants(doc), []);
  });

  test('text/plain body with the date in the query; tokens on request', async () => {
    const res = await app.request('/api/analyze?date=2024-02-01&tokens=true', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: ARTICLE.text });
    assert.equal(res.status, 200);
    const doc = (await json(res)) as unknown as AnalysisJSON;
    assert.equal(doc.date, '2024-02-01');
    assert.ok(doc.tokens && doc.tokens.length > 10);
    assert.deepEqual(checkInvariants(doc), []);
  });

  test('text with markup comes back verbatim (it is data, not HTML)', async () => {
    const text = 'قال المدير <script>alert(1)</script> و<img src=x onerror=alert(2)>';
    const res = await app.request('/api/analyze', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ text }) });
    const doc = (await json(res)) as unknown as AnalysisJSON;
    assert.equal(doc.text, text);
    assert.deepEqual(checkInvariants(doc), []);
  });

  const bad: [string, RequestInit, number, string][] = [
    ['malformed JSON', { body: '{"text": "قال', headers: JSON_TYPE }, 400, 'bad-json'],
    ['empty body', { body: '', headers: JSON_TYPE }, 400, 'bad-json'],
    ['a JSON array', { body: '[]', headers: JSON_TYPE }, 400, 'bad-body'],
    ['text not a string', { body: '{"text": 42}', headers: JSON_TYPE }, 400, 'bad-body'],
    ['an impossible date', { body: JSON.stringify({ text: 'نص', date: '2024-02-30' }), headers: JSON_TYPE }, 400, 'bad-body'],
    ['a date in another format', { body: JSON.stringify({ text: 'نص', date: '01/02/2024' }), headers: JSON_TYPE }, 400, 'bad-body'],
    ['an unsupported type', { body: 'text=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type'],
    ['invalid UTF-8', { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: JSON_TYPE }, 400, 'bad-encoding'],
  ];
  for (const [name, init, status, code] of bad) {
    test(`${name} → ${status} ${code}`, async () => {
      await expectError(await app.request('/api/analyze', { method: 'POST', ...init }), status, code);
    });
  }

  test('a body over the limit → 413, whether or not Content-Length says so', async () => {
    const small = createApp({ store, webRoot, maxAnalyzeBytes: 1000 });
    const body = JSON.stringify({ text: 'خبر '.repeat(500) });
    await expectError(await small.request('/api/analyze', { method: 'POST', headers: JSON_TYPE, body }), 413, 'body-too-large');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const res = await small.request('/api/analyze', { method: 'POST', headers: JSON_TYPE, body: stream, duplex: 'half' } as RequestInit);
    await expectError(res, 413, 'body-too-large');
  });
});

describe('POST /api/articles and the samples', () => {
  test('the shipped samples are listed and load into an empty store', async () => {
    const list = await json(await app.request('/api/samples'));
    const samples = list.samples as { title: string; text: string }[];
    assert.ok(samples.length >= 5 && samples.length <= 8, `5–8 samples, got ${samples.length}`);
    assert.ok(samples.every((s) => s.title && s.text.length > 200));
    const res = await app.request('/api/samples', { method: 'POST' });
    assert.equal(res.status, 201);
    const body = await json(res);
    assert.equal(body.added, samples.length);
    const again = await json(await app.request('/api/samples', { method: 'POST' }));
    assert.equal(again.added, 0, 'loading twice adds nothing');
    assert.equal(again.skipped, samples.length);
  });

  test('one JSON article → 201 with its id; the same again → 200 skipped', async () => {
    const res = await app.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(ARTICLE) });
    assert.equal(res.status, 201);
    const body = (await json(res)) as { added: number; articles: { id: number; skipped: boolean }[] };
    assert.equal(body.added, 1);
    const id = body.articles[0]!.id;
    const again = (await json(await app.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(ARTICLE) }))) as typeof body;
    assert.equal(again.added, 0);
    assert.equal(again.articles[0]!.id, id);
    assert.equal(again.articles[0]!.skipped, true);
  });

  test('many articles: an array, {articles: […]}, JSON Lines; bad items are reported, good ones stored', async () => {
    const a = { text: 'أعلنت البلدية عن مشروع جديد لتهيئة الحدائق العمومية.', date: '2024-03-01' };
    const b = { text: 'افتتح المعرض الدولي للكتاب دورته الجديدة بمشاركة واسعة.', date: '2024-03-02' };
    let body = await json(await app.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify([a, { title: 'no text' }]) }));
    assert.equal(body.added, 1);
    assert.equal((body.problems as unknown[]).length, 1);
    body = await json(await app.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ articles: [b] }) }));
    assert.equal(body.added, 1);
    const lines = [JSON.stringify({ text: 'وصلت أولى رحلات الموسم السياحي إلى مطار المنستير.' }), '{broken', JSON.stringify({ text: 'تراجعت أسعار الخضر في سوق الجملة هذا الأسبوع.' })].join('\n');
    body = await json(await app.request('/api/articles?filename=day.jsonl', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: lines }));
    assert.equal(body.added, 2);
    const problems = body.problems as { origin: string; message: string }[];
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.origin, 'day.jsonl:2');
  });

  test('text/plain with metadata in the query', async () => {
    const res = await app.request(`/api/articles?title=${encodeURIComponent('خبر قصير')}&date=2024-04-05&source=test`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'قال رئيس الجمعية إن المهرجان سيعود في الصيف المقبل.',
    });
    assert.equal(res.status, 201);
    const id = ((await json(res)) as { articles: { id: number }[] }).articles[0]!.id;
    const article = await json(await app.request(`/api/articles/${id}`));
    assert.equal(article.title, 'خبر قصير');
    assert.equal(article.date, '2024-04-05');
    assert.equal(article.source, 'test');
  });

  test('an HTML page: its main text and title are extracted', async () => {
    const paragraph = 'أعلنت جمعية حماية البيئة بالمنستير عن حملة لتنظيف الشواطئ تنطلق الأسبوع المقبل بمشاركة مئات المتطوعين من الشباب والتلاميذ.';
    const html = `<!doctype html><html lang="ar"><head><title>حملة نظافة</title></head><body><nav>الرئيسية · رياضة</nav><article><h1>حملة لتنظيف الشواطئ</h1><p>${paragraph}</p><p>${paragraph}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const res = await app.request('/api/articles?filename=page.html&date=2024-06-10', { method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html });
    assert.equal(res.status, 201);
    const id = ((await json(res)) as { articles: { id: number }[] }).articles[0]!.id;
    const article = (await json(await app.request(`/api/articles/${id}`))) as { date: string; document: AnalysisJSON };
    assert.ok(article.document.text.includes('حملة لتنظيف الشواطئ') || article.document.text.includes(paragraph));
    assert.ok(!article.document.text.includes('<p>'), 'markup is gone');
    assert.equal(article.date, '2024-06-10');
    assert.deepEqual(checkInvariants(article.document), []);
  });

  const bad: [string, RequestInit, number, string][] = [
    ['malformed JSON', { body: '[{"text": ', headers: JSON_TYPE }, 400, 'bad-json'],
    ['no usable article', { body: JSON.stringify([{ title: 'x' }]), headers: JSON_TYPE }, 400, 'no-articles'],
    ['an empty text', { body: JSON.stringify({ text: '   ' }), headers: JSON_TYPE }, 400, 'no-articles'],
    ['a bad date on an article', { body: JSON.stringify({ text: 'نص', date: 'أمس' }), headers: JSON_TYPE }, 400, 'no-articles'],
    ['an unsupported type', { body: 'x', headers: { 'Content-Type': 'application/pdf' } }, 415, 'unsupported-media-type'],
  ];
  for (const [name, init, status, code] of bad) {
    test(`${name} → ${status} ${code}`, async () => {
      await expectError(await app.request('/api/articles', { method: 'POST', ...init }), status, code);
    });
  }

  test('a bad date in the query of a text upload → 400', async () => {
    const res = await app.request('/api/articles?date=2024-13-01', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'نص' });
    await expectError(res, 400, 'bad-parameter');
  });
});

describe('the write token', () => {
  test('with a token, writes need it (401 without, 403 wrong, 201 right); reads and analyze do not', async () => {
    const locked = createApp({ store, webRoot, token: 'correct horse battery' });
    const article = JSON.stringify({ text: 'أكد المتحدث باسم الوزارة أن الامتحانات ستجرى في موعدها.' });
    await expectError(await locked.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: article }), 401, 'token-required');
    await expectError(await locked.request('/api/articles', { method: 'POST', headers: { ...JSON_TYPE, Authorization: 'Bearer wrong' }, body: article }), 403, 'bad-token');
    await expectError(await locked.request('/api/samples', { method: 'POST' }), 401, 'token-required');
    const ok = await locked.request('/api/articles', { method: 'POST', headers: { ...JSON_TYPE, Authorization: 'Bearer correct horse battery' }, body: article });
    assert.equal(ok.status, 201);
    const alt = await locked.request('/api/articles', { method: 'POST', headers: { ...JSON_TYPE, 'X-Khabar-Token': 'correct horse battery' }, body: article });
    assert.equal(alt.status, 200, 'same article again: skipped');
    assert.equal((await locked.request('/api/articles')).status, 200);
    assert.equal((await locked.request('/api/analyze', { method: 'POST', headers: JSON_TYPE, body: article })).status, 200);
    const stats = await json(await locked.request('/api/stats'));
    assert.equal(stats.tokenRequired, true);
  });

  test('cross-site writes are refused even without a token', async () => {
    const article = JSON.stringify({ text: 'نص من موقع آخر.' });
    await expectError(await app.request('/api/articles', { method: 'POST', headers: { ...JSON_TYPE, 'Sec-Fetch-Site': 'cross-site' }, body: article }), 403, 'cross-site');
    await expectError(
      await app.request('http://127.0.0.1:8080/api/articles', { method: 'POST', headers: { ...JSON_TYPE, Host: '127.0.0.1:8080', Origin: 'https://evil.example' }, body: article }),
      403,
      'cross-site',
    );
    await expectError(await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: 'null' }, body: 'نص' }), 403, 'cross-site');
    const same = await app.request('http://127.0.0.1:8080/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain', Host: '127.0.0.1:8080', Origin: 'http://127.0.0.1:8080', 'Sec-Fetch-Site': 'same-origin' }, body: 'نص' });
    assert.equal(same.status, 200);
  });

  test('without a token only loopback host names are served (DNS rebinding)', async () => {
    await expectError(await app.request('http://evil.example/api/stats', { headers: { Host: 'evil.example' } }), 403, 'bad-host');
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      assert.equal((await app.request('/api/stats', { headers: { Host: host } })).status, 200, host);
    }
    const locked = createApp({ store, webRoot, token: 'correct horse battery' });
    assert.equal((await locked.request('/api/stats', { headers: { Host: 'news.example.org' } })).status, 200);
  });

  test('binding a non-loopback address without a token is refused before listening', async () => {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), ServerConfigError);
    await assert.rejects(startServer({ store, host: '192.168.1.10', port: 0 }), /--token/);
  });
});

describe('reading the corpus', () => {
  test('search with a query, facets and pages', async () => {
    const res = await app.request(`/api/articles?q=${encodeURIComponent('البنك المركزي')}`);
    assert.equal(res.status, 200);
    const body = (await json(res)) as { total: number; hits: { id: number; snippet: { text: string } }[]; facets: Record<string, unknown[]>; page: number; limit: number };
    assert.ok(body.total >= 2, 'the samples about the central bank are found');
    assert.equal(body.page, 1);
    for (const key of ['entities', 'speakers', 'sources', 'months']) assert.ok(Array.isArray(body.facets[key]), key);
    const page2 = (await json(await app.request('/api/articles?limit=1&page=2'))) as typeof body;
    assert.equal(page2.hits.length, 1);
    assert.equal(page2.page, 2);
  });

  test('search filters: source and dates', async () => {
    const bySource = (await json(await app.request(`/api/articles?source=${encodeURIComponent('صحيفة الساحل')}`))) as { total: number };
    assert.equal(bySource.total, 2);
    const byMonth = (await json(await app.request('/api/articles?from=2024-05&to=2024-05'))) as { total: number };
    assert.equal(byMonth.total, 2, 'two samples are from May 2024');
  });

  const badParams: [string, string][] = [
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['limit=1000', 'limit'],
    ['limit=-1', 'limit'],
    ['from=2024-13', 'from'],
    ['to=yesterday', 'to'],
    ['from=2024-05-01&to=2024-04-01', 'after'],
    [`q=${'ب'.repeat(600)}`, 'q'],
  ];
  for (const [query, word] of badParams) {
    test(`GET /api/articles?${query.slice(0, 30)} → 400 naming the problem`, async () => {
      const message = await expectError(await app.request(`/api/articles?${query}`), 400);
      assert.match(message, new RegExp(word));
    });
  }

  test('one article with every layer, in the analyze contract', async () => {
    const res = await app.request('/api/articles/1');
    assert.equal(res.status, 200);
    const body = (await json(res)) as { id: number; document: AnalysisJSON; entityLinks: Record<string, number>; storyArticles: unknown[] };
    assert.equal(body.id, 1);
    assert.equal(typeof body.document.text, 'string');
    assert.equal(typeof body.entityLinks, 'object');
    assert.ok(Array.isArray(body.storyArticles));
    assert.deepEqual(checkInvariants(body.document), []);
  });

  test('article ids: not a number → 400, unknown → 404', async () => {
    await expectError(await app.request('/api/articles/abc'), 400, 'bad-parameter');
    await expectError(await app.request('/api/articles/0'), 400, 'bad-parameter');
    await expectError(await app.request('/api/articles/99999'), 404, 'not-found');
  });

  test('entities, quotes and stats answer; bad parameters → 400; unknown entity → 404', async () => {
    const entities = await json(await app.request(`/api/entities?q=${encodeURIComponent('بن عمر')}`));
    assert.ok(Array.isArray(entities.entities));
    await expectError(await app.request('/api/entities?type=PERSON'), 400, 'bad-parameter');
    await expectError(await app.request('/api/entities/99999'), 404, 'not-found');
    await expectError(await app.request('/api/entities/x1'), 400, 'bad-parameter');
    const quotes = await json(await app.request(`/api/quotes?speaker=${encodeURIComponent('سلمى الحداد')}`));
    assert.equal(typeof quotes.total, 'number');
    assert.ok(Array.isArray(quotes.quotes));
    await expectError(await app.request('/api/quotes?limit=0'), 400, 'bad-parameter');
    const stats = await json(await app.request('/api/stats'));
    assert.equal(stats.backend, 'sqlite');
    assert.ok((stats.articles as number) >= 6);
    assert.equal(stats.tokenRequired, false);
  });

  test('every entity listed has a page, and its quotes point into real articles', async () => {
    const { entities } = (await json(await app.request('/api/entities?limit=5'))) as { entities: { id: number }[] };
    for (const e of entities) {
      const detail = (await json(await app.request(`/api/entities/${e.id}`))) as { id: number; aliases: unknown[]; timeline: unknown[]; quotes: { articleId: number; start: number; end: number; text: string }[]; cooccurring: unknown[] };
      assert.equal(detail.id, e.id);
      assert.ok(detail.aliases.length >= 1);
      for (const q of detail.quotes) {
        const article = (await json(await app.request(`/api/articles/${q.articleId}`))) as { document: AnalysisJSON };
        assert.equal(article.document.text.slice(q.start, q.end), q.text);
      }
    }
  });
});

describe('the response cache', () => {
  test('a repeated read is served from the cache; a write through the server clears it', async () => {
    const cached = createApp({ store, webRoot, cacheTtlMs: 60_000 });
    const path = `/api/articles?q=${encodeURIComponent('المهرجان')}`;
    const first = await cached.request(path);
    assert.equal(first.headers.get('x-khabar-cache'), 'miss');
    const body = await first.text();
    const second = await cached.request(path);
    assert.equal(second.headers.get('x-khabar-cache'), 'hit');
    assert.equal(await second.text(), body);
    assert.equal(second.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, 'hits carry the security headers too');
    // The same query with its parameters in another order is the same entry.
    const reordered = await cached.request(`/api/articles?limit=20&q=${encodeURIComponent('المهرجان')}`);
    const plain = await cached.request(`/api/articles?q=${encodeURIComponent('المهرجان')}&limit=20`);
    assert.equal(reordered.headers.get('x-khabar-cache'), 'miss');
    assert.equal(plain.headers.get('x-khabar-cache'), 'hit');
    const write = await cached.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ text: 'أعلنت هيئة المهرجان الصيفي عن برنامج الدورة المقبلة.' }) });
    assert.equal(write.status, 201);
    const after = await cached.request(path);
    assert.equal(after.headers.get('x-khabar-cache'), 'miss', 'the write cleared the cache');
    assert.ok(((await after.json()) as { total: number }).total > ((JSON.parse(body) as { total: number }).total), 'the new article is found');
  });

  test('errors are not cached; a TTL of 0 disables the cache', async () => {
    const cached = createApp({ store, webRoot, cacheTtlMs: 60_000 });
    await cached.request('/api/articles/99999');
    assert.equal((await cached.request('/api/articles/99999')).headers.get('x-khabar-cache'), 'miss');
    const uncached = createApp({ store, webRoot, cacheTtlMs: 0 });
    await uncached.request('/api/stats');
    assert.equal((await uncached.request('/api/stats')).headers.get('x-khabar-cache'), null);
  });

  test('identical requests in flight are computed once', async () => {
    const cached = createApp({ store, webRoot, cacheTtlMs: 60_000 });
    const path = `/api/articles?q=${encodeURIComponent('الزيتون')}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => cached.request(path)));
    const states = answers.map((r) => r.headers.get('x-khabar-cache')).sort();
    assert.deepEqual(states, ['hit', 'hit', 'hit', 'hit', 'miss']);
  });
});

describe('reader threads', () => {
  test('a ReaderPool answers every read like the store itself, and the app can read through it', async () => {
    const pool = await ReaderPool.open(join(dir, 'khabar.db'), 2);
    try {
      const query = { q: 'البنك المركزي', limit: 5 };
      const direct = await store.search(query);
      const viaPool = await pool.search(query);
      assert.deepEqual(viaPool.hits, direct.hits);
      assert.deepEqual(viaPool.facets, direct.facets);
      assert.deepEqual(await pool.getArticle(1), await store.getArticle(1));
      assert.equal(await pool.getArticle(99999), null);
      assert.deepEqual((await pool.stats()).articles, (await store.stats()).articles);
      const pooled = createApp({ store, reader: pool, webRoot, cacheTtlMs: 0 });
      const answers = await Promise.all([pooled.request('/api/articles?q=%D8%A7%D9%84%D8%B2%D9%8A%D8%AA%D9%88%D9%86'), pooled.request('/api/stats'), pooled.request('/api/articles/1')]);
      assert.deepEqual(answers.map((r) => r.status), [200, 200, 200]);
      // A write on the main thread is seen by the readers (WAL): the pool's reads are never stale.
      const write = await pooled.request('/api/articles', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ text: 'افتتحت وزارة النقل محطة جديدة للحافلات في مدينة قابس.' }) });
      const id = ((await write.json()) as { articles: { id: number }[] }).articles[0]!.id;
      assert.equal((await pooled.request(`/api/articles/${id}`)).status, 200);
    } finally {
      await pool.close();
    }
  });
});

describe('routing, headers and the web app', () => {
  test('unknown API routes and methods → 404 JSON', async () => {
    await expectError(await app.request('/api/nothing'), 404, 'not-found');
    await expectError(await app.request('/api/articles', { method: 'DELETE' }), 404, 'not-found');
    await expectError(await app.request('/api/stats', { method: 'POST' }), 404, 'not-found');
  });

  test('every response carries the CSP and the other security headers', async () => {
    for (const path of ['/api/stats', '/api/nothing', '/', '/article/1', '/assets/app.js']) {
      const res = await app.request(path);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
    }
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
    assert.equal((await app.request('/api/stats')).headers.get('cache-control'), 'no-store');
  });

  test('static files with their content types, and the SPA fallback', async () => {
    const cases: [string, number, RegExp][] = [
      ['/', 200, /^text\/html/],
      ['/index.html', 200, /^text\/html/],
      ['/assets/app.js', 200, /^text\/javascript/],
      ['/assets/app.css', 200, /^text\/css/],
      ['/assets/font.woff2', 200, /^font\/woff2/],
      ['/article/12', 200, /^text\/html/],
      ['/entity/3', 200, /^text\/html/],
      ['/analyze', 200, /^text\/html/],
    ];
    for (const [path, status, type] of cases) {
      const res = await app.request(path);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', type, path);
    }
    const spa = await (await app.request('/entity/3')).text();
    assert.match(spa, /dir="rtl"/);
    assert.match((await app.request('/assets/app.js')).headers.get('cache-control') ?? '', /immutable/);
  });

  test('missing files and path traversal → 404, never a file outside the web root', async () => {
    for (const path of ['/missing.js', '/assets/none.css', '/%2e%2e/khabar.db', '/assets/%2e%2e/%2e%2e/khabar.db', '/..%2fkhabar.db', '/.env']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
    }
  });

  test('without a built web app, pages explain how to build it', async () => {
    const bare = createApp({ store, webRoot: join(dir, 'no-such-web') });
    const res = await bare.request('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /npm run build:web/);
  });

  test('the OpenAPI 3.1 document describes every route', async () => {
    const res = await app.request('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await json(res)) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    const expected: [string, string][] = [
      ['/api/analyze', 'post'],
      ['/api/articles', 'get'],
      ['/api/articles', 'post'],
      ['/api/articles/{id}', 'get'],
      ['/api/entities', 'get'],
      ['/api/entities/{id}', 'get'],
      ['/api/quotes', 'get'],
      ['/api/stats', 'get'],
      ['/api/samples', 'get'],
      ['/api/samples', 'post'],
      ['/api/openapi.json', 'get'],
    ];
    for (const [path, method] of expected) assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is described`);
    // Every $ref resolves.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
  });
});

describe('khabar serve', () => {
  test('refuses a public address without a token (exit 2), and bad ports (exit 2)', () => {
    const env = { ...process.env, KHABAR_TOKEN: '' };
    const open = runCli(['serve', '--db', join(dir, 'cli.db'), '--host', '0.0.0.0', '--port', '0'], { env });
    assert.equal(open.status, 2);
    assert.match(open.stderr, /--token or KHABAR_TOKEN/);
    const port = runCli(['serve', '--db', join(dir, 'cli.db'), '--port', '99999'], { env });
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port/);
    const short = runCli(['serve', '--db', join(dir, 'cli.db'), '--token', 'abc'], { env });
    assert.equal(short.status, 2);
  });

  test('serves on 127.0.0.1, says how to start on an empty store, stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_MAIN, 'serve', '--db', join(dir, 'cli-empty.db'), '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /on (http:\/\/\S+)/.exec(out);
        if (m && out.includes('empty')) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    assert.match(url, /^http:\/\/localhost:\d+$/);
    const stats = (await (await fetch(`${url.replace('localhost', '127.0.0.1')}/api/stats`)).json()) as { articles: number };
    assert.equal(stats.articles, 0);
    assert.match(out, /sample articles/);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  });
});
