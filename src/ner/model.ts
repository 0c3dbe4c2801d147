/**
 * The trained NER model on disk and in memory.
 *
 * `models/ner/` holds three gzip files: `model.bin.gz` (header + quantised weights),
 * `clusters.tsv.gz` (word classes) and `gazetteer.tsv.gz` (folded names by type). The model is
 * loaded lazily, once per process, by {@link getNerModel}.
 *
 * `model.bin` layout: the ASCII magic `KHABAR-NER\n`, a uint32 (little-endian) header length, the
 * header as UTF-8 JSON ({@link ModelHeader}), zero padding to a multiple of 4, then the non-zero
 * rows of the emission table: `header.rows` uint32 bucket numbers (each as the difference from the
 * previous one), then `header.rows × T` int16 weights (little-endian), to be multiplied by
 * `header.scale`. Rows absent from the file are all zero.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { TAGS, type Tag } from './conll.ts';
import { trimFunctionWords } from './edges.ts';
import { FEATURE_VERSION } from './fold.ts';
import { documentFeatures, extractFeatures, Gazetteer, stackFeatures, type FeatureResources, type SentenceFeatures } from './features.ts';
import { decode, T, type TaggerWeights } from './tagger.ts';

/** The JSON header of `model.bin`. */
export interface ModelHeader {
  format: 1;
  featureVersion: number;
  bits: number;
  tags: readonly string[];
  scale: number;
  /** Number of non-zero weight rows stored. */
  rows: number;
  /** Transition scores, `(T + 1) × T`, the last row for the sentence start. */
  trans: number[];
  /** Penalty on the `O` tag applied when decoding (see `TaggerWeights.oPenalty`). */
  oPenalty?: number;
  /** True when a stacked second pass (`stack.bin.gz`, see `stackFeatures`) follows the tagger. */
  stacked?: boolean;
  /** True when the model was trained with document-level features (see `documentFeatures`). */
  documentFeatures?: boolean;
  /** Free-form facts about the training run (data, epochs, dev scores). */
  training?: Record<string, unknown>;
}

/** A loaded model: weights plus the word classes and gazetteer its features use. */
export interface NerModel {
  header: ModelHeader;
  weights: TaggerWeights;
  /** The stacked second pass's weights, when the model has one. */
  stack?: TaggerWeights;
  resources: FeatureResources;
}

const MAGIC = 'KHABAR-NER\n';

/** Directory of the shipped model: `models/ner/` at the package root (from `src/ner` or `dist/ner`). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../models/ner/', import.meta.url));

/** True when the shipped model files are present. */
export function modelAvailable(dir = DEFAULT_MODEL_DIR): boolean {
  return ['model.bin.gz', 'clusters.tsv.gz', 'gazetteer.tsv.gz'].every((f) => existsSync(join(dir, f)));
}

/** Reads `clusters.tsv.gz` (`word<TAB>path` lines). */
export function parseClusters(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < nl) map.set(text.slice(pos, tab), text.slice(tab + 1, nl));
    pos = nl + 1;
  }
  return map;
}

/** Encodes weights and header into the gzip'd `model.bin` bytes (int16 quantisation, sparse rows). */
export function encodeModel(
  weights: { bits: number; emit: Float32Array; trans: Float32Array; oPenalty?: number },
  training: Record<string, unknown>,
  flags: { documentFeatures?: boolean; stacked?: boolean } = {},
): Buffer {
  let max = 0;
  for (let i = 0; i < weights.emit.length; i++) max = Math.max(max, Math.abs(weights.emit[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const buckets = 1 << weights.bits;
  const rows: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let any = false;
    const q: number[] = [];
    for (let c = 0; c < T; c++) {
      const v = Math.round(weights.emit[b * T + c]! / scale);
      q.push(v);
      if (v !== 0) any = true;
    }
    if (any) {
      rows.push(b);
      values.push(...q);
    }
  }
  const header: ModelHeader = { format: 1, featureVersion: FEATURE_VERSION, bits: weights.bits, tags: TAGS, scale, rows: rows.length, trans: Array.from(weights.trans), oPenalty: weights.oPenalty ?? 0, ...(flags.documentFeatures ? { documentFeatures: true } : {}), ...(flags.stacked ? { stacked: true } : {}), training };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headStart = MAGIC.length + 4;
  const dataStart = Math.ceil((headStart + json.length) / 4) * 4;
  const deltas = new Uint32Array(rows.length);
  rows.forEach((r, i) => (deltas[i] = i === 0 ? r : r - rows[i - 1]!));
  const q = Int16Array.from(values);
  const buf = Buffer.alloc(dataStart + deltas.byteLength + q.byteLength);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(json.length, MAGIC.length);
  json.copy(buf, headStart);
  Buffer.from(deltas.buffer).copy(buf, dataStart);
  Buffer.from(q.buffer).copy(buf, dataStart + deltas.byteLength);
  return gzipSync(buf, { level: 9 });
}

/**
 * Decodes `model.bin` bytes (already gunzipped): the compact rows and a bucket → row+1 index
 * (cheaper to build at load than a dense table of every bucket).
 */
export function decodeModel(buf: Buffer): { header: ModelHeader; emit: Int16Array; index: Uint32Array } {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a khabar NER model (bad magic)');
  const len = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + len)) as ModelHeader;
  if (header.format !== 1) throw new Error(`unsupported NER model format ${String(header.format)}`);
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`NER model was trained with feature version ${header.featureVersion}, this code has ${FEATURE_VERSION}: retrain with npm run train:ner`);
  }
  if (header.tags.join() !== TAGS.join()) throw new Error('NER model tag set differs from this code');
  const dataStart = Math.ceil((MAGIC.length + 4 + len) / 4) * 4;
  const n = header.rows;
  // Copy out of the gunzip buffer so the typed arrays are aligned whatever its offset.
  const deltas = new Uint32Array(n);
  new Uint8Array(deltas.buffer).set(buf.subarray(dataStart, dataStart + n * 4));
  const emit = new Int16Array(n * T);
  new Uint8Array(emit.buffer).set(buf.subarray(dataStart + n * 4, dataStart + n * 4 + n * T * 2));
  const index = new Uint32Array(1 << header.bits);
  let bucket = 0;
  for (let i = 0; i < n; i++) {
    bucket += deltas[i]!;
    index[bucket] = i + 1;
  }
  return { header, emit, index };
}

/** Loads a model directory. Throws when files are missing or do not match this code. */
export function loadNerModel(dir = DEFAULT_MODEL_DIR): NerModel {
  const { header, emit, index } = decodeModel(gunzipSync(readFileSync(join(dir, 'model.bin.gz'))));
  const clusters = parseClusters(gunzipSync(readFileSync(join(dir, 'clusters.tsv.gz'))).toString('utf8'));
  const gazetteer = Gazetteer.parse(gunzipSync(readFileSync(join(dir, 'gazetteer.tsv.gz'))).toString('utf8'));
  const resources: FeatureResources = { clusters, gazetteer };
  const model: NerModel = { header, weights: { bits: header.bits, emit, index, scale: header.scale, trans: Float32Array.from(header.trans), oPenalty: header.oPenalty ?? 0 }, resources };
  if (header.stacked) {
    const second = decodeModel(gunzipSync(readFileSync(join(dir, 'stack.bin.gz'))));
    model.stack = { bits: second.header.bits, emit: second.emit, index: second.index, scale: second.header.scale, trans: Float32Array.from(second.header.trans), oPenalty: second.header.oPenalty ?? 0 };
  }
  return model;
}

let cached: NerModel | undefined;

/**
 * The shipped model, loaded on first use and kept for the life of the process. The environment
 * variable `KHABAR_NER_MODEL` names another model directory (to evaluate a candidate model).
 */
export function getNerModel(): NerModel {
  return (cached ??= loadNerModel(process.env['KHABAR_NER_MODEL'] || DEFAULT_MODEL_DIR));
}

/**
 * Tags one sentence given as token strings. `margins` are per-token score margins (≥ 0). `extra`:
 * the sentence's document-level features (see {@link tagSentences}); without them a model trained
 * with such features sees the sentence as a document of its own.
 */
export function tagTokens(model: NerModel, tokens: readonly string[], extra?: readonly (readonly number[] | undefined)[]): { tags: Tag[]; margins: Float32Array } {
  if (!extra && model.header.documentFeatures) extra = documentFeatures([tokens], model.resources, 0)[0];
  const { tags, margins } = firstPass(model, tokens, extra);
  const named = Array.from(tags, (t) => TAGS[t]!);
  trimFunctionWords(tokens, named);
  return { tags: named, margins };
}

function firstPass(model: NerModel, tokens: readonly string[], extra: readonly (readonly number[] | undefined)[] | undefined): ReturnType<typeof decode> {
  // Word-only features are summed once per distinct word and cached (see wordEmission).
  const feats = extractFeatures(tokens, model.resources, model.weights.bits, undefined, model.weights.index !== undefined, extra);
  return decode(model.weights, feats);
}

/**
 * The stacked second pass over a document's first-pass results, in place: its features
 * ({@link stackFeatures}) are scored on top of the first pass's emission scores.
 */
function restack(model: NerModel, stack: TaggerWeights, sentences: readonly (readonly string[])[], first: { tags: Tag[]; margins: Float32Array }[], emits: Float64Array[], window: number): void {
  const extra = stackFeatures(sentences, first.map((r) => r.tags), model.resources, window);
  first.forEach((r, i) => {
    const { tags, margins } = decode(stack, stackedSentence(extra[i]!, stack.bits, emits[i]!));
    r.tags = Array.from(tags, (t) => TAGS[t]!);
    r.margins = margins;
  });
}

/** A stacked pass's features as a sentence (masked hashes), with the first pass's scores as base. */
export function stackedSentence(extra: readonly (readonly number[])[], bits: number, base: Float64Array): SentenceFeatures {
  const mask = (1 << bits) - 1;
  const offsets = new Uint32Array(extra.length + 1);
  let m = 0;
  extra.forEach((f, i) => {
    offsets[i] = m;
    m += f.length;
  });
  offsets[extra.length] = m;
  const ids = new Uint32Array(m);
  let k = 0;
  for (const f of extra) for (const h of f) ids[k++] = h & mask;
  return { offsets, ids, base };
}

/**
 * Tags the sentences of one document. When the model uses document-level features, a sentence
 * sees the other occurrences of its words in the sentences at most `window` away (Infinity, the
 * default: the whole document).
 */
export function tagSentences(model: NerModel, sentences: readonly (readonly string[])[], window = Infinity): { tags: Tag[]; margins: Float32Array }[] {
  const extra = model.header.documentFeatures ? documentFeatures(sentences, model.resources, window) : undefined;
  const emits: Float64Array[] = [];
  const results = sentences.map((tokens, i) => {
    const { tags, margins, emit } = firstPass(model, tokens, extra?.[i]);
    if (model.stack) emits.push(emit);
    return { tags: Array.from(tags, (t) => TAGS[t]!), margins };
  });
  if (model.stack) restack(model, model.stack, sentences, results, emits, window);
  // (After the second pass, which was trained on untrimmed first-pass tags.)
  results.forEach((r, i) => trimFunctionWords(sentences[i]!, r.tags));
  return results;
}
