/**
 * `khabar analyze [--json] [--tokens] [--date YYYY-MM-DD] FILE… | -`
 *
 * Reads `.txt`, `.json`, `.jsonl`, `.jsonl.gz` or stdin and prints the analysis: a readable summary,
 * or with `--json` the document (NDJSON, one document a line, when there are several).
 */
import { analyze } from '../analyze.ts';
import { toJSON, type AnalysisDocument } from '../document.ts';
import { InputError, readArticles } from '../ingest/read.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: khabar analyze [options] FILE… (or - for stdin)

Analyses Arabic news articles: sentences, tokens, entities, quotes with speakers, quantities, times.
Inputs: .txt (the text), .json ({text, date?, title?, source?, url?}), .jsonl / .jsonl.gz (one article a line).

options:
  --json            print the analysis as JSON (NDJSON with several documents)
  --tokens          include the token layer in the JSON
  --date YYYY-MM-DD publication date, to resolve relative dates (overrides the input's date)
  -h, --help        this help

exit codes: 0 success, 1 an input could not be read (others are still processed), 2 usage
`;

/** Runs `khabar analyze`. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'analyze',
    argv,
    {
      json: { type: 'boolean', default: false },
      tokens: { type: 'boolean', default: false },
      date: { type: 'string' },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`khabar analyze: no input given\n\n${HELP}`);
    return 2;
  }
  if (values.date !== undefined && !isValidDate(values.date)) {
    process.stderr.write(`khabar analyze: --date ${JSON.stringify(values.date)} is not a valid YYYY-MM-DD date\n`);
    return 2;
  }

  let failed = false;
  let first = true;
  for (const path of positionals) {
    let items;
    try {
      items = await readArticles(path);
    } catch (error) {
      failed = true;
      process.stderr.write(`khabar analyze: ${error instanceof InputError ? error.message : `${path}: ${(error as Error).message}`}\n`);
      continue;
    }
    for (const item of items) {
      if (item instanceof InputError) {
        failed = true;
        process.stderr.write(`khabar analyze: ${item.message}\n`);
        continue;
      }
      const { text, origin, id: _id, ...meta } = item;
      if (values.date !== undefined) meta.date = values.date;
      const doc = analyze(text, meta);
      if (values.json) process.stdout.write(`${JSON.stringify(toJSON(doc, { tokens: values.tokens }))}\n`);
      else {
        if (!first) process.stdout.write('\n');
        process.stdout.write(summarize(doc, origin));
      }
      first = false;
    }
  }
  return failed ? 1 : 0;
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A readable summary of one document, for a terminal. */
export function summarize(doc: AnalysisDocument, origin: string): string {
  const lines: string[] = [];
  const words = doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'latin').length;
  lines.push(`== ${origin}${doc.title ? ` — ${doc.title}` : ''}${doc.date ? ` (${doc.date})` : ''}`);
  lines.push(
    `${doc.sentences.length} sentences, ${words} words, ${doc.entities.length} entities, ${doc.quotes.length} quotes, ` +
      `${doc.quantities.length} quantities, ${doc.times.length} times`,
  );
  if (doc.entities.length) {
    lines.push('', 'Entities:');
    const sorted = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length);
    for (const e of sorted) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name);
      lines.push(`  ${e.type.padEnd(4)} ${e.name}${forms.length ? `  (${forms.join('، ')})` : ''}  ×${e.mentions.length}`);
    }
  }
  if (doc.quotes.length) {
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    lines.push('', 'Quotes:');
    for (const q of doc.quotes) {
      const speaker = q.speaker ? (names.get(q.speaker) ?? q.speaker) : '?';
      const body = q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text;
      lines.push(`  ${speaker} [${q.kind}${q.cue ? `, ${q.cue.text}` : ''}]: ${body}`);
    }
  }
  if (doc.quantities.length) {
    lines.push('', 'Quantities:');
    for (const q of doc.quantities) {
      const extra = [q.currency, q.unit, q.approx].filter(Boolean).join(', ');
      lines.push(`  ${q.text} = ${q.value}${extra ? ` (${extra})` : ''}`);
    }
  }
  if (doc.times.length) {
    lines.push('', 'Times:');
    for (const t of doc.times) lines.push(`  ${t.text} = ${t.value} (${t.type})`);
  }
  if (doc.messages.length) {
    lines.push('', 'Messages:');
    for (const m of doc.messages) lines.push(`  ${m.code}: ${m.message}${m.start !== undefined ? ` at ${m.start}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
