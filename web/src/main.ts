/**
 * The khabar web app: search, article view, entity pages, quotes and "Analyze a text", in Arabic
 * (right to left) with an English interface toggle. Article text is only ever inserted as text.
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import './style.css';
import { h, replaceChildren } from './dom.ts';
import { applyLang, lang, setLang, t, type MessageKey } from './i18n.ts';
import { afterRender, fallback, render, route, start } from './router.ts';
import { addPage } from './pages/add.ts';
import { analyzePage } from './pages/analyze.ts';
import { articlePage } from './pages/article.ts';
import { entityPage } from './pages/entity.ts';
import { quotesPage } from './pages/quotes.ts';
import { searchPage } from './pages/search.ts';
import { setTitle } from './ui.ts';

const NAV: { path: string; key: MessageKey }[] = [
  { path: '/', key: 'navSearch' },
  { path: '/quotes', key: 'navQuotes' },
  { path: '/analyze', key: 'navAnalyze' },
  { path: '/add', key: 'navAdd' },
];

function renderChrome(path: string): void {
  const nav = document.getElementById('nav')!;
  nav.setAttribute('aria-label', t('navLabel'));
  replaceChildren(
    nav,
    h(
      'ul',
      null,
      NAV.map((item) => {
        const current = item.path === '/' ? path === '/' : path.startsWith(item.path);
        return h('li', null, h('a', { href: item.path, 'data-link': true, 'aria-current': current ? 'page' : undefined }, t(item.key)));
      }),
    ),
  );
  const toggle = document.getElementById('lang-toggle')!;
  toggle.textContent = t('toggle');
  toggle.setAttribute('lang', lang() === 'ar' ? 'en' : 'ar');
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('skip');
}

route('/', searchPage);
route('/article/:id', articlePage);
route('/entity/:id', entityPage);
route('/quotes', quotesPage);
route('/analyze', analyzePage);
route('/add', addPage);
fallback((main) => {
  setTitle(t('notFound'));
  replaceChildren(main, h('h1', null, t('notFound')), h('p', null, h('a', { href: '/', 'data-link': true }, t('backHome'))));
});
afterRender(renderChrome);

document.getElementById('lang-toggle')!.addEventListener('click', () => {
  setLang(lang() === 'ar' ? 'en' : 'ar');
  void render();
});

applyLang();
start();
