/**
 * The one invariant checker for analysis output. Every test runs every document it produces
 * through {@link checkInvariants}; the product exports it so that users can check their own stages.
 */
import type { AnalysisDocument, AnalysisJSON, Span } from '../document.ts';

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * True for combining marks that belong to the letter before them: Arabic harakat (U+064B–U+065F),
 * the dagger alef (U+0670), Quranic marks (U+06D6–U+06ED) and generic combining marks.
 */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e4) ||
    (code >= 0x06e7 && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x08d3 && code <= 0x08ff)
  );
}

/**
 * True when `index` is a valid span boundary in `text`: not between the halves of a surrogate pair
 * and not between a letter and a combining mark (haraka) that follows it.
 */
export function isBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return index === 0 || index === text.length;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  if (isHighSurrogate(before) && isLowSurrogate(after)) return false;
  if (isCombiningMark(after)) return false;
  return true;
}

type AnyDocument = Pick<AnalysisDocument, 'text'> &
  Partial<Pick<AnalysisDocument, 'paragraphs' | 'mentions'>> &
  Pick<AnalysisJSON, 'sentences' | 'entities' | 'quotes' | 'quantities' | 'times' | 'messages'> & {
    tokens?: AnalysisJSON['tokens'];
  };

/**
 * Checks a document (or its JSON form) and returns the violations found, empty when it is sound:
 * - every span is in range (`0 ≤ start ≤ end ≤ text.length`) and on a boundary (see {@link isBoundary});
 * - every layer is sorted by start, then end; entity mentions are sorted too;
 * - every `text` field equals `text.slice(start, end)`;
 * - token segments cover their token exactly, in order;
 * - an entity's aliases are names no mention writes;
 * - ids are unique and every cross-reference (quote speaker and addressee) resolves to an entity.
 */
export function checkInvariants(doc: AnyDocument): string[] {
  const problems: string[] = [];
  const { text } = doc;

  const checkSpan = (where: string, span: Span & { text?: string }): void => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${where}: span [${start}, ${end}) out of range 0..${text.length}`);
      return;
    }
    if (!isBoundary(text, start)) problems.push(`${where}: start ${start} splits a surrogate pair or a letter from its harakat`);
    if (!isBoundary(text, end)) problems.push(`${where}: end ${end} splits a surrogate pair or a letter from its harakat`);
    if ('text' in span && span.text !== undefined && span.text !== text.slice(start, end)) {
      problems.push(`${where}: text ${JSON.stringify(span.text)} differs from the source ${JSON.stringify(text.slice(start, end))}`);
    }
  };

  const checkSorted = (where: string, spans: readonly Span[]): void => {
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1]!;
      const b = spans[i]!;
      if (a.start > b.start || (a.start === b.start && a.end > b.end)) {
        problems.push(`${where}: not sorted at index ${i} ([${a.start}, ${a.end}) before [${b.start}, ${b.end}))`);
        return;
      }
    }
  };

  const checkLayer = (name: string, spans: readonly (Span & { text?: string })[] | undefined): void => {
    if (!spans) return;
    if (!Array.isArray(spans)) {
      problems.push(`${name}: not an array`);
      return;
    }
    spans.forEach((s, i) => checkSpan(`${name}[${i}]`, s));
    checkSorted(name, spans);
  };

  checkLayer('paragraphs', doc.paragraphs);
  checkLayer('sentences', doc.sentences);
  checkLayer('tokens', doc.tokens);
  checkLayer('mentions', doc.mentions);
  checkLayer('quotes', doc.quotes);
  checkLayer('quantities', doc.quantities);
  checkLayer('times', doc.times);

  for (let i = 1; i < doc.sentences.length; i++) {
    if (doc.sentences[i]!.start < doc.sentences[i - 1]!.end) problems.push(`sentences[${i}]: overlaps the sentence before it`);
  }

  doc.tokens?.forEach((token, i) => {
    if (i > 0 && token.start < doc.tokens![i - 1]!.end) problems.push(`tokens[${i}]: overlaps the token before it`);
    if (token.segments.length === 0) {
      problems.push(`tokens[${i}]: has no segments`);
      return;
    }
    let cursor = token.start;
    token.segments.forEach((segment, j) => {
      checkSpan(`tokens[${i}].segments[${j}]`, segment);
      if (segment.start !== cursor) problems.push(`tokens[${i}].segments[${j}]: starts at ${segment.start}, expected ${cursor}`);
      cursor = segment.end;
    });
    if (cursor !== token.end) problems.push(`tokens[${i}]: segments end at ${cursor}, token at ${token.end}`);
  });

  const entityIds = new Set<string>();
  doc.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id)) problems.push(`entities[${i}]: duplicate id ${entity.id}`);
    entityIds.add(entity.id);
    if (!entity.mentions.length) problems.push(`entities[${i}] (${entity.id}): has no mentions`);
    checkLayer(`entities[${i}].mentions`, entity.mentions);
    // An alias is a name the text does not write as a mention: a span would say where; an empty one says nothing.
    for (const alias of entity.aliases ?? []) {
      if (!alias.trim()) problems.push(`entities[${i}] (${entity.id}): empty alias`);
      if (entity.mentions.some((m) => m.text === alias)) problems.push(`entities[${i}] (${entity.id}): alias «${alias}» is written as a mention`);
    }
  });
  checkSorted(
    'entities (by first mention)',
    doc.entities.filter((e) => e.mentions.length).map((e) => e.mentions[0]!),
  );

  const uniqueIds = (name: string, items: readonly { id: string }[] | undefined): void => {
    const seen = new Set<string>();
    items?.forEach((item, i) => {
      if (seen.has(item.id)) problems.push(`${name}[${i}]: duplicate id ${item.id}`);
      seen.add(item.id);
    });
  };
  uniqueIds('quotes', doc.quotes);
  uniqueIds('mentions', doc.mentions);

  doc.quotes.forEach((quote, i) => {
    if (quote.cue) checkSpan(`quotes[${i}].cue`, quote.cue);
    if (quote.speakerMention) checkSpan(`quotes[${i}].speakerMention`, quote.speakerMention);
    if (quote.speaker !== null && !entityIds.has(quote.speaker)) problems.push(`quotes[${i}]: speaker ${quote.speaker} is not an entity id`);
    if (quote.addressee !== null && !entityIds.has(quote.addressee)) problems.push(`quotes[${i}]: addressee ${quote.addressee} is not an entity id`);
  });

  doc.quantities.forEach((q, i) => {
    if (typeof q.value !== 'number' || !Number.isFinite(q.value)) problems.push(`quantities[${i}]: value ${String(q.value)} is not a finite number`);
  });
  doc.times.forEach((t, i) => {
    if (typeof t.value !== 'string' || t.value === '') problems.push(`times[${i}]: empty value`);
  });
  doc.messages.forEach((m, i) => {
    if (m.start !== undefined || m.end !== undefined) {
      const start = m.start ?? 0;
      const end = m.end ?? start;
      if (start < 0 || end < start || end > text.length) problems.push(`messages[${i}]: span [${start}, ${end}) out of range`);
    }
  });
  return problems;
}
