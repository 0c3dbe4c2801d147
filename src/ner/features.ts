/**
 * Feature extraction for the NER tagger. Works on a plain list of token strings, so the same
 * function serves khabar's own tokens (`ner()`) and any corpus's tokenisation (`khabar tag --conll`).
 *
 * Every feature is a template number mixed with the hash of one or two strings, masked into a
 * fixed-size weight table. What depends on a word alone is computed once per distinct token and
 * cached, so a sentence costs little more than integer mixing for its context features.
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

  /** True when `word` (folded) is by itself a name of one of `types` (a one-word entry). */
  oneWordName(word: string, types: readonly GazetteerType[]): boolean {
    return this.byFirst.get(word)?.some((e) => e.rest.length === 0 && types.includes(e.type)) ?? false;
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
  /**
   * Set when extracted with `contextOnly`: the tokens' cached word facts, whose word-only
   * features are not in `ids` (their summed weights are cached per word, see {@link wordEmission}).
   */
  words?: readonly WordInfo[];
  /**
   * Scores added to the emission scores before decoding, `n × T` (already scaled): the first
   * pass's scores when these features are a stacked second pass's.
   */
  base?: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// Hashing. A string is hashed once (FNV-1a); a feature is its template number mixed with one or
// two such hashes (murmur3 finaliser), so features of neighbouring words cost no string work.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;

/** FNV-1a hash of a string. */
export function strHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
function feat1(t: number, a: number): number {
  return fmix(a ^ Math.imul(t, GOLDEN));
}
function feat2(t: number, a: number, b: number): number {
  return fmix(Math.imul(a ^ Math.imul(t, GOLDEN), 0x85ebca6b) ^ b);
}

/** A gazetteer match starting at a word: its type and the words that must follow. */
interface GazetteerStart {
  type: GazetteerType;
  rest: string[];
}

/** What is known about a word on its own; cached per token string. */
export interface WordInfo {
  word: string;
  best: Strip;
  strips: Strip[];
  hWord: number;
  hRest: number;
  hShape: number;
  hCluster: number;
  hCluster2: number;
  hTrigger: number;
  hProclitic: number;
  /** Features of the word itself that name it (dropped for hidden words in training). */
  lexical: number[];
  /** Other features of the word alone (affixes, shape, classes, triggers). */
  unary: number[];
  gazetteer: GazetteerStart[];
  /** Summed weights of `lexical` + `unary` for the weights in `emitFor` (a frozen model). */
  emit?: Float64Array;
  emitFor?: object;
}

/**
 * The summed (unscaled) weights of a word's own features, one per tag, cached on the word for one
 * frozen weight table: most of a token's features depend on the word alone, and words repeat.
 */
export function wordEmission(info: WordInfo, emit: ArrayLike<number>, index: Uint32Array, tags: number, bits: number): Float64Array {
  if (info.emit && info.emitFor === emit) return info.emit;
  const mask = (1 << bits) - 1;
  const out = new Float64Array(tags);
  for (const list of [info.lexical, info.unary]) {
    for (const f of list) {
      const r = index[f & mask]!;
      if (r === 0) continue;
      const row = (r - 1) * tags;
      for (let c = 0; c < tags; c++) out[c]! += emit[row + c]!;
    }
  }
  info.emit = out;
  info.emitFor = emit;
  return out;
}

function level(path: string, n: number): string {
  let dots = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 46 && ++dots === n) return path.slice(0, i);
  return path;
}

function wordInfo(token: string, res: FeatureResources): WordInfo {
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
  const wshape = shape(token);
  const trigger = TRIGGERS.get(word) ?? TRIGGERS.get(best.rest) ?? '';
  const lexical: number[] = [feat1(2, strHash(word)), feat1(11, strHash(best.rest)), feat1(13, strHash(best.core))];
  for (const s of all) if (s.proclitic !== '') lexical.push(feat1(9, strHash(s.rest)));
  const unary: number[] = [];
  const u = (t: number, v: string): void => {
    unary.push(feat1(t, strHash(v)));
  };
  u(1, '');
  for (const s of all) if (s.proclitic !== '') u(10, s.proclitic);
  u(12, best.proclitic);
  const core = best.core;
  u(17, core.slice(0, 1));
  u(18, core.slice(0, 2));
  u(19, core.slice(0, 3));
  u(20, core.slice(-1));
  u(21, core.slice(-2));
  u(22, core.slice(-3));
  u(23, word.slice(0, 2));
  u(24, word.slice(-2));
  u(25, wshape);
  u(28, String(Math.min(core.length, 9)));
  u(29, level(cluster, 1));
  u(30, level(cluster, 2));
  u(31, cluster);
  u(32, restCluster);
  u(33, level(restCluster, 2));
  u(44, trigger);
  // Letter trigrams of the bare stem: transliterated foreign names (فولكسفاغن، كوناري) share them.
  if (core.length >= 4 && wshape.startsWith('A')) {
    const padded = `^${core}$`;
    for (let k = 0; k + 3 <= padded.length; k++) u(50, padded.slice(k, k + 3));
  }
  u(51, core.slice(0, 4));
  u(52, core.slice(-4));
  const gazetteer: GazetteerStart[] = [];
  for (const s of all) {
    for (const form of s.proclitic === '' ? [s.rest] : [s.rest, s.core]) {
      const entries = res.gazetteer.starting(form);
      if (entries) for (const e of entries) gazetteer.push(e);
    }
  }
  return {
    word,
    best,
    strips: all,
    hWord: strHash(word),
    hRest: strHash(best.rest),
    hShape: strHash(wshape),
    hCluster: strHash(restCluster),
    hCluster2: strHash(level(restCluster, 2)),
    hTrigger: strHash(trigger),
    hProclitic: strHash(best.proclitic),
    lexical,
    unary,
    gazetteer,
  };
}

function boundary(mark: string): WordInfo {
  const h = strHash(mark);
  return { word: mark, best: { proclitic: '', rest: mark, core: mark }, strips: [], hWord: h, hRest: h, hShape: h, hCluster: h, hCluster2: h, hTrigger: strHash(''), hProclitic: strHash(''), lexical: [], unary: [], gazetteer: [] };
}
const BOS = boundary('<s>');
const EOS = boundary('</s>');

const caches = new WeakMap<FeatureResources, Map<string, WordInfo>>();
const CACHE_LIMIT = 200_000;

function cachedInfo(token: string, res: FeatureResources): WordInfo {
  let cache = caches.get(res);
  if (!cache) caches.set(res, (cache = new Map()));
  let info = cache.get(token);
  if (!info) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = wordInfo(token, res);
    cache.set(token, info);
  }
  return info;
}

const GAZ_LABEL_HASH = new Map<string, number>();
function labelHash(label: string): number {
  let h = GAZ_LABEL_HASH.get(label);
  if (h === undefined) GAZ_LABEL_HASH.set(label, (h = strHash(label)));
  return h;
}

/**
 * Gazetteer labels per token: `TYPE:B1`/`TYPE:Bm` (a one-word / multi-word name starts here) and
 * `TYPE:I`, from the longest match of each type at each position. The first word may carry
 * proclitics (بالعراق matches العراق).
 */
function gazetteerLabels(infos: WordInfo[]): number[][] | null {
  let labels: number[][] | null = null;
  for (let i = 0; i < infos.length; i++) {
    const starts = infos[i]!.gazetteer;
    if (!starts.length) continue;
    const seen = new Map<GazetteerType, number>();
    for (const e of starts) {
      let ok = i + e.rest.length < infos.length;
      for (let k = 0; ok && k < e.rest.length; k++) if (infos[i + 1 + k]!.word !== e.rest[k]) ok = false;
      if (ok && (seen.get(e.type) ?? 0) < e.rest.length + 1) seen.set(e.type, e.rest.length + 1);
    }
    if (!seen.size) continue;
    labels ??= infos.map(() => []);
    for (const [type, len] of seen) {
      labels[i]!.push(labelHash(`${type}:B${len > 1 ? 'm' : '1'}`));
      for (let k = 1; k < len; k++) labels[i + k]!.push(labelHash(`${type}:I`));
    }
  }
  return labels;
}

const POSITION = [strHash('first'), strHash('mid'), strHash('last')];
let scratch = new Uint32Array(1 << 14);

/**
 * Extracts the hashed features of a sentence. `bits` is the log2 size of the weight table.
 * `hide` (training only) names words whose identity features are left out: the model then
 * learns what to do with a word it has never seen from the rare words that look most like it.
 * At run time an unseen word's keys have no weight anyway.
 */
export function extractFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  bits: number,
  hide?: (folded: string) => boolean,
  contextOnly = false,
  extra?: readonly (readonly number[] | undefined)[],
): SentenceFeatures {
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const infos = tokens.map((t) => cachedInfo(t, res));
  const hidden = hide ? infos.map((x) => hide(x.word)) : null;
  const gaz = gazetteerLabels(infos);
  const offsets = new Uint32Array(n + 1);
  let ids = scratch;
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const w = infos[i]!;
    const more = extra?.[i];
    const need = m + w.lexical.length + w.unary.length + 32 + (more ? more.length : 0) + (gaz ? 2 * gaz[i]!.length + (gaz[i - 1]?.length ?? 0) + (gaz[i + 1]?.length ?? 0) : 0);
    if (need > ids.length) {
      const bigger = new Uint32Array(Math.max(need, ids.length * 2));
      bigger.set(ids.subarray(0, m));
      scratch = ids = bigger;
    }
    const p1 = i > 0 ? infos[i - 1]! : BOS;
    const p2 = i > 1 ? infos[i - 2]! : BOS;
    const n1 = i + 1 < n ? infos[i + 1]! : EOS;
    const n2 = i + 2 < n ? infos[i + 2]! : EOS;
    const hw = !hidden || !hidden[i];
    const hp1 = !hidden || i < 1 || !hidden[i - 1];
    const hp2 = !hidden || i < 2 || !hidden[i - 2];
    const hn1 = !hidden || i + 1 >= n || !hidden[i + 1];
    const hn2 = !hidden || i + 2 >= n || !hidden[i + 2];
    if (!contextOnly) {
      if (hw) for (const f of w.lexical) ids[m++] = f & mask;
      for (const f of w.unary) ids[m++] = f & mask;
    }
    if (hp1) ids[m++] = feat1(3, p1.hWord) & mask;
    if (hn1) ids[m++] = feat1(4, n1.hWord) & mask;
    if (hp2) ids[m++] = feat1(5, p2.hWord) & mask;
    if (hn2) ids[m++] = feat1(6, n2.hWord) & mask;
    if (hp1 && hw) ids[m++] = feat2(7, p1.hWord, w.hWord) & mask;
    if (hw && hn1) ids[m++] = feat2(8, w.hWord, n1.hWord) & mask;
    if (hp1) ids[m++] = feat1(14, p1.hRest) & mask;
    if (hn1) ids[m++] = feat1(15, n1.hRest) & mask;
    if (hp1 && hw) ids[m++] = feat2(16, p1.hRest, w.hRest) & mask;
    ids[m++] = feat2(26, p1.hShape, w.hShape) & mask;
    ids[m++] = feat2(27, w.hShape, n1.hShape) & mask;
    ids[m++] = feat1(34, p1.hCluster2) & mask;
    ids[m++] = feat1(35, p1.hCluster) & mask;
    ids[m++] = feat1(36, n1.hCluster2) & mask;
    ids[m++] = feat1(37, n1.hCluster) & mask;
    ids[m++] = feat2(38, p1.hCluster, w.hCluster) & mask;
    ids[m++] = feat2(39, w.hCluster, n1.hCluster) & mask;
    ids[m++] = feat1(45, p1.hTrigger) & mask;
    ids[m++] = feat1(46, p2.hTrigger) & mask;
    ids[m++] = feat1(47, n1.hTrigger) & mask;
    ids[m++] = feat2(48, p1.hTrigger, w.hCluster) & mask;
    ids[m++] = feat1(49, POSITION[i === 0 ? 0 : i === n - 1 ? 2 : 1]!) & mask;
    if (gaz) {
      for (const g of gaz[i]!) {
        ids[m++] = feat1(40, g) & mask;
        ids[m++] = feat2(41, g, w.hProclitic) & mask;
      }
      if (i > 0) for (const g of gaz[i - 1]!) ids[m++] = feat1(42, g) & mask;
      if (i + 1 < n) for (const g of gaz[i + 1]!) ids[m++] = feat1(43, g) & mask;
    }
    if (more) for (const f of more) ids[m++] = f & mask;
  }
  offsets[n] = m;
  return contextOnly ? { offsets, ids: ids.slice(0, m), words: infos } : { offsets, ids: ids.slice(0, m) };
}

const NO_TRIGGER = strHash('');
const SHAPE_AL = strHash('AL');
const SHAPE_AM = strHash('AM');
const SHAPE_LU = strHash('LU');
const SHAPE_LC = strHash('Lc');
const SHAPE_LL = strHash('Ll');
const EMPTY: readonly number[] = [];
/** Occurrences of a word within the window that make it a frequent (function) word there. */
const FREQUENT = 12;
/** At most this many other occurrences lend their contexts to a token. */
const MAX_OTHERS = 8;

/** A word that may be a name: three letters or more, Arabic or Latin, not a trigger word. */
function nameCandidate(w: WordInfo): boolean {
  return w.word.length >= 3 && w.hTrigger === NO_TRIGGER && (w.hShape === SHAPE_AL || w.hShape === SHAPE_AM || w.hShape === SHAPE_LU || w.hShape === SHAPE_LC || w.hShape === SHAPE_LL);
}

/** Occurrence key: sentence × 2^24 + token. */
const KEY = 16777216;

/**
 * Where each candidate word occurs in a document, by every proclitic reading (so سلتيك and
 * لسلتيك, to Celtic, find each other). `others(si, ti, window)` lists the other occurrences of the
 * word at sentence `si`, token `ti` within `window` sentences (keys, in document order), or null
 * when there are more than {@link FREQUENT} (a function word there).
 */
function occurrenceIndex(infos: readonly (readonly WordInfo[])[]): (si: number, ti: number, window: number) => number[] | null {
  const bySent = new Map<string, number[]>();
  const byTok = new Map<string, number[]>();
  infos.forEach((sent, si) => {
    sent.forEach((w, ti) => {
      if (!nameCandidate(w)) return;
      for (const st of w.strips) {
        let a = bySent.get(st.rest);
        if (!a) {
          bySent.set(st.rest, (a = []));
          byTok.set(st.rest, []);
        }
        a.push(si);
        byTok.get(st.rest)!.push(ti);
      }
    });
  });
  const lowerBound = (a: number[], v: number): number => {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (si, ti, window) => {
    const w = infos[si]![ti]!;
    if (!nameCandidate(w)) return [];
    const others: number[] = [];
    for (const st of w.strips) {
      const a = bySent.get(st.rest)!;
      const b = byTok.get(st.rest)!;
      const from = window === Infinity ? 0 : lowerBound(a, si - window);
      for (let k = from; k < a.length && a[k]! <= si + window; k++) {
        if (a[k] === si && b[k] === ti) continue;
        const key = a[k]! * KEY + b[k]!;
        if (!others.includes(key)) others.push(key);
        if (others.length > FREQUENT) return null;
      }
    }
    return others;
  };
}

/**
 * Document-level features ("context aggregation"): for a word that recurs in the document, what
 * surrounds its other occurrences — the trigger words, words and coarse word classes right before
 * and after them — plus how often it occurs. A name the tagger has never seen, such as
 * «فولكسفاغن» (Volkswagen), is often announced in one sentence («فولكسفاغن شركة السيارات …») and
 * bare in the next; these features carry the announcement over. Occurrences match through
 * proclitic readings (سلتيك and لسلتيك, to Celtic). `window`: only sentences at most that far
 * away count (Infinity: the whole document). Returns unmasked hashes per sentence and token, to be
 * passed to {@link extractFeatures} as `extra`.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], res: FeatureResources, window: number): (readonly number[])[][] {
  const infos = sentences.map((toks) => toks.map((t) => cachedInfo(t, res)));
  const othersOf = occurrenceIndex(infos);
  const context = (si: number, ti: number, out: Set<number>): void => {
    const sent = infos[si]!;
    const p1 = ti > 0 ? sent[ti - 1]! : BOS;
    const n1 = ti + 1 < sent.length ? sent[ti + 1]! : EOS;
    if (p1.hTrigger !== NO_TRIGGER) out.add(feat1(60, p1.hTrigger));
    if (n1.hTrigger !== NO_TRIGGER) out.add(feat1(61, n1.hTrigger));
    out.add(feat1(62, p1.hRest));
    out.add(feat1(63, n1.hRest));
    out.add(feat1(64, p1.hCluster2));
    out.add(feat1(65, n1.hCluster2));
  };
  return infos.map((sent, si) =>
    sent.map((_, ti) => {
      const others = othersOf(si, ti, window);
      if (others === null) return [feat1(66, 9)];
      if (!others.length) return EMPTY;
      const out = new Set<number>();
      out.add(feat1(66, others.length >= 4 ? 4 : others.length));
      for (const key of others.slice(0, MAX_OTHERS)) context(Math.floor(key / KEY), key % KEY, out);
      return [...out];
    }),
  );
}

const STACK_TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
const STACK_TYPE_HASH = STACK_TYPES.map(strHash);
/** Entity type index (0 = O, 1 PER, 2 ORG, 3 LOC, 4 MISC) of a BIO tag name (`B-PER` → 1). */
function typeOfTag(tagName: string): number {
  return tagName === 'O' ? 0 : STACK_TYPES.indexOf(tagName.slice(2));
}

/**
 * Features of a stacked second pass, from the first pass's tags over a document (`tags[s][i]`
 * are BIO tag names): the token's own first-pass tag and its neighbours', and what the first pass
 * said about the same word elsewhere in the document — the entity types it got there, how many
 * times it was tagged or left untagged, each crossed with the token's own first-pass type. The
 * second pass learns when to trust a name found elsewhere (cross-validated first-pass tags in
 * training). Returns unmasked hashes per sentence and token.
 */
export function stackFeatures(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[], res: FeatureResources, window: number): (readonly number[])[][] {
  const infos = sentences.map((toks) => toks.map((t) => cachedInfo(t, res)));
  const othersOf = occurrenceIndex(infos);
  const tagHash = (si: number, ti: number): number => (ti < 0 ? POSITION[0]! : ti >= tags[si]!.length ? POSITION[2]! : strHash(tags[si]![ti]!));
  return infos.map((sent, si) =>
    sent.map((_, ti) => {
      const own = typeOfTag(tags[si]![ti]!);
      const ownH = STACK_TYPE_HASH[own]!;
      const out: number[] = [feat1(80, tagHash(si, ti)), feat2(81, tagHash(si, ti - 1), tagHash(si, ti)), feat2(82, tagHash(si, ti), tagHash(si, ti + 1))];
      const others = othersOf(si, ti, window);
      if (!others || !others.length) return out;
      const counts = [0, 0, 0, 0, 0];
      for (const key of others) counts[typeOfTag(tags[Math.floor(key / KEY)]![key % KEY]!)]!++;
      let named = 0;
      let major = 0;
      for (let t = 1; t < 5; t++) {
        named += counts[t]!;
        if (counts[t]! > counts[major === 0 ? 1 : major]! || (major === 0 && counts[t]! > 0)) major = t;
        if (counts[t]) out.push(feat2(83, STACK_TYPE_HASH[t]!, ownH));
      }
      const bucket = (c: number): number => (c >= 3 ? 3 : c);
      out.push(feat2(84, bucket(named) * 4 + bucket(counts[0]!), ownH));
      if (major) out.push(feat2(85, STACK_TYPE_HASH[major]!, ownH * 31 + (named > counts[0]! ? 1 : 0)));
      return out;
    }),
  );
}

/** The folded form of a token and its proclitic readings. */
export interface WordFacts {
  word: string;
  strips: readonly Strip[];
}

/** The folded form and proclitic readings of a token (cached with the model's resources). */
export function wordFacts(token: string, res: FeatureResources): WordFacts {
  return cachedInfo(token, res);
}
