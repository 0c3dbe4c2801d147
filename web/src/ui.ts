/** Small pieces shared by the pages. */
import { ApiError } from './api.ts';
import { h, replaceChildren, type Child } from './dom.ts';
import { t, type MessageKey } from './i18n.ts';

/** Tells screen readers something happened (the polite live region). */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

/** Shows the loading state. */
export function showLoading(main: HTMLElement): void {
  replaceChildren(main, h('p', { class: 'loading', 'aria-busy': 'true' }, t('loading')));
}

/** Shows an error (an API error's message, or a generic one). */
export function showError(main: HTMLElement, error: unknown): void {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  const notFound = error instanceof ApiError && error.status === 404;
  replaceChildren(
    main,
    h('div', { class: 'error', role: 'alert' }, h('h1', null, notFound ? t('notFound') : t('error')), h('p', { dir: 'auto' }, message), h('p', null, h('a', { href: '/', 'data-link': true }, t('backHome')))),
  );
  document.title = `${t('error')} · khabar`;
}

/** An inline error message (inside a form). */
export function errorText(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error-inline', role: 'alert', dir: 'auto' }, message);
}

/** A coloured badge for an entity type. */
export function typeBadge(type: string): HTMLElement {
  return h('span', { class: `badge ent-${type}` }, t(type as MessageKey));
}

/** A link to a global entity's page. */
export function entityLink(entity: { id: number; name: string; type: string }, extra?: Child): HTMLElement {
  return h('a', { href: `/entity/${entity.id}`, 'data-link': true, class: `entity-link ent-${entity.type}`, dir: 'auto' }, entity.name, extra);
}

/** A titled section. */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${Math.random().toString(36).slice(2, 8)}`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Sets the document title. */
export function setTitle(title: string): void {
  document.title = title ? `${title} · خبر khabar` : 'خبر · khabar';
}
