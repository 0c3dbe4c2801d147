/**
 * `npm run eval:ner:stage`: two measurements behind the NER figures that `eval:ner` does not give.
 *
 * 1. The whole `ner()` stage (the tagger plus its document passes: person slots, places, outlets, organisations,
 *    edges) on ANERcorp's dev split and the held-out AQMAR articles. The corpora have no article boundaries, so
 *    every 20 sentences (as `khabar tag --context 20` looks) are joined with spaces into one text and analysed;
 *    each CoNLL token takes the type of the name that overlaps it (a name excludes its clitics: «لبلينكن» gives
 *    «بلينكن», which still overlaps its token). Scored like `eval:ner` (CoNLL-2003 exact match).
 * 2. How many dev entities are made only of words that occur somewhere in the text the model can learn from
 *    (ANERcorp's training sentences; with the ANT news corpus, the unlabelled text of the word classes), compared
 *    folded and with and without a proclitic, and how many occur as an entity of the training part: the share a
 *    model trained here can only find from context and word shape.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { TaggedSentence } from '../src/ner/conll.ts';
import { EntityScorer, formatScores } from '../src/ner/evaluate.ts';
import { fold } from '../src/ner/fold.ts';
import { analyze } from '../src/analyze.ts';
import { stripProclitics } from '../src/segment/clitics.ts';
import { readCorpora } from './ner-corpora.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, block: { type: 'string', default: '20' } } });
const DATA = resolve(values.data!);
if (!existsSync(resolve(DATA, 'ner/anercorp/train.txt'))) {
  console.error(`eval-ner-stage: ${DATA}/ner not found (the shared data is not on this machine)`);
  process.exit(2);
}
const BLOCK = Number(values.block);
const corpora = readCorpora(DATA);

/** Scores the `ner()` stage's names (the internal `mentions` layer) against the gold tags, BLOCK sentences a text. */
function scoreStage(name: string, sentences: TaggedSentence[]): void {
  const scorer = new EntityScorer();
  for (let b = 0; b < sentences.length; b += BLOCK) {
    const block = sentences.slice(b, b + BLOCK);
    let text = '';
    const spans = block.map((s) =>
      s.tokens.map((token) => {
        if (text) text += ' ';
        const start = text.length;
        text += token;
        return { start, end: text.length };
      }),
    );
    const names = analyze(text).mentions;
    block.forEach((s, i) => {
      const tags = s.tokens.map(() => 'O');
      for (const m of names) {
        const covered: number[] = [];
        spans[i]!.forEach((t, k) => {
          if (t.start < m.end && m.start < t.end) covered.push(k);
        });
        // A token already inside another name keeps it (names do not overlap; this is only a guard).
        if (covered.length === 0 || covered.some((k) => tags[k] !== 'O')) continue;
        covered.forEach((k, j) => (tags[k] = `${j ? 'I' : 'B'}-${m.type}`));
      }
      scorer.add(s.tags, tags);
    });
  }
  process.stdout.write(formatScores(`${name}, the ner() stage with its document passes (${BLOCK} sentences a text):`, scorer.scores()));
}

scoreStage(`dev: last 10 % of ANERcorp train (${corpora.anerDev.length} sentences)`, corpora.anerDev);
scoreStage('AQMAR held-out articles', corpora.aqmarHeldOut);

// 2. Coverage of the dev entities.
// A word's forms for matching: folded as the tagger folds words, and without its proclitics and article as the segmenter
// reads them (stripProclitics), so that «ولبنان» and «لبنان» meet.
const forms = (word: string): [string, string] => [fold(word), fold(stripProclitics(word, { keepArticle: false }).text)];
const trainWords = new Set<string>();
for (const s of corpora.anerTrain) for (const t of s.tokens) for (const f of forms(t)) trainWords.add(f);
const newsWords = new Set<string>();
const newsFile = resolve(DATA, 'news/ant-corpus.jsonl.gz');
for (const line of gunzipSync(readFileSync(newsFile)).toString('utf8').split('\n')) {
  if (!line.trim()) continue;
  const { title, text } = JSON.parse(line) as { title?: string; text: string };
  for (const w of `${title ?? ''} ${text}`.split(/[\s\p{P}\p{S}]+/u)) if (w) for (const f of forms(w)) newsWords.add(f);
}
/** The entities of sentences as [type, tokens]. */
function entitiesOf(sentences: TaggedSentence[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const s of sentences) {
    let current: [string, string[]] | undefined;
    s.tags.forEach((tag, i) => {
      if (tag.startsWith('B-') || (tag.startsWith('I-') && !current)) out.push((current = [tag.slice(2), [s.tokens[i]!]]));
      else if (tag.startsWith('I-')) current![1].push(s.tokens[i]!);
      else current = undefined;
    });
  }
  return out;
}
const key = (tokens: string[]): string => tokens.map((t) => forms(t)[1]).join(' ');
const trainEntities = new Set(entitiesOf(corpora.anerTrain).map(([, tokens]) => key(tokens)));
const known = (w: string, sets: Set<string>[]): boolean => forms(w).some((f) => sets.some((set) => set.has(f)));
const rows = new Map<string, { all: number; train: number; any: number; entity: number }>();
for (const [type, tokens] of entitiesOf(corpora.anerDev)) {
  for (const t of [type, 'ALL']) {
    const row = rows.get(t) ?? { all: 0, train: 0, any: 0, entity: 0 };
    row.all++;
    if (tokens.every((w) => known(w, [trainWords]))) row.train++;
    if (tokens.every((w) => known(w, [trainWords, newsWords]))) row.any++;
    if (trainEntities.has(key(tokens))) row.entity++;
    rows.set(t, row);
  }
}
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)} %`;
console.log('dev entities whose every word occurs in: the training sentences | those or the ANT news corpus | as an entity of the training part');
for (const [type, row] of [...rows].sort(([a], [b]) => (a === 'ALL' ? 1 : b === 'ALL' ? -1 : a.localeCompare(b)))) {
  console.log(`  ${type.padEnd(5)} ${String(row.all).padStart(4)}   ${pct(row.train, row.all).padStart(7)}   ${pct(row.any, row.all).padStart(7)}   ${pct(row.entity, row.all).padStart(7)}`);
}
