/**
 * Training: the averaged structured perceptron (Collins 2002) over {@link decode}. Deterministic:
 * sentences are shuffled each epoch with a seeded generator.
 *
 * @packageDocumentation
 */
import type { SentenceFeatures } from './features.ts';
import { decode, T, type TaggerWeights } from './tagger.ts';

/** A training sentence: its features and gold tag indices. */
export interface TrainingSentence {
  feats: SentenceFeatures;
  gold: Uint8Array;
  /** Which corpus it comes from (0 = the target domain), for domain-specific weights. */
  domain?: number;
}

/** Options for {@link trainPerceptron}. */
export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /**
   * Number of domains. With more than one, every feature has a shared weight and a weight per
   * domain ("frustratingly easy" domain adaptation, Daumé 2007): a corpus's own conventions go into
   * its domain weights instead of bending the shared ones. The result is shared + domain 0.
   */
  domains?: number;
  /**
   * `perceptron` (default): every mistake moves the weights by 1. `pa`: passive-aggressive (PA-I,
   * Crammer et al. 2006) — the step is just large enough to make the gold sequence beat the
   * prediction by its Hamming loss, capped at `C`, so small corrections stay small.
   */
  update?: 'perceptron' | 'pa';
  /** Step cap for `pa`. */
  C?: number;
  /**
   * Feature noising: the same sentences with every word's identity features left out (same order
   * as the data). Each time a sentence is visited it is replaced by its noised version with
   * probability `noiseRate`, so the model cannot lean on word identity alone.
   */
  noised?: readonly TrainingSentence[];
  noiseRate?: number;
  /** Called after each epoch with the averaged weights so far (e.g. to score a dev set). */
  onEpoch?: (epoch: number, averaged: TaggerWeights, mistakes: number) => void;
}

/** Deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains and returns the averaged weights (`scale` 1). */
export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): TaggerWeights & { emit: Float32Array; trans: Float32Array } {
  const size = (1 << options.bits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const domains = options.domains ?? 1;
  const dw = Array.from({ length: domains > 1 ? domains : 0 }, () => new Float32Array(size));
  const du = Array.from({ length: domains > 1 ? domains : 0 }, () => new Float64Array(size));
  const current: TaggerWeights = { bits: options.bits, emit: w, scale: 1, trans: tw };
  let c = 1;
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);

  const average = (): TaggerWeights & { emit: Float32Array; trans: Float32Array } => {
    const emit = new Float32Array(size);
    for (let i = 0; i < size; i++) emit[i] = w[i]! - u[i]! / c;
    if (dw.length) for (let i = 0; i < size; i++) emit[i]! += dw[0]![i]! - du[0]![i]! / c;
    const trans = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) trans[i] = tw[i]! - tu[i]! / c;
    return { bits: options.bits, emit, scale: 1, trans };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const idx of order) {
      const noisy = options.noised && random() < (options.noiseRate ?? 0);
      const { feats, gold } = noisy ? options.noised![idx]! : data[idx]!;
      const d = dw.length ? (data[idx]!.domain ?? 0) : -1;
      current.emit2 = d >= 0 ? dw[d] : undefined;
      const { tags } = decode(current, feats);
      const dW = d >= 0 ? dw[d]! : null;
      const dU = d >= 0 ? du[d]! : null;
      const n = gold.length;
      let step = 1;
      if (options.update === 'pa') {
        // Margin of the prediction over the gold sequence, Hamming loss and ||Δφ||² over the
        // positions where they differ (hash collisions inside a token are ignored in the norm).
        let diff = 0;
        let loss = 0;
        let norm = 0;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = tags[i]!;
          const gp = i === 0 ? T : gold[i - 1]!;
          const pp = i === 0 ? T : tags[i - 1]!;
          if (g !== p) {
            loss++;
            for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) {
              const row = feats.ids[k]! * T;
              diff += w[row + p]! - w[row + g]!;
              if (dW) diff += dW[row + p]! - dW[row + g]!;
              norm += dW ? 4 : 2;
            }
          }
          if (g !== p || gp !== pp) {
            diff += tw[pp * T + p]! - tw[gp * T + g]!;
            norm += 2;
          }
        }
        if (loss === 0) {
          c++;
          continue;
        }
        step = Math.min(options.C ?? 1, (diff + loss) / norm);
        if (!(step > 0)) {
          c++;
          continue;
        }
      }
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = tags[i]!;
        const gp = i === 0 ? T : gold[i - 1]!;
        const pp = i === 0 ? T : tags[i - 1]!;
        if (g !== p) {
          mistakes++;
          for (let k = feats.offsets[i]!; k < feats.offsets[i + 1]!; k++) {
            const row = feats.ids[k]! * T;
            w[row + g]! += step;
            u[row + g]! += c * step;
            w[row + p]! -= step;
            u[row + p]! -= c * step;
            if (dW && dU) {
              dW[row + g]! += step;
              dU[row + g]! += c * step;
              dW[row + p]! -= step;
              dU[row + p]! -= c * step;
            }
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * T + g]! += step;
          tu[gp * T + g]! += c * step;
          tw[pp * T + p]! -= step;
          tu[pp * T + p]! -= c * step;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, average(), mistakes);
  }
  return average();
}
