/**
 * End-to-end: a real Chromium (Debian's `chromium`, driven by playwright-core) against a real
 * `khabar serve` on 127.0.0.1 with a temporary store holding the sample articles.
 *
 * - search → open an article → see a highlighted quote → open its speaker's page (and back);
 * - an article containing `<script>` and `<img onerror=…>` is shown literally and runs nothing;
 * - Arabic first (rtl, shipped font), the English toggle, the keyboard, a phone-sized screen.
 *
 * On failure every page visited is kept as a screenshot in test-results/. Skips with a message
 * when /usr/bin/chromium is absent (`.ci/run` installs it).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openStore, type Store } from '../src/store/store.ts';
import { startServer, type RunningServer } from '../src/server/index.ts';

// Callbacks passed to page.evaluate() run in the browser; the project compiles without DOM types,
// so the few browser globals they use are declared here.
declare const document: {
  documentElement: { dir: string; lang: string; scrollWidth: number };
  fonts: { ready: Promise<unknown>; check(font: string, text?: string): boolean };
  activeElement: { className: string } | null;
};
declare const window: { innerWidth: number; __khabarXss?: number };
declare function getComputedStyle(element: unknown, pseudo?: string): { backgroundColor: string; content: string };

const CHROMIUM = '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const TIMEOUT = 20_000;

/** Marker values the hostile article tries to set; nothing may set them. */
const XSS_TEXT =
  'قال المدير العام إن <script>window.__khabarXss = 1</script> النظام آمن.\n\n' +
  'وأضاف: «<img src=x onerror="window.__khabarXss = 2"> لا خوف».\n\n' +
  'رابط <a href="javascript:window.__khabarXss=3">اضغط هنا</a> و<svg onload="window.__khabarXss=4"></svg>';
const XSS_TITLE = 'عنوان <script>window.__khabarXss = 5</script><b onmouseover="window.__khabarXss=6">خطير</b>';

let dir: string;
let store: Store;
let server: RunningServer;
let context: BrowserContext;
let xssArticleId: number;
const cspViolations: string[] = [];
const pageErrors: string[] = [];

/** Screenshots of every page a test visited, written out only when the test fails. */
class Shots {
  private readonly shots: { name: string; png: Buffer }[] = [];
  constructor(private readonly test: string) {}
  async take(page: Page, name: string): Promise<void> {
    this.shots.push({ name, png: await page.screenshot({ fullPage: true }) });
  }
  async keepOnFailure(page: Page, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      mkdirSync(RESULTS, { recursive: true });
      await this.take(page, 'at-failure').catch(() => undefined);
      for (const [i, s] of this.shots.entries()) writeFileSync(join(RESULTS, `e2e-${this.test}-${i + 1}-${s.name}.png`), s.png);
      throw error;
    }
  }
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    pageErrors.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

describe('the web app in Chromium', { skip: SKIP }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khabar-e2e-'));
    // Build the app from the current sources into the temp folder (the test never uses a stale web/dist).
    const webRoot = join(dir, 'web');
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'web/vite.config.ts'), '--outDir', webRoot, '--logLevel', 'warn'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(build.status, 0, `vite build failed: ${build.stderr}`);
    store = await openStore(join(dir, 'khabar.db'));
    server = await startServer({ store, port: 0, webRoot });
    const samples = await fetch(`${server.url}/api/samples`, { method: 'POST' });
    assert.equal(samples.status, 201);
    const xss = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: XSS_TEXT, title: XSS_TITLE, source: '<i>مصدر</i>', date: '2024-06-01', url: 'javascript:alert(1)' }),
    });
    assert.equal(xss.status, 201);
    xssArticleId = ((await xss.json()) as { articles: { id: number }[] }).articles[0]!.id;
    context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
      locale: 'ar-TN',
    });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('search → open an article → a highlighted quote → its speaker’s page → back to the sentence', async (t) => {
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as { quotes: number; entities: number };
    const { quotes } = (await (await fetch(`${server.url}/api/quotes?limit=100`)).json()) as { quotes: { articleId: number; speaker: { id: number; name: string } | null }[] };
    const quoted = quotes.find((q) => q.speaker);
    if (!quoted) {
      t.skip(`the pipeline found no quote with a linked speaker in the samples yet (${stats.quotes} quotes, ${stats.entities} entities)`);
      return;
    }
    const page = await newPage();
    const shots = new Shots('journey');
    await shots.keepOnFailure(page, async () => {
      await page.goto(`${server.url}/`);
      await page.locator('#q').fill(quoted.speaker!.name);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?q=/);
      const hit = page.locator(`.hit-title a[href="/article/${quoted.articleId}"]`);
      await hit.waitFor();
      await shots.take(page, 'search');
      await hit.click();
      await page.waitForURL(new RegExp(`/article/${quoted.articleId}$`));
      const quote = page.locator('.annotated .quote').filter({ has: page.locator('a.speaker-chip') }).first();
      await quote.waitFor();
      await shots.take(page, 'article');
      // The quote is highlighted (its own background), and its chip names the speaker.
      const background = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the quote has a highlight');
      const chip = quote.locator('a.speaker-chip');
      const speakerName = (await chip.textContent())!.trim();
      assert.ok(speakerName.length > 0);
      await chip.click();
      await page.waitForURL(/\/entity\/\d+$/);
      const heading = page.locator('.entity-head h1');
      await heading.waitFor();
      await shots.take(page, 'entity');
      assert.equal((await heading.textContent())!.trim(), speakerName);
      assert.ok(await page.locator('svg.timeline').count(), 'a timeline chart');
      const back = page.locator('.quote-list a[href*="#quote-"]').first();
      await back.waitFor();
      await back.click();
      await page.waitForURL(/\/article\/\d+#quote-q\d+$/);
      const target = page.locator('.quote.target');
      await target.waitFor();
      await shots.take(page, 'back-to-sentence');
      assert.equal(await target.evaluate((el) => el.id), new URL(page.url()).hash.slice(1));
    });
    await page.close();
  });

  test('an article with <script> and onerror= is shown literally and runs nothing', async () => {
    const page = await newPage();
    const shots = new Shots('xss');
    await shots.keepOnFailure(page, async () => {
      await page.goto(`${server.url}/article/${xssArticleId}`);
      await page.locator('.annotated').waitFor();
      await shots.take(page, 'article');
      const text = await page.locator('.annotated').evaluate((el) => el.textContent ?? '');
      assert.ok(text.includes('<script>window.__khabarXss = 1</script>'), 'the script tag is shown as text');
      assert.ok(text.includes('<img src=x onerror="window.__khabarXss = 2">'), 'the img tag is shown as text');
      const title = await page.locator('h1').first().textContent();
      assert.equal(title, XSS_TITLE);
      assert.equal(await page.locator('main img, main script, main svg[onload], main b, main i').count(), 0, 'no element was created from article data');
      assert.equal(await page.locator('main a[href^="javascript:"]').count(), 0, 'no javascript: link');
      // Search results show the same text literally.
      await page.goto(`${server.url}/?q=${encodeURIComponent('النظام آمن')}`);
      await page.locator('.hit').first().waitFor();
      await shots.take(page, 'search');
      assert.equal(await page.locator('main img, main script').count(), 0);
      // And the analyze page, with the text pasted.
      await page.goto(`${server.url}/analyze`);
      await page.locator('#analyze-text').fill(XSS_TEXT);
      await page.locator('#analyze-button').click();
      await page.locator('.analysis .annotated').waitFor();
      await shots.take(page, 'analyze');
      assert.ok((await page.locator('.analysis .annotated').textContent())!.includes('<script>'));
      assert.equal(await page.locator('main img, main script').count(), 0);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__khabarXss), undefined, 'no injected code ran');
    });
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('Arabic first: rtl, the shipped Arabic font, the English toggle, no CSP violation', async () => {
    const page = await newPage();
    const shots = new Shots('rtl');
    await shots.keepOnFailure(page, async () => {
      await page.goto(`${server.url}/article/1`);
      await page.locator('.annotated').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
      await page.evaluate(() => document.fonts.ready);
      assert.ok(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'خبر')), 'the Naskh font is loaded from the server');
      const fontRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.woff2?$/.test(n)));
      assert.ok(fontRequests.length > 0 && fontRequests.every((u) => u.startsWith(server.url)), 'fonts come from the server itself');
      await shots.take(page, 'arabic');
      await page.locator('#lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      assert.equal(await page.locator('.annotated').getAttribute('dir'), 'rtl', 'the article text stays right to left');
      assert.equal((await page.locator('#nav a').first().textContent())!.trim(), 'Search');
      await shots.take(page, 'english');
      await page.locator('#lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
    });
    assert.deepEqual(cspViolations, []);
    await page.close();
  });

  test('keyboard: skip link first, search from the keyboard, focusable amounts show their value', async () => {
    const page = await newPage();
    const shots = new Shots('keyboard');
    await shots.keepOnFailure(page, async () => {
      await page.goto(`${server.url}/`);
      await page.locator('#q').waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      await page.locator('#q').focus();
      await page.keyboard.type('الزيتون');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?q=/);
      const link = page.locator('.hit-title a').first();
      await link.waitFor();
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/article\/\d+$/);
      await page.locator('.annotated').waitFor();
      const amount = page.locator('.annotated .qty[tabindex="0"]').first();
      if (await amount.count()) {
        await amount.focus();
        const tip = await amount.getAttribute('data-tip');
        assert.match(tip ?? '', /^= /, 'an amount carries its resolved value');
        const shown = await amount.evaluate((el) => getComputedStyle(el, '::after').content);
        assert.ok(shown.includes('='), 'the value shows on keyboard focus');
      }
      await shots.take(page, 'article');
    });
    await page.close();
  });

  test('an empty store offers the samples, and files can be uploaded', async () => {
    const emptyStore = await openStore(join(dir, 'empty.db'));
    const emptyServer = await startServer({ store: emptyStore, port: 0, webRoot: join(dir, 'web') });
    const page = await newPage();
    const shots = new Shots('empty');
    try {
      await shots.keepOnFailure(page, async () => {
        await page.goto(`${emptyServer.url}/`);
        const load = page.locator('#load-samples');
        await load.waitFor();
        await shots.take(page, 'empty');
        await load.click();
        await page.locator('.hit').first().waitFor();
        await shots.take(page, 'loaded');
        assert.ok((await page.locator('.hit').count()) >= 5, 'the samples are listed');
        await page.goto(`${emptyServer.url}/add`);
        const upload = join(dir, 'مقال.txt');
        writeFileSync(upload, 'قال رئيس بلدية بنزرت إن أشغال تهيئة الميناء القديم ستنطلق في الخريف المقبل.');
        await page.locator('#upload-files').setInputFiles(upload);
        await page.locator('.upload-form button[type=submit]').click();
        const link = page.locator('.upload-results a[href^="/article/"]');
        await link.waitFor();
        await shots.take(page, 'uploaded');
        await link.click();
        await page.locator('.annotated').waitFor();
        assert.match((await page.locator('.annotated').textContent()) ?? '', /بنزرت/);
      });
    } finally {
      await page.close();
      await emptyServer.close();
      await emptyStore.close();
    }
  });

  test('readable on a phone: no sideways scrolling', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const shots = new Shots('phone');
    await shots.keepOnFailure(page, async () => {
      for (const path of ['/', '/article/1', '/analyze', '/add']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h1, main .hit').first().waitFor();
        await shots.take(page, path.replace(/\W+/g, '-') || 'home');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${path}: the page is ${overflow}px wider than the phone`);
      }
    });
    await page.close();
  });
});
