/** "Analyze a text": paste an article and see it annotated at once (POST /api/analyze, nothing stored). */
import { api, type AnalysisJSON } from '../api.ts';
import { legend, renderAnnotated } from '../annotate.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../i18n.ts';
import type { RouteContext } from '../router.ts';
import { announce, errorText, setTitle } from '../ui.ts';
import { layerLists, messagesList } from './article.ts';

/** Text kept between visits to the page (so switching language does not lose it). */
let draft = { text: '', date: '' };

/** Renders the analyze page. */
export function analyzePage(main: HTMLElement, _ctx: RouteContext): void {
  setTitle(t('analyzeTitle'));
  const textarea = h('textarea', { id: 'analyze-text', name: 'text', rows: 10, dir: 'rtl', lang: 'ar', spellcheck: 'false' });
  textarea.value = draft.text;
  const dateInput = h('input', { type: 'date', id: 'analyze-date', name: 'date', value: draft.date });
  const output = h('div', { class: 'analysis', 'aria-live': 'polite' });
  const sampleButton = h('button', { type: 'button' }, t('analyzeSample'));
  const form = h(
    'form',
    { class: 'analyze-form' },
    h('label', { for: 'analyze-text' }, t('analyzeText')),
    textarea,
    h('div', { class: 'date-row' }, h('label', { for: 'analyze-date' }, t('analyzeDate')), dateInput),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary', id: 'analyze-button' }, t('analyzeButton')), sampleButton),
  );

  const run = async (): Promise<void> => {
    draft = { text: textarea.value, date: dateInput.value };
    if (!textarea.value.trim()) {
      replaceChildren(output, errorText(t('analyzeEmpty')));
      return;
    }
    replaceChildren(output, h('p', { class: 'loading' }, t('loading')));
    try {
      const doc = await api.analyze(textarea.value, dateInput.value || undefined);
      replaceChildren(output, result(doc));
      announce(summary(doc));
    } catch (error) {
      replaceChildren(output, errorText(error));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Ctrl+Enter (or Cmd+Enter) in the text analyses, as in most editors.
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  sampleButton.addEventListener('click', async () => {
    try {
      const { samples } = await api.samples();
      if (!samples.length) return;
      const pick = samples[Math.floor(Math.random() * samples.length)]!;
      textarea.value = pick.text;
      dateInput.value = pick.date ?? '';
      void run();
    } catch (error) {
      replaceChildren(output, errorText(error));
    }
  });

  replaceChildren(main, h('h1', null, t('analyzeTitle')), h('p', { class: 'lead' }, t('analyzeIntro')), form, output);
  if (draft.text.trim()) void run();
}

function summary(doc: AnalysisJSON): string {
  return t('analyzeStats', doc.sentences.length, doc.entities.length, doc.quotes.length, doc.quantities.length, doc.times.length);
}

function result(doc: AnalysisJSON): HTMLElement {
  return h(
    'div',
    { class: 'article-layout' },
    h('div', { class: 'article-main' }, h('p', { class: 'meta' }, summary(doc)), legend(), renderAnnotated(doc), messagesList(doc)),
    h('div', { class: 'article-side' }, layerLists(doc, () => null)),
  );
}
