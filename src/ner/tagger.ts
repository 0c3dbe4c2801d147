/**
 * The sequence tagger: a first-order linear model over BIO tags (weights from an averaged
 * structured perceptron, see `perceptron.ts`) decoded with Viterbi under BIO constraints
 * (an `I-X` only continues a `B-X` or `I-X`).
 *
 * @packageDocumentation
 */
import { TAGS, type Tag } from './conll.ts';
import { wordEmission, type SentenceFeatures } from './features.ts';

/** Number of tags. */
export const T = TAGS.length;

/** `ALLOWED[prev * T + cur]`: may `cur` follow `prev`? `prev = T` is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let c = 0; c < T; c++) {
      const cur = TAGS[c]!;
      const prev = p < T ? TAGS[p]! : 'O';
      a[p * T + c] = cur.startsWith('I-') ? (prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0) : 1;
    }
  }
  return a;
})();

/** The numbers a tagger decodes with. */
export interface TaggerWeights {
  /** log2 of the number of feature buckets. */
  bits: number;
  /**
   * Emission weights (any numeric array; scaled by `scale`): `bucket * T + tag`, or, when `index`
   * is given, `(index[bucket] - 1) * T + tag` with `index[bucket] = 0` for an all-zero row.
   */
  emit: ArrayLike<number>;
  /** Optional bucket → row+1 map for a compact `emit` holding only non-zero rows. */
  index?: Uint32Array;
  /** Training only: a second dense table added to `emit` (domain-specific weights). */
  emit2?: ArrayLike<number>;
  /** Multiplier that turns `emit` values into scores. */
  scale: number;
  /** Transition scores `(prev) * T + cur`, row `T` is the sentence start. */
  trans: ArrayLike<number>;
  /**
   * Subtracted from the score of `O` at every token. The perceptron leans towards `O` on words it
   * has never seen (high precision, low recall); a penalty tuned on dev trades some back.
   */
  oPenalty?: number;
}

/**
 * Best tag sequence for a sentence (Viterbi). Also returns each token's margin: the score of the
 * chosen tag minus the best other tag at that token, given the chosen previous tag.
 */
export function decode(w: TaggerWeights, feats: SentenceFeatures): { tags: Uint8Array; margins: Float32Array; emit: Float64Array } {
  const n = feats.offsets.length - 1;
  const tags = new Uint8Array(n);
  const margins = new Float32Array(n);
  if (n === 0) return { tags, margins, emit: new Float64Array(0) };
  const emit = new Float64Array(n * T);
  const { ids, offsets } = feats;
  const E = w.emit;
  const index = w.index;
  const oPenalty = w.oPenalty ?? 0;
  const scale = w.scale;
  const words = feats.words;
  const E2 = w.emit2;
  if (words && !index) throw new Error('context-only features need a frozen (indexed) model');
  for (let i = 0; i < n; i++) {
    const base = i * T;
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      let row: number;
      if (index) {
        const r = index[ids[k]!]!;
        if (r === 0) continue;
        row = (r - 1) * T;
      } else row = ids[k]! * T;
      if (E2) {
        e0 += E2[row]!;
        e1 += E2[row + 1]!;
        e2 += E2[row + 2]!;
        e3 += E2[row + 3]!;
        e4 += E2[row + 4]!;
        e5 += E2[row + 5]!;
        e6 += E2[row + 6]!;
        e7 += E2[row + 7]!;
        e8 += E2[row + 8]!;
      }
      e0 += E[row]!;
      e1 += E[row + 1]!;
      e2 += E[row + 2]!;
      e3 += E[row + 3]!;
      e4 += E[row + 4]!;
      e5 += E[row + 5]!;
      e6 += E[row + 6]!;
      e7 += E[row + 7]!;
      e8 += E[row + 8]!;
    }
    if (words && index) {
      const u = wordEmission(words[i]!, E, index, T, w.bits);
      e0 += u[0]!;
      e1 += u[1]!;
      e2 += u[2]!;
      e3 += u[3]!;
      e4 += u[4]!;
      e5 += u[5]!;
      e6 += u[6]!;
      e7 += u[7]!;
      e8 += u[8]!;
    }
    emit[base] = e0 * scale - oPenalty;
    emit[base + 1] = e1 * scale;
    emit[base + 2] = e2 * scale;
    emit[base + 3] = e3 * scale;
    emit[base + 4] = e4 * scale;
    emit[base + 5] = e5 * scale;
    emit[base + 6] = e6 * scale;
    emit[base + 7] = e7 * scale;
    emit[base + 8] = e8 * scale;
  }
  const first = feats.base;
  if (first) for (let k = 0; k < n * T; k++) emit[k]! += first[k]!;
  const tr = transitions(w);
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let c = 0; c < T; c++) score[c] = emit[c]! + tr[T * T + c]!;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[prevBase + p]! + tr[p * T + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + emit[base + c]!;
      back[base + c] = arg;
    }
  }
  let bestLast = 0;
  for (let c = 1; c < T; c++) if (score[(n - 1) * T + c]! > score[(n - 1) * T + bestLast]!) bestLast = c;
  tags[n - 1] = bestLast;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  for (let i = 0; i < n; i++) {
    const prev = i === 0 ? T : tags[i - 1]!;
    const chosen = tags[i]!;
    let other = -Infinity;
    for (let c = 0; c < T; c++) {
      if (c === chosen) continue;
      const v = emit[i * T + c]! + tr[prev * T + c]!;
      if (v > other) other = v;
    }
    margins[i] = emit[i * T + chosen]! + tr[prev * T + chosen]! - other;
  }
  return { tags, margins, emit };
}

const maskedTrans = new Float64Array((T + 1) * T);

/**
 * Transition scores with the BIO constraints folded in as -Infinity. Recomputed per call (90
 * numbers): training changes the transitions in place between calls.
 */
function transitions(w: TaggerWeights): Float64Array {
  for (let i = 0; i < maskedTrans.length; i++) maskedTrans[i] = ALLOWED[i] ? w.trans[i]! : -Infinity;
  return maskedTrans;
}

/** Tag indices → tag names. */
export function tagNames(tags: ArrayLike<number>): Tag[] {
  return Array.from(tags as ArrayLike<number>, (t) => TAGS[t]!);
}
