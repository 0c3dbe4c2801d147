/**
 * Builds `src/ner/data/harvested-places.ts`: Tunisian towns, delegations and localities that the ANT news corpus
 * names right after an administrative head — «معتمدية حيدرة» (the delegation of Haidra), «بلدية خزامة», «ولاية
 * منوبة», «معتمديات فوسانة وحيدرة» — in several articles, and that are no common word.
 *
 * The tagger learnt from ANERcorp and the world-cities gazetteer, which know the big cities but few of the country's
 * 264 delegations: in Tunisian copy a town is mostly written bare («في حيدرة», «بالعوينة»), and the head that would
 * tell a reader it is a place appears in some other article. This script reads all of them and keeps the names
 * written after a head in at least {@link MIN_ARTICLES} articles, in at least {@link MIN_HEADED_SHARE} of all their occurrences (a common word
 * stands mostly elsewhere: «منطقة عسكرية», a military zone; «مدن أخرى», other cities), with no frequent word and no
 * indefinite adjective in «ية». A name of two or three words may open with a word that is
 * common on its own but forms places («سيدي», «منزل», «بئر», «عين»: Sidi Bouzid, Menzel Jemil, Bir Ali Ben Khalifa).
 *
 * Usage: `npm run build:places` (reads ../shared/data/news/ant-corpus.jsonl.gz; writes the committed module).
 * Deterministic: names sorted, counts from the whole corpus. The output derives from the ANT corpus v1.1
 * (Apache-2.0, Chouigui et al.): see NOTICE.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fold, strips } from '../src/ner/fold.ts';
import { getNerModel } from '../src/ner/index.ts';
import { slotLexicon } from '../src/ner/slots.ts';
import { LISTED_GIVEN_NAMES } from '../src/ner/given-names.ts';
import { SLOT_PLACE_NAMES } from '../src/ner/places.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'news', 'ant-corpus.jsonl.gz');
const OUT = join(import.meta.dirname, '..', 'src', 'ner', 'data', 'harvested-places.ts');
/** A name must follow a head in this many different articles. */
const MIN_ARTICLES = 3;
/** A name must follow a head in at least this share of all its occurrences (with proclitics): a common word does not. */
const MIN_HEADED_SHARE = 0.15;
/** No word of a name (but its opener) is this frequent in the lexicon: «منطقة الأمن الوطني» is a police district. */
const MAX_WORD_COUNT = 1000;
/** A shorter name is dropped when one longer name accounts for this share of its articles (سيدي → سيدي بوزيد). */
const EXTENSION_SHARE = 0.6;

/** Administrative and settlement heads in construct before a place (folded). */
const HEADS: ReadonlySet<string> = new Set(
  ['معتمدية', 'معتمديات', 'معتمديتي', 'ولاية', 'ولايات', 'ولايتي', 'بلدية', 'بلديات', 'عمادة', 'عمادات', 'مدينة', 'مدن', 'قرية', 'قرى', 'بلدة', 'منطقة', 'مناطق', 'والي', 'معتمد'].map(fold),
);
/** Proclitics a head may carry: «بمعتمدية», «وولاية», «لبلدية». */
const HEAD_PROCLITICS: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب']);
/** Words that end a name after a head: prepositions, relatives, particles (folded). */
const STOP: ReadonlySet<string> = new Set(
  ['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'او', 'أو', 'ثم', 'التي', 'الذي', 'الذين', 'هذه', 'هذا', 'بعد', 'قبل', 'خلال', 'حيث', 'كما', 'قد', 'أن', 'إن', 'لا', 'ما', 'حسب', 'وفق', 'منذ'].map(fold),
);
/** First words of many-word place names that are common words on their own (folded). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(
  ['سيدي', 'منزل', 'بئر', 'بير', 'عين', 'حمام', 'وادي', 'واد', 'بن', 'بني', 'أولاد', 'اولاد', 'دوار', 'قصر', 'قصور', 'رأس', 'راس', 'غار', 'أم', 'ام', 'برج', 'ساقية', 'حاجب', 'شط', 'جبل', 'سوق', 'باب', 'المنزه', 'قلعة', 'القلعة'].map(fold),
);
/** Adjectives of direction that name a delegation with its town: «القيروان الشمالية» (Kairouan North) (folded). */
const DIRECTIONS: ReadonlySet<string> = new Set(['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي'].map(fold));
const ARABIC_WORD = /^[\u0621-\u064a]+$/u;
/** Words and punctuation, marks removed (the corpus text is read as written; folding comes after). */
const TOKEN = /[\u0621-\u064a\u064b-\u065f\u0670\u0640]+|[^\s\u0621-\u064a\u064b-\u065f\u0670\u0640]/gu;

if (!existsSync(CORPUS)) {
  console.error(`build-place-names: ${CORPUS} not found (needs ../shared/data)`);
  process.exit(1);
}

const lex = slotLexicon(getNerModel().resources.gazetteer);
const isHead = (folded: string): boolean => strips(folded).some((s) => HEAD_PROCLITICS.has(s.proclitic) && HEADS.has(s.rest));

/** Folded name → the articles it follows a head in, and its written forms with their counts. */
const headed = new Map<string, { articles: Set<number>; forms: Map<string, number> }>();
const note = (words: readonly string[], article: number): void => {
  const key = words.map(fold).join(' ');
  let entry = headed.get(key);
  if (!entry) headed.set(key, (entry = { articles: new Set(), forms: new Map() }));
  entry.articles.add(article);
  const form = words.join(' ');
  entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
};

const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter((l) => l.trim());
/** Every article's tokens, folded (read once, for the count of all occurrences below). */
const foldedArticles: string[][] = [];
lines.forEach((line, article) => {
  const { title, text } = JSON.parse(line) as { title: string; text: string };
  // Marks and tatweel removed from the written form, so that one town has one spelling in the list.
  const tokens = [...`${title}\n${text}`.matchAll(TOKEN)].map((m) => m[0].replace(/[\u064b-\u065f\u0670\u0640]/gu, '')).filter(Boolean);
  const folded = tokens.map(fold);
  foldedArticles.push(folded);
  for (let i = 0; i < tokens.length; i++) {
    if (!isHead(folded[i]!)) continue;
    // The name after the head, then the names coordinated with it in «و»: «معتمديات فوسانة وحيدرة وتالة».
    let j = i + 1;
    for (let item = 0; j < tokens.length; item++) {
      const words: string[] = [];
      let k = j;
      while (k < tokens.length && words.length < 3 && ARABIC_WORD.test(tokens[k]!) && !STOP.has(folded[k]!)) {
        let w = tokens[k]!;
        if (words.length === 0 && item > 0) {
          // (Not a word that begins with «و» of its own: «وزارة», a ministry, after a list.)
          if (!w.startsWith('و') || w.length < 4 || lex.count(lex.form(w)) > lex.count(lex.form(w.slice(1)))) break;
          w = w.slice(1);
        } else if (words.length > 0 && w.startsWith('و')) break;
        words.push(w);
        k++;
      }
      if (!words.length) break;
      for (let n = 1; n <= words.length; n++) note(words.slice(0, n), article);
      j = k;
      if (j < tokens.length && (tokens[j] === '،' || tokens[j] === ',')) j++;
      if (j >= tokens.length || !tokens[j]!.startsWith('و')) break;
    }
  }
});

const slotNames = new Set(SLOT_PLACE_NAMES.map(fold));
const candidates = [...headed].filter(([key, { articles }]) => articles.size >= MIN_ARTICLES && !slotNames.has(key));
// Every occurrence of the candidates in the corpus, with a proclitic on the first word or not.
const byFirst = new Map<string, string[][]>();
for (const [key] of candidates) {
  const words = key.split(' ');
  byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
}
const total = new Map<string, number>();
for (const folded of foldedArticles) {
  for (let i = 0; i < folded.length; i++) {
    for (const st of strips(folded[i]!)) {
      if (!HEAD_PROCLITICS.has(st.proclitic)) continue;
      for (const words of byFirst.get(st.rest) ?? []) {
        if (words.every((w, k) => k === 0 || folded[i + k] === w)) total.set(words.join(' '), (total.get(words.join(' ')) ?? 0) + 1);
      }
    }
  }
}

/** Headed occurrences of a name (not articles: each one counts). */
const headedCount = (forms: Map<string, number>): number => [...forms.values()].reduce((a, b) => a + b, 0);
/**
 * Where a name is matched: \`'anywhere'\`, or only in a place's \`'slot'\` (after a place head, coordinated with a place) when
 * it is one word that is also a common one — a definite word whose bare form is a word too («العيون», the eyes: «عيون»;
 * «الشابة», the young woman), a bare word that takes the article («السند»), or a perfect verb («سرت», it spread).
 */
function tierOf(written: readonly string[]): 'anywhere' | 'slot' {
  if (written.length > 1) return 'anywhere';
  const word = written[0]!;
  const definite = word.startsWith('ال');
  const other = definite ? word.slice(2) : 'ال' + word;
  if (lex.count(lex.form(other)) >= 3) return 'slot';
  if (!definite && word.endsWith('ت') && lex.count(lex.form(word.slice(0, -1) + 'ى')) + lex.count(lex.form(word.slice(0, -1) + 'وا')) >= 2) return 'slot';
  return 'anywhere';
}

const kept: [string, number, 'anywhere' | 'slot'][] = [];
for (const [key, { articles, forms }] of candidates) {
  const words = key.split(' ');
  // A name another one only opens: «سيدي» of «سيدي بوزيد».
  let longer = false;
  for (const [other, o] of headed) if (other.startsWith(key + ' ') && other.split(' ').length === words.length + 1 && o.articles.size >= EXTENSION_SHARE * articles.size) longer = true;
  if (longer || (words.length === 1 && PLACE_OPENERS.has(key))) continue;
  if (headedCount(forms) < MIN_HEADED_SHARE * (total.get(key) ?? Infinity)) continue;
  // The most frequent written form.
  const form = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const written = form.split(' ');
  // No frequent word but an opener; no given name alone (a governor's name after «والي»); no indefinite adjective in
  // «ية» or plural in «ات» (منطقة صناعية, an industrial zone; مناطق مختلفة).
  if (written.some((w, k) => !(k === 0 && PLACE_OPENERS.has(words[0]!)) && lex.count(lex.form(w)) > MAX_WORD_COUNT)) continue;
  if (words.length === 1 && LISTED_GIVEN_NAMES.has(key)) continue;
  if (words.length === 1 && !key.startsWith('ال') && /(يه|ات|ين|ون)$/u.test(key)) continue;
  // (Nor an indefinite feminine adjective whose masculine is a word: «مناطق مجاورة», neighbouring areas — unless the
  // masculine is a name, «حيدرة» (Haidra) beside «حيدر».)
  const masculine = key.slice(0, -1);
  if (words.length === 1 && !key.startsWith('ال') && key.endsWith('ه') && lex.count(masculine) >= 5 && 2 * lex.count(masculine) >= lex.count(lex.form(written[0]!)) && !lex.knownName(masculine)) continue;
  // Many words: none a single letter, a head («معتمدية الشابة») or a place behind «ب» («الشرطة بالمهدية», a police district), no plural in «ات» first («حسابات …»), no
  // adjective last but a direction («اسطنبول التركية», «التنمية الجهوية»), and no name that only goes on after a place
  // found in twice as many articles («منوبة احمد السماوي», the governor of Manouba; «السواسي بولاية المهدية»).
  if (words.length > 1) {
    if (words.some((w, k) => w.length < 2 || isHead(w) || (k > 0 && /^[بل]ال/u.test(w))) || (!PLACE_OPENERS.has(words[0]!) && words[0]!.endsWith('ات'))) continue;
    const last = words[words.length - 1]!;
    if (/^ال.+(يه|ي)$/u.test(last) && !DIRECTIONS.has(last)) continue;
    let tail = false;
    for (let n = 1; n < words.length && !tail; n++) tail = (headed.get(words.slice(0, n).join(' '))?.articles.size ?? 0) >= 2 * articles.size && !(n === 1 && PLACE_OPENERS.has(words[0]!));
    if (tail) continue;
  }
  kept.push([form, articles.size, tierOf(written)]);
}
kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const body = kept.map(([form, n, tier]) => `  ['${form}', ${n}, '${tier}'],`).join('\n');
writeFileSync(
  OUT,
  `/**
 * Tunisian places harvested from the ANT news corpus v1.1 (Apache-2.0, Chouigui et al.; see NOTICE) by
 * \`scripts/build-place-names.ts\` (\`npm run build:places\`): names written after an administrative head
 * (معتمدية، ولاية، بلدية، عمادة، مدينة …) in at least ${MIN_ARTICLES} articles, none of their words a common word, with the
 * number of those articles and where a name is matched (\`'slot'\`: only after a place head or coordinated with a place,
 * as a word that is also a common one). Generated: do not edit by hand.
 */
export const HARVESTED_PLACES: readonly (readonly [name: string, articles: number, matched: 'anywhere' | 'slot'])[] = [
${body}
];
`,
);
console.log(`build-place-names: ${kept.length} names from ${lines.length} articles → ${OUT}`);
