/** `khabar quotes [--speaker NAME] [QUERY] [--limit N] [--json] [--db PATH|URL]`: who said what, newest first. */
import type { QuotesQuery } from '../store/store.ts';
import { openForReading, positiveInt } from './corpus-common.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: khabar quotes [options] [QUERY]

Quotes across the corpus, newest first: what a person said (--speaker, any spelling or #id),
optionally only quotes containing the QUERY words.

options:
  --speaker NAME    the speaker
  --limit N         quotes per page (default 20)
  --offset N        skip N quotes
  --json            print {total, quotes} as JSON
  --db PATH|URL     the store (default $KHABAR_DB or ./khabar.db)
  -h, --help        this help
`;

/** Runs `khabar quotes`. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'quotes',
    argv,
    {
      speaker: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const limit = positiveInt('quotes', 'limit', values.limit, 20);
  const offset = positiveInt('quotes', 'offset', values.offset, 0, 0);
  if (limit === null || offset === null) return 2;
  const store = await openForReading('quotes', values.db);
  if (!store) return 1;
  try {
    const query: QuotesQuery = { limit, offset };
    if (values.speaker) query.speaker = values.speaker;
    const q = positionals.join(' ').trim();
    if (q) query.q = q;
    const result = await store.quotes(query);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const out = [`${result.total} quote${result.total === 1 ? '' : 's'}`];
    for (const quote of result.quotes) {
      const who = quote.speaker?.name ?? quote.speakerMention?.text ?? '?';
      out.push('', `${quote.date ?? '????-??-??'}  ${who} [${quote.kind}${quote.cue ? `, ${quote.cue.text}` : ''}] — #${quote.articleId}${quote.source ? ` ${quote.source}` : ''}`);
      out.push(`   ${quote.text.replace(/\s+/g, ' ').trim()}`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
