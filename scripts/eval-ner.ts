/**
 * Scores the shipped NER model (models/ner) with entity-level micro P/R/F1 (CoNLL-2003 exact
 * match), per type and overall, on the dev split (last 10 % of ANERcorp's training part) and on the
 * held-out AQMAR articles. Also prints the model's load time and tagging speed on one core.
 *
 *   npm run eval:ner [-- --data ../shared/data]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TaggedSentence } from '../src/ner/conll.ts';
import { EntityScorer, formatScores } from '../src/ner/evaluate.ts';
import { loadNerModel, tagSentences, type NerModel } from '../src/ner/model.ts';
import { readCorpora, AQMAR_HELD_OUT } from './ner-corpora.ts';
import { propagateInWindows } from '../src/ner/consistency.ts';
import { wordFacts } from '../src/ner/features.ts';

/** The `khabar tag` default context window. */
const WINDOW = 20;

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, model: { type: 'string' } } });
const DATA = resolve(values.data!);
if (!existsSync(resolve(DATA, 'ner/anercorp/train.txt'))) {
  console.error(`eval-ner: ${DATA}/ner not found (the shared data is not on this machine)`);
  process.exit(2);
}

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const model = values.model ? loadNerModel(resolve(values.model)) : loadNerModel();
const loadMs = performance.now() - t0;
const loadCpu = process.cpuUsage(cpu0);
const corpora = readCorpora(DATA);

/** Scores as `khabar tag --conll --context N` tags (N = 0: each sentence alone). */
function evaluate(name: string, sentences: TaggedSentence[], m: NerModel, window: number): void {
  const results = tagSentences(m, sentences.map((s) => s.tokens), window);
  const tagged = sentences.map((s, i) => ({ tokens: s.tokens, tags: results[i]!.tags }));
  const final = window > 0 ? propagateInWindows(tagged, window, { lastName: (w) => !m.resources.clusters.has(w), facts: (tok) => wordFacts(tok, m.resources) }) : tagged.map((s) => s.tags);
  const scorer = new EntityScorer();
  sentences.forEach((s, i) => scorer.add(s.tags, final[i]!));
  process.stdout.write(formatScores(`${name}, ${window ? `khabar tag default (--context ${window})` : 'each sentence alone (--context 0)'}:`, scorer.scores()));
}

for (const window of [WINDOW, 0]) {
  evaluate(`dev: last 10 % of ANERcorp train (${corpora.anerDev.length} sentences)`, corpora.anerDev, model, window);
  evaluate(`AQMAR held-out articles (${AQMAR_HELD_OUT.join(', ')})`, corpora.aqmarHeldOut, model, window);
}

// Speed: tag the dev + AQMAR sentences repeatedly for about a second, after a warm-up pass.
const bench = [...corpora.anerDev, ...corpora.aqmarHeldOut];
const tokens = bench.reduce((n, s) => n + s.tokens.length, 0);
// Each corpus is tagged as one document (document-level features over the whole of it).
const benchDocs = [corpora.anerDev, corpora.aqmarHeldOut].map((c) => c.map((s) => s.tokens));
for (const d of benchDocs) tagSentences(model, d, WINDOW);
let passes = 0;
const s0 = performance.now();
const c0 = process.cpuUsage();
while (performance.now() - s0 < 2000) {
  for (const d of benchDocs) tagSentences(model, d, WINDOW);
  passes++;
}
const seconds = (performance.now() - s0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `speed: ${Math.round((passes * tokens) / seconds).toLocaleString('en')} tokens/s wall, ${Math.round((passes * tokens) / cpuSeconds).toLocaleString('en')} tokens/s of CPU time (one thread, features + Viterbi, ${passes} passes over ${tokens} tokens)`,
);
console.log(`load: ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU (model, word classes and gazetteer from models/ner)`);
