/**
 * Feature extraction for the NER tagger. Works on a plain list of token strings, so the same
 * function serves khabar's own tokens (`ner()`) and any corpus's tokenisation (`khabar tag --conll`).
 *
 * Every feature is a string key hashed (FNV-1a, seeded by a template number) into a fixed-size
 * weight table; nothing is allocated per feature except the strings of the folded words.
 *
 * @packageDocumentation
 */
import { fold, shape, strips, type Strip } from './fold.ts';
import { TRIGGERS } from './triggers.ts';

/** Gazetteer types. */
export type GazetteerType = 'COUNTRY' | 'CITY' | 'FIRST' | 'LAST' | 'PERSON' | 'REGION';

/** One gazetteer entry: the folded words after the first one. */
interface GazetteerEntry {
  rest: string[];
  type: GazetteerType;
}

/** Names by their folded first word, for longest-match lookup over token sequences. */
export class Gazetteer {
  private readonly byFirst = new Map<string, GazetteerEntry[]>();
  /** Number of entries. */
  size = 0;

  /** Adds a name (any spelling; it is folded and split on spaces). */
  add(type: GazetteerType, name: string): void {
    const words = name.split(/\s+/).filter(Boolean).map(fold);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((e) => e.type === type && e.rest.join(' ') === words.slice(1).join(' '))) return;
    list.push({ rest: words.slice(1), type });
    this.byFirst.set(words[0]!, list);
    this.size++;
  }

  /** The entries whose first word is `first` (folded). */
  starting(first: string): readonly GazetteerEntry[] | undefined {
    return this.byFirst.get(first);
  }

  /**
   * Parses the `TYPE<TAB>name` lines written by {@link Gazetteer.serialize}: already folded and
   * unique, so they are indexed without folding again (this runs at model load).
   */
  static parse(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const words = line.slice(tab + 1).split(' ');
      const list = g.byFirst.get(words[0]!);
      const entry = { rest: words.slice(1), type: line.slice(0, tab) as GazetteerType };
      if (list) list.push(entry);
      else g.byFirst.set(words[0]!, [entry]);
      g.size++;
    }
    return g;
  }

  /** `TYPE<TAB>folded name` lines, sorted. */
  serialize(): string {
    const lines: string[] = [];
    for (const [first, list] of this.byFirst) for (const e of list) lines.push(`${e.type}\t${[first, ...e.rest].join(' ')}`);
    return lines.sort().join('\n') + '\n';
  }
}

/** What the features look words up in, besides the weights. */
export interface FeatureResources {
  /** Folded word → word-class path such as `4.11.2`. */
  clusters: ReadonlyMap<string, string>;
  gazetteer: Gazetteer;
}

/** Features of one sentence: token `i` owns `ids[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  offsets: Uint32Array;
  ids: Uint32Array;
}

/** Marks a feature value that must not be emitted. */
const HIDDEN = '\u0000hidden';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashStart(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}
function hashMix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0x1f, FNV_PRIME); // a separator, so ('ab','c') ≠ ('a','bc')
}
function finish(h: number): number {
  // Final avalanche (murmur3 fmix) so low bits are well spread before masking.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per-token facts computed once per sentence. */
interface TokenInfo {
  word: string;
  shape: string;
  strips: Strip[];
  /** The longest proclitic reading whose remainder is a known word (or the word itself). */
  best: Strip;
  cluster: string;
  restCluster: string;
}

const BOS: TokenInfo = { word: '<s>', shape: '<s>', strips: [], best: { proclitic: '', rest: '<s>', core: '<s>' }, cluster: '<s>', restCluster: '<s>' };
const EOS: TokenInfo = { word: '</s>', shape: '</s>', strips: [], best: { proclitic: '', rest: '</s>', core: '</s>' }, cluster: '</s>', restCluster: '</s>' };

function info(token: string, res: FeatureResources): TokenInfo {
  const word = fold(token);
  const all = strips(word);
  const cluster = res.clusters.get(word) ?? '';
  let best = all[all.length - 1]!;
  let restCluster = cluster;
  for (const s of all) {
    if (s.proclitic === '') break;
    const c = res.clusters.get(s.rest) ?? res.clusters.get(s.core);
    if (c !== undefined) {
      best = s;
      restCluster = c;
      break;
    }
  }
  return { word, shape: shape(token), strips: all, best, cluster, restCluster };
}

function level(path: string, n: number): string {
  let dots = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 46 && ++dots === n) return path.slice(0, i);
  return path;
}

/**
 * Marks gazetteer matches: for each token, the list of `TYPE:B|I` labels from the longest match of
 * each type starting at each position. The first word may carry proclitics (بالعراق matches العراق).
 */
function gazetteerLabels(infos: TokenInfo[], gaz: Gazetteer): string[][] {
  const labels: string[][] = infos.map(() => []);
  for (let i = 0; i < infos.length; i++) {
    const seen = new Map<GazetteerType, number>();
    for (const s of infos[i]!.strips) {
      for (const form of s.proclitic === '' ? [s.rest] : [s.rest, s.core]) {
        const entries = gaz.starting(form);
        if (!entries) continue;
        for (const e of entries) {
          let ok = i + e.rest.length < infos.length;
          for (let k = 0; ok && k < e.rest.length; k++) if (infos[i + 1 + k]!.word !== e.rest[k]) ok = false;
          if (ok && (seen.get(e.type) ?? 0) < e.rest.length + 1) seen.set(e.type, e.rest.length + 1);
        }
      }
    }
    for (const [type, len] of seen) {
      labels[i]!.push(`${type}:B${len > 1 ? 'm' : '1'}`);
      for (let k = 1; k < len; k++) labels[i + k]!.push(`${type}:I`);
    }
  }
  return labels;
}

/**
 * Extracts the hashed features of a sentence. `bits` is the log2 size of the weight table.
 */
export function extractFeatures(tokens: readonly string[], res: FeatureResources, bits: number, hide?: (folded: string) => boolean): SentenceFeatures {
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const infos = tokens.map((t) => info(t, res));
  // Training only: words the caller hides (those seen once in the training data) lose their
  // word-identity features, so the model learns what to do with a word it has never seen from
  // the cases that look most like it. At run time an unseen word's keys have no weight anyway.
  const hidden = infos.map((x) => (hide ? hide(x.word) : false));
  const gaz = gazetteerLabels(infos, res.gazetteer);
  const at = (i: number): TokenInfo => (i < 0 ? BOS : i >= n ? EOS : infos[i]!);
  const offsets = new Uint32Array(n + 1);
  const ids: number[] = [];
  let t = 0;
  const f1 = (a: string): void => {
    if (a === HIDDEN) return;
    ids.push(finish(hashMix(hashStart(t), a)) & mask);
  };
  const f2 = (a: string, b: string): void => {
    if (a === HIDDEN || b === HIDDEN) return;
    ids.push(finish(hashMix(hashMix(hashStart(t), a), b)) & mask);
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    const w = infos[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const lex = (k: number, x: string): string => (k >= 0 && k < n && hidden[k] ? HIDDEN : x);
    t = 1; f1('');
    t = 2; f1(lex(i, w.word));
    t = 3; f1(lex(i - 1, p1.word));
    t = 4; f1(lex(i + 1, n1.word));
    t = 5; f1(lex(i - 2, p2.word));
    t = 6; f1(lex(i + 2, n2.word));
    t = 7; f2(lex(i - 1, p1.word), lex(i, w.word));
    t = 8; f2(lex(i, w.word), lex(i + 1, n1.word));
    // Proclitic readings of the word itself.
    for (const s of w.strips) {
      if (s.proclitic === '') continue;
      t = 9; f1(lex(i, s.rest));
      t = 10; f1(s.proclitic);
    }
    t = 11; f1(lex(i, w.best.rest));
    t = 12; f1(w.best.proclitic);
    t = 13; f1(lex(i, w.best.core));
    t = 14; f1(lex(i - 1, p1.best.rest));
    t = 15; f1(lex(i + 1, n1.best.rest));
    t = 16; f2(lex(i - 1, p1.best.rest), lex(i, w.best.rest));
    // Affixes of the bare stem (article removed) and of the word.
    const core = w.best.core;
    t = 17; f1(core.slice(0, 1));
    t = 18; f1(core.slice(0, 2));
    t = 19; f1(core.slice(0, 3));
    t = 20; f1(core.slice(-1));
    t = 21; f1(core.slice(-2));
    t = 22; f1(core.slice(-3));
    t = 23; f1(w.word.slice(0, 2));
    t = 24; f1(w.word.slice(-2));
    // Shapes.
    t = 25; f1(w.shape);
    t = 26; f2(p1.shape, w.shape);
    t = 27; f2(w.shape, n1.shape);
    t = 28; f1(String(Math.min(core.length, 9)));
    // Word classes.
    t = 29; f1(level(w.cluster, 1));
    t = 30; f1(level(w.cluster, 2));
    t = 31; f1(w.cluster);
    t = 32; f1(w.restCluster);
    t = 33; f1(level(w.restCluster, 2));
    t = 34; f1(level(p1.restCluster, 2));
    t = 35; f1(p1.restCluster);
    t = 36; f1(level(n1.restCluster, 2));
    t = 37; f1(n1.restCluster);
    t = 38; f2(p1.restCluster, w.restCluster);
    t = 39; f2(w.restCluster, n1.restCluster);
    // Gazetteers.
    for (const g of gaz[i]!) {
      t = 40; f1(g);
      t = 41; f2(g, w.best.proclitic);
    }
    if (i > 0) for (const g of gaz[i - 1]!) { t = 42; f1(g); }
    if (i + 1 < n) for (const g of gaz[i + 1]!) { t = 43; f1(g); }
    // Trigger words around.
    const trig = (x: TokenInfo): string => TRIGGERS.get(x.word) ?? TRIGGERS.get(x.best.rest) ?? '';
    t = 44; f1(trig(w));
    t = 45; f1(trig(p1));
    t = 46; f1(trig(p2));
    t = 47; f1(trig(n1));
    t = 48; f2(trig(p1), w.restCluster);
    t = 49; f1(i === 0 ? 'first' : i === n - 1 ? 'last' : 'mid');
    // Letter trigrams of the bare stem: transliterated foreign names (فولكسفاغن، كوناري) share them.
    if (core.length >= 4 && w.shape.startsWith('A')) {
      const padded = `^${core}$`;
      t = 50;
      for (let k = 0; k + 3 <= padded.length; k++) f1(padded.slice(k, k + 3));
    }
    t = 51; f1(core.slice(0, 4));
    t = 52; f1(core.slice(-4));
  }
  offsets[n] = ids.length;
  return { offsets, ids: Uint32Array.from(ids) };
}
