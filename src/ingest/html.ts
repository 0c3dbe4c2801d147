/**
 * HTML articles: the main text, title, publication date and byline of a saved web page, found by
 * Mozilla Readability (the Firefox reader view) on a linkedom DOM.
 *
 * The text is rebuilt from the article's blocks (paragraphs, headings, list items, quotations),
 * one block a paragraph separated by a blank line, so that khabar's paragraph and sentence
 * boundaries follow the page's.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError, type ArticleInput } from './read.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';
const DATE = /(\d{4})-(\d{2})-(\d{2})/;

interface NodeLike {
  textContent: string | null;
  querySelector(selector: string): NodeLike | null;
  querySelectorAll(selector: string): Iterable<NodeLike>;
  getAttribute(name: string): string | null;
}

/** Collapses runs of spaces and tabs; keeps the characters otherwise exactly. */
function clean(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The first `YYYY-MM-DD` found in a page's metadata: meta tags, JSON-LD, `<time datetime>`. */
function findDate(document: NodeLike, published: string | null | undefined): string | undefined {
  const candidates: (string | null | undefined)[] = [published];
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="DC.date.issued"]',
  ]) {
    candidates.push(document.querySelector(selector)?.getAttribute('content'));
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1]);
  }
  candidates.push(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  for (const c of candidates) {
    const m = c ? DATE.exec(c) : null;
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return undefined;
}

/**
 * Extracts the article of an HTML page.
 * @throws {@link InputError} when the page has no readable article text.
 */
export function articleFromHtml(html: string, origin: string): ArticleInput & { byline?: string } {
  const { document } = parseHTML(html);
  const doc = document as unknown as NodeLike;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const date = findDate(doc, undefined);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const blocks: string[] = [];
    for (const el of (content as unknown as NodeLike).querySelectorAll(BLOCKS)) {
      // Only innermost blocks, so that nested ones are not repeated.
      if ((el as NodeLike).querySelector(BLOCKS)) continue;
      const t = clean(el.textContent ?? '');
      if (t) blocks.push(t);
    }
    text = blocks.length ? blocks.join('\n\n') : clean(parsed.textContent ?? '');
  }
  if (!text) {
    const body = doc.querySelector('body');
    text = clean(body?.textContent ?? '');
  }
  if (!text) throw new InputError(origin, 'the HTML page has no readable text');
  const article: ArticleInput & { byline?: string } = { text, origin };
  const title = clean(parsed?.title ?? doc.querySelector('title')?.textContent ?? '');
  if (title) article.title = title;
  const day = findDate(doc, parsed?.publishedTime) ?? date;
  if (day) article.date = day;
  if (parsed?.byline) article.byline = clean(parsed.byline);
  if (parsed?.siteName) article.source = clean(parsed.siteName);
  if (canonical && /^https?:\/\//.test(canonical)) article.url = canonical;
  return article;
}
