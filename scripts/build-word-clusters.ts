/**
 * Builds unsupervised word classes for the NER tagger from unlabelled news text.
 *
 * Each frequent word (folded with the tagger's own `fold()`) gets a context vector: PPMI-weighted
 * counts of its left and right neighbours among the most frequent words, L2-normalised. Words are then clustered top-down with spherical k-means
 * (16 → 16 → 8), which yields a 3-level path per word (`4.11.2`), used like Brown-cluster prefixes.
 * Everything is seeded: the output is the same on every run.
 *
 * Input: ../shared/data/news/ant-corpus.jsonl.gz (titles and texts) plus the NER training texts.
 * Output: models/ner/clusters.tsv.gz — `word<TAB>path`, one per line, sorted by word.
 *
 *   nice -n 10 node --import tsx scripts/build-word-clusters.ts [--data ../shared/data] [--min-count 3]
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { fold } from '../src/ner/fold.ts';
import { mulberry32 } from '../src/ner/perceptron.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'models/ner/clusters.tsv.gz' },
    'min-count': { type: 'string', default: '3' },
    splits: { type: 'string', default: '16,16,8' },
    window: { type: 'string', default: '1' },
    'seed-offset': { type: 'string', default: '0' },
  },
});
const DATA = resolve(values.data!);
const MIN_COUNT = Number(values['min-count']);
const CONTEXTS = 400; // context words per side
/** Neighbours on each side that count as context, each distance its own slots (`--window`). */
const WINDOW = Number(values.window);
const C = (CONTEXTS + 1) * 2 * WINDOW; // + an "other" bucket on each side and distance
// Exact PPMI vectors over this few contexts are cheap enough; no projection needed.
const DIM = C;
const SPLITS = values.splits!.split(',').map(Number);
const SEED_OFFSET = Number(values['seed-offset']);
const ITERATIONS = 12;

const TOKEN = /[\p{L}\p{M}\u0640]+|\p{N}+(?:[.,\u066B\u066C]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

// --- Read the sentences (as folded token arrays) ---
const t0 = performance.now();
const sentences: string[][] = [];
const ant = gunzipSync(readFileSync(join(DATA, 'news/ant-corpus.jsonl.gz'))).toString('utf8');
for (const line of ant.split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; text?: string };
  for (const para of `${article.title ?? ''}\n${article.text ?? ''}`.split(/\n+/)) {
    const toks = para.match(TOKEN);
    if (toks && toks.length) sentences.push(toks.map(fold));
  }
}
const conllFiles = [
  join(DATA, 'ner/anercorp/train.txt'),
  ...readdirSync(join(DATA, 'ner/aqmar/articles')).sort().map((f) => join(DATA, 'ner/aqmar/articles', f)),
  ...['train.txt', 'val.txt', 'test.txt'].map((f) => join(DATA, 'ner/wojood-sample', f)),
];
for (const file of conllFiles) {
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const tok = line.trim().split(/\s+/)[0] ?? '';
    if (!tok || tok === '$#$') {
      if (cur.length) sentences.push(cur);
      cur = [];
    } else cur.push(fold(tok));
  }
  if (cur.length) sentences.push(cur);
}

// --- Vocabulary ---
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([w, c]) => c >= MIN_COUNT && /\p{L}/u.test(w)).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const ctxIndex = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
let tokensTotal = 0;
for (const s of sentences) tokensTotal += s.length;
console.error(`read ${sentences.length} sentences, ${tokensTotal} tokens; vocabulary ${vocab.length} (count ≥ ${MIN_COUNT}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// --- Co-occurrence counts: word × (left context | right context), sparse per word ---
const V = vocab.length;
const rows: Map<number, number>[] = Array.from({ length: V }, () => new Map());
const colTotals = new Float64Array(C);
let total = 0;
const ctxOf = (w: string | undefined, side: number): number => {
  const i = w === undefined ? CONTEXTS : (ctxIndex.get(w) ?? CONTEXTS);
  return side * (CONTEXTS + 1) + i;
};
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const wi = index.get(s[i]!);
    if (wi === undefined) continue;
    const row = rows[wi]!;
    for (let d = 1; d <= WINDOW; d++) {
      const l = ctxOf(i - d >= 0 ? s[i - d] : '<s>', 2 * (d - 1));
      const r = ctxOf(i + d < s.length ? s[i + d] : '</s>', 2 * (d - 1) + 1);
      row.set(l, (row.get(l) ?? 0) + 1);
      row.set(r, (row.get(r) ?? 0) + 1);
      colTotals[l]! += 1;
      colTotals[r]! += 1;
      total += 2;
    }
  }
}

// --- PPMI vectors ---
const X = new Float32Array(V * DIM);
for (let w = 0; w < V; w++) {
  const row = rows[w]!;
  let rowTotal = 0;
  for (const v of row.values()) rowTotal += v;
  const base = w * DIM;
  for (const [c, n] of row) {
    const pmi = Math.log((n * total) / (rowTotal * colTotals[c]!));
    if (pmi <= 0) continue;
    X[base + c] = pmi;
  }
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += X[base + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) X[base + d]! /= norm;
}
console.error(`vectors in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// --- Top-down spherical k-means ---
function kmeans(members: number[], k: number, seed: number): number[] {
  const assign = new Array<number>(members.length).fill(0);
  if (members.length <= k) return members.map((_, i) => i);
  const r = mulberry32(seed);
  const cent = new Float32Array(k * DIM);
  // k-means++ seeding
  const first = members[Math.floor(r() * members.length)]!;
  cent.set(X.subarray(first * DIM, first * DIM + DIM), 0);
  const best = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    for (let m = 0; m < members.length; m++) {
      const b = members[m]! * DIM;
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += X[b + d]! * cent[(c - 1) * DIM + d]!;
      const dist = Math.max(0, 1 - dot);
      if (dist < best[m]!) best[m] = dist;
      sum += best[m]! ** 2;
    }
    let target = r() * sum;
    let pick = members.length - 1;
    for (let m = 0; m < members.length; m++) {
      target -= best[m]! ** 2;
      if (target <= 0) {
        pick = m;
        break;
      }
    }
    const p = members[pick]!;
    cent.set(X.subarray(p * DIM, p * DIM + DIM), c * DIM);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let m = 0; m < members.length; m++) {
      const b = members[m]! * DIM;
      let bestC = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * DIM;
        for (let d = 0; d < DIM; d++) dot += X[b + d]! * cent[cb + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      if (assign[m] !== bestC) moved++;
      assign[m] = bestC;
    }
    cent.fill(0);
    for (let m = 0; m < members.length; m++) {
      const b = members[m]! * DIM;
      const cb = assign[m]! * DIM;
      for (let d = 0; d < DIM; d++) cent[cb + d]! += X[b + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += cent[c * DIM + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) cent[c * DIM + d]! /= norm;
    }
    if (moved === 0) break;
  }
  return assign;
}

const paths = new Array<string>(V).fill('');
let groups: number[][] = [Array.from({ length: V }, (_, i) => i)];
SPLITS.forEach((k, level) => {
  const next: number[][] = [];
  groups.forEach((members, g) => {
    const assign = kmeans(members, k, 1000 * (level + 1) + g + SEED_OFFSET);
    const parts: number[][] = Array.from({ length: k }, () => []);
    assign.forEach((c, m) => parts[c]!.push(members[m]!));
    for (let c = 0; c < k; c++) {
      for (const w of parts[c]!) paths[w] = level === 0 ? String(c) : `${paths[w]}.${c}`;
      if (parts[c]!.length) next.push(parts[c]!);
    }
  });
  groups = next;
  console.error(`level ${level + 1}: ${groups.length} clusters in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
});

const lines = vocab.map((w, i) => `${w}\t${paths[i]}`).sort();
mkdirSync(resolve(values.out!, '..'), { recursive: true });
writeFileSync(resolve(values.out!), gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.error(`wrote ${lines.length} words to ${values.out}`);
// A sample of neighbours, for a sanity check by eye.
for (const probe of ['تونس', 'باريس', 'محمد', 'وزير', 'الاثنين']) {
  const i = index.get(fold(probe));
  if (i === undefined) continue;
  const p = paths[i]!;
  const same = vocab.filter((_, j) => paths[j] === p).slice(0, 12);
  console.error(`${probe} ${p}: ${same.join(' ')}`);
}
