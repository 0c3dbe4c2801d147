/**
 * Entity-level scoring (CoNLL-2003 exact match): an entity counts as found only when its type and
 * both token boundaries match a gold entity. Micro-averaged precision, recall and F1, overall and
 * per type.
 *
 * @packageDocumentation
 */
import { spansOf } from './conll.ts';

/** Counts for one type (or overall). */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores by type, plus `ALL`. */
export type Scores = Record<string, PRF>;

/** Accumulates gold/predicted tag sequences and reports P/R/F1. */
export class EntityScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  /** Adds one sentence. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = spansOf(gold);
    const p = spansOf(predicted);
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) this.bump(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
    for (const s of g) if (!predKeys.has(key(s))) this.bump(s.type, 'fn');
  }

  private bump(type: string, field: 'tp' | 'fp' | 'fn'): void {
    for (const k of [type, 'ALL']) {
      const c = this.counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      this.counts.set(k, c);
    }
  }

  /** Precision, recall and F1 (percentages) by type and `ALL`. */
  scores(): Scores {
    const out: Scores = {};
    const types = [...this.counts.keys()].filter((k) => k !== 'ALL').sort();
    for (const k of [...types, 'ALL']) {
      const { tp, fp, fn } = this.counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      const precision = tp + fp ? (100 * tp) / (tp + fp) : 0;
      const recall = tp + fn ? (100 * tp) / (tp + fn) : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      out[k] = { tp, fp, fn, precision, recall, f1 };
    }
    return out;
  }
}

/** A fixed-width table of scores. */
export function formatScores(title: string, scores: Scores): string {
  const rows = Object.entries(scores).map(
    ([type, s]) => `  ${type.padEnd(5)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}   (gold ${s.tp + s.fn}, predicted ${s.tp + s.fp})`,
  );
  return `${title}\n${rows.join('\n')}\n`;
}
