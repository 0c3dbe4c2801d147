/**
 * The corpus store: one suite, run against both backends — SQLite (a real file in a temp folder)
 * and PostgreSQL (a real server at $KHABAR_TEST_PG, in a schema of its own that is dropped after).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { analyze } from '../src/analyze.ts';
import type { AnalysisDocument, Entity, Quote } from '../src/document.ts';
import { checkInvariants } from '../src/pipeline/invariants.ts';
import { openStore, StoreError, type OpenStoreOptions, type Store } from '../src/store/store.ts';
import { dateRangeTokens, metaText, sourceToken } from '../src/store/meta.ts';
import { SQLITE_SCHEMA_VERSION } from '../src/store/sqlite.ts';
import { normalizeWord } from '../src/text/normalize.ts';
import { normKey, translitKey, variantKey } from '../src/store/keys.ts';
import { findHighlights, parseQuery, pruneAlternatives } from '../src/store/text.ts';

const PG = process.env.KHABAR_TEST_PG;

/** A span of the first (or `nth`) occurrence of `part` in `text`. */
function at(text: string, part: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(part, i + 1);
  if (i < 0) throw new Error(`"${part}" not in text`);
  return { start: i, end: i + part.length, text: part };
}

interface EntitySpec {
  id: string;
  type: Entity['type'];
  /** Each mention as [surface, occurrence index]. */
  mentions: [string, number][];
  titles?: string[];
}

/**
 * Builds an analysed document with hand-written entities and quotes (so the suite does not depend
 * on the NER and quote models), on top of the real segmentation and number/date stages.
 */
function makeDoc(text: string, date: string | null, entities: EntitySpec[], quotes: { speaker: string; quote: string; cue: string }[] = []): AnalysisDocument {
  const doc = analyze(text, { date });
  doc.entities = entities.map((e) => {
    const mentions = e.mentions.map(([s, n]) => at(text, s, n)).sort((a, b) => a.start - b.start || a.end - b.end);
    const entity: Entity = { id: e.id, type: e.type, name: mentions.reduce((a, b) => (b.text.length > a.length ? b.text : a), ''), mentions };
    if (e.titles) entity.titles = e.titles;
    return entity;
  });
  doc.quotes = quotes
    .map((q, i): Quote => {
      const span = at(text, q.quote);
      return { id: `q${i + 1}`, kind: 'direct', ...span, cue: at(text, q.cue), speaker: q.speaker, speakerMention: null, addressee: null };
    })
    .sort((a, b) => a.start - b.start);
  doc.tokens = [];
  return doc;
}

// Fictional articles written for these tests. Glosses: «قال» (said), «أكد» (stressed), «الحكومة» (the government).
const A1 = 'قال الرئيس الأمريكي دونالد ترامب إنّ المفاوضات مع الصين مستمرة. وأكّد ترامب أنّ «الاتفاق قريب جدا» في تصريح للصحفيين.';
const A2 = 'أعلن ترمب اليوم عن خطة جديدة للسلام، وقال إنّ «الخطة ستنشر الأسبوع المقبل» بحضور وزير الخارجية.';
const A3 = 'Trump said on Monday that the talks with China would continue next week in Washington.';
const A4 = 'قال الشيخ راشد الغنوشي إن الحزب سيشارك في الانتخابات. وأضاف الغنوشي أن الحوار ضروري.';
const A5 = 'صرّح محمد الغنوشي رئيس الحكومة الأسبق بأن الاقتصاد يتعافى. وقال الغنوشي إن الاستثمار عاد.';
const A6 = 'قال الغنوشي في ندوة صحفية إنّ المرحلة صعبة على الجميع وإنّ الحلول ممكنة.';
const A7 = 'وافقت الحكومةُ التونسيّة على ميزانية بقيمة ٥٠٠ مليون دينار يوم ١٢ مارس ٢٠٢٤ لدعم أحمد وفاطمة في مشاريع التنمية الجهوية.';

function docs(): { input: { text: string; source: string; title: string; date: string }; doc: AnalysisDocument }[] {
  const item = (text: string, source: string, date: string, title: string, doc: AnalysisDocument) => ({ input: { text, source, title, date }, doc });
  return [
    item(A1, 'وكالة أ', '2024-01-10', 'ترامب والصين', makeDoc(A1, '2024-01-10', [
      { id: 'e1', type: 'PER', mentions: [['دونالد ترامب', 0], ['ترامب', 1]], titles: ['الرئيس الأمريكي'] },
      { id: 'e2', type: 'LOC', mentions: [['الصين', 0]] },
    ], [{ speaker: 'e1', quote: '«الاتفاق قريب جدا»', cue: 'وأكّد' }])),
    item(A2, 'وكالة ب', '2024-02-05', 'خطة سلام', makeDoc(A2, '2024-02-05', [{ id: 'e1', type: 'PER', mentions: [['ترمب', 0]] }], [
      { speaker: 'e1', quote: '«الخطة ستنشر الأسبوع المقبل»', cue: 'وقال' },
    ])),
    item(A3, 'Agency C', '2024-03-01', 'Talks', makeDoc(A3, '2024-03-01', [
      { id: 'e1', type: 'PER', mentions: [['Trump', 0]] },
      { id: 'e2', type: 'LOC', mentions: [['China', 0]] },
    ])),
    item(A4, 'وكالة أ', '2024-03-15', 'الانتخابات', makeDoc(A4, '2024-03-15', [{ id: 'e1', type: 'PER', mentions: [['راشد الغنوشي', 0], ['الغنوشي', 1]] }])),
    item(A5, 'وكالة ب', '2024-04-02', 'الاقتصاد', makeDoc(A5, '2024-04-02', [{ id: 'e1', type: 'PER', mentions: [['محمد الغنوشي', 0], ['الغنوشي', 1]] }])),
    item(A6, 'وكالة ب', '2024-04-20', 'ندوة', makeDoc(A6, '2024-04-20', [{ id: 'e1', type: 'PER', mentions: [['الغنوشي', 0]] }])),
    item(A7, 'وكالة أ', '2024-03-12', 'الميزانية', makeDoc(A7, '2024-03-12', [{ id: 'e1', type: 'PER', mentions: [['أحمد', 0]] }])),
  ];
}

/** The shared suite. */
function storeSuite(name: string, setup: () => Promise<{ open: (options?: OpenStoreOptions) => Promise<Store>; cleanup: () => Promise<void> }>, skip: string | false): void {
  describe(`store: ${name}`, { skip }, () => {
    let store: Store;
    let env: Awaited<ReturnType<typeof setup>>;
    const ids: number[] = [];

    before(async () => {
      env = await setup();
      store = await env.open();
      const results = await store.addArticles(docs());
      for (const r of results) ids.push(r.id);
    });
    after(async () => {
      await store?.close();
      await env?.cleanup();
    });

    test('stores articles and reports them as new, with distinct ids', async () => {
      assert.equal(new Set(ids).size, 7);
      const stats = await store.stats();
      assert.equal(stats.articles, 7);
      assert.equal(stats.quotes, 2);
      assert.equal(stats.firstDate, '2024-01-10');
      assert.equal(stats.lastDate, '2024-04-20');
      assert.ok(stats.sizeBytes > 0);
    });

    test('is idempotent: the same text is skipped, and hasHashes knows it', async () => {
      const [again] = await store.addArticles([docs()[0]!]);
      assert.equal(again!.skipped, true);
      assert.equal(again!.id, ids[0]);
      assert.equal((await store.stats()).articles, 7);
      const { contentHash } = await import('../src/store/hash.ts');
      const known = await store.hasHashes([contentHash(A1), contentHash('نص غير موجود')]); // (text not present)
      assert.deepEqual([...known], [contentHash(A1)]);
    });

    test('getArticle returns every layer with valid spans into the original text', async () => {
      for (const [i, id] of ids.entries()) {
        const a = await store.getArticle(id);
        assert.ok(a);
        const original = docs()[i]!;
        assert.equal(a.document.text, original.input.text);
        assert.deepEqual(checkInvariants(a.document), []);
        assert.deepEqual(a.document.entities, original.doc.entities);
        assert.deepEqual(a.document.quotes, original.doc.quotes);
        assert.deepEqual(a.document.times, original.doc.times);
        assert.deepEqual(a.document.quantities.map((q) => [q.text, q.value]), original.doc.quantities.map((q) => [q.text, q.value]));
        assert.deepEqual(a.document.sentences, original.doc.sentences);
        assert.equal(a.date, original.input.date);
        assert.equal(a.title, original.input.title);
        for (const e of a.document.entities) assert.equal(typeof a.entityLinks[e.id], 'number');
      }
      assert.equal(await store.getArticle(999_999), null);
    });

    test('links spelling variants and Latin transliterations into one global entity', async () => {
      const [trump] = await store.entities({ q: 'ترامب' });
      assert.ok(trump);
      assert.equal(trump.type, 'PER');
      const aliases = trump.aliases.map((a) => a.name).sort();
      assert.deepEqual(aliases, ['Trump', 'ترامب', 'ترمب', 'دونالد ترامب'].sort());
      assert.equal(trump.articleCount, 3);
      assert.equal(trump.mentionCount, 4);
      assert.equal(trump.firstSeen, '2024-01-10');
      assert.equal(trump.lastSeen, '2024-03-01');
      const viaLatin = await store.entities({ q: 'Trump' });
      assert.equal(viaLatin[0]?.id, trump.id);
    });

    test('never merges two people because they share a surname', async () => {
      const rached = (await store.entities({ q: 'راشد الغنوشي' }))[0]!;
      const mohamed = (await store.entities({ q: 'محمد الغنوشي' }))[0]!;
      assert.notEqual(rached.id, mohamed.id);
      // The article that says only «الغنوشي» joins neither full name: it is ambiguous.
      const a6 = await store.getArticle(ids[5]!);
      const linked = a6!.entityLinks.e1!;
      assert.notEqual(linked, rached.id);
      assert.notEqual(linked, mohamed.id);
    });

    test('search matches normalised Arabic and highlights the original characters', async () => {
      // «الحكومه» (ه for ة, no harakat) finds «الحكومةُ»; «التونسية» finds «التونسيّة».
      for (const q of ['الحكومه', 'حكومة', 'التونسية', 'احمد', '500']) {
        const r = await store.search({ q });
        assert.ok(r.total >= 1, `no result for ${q}`);
        const hit = r.hits.find((h) => h.id === ids[6]);
        assert.ok(hit, `A7 not found for ${q}`);
        assert.ok(hit.highlights.length >= 1, `no highlight for ${q}`);
        for (const h of hit.highlights) {
          const original = A7.slice(h.start, h.end);
          assert.ok(original.length > 0);
          assert.ok(checkInvariants({ text: A7, sentences: [h], entities: [], quotes: [], quantities: [], times: [], messages: [] }).length === 0);
        }
        assert.equal(hit.snippet.text, A7.slice(hit.snippet.start, hit.snippet.end));
      }
      const r = await store.search({ q: 'الحكومة' });
      const hit = r.hits.find((h) => h.id === ids[6])!;
      assert.equal(A7.slice(hit.highlights[0]!.start, hit.highlights[0]!.end), 'الحكومةُ');
    });

    test('search is spelling-variant aware through global entity aliases', async () => {
      const r = await store.search({ q: 'ترامب' });
      const found = new Set(r.hits.map((h) => h.id));
      assert.ok(found.has(ids[0]!) && found.has(ids[1]!) && found.has(ids[2]!), `found ${[...found]}`);
      const a2 = r.hits.find((h) => h.id === ids[1])!;
      assert.equal(A2.slice(a2.highlights[0]!.start, a2.highlights[0]!.end), 'ترمب');
      assert.ok(r.terms[0]!.includes('ترمب'));
    });

    test('search filters by entity, speaker, dates and source, and pages', async () => {
      const byEntity = await store.search({ entity: 'ترمب' });
      assert.deepEqual(byEntity.hits.map((h) => h.id).sort(), [ids[0], ids[1], ids[2]].sort());
      assert.equal(byEntity.hits[0]!.id, ids[2], 'no query: newest first');
      const bySpeaker = await store.search({ speaker: 'دونالد ترامب' });
      assert.deepEqual(bySpeaker.hits.map((h) => h.id).sort(), [ids[0], ids[1]].sort());
      const byDate = await store.search({ from: '2024-03', to: '2024-03-31' });
      assert.deepEqual(byDate.hits.map((h) => h.id).sort(), [ids[2], ids[3], ids[6]].sort());
      const bySource = await store.search({ q: 'الغنوشي', source: 'وكالة ب' });
      assert.deepEqual(bySource.hits.map((h) => h.id).sort(), [ids[4], ids[5]].sort());
      const page = await store.search({ source: 'وكالة ب', limit: 1, offset: 1 });
      assert.equal(page.total, 3);
      assert.equal(page.hits.length, 1);
      const none = await store.search({ entity: 'اسم لا وجود له' }); // (a name that does not exist)
      assert.equal(none.total, 0);
    });

    test('every result set comes with facets: entities, speakers, sources, months', async () => {
      const r = await store.search({ q: 'ترامب' });
      assert.equal(r.total, 3);
      assert.equal(r.facets.entities[0]!.name, 'دونالد ترامب');
      assert.equal(r.facets.entities[0]!.count, 3);
      assert.equal(r.facets.speakers[0]!.count, 2);
      assert.deepEqual(r.facets.months.map((m) => m.value), ['2024-01', '2024-02', '2024-03']);
      assert.deepEqual(r.facets.sources.map((s) => s.count).reduce((a, b) => a + b, 0), 3);
    });

    test('huge result sets: past the rank limit the newest come first, and facets count a sample and say so', async () => {
      // Limits of 2 put these 7 articles on the paths a million-article corpus takes.
      const small = await env.open({ searchLimits: { rank: 2, facetSample: 2 } });
      try {
        const r = await small.search({ q: 'ترامب' });
        assert.equal(r.total, 3);
        assert.equal(r.order, 'newest');
        assert.deepEqual(r.hits.map((h) => h.id), [ids[2], ids[1], ids[0]], 'newest stored first');
        assert.equal(r.facetsSampled, 2);
        assert.equal(r.facets.sources.reduce((a, s) => a + s.count, 0), 2);
        const exact = await store.search({ q: 'ترامب' });
        assert.equal(exact.order, 'relevance');
        assert.equal(exact.facetsSampled, undefined);
        // Filters only: still the newest by date, over the whole set, and pages.
        const byEntity = await small.search({ entity: 'ترمب' });
        assert.equal(byEntity.total, 3);
        assert.deepEqual(byEntity.hits.map((h) => h.id), [ids[2], ids[1], ids[0]]);
        assert.equal(byEntity.facetsSampled, 2);
        const page = await small.search({ source: 'وكالة أ', limit: 1, offset: 1 }); // 03-15, 03-12, 01-10
        assert.equal(page.total, 3);
        assert.deepEqual(page.hits.map((h) => h.id), [ids[6]]);
        // Text and filters together, past the limit.
        const both = await small.search({ q: 'قال', from: '2024-01', to: '2024-04-02' }); // «قال» (said); A6 is later
        assert.deepEqual(both.hits.map((h) => h.id), [ids[4], ids[3], ids[1], ids[0]]);
        assert.equal(both.total, 4);
      } finally {
        await small.close();
      }
      // Filters whose matches are a large share of the store: a walk down the date index.
      const walk = await env.open({ searchLimits: { rank: 10 } });
      try {
        const first = await walk.search({ source: 'وكالة أ', limit: 1 });
        assert.equal(first.total, 3);
        assert.deepEqual(first.hits.map((h) => h.id), [ids[3]]);
      } finally {
        await walk.close();
      }
    });

    test('totals: counting stops at the total limit (a lower bound, flagged) unless an exact total is asked for', async () => {
      // A limit of 2 puts these 7 articles where a common word is on a million-article corpus.
      const small = await env.open({ searchLimits: { rank: 1, total: 2 } });
      try {
        const exact = await store.search({ q: 'قال' }); // «قال» (said)
        assert.ok(exact.total > 2);
        assert.equal(exact.totalIsLowerBound, undefined);
        for (const query of [{ q: 'قال' }, { source: 'وكالة أ' }, { q: 'قال', source: 'وكالة أ' }, { entity: 'ترمب' }]) {
          const full = await store.search(query);
          const bounded = await small.search(query);
          assert.equal(bounded.total, Math.min(2, full.total), JSON.stringify(query));
          assert.equal(bounded.totalIsLowerBound, full.total > 2 ? true : undefined, JSON.stringify(query));
          assert.deepEqual(bounded.hits.length, Math.min(full.hits.length, full.total), 'every page is still served');
          const counted = await small.search({ ...query, exactTotal: true });
          assert.equal(counted.total, full.total, JSON.stringify(query));
          assert.equal(counted.totalIsLowerBound, undefined);
        }
      } finally {
        await small.close();
      }
    });

    test('totals: a count that stopped at the total limit is past the rank limit too, even when the two limits are equal', async () => {
      // «قال» (said) is in more than 2 of the 7 articles: with both limits at 2 the matches are too
      // many to rank, whatever the bounded total (2) says.
      const small = await env.open({ searchLimits: { rank: 2, total: 2 } });
      try {
        const r = await small.search({ q: 'قال' });
        assert.equal(r.total, 2);
        assert.equal(r.totalIsLowerBound, true);
        assert.equal(r.order, 'newest');
        const ids = r.hits.map((h) => h.id);
        assert.deepEqual(ids, ids.slice().sort((a, b) => b - a), 'newest stored first');
      } finally {
        await small.close();
      }
    });

    test('optimize (after a bulk load) keeps every search answer', async () => {
      const queries = [{ q: 'ترامب' }, { q: 'الغنوشي', source: 'وكالة ب' }, { entity: 'ترمب' }, { from: '2024-03', to: '2024-03-31' }];
      const before = await Promise.all(queries.map((q) => store.search(q)));
      await store.optimize(1_000); // a large share of the store: a full merge
      await store.optimize(1); // a small one: a bounded merge
      const after = await Promise.all(queries.map((q) => store.search(q)));
      for (const [i, r] of after.entries()) {
        assert.deepEqual(r.hits.map((h) => h.id), before[i]!.hits.map((h) => h.id));
        assert.deepEqual(r.facets, before[i]!.facets);
      }
    });

    test('quotes: by speaker (any spelling), newest first, filtered by words', async () => {
      const all = await store.quotes({ speaker: 'Trump' });
      assert.equal(all.total, 2);
      assert.deepEqual(all.quotes.map((q) => q.date), ['2024-02-05', '2024-01-10']);
      assert.equal(all.quotes[0]!.speaker?.name, 'دونالد ترامب');
      assert.equal(A2.slice(all.quotes[0]!.start, all.quotes[0]!.end), all.quotes[0]!.text);
      const words = await store.quotes({ q: 'الاتفاق' });
      assert.equal(words.total, 1);
      assert.equal(words.quotes[0]!.articleId, ids[0]);
    });

    test('entity detail: timeline, quotes, co-occurring entities, titles', async () => {
      const [trump] = await store.entities({ q: 'ترمب' });
      const d = await store.entity(trump!.id);
      assert.ok(d);
      assert.deepEqual(d.timeline.map((t) => [t.month, t.articles]), [['2024-01', 1], ['2024-02', 1], ['2024-03', 1]]);
      assert.equal(d.quotes.length, 2);
      assert.ok(d.cooccurring.length >= 1);
      assert.deepEqual(d.titles, [{ value: 'الرئيس الأمريكي', count: 1 }]);
      assert.equal(await store.entity(999_999), null);
    });

    test('near-duplicates join the story of the article they reprint', async () => {
      const text = `${A4} وأشار إلى أهمية المشاركة الواسعة.`; // (a reprint with one added sentence)
      const r = await store.addArticle({ text, source: 'وكالة ج', date: '2024-03-16' }, makeDoc(text, '2024-03-16', []));
      assert.equal(r.skipped, false);
      assert.equal(r.nearDuplicateOf, ids[3]);
      const original = await store.getArticle(ids[3]!);
      assert.equal(r.storyId, original!.storyId);
      const reprint = await store.getArticle(r.id);
      assert.deepEqual(reprint!.storyArticles.map((s) => s.id), [ids[3]]);
      const other = await store.addArticle({ text: 'نص مختلف تماما عن كل ما سبق من مقالات في هذا الاختبار.' }, makeDoc('نص مختلف تماما عن كل ما سبق من مقالات في هذا الاختبار.', null, [])); // (an unrelated text)
      assert.equal(other.nearDuplicateOf, null);
      assert.equal(other.storyId, other.id);
    });

    test('a person named by a given name alone does not join a full name', async () => {
      // «يوسف الشاهد» (Youssef Chahed) is also called «يوسف» and «الشاهد» in one article; another
      // article names only «يوسف», a third only «الشاهد».
      const t1 = 'التقى يوسف الشاهد بممثلي النقابات. وقال يوسف إن الحوار مستمر. وأضاف الشاهد أن الاتفاق قريب.';
      const t2 = 'قال يوسف إن الفريق سيلعب المباراة القادمة بكامل لاعبيه.';
      const t3 = 'أكد الشاهد أن الحكومة ماضية في الإصلاحات.';
      const [r1, r2, r3] = await store.addArticles([
        { input: { text: t1, date: '2024-05-01' }, doc: makeDoc(t1, '2024-05-01', [{ id: 'e1', type: 'PER', mentions: [['يوسف الشاهد', 0], ['يوسف', 1], ['الشاهد', 1]] }]) },
        { input: { text: t2, date: '2024-05-02' }, doc: makeDoc(t2, '2024-05-02', [{ id: 'e1', type: 'PER', mentions: [['يوسف', 0]] }]) },
        { input: { text: t3, date: '2024-05-03' }, doc: makeDoc(t3, '2024-05-03', [{ id: 'e1', type: 'PER', mentions: [['الشاهد', 0]] }]) },
      ]);
      const chahed = (await store.getArticle(r1!.id))!.entityLinks.e1;
      assert.notEqual((await store.getArticle(r2!.id))!.entityLinks.e1, chahed, 'a given name alone');
      assert.equal((await store.getArticle(r3!.id))!.entityLinks.e1, chahed, 'the family name alone, unambiguous');
      // A one-word search gains spellings of the word, not the other words of the name.
      const r = await store.search({ q: 'الشاهد' });
      assert.ok(!r.terms.flat().includes('يوسف'), JSON.stringify(r.terms));
    });

    test('a body\'s alias is stored with the article and links an article that writes the name alone', async () => {
      // «The Democratic Current party said …» and, in another article, «the Democratic Current stressed …».
      const t1 = 'قال حزب التيار الديمقراطي إن الحكومة فشلت في إدارة الأزمة.';
      const t2 = 'أكد التيار الديمقراطي أن المشاركة في الحكومة غير مطروحة.';
      const party = makeDoc(t1, '2024-05-04', [{ id: 'e1', type: 'ORG', mentions: [['حزب التيار الديمقراطي', 0]] }]);
      party.entities[0]!.aliases = ['التيار الديمقراطي'];
      const [r1, r2] = await store.addArticles([
        { input: { text: t1, date: '2024-05-04' }, doc: party },
        { input: { text: t2, date: '2024-05-05' }, doc: makeDoc(t2, '2024-05-05', [{ id: 'e1', type: 'ORG', mentions: [['التيار الديمقراطي', 0]] }]) },
      ]);
      const stored = (await store.getArticle(r1!.id))!;
      assert.deepEqual(stored.document.entities[0]!.aliases, ['التيار الديمقراطي']);
      assert.equal((await store.getArticle(r2!.id))!.entityLinks.e1, stored.entityLinks.e1);
      const [found] = await store.entities({ q: 'التيار الديمقراطي' });
      assert.equal(found?.id, stored.entityLinks.e1);
      assert.equal(found?.articleCount, 2);
    });

    test('a date range includes its last day whatever the time of day', async () => {
      const text = 'نشرت الوزارة تقريرها السنوي في آخر يوم من شهر جوان.'; // (the ministry published its yearly report on the last day of June)
      const date = '2024-06-30T21:00:00+01:00';
      const [r] = await store.addArticles([{ input: { text, date, source: 'وكالة د' }, doc: makeDoc(text, date, []) }]);
      for (const [from, to, found] of [['2024-06', '2024-06', true], ['2024-06-30', '2024-06-30', true], ['2024-07', '2024-12', false], ['2024', '2024', true], [undefined, '2024-06-29', false]] as const) {
        const hits = await store.search({ q: 'تقريرها', ...(from ? { from } : {}), to });
        assert.equal(hits.hits.some((h) => h.id === r!.id), found, `${from}…${to}`);
        const filterOnly = await store.search({ source: 'وكالة د', ...(from ? { from } : {}), to });
        assert.equal(filterOnly.total, found ? 1 : 0, `filters only, ${from}…${to}`);
      }
    });

    test('a batch is all or nothing', async () => {
      const before = (await store.stats()).articles;
      const good = makeDoc('مقال سليم يسبق مقالا معطوبا في نفس الدفعة.', null, []); // (a sound article before a broken one)
      const bad = makeDoc('مقال معطوب.', null, []); // (a broken article)
      (bad.quotes as unknown[]).push({ id: null, kind: 'direct', start: 0, end: 1, text: 'م' });
      await assert.rejects(store.addArticles([{ input: { text: good.text }, doc: good }, { input: { text: bad.text }, doc: bad }]));
      assert.equal((await store.stats()).articles, before);
      assert.equal((await store.hasHashes([(await import('../src/store/hash.ts')).contentHash(good.text)])).size, 0);
    });
  });
}

storeSuite(
  'SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    const file = join(dir, 'corpus.db');
    return { open: (options?: OpenStoreOptions) => openStore(file, options), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  false,
);

let schemas = 0;
async function pgSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `khabar_test_${process.pid}_${++schemas}`;
  const url = new URL(PG!);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

storeSuite(
  'PostgreSQL',
  async () => {
    const { url, drop } = await pgSchema();
    return { open: (options?: OpenStoreOptions) => openStore(url, options), cleanup: drop };
  },
  PG ? false : 'KHABAR_TEST_PG is not set (postgres://user:pass@host/db of a test database; .ci/run sets it)',
);

describe('store: opening', () => {
  test('SQLite: a foreign database, a non-database file and a newer schema are refused, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    try {
      const foreign = join(dir, 'other.db');
      const other = new Database(foreign);
      other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
      other.close();
      await assert.rejects(openStore(foreign), (e: Error) => e instanceof StoreError && e.message.includes(foreign) && /not a khabar store/.test(e.message));
      const text = join(dir, 'notes.db');
      writeFileSync(text, 'هذا ملف نصي وليس قاعدة بيانات، '.repeat(200)); // (a text file, not a database)
      await assert.rejects(openStore(text), (e: Error) => e instanceof StoreError && e.message.includes(text) && /not a khabar store/.test(e.message));
      const newer = join(dir, 'newer.db');
      (await openStore(newer)).close();
      const raw = new Database(newer);
      raw.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
      raw.close();
      await assert.rejects(openStore(newer), (e: Error) => e instanceof StoreError && e.message.includes(newer) && /newer khabar/.test(e.message));
      await assert.rejects(openStore(join(dir, 'missing.db'), { readonly: true }), StoreError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SQLite: reopening keeps the data and the schema version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    try {
      const file = join(dir, 'k.db');
      const s = await openStore(file);
      const d = docs()[0]!;
      await s.addArticle(d.input, d.doc);
      await s.close();
      const again = await openStore(file, { readonly: true });
      const stats = await again.stats();
      assert.equal(stats.articles, 1);
      assert.equal(stats.schemaVersion, SQLITE_SCHEMA_VERSION);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SQLite: a store of schema 1 is migrated on open (full-text index rebuilt with filter tokens, facet rows filled)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    try {
      const file = join(dir, 'old.db');
      const s = await openStore(file);
      const added = await s.addArticles(docs());
      await s.close();
      // Turn it back into schema 1: the full-text table without the filter column, the entities without aliases.
      const raw = new Database(file);
      raw.exec(`ALTER TABLE article_entities DROP COLUMN aliases; DROP TABLE article_facets; DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`);
      raw.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
      raw.pragma('user_version = 1');
      raw.close();
      await assert.rejects(openStore(file, { readonly: true }), /needs a migration/);
      const migrated = await openStore(file);
      assert.equal((await migrated.stats()).schemaVersion, SQLITE_SCHEMA_VERSION);
      const bySource = await migrated.search({ q: 'الغنوشي', source: 'وكالة ب' });
      assert.deepEqual(bySource.hits.map((h) => h.id).sort(), [added[4]!.id, added[5]!.id].sort());
      const byEntity = await migrated.search({ q: 'الصين', entity: 'Trump' }); // «الصين» (China)
      assert.deepEqual(byEntity.hits.map((h) => h.id), [added[0]!.id]);
      const facets = (await migrated.search({ q: 'ترامب' })).facets;
      assert.equal(facets.entities[0]!.name, 'دونالد ترامب');
      assert.equal(facets.entities[0]!.count, 3);
      assert.equal(facets.speakers[0]!.count, 2);
      assert.deepEqual(facets.months.map((m) => m.value), ['2024-01', '2024-02', '2024-03']);
      await migrated.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SQLite: a store of schema 3 is migrated on open, and phrases are then looked up by word pairs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    try {
      const file = join(dir, 'v3.db');
      const s = await openStore(file);
      const added = await s.addArticles(docs());
      await s.close();
      // Turn it back into schema 3: an empty full-text index with no pair tokens, the entities without aliases.
      const raw = new Database(file);
      raw.exec(`ALTER TABLE article_entities DROP COLUMN aliases; DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, meta, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`);
      raw.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
      raw.pragma('user_version = 3');
      raw.close();
      const migrated = await openStore(file);
      try {
        assert.equal((await migrated.stats()).schemaVersion, SQLITE_SCHEMA_VERSION);
        const cases: [string, number[]][] = [
          ['"الحكومة التونسية"', [6]], // (the Tunisian government) written «الحكومةُ التونسيّة», with harakat
          ['"لرئيس الحكومة"', [4]], // (to the head of government): «رئيس الحكومة» with another proclitic
          ['"وزير الخارجية"', [1]], // (the foreign minister)
          ['"الاتفاق قريب جدا"', [0]], // (the agreement is very close): three words, two pairs
          ['"الحكومة مارس"', []], // both words are in A7, not next to each other
          ['"قريب الاتفاق"', []], // the words of A1 in the wrong order
          ['الغنوشي', [3, 4, 5]], // one word: no pairs
        ];
        for (const [q, want] of cases) {
          const r = await migrated.search({ q });
          assert.deepEqual(r.hits.map((h) => h.id).sort(), want.map((i) => added[i]!.id).sort(), q);
        }
        const byStem = await migrated.search({ q: '"لرئيس الحكومة"' });
        const hit = byStem.hits[0]!;
        assert.deepEqual(hit.highlights.map((h) => A5.slice(h.start, h.end)), ['رئيس الحكومة'], 'the phrase is highlighted where its stems matched');
      } finally {
        await migrated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('PostgreSQL: a foreign schema and a newer schema are refused', { skip: PG ? false : 'KHABAR_TEST_PG is not set' }, async () => {
    const { url, drop } = await pgSchema();
    try {
      const schema = new URL(url).searchParams.get('schema')!;
      const client = new pg.Client({ connectionString: PG });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`CREATE TABLE ${schema}.notes (id INT)`);
      await assert.rejects(openStore(url), (e: Error) => e instanceof StoreError && /not a khabar store/.test(e.message));
      await client.query(`DROP TABLE ${schema}.notes`);
      (await openStore(url)).close();
      await client.query(`UPDATE ${schema}.meta SET value = '99' WHERE key = 'schema_version'`);
      await assert.rejects(openStore(url), (e: Error) => e instanceof StoreError && /newer khabar/.test(e.message));
      await client.end();
    } finally {
      await drop();
    }
  });
});

describe('store: keys and text', () => {
  test('name keys: spelling variants share a variant key, Latin and Arabic spellings a transliteration key', () => {
    const variants: [string, string][] = [
      ['ترامب', 'ترمب'], // Trump
      ['نتنياهو', 'نتانياهو'], // Netanyahu
      ['عبد الله', 'عبدالله'], // Abdallah, apart and joined
      ['كريم بن عمر', 'كريم بنعمر'], // Karim Ben Omar, «بن» (son of) apart and joined
    ];
    for (const [a, b] of variants) assert.equal(variantKey(a), variantKey(b), `${a} / ${b}`);
    const scripts: [string, string][] = [
      ['ترامب', 'Trump'],
      ['محمد', 'Mohamed'], // Mohamed
      ['ماكرون', 'Macron'], // Macron
      ['بلينكن', 'Blinken'], // Blinken
    ];
    for (const [a, b] of scripts) assert.equal(translitKey(a), translitKey(b), `${a} / ${b}`);
    assert.notEqual(variantKey('حسن'), variantKey('حسين')); // Hassan and Hussein are two names
    assert.equal(normKey('قيس سعيّد'), normKey('قيس سعيد')); // Kais Saied, with and without shadda
    assert.notEqual(normKey('راشد الغنوشي'), normKey('محمد الغنوشي'));
  });

  test('filter tokens: a date range is covered by the fewest whole years, months and days', () => {
    assert.deepEqual(dateRangeTokens('2016-01-01', '2017-12-31', 2010, 2024), ['y2016', 'y2017']);
    assert.deepEqual(dateRangeTokens('2024-03-01', '2024-03-31', 2010, 2024), ['m202403']);
    assert.deepEqual(dateRangeTokens('2023-12-30', '2024-02-29', 2010, 2024), ['d20231230', 'd20231231', 'm202401', 'm202402']);
    assert.deepEqual(dateRangeTokens('1990-01-01', '2030-12-31', 2015, 2016), ['y2015', 'y2016'], 'open ends stop at the store years');
    assert.deepEqual(dateRangeTokens('2030-01-01', '2031-01-01', 2015, 2016), []);
    assert.equal(metaText({ date: '2017-03-05T10:00:00+01:00', source: 'Jawhara FM', entities: [4, 9, 4], speakers: [9] }), `y2017 m201703 d20170305 ${sourceToken('Jawhara FM')} e4 e9 q9`);
    assert.equal(metaText({ date: '2017', source: null, entities: [], speakers: [] }), 'y2017');
    assert.match(sourceToken('وكالة تونس إفريقيا للأنباء'), /^s[0-9a-z]+$/); // (Tunis Afrique Presse)
    assert.notEqual(sourceToken('وكالة أ'), sourceToken('وكالة ب'));
  });

  test('a phrase that contains another alternative of its group is dropped (it matches nothing more)', () => {
    // «وزاره الداخليه» (the interior ministry) covers «وزاره الداخليه الفرنسيه» (… French); «الداخليه» does not cover «داخليه».
    assert.deepEqual(pruneAlternatives(['وزاره الداخليه', 'وزاره الداخليه الفرنسيه', 'وزاره الدخليه']), ['وزاره الداخليه', 'وزاره الدخليه']);
    assert.deepEqual(pruneAlternatives(['الداخليه', 'داخليه']), ['الداخليه', 'داخليه']);
    assert.deepEqual(pruneAlternatives(['الولايات المتحده', 'ولايات المتحده']), ['الولايات المتحده', 'ولايات المتحده']);
  });

  test('queries and highlights work on the normalised form and map back to the original', () => {
    const text = 'وقالت الحكومةُ إنّ الإصلاحات ستبدأ.'; // (the government said the reforms will begin)
    const terms = parseQuery('حكومة الاصلاحات');
    const spans = findHighlights(text, terms);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['الحكومةُ', 'الإصلاحات']);
    assert.equal(normalizeWord(text.slice(spans[1]!.start, spans[1]!.end)), 'الاصلاحات');
    assert.deepEqual(parseQuery('"دونالد ترامب"'), [['دونالد ترامب']]);
    assert.deepEqual(parseQuery('  '), []);
  });
});
