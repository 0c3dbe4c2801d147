/**
 * NER benchmark (`npm run bench:ner`): tagging speed of the `ner` stage in tokens/s on one thread,
 * as a ratio to segmentation (the `segment` stage) over the same articles in the same process, and
 * the model's load time. Articles: the first N of ../shared/data/news/ant-corpus.jsonl.gz.
 *
 *   npm run bench:ner [-- --articles 1000]
 *
 * CPU time (process.cpuUsage) is reported beside wall time: on a shared machine it is the fairer
 * measure of one core's work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { createDocument, type AnalysisDocument } from '../src/document.ts';
import { segment } from '../src/segment/index.ts';
import { ner } from '../src/ner/index.ts';
import { loadNerModel } from '../src/ner/model.ts';

const CORPUS = new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
if (!existsSync(CORPUS)) {
  console.error(`bench:ner: ${CORPUS} not found (needs ../shared/data)`);
  process.exit(2);
}
const texts = gunzipSync(readFileSync(CORPUS))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, Number(values.articles))
  .map((l) => (JSON.parse(l) as { text: string }).text);

const context = { report: () => undefined };

const l0 = performance.now();
const lc = process.cpuUsage();
const model = loadNerModel();
const loadWall = performance.now() - l0;
const loadCpu = process.cpuUsage(lc);

const segStage = segment();
const nerStage = ner({ model });

function timed<T>(fn: () => T): { result: T; wall: number; cpu: number } {
  const w = performance.now();
  const c = process.cpuUsage();
  const result = fn();
  const u = process.cpuUsage(c);
  return { result, wall: (performance.now() - w) / 1000, cpu: (u.user + u.system) / 1e6 };
}

const segmentAll = (): AnalysisDocument[] =>
  texts.map((t) => {
    const doc = createDocument(t);
    segStage.run(doc, context);
    return doc;
  });
// Warm-up pass for both stages (JIT, the tagger's per-word cache), then the measured passes.
const warm = segmentAll();
for (const d of warm) nerStage.run(d, context);
const seg = timed(segmentAll);
const docs = seg.result;
const tagged = timed(() => {
  for (const d of docs) nerStage.run(d, context);
});
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
const rate = (s: number): string => Math.round(tokens / s).toLocaleString('en');

console.log(`articles ${texts.length}, tokens ${tokens.toLocaleString('en')}, mentions ${mentions.toLocaleString('en')}`);
console.log(`segment  ${rate(seg.wall).padStart(11)} tokens/s wall  ${rate(seg.cpu).padStart(11)} tokens/s CPU`);
console.log(`ner      ${rate(tagged.wall).padStart(11)} tokens/s wall  ${rate(tagged.cpu).padStart(11)} tokens/s CPU`);
console.log(`ratio    ner takes ${(tagged.cpu / seg.cpu).toFixed(2)}× the CPU time of segmentation (wall ${(tagged.wall / seg.wall).toFixed(2)}×)`);
console.log(`load     ${loadWall.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU`);
