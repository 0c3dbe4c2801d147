/**
 * Builds `src/ner/data/corpus-persons.ts`: people the ANT news corpus names often enough that a reader knows them —
 * «المنصف المرزوقي» (a former president), «عبيد البريكي», «خليل الغرياني» (ministers) — and that the tagger, trained on
 * ANERcorp's older copy, finds in some articles and misses in others (it tags «المنصف المرزوقي» in 4 of its 20
 * occurrences).
 *
 * The script runs khabar's own NER (without this list) over every article and keeps a name of two words or more that it
 * tags as a person in at least {@link MIN_ARTICLES} articles, that opens with a given name (the tagger's gazetteer, the
 * project's list, or a compound: «عبد الكريم الهاروني», «فخر الدين بن يوسف»), that it tags a person in at least {@link MIN_TAGGED_SHARE} of the name's occurrences (a phrase
 * that happens to open with a given name is mostly left untagged: «محمد علي» stands for a square and a hotel as well),
 * and that it types otherwise at most {@link MAX_OTHER_SHARE} as often (clubs run into a person's name by the tagger:
 * «سبورتينغ بن عروس»). The articles of the project's evaluation sets — named in docs/*.md, test/*\/docs/meta.json and,
 * on the machine where the sets are annotated, out/real/*\/docs/meta.json — are left out, so that no score is helped by
 * names read from its own articles.
 *
 * Usage: `npm run build:persons` (reads ../shared/data/news/ant-corpus.jsonl.gz; writes the committed module).
 * Deterministic: names sorted. The output derives from the ANT corpus v1.1 (Apache-2.0, Chouigui et al.): see NOTICE.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { segment } from '../src/segment/index.ts';
import { ner, getNerModel } from '../src/ner/index.ts';
import { fold, strips } from '../src/ner/fold.ts';
import { LISTED_GIVEN_NAMES } from '../src/ner/given-names.ts';
import { getLexicon } from '../src/segment/clitics.ts';
import { lexiconForm } from '../src/segment/lexicon-form.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'data', 'news', 'ant-corpus.jsonl.gz');
const OUT = join(ROOT, 'src', 'ner', 'data', 'corpus-persons.ts');
/** A name must be tagged a person in this many different articles. */
const MIN_ARTICLES = 3;
/** … in at least this share of its occurrences (behind any proclitic). */
const MIN_TAGGED_SHARE = 0.2;
/** … and typed otherwise at most this share as often as a person. */
const MAX_OTHER_SHARE = 0.25;
/** Proclitics the first word of an occurrence may carry (folded): «والمنصف», «لخليل». */
const PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل']);
/** Words of compound names, frequent in the lexicon as name parts only (folded): «بن», «عبد», «الله», «الدين». */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'عبد', 'الله', 'الدين', 'آل', 'أبو', 'أبي', 'ولد'].map(fold));
/** A later word this frequent with the article is a definite adjective or noun, not a family name: «الهادي التونسي». */
const MAX_DEFINITE_COUNT = 1000;
const ARABIC_NAME_WORD = /^[\u0621-\u064a]{2,}$/u;
const ID = /[A-Z]{2}-[A-Za-z]+-\d+-\d{8}/gu;

if (!existsSync(CORPUS)) {
  console.error(`build-person-names: ${CORPUS} not found (needs ../shared/data)`);
  process.exit(1);
}

/** The ids of the evaluation sets' articles. */
const evaluation = new Set<string>();
const readIds = (file: string): void => {
  for (const id of readFileSync(file, 'utf8').match(ID) ?? []) evaluation.add(id);
};
for (const f of readdirSync(join(ROOT, 'docs'))) if (f.endsWith('.md')) readIds(join(ROOT, 'docs', f));
for (const dir of [join(ROOT, 'test'), join(ROOT, 'out', 'real')]) {
  if (!existsSync(dir)) continue;
  for (const d of readdirSync(dir)) {
    const meta = join(dir, d, 'docs', 'meta.json');
    if (existsSync(meta)) readIds(meta);
  }
}

const gazetteer = getNerModel().resources.gazetteer;
const givenName = (folded: string): boolean => gazetteer.oneWordName(folded, ['FIRST']) || LISTED_GIVEN_NAMES.has(folded);
/** Openers of compound given names (folded): «عبد الكريم», «أبو بكر». */
const COMPOUND_OPENERS: ReadonlySet<string> = new Set(['عبد', 'أبو'].map(fold));
/** Second words of compound given names (folded): «فخر الدين», «زين العابدين», «سيف الإسلام». */
const COMPOUND_SECONDS: ReadonlySet<string> = new Set(['الدين', 'العابدين', 'الإسلام'].map(fold));
/**
 * Whether a name's folded words open with a given name: a listed one, or a compound — «عبد» or «أبو» and a word, or a word
 * and «الدين/العابدين/الإسلام» — followed by at least one more word (its family name).
 */
const opensWithGivenName = (words: readonly string[]): boolean =>
  givenName(words[0]!) || (words.length >= 3 && (COMPOUND_OPENERS.has(words[0]!) || COMPOUND_SECONDS.has(words[1]!)));
const lexicon = getLexicon();
/** Whether a written word is a common word rather than a family name (see the loop below). */
const commonWord = (word: string): boolean => {
  const form = lexiconForm(word);
  const count = lexicon.get(form) ?? 0;
  if (form.startsWith('ال')) return count >= MAX_DEFINITE_COUNT;
  const withArticle = lexicon.get('ال' + form) ?? 0;
  return withArticle >= 10 && withArticle * 5 >= count;
};
const pipeline = createPipeline([segment(), ner({ corpusPersons: false })]);

/** Folded name → the articles it is tagged a person in, its written forms, and its counts as a person and as another type. */
const names = new Map<string, { articles: Set<string>; forms: Map<string, number>; person: number; other: number }>();
const entry = (key: string) => {
  let e = names.get(key);
  if (!e) names.set(key, (e = { articles: new Set(), forms: new Map(), person: 0, other: 0 }));
  return e;
};
/** Every used article's words, folded. */
const articleWords: string[][] = [];
const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter((l) => l.trim());
let used = 0;
for (const line of lines) {
  const a = JSON.parse(line) as { id: string; title: string; text: string; date: string };
  if (evaluation.has(a.id)) continue;
  used++;
  const doc = pipeline.run(a.title + '\n' + a.text + '\n', { date: a.date.slice(0, 10) });
  articleWords.push(doc.tokens.filter((t) => t.kind === 'word').map((t) => fold(doc.text.slice(t.start, t.end))));
  for (const m of doc.mentions) {
    const words = m.text.split(/\s+/u);
    if (words.length < 2 || !words.every((w) => ARABIC_NAME_WORD.test(w))) continue;
    const key = words.map(fold).join(' ');
    if (m.type !== 'PER') {
      entry(key).other++;
      continue;
    }
    const e = entry(key);
    e.person++;
    e.articles.add(a.id);
    e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
  }
}

// Occurrences of each candidate, tagged or not: its first word behind a proclitic, then its other words.
const candidates = new Map<string, string[][]>();
for (const [key, e] of names) {
  const words = key.split(' ');
  if (e.articles.size < MIN_ARTICLES || !opensWithGivenName(words)) continue;
  const list = candidates.get(words[0]!) ?? [];
  list.push(words);
  candidates.set(words[0]!, list);
}
const occurrences = new Map<string, number>();
for (const words of articleWords) {
  for (let i = 0; i < words.length; i++) {
    for (const s of strips(words[i]!)) {
      if (!PROCLITICS.has(s.proclitic)) continue;
      for (const name of candidates.get(s.rest) ?? []) {
        if (name.every((w, k) => k === 0 || words[i + k] === w)) occurrences.set(name.join(' '), (occurrences.get(name.join(' ')) ?? 0) + 1);
      }
    }
  }
}
const kept: [string, number][] = [];
for (const list of candidates.values()) {
  for (const words of list) {
    const key = words.join(' ');
    const e = names.get(key)!;
    const all = Math.max(occurrences.get(key) ?? 0, e.person);
    if (e.person < MIN_TAGGED_SHARE * all || e.other > MAX_OTHER_SHARE * e.person) continue;
    // The written form most often tagged, for reading the list (matching is on folded words) and for the test below.
    const form = [...e.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    // (No later word a common one: an indefinite noun also written with the article — «حسن سير» (the smooth running of),
    // «سير» and «السير» — or a frequent definite word.)
    if (form.split(' ').slice(1).some((w) => !NAME_PARTICLES.has(fold(w)) && commonWord(w))) continue;
    kept.push([form, e.articles.size]);
  }
}
kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
const body = kept.map(([name, n]) => `  ['${name}', ${n}],`).join('\n');
writeFileSync(
  OUT,
  `/**
 * People the ANT news corpus v1.1 (Apache-2.0, Chouigui et al.; see NOTICE) names often, harvested by
 * \`scripts/build-person-names.ts\` (\`npm run build:persons\`): names of two words or more, opening with a given name, that
 * khabar's NER (without this list) tags a person in at least ${MIN_ARTICLES} articles and in at least ${MIN_TAGGED_SHARE * 100} % of their
 * occurrences, with the number of those articles. The evaluation sets' articles are left out. Generated: do not edit by hand.
 */
export const CORPUS_PERSONS: readonly (readonly [name: string, articles: number])[] = [
${body}
];
`,
);
console.log(`build-person-names: ${used} articles read (${evaluation.size} evaluation articles left out), ${kept.length} names → ${OUT}`);
