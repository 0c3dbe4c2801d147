/**
 * `npm run bench -- bench/stages-floor.bench.ts`: where #3's speed target (quantities + times ≤ 20 % of
 * segmentation) stands against its floor, on the same 1,000 articles and with the same accounting as
 * `npm run bench` (CPU time; two young-generation collections forced at the end of every stage's block,
 * inside its timing, so that each stage pays for collecting what it allocated).
 *
 * Three things are timed in every pass, on documents segmented afresh:
 * - `segment`: the pipeline's segmentation stage (the target's denominator);
 * - a rule-free digit finder: one pass over the tokens that turns every number token into a quantity
 *   object with its text and value and reads the last letter of every word (no number words, units,
 *   currencies, approximators, dates or times). No real recogniser can do less: it is the floor of
 *   reading the tokens and keeping an output layer;
 * - the `quantities` and `times` stages of `defaultStages()`.
 *
 * With BENCH_OTHER_BUILD=DIR (a compiled `src/` of another commit, e.g. built with
 * `npx tsc -p tsconfig.bench.json` in a `git worktree` of it), that build's `quantities` and `times`
 * stages are timed too, over this build's segmentation, to compare implementations on the same
 * tokens. Results are medians of the pass-by-pass values after warm-up passes.
 */
import { join } from 'node:path';
import { defaultStages } from '../src/analyze.ts';
import { createDocument, type AnalysisDocument, type Quantity } from '../src/document.ts';
import type { Stage, StageContext } from '../src/pipeline/pipeline.ts';
import { collectYoung, cpuNow, median, newsTextsOrSkip } from './harness.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const PASSES = Number(process.env.BENCH_PASSES ?? 25);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 6);

const texts = newsTextsOrSkip(ARTICLES);

const context: StageContext = { report() {} };

const stages = defaultStages();
const byName = (list: readonly Stage[], name: string): Stage => {
  const stage = list.find((s) => s.name === name);
  if (stage === undefined) throw new Error(`bench: no stage named ${name}`);
  return stage;
};
const segment = byName(stages, 'segment');
const ours = [byName(stages, 'quantities'), byName(stages, 'times')];
const otherDir = process.env.BENCH_OTHER_BUILD;
const other = otherDir
  ? await (async () => {
      const module = (await import(join(otherDir, 'analyze.js'))) as { defaultStages: () => Stage[] };
      const list = module.defaultStages();
      return [byName(list, 'quantities'), byName(list, 'times')];
    })()
  : undefined;

/** The floor: every number token a quantity (text and value), every word's last letter read, nothing else. */
function digitsOnly(doc: AnalysisDocument): number {
  const out: Quantity[] = [];
  const text = doc.text;
  let noonEndings = 0;
  for (const token of doc.tokens) {
    if (token.kind === 'number') {
      out.push({ start: token.start, end: token.end, text: text.slice(token.start, token.end), value: Number(token.norm), unit: null, currency: null, approx: null });
    } else if (token.kind === 'word' && text.charCodeAt(token.end - 1) === 0x0646) noonEndings++;
  }
  doc.quantities = out;
  return noonEndings;
}

/** CPU time of `fn` over every document, with the bench's two forced young-generation collections. */
function timed(docs: AnalysisDocument[], fn: (doc: AnalysisDocument) => unknown): number {
  const t0 = cpuNow();
  for (const doc of docs) fn(doc);
  collectYoung({ type: 'minor' });
  collectYoung({ type: 'minor' });
  return cpuNow() - t0;
}
const runAll = (list: Stage[]) => (doc: AnalysisDocument): void => {
  for (const stage of list) stage.run(doc, context);
};

const rows = { segment: [] as number[], floor: [] as number[], stages: [] as number[], other: [] as number[] };
const counts = { quantities: 0, times: 0, other: { quantities: 0, times: 0 } };
for (let pass = 0; pass < WARMUP + PASSES; pass++) {
  const docs = texts.map((text) => createDocument(text));
  collectYoung({ type: 'minor' });
  collectYoung({ type: 'minor' });
  const seg = timed(docs, (doc) => segment.run(doc, context));
  const floor = timed(docs, digitsOnly);
  // Each stage runs on its own copy of the layers it reads; the floor's layer is dropped first.
  for (const doc of docs) doc.quantities = [];
  const real = timed(docs, runAll(ours));
  if (pass === 0) {
    for (const doc of docs) {
      counts.quantities += doc.quantities.length;
      counts.times += doc.times.length;
    }
  }
  let otherMs = Number.NaN;
  if (other) {
    for (const doc of docs) {
      doc.quantities = [];
      doc.times = [];
    }
    otherMs = timed(docs, runAll(other));
    if (pass === 0) {
      for (const doc of docs) {
        counts.other.quantities += doc.quantities.length;
        counts.other.times += doc.times.length;
      }
    }
  }
  if (pass < WARMUP) continue;
  rows.segment.push(seg);
  rows.floor.push(floor);
  rows.stages.push(real);
  rows.other.push(otherMs);
}

const ratio = (xs: number[]): number => median(xs.map((x, k) => x / rows.segment[k]!));
const fmt = (ms: number): string => ms.toFixed(1).padStart(7);
console.log(`bench: ${texts.length} articles, ${PASSES} timed passes after ${WARMUP} warm-up passes; median CPU time, median of the pass-by-pass ratios\n`);
console.log(`  segment stage                 ${fmt(median(rows.segment))} ms`);
console.log(`  rule-free digit finder        ${fmt(median(rows.floor))} ms  ${(ratio(rows.floor) * 100).toFixed(1).padStart(5)} % of segment  (the floor)`);
console.log(`  quantities + times            ${fmt(median(rows.stages))} ms  ${(ratio(rows.stages) * 100).toFixed(1).padStart(5)} % of segment  (target ≤ 20 %; ${counts.quantities} quantities, ${counts.times} times)`);
if (other) console.log(`  the same, ${otherDir}  ${fmt(median(rows.other))} ms  ${(ratio(rows.other) * 100).toFixed(1).padStart(5)} % of segment  (${counts.other.quantities} quantities, ${counts.other.times} times)`);
console.log(`  quantities + times / floor    ${median(rows.stages.map((x, k) => x / rows.floor[k]!)).toFixed(2).padStart(7)} ×`);
