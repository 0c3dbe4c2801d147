/**
 * Feature keys for the named-entity tagger.
 *
 * The tagger's weights are indexed by hashed feature strings, so the way a word is turned into a key
 * is part of the trained model: changing it silently degrades a model trained with the old keys.
 * That is why this module keeps its own small, frozen folding (bumped with {@link FEATURE_VERSION})
 * instead of following the general-purpose normaliser in `src/text`, whose behaviour may be tuned
 * for matching without retraining anything. It only folds; it never computes offsets.
 *
 * @packageDocumentation
 */

/** Version of the feature definition; a model records it and refuses a mismatch. */
export const FEATURE_VERSION = 2;

const TATWEEL = 0x0640;
const ALEF = 'ا';
const YEH = 'ي';
const HEH = 'ه';

/**
 * Folds a token for feature lookup: drops harakat, dagger alef, tatweel and format marks; alef
 * variants (أ إ آ ٱ) → ا; alef maqsura ى → ي; taa marbuta ة → ه; Arabic-Indic and Persian digits →
 * ASCII; ڨ → ق; Latin letters lowered. Spelling variation between corpora (تسعى/تسعي، أحمد/احمد) is the
 * main reason for each step.
 */
export function fold(word: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === TATWEEL || (c >= 0x200b && c <= 0x200f) || c === 0x061c || c === 0xfeff) {
      changed = true;
      continue;
    }
    let ch: string;
    switch (c) {
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0622: // آ
      case 0x0671: // ٱ
        ch = ALEF;
        break;
      case 0x0649: // ى (alef maqsura)
        ch = YEH;
        break;
      case 0x0629: // ة (taa marbuta)
        ch = HEH;
        break;
      // ڨ: the Tunisian «g» of ق (ڨفصة / قفصة). The training corpora never write it, so no trained
      // feature changes: only words with it now find the word classes and gazetteer entries of their ق form.
      case 0x06a8:
        ch = 'ق';
        break;
      default:
        if (c >= 0x0660 && c <= 0x0669) ch = String.fromCharCode(c - 0x0660 + 48);
        else if (c >= 0x06f0 && c <= 0x06f9) ch = String.fromCharCode(c - 0x06f0 + 48);
        else if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
        else {
          out += word[i];
          continue;
        }
    }
    changed = true;
    out += ch;
  }
  return changed ? out : word;
}

/**
 * Proclitic sequences a word may start with, longest first. `لل` is ل + ال with the alef elided.
 * Candidates are only features (the tagger learns how far to trust each); the mention spans in the
 * `ner()` stage come from the segmenter's segments.
 */
export const PROCLITICS: readonly string[] = [
  'وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك',
];

/** One way to read a word as proclitics + rest. */
export interface Strip {
  /** The proclitic letters removed (folded). */
  proclitic: string;
  /** What remains, with the article ال restored when the proclitic contained it (بالعراق → العراق). */
  rest: string;
  /** The rest without the article (بالعراق → عراق). */
  core: string;
}

/**
 * Every plausible proclitic reading of a folded word whose remainder keeps at least two letters
 * (three after a bare one-letter clitic), longest proclitic first, plus the word itself.
 */
export function strips(folded: string): Strip[] {
  const out: Strip[] = [];
  for (const p of PROCLITICS) {
    if (!folded.startsWith(p)) continue;
    const remainder = folded.slice(p.length);
    const min = p.length === 1 ? 3 : 2;
    if (remainder.length < min || !isArabicLetter(remainder.charCodeAt(0))) continue;
    const hasArticle = p.endsWith('ال') || p.endsWith('لل');
    out.push({ proclitic: p, rest: hasArticle ? 'ال' + remainder : remainder, core: remainder });
  }
  out.push({ proclitic: '', rest: folded, core: folded });
  return out;
}

/** True for a letter of the Arabic block. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06fc);
}

/** A coarse word shape: script, digits, punctuation and length. */
export function shape(word: string): string {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  let upper = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (c >= 48 && c <= 57) digit++;
    else if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digit++;
    else if (c >= 65 && c <= 90) {
      latin++;
      upper++;
    } else if (c >= 97 && c <= 122) latin++;
    else other++;
  }
  const len = word.length <= 2 ? 'S' : word.length <= 5 ? 'M' : 'L';
  if (arabic && !latin && !digit && !other) return 'A' + len;
  if (digit && !arabic && !latin) return other ? 'D.' : 'D' + (digit === 4 ? '4' : len);
  if (latin && !arabic) return upper === latin ? 'LU' : upper ? 'Lc' : 'Ll';
  if (!arabic && !latin && !digit) return 'P' + word.slice(0, 1);
  return 'X';
}
