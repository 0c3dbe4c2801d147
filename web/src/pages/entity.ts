/** The entity page: every spelling, mentions over time, what they said, who they appear with. */
import { api, type EntityDetail, type QuoteHit } from '../api.ts';
import { h, replaceChildren, svg } from '../dom.ts';
import { formatDate, formatNumber, lang, t } from '../i18n.ts';
import type { RouteContext } from '../router.ts';
import { entityLink, section, setTitle, showError, showLoading, typeBadge } from '../ui.ts';

/** Every month from the first to the last of a timeline, with zeros for the gaps. */
export function fillMonths(timeline: EntityDetail['timeline']): { month: string; articles: number; mentions: number }[] {
  if (!timeline.length) return [];
  const byMonth = new Map(timeline.map((p) => [p.month, p]));
  const sorted = [...timeline].sort((a, b) => a.month.localeCompare(b.month));
  const [fy, fm] = sorted[0]!.month.split('-').map(Number) as [number, number];
  const [ly, lm] = sorted[sorted.length - 1]!.month.split('-').map(Number) as [number, number];
  const out = [];
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key, articles: 0, mentions: 0 });
    if (out.length > 600) break;
  }
  return out;
}

/**
 * A bar chart of mentions per month as inline SVG (no chart library). Time runs in the reading
 * direction: right to left in the Arabic interface.
 */
export function timelineChart(timeline: EntityDetail['timeline']): SVGSVGElement | HTMLElement {
  const months = fillMonths(timeline);
  if (!months.length) return h('p', { class: 'muted' }, t('noneFound'));
  const width = 640;
  const height = 180;
  const pad = { top: 12, bottom: 36, side: 36 };
  const max = Math.max(...months.map((m) => m.mentions), 1);
  const slot = (width - 2 * pad.side) / months.length;
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const rtl = lang() === 'ar';
  const total = months.reduce((n, m) => n + m.mentions, 0);
  const label = t('timelineSummary', total, months.length);
  const x = (i: number): number => (rtl ? width - pad.side - (i + 1) * slot : pad.side + i * slot) + (slot - barWidth) / 2;
  const labelEvery = Math.ceil(months.length / 8);
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' },
    svg('title', null, label),
    svg('line', { x1: pad.side, x2: width - pad.side, y1: height - pad.bottom, y2: height - pad.bottom, class: 'axis' }),
    svg('text', { x: rtl ? width - 4 : 4, y: pad.top + 4, class: 'tick', 'text-anchor': rtl ? 'end' : 'start' }, formatNumber(max)),
    months.map((m, i) => {
      const barHeight = ((height - pad.top - pad.bottom) * m.mentions) / max;
      return svg(
        'g',
        { class: 'bar' },
        svg('rect', { x: x(i), y: height - pad.bottom - barHeight, width: barWidth, height: Math.max(barHeight, m.mentions ? 1 : 0), rx: 2 }),
        svg('title', null, `${formatDate(m.month)}: ${t('mentions', m.mentions)}, ${t('articlesCount', m.articles)}`),
        i % labelEvery === 0 ? svg('text', { x: x(i) + barWidth / 2, y: height - pad.bottom + 16, class: 'tick', 'text-anchor': 'middle' }, m.month) : null,
      );
    }),
  );
}

/** One quote with a link back to its sentence in the article. */
export function quoteCard(q: QuoteHit, showSpeaker: boolean): HTMLElement {
  return h(
    'li',
    { class: 'quote-item' },
    showSpeaker && q.speaker ? h('p', { class: 'quote-speaker' }, entityLink(q.speaker)) : null,
    h('blockquote', { dir: 'rtl', lang: 'ar' }, q.text),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: `/article/${q.articleId}#quote-${q.quoteId}`, 'data-link': true, dir: 'auto' }, q.title || t('untitled')),
      q.source ? [' · ', h('bdi', null, q.source)] : null,
      q.date ? [' · ', h('time', { datetime: q.date }, formatDate(q.date))] : null,
    ),
  );
}

/** Renders the entity page. */
export async function entityPage(main: HTMLElement, ctx: RouteContext): Promise<void> {
  showLoading(main);
  let entity: EntityDetail;
  try {
    entity = await api.entity(ctx.params.id!);
  } catch (error) {
    if (ctx.isCurrent()) showError(main, error);
    return;
  }
  if (!ctx.isCurrent()) return;
  setTitle(entity.name);
  const none = (): HTMLElement => h('p', { class: 'muted' }, t('noneFound'));
  replaceChildren(
    main,
    h(
      'div',
      { class: 'entity-head' },
      h('h1', { dir: 'rtl', lang: 'ar' }, entity.name),
      typeBadge(entity.type),
      h(
        'p',
        { class: 'meta' },
        t('articlesCount', entity.articleCount),
        ' · ',
        t('mentions', entity.mentionCount),
        entity.firstSeen ? [' · ', t('firstLast', formatDate(entity.firstSeen), formatDate(entity.lastSeen))] : null,
      ),
      h(
        'p',
        null,
        h('a', { href: `/?entity=${encodeURIComponent(`#${entity.id}`)}`, 'data-link': true }, t('searchMentioning')),
        ' · ',
        h('a', { href: `/quotes?speaker=${encodeURIComponent(`#${entity.id}`)}`, 'data-link': true }, t('allQuotes')),
      ),
    ),
    h(
      'div',
      { class: 'entity-layout' },
      h(
        'div',
        { class: 'entity-main' },
        section(t('timeline'), timelineChart(entity.timeline)),
        section(t('whatTheySaid'), entity.quotes.length ? h('ul', { class: 'quote-list' }, entity.quotes.map((q) => quoteCard(q, false))) : none()),
      ),
      h(
        'div',
        { class: 'entity-side' },
        section(
          t('spellings'),
          // (A name the entity goes by that no article writes alone — «التيار الديمقراطي» of «حزب التيار الديمقراطي» — has no count.)
          h('ul', { class: 'aliases' }, entity.aliases.map((a) => h('li', null, h('bdi', { dir: 'rtl', lang: 'ar' }, a.name), a.count ? h('span', { class: 'count' }, ` ×${formatNumber(a.count)}`) : null))),
        ),
        entity.titles.length ? section(t('titles'), h('ul', { class: 'aliases' }, entity.titles.map((x) => h('li', null, h('bdi', null, x.value), h('span', { class: 'count' }, ` ×${formatNumber(x.count)}`))))) : null,
        section(
          t('appearsWith'),
          entity.cooccurring.length ? h('ul', { class: 'cooccurring' }, entity.cooccurring.map((e) => h('li', null, entityLink(e), h('span', { class: 'count' }, ` ${t('articlesCount', e.articles)}`)))) : none(),
        ),
      ),
    ),
  );
}
