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
import { loadNerModel, tagTokens, type NerModel } from '../src/ner/model.ts';
import { readCorpora, AQMAR_HELD_OUT } from './ner-corpora.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' } } });
const DATA = resolve(values.data!);
if (!existsSync(resolve(DATA, 'ner/anercorp/train.txt'))) {
  console.error(`eval-ner: ${DATA}/ner not found (the shared data is not on this machine)`);
  process.exit(2);
}

const t0 = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - t0;
const corpora = readCorpora(DATA);

function evaluate(name: string, sentences: TaggedSentence[], m: NerModel): void {
  const scorer = new EntityScorer();
  for (const s of sentences) scorer.add(s.tags, tagTokens(m, s.tokens).tags);
  process.stdout.write(formatScores(name, scorer.scores()));
}

evaluate(`dev: last 10 % of ANERcorp train (${corpora.anerDev.length} sentences)`, corpora.anerDev, model);
evaluate(`AQMAR held-out articles (${AQMAR_HELD_OUT.join(', ')}):`, corpora.aqmarHeldOut, model);

// Speed: tag the dev + AQMAR sentences repeatedly for about a second, after a warm-up pass.
const bench = [...corpora.anerDev, ...corpora.aqmarHeldOut];
const tokens = bench.reduce((n, s) => n + s.tokens.length, 0);
for (const s of bench) tagTokens(model, s.tokens);
let passes = 0;
const s0 = performance.now();
while (performance.now() - s0 < 1000) {
  for (const s of bench) tagTokens(model, s.tokens);
  passes++;
}
const seconds = (performance.now() - s0) / 1000;
console.log(`speed: ${Math.round((passes * tokens) / seconds).toLocaleString('en')} tokens/s (one core, features + Viterbi, ${passes} passes over ${tokens} tokens)`);
console.log(`load: ${loadMs.toFixed(0)} ms (model, word classes and gazetteer from models/ner)`);
