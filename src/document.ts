/**
 * The khabar document model.
 *
 * The original text is never changed. Every annotation is a standoff span: a half-open range
 * `[start, end)` of UTF-16 code units (JavaScript string indices) into {@link AnalysisDocument.text}.
 * Layers are flat arrays sorted by `start` (then by `end`); cross-references between layers are ids.
 *
 * @packageDocumentation
 */

/** Version of the JSON contract printed by `khabar analyze --json`. */
export const DOCUMENT_VERSION = 1 as const;

/** A half-open range of UTF-16 code units into the original text. */
export interface Span {
  /** First code unit (inclusive). */
  start: number;
  /** One past the last code unit (exclusive). */
  end: number;
}

/**
 * Index of the first of `spans` (sorted by `start`) that starts at or after `pos`, or `spans.length`
 * when none does: the binary search the stages use to look a layer up by position.
 */
export function firstStartingAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span that repeats the characters it covers: `text === doc.text.slice(start, end)`. */
export interface TextSpan extends Span {
  /** The covered characters, exactly as in the original text. */
  text: string;
}

/** A paragraph: a run of text between blank lines or line breaks. */
export type Paragraph = Span;

/** A sentence. Sentences never cross a paragraph boundary. */
export type Sentence = Span;

/** The kinds of token the segmenter emits. */
export type TokenKind =
  | 'word' // an Arabic word
  | 'latin' // a word in Latin (or another non-Arabic) script
  | 'number' // digits with optional separators: 3.5, ٣٫٥, 10,000
  | 'punct' // punctuation
  | 'symbol' // other symbols: $, %, +
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention' // an @mention
  | 'emoji';

/** Role of a segment inside an Arabic word. */
export type SegmentRole = 'proclitic' | 'stem' | 'enclitic';

/** One clitic segment of a word: `وبالمدينة` → `و` + `بال` + `مدينة`. */
export interface Segment extends Span {
  role: SegmentRole;
}

/** A token. Arabic words carry their clitic segmentation; other kinds have one `stem` segment. */
export interface Token extends Span {
  kind: TokenKind;
  /** The token's normalised form, for matching (see `normalize()`). */
  norm: string;
  /** Clitic segments covering the token exactly, in order. */
  segments: Segment[];
}

/** Entity types. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'role' | 'pronoun';

/** A typed name mention found by the named-entity recogniser (internal layer `mentions`). */
export interface NamedMention extends TextSpan {
  /** Stable id, `m1`, `m2`, … in text order. */
  id: string;
  type: EntityType;
  /** Tagger confidence in [0, 1] where the tagger gives one. */
  confidence?: number;
}

/** A mention inside an entity. */
export interface EntityMention extends TextSpan {
  /** `name` when absent. */
  kind?: MentionKind;
}

/** One real-world entity in the document, with every mention of it. */
export interface Entity {
  /** Stable id, `e1`, `e2`, … */
  id: string;
  type: EntityType;
  /** The most complete name. */
  name: string;
  /** Every mention, sorted by start. */
  mentions: EntityMention[];
  /** Titles and roles seen with the name (الرئيس، وزير الخارجية), normalised; optional. */
  titles?: string[];
  /**
   * Shorter names the entity goes by that the text does not write alone: a body's name without the class noun
   * before it («التيار الديمقراطي» for «حزب التيار الديمقراطي», «متروجيت» for «شركة متروجيت»); optional.
   */
  aliases?: string[];
}

/** How a quote is reported. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Reported speech with its speaker. */
export interface Quote extends TextSpan {
  /** Stable id, `q1`, `q2`, … */
  id: string;
  kind: QuoteKind;
  /** The cue verb or noun (قال، أكد، وفق), if any. */
  cue: TextSpan | null;
  /** Id of the speaking entity, or null if unnamed or unresolved. */
  speaker: string | null;
  /** The mention that names the speaker here (a name, role or pronoun-bearing verb). */
  speakerMention: TextSpan | null;
  /** Id of the entity spoken to (لوكالة فرانس برس، لنظيره), if given. */
  addressee: string | null;
}

/** Approximation attached to a quantity. */
export type Approx = 'about' | 'more-than' | 'less-than' | 'up-to' | 'at-least';

/** A number expression resolved to its value. */
export interface Quantity extends TextSpan {
  value: number;
  /** The counted noun or measure, or null. */
  unit: string | null;
  /** ISO 4217 code for money, or null. */
  currency: string | null;
  approx: Approx | null;
}

/** TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression resolved to a TIMEX3 value. */
export interface TimeExpression extends TextSpan {
  type: TimeType;
  /** TIMEX3 value: `2017-05-11`, `2017-05`, `XXXX-08-05`, `P3Y`, `T10:00`, … */
  value: string;
}

/** A problem found while analysing; never an exception. */
export interface Message {
  /** Stable machine-readable code, e.g. `lone-surrogate`. */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Metadata that may come with an article. */
export interface ArticleMeta {
  /** Publication date, `YYYY-MM-DD`. */
  date?: string | null;
  title?: string;
  source?: string;
  url?: string;
}

/**
 * The analysis of one text: the JSON contract of `khabar analyze --json`, plus internal layers
 * (`paragraphs`, `mentions`) that stages share but {@link toJSON} leaves out.
 */
export interface AnalysisDocument {
  version: typeof DOCUMENT_VERSION;
  /** The original text, never changed. */
  text: string;
  /** Publication date `YYYY-MM-DD`, or null. */
  date: string | null;
  title?: string;
  source?: string;
  url?: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Named mentions from the tagger, before clustering into entities. */
  mentions: NamedMention[];
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeExpression[];
  messages: Message[];
}

/** Names of the layers a stage may require or provide. */
export type LayerName =
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'entities'
  | 'quotes'
  | 'quantities'
  | 'times';

/** Every layer name, in a stable order. */
export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs',
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'quotes',
  'quantities',
  'times',
];

/** Creates an empty document for a text: every layer empty, nothing analysed yet. */
export function createDocument(text: string, meta: ArticleMeta = {}): AnalysisDocument {
  const doc: AnalysisDocument = {
    version: DOCUMENT_VERSION,
    text,
    date: meta.date ?? null,
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    quotes: [],
    quantities: [],
    times: [],
    messages: [],
  };
  if (meta.title !== undefined) doc.title = meta.title;
  if (meta.source !== undefined) doc.source = meta.source;
  if (meta.url !== undefined) doc.url = meta.url;
  return doc;
}

/** Options for {@link toJSON}. */
export interface ToJSONOptions {
  /** Include the token layer (large). Default false. */
  tokens?: boolean;
}

/** The JSON contract of `khabar analyze --json`. */
export interface AnalysisJSON {
  version: typeof DOCUMENT_VERSION;
  text: string;
  date: string | null;
  title?: string;
  source?: string;
  url?: string;
  sentences: Sentence[];
  tokens?: Token[];
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeExpression[];
  messages: Message[];
}

/**
 * The public JSON form of a document, with exactly the contract's field names, in the contract's
 * order. Internal layers (`paragraphs`, `mentions`) are left out; tokens only on request.
 */
export function toJSON(doc: AnalysisDocument, options: ToJSONOptions = {}): AnalysisJSON {
  const out: AnalysisJSON = { version: doc.version, text: doc.text, date: doc.date } as AnalysisJSON;
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.source !== undefined) out.source = doc.source;
  if (doc.url !== undefined) out.url = doc.url;
  out.sentences = doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  if (options.tokens) out.tokens = doc.tokens;
  out.entities = doc.entities;
  out.quotes = doc.quotes;
  out.quantities = doc.quantities;
  out.times = doc.times;
  out.messages = doc.messages;
  return out;
}
