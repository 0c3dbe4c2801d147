/** Adding articles: the sample articles that ship with khabar, and the upload of the user's files. */
import { api, saveToken, savedToken, ApiError, type IngestResponse } from '../api.ts';
import { h, replaceChildren } from '../dom.ts';
import { formatDate, t } from '../i18n.ts';
import type { RouteContext } from '../router.ts';
import { announce, errorText, section, setTitle, showError, showLoading } from '../ui.ts';

/** The Content-Type to send a file with, by its extension; null when the app cannot read it. */
export function contentTypeFor(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'application/x-ndjson';
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.txt')) return 'text/plain';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'text/html';
  return null;
}

function ingestSummary(name: string, result: IngestResponse): HTMLElement {
  return h(
    'li',
    null,
    h('p', null, h('bdi', null, t('uploadResult', name, result.added, result.skipped))),
    h(
      'ul',
      null,
      result.articles.map((a) => h('li', null, h('a', { href: `/article/${a.id}`, 'data-link': true, dir: 'auto' }, a.title || a.origin || `#${a.id}`))),
      result.problems.map((p) => h('li', { class: 'error-inline' }, h('bdi', null, t('uploadProblem', p.origin, p.message)))),
    ),
  );
}

/** The samples panel: what ships with khabar and a button that loads it. */
export async function samplesPanel(onLoaded: () => void): Promise<HTMLElement> {
  let samples;
  try {
    samples = (await api.samples()).samples;
  } catch (error) {
    return section(t('samplesTitle'), errorText(error));
  }
  const output = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'primary', id: 'load-samples' }, t('loadSamples', samples.length));
  button.addEventListener('click', async () => {
    button.disabled = true;
    replaceChildren(output, h('p', { class: 'loading' }, t('loading')));
    try {
      const result = await api.loadSamples();
      replaceChildren(output, h('p', null, t('samplesLoaded', result.added)));
      announce(t('samplesLoaded', result.added));
      onLoaded();
    } catch (error) {
      replaceChildren(output, errorText(error));
      button.disabled = false;
    }
  });
  return section(
    t('samplesTitle'),
    h('p', { class: 'muted' }, t('samplesNote')),
    h(
      'ul',
      { class: 'sample-list' },
      samples.map((s) => h('li', null, h('span', { dir: 'rtl', lang: 'ar' }, s.title ?? s.origin), h('span', { class: 'muted' }, ` — ${[s.source, formatDate(s.date)].filter(Boolean).join(' · ')}`))),
    ),
    button,
    output,
  );
}

/** The upload panel: txt, json, jsonl and html files, each posted to the API. */
export function uploadPanel(tokenRequired: boolean, onAdded?: () => void): HTMLElement {
  const fileInput = h('input', { type: 'file', id: 'upload-files', multiple: true, accept: '.txt,.json,.jsonl,.ndjson,.html,.htm' });
  const tokenInput = h('input', { type: 'password', id: 'upload-token', autocomplete: 'off', value: savedToken() });
  // Saved as typed, so the samples button (which has no field of its own) can use it too.
  tokenInput.addEventListener('input', () => saveToken(tokenInput.value.trim()));
  const output = h('ul', { class: 'upload-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'upload-form' },
    h('label', { for: 'upload-files' }, t('uploadLabel')),
    fileInput,
    tokenRequired ? [h('label', { for: 'upload-token' }, t('tokenLabel')), h('p', { class: 'muted' }, t('tokenHelp')), tokenInput] : null,
    h('button', { type: 'submit', class: 'primary' }, t('uploadButton')),
    output,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (tokenRequired) saveToken(tokenInput.value.trim());
    replaceChildren(output);
    let added = 0;
    for (const file of Array.from(fileInput.files ?? [])) {
      const type = contentTypeFor(file.name);
      if (!type) {
        output.appendChild(h('li', { class: 'error-inline' }, h('bdi', null, t('uploadProblem', file.name, 'txt, json, jsonl, html'))));
        continue;
      }
      try {
        const result = await api.upload(await file.text(), type, file.name);
        added += result.added;
        output.appendChild(ingestSummary(file.name, result));
      } catch (error) {
        output.appendChild(h('li', null, h('bdi', null, `${file.name}: `), errorText(error instanceof ApiError ? error.message : error)));
      }
    }
    announce(t('samplesLoaded', added));
    if (added && onAdded) onAdded();
  });
  return section(t('uploadTitle'), form);
}

/** The "Add articles" page. */
export async function addPage(main: HTMLElement, ctx: RouteContext): Promise<void> {
  showLoading(main);
  let stats;
  try {
    stats = await api.stats();
  } catch (error) {
    if (ctx.isCurrent()) showError(main, error);
    return;
  }
  const samples = await samplesPanel(() => undefined);
  if (!ctx.isCurrent()) return;
  setTitle(t('navAdd'));
  replaceChildren(main, h('h1', null, t('navAdd')), h('p', { class: 'muted' }, t('stats', stats.articles, stats.entities, stats.quotes)), h('div', { class: 'columns' }, uploadPanel(stats.tokenRequired), samples));
}
