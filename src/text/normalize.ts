/**
 * Normalisation of Arabic (and mixed-script) text for matching, with an offset map back to the
 * original text in both directions.
 *
 * The rules follow CAMeL Tools' normalisers (`normalize_unicode`, `dediac_ar`, `normalize_alef_ar`,
 * `normalize_alef_maksura_ar`, `normalize_teh_marbuta_ar`) and the offset map follows the idea of
 * vfile-location: positions are UTF-16 indices, and every normalised character remembers the original
 * character it came from.
 *
 * Every rule is a per-character mapping (one code unit → zero, one or several code units), compiled
 * once per option set into a lookup table, so normalising is one table lookup per code unit.
 *
 * @packageDocumentation
 */
import { isCombiningMark } from '../pipeline/invariants.ts';
import { ALEF, DAGGER_ALEF, HAA, KAF, QAF, TATWEEL, YAA } from './letters.ts';

/** Options of {@link normalizeWord} and {@link normalize}. Every rule is on by default. */
export interface NormalizeOptions {
  /** Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) and full-width ASCII by NFKC: `ﻻ` → `لا`, `ﷲ` → `الله`. */
  presentationForms?: boolean;
  /** Remove harakat (U+064B–U+065F), the dagger alef (U+0670) and Quranic annotation marks. */
  diacritics?: boolean;
  /** Remove tatweel (U+0640): `جـــديد` → `جديد`. */
  tatweel?: boolean;
  /** Remove bidi controls and format marks: RLM, LRM, ALM, ZWNJ, ZWJ, ZWSP, embeddings and isolates, BOM, soft hyphen. */
  formatMarks?: boolean;
  /** Alef with hamza above/below, madda and wasla (أ إ آ ٱ) → bare alef ا. */
  alef?: boolean;
  /** Alef maqsura ى → yaa ي (and Persian yeh ی → ي). */
  alefMaqsura?: boolean;
  /** Taa marbuta ة → haa ه. */
  taaMarbuta?: boolean;
  /** Persian and Maghrebi letters used in Arabic text: keheh ک → ك, Persian yeh ی → ي, qaf with three dots ڨ → ق. */
  persianLetters?: boolean;
  /** Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII 0–9. */
  digits?: boolean;
  /**
   * Arabic punctuation to its ASCII counterpart: `،` → `,`, `؛` → `;`, `؟` → `?`, `٪` → `%`,
   * the Arabic decimal separator `٫` → `.`, the Arabic thousands separator `٬` → `,`, `۔` → `.`.
   * So `٣٫٥` normalises to `3.5` and `١٠٬٠٠٠` to `10,000`, the forms number parsers expect.
   */
  punctuation?: boolean;
  /** No-break and other Unicode spaces → ASCII space. */
  spaces?: boolean;
  /** Lower-case cased letters (Latin, Greek, Cyrillic) when the lower case is one code unit. */
  lowercase?: boolean;
}

/** The default options: every rule on. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<Required<NormalizeOptions>> = Object.freeze({
  presentationForms: true,
  diacritics: true,
  tatweel: true,
  formatMarks: true,
  alef: true,
  alefMaqsura: true,
  taaMarbuta: true,
  persianLetters: true,
  digits: true,
  punctuation: true,
  spaces: true,
  lowercase: true,
});

/** Bidi controls and format characters that carry no letters. */
const FORMAT_MARKS: readonly number[] = [
  0x00ad, // soft hyphen
  0x061c, // ARABIC LETTER MARK (ALM)
  0x180e, // Mongolian vowel separator
  0x200b, // zero-width space
  0x200c, // ZWNJ
  0x200d, // ZWJ
  0x200e, // LRM
  0x200f, // RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // embeddings and overrides
  0x2060, // word joiner
  0x2061, 0x2062, 0x2063, 0x2064, // invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // isolates
  0xfeff, // BOM / zero-width no-break space
];

/** Code unit → replacement: itself, a code unit, {@link DELETE}, or {@link EXPAND} (see `expansions`). */
interface Table {
  map: Int32Array;
  expansions: Map<number, string>;
}

const DELETE = -1;
const EXPAND = -2;

const tables = new Map<string, Table>();

function optionsKey(o: Required<NormalizeOptions>): string {
  let key = '';
  for (const name of Object.keys(DEFAULT_NORMALIZE_OPTIONS) as (keyof NormalizeOptions)[]) key += o[name] ? '1' : '0';
  return key;
}

function resolve(options: NormalizeOptions | undefined): Required<NormalizeOptions> {
  return options ? { ...DEFAULT_NORMALIZE_OPTIONS, ...options } : DEFAULT_NORMALIZE_OPTIONS;
}

/** True for marks {@link NormalizeOptions.diacritics} removes: the Arabic combining marks. */
function isArabicMark(c: number): boolean {
  return isCombiningMark(c) && !(c >= 0x0300 && c <= 0x036f);
}

function buildTable(o: Required<NormalizeOptions>): Table {
  const map = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) map[c] = c;
  const expansions = new Map<number, string>();

  if (o.lowercase) {
    for (let c = 0x41; c <= 0x5a; c++) map[c] = c + 32;
    for (let c = 0xc0; c < 0x530; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) !== c) map[c] = lower.charCodeAt(0);
    }
  }
  if (o.spaces) {
    for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) map[c] = 0x20;
    for (let c = 0x2000; c <= 0x200a; c++) map[c] = 0x20;
  }
  if (o.digits) {
    for (let d = 0; d < 10; d++) {
      map[0x0660 + d] = 0x30 + d;
      map[0x06f0 + d] = 0x30 + d;
    }
  }
  if (o.punctuation) {
    map[0x060c] = 0x2c; // ، Arabic comma
    map[0x061b] = 0x3b; // ؛ Arabic semicolon
    map[0x061f] = 0x3f; // ؟ Arabic question mark
    map[0x066a] = 0x25; // ٪ Arabic percent sign
    map[0x066b] = 0x2e; // ٫ Arabic decimal separator
    map[0x066c] = 0x2c; // ٬ Arabic thousands separator
    map[0x06d4] = 0x2e; // ۔ Arabic full stop (Urdu)
  }
  if (o.alef) for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) map[c] = ALEF;
  if (o.alefMaqsura) map[0x0649] = YAA;
  if (o.taaMarbuta) map[0x0629] = HAA;
  if (o.persianLetters) {
    map[0x06cc] = YAA; // ی Persian yeh
    map[0x06a9] = KAF; // ک keheh
    // ڨ (qaf with three dots): Tunisian and Algerian copy writes the local «g» of ق with it, in place names
    // above all (ڨفصة / قفصة Gafsa, الڨصرين / القصرين Kasserine, بن ڨردان / بن قردان Ben Guerdane).
    map[0x06a8] = QAF;
  }
  if (o.tatweel) map[TATWEEL] = DELETE;
  if (o.diacritics) {
    for (let c = 0x0600; c < 0x0900; c++) if (isArabicMark(c)) map[c] = DELETE;
    map[DAGGER_ALEF] = DELETE;
  }
  if (o.formatMarks) for (const c of FORMAT_MARKS) map[c] = DELETE;

  if (o.presentationForms) {
    const ranges: [number, number][] = [
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
      [0xff01, 0xff5e],
    ];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        if (c === 0xfeff) continue;
        const nfkc = String.fromCharCode(c).normalize('NFKC');
        if (nfkc.length === 1 && nfkc.charCodeAt(0) === c) continue;
        // Apply the other rules to the decomposition, and drop the space NFKC puts before isolated
        // harakat (U+FE70 ﹰ → " ً"): the result of a presentation form is letters only.
        let out = '';
        for (let i = 0; i < nfkc.length; i++) {
          const d = nfkc.charCodeAt(i);
          const m = map[d]!;
          if (m === DELETE) continue;
          out += String.fromCharCode(m);
        }
        if (out.trim() === '') out = out.trim();
        if (out.length === 0) map[c] = DELETE;
        else if (out.length === 1) map[c] = out.charCodeAt(0);
        else {
          map[c] = EXPAND;
          expansions.set(c, out);
        }
      }
    }
  }
  return { map, expansions };
}

const tablesByObject = new WeakMap<NormalizeOptions, Table>();

function tableFor(options: NormalizeOptions | undefined): Table {
  // Callers usually pass the same options object every time: look it up by identity first.
  if (options) {
    const known = tablesByObject.get(options);
    if (known) return known;
  }
  const o = resolve(options);
  const key = optionsKey(o);
  let table = tables.get(key);
  if (!table) {
    table = buildTable(o);
    tables.set(key, table);
  }
  if (options) tablesByObject.set(options, table);
  return table;
}

let defaultTable: Table | undefined;

/**
 * What {@link normalizeWord} (default options) makes of each UTF-16 code unit, indexed by code unit:
 * the replacement code unit, `-1` when the character is dropped (harakat, tatweel, invisible marks),
 * or `-2` when it becomes several characters (ligatures such as ﻻ). For filters that look at single
 * characters of a word without normalising the whole word. A copy (256 KiB: call it once, at module
 * load): the table {@link normalizeWord} reads is shared by the whole process, and a caller writing
 * into it would silently change every normalisation.
 */
export function normalizationMap(): Int32Array {
  return (defaultTable ??= tableFor(undefined)).map.slice();
}

/**
 * The normalised form of a word (or any short string) for matching, without an offset map:
 * `وَالْمَدْرَسَةُ` → `والمدرسه`, `أحمد` → `احمد`, `ﷲ` → `الله`, `٣٫٥` → `3.5`, `Tunis` → `tunis`.
 * Returns the input itself when nothing changes (the common case, and the fast one).
 */
export function normalizeWord(s: string, options?: NormalizeOptions): string {
  const { map, expansions } = options ? tableFor(options) : (defaultTable ??= tableFor(undefined));
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (map[c] !== c) break;
    i++;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  let runStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = map[c]!;
    if (m === c) continue;
    if (runStart < i) out += s.slice(runStart, i);
    runStart = i + 1;
    if (m >= 0) out += String.fromCharCode(m);
    else if (m === EXPAND) out += expansions.get(c)!;
  }
  if (runStart < n) out += s.slice(runStart, n);
  return out;
}

/** A normalised text with its offset map (see {@link normalize}). */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /**
   * The original index of normalised index `i` (0 ≤ i ≤ text.length): the start of the original
   * character that produced normalised character `i`; `text.length` maps to `original.length`.
   */
  toOriginal(i: number): number;
  /**
   * The normalised index of original index `i` (0 ≤ i ≤ original.length): where the output of the
   * original character at `i` starts (for a deleted character, where the next output starts).
   */
  toNormalized(i: number): number;
  /**
   * The original span of the normalised span `[start, end)`, widened to valid boundaries: it covers
   * every original character that produced a character of the span, plus the harakat that follow
   * its last letter, and never splits a surrogate pair or a letter from its harakat.
   */
  originalSpan(start: number, end: number): { start: number; end: number };
  /** The normalised span of the original span `[start, end)`. */
  normalizedSpan(start: number, end: number): { start: number; end: number };
}

const CHUNK = 8192;

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Normalises a whole text for matching (same rules as {@link normalizeWord}) and returns the
 * normalised text with an offset map in both directions, so that a match found in the normalised
 * text can be reported as a span of the original:
 *
 * ```ts
 * const n = normalize('قالَ ﷲ');
 * const at = n.text.indexOf('الله');             // 4
 * n.originalSpan(at, at + 4);                     // { start: 5, end: 6 }: the one character ﷲ
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  const original = String(text);
  const { map, expansions } = options ? tableFor(options) : (defaultTable ??= tableFor(undefined));
  const n = original.length;
  let capacity = n + 16;
  let out = new Uint16Array(capacity);
  let toOrig = new Int32Array(capacity + 1);
  const toNorm = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const m = map[c]!;
    toNorm[i] = j;
    if (m >= 0) {
      if (j >= capacity) ({ out, toOrig, capacity } = grow(out, toOrig, capacity, 1));
      out[j] = m;
      toOrig[j++] = i;
    } else if (m === EXPAND) {
      const e = expansions.get(c)!;
      if (j + e.length > capacity) ({ out, toOrig, capacity } = grow(out, toOrig, capacity, e.length));
      for (let k = 0; k < e.length; k++) {
        out[j] = e.charCodeAt(k);
        toOrig[j++] = i;
      }
    }
  }
  toNorm[n] = j;
  toOrig[j] = n;
  const normalized = codesToString(out, j);
  const length = j;

  const clampN = (i: number): number => (i < 0 ? 0 : i > length ? length : i | 0);
  const clampO = (i: number): number => (i < 0 ? 0 : i > n ? n : i | 0);

  /** Moves an original start index back to a boundary. */
  const snapStart = (i: number): number => {
    while (i > 0 && i < n) {
      const c = original.charCodeAt(i);
      if ((isLow(c) && isHigh(original.charCodeAt(i - 1))) || isCombiningMark(c)) i--;
      else break;
    }
    return i;
  };
  /** Moves an original end index forward over trailing harakat / deleted marks to a boundary. */
  const snapEnd = (i: number): number => {
    while (i > 0 && i < n) {
      const c = original.charCodeAt(i);
      if ((isLow(c) && isHigh(original.charCodeAt(i - 1))) || isCombiningMark(c)) i++;
      else break;
    }
    return i;
  };

  return {
    text: normalized,
    original,
    toOriginal: (i) => toOrig[clampN(i)]!,
    toNormalized: (i) => toNorm[clampO(i)]!,
    originalSpan(start, end) {
      const s = clampN(start);
      const e = Math.max(s, clampN(end));
      const os = snapStart(toOrig[s]!);
      if (e === s) return { start: os, end: os };
      // The end of the original character that produced the last normalised character.
      let oe = toOrig[e - 1]! + 1;
      if (oe < n && isLow(original.charCodeAt(oe)) && isHigh(original.charCodeAt(oe - 1))) oe++;
      return { start: os, end: Math.max(os, snapEnd(oe)) };
    },
    normalizedSpan(start, end) {
      const s = clampO(start);
      const e = Math.max(s, clampO(end));
      return { start: toNorm[s]!, end: toNorm[e]! };
    },
  };
}

function grow(
  out: Uint16Array<ArrayBuffer>,
  toOrig: Int32Array<ArrayBuffer>,
  capacity: number,
  need: number,
): { out: Uint16Array<ArrayBuffer>; toOrig: Int32Array<ArrayBuffer>; capacity: number } {
  const next = Math.max(capacity * 2, capacity + need + 16);
  const o = new Uint16Array(next);
  o.set(out);
  const t = new Int32Array(next + 1);
  t.set(toOrig);
  return { out: o, toOrig: t, capacity: next };
}
