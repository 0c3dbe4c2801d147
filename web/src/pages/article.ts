/** The article view: the text with every annotation, and lists of its entities, quotes, amounts and times. */
import { api, type AnalysisJSON, type ArticleResponse } from '../api.ts';
import { legend, quantityValue, renderAnnotated, timeValue } from '../annotate.ts';
import { externalLink, h, replaceChildren, type Child } from '../dom.ts';
import { formatDate, t, type MessageKey } from '../i18n.ts';
import type { RouteContext } from '../router.ts';
import { section, setTitle, showError, showLoading, typeBadge } from '../ui.ts';

/** Scrolls to a quote (`#quote-q2`) and marks it for a moment. */
export function focusQuote(hash: string): void {
  if (!hash) return;
  const target = document.getElementById(hash);
  if (!target) return;
  target.classList.add('target');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/** Lists of the document's layers, beside the text. */
export function layerLists(doc: AnalysisJSON, entityHref: (id: string) => string | null): HTMLElement[] {
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  const none = (): HTMLElement => h('p', { class: 'muted' }, t('noneFound'));
  const byMentions = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const entityItems = byMentions.map((e) => {
    const href = entityHref(e.id);
    const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name);
    const label: Child = [h('bdi', null, e.name), forms.length ? h('span', { class: 'muted', dir: 'rtl' }, ` (${forms.join('، ')})`) : null];
    return h('li', null, typeBadge(e.type), ' ', href ? h('a', { href, 'data-link': true, class: `ent-${e.type}` }, label) : h('span', null, label), h('span', { class: 'count' }, ` ×${e.mentions.length}`));
  });
  const quoteItems = doc.quotes.map((q) => {
    const speaker = q.speaker ? names.get(q.speaker) : undefined;
    const href = q.speaker ? entityHref(q.speaker) : null;
    const name = speaker?.name ?? q.speakerMention?.text ?? t('unknownSpeaker');
    return h(
      'li',
      { class: 'quote-item' },
      h('p', { class: 'quote-speaker' }, href ? h('a', { href, 'data-link': true }, h('bdi', null, name)) : h('bdi', null, name), q.cue ? h('span', { class: 'muted' }, ` — ${q.cue.text}`) : null),
      h('blockquote', { dir: 'rtl', lang: 'ar' }, q.text),
      h('a', { href: `#quote-${q.id}`, class: 'small', on: { click: (e: Event) => (e.preventDefault(), history.replaceState(null, '', `#quote-${q.id}`), focusQuote(`quote-${q.id}`)) } }, t('goToQuote')),
    );
  });
  const quantityItems = doc.quantities.map((q) => h('li', null, h('bdi', { dir: 'rtl' }, q.text), ' ', h('bdi', { class: 'value', dir: 'ltr' }, quantityValue(q))));
  const timeItems = doc.times.map((x) => h('li', null, h('bdi', { dir: 'rtl' }, x.text), ' ', h('bdi', { class: 'value', dir: 'ltr' }, timeValue(x))));
  return [
    section(t('entities'), entityItems.length ? h('ul', { class: 'entity-list' }, entityItems) : none()),
    section(t('quotes'), quoteItems.length ? h('ul', { class: 'quote-list' }, quoteItems) : none()),
    section(t('quantities'), quantityItems.length ? h('ul', null, quantityItems) : none()),
    section(t('times'), timeItems.length ? h('ul', null, timeItems) : none()),
  ];
}

/** Renders one stored article. */
export async function articlePage(main: HTMLElement, ctx: RouteContext): Promise<void> {
  showLoading(main);
  let article: ArticleResponse;
  try {
    article = await api.article(ctx.params.id!);
  } catch (error) {
    if (ctx.isCurrent()) showError(main, error);
    return;
  }
  if (!ctx.isCurrent()) return;
  const doc = article.document;
  const entityHref = (id: string): string | null => {
    const global = article.entityLinks[id];
    return global === undefined ? null : `/entity/${global}`;
  };
  setTitle(article.title ?? t('untitled'));
  const meta: Child[] = [];
  if (article.source) meta.push(h('span', null, `${t('source')}: `, h('bdi', null, article.source)));
  if (article.date) meta.push(h('span', null, `${t('date')}: `, h('time', { datetime: article.date }, formatDate(article.date))));
  if (article.byline) meta.push(h('bdi', null, article.byline));
  if (article.url) meta.push(externalLink(article.url, t('original')));

  const story = article.storyArticles.length ?
      section(
        t('sameStory'),
        h(
          'ul',
          null,
          article.storyArticles.map((a) => h('li', null, h('a', { href: `/article/${a.id}`, 'data-link': true, dir: 'auto' }, a.title || t('untitled')), h('span', { class: 'muted' }, ` — ${[a.source, formatDate(a.date)].filter(Boolean).join(' · ')}`))),
        ),
      )
    : null;

  replaceChildren(
    main,
    h(
      'article',
      { class: 'article-layout' },
      h(
        'div',
        { class: 'article-main' },
        h('h1', { dir: 'rtl', lang: 'ar' }, article.title || t('untitled')),
        h('p', { class: 'meta' }, meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
        legend(),
        renderAnnotated(doc, { entityHref }),
        messagesList(doc),
      ),
      h('div', { class: 'article-side' }, layerLists(doc, entityHref), story),
    ),
  );
  focusQuote(ctx.hash);
}

/** The analysis messages (problems found), when any. */
export function messagesList(doc: AnalysisJSON): HTMLElement | null {
  if (!doc.messages.length) return null;
  return h('details', { class: 'messages' }, h('summary', null, `${t('messages' as MessageKey)} (${doc.messages.length})`), h('ul', null, doc.messages.map((m) => h('li', null, h('code', null, m.code), ' ', m.message))));
}
