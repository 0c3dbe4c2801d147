/**
 * Content hashes and MinHash signatures of article texts: the first makes ingest idempotent (the
 * same text is never stored twice), the second finds near-duplicates (reprints of one story).
 */
import { createHash } from 'node:crypto';
import { normalizeWord } from '../text/normalize.ts';

/**
 * The content hash of an article: hex SHA-256 of its text with line ends unified and outer
 * whitespace trimmed (a CRLF copy of a file is the same article).
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/** Number of hash functions in a signature. */
export const MINHASH_SIZE = 32;
/** LSH bands: {@link MINHASH_SIZE} / BANDS rows each. 8 × 4 finds pairs of Jaccard ≥ 0.7 with p ≥ 0.89. */
export const LSH_BANDS = 8;
/** Estimated Jaccard similarity above which two articles are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Words per shingle. */
const SHINGLE = 3;

const MAX = 0xffffffff;
// Fixed odd multipliers and offsets (deterministic, so signatures are comparable across runs).
const A = new Uint32Array(MINHASH_SIZE);
const B = new Uint32Array(MINHASH_SIZE);
{
  let x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * MinHash signature over normalised word 3-shingles. Texts with fewer than 3 words have an
 * all-max signature that matches nothing (too short to call a reprint).
 */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(MAX);
  const ws = normalizeWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (ws.length < SHINGLE) return sig;
  for (let i = 0; i + SHINGLE <= ws.length; i++) {
    const h = fnv1a(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      let v = Math.imul(A[k]!, h ^ B[k]!);
      v ^= v >>> 15;
      v = Math.imul(v, 0x2c1b3c6d);
      v = (v ^ (v >>> 12)) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i] && a[i] !== MAX) same++;
  return same / MINHASH_SIZE;
}

/**
 * The LSH bucket keys of a signature, one per band, as safe integers (band number in the high
 * bits) so that they index well in both SQLite and PostgreSQL (bigint). Empty for an empty signature.
 */
export function lshBuckets(sig: Uint32Array): number[] {
  if (sig[0] === MAX) return [];
  const rows = MINHASH_SIZE / LSH_BANDS;
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    // Band number above the 32-bit hash: a safe integer.
    out.push(b * 2 ** 32 + (h >>> 0));
  }
  return out;
}

/** Signature as bytes for storage. */
export function signatureBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** Signature from stored bytes. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, MINHASH_SIZE);
}
