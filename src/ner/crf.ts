/**
 * Training a linear-chain CRF (Lafferty et al. 2001) over the same features, tags and BIO
 * constraints as the perceptron: stochastic gradient ascent on the conditional log-likelihood,
 * with the weights averaged over all steps (averaged SGD; the averaging regularises, as it does
 * for the perceptron). Deterministic: sentences are shuffled each epoch with a seeded generator.
 * The result is an ordinary {@link TaggerWeights} table, decoded with Viterbi like the perceptron's.
 *
 * @packageDocumentation
 */
import { mulberry32, type TrainingSentence } from './perceptron.ts';
import { ALLOWED, T, type TaggerWeights } from './tagger.ts';

/** Options for {@link trainCrf}. */
export interface CrfOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Initial learning rate; it decays as `rate / (1 + epoch / 2)`. */
  rate?: number;
  /**
   * L2 penalty per sentence (λ / number of sentences in the usual notation). With it the weights
   * are the last iterate (no averaging), decayed lazily through a global scale (Bottou's SGD).
   */
  l2?: number;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, averaged: TaggerWeights, logLikelihood: number) => void;
}

/** Trains and returns the averaged weights (`scale` 1). */
export function trainCrf(data: readonly TrainingSentence[], options: CrfOptions): TaggerWeights & { emit: Float32Array; trans: Float32Array } {
  const size = (1 << options.bits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const l2 = options.l2 ?? 0;
  let scale = 1;
  const average = (): TaggerWeights & { emit: Float32Array; trans: Float32Array } => {
    if (l2 > 0) {
      const emit = new Float32Array(size);
      for (let i = 0; i < size; i++) emit[i] = w[i]! * scale;
      return { bits: options.bits, emit, scale: 1, trans: Float32Array.from(tw) };
    }
    const emit = new Float32Array(size);
    for (let i = 0; i < size; i++) emit[i] = w[i]! - u[i]! / c;
    const trans = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) trans[i] = tw[i]! - tu[i]! / c;
    return { bits: options.bits, emit, scale: 1, trans };
  };
  let maxLen = 0;
  for (const s of data) maxLen = Math.max(maxLen, s.gold.length);
  const emit = new Float64Array(maxLen * T);
  const alpha = new Float64Array(maxLen * T);
  const beta = new Float64Array(maxLen * T);
  const grad = new Float64Array(maxLen * T);
  const expTrans = new Float64Array((T + 1) * T);
  const tgrad = new Float64Array((T + 1) * T);
  const rate0 = options.rate ?? 0.1;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = rate0 / (1 + (epoch - 1) / 2);
    let ll = 0;
    for (const idx of order) {
      const { feats, gold } = data[idx]!;
      const n = gold.length;
      if (!n) continue;
      const { ids, offsets } = feats;
      // Emission scores.
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (let t = 0; t < T; t++) emit[base + t] = 0;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          const row = ids[k]! * T;
          for (let t = 0; t < T; t++) emit[base + t]! += w[row + t]!;
        }
        if (scale !== 1) for (let t = 0; t < T; t++) emit[base + t]! *= scale;
      }
      // Forward and backward in scaled probability space (log-sum-exp per position).
      for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) expTrans[p * T + t] = ALLOWED[p * T + t] ? Math.exp(tw[p * T + t]!) : 0;
      let logZ = 0;
      {
        let mx = -Infinity;
        for (let t = 0; t < T; t++) mx = Math.max(mx, emit[t]!);
        let sum = 0;
        for (let t = 0; t < T; t++) sum += alpha[t] = expTrans[T * T + t]! * Math.exp(emit[t]! - mx);
        for (let t = 0; t < T; t++) alpha[t]! /= sum;
        logZ += mx + Math.log(sum);
      }
      for (let i = 1; i < n; i++) {
        const base = i * T;
        let mx = -Infinity;
        for (let t = 0; t < T; t++) mx = Math.max(mx, emit[base + t]!);
        let sum = 0;
        for (let t = 0; t < T; t++) {
          let s = 0;
          for (let p = 0; p < T; p++) s += alpha[base - T + p]! * expTrans[p * T + t]!;
          const v = s * Math.exp(emit[base + t]! - mx);
          alpha[base + t] = v;
          sum += v;
        }
        for (let t = 0; t < T; t++) alpha[base + t]! /= sum;
        logZ += mx + Math.log(sum);
      }
      for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
      for (let i = n - 2; i >= 0; i--) {
        const base = i * T;
        const next = base + T;
        let mx = -Infinity;
        for (let t = 0; t < T; t++) mx = Math.max(mx, emit[next + t]!);
        let sum = 0;
        for (let p = 0; p < T; p++) {
          let s = 0;
          for (let t = 0; t < T; t++) s += expTrans[p * T + t]! * Math.exp(emit[next + t]! - mx) * beta[next + t]!;
          beta[base + p] = s;
          sum += s;
        }
        for (let p = 0; p < T; p++) beta[base + p]! /= sum || 1;
      }
      // Gold score, for the log-likelihood report.
      let goldScore = 0;
      for (let i = 0; i < n; i++) goldScore += emit[i * T + gold[i]!]! + tw[(i === 0 ? T : gold[i - 1]!) * T + gold[i]!]!;
      ll += goldScore - logZ;
      // Node marginals → emission gradient (observed − expected).
      for (let i = 0; i < n; i++) {
        const base = i * T;
        let z = 0;
        for (let t = 0; t < T; t++) z += alpha[base + t]! * beta[base + t]!;
        for (let t = 0; t < T; t++) grad[base + t] = -(alpha[base + t]! * beta[base + t]!) / z;
        grad[base + gold[i]!]! += 1;
      }
      // Edge marginals → transition gradient.
      tgrad.fill(0);
      {
        let z = 0;
        for (let t = 0; t < T; t++) z += alpha[t]! * beta[t]!;
        for (let t = 0; t < T; t++) tgrad[T * T + t]! -= (alpha[t]! * beta[t]!) / z;
        tgrad[T * T + gold[0]!]! += 1;
      }
      for (let i = 1; i < n; i++) {
        const base = i * T;
        let mx = -Infinity;
        for (let t = 0; t < T; t++) mx = Math.max(mx, emit[base + t]!);
        let z = 0;
        for (let p = 0; p < T; p++) {
          const a = alpha[base - T + p]!;
          if (a === 0) continue;
          for (let t = 0; t < T; t++) z += a * expTrans[p * T + t]! * Math.exp(emit[base + t]! - mx) * beta[base + t]!;
        }
        for (let p = 0; p < T; p++) {
          const a = alpha[base - T + p]!;
          if (a === 0) continue;
          for (let t = 0; t < T; t++) {
            const e = expTrans[p * T + t]!;
            if (e === 0) continue;
            tgrad[p * T + t]! -= (a * e * Math.exp(emit[base + t]! - mx) * beta[base + t]!) / z;
          }
        }
        tgrad[gold[i - 1]! * T + gold[i]!]! += 1;
      }
      // Step.
      if (l2 > 0) {
        scale *= 1 - rate * l2;
        for (let k = 0; k < tw.length; k++) tw[k]! *= 1 - rate * l2;
        if (scale < 1e-6) {
          for (let i = 0; i < size; i++) w[i]! *= scale;
          scale = 1;
        }
      }
      const inv = 1 / scale;
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          const row = ids[k]! * T;
          for (let t = 0; t < T; t++) {
            const g = grad[base + t]! * rate;
            if (g === 0) continue;
            w[row + t]! += g * inv;
            u[row + t]! += c * g;
          }
        }
      }
      for (let k = 0; k < tgrad.length; k++) {
        const g = tgrad[k]! * rate;
        if (g === 0) continue;
        tw[k]! += g;
        tu[k]! += c * g;
      }
      c++;
    }
    options.onEpoch?.(epoch, average(), ll);
  }
  return average();
}
