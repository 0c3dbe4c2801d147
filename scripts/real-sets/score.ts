/**
 * Scores blind sets of real articles (drawn by `real:pick`, annotated by hand) with the shared scorer, set by set and pooled:
 *
 *   npm run real:score -- --out out/real/r59d s831 s832 … [--root out/real] [--analyze]
 *
 * With --analyze, first writes each set's analyses into OUT/SET (what `khabar analyze --json` prints), as
 * `npm run eval:articles` does; without it, scores the analyses already there — a blind set's output is written before its
 * gold exists and scored later. Prints one line a set and a POOLED line: quotes attributed of the gold's required ones,
 * quote precision, entity F1 from the pooled typed recall and precision, quantities and times found.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { analyzeSet } from '../analyze-set.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, root: { type: 'string', default: 'out/real' }, analyze: { type: 'boolean', default: false } },
});
if (!values.out || !positionals.length) {
  console.error('real:score: --out DIR and one or more set names are required');
  process.exit(2);
}
const root = resolve(values.root!);
const out = resolve(values.out);
const scorer = resolve('../shared/eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`real:score: ${scorer} not found (the shared evaluation is not on this machine)`);
  process.exit(2);
}
const total = { attributed: 0, required: 0, found: 0, right: 0, emitted: 0, recalled: 0, gold: 0, spurious: 0, system: 0, q: 0, qGold: 0, t: 0, tGold: 0 };
for (const set of positionals) {
  const dir = join(root, set);
  if (values.analyze) analyzeSet(dir, join(out, set));
  // (A set drawn but not yet annotated: its analyses are written, nothing to score.)
  if (!existsSync(join(dir, 'gold')) || !readdirSync(join(dir, 'gold')).some((f) => f.endsWith('.json'))) {
    console.log(`${set}: no gold yet${values.analyze ? ' (analyses written)' : ''}`);
    continue;
  }
  const run = spawnSync(process.execPath, [scorer, '--dir', dir, '--out', join(out, set)], { encoding: 'utf8' });
  writeFileSync(join(out, `${set}.score`), run.stdout + run.stderr);
  const entities = /entities: recall [\d.]+ \((\d+)\/(\d+) typed.*?\((\d+) spurious of (\d+)\)/u.exec(run.stdout);
  const quotes = /quotes: found (\d+)\/(\d+), attributed (\d+)\/(\d+), precision [\d.]+ \((\d+)\/(\d+)\)/u.exec(run.stdout);
  const qt = /quantities (\d+)\/(\d+); times (\d+)\/(\d+)/u.exec(run.stdout);
  if (!entities || !quotes || !qt) {
    console.error(`real:score: no summary for ${set} (see ${join(out, `${set}.score`)})`);
    process.exit(1);
  }
  // Which group of which summary line adds to which total.
  const groups: [keyof typeof total, RegExpExecArray, number][] = [
    ['recalled', entities, 1], ['gold', entities, 2], ['spurious', entities, 3], ['system', entities, 4],
    ['found', quotes, 1], ['attributed', quotes, 3], ['required', quotes, 4], ['right', quotes, 5], ['emitted', quotes, 6],
    ['q', qt, 1], ['qGold', qt, 2], ['t', qt, 3], ['tGold', qt, 4],
  ];
  for (const [key, match, group] of groups) total[key] += Number(match[group]);
  console.log(`${set}: attributed ${quotes[3]}/${quotes[4]} precision ${quotes[5]}/${quotes[6]} entity recall ${entities[1]}/${entities[2]} spurious ${entities[3]}/${entities[4]} quantities ${qt[1]}/${qt[2]} times ${qt[3]}/${qt[4]}`);
}
const precision = total.system ? (total.system - total.spurious) / total.system : 0;
const recall = total.gold ? total.recalled / total.gold : 0;
const f1 = precision + recall ? (200 * precision * recall) / (precision + recall) : 0;
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
console.log(
  `POOLED attributed ${total.attributed}/${total.required} (${pct(total.attributed, total.required)} %) precision ${total.right}/${total.emitted} entity F1 ${f1.toFixed(1)} ` +
    `(recall ${total.recalled}/${total.gold}, precision ${total.system - total.spurious}/${total.system}) quantities ${total.q}/${total.qGold} times ${total.t}/${total.tGold}`,
);
