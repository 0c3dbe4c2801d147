/**
 * The interface language: Arabic (default, right to left) or English. Only the interface changes;
 * article text stays Arabic and right to left in both.
 */

/** Interface languages. */
export type Lang = 'ar' | 'en';

const STRINGS = {
  skip: ['تخطَّ إلى المحتوى', 'Skip to content'],
  navLabel: ['الأقسام', 'Sections'],
  navSearch: ['البحث', 'Search'],
  navAnalyze: ['تحليل نص', 'Analyze a text'],
  navAdd: ['إضافة مقالات', 'Add articles'],
  navQuotes: ['التصريحات', 'Quotes'],
  toggle: ['English', 'العربية'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  error: ['حدث خطأ', 'Something went wrong'],
  notFound: ['الصفحة غير موجودة', 'Page not found'],
  backHome: ['العودة إلى البحث', 'Back to search'],
  searchLabel: ['ابحث في المقالات', 'Search the articles'],
  searchPlaceholder: ['كلمة، اسم، مكان…', 'A word, a name, a place…'],
  searchButton: ['بحث', 'Search'],
  moreFilters: ['تصفية حسب التاريخ', 'Filter by date'],
  from: ['من', 'From'],
  to: ['إلى', 'To'],
  apply: ['تطبيق', 'Apply'],
  filters: ['عوامل التصفية', 'Filters'],
  removeFilter: ['إزالة عامل التصفية', 'Remove filter'],
  results: ['{0} نتيجة', '{0} results'],
  resultsMore: ['أكثر من {0} نتيجة', 'More than {0} results'],
  resultsTook: ['({0} م.ث)', '({0} ms)'],
  noResults: ['لا توجد نتائج.', 'No results.'],
  prev: ['السابق', 'Previous'],
  next: ['التالي', 'Next'],
  pageOf: ['صفحة {0} من {1}', 'Page {0} of {1}'],
  facetEntities: ['الكيانات', 'Entities'],
  facetSpeakers: ['المتحدثون', 'Speakers'],
  facetSources: ['المصادر', 'Sources'],
  facetMonths: ['الأشهر', 'Months'],
  filterEntity: ['كيان', 'Entity'],
  filterSpeaker: ['متحدث', 'Speaker'],
  filterSource: ['مصدر', 'Source'],
  filterFrom: ['من', 'From'],
  filterTo: ['إلى', 'To'],
  untitled: ['(بلا عنوان)', '(untitled)'],
  emptyTitle: ['المخزن فارغ', 'The store is empty'],
  emptyText: [
    'لا توجد مقالات بعد. حمّل المقالات النموذجية المرفقة بخبر، أو أضف ملفاتك الخاصة.',
    'There are no articles yet. Load the sample articles that ship with khabar, or add your own files.',
  ],
  loadSamples: ['تحميل {0} مقالات نموذجية', 'Load {0} sample articles'],
  samplesLoaded: ['أضيفت {0} مقالات.', '{0} articles added.'],
  samplesNote: ['مقالات قصيرة خيالية كُتبت لمشروع خبر.', 'Short fictional articles written for the khabar project.'],
  uploadTitle: ['رفع ملفاتك', 'Upload your files'],
  uploadLabel: ['ملفات (txt، json، jsonl، html)', 'Files (txt, json, jsonl, html)'],
  uploadButton: ['رفع وتحليل', 'Upload and analyse'],
  uploadResult: ['{0}: أضيفت {1}، تُجوهلت {2} (موجودة سابقا)', '{0}: {1} added, {2} skipped (already stored)'],
  uploadProblem: ['{0}: {1}', '{0}: {1}'],
  tokenLabel: ['رمز الكتابة', 'Write token'],
  tokenHelp: ['هذا الخادم يطلب رمزا لإضافة مقالات.', 'This server needs a token to add articles.'],
  samplesTitle: ['المقالات النموذجية', 'Sample articles'],
  openArticle: ['فتح المقال', 'Open the article'],
  source: ['المصدر', 'Source'],
  date: ['التاريخ', 'Date'],
  original: ['الرابط الأصلي', 'Original link'],
  legend: ['دليل الألوان', 'Legend'],
  PER: ['شخص', 'Person'],
  ORG: ['منظمة', 'Organisation'],
  LOC: ['مكان', 'Place'],
  MISC: ['أخرى', 'Other'],
  quote: ['تصريح', 'Quote'],
  amount: ['كمية أو مبلغ', 'Amount'],
  time: ['تاريخ أو وقت', 'Date or time'],
  entities: ['الكيانات', 'Entities'],
  quotes: ['التصريحات', 'Quotes'],
  quantities: ['الكميات والمبالغ', 'Amounts'],
  times: ['التواريخ والأوقات', 'Dates and times'],
  noneFound: ['لا شيء.', 'None.'],
  unknownSpeaker: ['متحدث غير معروف', 'Unknown speaker'],
  speakerOf: ['المتحدث: {0}', 'Speaker: {0}'],
  saidBy: ['{0} قال:', '{0} said:'],
  goToQuote: ['في النص', 'In the text'],
  sameStory: ['المقالات نفسها في مصادر أخرى', 'The same story elsewhere'],
  mentions: ['{0} إشارة', '{0} mentions'],
  articlesCount: ['{0} مقال', '{0} articles'],
  firstLast: ['من {0} إلى {1}', 'From {0} to {1}'],
  spellings: ['التهجئات', 'Spellings'],
  titles: ['الصفات', 'Titles and roles'],
  timeline: ['الإشارات عبر الزمن', 'Mentions over time'],
  timelineSummary: ['{0} إشارة في {1} شهرا', '{0} mentions over {1} months'],
  whatTheySaid: ['ما قاله', 'What they said'],
  appearsWith: ['يظهر مع', 'Appears with'],
  searchMentioning: ['المقالات التي تذكره', 'Articles that mention it'],
  allQuotes: ['كل التصريحات', 'All quotes'],
  analyzeTitle: ['تحليل نص', 'Analyze a text'],
  analyzeIntro: ['الصق مقالا لترى الكيانات والتصريحات والمبالغ والتواريخ فيه. لا يُحفظ شيء.', 'Paste an article to see its entities, quotes, amounts and dates. Nothing is stored.'],
  analyzeText: ['النص', 'Text'],
  analyzeDate: ['تاريخ النشر (لفهم «أمس» و«الأسبوع المقبل»)', 'Publication date (to resolve “yesterday”, “next week”)'],
  analyzeButton: ['حلّل', 'Analyze'],
  analyzeSample: ['جرّب مقالا نموذجيا', 'Try a sample article'],
  analyzeEmpty: ['اكتب نصا أولا.', 'Type a text first.'],
  analyzeStats: ['{0} جملة، {1} كيان، {2} تصريح، {3} كمية، {4} تعبير زمني', '{0} sentences, {1} entities, {2} quotes, {3} amounts, {4} times'],
  messages: ['ملاحظات', 'Notes'],
  quotesTitle: ['التصريحات', 'Quotes'],
  quotesSpeakerLabel: ['المتحدث', 'Speaker'],
  quotesQueryLabel: ['كلمات في التصريح', 'Words in the quote'],
  approx_about: ['حوالي', 'about'],
  'approx_more-than': ['أكثر من', 'more than'],
  'approx_less-than': ['أقل من', 'less than'],
  'approx_up-to': ['حتى', 'up to'],
  'approx_at-least': ['على الأقل', 'at least'],
  stats: ['{0} مقال · {1} كيان · {2} تصريح', '{0} articles · {1} entities · {2} quotes'],
} as const satisfies Record<string, readonly [string, string]>;

/** A message key. */
export type MessageKey = keyof typeof STRINGS;

const STORAGE_KEY = 'khabar.lang';

let current: Lang = 'ar';
try {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ar') current = saved;
} catch {
  // storage unavailable (private mode): Arabic
}

/** The interface language. */
export function lang(): Lang {
  return current;
}

/** Sets the interface language, remembers it, and updates `<html lang dir>`. */
export function setLang(value: Lang): void {
  current = value;
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // not remembered; still applied
  }
  applyLang();
}

/** Applies the language to the root element. */
export function applyLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
}

/** A message in the interface language, `{0}`, `{1}` replaced by the arguments. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const pair = STRINGS[key];
  const template = pair[current === 'ar' ? 0 : 1];
  return template.replace(/\{(\d)\}/g, (_, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** A number in the interface language's style. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-TN' : 'en-GB', { maximumFractionDigits: 3, ...options }).format(value);
}

/** A `YYYY-MM-DD` (or `YYYY-MM`) date for display. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  const options: Intl.DateTimeFormatOptions = m[3] ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(current === 'ar' ? 'ar-TN' : 'en-GB', options).format(date);
}
