/**
 * CoNLL-style columns: one token a line (token first, any other columns after it, separated by
 * whitespace), a blank line between sentences. Used by `khabar tag --conll` and by the training and
 * evaluation scripts, which read the corpora with their own tokenisation.
 *
 * @packageDocumentation
 */

/** The NER tag set, in the order of the model's weight columns. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

/** One BIO tag. */
export type Tag = (typeof TAGS)[number];

/** A block of lines between blank lines. */
export interface ConllBlock {
  /** The original lines, without their line terminators. */
  lines: string[];
  /** The first column of each line. */
  tokens: string[];
}

/** A line of a CoNLL file: either a blank separator or a token line. */
export type ConllItem = { kind: 'blank'; line: string } | { kind: 'block'; block: ConllBlock };

/**
 * Splits CoNLL text into sentence blocks and separator lines, keeping every line so the file can be
 * written back unchanged apart from an appended column. Lines holding only whitespace count as blank.
 */
export function parseConll(text: string): ConllItem[] {
  const items: ConllItem[] = [];
  const lines = text.split(/\r?\n/);
  // A trailing line terminator does not start one more (empty) line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let current: ConllBlock | null = null;
  for (const line of lines) {
    const token = firstColumn(line);
    if (token === '') {
      current = null;
      items.push({ kind: 'blank', line });
      continue;
    }
    if (!current) {
      current = { lines: [], tokens: [] };
      items.push({ kind: 'block', block: current });
    }
    current.lines.push(line);
    current.tokens.push(token);
  }
  return items;
}

function firstColumn(line: string): string {
  const trimmed = line.replace(/^[\s\uFEFF]+/, '');
  const m = /^\S+/.exec(trimmed);
  return m ? m[0] : '';
}

/** A sentence with gold tags, as read from a training corpus. */
export interface TaggedSentence {
  tokens: string[];
  tags: Tag[];
}

/** Maps a corpus label (without B-/I-) onto a khabar type, or null for outside. */
export type LabelMap = (label: string) => 'PER' | 'ORG' | 'LOC' | 'MISC' | null;

/**
 * Reads `token TAG…` sentences. `column` picks which tag column to use (1 = the first tag, the
 * outermost one in nested corpora such as Wojood). Separator lines such as Wojood's `$#$` end the
 * sentence and are dropped. Tags are repaired into valid BIO: an `I-X` that does not continue an
 * `X` becomes `B-X`.
 */
export function readTagged(text: string, map: LabelMap, column = 1): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: Tag[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, tags: repairBio(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const cols = raw.replace(/^\uFEFF/, '').trim().split(/\s+/);
    const token = cols[0] ?? '';
    if (token === '' || token === '$#$') {
      flush();
      continue;
    }
    const label = cols[column] ?? 'O';
    const m = /^([BI])-+(.+)$/.exec(label);
    const type = m ? map(m[2]!) : null;
    tokens.push(token);
    tags.push(type ? (`${m![1]}-${type}` as Tag) : 'O');
  }
  flush();
  return out;
}

/** Turns every `I-X` that does not follow `B-X` or `I-X` into `B-X`. */
export function repairBio(tags: Tag[]): Tag[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1]! : 'O';
      if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = `B-${t.slice(2)}` as Tag;
    }
  }
  return out;
}

/** ANERcorp labels: PERS, ORG, LOC, MISC. */
export const anercorpLabels: LabelMap = (label) =>
  label === 'PERS' || label === 'PER' ? 'PER' : label === 'ORG' ? 'ORG' : label === 'LOC' ? 'LOC' : label === 'MISC' ? 'MISC' : null;

/** AQMAR labels, with its typos (`MIS1\``, `MISS1`, `MIS-1`, `-ORG`) normalised; MIS0–MIS3 → MISC. */
export const aqmarLabels: LabelMap = (label) => {
  const l = label.replace(/[^A-Z]/g, '');
  if (l === 'PER' || l === 'PERS') return 'PER';
  if (l === 'ORG') return 'ORG';
  if (l === 'LOC') return 'LOC';
  if (l === 'MIS' || l === 'MISS' || l === 'MISC') return 'MISC';
  return null; // ENGLISH, SPANISH: foreign words, not names
};

/**
 * Wojood labels (21 types) onto PER/ORG/LOC/MISC, following ANERcorp's conventions: people; bodies
 * and websites as ORG; GPE, LOC and FAC fold into LOC; events, currencies and products are MISC
 * (ANERcorp tags currencies and events MISC); nationalities (NORP), occupations, dates, numbers,
 * laws and languages are outside (ANERcorp leaves nationality adjectives untagged).
 */
export const wojoodLabels: LabelMap = (label) => {
  switch (label) {
    case 'PERS':
      return 'PER';
    case 'ORG':
    case 'WEBSITE':
      return 'ORG';
    case 'GPE':
    case 'LOC':
    case 'FAC':
      return 'LOC';
    case 'EVENT':
    case 'CURR':
    case 'PRODUCT':
      return 'MISC';
    default:
      return null;
  }
};

/** An entity span over token indices, `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** Entity spans of a BIO sequence (CoNLL-2003 reading: a stray I-X starts a new entity). */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const type = t === 'O' ? '' : t.slice(2);
    const begins = t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== type));
    if (cur && (t === 'O' || begins)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (begins) cur = { start: i, end: i + 1, type };
  }
  return out;
}
