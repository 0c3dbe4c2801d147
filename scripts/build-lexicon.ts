/**
 * Builds the word-frequency lexicon of the clitic segmenter, `src/segment/data/word-freq.tsv`:
 * Arabic words in their lexicon form (see `src/segment/lexicon-form.ts`) with their counts over
 * the ANT news corpus and the NER corpora under ../shared/data, words seen at least MIN_COUNT times,
 * most frequent first.
 *
 * Usage: `npm run build:lexicon` (reads ../shared/data; writes the committed TSV).
 */
import { createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { lexiconForm } from '../src/segment/lexicon-form.ts';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'data');
const OUT = join(import.meta.dirname, '..', 'src', 'segment', 'data', 'word-freq.tsv');
const NAMES_OUT = join(import.meta.dirname, '..', 'src', 'segment', 'data', 'names.txt');
/** Cities with at least this population go into the protected names. */
const MIN_CITY_POPULATION = 200_000;
const MIN_COUNT = 2;

// Arabic letters with the marks and tatweel that may sit inside a word.
const ARABIC_WORD = /[\u0621-\u064a\u0671-\u06d3\u06d5\u064b-\u065f\u0670\u0640\ufb50-\ufdff\ufe70-\ufefc]+/g;

const counts = new Map<string, number>();
let words = 0;

function countText(text: string): void {
  for (const m of text.matchAll(ARABIC_WORD)) {
    const form = lexiconForm(m[0]);
    if (form.length === 0) continue;
    counts.set(form, (counts.get(form) ?? 0) + 1);
    words++;
  }
}

async function countNews(path: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let articles = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { title?: string; text?: string };
    countText(`${article.title ?? ''}\n${article.text ?? ''}`);
    articles++;
  }
  return articles;
}

/** `token TAG…` per line (ANERcorp, AQMAR, Wojood): count the first column. */
function countConll(path: string): void {
  const text = readFileSync(path, 'utf8');
  let tokens = '';
  for (const line of text.split('\n')) {
    const token = line.split(/\s/, 1)[0];
    if (token) tokens += `${token} `;
  }
  countText(tokens);
}

const news = join(SHARED, 'news', 'ant-corpus.jsonl.gz');
if (!existsSync(news)) {
  console.error(`build-lexicon: ${news} not found: the lexicon is built from ../shared/data`);
  process.exit(1);
}
const articles = await countNews(news);
const conll: string[] = [join(SHARED, 'ner', 'anercorp', 'train.txt')];
for (const dir of [join(SHARED, 'ner', 'aqmar', 'articles'), join(SHARED, 'ner', 'wojood-sample')]) {
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.txt')) conll.push(join(dir, f));
}
for (const f of conll) if (existsSync(f)) countConll(f);

// Protected names: one-word Arabic first and last names, countries and big cities. A clitic split
// never cuts into them (فيصل "Faisal" is not ف + يصل "arrives").
const names = new Set<string>();
const addName = (raw: string): void => {
  const name = lexiconForm(raw.replace(/^\ufeff/, '').trim());
  if (/^[\u0621-\u064a]{3,}$/.test(name)) names.add(name);
};
const namesDir = join(SHARED, 'gazetteers', 'arabic-names');
for (const f of ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt', 'last-names-in-arabic.txt']) {
  const path = join(namesDir, f);
  if (existsSync(path)) for (const line of readFileSync(path, 'utf8').split('\n')) addName(line);
}
const cities = join(SHARED, 'gazetteers', 'world-cities', 'world-cities.csv');
if (existsSync(cities)) {
  for (const line of readFileSync(cities, 'utf8').split('\n').slice(1)) {
    const cols = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    if (cols.length < 5) continue;
    addName(cols[0]!);
    if (Number(cols[4]) >= MIN_CITY_POPULATION) addName(cols[2]!);
  }
}
writeFileSync(
  NAMES_OUT,
  '# khabar protected names (lexicon form), from the arabic-names lists (MIT) and world-cities (Wikidata, CC BY 4.0); see NOTICE.\n' +
    [...names].sort().join('\n') +
    '\n',
);
console.log(`build-lexicon: ${names.size} protected names written to ${NAMES_OUT}`);

const kept = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header =
  '# khabar clitic lexicon: Arabic word (lexicon form) TAB count. Counted by scripts/build-lexicon.ts over the ANT corpus v1.1\n' +
  '# (Apache-2.0), ANERcorp train (CC BY-SA 4.0), AQMAR (CC BY-SA 3.0) and the Wojood sample (MIT); see NOTICE.\n';
writeFileSync(OUT, header + kept.map(([w, n]) => `${w}\t${n}`).join('\n') + '\n');
console.log(
  `build-lexicon: ${articles} articles + ${conll.length} NER files, ${words} Arabic words, ${counts.size} distinct; ` +
    `${kept.length} with count ≥ ${MIN_COUNT} written to ${OUT}`,
);
