/**
 * `khabar tag --conll FILE|-`: tags a CoNLL file with the NER model, keeping the file's own
 * tokenisation. Each token line (token in the first column, other columns kept) gets the predicted
 * BIO tag (B-PER … I-MISC, O) appended as a last column, separated by the line's own separator
 * (a tab when the line uses tabs, else a space); blank lines are copied as they are.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseConll } from '../ner/conll.ts';
import { getNerModel, tagTokens } from '../ner/model.ts';

const HELP = `usage: khabar tag --conll FILE|-

Tags a CoNLL file (token in the first column, other columns kept, a blank line between sentences)
and prints it with the predicted BIO tag (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O)
appended as the last column. Use - to read standard input.
`;

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs `khabar tag`. */
export async function run(argv: string[]): Promise<number> {
  let values: { conll?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { conll: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
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
  const model = getNerModel();
  const out: string[] = [];
  for (const item of parseConll(text.replace(/^\uFEFF/, ''))) {
    if (item.kind === 'blank') {
      out.push(item.line);
      continue;
    }
    const { tags } = tagTokens(model, item.block.tokens);
    item.block.lines.forEach((line, i) => {
      const body = line.replace(/\s+$/, '');
      out.push(`${body}${body.includes('\t') ? '\t' : ' '}${tags[i]}`);
    });
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return 0;
}
