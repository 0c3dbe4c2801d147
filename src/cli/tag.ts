/**
 * `khabar tag --conll FILE|-`: tags a CoNLL file with the NER model, keeping the file's own
 * tokenisation. Each token line (token in the first column, other columns kept) gets the predicted
 * BIO tag (B-PER … I-MISC, O) appended as a last column, separated by the line's own separator
 * (a tab when the line uses tabs, else a space); blank lines are copied as they are.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseConll } from '../ner/conll.ts';
import { getNerModel, tagSentences } from '../ner/model.ts';
import { propagateInWindows } from '../ner/consistency.ts';
import { wordFacts } from '../ner/features.ts';

/** Sentences on each side whose names complete a sentence's tags (measured best on dev). */
const DEFAULT_WINDOW = 20;

const HELP = `usage: khabar tag --conll FILE|- [--context N]

Tags a CoNLL file (token in the first column, other columns kept, a blank line between sentences)
and prints it with the predicted BIO tag (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O)
appended as the last column. Use - to read standard input.

  --context N   a name tagged in one sentence is also tagged where it recurs untagged within N
                sentences before or after (default ${DEFAULT_WINDOW}; 0 tags each sentence alone)
`;

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs `khabar tag`. */
export async function run(argv: string[]): Promise<number> {
  let values: { conll?: string; context?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { conll: { type: 'string' }, context: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`khabar tag: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.conll) {
    process.stderr.write(`khabar tag: --conll FILE is required\n\n${HELP}`);
    return 2;
  }
  let text: string;
  try {
    text = await readInput(values.conll);
  } catch (error) {
    process.stderr.write(`khabar tag: ${values.conll}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return 1;
  }
  const window = values['context'] === undefined ? DEFAULT_WINDOW : Number(values['context']);
  if (!Number.isInteger(window) || window < 0) {
    process.stderr.write(`khabar tag: --context must be a whole number of sentences\n`);
    return 2;
  }
  const model = getNerModel();
  const items = parseConll(text.replace(/^\uFEFF/, ''));
  const blocks = items.flatMap((item) => (item.kind === 'block' ? [item.block] : []));
  const results = tagSentences(model, blocks.map((b) => b.tokens), window);
  const tagged = blocks.map((b, i) => ({ tokens: b.tokens, tags: results[i]!.tags }));
  const { clusters } = model.resources;
  const final = window > 0 ? propagateInWindows(tagged, window, { lastName: (w) => !clusters.has(w), facts: (tok) => wordFacts(tok, model.resources) }) : tagged.map((s) => s.tags);
  const out: string[] = [];
  let b = 0;
  for (const item of items) {
    if (item.kind === 'blank') {
      out.push(item.line);
      continue;
    }
    const tags = final[b++]!;
    item.block.lines.forEach((line, i) => {
      const body = line.replace(/\s+$/, '');
      out.push(`${body}${body.includes('\t') ? '\t' : ' '}${tags[i]}`);
    });
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return 0;
}
