/**
 * Trains the NER tagger from ../shared/data and writes models/ner/{model.bin.gz,gazetteer.tsv.gz}.
 * Word classes (models/ner/clusters.tsv.gz) come from scripts/build-word-clusters.ts, which
 * `npm run train:ner` runs first. Deterministic: fixed seed, sorted inputs.
 *
 * Training data: ANERcorp's training part minus its last 10 % (the dev split, never trained on).
 * `--with-aqmar` (minus the held-out articles) and `--with-wojood` add the other corpora, each
 * with its own domain-specific weights (`--no-domains`: all weights shared); measured on dev, both
 * lowered F1 (see models/README.md), so the shipped model is trained without them. Dev F1 is
 * printed after every epoch.
 *
 *   nice -n 10 node --import tsx scripts/train-ner.ts [--data ../shared/data] [--epochs 12] [--bits 20]
 *        [--seeds 3] [--update perceptron|pa] [--C 1]
 *        [--with-aqmar] [--with-wojood] [--aqmar-misc] [--no-domains] [--hide-max 1] [--dry-run]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { TAGS, type TaggedSentence } from '../src/ner/conll.ts';
import { fold } from '../src/ner/fold.ts';
import { documentFeatures, extractFeatures, Gazetteer, stackFeatures, type FeatureResources } from '../src/ner/features.ts';
import { parseClusters, encodeModel, decodeModel, stackedSentence } from '../src/ner/model.ts';
import { trainPerceptron, type TrainingSentence } from '../src/ner/perceptron.ts';
import { trainCrf } from '../src/ner/crf.ts';
import { decode, type TaggerWeights } from '../src/ner/tagger.ts';
import { EntityScorer, formatScores, type Scores } from '../src/ner/evaluate.ts';
import { readCorpora } from './ner-corpora.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'models/ner' },
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
    'hide-max': { type: 'string', default: '1' },
    'with-aqmar': { type: 'boolean', default: false },
    'with-wojood': { type: 'boolean', default: false },
    'aqmar-misc': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'no-domains': { type: 'boolean', default: false },
    update: { type: 'string', default: 'perceptron' },
    C: { type: 'string', default: '1' },
    rate: { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '0' },
    seeds: { type: 'string', default: '3' },
    'type-bias': { type: 'boolean', default: false },
    doc: { type: 'boolean', default: false },
    stack: { type: 'boolean', default: false },
    noise: { type: 'string', default: '0' },
    folds: { type: 'string', default: '5' },
    'stack-scale': { type: 'string', default: '0.1' },
    'stack-epochs': { type: 'string', default: '8' },
    'doc-window': { type: 'string', default: '20' },
  },
});
const DATA = resolve(values.data!);
const OUT = resolve(values.out!);
const BITS = Number(values.bits);
const EPOCHS = Number(values.epochs);
const t0 = performance.now();
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// --- Gazetteer ---
function buildGazetteer(): Gazetteer {
  const g = new Gazetteer();
  const require = createRequire(import.meta.url);
  const territories = (require('cldr-localenames-full/main/ar/territories.json') as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  }).main.ar.localeDisplayNames.territories;
  for (const [code, name] of Object.entries(territories).sort()) g.add(/^\d/.test(code) ? 'REGION' : 'COUNTRY', name);
  const csv = readFileSync(join(DATA, 'gazetteers/world-cities/world-cities.csv'), 'utf8').replace(/^\uFEFF/, '');
  const HEADS = /^(ولاية|محافظة|مقاطعة|إقليم|منطقة|مدينة|بلدية|جزيرة)\s+/;
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const cols = [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2] ?? '');
    const [country, , city] = cols;
    if (country) g.add('COUNTRY', country);
    if (city) {
      g.add('CITY', city);
      if (HEADS.test(city)) g.add('CITY', city.replace(HEADS, ''));
    }
  }
  const names = join(DATA, 'gazetteers/arabic-names');
  const lines = (f: string): string[] =>
    readFileSync(join(names, f), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => /\p{Script=Arabic}/u.test(l));
  for (const f of ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt']) for (const n of lines(f)) g.add('FIRST', n);
  for (const n of lines('last-names-in-arabic.txt')) g.add('LAST', n);
  for (const row of lines('200-Arabic-Names-UTF8.csv').slice(0)) {
    const [male, female, last] = row.split(',');
    if (male) g.add('FIRST', male);
    if (female) g.add('FIRST', female);
    if (last) g.add('LAST', last);
  }
  for (const n of lines('400-Arabic-Names.txt')) g.add('PERSON', n);
  return g;
}

const gazetteer = buildGazetteer();
const clusters = parseClusters(gunzipSync(readFileSync(join(OUT, 'clusters.tsv.gz'))).toString('utf8'));
const resources: FeatureResources = { clusters, gazetteer };
console.error(`gazetteer ${gazetteer.size} names, ${clusters.size} word classes (${elapsed()})`);

// --- Data ---
const corpora = readCorpora(DATA);
const dropMisc = (s: TaggedSentence): TaggedSentence => ({ tokens: s.tokens, tags: s.tags.map((t) => (t.endsWith('MISC') ? 'O' : t)) });
const trainSentences: (TaggedSentence & { domain?: number })[] = [
  ...corpora.anerTrain,
  // AQMAR's MISC (MIS0–MIS3) is far broader than ANERcorp's (topics, works, foreign words): by
  // default its MISC tags are not trained on, measured as better on dev for every type.
  ...(!values['with-aqmar'] ? [] : values['aqmar-misc'] ? corpora.aqmarTrain : corpora.aqmarTrain.map(dropMisc)).map((s) => ({ ...s, domain: 1 })),
  ...(!values['with-wojood'] ? [] : corpora.wojood).map((s) => ({ ...s, domain: 2 })),
];
// Words seen once in the training data are trained without their identity features (see extractFeatures).
const wordCounts = new Map<string, number>();
for (const s of trainSentences) for (const t of s.tokens) wordCounts.set(fold(t), (wordCounts.get(fold(t)) ?? 0) + 1);
const HIDE_MAX = Number(values['hide-max']);
const hide = HIDE_MAX > 0 ? (w: string): boolean => (wordCounts.get(w) ?? 0) <= HIDE_MAX : undefined;
const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
// Document-level features (`documentFeatures`): ANERcorp marks no article boundaries, so a
// sentence's "document" is the sentences at most DOC_WINDOW away in the same corpus split, as
// `khabar tag --context` does; the dev split only ever sees dev sentences.
const DOC = values.doc!;
const DOC_WINDOW = Number(values['doc-window']);
const STACK = values.stack!;
const toTraining = (s: TaggedSentence & { domain?: number }, forTraining = false, extra?: (readonly number[])[]): TrainingSentence => ({
  domain: s.domain ?? 0,
  feats: extractFeatures(s.tokens, resources, BITS, forTraining ? hide : undefined, false, extra),
  gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t)!),
});
const withDoc = (sentences: (TaggedSentence & { domain?: number })[], forTraining: boolean): TrainingSentence[] => {
  const extra = DOC ? documentFeatures(sentences.map((s) => s.tokens), resources, DOC_WINDOW) : undefined;
  return sentences.map((s, i) => toTraining(s, forTraining, extra?.[i]));
};
const train = [0, 1, 2].flatMap((d) => withDoc(trainSentences.filter((s) => (s.domain ?? 0) === d), true));
// `--noise P`: feature noising (see TrainOptions.noised), the sentences with every word hidden.
const NOISE = Number(values.noise);
const noised =
  NOISE > 0
    ? [0, 1, 2].flatMap((d) => trainSentences.filter((s) => (s.domain ?? 0) === d)).map((s) => ({ domain: s.domain ?? 0, feats: extractFeatures(s.tokens, resources, BITS, () => true), gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t)!) }))
    : undefined;
const dev = withDoc(corpora.anerDev, false);
const aqmarEval = withDoc(corpora.aqmarHeldOut, false);
const count = (xs: TaggedSentence[]): number => xs.reduce((n, s) => n + s.tokens.length, 0);
console.error(
  `train ${train.length} sentences / ${count(trainSentences)} tokens (ANERcorp ${count(corpora.anerTrain)}, AQMAR ${!values['with-aqmar'] ? 0 : count(corpora.aqmarTrain)}, Wojood ${!values['with-wojood'] ? 0 : count(corpora.wojood)}); dev ${dev.length} sentences / ${count(corpora.anerDev)} tokens (${elapsed()})`,
);

function score(weights: TaggerWeights, data: TrainingSentence[], dropMiscTags = false): Scores {
  const scorer = new EntityScorer();
  for (const s of data) {
    const pred = Array.from(decode(weights, s.feats).tags, (t) => TAGS[t]!);
    const gold = Array.from(s.gold, (t) => TAGS[t]!);
    scorer.add(dropMiscTags ? gold.map((t) => (t.endsWith('MISC') ? 'O' : t)) : gold, dropMiscTags ? pred.map((t) => (t.endsWith('MISC') ? 'O' : t)) : pred);
  }
  return scorer.scores();
}

const trainOne = (seed: number): ReturnType<typeof trainPerceptron> =>
  values.update === 'crf'
    ? trainCrf(train, {
        bits: BITS,
        epochs: EPOCHS,
        seed,
        rate: Number(values.rate),
        l2: Number(values.l2) / train.length,
        onEpoch(epoch, averaged, ll) {
          const s = score(averaged, dev);
          const per = ['PER', 'ORG', 'LOC', 'MISC'].map((k) => `${k} ${(s[k]?.f1 ?? 0).toFixed(2)}`).join('  ');
          console.error(`seed ${seed} epoch ${String(epoch).padStart(2)}: log-likelihood ${ll.toFixed(0)}; dev F1 ${s.ALL!.f1.toFixed(2)}  (${per})  ${elapsed()}`);
        },
      })
    : trainPerceptron(train, {
    bits: BITS,
    epochs: EPOCHS,
    seed,
    update: values.update === 'pa' ? 'pa' : 'perceptron',
    C: Number(values.C),
    domains: values['no-domains'] || (!values['with-aqmar'] && !values['with-wojood']) ? 1 : 3,
    ...(noised ? { noised, noiseRate: NOISE } : {}),
    onEpoch(epoch, averaged, mistakes) {
      const s = score(averaged, dev);
      const per = ['PER', 'ORG', 'LOC', 'MISC'].map((k) => `${k} ${(s[k]?.f1 ?? 0).toFixed(2)}`).join('  ');
      console.error(`seed ${seed} epoch ${String(epoch).padStart(2)}: ${mistakes} token errors; dev F1 ${s.ALL!.f1.toFixed(2)}  (${per})  ${elapsed()}`);
    },
  });

// `--seeds N`: N runs over differently shuffled data, their averaged weights averaged again (a
// bagging-like ensemble that is still one linear model: same size class, same speed).
const SEEDS = Number(values.seeds);
const weights = trainOne(Number(values.seed));
for (let k = 1; k < SEEDS; k++) {
  const other = trainOne(Number(values.seed) + k);
  for (let i = 0; i < weights.emit.length; i++) weights.emit[i]! += other.emit[i]!;
  for (let i = 0; i < weights.trans.length; i++) weights.trans[i]! += other.trans[i]!;
}
if (SEEDS > 1) {
  for (let i = 0; i < weights.emit.length; i++) weights.emit[i]! /= SEEDS;
  for (let i = 0; i < weights.trans.length; i++) weights.trans[i]! /= SEEDS;
  const s = score(weights, dev);
  console.error(`${SEEDS} seeds averaged: dev F1 ${s.ALL!.f1.toFixed(2)}  ${elapsed()}`);
}

// Tune the O penalty on dev (a single scalar; the weights never see dev).
// The grid is relative to the largest weight, so it suits any update rule's weight scale.
let maxWeight = 0;
for (let i = 0; i < weights.emit.length; i++) maxWeight = Math.max(maxWeight, Math.abs(weights.emit[i]!));
let best = { penalty: 0, f1: -1 };
for (let k = 0; k <= 80; k++) {
  const penalty = (k * maxWeight) / 160;
  const f1 = score({ ...weights, oPenalty: penalty }, dev).ALL!.f1;
  if (f1 > best.f1 + 1e-9) best = { penalty, f1 };
}
console.error(`O penalty ${best.penalty.toFixed(3)} (dev F1 ${best.f1.toFixed(2)})`);
weights.oPenalty = best.penalty;

// `--type-bias`: one more scalar per entity type, added to the scores of its B- and I- tags (folded
// into the transitions into those tags, so the model format and decoder are unchanged), tuned on dev
// by two rounds of coordinate ascent. Like the O penalty, these are decoding hyper-parameters: the
// weights never see dev.
const typeBias: Record<string, number> = {};
if (values['type-bias']) {
  const step = maxWeight / 160;
  const biased = (bias: Record<string, number>): TaggerWeights => {
    const trans = Float32Array.from(weights.trans);
    for (let c = 0; c < TAGS.length; c++) {
      const b = bias[TAGS[c]!.slice(2)] ?? 0;
      if (TAGS[c] === 'O' || !b) continue;
      for (let p = 0; p <= TAGS.length; p++) trans[p * TAGS.length + c]! += b;
    }
    return { ...weights, trans };
  };
  let bestF1 = best.f1;
  for (let round = 0; round < 2; round++) {
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      let arg = typeBias[type] ?? 0;
      for (let k = -12; k <= 12; k++) {
        const f1 = score(biased({ ...typeBias, [type]: k * step }), dev).ALL!.f1;
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          arg = k * step;
        }
      }
      typeBias[type] = arg;
    }
  }
  weights.trans = biased(typeBias).trans as Float32Array;
  console.error(`type biases ${Object.entries(typeBias).map(([t, b]) => `${t} ${b.toFixed(2)}`).join(', ')} (dev F1 ${bestF1.toFixed(2)})`);
}
const devScores = score(weights, dev);
const aqmarScores = score(weights, aqmarEval);
process.stderr.write(formatScores('dev (ANERcorp train, last 10 %), float weights:', devScores));
process.stderr.write(formatScores('AQMAR held-out articles (PER/ORG/LOC/MISC), float weights:', aqmarScores));

let nonzero = 0;
for (let i = 0; i < weights.emit.length; i++) if (weights.emit[i] !== 0) nonzero++;
const round = (s: Scores): Record<string, number> => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v.f1 * 100) / 100]));
const bytes = encodeModel(weights, {
  seed: Number(values.seed),
  seeds: SEEDS,
  update: values.update,
  epochs: EPOCHS,
  domains: values['no-domains'] || (!values['with-aqmar'] && !values['with-wojood']) ? 'one' : 'shared + ANERcorp-specific weights (AQMAR and Wojood conventions kept in their own)',
  sentences: train.length,
  tokens: count(trainSentences),
  data: ['ANERcorp train (first 90 %)', !values['with-aqmar'] ? null : 'AQMAR (minus held-out)', !values['with-wojood'] ? null : 'Wojood sample'].filter(Boolean),
  oPenalty: best.penalty,
  ...(values['type-bias'] ? { typeBias } : {}),
  devF1: round(devScores),
  aqmarF1: round(aqmarScores),
  ...(DOC ? { docWindow: DOC_WINDOW } : {}),
}, { documentFeatures: DOC, stacked: STACK });
// The shipped weights are quantised: score them as shipped.
const { header, emit, index } = decodeModel(gunzipSync(bytes));
const shipped: TaggerWeights = { bits: header.bits, emit, index, scale: header.scale, trans: Float32Array.from(header.trans), oPenalty: header.oPenalty ?? 0 };
process.stderr.write(formatScores('dev, quantised weights (as shipped):', score(shipped, dev)));
console.error(`model: ${(bytes.length / 1e6).toFixed(2)} MB gzip, ${nonzero} non-zero weights of ${weights.emit.length} (${elapsed()})`);

// `--stack`: a second pass trained on first-pass tags the first pass did not see in training.
// The training sentences are cut into FOLDS contiguous blocks (nearby sentences stay together, as
// articles do); each block is tagged by a model trained on the others (one seed), dev by the model
// above as shipped. The second pass's features (stackFeatures) are scored on top of the first
// pass's emission scores, which are scaled by --stack-scale during training so that perceptron
// steps of 1 matter; the stored second-pass weights are divided by it instead.
let stackBytes: Buffer | undefined;
if (STACK) {
  const FOLDS = Number(values.folds);
  const ALPHA = Number(values['stack-scale']);
  const anerOnly = trainSentences.filter((s) => (s.domain ?? 0) === 0);
  const plain = withDoc(anerOnly, false);
  const firstTags: string[][] = new Array<string[]>(anerOnly.length);
  const firstEmit: Float64Array[] = new Array<Float64Array>(anerOnly.length);
  for (let k = 0; k < FOLDS; k++) {
    const lo = Math.floor((k * anerOnly.length) / FOLDS);
    const hi = Math.floor(((k + 1) * anerOnly.length) / FOLDS);
    const rest = train.filter((_, i) => i < lo || i >= hi);
    const w = trainPerceptron(rest, { bits: BITS, epochs: EPOCHS, seed: Number(values.seed) });
    const fw: TaggerWeights = { ...w, oPenalty: best.penalty };
    for (let i = lo; i < hi; i++) {
      const r = decode(fw, plain[i]!.feats);
      firstTags[i] = Array.from(r.tags, (t) => TAGS[t]!);
      firstEmit[i] = r.emit;
    }
    console.error(`stack: fold ${k + 1}/${FOLDS} tagged (${elapsed()})`);
  }
  const toStack = (sentences: TaggedSentence[], tags: string[][], emits: Float64Array[]): TrainingSentence[] => {
    const extra = stackFeatures(sentences.map((s) => s.tokens), tags, resources, DOC_WINDOW);
    return sentences.map((s, i) => ({ feats: stackedSentence(extra[i]!, BITS, emits[i]!.map((v) => v * ALPHA)), gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t)!) }));
  };
  const stackTrain = toStack(anerOnly, firstTags, firstEmit);
  const devFirst = dev.map((d) => decode(shipped, d.feats));
  const stackDev = toStack(corpora.anerDev, devFirst.map((r) => Array.from(r.tags, (t) => TAGS[t]!)), devFirst.map((r) => r.emit));
  const stackScore = (w: TaggerWeights): Scores => score(w, stackDev);
  const sw = trainPerceptron(stackTrain, {
    bits: BITS,
    epochs: Number(values['stack-epochs']),
    seed: Number(values.seed),
    onEpoch(epoch, averaged, mistakes) {
      console.error(`stack epoch ${epoch}: ${mistakes} token errors; dev F1 ${stackScore(averaged).ALL!.f1.toFixed(2)}  ${elapsed()}`);
    },
  });
  let stackBest = { penalty: 0, f1: -1 };
  for (let k = -20; k <= 20; k++) {
    const penalty = (k * ALPHA * best.penalty) / 20;
    const f1 = stackScore({ ...sw, oPenalty: penalty }).ALL!.f1;
    if (f1 > stackBest.f1 + 1e-9) stackBest = { penalty, f1 };
  }
  process.stderr.write(formatScores(`stacked second pass on dev (O penalty ${stackBest.penalty.toFixed(3)}):`, stackScore({ ...sw, oPenalty: stackBest.penalty })));
  for (let i = 0; i < sw.emit.length; i++) sw.emit[i]! /= ALPHA;
  for (let i = 0; i < sw.trans.length; i++) sw.trans[i]! /= ALPHA;
  stackBytes = encodeModel({ ...sw, oPenalty: stackBest.penalty / ALPHA }, { stackOf: 'model.bin.gz', folds: FOLDS, stackScale: ALPHA, devF1: stackBest.f1 }, {});
  console.error(`stack model: ${(stackBytes.length / 1e6).toFixed(2)} MB gzip (${elapsed()})`);
}
if (!values['dry-run']) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'model.bin.gz'), bytes);
  if (stackBytes) writeFileSync(join(OUT, 'stack.bin.gz'), stackBytes);
  writeFileSync(join(OUT, 'gazetteer.tsv.gz'), gzipSync(Buffer.from(gazetteer.serialize(), 'utf8'), { level: 9 }));
  console.error(`wrote ${OUT}/model.bin.gz and gazetteer.tsv.gz`);
}
