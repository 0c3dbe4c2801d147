/**
 * Word-level helpers shared by the entity and quote stages: the matching key of a token and set
 * membership that sees through proclitics (و ف ب ل ك) and the article.
 */
import type { AnalysisDocument, Token } from '../document.ts';
import { nameKey } from './keys.ts';
import { bare } from './roles.ts';
import { getLexicon } from '../segment/clitics.ts';
import { lexiconForm, possessedNounForm } from '../segment/lexicon-form.ts';
import { wordHash } from '../text/word-filter.ts';
import { tokenTextKey } from '../text/name-key.ts';
import { lexemeOf } from '../segment/tokenize.ts';

/** The keyed form of a token's text (see {@link nameKey}). */
export function tokenKey(doc: AnalysisDocument, token: Token): string {
  return nameKey(doc.text.slice(token.start, token.end));
}

/** What the entity and quote stages read of every token, gathered in one pass over the tokens ({@link tokenKeyData}). */
export interface TokenKeyData {
  /** Each token's key ({@link tokenKeys}). */
  keys: string[];
  /** Each key's {@link wordHash}, for a {@link WordFilter} over keys (`mayHaveHash`). */
  hashes: Int32Array;
  /** Each token's start offset. */
  starts: Int32Array;
  /** 1 where the token is a word (not punctuation, a number or Latin). */
  words: Uint8Array;
  /** 1 where the token's surface has the same length as its key (no harakat to misalign spans). */
  plain: Uint8Array;
  /** Each key's first char code (0 for an empty key). */
  firstChars: Uint16Array;
  /** Each key's last char code and length as one number ({@link keyEnding}; 0 for an empty key, negative when it does not fit). */
  endings: Int32Array;
}

/**
 * A key's last char code and its length as one number: a pass that looks for known words behind a proclitic
 * («لبلينكن») compares these before it slices the key. Lengths above 0xffff (no word) give -1. Stored in an
 * `Int32Array`, an ending whose last letter is U+8000 or above wraps to a negative number: a reader treats every
 * negative ending as unknown.
 */
export function keyEnding(lastChar: number, length: number): number {
  return length > 0xffff ? -1 : lastChar * 0x10000 + length;
}

/** The last char code of a {@link keyEnding} (0xffff for an unknown one, -1: no letter). */
export const endingLetter = (ending: number): number => ending >>> 16;
/** The key length of a {@link keyEnding} (0xffff for an unknown one, -1: longer than any word a pass looks for). */
export const endingLength = (ending: number): number => ending & 0xffff;

const keyCache = new WeakMap<readonly Token[], TokenKeyData>();

/**
 * The keys of a document's tokens with their hashes and the token facts the entity stage's passes ask
 * for, computed once and shared by the stages. One loop, so each token object is read once while it is
 * at hand: the stages' later loops over every token read these arrays, not the tokens.
 */
export function tokenKeyData(doc: AnalysisDocument): TokenKeyData {
  let cached = keyCache.get(doc.tokens);
  if (!cached || cached.keys.length !== doc.tokens.length) {
    const tokens = doc.tokens;
    const n = tokens.length;
    const keys = new Array<string>(n);
    // One buffer for the six arrays: each typed array of its own is an off-heap allocation, zeroed and tracked by
    // the collector, which for a news article's few hundred tokens cost more than filling it.
    const buffer = new ArrayBuffer(n * 16);
    const hashes = new Int32Array(buffer, 0, n);
    const starts = new Int32Array(buffer, n * 4, n);
    const endings = new Int32Array(buffer, n * 8, n);
    const firstChars = new Uint16Array(buffer, n * 12, n);
    const words = new Uint8Array(buffer, n * 14, n);
    const plain = new Uint8Array(buffer, n * 15, n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      // The segmenter keyed the token's form once for all its occurrences; a token made elsewhere is keyed here.
      const lexeme = lexemeOf(t);
      const start = t.start;
      starts[i] = start;
      words[i] = t.kind === 'word' ? 1 : 0;
      if (lexeme !== undefined) {
        const length = lexeme.keyLength;
        keys[i] = lexeme.key;
        hashes[i] = lexeme.keyHash;
        plain[i] = length === t.end - start ? 1 : 0;
        if (length) {
          firstChars[i] = lexeme.keyFirst;
          endings[i] = keyEnding(lexeme.keyLast, length);
        }
        continue;
      }
      const key = tokenTextKey(doc.text.slice(start, t.end), t.norm, t.kind === 'word' || t.kind === 'latin');
      keys[i] = key;
      hashes[i] = wordHash(key);
      plain[i] = key.length === t.end - start ? 1 : 0;
      if (key.length) {
        firstChars[i] = key.charCodeAt(0);
        endings[i] = keyEnding(key.charCodeAt(key.length - 1), key.length);
      }
    }
    cached = { keys, hashes, starts, words, plain, firstChars, endings };
    keyCache.set(doc.tokens, cached);
  }
  return cached;
}

/** The keys of every token of the document, computed once and shared by the stages that need them. */
export function tokenKeys(doc: AnalysisDocument): string[] {
  return tokenKeyData(doc).keys;
}

/** The start of the token's stem: after its proclitic segments when the segmenter gave them. */
export function stemStart(token: Token): number {
  for (const s of token.segments) if (s.role === 'stem') return s.start;
  return token.start;
}

const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * The forms of a keyed word with its proclitics removed one way or another, longest first:
 * «وبالرئيس» → «وبالرئيس», «رئيس» …; used to test membership in a word list without a lexicon.
 */
export function strippedForms(key: string): string[] {
  const out = [key];
  for (const p of PROCLITICS) {
    if (key.startsWith(p) && key.length - p.length >= 2) out.push(key.slice(p.length));
  }
  return out.map(bare);
}

/** The proclitic-free form of `key` that is in `set`, or undefined. */
const expanded = new WeakMap<ReadonlySet<string>, Map<string, string>>();
// findIn runs for most tokens with a handful of constant sets: a short identity scan over the sets seen
// first is cheaper than a WeakMap look-up or a symbol property on a Set.
const recentSets: ReadonlySet<string>[] = [];
const recentMaps: Map<string, string>[] = [];

/** Every written form of the set's words with proclitics and the article: one lookup per token. */
function variants(set: ReadonlySet<string>): Map<string, string> {
  for (let i = 0; i < recentSets.length; i++) if (recentSets[i] === set) return recentMaps[i]!;
  let map = expanded.get(set);
  if (map) return map;
  map = new Map();
  for (const w of set) {
    // A one-letter entry is an abbreviation («د» for دكتور, doctor): it takes no clitics, or «والد» (father) would be
    // و + ال + د and a title.
    if (w.length < 2) {
      if (!map.has(w)) map.set(w, w);
      continue;
    }
    for (const p of ['', ...PROCLITICS]) {
      if (!map.has(p + w)) map.set(p + w, w);
      if (!map.has(p + 'ال' + w)) map.set(p + 'ال' + w, w);
    }
  }
  expanded.set(set, map);
  if (recentSets.length < 24) {
    recentSets.push(set);
    recentMaps.push(map);
  }
  return map;
}

/**
 * Every written form of the set's words (with proclitics and the article) mapped to the word, for a
 * hot loop that looks up one set: a direct map look-up, without {@link findIn}'s scan for the set.
 */
export function formsOf(set: ReadonlySet<string>): ReadonlyMap<string, string> {
  let map = expanded.get(set);
  if (!map) {
    map = variants(set);
    expanded.set(set, map);
  }
  return map;
}

export function findIn(key: string, set: ReadonlySet<string>): string | undefined {
  // The variants cover every proclitic and article combination the word list can hide behind.
  return variants(set).get(key);
}


/** True for a punctuation token. */
export function isPunct(token: Token): boolean {
  return token.kind === 'punct' || token.kind === 'symbol';
}

/**
 * Whether a word in «ون», as written (with or without «و/ف» and the article), is the plural of a common noun: its
 * singular or its oblique plural is a frequent word with the article («الباحث»، «المشاركين»), unlike a word that merely
 * ends in «ون» («القانون»).
 */
export function pluralOfCommonNoun(surface: string): boolean {
  // (The lexicon keeps hamza and «ة»: the word as written, «الإسرائيليون»، «المؤرخون».)
  const written = lexiconForm(surface).replace(/^[وف]?ال/u, '');
  if (!written.endsWith('ون')) return false;
  const stem = written.slice(0, -2);
  const lex = getLexicon();
  // (A defective noun's singular ends in «ي»: «المدعون» (the prosecutors) of «المدعي», «المحامون» of «المحامي».)
  return (lex.get('ال' + stem) ?? 0) + (lex.get('ال' + stem + 'ين') ?? 0) >= 20 || (lex.get('ال' + stem + 'ي') ?? 0) >= 5;
}

/** Verbs a clause after a source opens with whatever the lexicon says: «تم، سيتم، قد، لقد». */
const CLAUSE_VERBS = new Set(['تم', 'سيتم', 'قد', 'لقد', 'كان', 'كانت']);

/**
 * True for a word that reads as a verb by the clitic lexicon's counts over real news: a perfect with its
 * other persons (لقي: لقيت، لقوا; تعرضت: تعرضوا) or an imperfect with another prefix (يعاني: تعاني), and never
 * written with the article (a noun: رئيس، الرئيس).
 */
export function verbLike(surface: string): boolean {
  const form = lexiconForm(surface);
  if (CLAUSE_VERBS.has(form)) return true;
  const lex = getLexicon();
  const count = (w: string): number => lex.get(w) ?? 0;
  if (count('ال' + form) > 0 || form.length < 3) return false;
  if (/^[يت]/u.test(form) && count((form[0] === 'ي' ? 'ت' : 'ي') + form.slice(1)) >= 2) return true;
  const base = form.endsWith('ت') ? form.slice(0, -1) : form;
  return count(base) + count(base + 'ت') + count(base + 'وا') - count(form) >= 2;
}

/**
 * A common noun with a possessive pronoun as written («مقاطعتها» its boycott, «دعمه» his support), which ends any
 * name before it (see {@link possessedNounForm}).
 */
export function possessedNoun(surface: string): boolean {
  const lex = getLexicon();
  return possessedNounForm(lexiconForm(surface), (w) => lex.get(w) ?? 0);
}

/** The derived forms of verbal nouns, keys: انفعال (انطلاق), افتعال (اختيار), إفعال (إطلاق), إفالة of a hollow root (إصابة، إقامة، إعادة), تفعيل (تنظيم), تفاعل (توافد), استفعال (استئناف). */
export const VERBAL_NOUN_FORMS = /^(ان..ا.|ا.ت.ا.|ا..ا.|ا.ا.ه|ت..ي.|ت.ا..|است..ا.)$/u;
/** Words of those shapes that are no verbal noun, keys: «أثناء» (during) and broken plurals of the form أفعال (أعمال، أموال …). */
export const NOT_VERBAL_NOUNS: ReadonlySet<string> = new Set(
  // (And of the shape إفالة, «أمامه» (in front of him), «أمانة» (a trust; a secretariat), «إمارة» (an emirate), «إدارة» (an
  // administration) and «إذاعة» (a radio), a body's head, «أسامة» (Osama), a given name.)
  'أثناء أعمال أموال أسعار أطفال أشخاص أسباب أطراف أخبار أولاد أسماء أرقام أعضاء أهداف أفراد أوضاع أحداث أنشطة أيام أشهر أعوام أحزاب أجهزة أسلحة أصوات أبناء أمراض أراضي أمامه أمانة إمارة إدارة إذاعة أسامة'
    .split(' ')
    .map((w) => nameKey(w)),
);

/**
 * Whether a keyed word without its article is a verbal noun of a derived form ({@link VERBAL_NOUN_FORMS}): not one of
 * {@link NOT_VERBAL_NOUNS}, nor an adjective in «ي» («تجاري», commercial, has the shape of تفاعل).
 */
export function derivedVerbalNoun(word: string): boolean {
  return VERBAL_NOUN_FORMS.test(word) && !NOT_VERBAL_NOUNS.has(word) && !NISBA_ENDING.test(word);
}
/** The ending of a nisba adjective, keyed: «ي», «يه». */
const NISBA_ENDING = /(ي|يه)$/u;
