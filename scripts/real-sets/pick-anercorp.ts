/**
 * Draws a blind set of passages of other outlets' newswire for annotation: runs of consecutive sentences of ANERcorp's
 * training part (Middle-Eastern agencies and papers, about 2006–2007), where every real set of `real:pick` is Tunisian.
 *
 *   npm run real:pick:anercorp -- --seed 7 --count 6 --set a001 [--sentences 12] [--max-length 6000] [--date 2007-06-15]
 *     [--root out/real]
 *
 * ANERcorp is one token a line with no article boundaries nor dates, so a passage is `--sentences` consecutive sentences
 * (never from the dev split, the last 10 %, nor overlapping a passage an earlier set holds), with at least one digit or
 * month name in it and at most `--max-length` characters; its first sentence is the title line. The tokens are joined
 * back as copy writes them: no space before «. ، : ؛ ؟ ! ) »» or after «( «», none inside a pair of straight quotation
 * marks, the parts of a number split at its separator joined («1 . 5» → «1.5», also across the sentence break ANERcorp
 * puts at a decimal point), «ال ـ 12» → «الـ12». The publication date is nominal (`--date`, the same for every passage):
 * annotators and khabar resolve relative dates against it alike. Writes ROOT/SET/docs/rNN.txt, ROOT/SET/docs/meta.json
 * (date, an empty address, the passage's first sentence index as `anercorp:N`) and an empty ROOT/SET/gold/, as
 * `real:pick` does.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpora } from '../ner-corpora.ts';
import { articleText } from './article.ts';
import { drawFirst } from './draw.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    count: { type: 'string', default: '6' },
    set: { type: 'string' },
    sentences: { type: 'string', default: '12' },
    date: { type: 'string', default: '2007-06-15' },
    'max-length': { type: 'string', default: '6000' },
    root: { type: 'string', default: 'out/real' },
    data: { type: 'string', default: '../shared/data' },
  },
});
if (!values.seed || !values.set) {
  console.error('real:pick:anercorp: --seed N and --set NAME are required');
  process.exit(2);
}
const data = resolve(values.data!);
if (!existsSync(join(data, 'ner/anercorp/train.txt'))) {
  console.error(`real:pick:anercorp: ${data}/ner/anercorp/train.txt not found (the shared data is not on this machine)`);
  process.exit(2);
}
const root = resolve(values.root!);
const size = Number(values.sentences);
const maxLength = Number(values['max-length']);
const sentences = readCorpora(data).anerTrain.map((s) => s.tokens);

// Sentences an earlier set holds.
const used = new Set<number>();
if (existsSync(root)) {
  for (const set of readdirSync(root)) {
    const meta = join(root, set, 'docs', 'meta.json');
    if (!existsSync(meta)) continue;
    for (const entry of Object.values(JSON.parse(readFileSync(meta, 'utf8')) as Record<string, { id: string; sentences?: number }>)) {
      const m = /^anercorp:(\d+)$/u.exec(entry.id);
      if (m) for (let k = 0; k < (entry.sentences ?? size); k++) used.add(Number(m[1]) + k);
    }
  }
}

const NO_SPACE_BEFORE = new Set(['.', '،', ',', ':', '؛', ';', '؟', '?', '!', ')', '»', '”']);
const NO_SPACE_AFTER = new Set(['(', '«', '“']);
const DIGITS = /^[0-9٠-٩]+$/u;
const ENDS_IN_DIGIT = /[0-9٠-٩]$/u;
const STARTS_WITH_DIGIT = /^[0-9٠-٩]/u;
/**
 * ANERcorp ends a sentence at every «.» token, also the point of a decimal: «52 .» then «59 دولارا». Two digits or three
 * after such a break, before a per cent, a multiplier or a currency, are the decimals of the number before it.
 */
const SPLIT_DECIMAL = /([0-9٠-٩]{1,3})\. ([0-9٠-٩]{1,3})(?= ?(?:%|مليون|مليار|ألف|الف|دولار|جنيه|درهم|ريال|دينار|يورو|بالمئة|بالمائة|في المئة|في المائة))/gu;
/** The tokens of a sentence joined as copy writes them. */
function detokenize(tokens: readonly string[]): string {
  let out = '';
  // A straight quotation mark opens and closes by turns: no space inside the pair.
  let quoteOpen = false;
  let afterOpening = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t === '"') {
      if (out && !quoteOpen && !(prev !== undefined && NO_SPACE_AFTER.has(prev))) out += ' ';
      out += t;
      quoteOpen = !quoteOpen;
      afterOpening = quoteOpen;
      continue;
    }
    if (afterOpening) {
      afterOpening = false;
      out += t;
      continue;
    }
    // «1 . 5», «34 , 2», «نمو28 , 1%»: one number.
    if ((t === '.' || t === ',') && prev !== undefined && ENDS_IN_DIGIT.test(prev) && STARTS_WITH_DIGIT.test(tokens[k + 1] ?? '')) {
      out += t + tokens[k + 1]!;
      k++;
      continue;
    }
    // «ال ـ 12» → «الـ12».
    if (t === 'ـ' && prev === 'ال') {
      out += t;
      if (DIGITS.test(tokens[k + 1] ?? '')) {
        out += tokens[k + 1]!;
        k++;
      }
      continue;
    }
    if (out && !NO_SPACE_BEFORE.has(t) && !(prev !== undefined && NO_SPACE_AFTER.has(prev))) out += ' ';
    out += t;
  }
  return out;
}

const MONTH_OR_DIGIT = /[0-9٠-٩]|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/u;
const starts: number[] = [];
for (let s = 0; s + size <= sentences.length; s += size) {
  let free = true;
  for (let k = s; k < s + size && free; k++) free = !used.has(k);
  const passage = sentences.slice(s, s + size);
  if (free && passage.some((t) => MONTH_OR_DIGIT.test(t.join(' '))) && passage.reduce((n, t) => n + detokenize(t).length + 1, 0) <= maxLength) starts.push(s);
}
const drawn = drawFirst(starts, Number(values.count), Number(values.seed));
const docs = join(root, values.set!, 'docs');
mkdirSync(docs, { recursive: true });
mkdirSync(join(root, values.set!, 'gold'), { recursive: true });
const meta: Record<string, { date: string; url: string; id: string; sentences: number }> = {};
drawn.forEach((s, i) => {
  const name = `r${String(i + 1).padStart(2, '0')}`;
  const lines = sentences.slice(s, s + size).map(detokenize);
  writeFileSync(join(docs, `${name}.txt`), articleText(lines[0], lines.slice(1).join(' ').replace(SPLIT_DECIMAL, '$1.$2')));
  meta[name] = { date: values.date!, url: '', id: `anercorp:${s}`, sentences: size };
});
writeFileSync(join(docs, 'meta.json'), JSON.stringify(meta, null, 1));
console.log(values.set, Object.values(meta).map((m) => m.id).join(' '));
