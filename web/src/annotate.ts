/**
 * Rendering an analysed text: the original characters, cut at every annotation boundary into
 * DOM text nodes inside spans (never markup), with entities coloured by type, quotes marked with
 * their speaker, and times and amounts underlined with their resolved value.
 */
import type { AnalysisJSON } from './api.ts';
import { h, type Child } from './dom.ts';
import { formatNumber, t, type MessageKey } from './i18n.ts';

type Doc = Pick<AnalysisJSON, 'text' | 'entities' | 'quotes' | 'quantities' | 'times'>;
type Quantity = AnalysisJSON['quantities'][number];
type Time = AnalysisJSON['times'][number];

/** Where an entity of the document links to (its global entity page), or null for none. */
export type EntityHref = (entityId: string) => string | null;

interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'quantity' | 'time' | 'cue';
  entityId?: string;
  type?: string;
  tip?: string;
}

/** The resolved value of a quantity, for people: `≈ 24 300 000 000 TND`. */
export function quantityValue(q: Quantity): string {
  const parts: string[] = [];
  if (q.approx) parts.push(t(`approx_${q.approx}` as MessageKey));
  parts.push(formatNumber(q.value, { maximumFractionDigits: 6 }));
  if (q.currency) parts.push(q.currency);
  else if (q.unit) parts.push(q.unit);
  return `= ${parts.join(' ')}`;
}

/** The resolved value of a time expression: `2024-03-13 (DATE)`. */
export function timeValue(time: Time): string {
  return `= ${time.value} (${time.type})`;
}

/** Options of {@link renderAnnotated}. */
export interface RenderOptions {
  /** Links for entities (article view: the global entity page). */
  entityHref?: EntityHref;
}

function validSpan(s: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

/**
 * Renders the text with its annotations into a container (`dir="rtl"`, `lang="ar"`). Each quote is a
 * `<span class="quote" id="quote-qN">` whose first child is a speaker chip (a link to the speaker's
 * page when known).
 */
export function renderAnnotated(doc: Doc, options: RenderOptions = {}): HTMLElement {
  const { text } = doc;
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  const marks: Mark[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (validSpan(m, text.length)) marks.push({ start: m.start, end: m.end, kind: 'entity', entityId: e.id, type: e.type, tip: `${t(e.type as MessageKey)}: ${e.name}` });
    }
  }
  for (const q of doc.quantities) if (validSpan(q, text.length)) marks.push({ start: q.start, end: q.end, kind: 'quantity', tip: quantityValue(q) });
  for (const time of doc.times) if (validSpan(time, text.length)) marks.push({ start: time.start, end: time.end, kind: 'time', tip: timeValue(time) });
  for (const q of doc.quotes) if (q.cue && validSpan(q.cue, text.length)) marks.push({ start: q.cue.start, end: q.cue.end, kind: 'cue' });

  // Quotes are containers; a quote overlapping an earlier one is shown by its marks only.
  const quotes = [...doc.quotes].filter((q) => validSpan(q, text.length)).sort((a, b) => a.start - b.start || b.end - a.end);
  const containers: typeof quotes = [];
  for (const q of quotes) if (!containers.length || q.start >= containers[containers.length - 1]!.end) containers.push(q);

  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const q of containers) cuts.add(q.start).add(q.end);
  const points = [...cuts].sort((a, b) => a - b);

  // Sweep: marks sorted by start; the active set changes only at cut points.
  marks.sort((a, b) => a.start - b.start);
  const root = h('div', { class: 'annotated', dir: 'rtl', lang: 'ar' });
  let parent: HTMLElement = root;
  let nextMark = 0;
  let active: Mark[] = [];
  let quoteIndex = 0;
  let openQuote: (typeof containers)[number] | null = null;

  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (openQuote && a >= openQuote.end) {
      parent = root;
      openQuote = null;
    }
    const quote = containers[quoteIndex];
    if (!openQuote && quote && quote.start === a) {
      openQuote = quote;
      quoteIndex++;
      const speaker = quote.speaker ? names.get(quote.speaker) : undefined;
      const speakerName = speaker?.name ?? quote.speakerMention?.text ?? null;
      const href = quote.speaker && options.entityHref ? options.entityHref(quote.speaker) : null;
      const label = speakerName ?? t('unknownSpeaker');
      const chip =
        href ?
          h('a', { class: 'speaker-chip', href, 'data-link': true, 'aria-label': t('speakerOf', label) }, label)
        : h('span', { class: 'speaker-chip', 'aria-label': t('speakerOf', label) }, label);
      const container = h('span', { class: `quote quote-${quote.kind}`, id: `quote-${quote.id}`, 'data-quote': quote.id, title: t('speakerOf', label) }, chip);
      root.appendChild(container);
      parent = container;
    }
    while (nextMark < marks.length && marks[nextMark]!.start <= a) active.push(marks[nextMark++]!);
    active = active.filter((m) => m.end > a);
    const piece = text.slice(a, b);
    parent.appendChild(segment(piece, active, options));
  }
  return root;
}

function segment(piece: string, active: Mark[], options: RenderOptions): Node {
  if (!active.length) return document.createTextNode(piece);
  const classes: string[] = [];
  const tips: string[] = [];
  let entity: Mark | undefined;
  for (const m of active) {
    if (m.kind === 'entity') {
      entity ??= m;
      classes.push('ent', `ent-${m.type}`);
    } else {
      classes.push(m.kind === 'quantity' ? 'qty' : m.kind === 'time' ? 'tim' : 'cue');
    }
    if (m.tip) tips.push(m.tip);
  }
  const tip = [...new Set(tips)].join(' · ');
  const attrs = { class: [...new Set(classes)].join(' '), title: tip || undefined, 'data-tip': tip || undefined };
  const href = entity?.entityId && options.entityHref ? options.entityHref(entity.entityId) : null;
  if (href) return h('a', { ...attrs, href, 'data-link': true }, piece);
  const focusable = active.some((m) => m.kind === 'quantity' || m.kind === 'time');
  return h('span', { ...attrs, tabindex: focusable ? 0 : undefined }, piece);
}

/** The colour legend of the annotated text. */
export function legend(): HTMLElement {
  const item = (cls: string, key: MessageKey): Child => h('li', null, h('span', { class: `swatch ${cls}` }, t(key)));
  return h(
    'ul',
    { class: 'legend', 'aria-label': t('legend') },
    item('ent ent-PER', 'PER'),
    item('ent ent-ORG', 'ORG'),
    item('ent ent-LOC', 'LOC'),
    item('ent ent-MISC', 'MISC'),
    item('quote', 'quote'),
    item('qty', 'amount'),
    item('tim', 'time'),
  );
}
