/** Quotes across the corpus, newest first, by speaker and words. */
import { api } from '../api.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../i18n.ts';
import { navigate, type RouteContext } from '../router.ts';
import { setTitle, showError, showLoading } from '../ui.ts';
import { quoteCard } from './entity.ts';

/** Renders the quotes page. */
export async function quotesPage(main: HTMLElement, ctx: RouteContext): Promise<void> {
  showLoading(main);
  const speaker = ctx.query.get('speaker') ?? '';
  const q = ctx.query.get('q') ?? '';
  const page = Number(ctx.query.get('page') ?? '1') || 1;
  let result;
  try {
    result = await api.quotes({ speaker: speaker || undefined, q: q || undefined, page });
  } catch (error) {
    if (ctx.isCurrent()) showError(main, error);
    return;
  }
  if (!ctx.isCurrent()) return;
  setTitle(t('quotesTitle'));
  const speakerInput = h('input', { id: 'quotes-speaker', type: 'search', value: speaker, dir: 'auto' });
  const qInput = h('input', { id: 'quotes-q', type: 'search', value: q, dir: 'auto' });
  const form = h(
    'form',
    { class: 'quotes-form', role: 'search' },
    h('label', { for: 'quotes-speaker' }, t('quotesSpeakerLabel')),
    speakerInput,
    h('label', { for: 'quotes-q' }, t('quotesQueryLabel')),
    qInput,
    h('button', { type: 'submit', class: 'primary' }, t('searchButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (speakerInput.value.trim()) next.set('speaker', speakerInput.value.trim());
    if (qInput.value.trim()) next.set('q', qInput.value.trim());
    navigate(`/quotes${next.toString() ? `?${next}` : ''}`);
  });
  const pages = Math.max(1, Math.ceil(result.total / result.limit));
  const pageLink = (n: number): string => {
    const next = new URLSearchParams(ctx.query);
    next.set('page', String(n));
    return `/quotes?${next}`;
  };
  replaceChildren(
    main,
    h('h1', null, t('quotesTitle')),
    form,
    h('p', { class: 'result-count' }, t('results', result.total)),
    result.quotes.length ? h('ul', { class: 'quote-list' }, result.quotes.map((x) => quoteCard(x, true))) : h('p', { class: 'muted' }, t('noResults')),
    pages > 1 ?
      h(
        'nav',
        { class: 'pager', 'aria-label': t('pageOf', page, pages) },
        page > 1 ? h('a', { href: pageLink(page - 1), 'data-link': true }, t('prev')) : null,
        h('span', null, t('pageOf', page, pages)),
        page < pages ? h('a', { href: pageLink(page + 1), 'data-link': true }, t('next')) : null,
      )
    : null,
  );
}
