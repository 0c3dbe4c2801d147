/** The search page: a query, facets (entities, speakers, sources, months) and ranked results. */
import { api, type Facets, type SearchHit, type SearchResponse } from '../api.ts';
import { h, replaceChildren, type Child } from '../dom.ts';
import { formatDate, formatNumber, lang, t, type MessageKey } from '../i18n.ts';
import { navigate, type RouteContext } from '../router.ts';
import { announce, showError, showLoading, setTitle } from '../ui.ts';
import { samplesPanel, uploadPanel } from './add.ts';

const FILTERS = ['entity', 'speaker', 'source', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

const FILTER_LABEL: Record<Filter, MessageKey> = { entity: 'filterEntity', speaker: 'filterSpeaker', source: 'filterSource', from: 'filterFrom', to: 'filterTo' };

/** The URL of a search with some parameters changed (null removes one); the page resets. */
function searchUrl(query: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(query);
  next.delete('page');
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  const s = next.toString();
  return s ? `/?${s}` : '/';
}

/** Renders the search page. */
export async function searchPage(main: HTMLElement, ctx: RouteContext): Promise<void> {
  showLoading(main);
  const query = ctx.query;
  const params: Record<string, string | undefined> = { q: query.get('q') ?? undefined, page: query.get('page') ?? undefined };
  for (const f of FILTERS) params[f] = query.get(f) ?? undefined;
  let stats;
  let result: SearchResponse;
  try {
    [stats, result] = await Promise.all([api.stats(), api.search(params)]);
  } catch (error) {
    if (ctx.isCurrent()) showError(main, error);
    return;
  }
  if (!ctx.isCurrent()) return;
  setTitle(params.q ?? '');

  if (stats.articles === 0) {
    replaceChildren(
      main,
      h('h1', null, t('emptyTitle')),
      h('p', { class: 'lead' }, t('emptyText')),
      h('div', { class: 'columns' }, await samplesPanel(() => navigate('/')), uploadPanel(stats.tokenRequired, () => navigate('/'))),
    );
    return;
  }

  const input = h('input', { type: 'search', name: 'q', id: 'q', value: params.q ?? '', placeholder: t('searchPlaceholder'), dir: lang() === 'ar' ? 'rtl' : 'auto', autocomplete: 'off', enterkeyhint: 'search' });
  const fromInput = h('input', { type: 'date', id: 'from', name: 'from', value: fullDateOrEmpty(params.from) });
  const toInput = h('input', { type: 'date', id: 'to', name: 'to', value: fullDateOrEmpty(params.to) });
  const form = h(
    'form',
    {
      class: 'search-form',
      role: 'search',
      on: {
        submit: (event: Event) => {
          event.preventDefault();
          navigate(searchUrl(query, { q: input.value.trim() || null, from: keepDate(fromInput.value, params.from), to: keepDate(toInput.value, params.to) }));
        },
      },
    },
    h('label', { for: 'q', class: 'visually-hidden' }, t('searchLabel')),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, t('searchButton'))),
    h(
      'details',
      { class: 'date-filter', open: params.from || params.to ? true : undefined },
      h('summary', null, t('moreFilters')),
      h('div', { class: 'date-row' }, h('label', { for: 'from' }, t('from')), fromInput, h('label', { for: 'to' }, t('to')), toInput, h('button', { type: 'submit' }, t('apply'))),
    ),
  );

  const chips = FILTERS.filter((f) => params[f]).map((f) =>
    h(
      'li',
      null,
      h(
        'a',
        { class: 'chip', href: searchUrl(query, { [f]: null }), 'data-link': true, 'aria-label': `${t('removeFilter')}: ${t(FILTER_LABEL[f])} ${filterLabel(f, params[f]!, result.facets)}` },
        h('span', null, `${t(FILTER_LABEL[f])}: `),
        h('bdi', null, filterLabel(f, params[f]!, result.facets)),
        h('span', { 'aria-hidden': 'true', class: 'chip-x' }, ' ×'),
      ),
    ),
  );

  const page = result.page;
  const pages = Math.max(1, Math.ceil(result.total / result.limit));
  // Past 10,000 matches the store stops counting (a lower bound, like a web search engine's).
  const count = t(result.totalIsLowerBound ? 'resultsMore' : 'results', result.total);
  const summary = h('p', { class: 'result-count', id: 'result-count' }, count, ' ', h('span', { class: 'muted' }, t('resultsTook', Math.round(result.tookMs))));
  const list = result.hits.length ? h('ol', { class: 'results', start: (page - 1) * result.limit + 1 }, result.hits.map(hitItem)) : h('p', { class: 'muted' }, t('noResults'));
  const pager =
    pages > 1 ?
      h(
        'nav',
        { class: 'pager', 'aria-label': t('pageOf', page, pages) },
        page > 1 ? h('a', { href: pageUrl(query, page - 1), 'data-link': true, rel: 'prev' }, t('prev')) : null,
        h('span', null, t('pageOf', page, pages)),
        page < pages ? h('a', { href: pageUrl(query, page + 1), 'data-link': true, rel: 'next' }, t('next')) : null,
      )
    : null;

  replaceChildren(
    main,
    h('h1', { class: 'visually-hidden' }, t('navSearch')),
    h('p', { class: 'muted corpus-stats' }, t('stats', stats.articles, stats.entities, stats.quotes)),
    form,
    chips.length ? h('ul', { class: 'chips', 'aria-label': t('filters') }, chips) : null,
    h('div', { class: 'search-layout' }, h('div', { class: 'search-results' }, summary, list, pager), facetsPanel(result.facets, query)),
  );
  announce(count);
}

/** The date input's value, or a month filter (set from the facets) that the input cannot show. */
function keepDate(inputValue: string, previous: string | undefined): string | null {
  if (inputValue) return inputValue;
  return previous && !/^\d{4}-\d{2}-\d{2}$/.test(previous) ? previous : null;
}

function fullDateOrEmpty(value: string | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

function pageUrl(query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return `/?${next.toString()}`;
}

function filterLabel(filter: Filter, value: string, facets: Facets): string {
  if ((filter === 'entity' || filter === 'speaker') && value.startsWith('#')) {
    const id = Number(value.slice(1));
    const found = [...facets.entities, ...facets.speakers].find((e) => e.id === id);
    if (found) return found.name;
  }
  if (filter === 'from' || filter === 'to') return formatDate(value);
  return value;
}

/** A snippet with its matched words in `<mark>` (offsets are into the whole article). */
export function snippetNodes(snippet: SearchHit['snippet']): Child[] {
  const out: Child[] = [];
  let at = 0;
  const highlights = [...snippet.highlights].sort((a, b) => a.start - b.start);
  for (const hl of highlights) {
    const s = Math.max(hl.start - snippet.start, at);
    const e = Math.min(hl.end - snippet.start, snippet.text.length);
    if (e <= s) continue;
    if (s > at) out.push(snippet.text.slice(at, s));
    out.push(h('mark', null, snippet.text.slice(s, e)));
    at = e;
  }
  if (at < snippet.text.length) out.push(snippet.text.slice(at));
  if (snippet.start > 0) out.unshift('… ');
  out.push(' …');
  return out;
}

function hitItem(hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: 'hit' },
    h('h2', { class: 'hit-title' }, h('a', { href: `/article/${hit.id}`, 'data-link': true, dir: 'auto' }, hit.title || t('untitled'))),
    h('p', { class: 'meta' }, hit.source ? h('bdi', null, hit.source) : null, hit.source && hit.date ? ' · ' : null, hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : null),
    h('p', { class: 'snippet', dir: 'rtl', lang: 'ar' }, snippetNodes(hit.snippet)),
  );
}

function facetsPanel(facets: Facets, query: URLSearchParams): HTMLElement {
  const group = (title: MessageKey, items: { label: string; count: number; href: string; cls?: string }[]): Child =>
    items.length ?
      h(
        'section',
        { class: 'facet' },
        h('h2', null, t(title)),
        h(
          'ul',
          null,
          items.map((i) => h('li', null, h('a', { href: i.href, 'data-link': true, class: i.cls ?? '' }, h('bdi', null, i.label), ' ', h('span', { class: 'count' }, formatNumber(i.count))))),
        ),
      )
    : null;
  return h(
    'aside',
    { class: 'facets', 'aria-label': t('filters') },
    group(
      'facetEntities',
      facets.entities.slice(0, 15).map((e) => ({ label: e.name, count: e.count, href: searchUrl(query, { entity: `#${e.id}` }), cls: `ent-dot ent-${e.type}` })),
    ),
    group(
      'facetSpeakers',
      facets.speakers.slice(0, 10).map((e) => ({ label: e.name, count: e.count, href: searchUrl(query, { speaker: `#${e.id}` }) })),
    ),
    group(
      'facetSources',
      facets.sources.slice(0, 10).map((s) => ({ label: s.value, count: s.count, href: searchUrl(query, { source: s.value }) })),
    ),
    group(
      'facetMonths',
      [...facets.months].reverse().slice(0, 24).map((m) => ({ label: formatDate(m.value), count: m.count, href: searchUrl(query, { from: m.value, to: m.value }) })),
    ),
  );
}
