/**
 * Draws a blind set of real ANT articles for annotation (the who-said-what rounds of docs/who-said-what.md):
 *
 *   npm run real:pick -- --seed 12565 --count 6 --set s815 [--min-length 500] [--root out/real]
 *
 * Leaves out every article an earlier set, the docs (every ANT id written in docs/*.md or README.md), the seen list
 * (ROOT/seen.txt: articles a dump diff has shown) or the shared evaluation sets hold; writes ROOT/SET/docs/rNN.txt (the
 * title, a newline, the text) and ROOT/SET/docs/meta.json (date, URL and ANT id of each), and an empty ROOT/SET/gold/
 * for the annotator. The draw is a seeded shuffle of the eligible ids in sorted order: the same seed and the same
 * exclusions give the same set.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, type ArticleInput } from '../../src/ingest/read.ts';
import { articlesOf } from '../../src/ingest/sources.ts';
import { articleText } from './article.ts';
import { drawFirst } from './draw.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    count: { type: 'string', default: '6' },
    set: { type: 'string' },
    'min-length': { type: 'string', default: '500' },
    root: { type: 'string', default: 'out/real' },
    corpus: { type: 'string', default: '../shared/data/news/ant-corpus.jsonl.gz' },
  },
});
if (!values.seed || !values.set) {
  console.error('real:pick: --seed N and --set NAME are required');
  process.exit(2);
}
const root = resolve(values.root!);
const corpus = resolve(values.corpus!);
if (!existsSync(corpus)) {
  console.error(`real:pick: ${corpus} not found (the shared corpus is not on this machine)`);
  process.exit(2);
}
const ANT_ID = /\b[A-Z][A-Z]-[A-Za-z]+-\d+-\d+/gu;
const used = new Set<string>();
for (const file of [...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f)), 'README.md']) for (const id of readFileSync(file, 'utf8').match(ANT_ID) ?? []) used.add(id);
if (existsSync(join(root, 'seen.txt'))) for (const id of readFileSync(join(root, 'seen.txt'), 'utf8').split('\n')) if (id.trim()) used.add(id.trim());
if (existsSync(root)) {
  for (const set of readdirSync(root)) {
    const meta = join(root, set, 'docs', 'meta.json');
    if (existsSync(meta)) for (const entry of Object.values(JSON.parse(readFileSync(meta, 'utf8')) as Record<string, { id: string }>)) used.add(entry.id);
  }
}
// The shared evaluation articles come from the same corpus: their titles keep them out.
const evalTitles = new Set<string>();
const evalRoot = resolve('../shared/eval');
if (existsSync(evalRoot)) {
  for (const part of readdirSync(evalRoot)) {
    const docs = join(evalRoot, part, 'docs');
    if (!existsSync(docs)) continue;
    for (const f of readdirSync(docs).filter((f) => f.endsWith('.txt'))) evalTitles.add(readFileSync(join(docs, f), 'utf8').split('\n')[0]!.trim());
  }
}
/** A corpus article: every one has an id, a title, a date and an address. */
type Article = ArticleInput & { id: string; title: string; date: string; url: string };
const minLength = Number(values['min-length']);
const eligible: Article[] = [];
for await (const a of articlesOf(corpus)) {
  if (a instanceof InputError) throw a;
  if (a.id === undefined || a.title === undefined || !a.date || a.url === undefined) throw new InputError(a.origin, 'a corpus article needs "id", "title", "date" and "url"');
  const article = a as Article;
  if (!used.has(article.id) && article.text.length >= minLength && !evalTitles.has(article.title.trim())) eligible.push(article);
}
eligible.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const count = Number(values.count);
const drawn = drawFirst(eligible, count, Number(values.seed));
const docs = join(root, values.set!, 'docs');
mkdirSync(docs, { recursive: true });
mkdirSync(join(root, values.set!, 'gold'), { recursive: true });
const meta: Record<string, { date: string; url: string; id: string }> = {};
drawn.forEach((a, i) => {
  const name = `r${String(i + 1).padStart(2, '0')}`;
  writeFileSync(join(docs, `${name}.txt`), articleText(a.title, a.text));
  meta[name] = { date: a.date, url: a.url, id: a.id };
});
writeFileSync(join(docs, 'meta.json'), JSON.stringify(meta, null, 1));
console.log(values.set, Object.values(meta).map((m) => m.id).join(' '));
