/**
 * `khabar search QUERY [--entity NAME] [--speaker NAME] [--from DATE] [--to DATE] [--source S]
 * [--limit N] [--offset N] [--count] [--json] [--db PATH|URL]`
 */
import type { SearchQuery } from '../store/store.ts';
import { marked, openForReading, positiveInt } from './corpus-common.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: khabar search [options] [QUERY]

Full-text search over the corpus, in normalised Arabic (alef forms, ى/ي, ة/ه and harakat do not
matter), spelling-variant aware through the corpus entities (ترامب also finds ترمب). Words are
ANDed; "quoted words" form a phrase. Prints results with highlighted snippets, and facets.

options:
  --entity NAME     only articles mentioning this entity (any spelling, or #id)
  --speaker NAME    only articles quoting this speaker (any spelling, or #id)
  --from DATE       from this date (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE         up to this date, inclusive
  --source S        only this source
  --limit N         results per page (default 10)
  --offset N        skip N results
  --count           count every match (by default counting stops at 10,000: "more than 10000")
  --json            print the result (hits, facets, total) as JSON
  --db PATH|URL     the store (default $KHABAR_DB or ./khabar.db)
  -h, --help        this help
`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Runs `khabar search`. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'search',
    argv,
    {
      entity: { type: 'string' },
      speaker: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      count: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const q = positionals.join(' ').trim();
  if (!q && !values.entity && !values.speaker && !values.source && !values.from && !values.to) {
    process.stderr.write(`khabar search: give a QUERY or a filter\n\n${HELP}`);
    return 2;
  }
  for (const name of ['from', 'to'] as const) {
    if (values[name] !== undefined && !DATE.test(values[name]!)) {
      process.stderr.write(`khabar search: --${name} ${JSON.stringify(values[name])} is not YYYY, YYYY-MM or YYYY-MM-DD\n`);
      return 2;
    }
  }
  const limit = positiveInt('search', 'limit', values.limit, 10);
  const offset = positiveInt('search', 'offset', values.offset, 0, 0);
  if (limit === null || offset === null) return 2;
  const store = await openForReading('search', values.db);
  if (!store) return 1;
  try {
    const query: SearchQuery = { limit, offset };
    if (q) query.q = q;
    if (values.count) query.exactTotal = true;
    for (const key of ['entity', 'speaker', 'from', 'to', 'source'] as const) if (values[key] !== undefined) query[key] = values[key];
    const result = await store.search(query);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const count = result.totalIsLowerBound ? `more than ${result.total} articles` : `${result.total} article${result.total === 1 ? '' : 's'}`;
    const out: string[] = [`${count} (${result.tookMs} ms)`];
    result.hits.forEach((h, i) => {
      out.push('', `${offset + i + 1}. #${h.id} ${h.title ?? '(untitled)'}${h.date ? ` — ${h.date}` : ''}${h.source ? ` — ${h.source}` : ''}`);
      out.push(`   ${marked(h.snippet.text, h.snippet.start, h.snippet.highlights)}`);
    });
    const f = result.facets;
    if (result.total) {
      out.push('');
      if (f.entities.length) out.push(`entities: ${f.entities.slice(0, 8).map((e) => `${e.name} (${e.count})`).join('، ')}`);
      if (f.speakers.length) out.push(`speakers: ${f.speakers.slice(0, 8).map((e) => `${e.name} (${e.count})`).join('، ')}`);
      if (f.sources.length) out.push(`sources:  ${f.sources.slice(0, 8).map((s) => `${s.value} (${s.count})`).join(', ')}`);
      if (f.months.length) out.push(`months:   ${f.months.slice(-12).map((m) => `${m.value} (${m.count})`).join(', ')}`);
      if (result.facetsSampled) out.push(`(facets over the ${result.facetsSampled} most recently stored results)`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
