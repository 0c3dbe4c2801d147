/**
 * Recall of khabar's `quantities` and `times` spans against the numeric and temporal spans of the
 * Wojood sample (../shared/data/ner/wojood-sample/{train,val,test}.txt, nested NER, several tags per
 * token, `$#$` lines between documents): DATE and TIME against `times`, MONEY, CARDINAL, PERCENT and
 * QUANTITY against `quantities`. A gold span counts as found when a span of the right layer overlaps
 * it ("overlap"); "exact" also requires the same start and end once whitespace is trimmed.
 *
 *   npm run eval:wojood [-- --dir ../shared/data/ner/wojood-sample --show 10]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.ts';
import type { AnalysisDocument } from '../src/document.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: '../shared/data/ner/wojood-sample' }, show: { type: 'string', default: '0' } },
});
const dir = resolve(values.dir!);
if (!existsSync(join(dir, 'test.txt'))) {
  console.error(`eval-wojood: ${dir}/test.txt not found (the shared data is not on this machine)`);
  process.exit(2);
}
const TYPES = ['DATE', 'TIME', 'MONEY', 'CARDINAL', 'PERCENT', 'QUANTITY'] as const;
type GoldType = (typeof TYPES)[number];
const LAYER: Record<GoldType, 'times' | 'quantities'> = { DATE: 'times', TIME: 'times', MONEY: 'quantities', CARDINAL: 'quantities', PERCENT: 'quantities', QUANTITY: 'quantities' };

interface GoldSpan { type: GoldType; start: number; end: number }
interface Sentence { text: string; spans: GoldSpan[] }

/** Reads one file into sentences (tokens joined by single spaces) with their gold spans. */
function readWojood(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[][] = [];
  const flush = (): void => {
    if (!tokens.length) return;
    const offsets: number[] = [];
    let text = '';
    for (const t of tokens) {
      if (text) text += ' ';
      offsets.push(text.length);
      text += t;
    }
    const spans: GoldSpan[] = [];
    const open = new Map<GoldType, number>();
    const close = (type: GoldType, endToken: number): void => {
      const s = open.get(type);
      if (s === undefined) return;
      spans.push({ type, start: offsets[s]!, end: offsets[endToken]! + tokens[endToken]!.length });
      open.delete(type);
    };
    for (let i = 0; i < tokens.length; i++) {
      const here = new Map<GoldType, 'B' | 'I'>();
      for (const tag of tags[i]!) {
        const m = /^([BI])-(\w+)$/.exec(tag);
        if (m && (TYPES as readonly string[]).includes(m[2]!)) here.set(m[2] as GoldType, m[1] as 'B' | 'I');
      }
      for (const type of [...open.keys()]) if (here.get(type) !== 'I') close(type, i - 1);
      for (const [type, bio] of here) if (bio === 'B' || !open.has(type)) {
        close(type, i - 1);
        open.set(type, i);
      }
    }
    for (const type of [...open.keys()]) close(type, tokens.length - 1);
    sentences.push({ text, spans });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!line.trim() || parts[0] === '$#$') {
      flush();
      continue;
    }
    tokens.push(parts[0]!);
    tags.push(parts.slice(1));
  }
  flush();
  return sentences;
}

const counts = new Map<GoldType, { gold: number; overlap: number; exact: number; missed: string[] }>();
for (const t of TYPES) counts.set(t, { gold: 0, overlap: 0, exact: 0, missed: [] });
const predicted = { times: 0, quantities: 0 };
const predictedHit = { times: 0, quantities: 0 };
const started = performance.now();
for (const file of ['train.txt', 'val.txt', 'test.txt']) {
  for (const sentence of readWojood(join(dir, file))) {
    const doc: AnalysisDocument = analyze(sentence.text);
    for (const g of sentence.spans) {
      const c = counts.get(g.type)!;
      c.gold++;
      const layer = doc[LAYER[g.type]];
      if (layer.some((s) => s.start < g.end && g.start < s.end)) c.overlap++;
      else c.missed.push(sentence.text.slice(g.start, g.end));
      if (layer.some((s) => s.start === g.start && s.end === g.end)) c.exact++;
      else if (process.env.INEXACT === g.type) {
        const o = layer.find((s) => s.start < g.end && g.start < s.end);
        if (o) console.log(`gold ${sentence.text.slice(g.start, g.end)} | ours ${sentence.text.slice(o.start, o.end)}`);
      }
    }
    for (const layer of ['times', 'quantities'] as const) {
      const golds = sentence.spans.filter((g) => LAYER[g.type] === layer || (layer === 'quantities' && g.type === 'DATE'));
      for (const s of doc[layer]) {
        predicted[layer]++;
        if (golds.some((g) => s.start < g.end && g.start < s.end)) predictedHit[layer]++;
      }
    }
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '–');
const show = Number(values.show);
console.log('type       gold  overlap-recall  exact-recall');
let gold = 0;
let found = 0;
for (const [type, c] of counts) {
  gold += c.gold;
  found += c.overlap;
  console.log(`${type.padEnd(9)} ${String(c.gold).padStart(5)}  ${pct(c.overlap, c.gold).padStart(13)}%  ${pct(c.exact, c.gold).padStart(11)}%`);
  if (show) for (const m of c.missed.slice(0, show)) console.log(`    missed: ${m}`);
}
console.log(`all       ${String(gold).padStart(5)}  ${pct(found, gold).padStart(13)}%`);
console.log(`spans overlapping a Wojood span of their kind: times ${pct(predictedHit.times, predicted.times)}% of ${predicted.times}, quantities ${pct(predictedHit.quantities, predicted.quantities)}% of ${predicted.quantities} (Wojood leaves many numbers unmarked, so this is a rough precision)`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
