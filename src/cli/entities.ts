/** `khabar entities [QUERY] [--type T] [--limit N] [--json] [--db PATH|URL]`: corpus-wide entities. */
import type { EntityType } from '../document.ts';
import type { EntitiesQuery } from '../store/store.ts';
import { openForReading, positiveInt } from './corpus-common.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: khabar entities [options] [QUERY]

The corpus-wide entities matching a name (any spelling: ترامب, ترمب and Trump are one entity when
the corpus links them), with their aliases, article and mention counts, first and last seen.
Without QUERY, the most mentioned entities.

options:
  --type T          PER, ORG, LOC or MISC
  --limit N         entities to list (default 20)
  --json            print the entities as JSON
  --db PATH|URL     the store (default $KHABAR_DB or ./khabar.db)
  -h, --help        this help
`;

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Runs `khabar entities`. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'entities',
    argv,
    {
      type: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.type !== undefined && !TYPES.has(values.type.toUpperCase())) {
    process.stderr.write(`khabar entities: --type must be PER, ORG, LOC or MISC\n`);
    return 2;
  }
  const limit = positiveInt('entities', 'limit', values.limit, 20);
  if (limit === null) return 2;
  const store = await openForReading('entities', values.db);
  if (!store) return 1;
  try {
    const query: EntitiesQuery = { limit };
    const q = positionals.join(' ').trim();
    if (q) query.q = q;
    if (values.type) query.type = values.type.toUpperCase() as EntityType;
    const list = await store.entities(query);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(list)}\n`);
      return 0;
    }
    const out = [`${list.length} entit${list.length === 1 ? 'y' : 'ies'}`];
    for (const e of list) {
      out.push('', `#${e.id} ${e.type} ${e.name} — ${e.articleCount} articles, ${e.mentionCount} mentions${e.firstSeen ? `, ${e.firstSeen} … ${e.lastSeen}` : ''}`);
      const aliases = e.aliases.filter((a) => a.name !== e.name).slice(0, 10);
      // (A name the entity goes by that no article writes alone has no count: «التيار الديمقراطي» of «حزب التيار الديمقراطي».)
      if (aliases.length) out.push(`   also: ${aliases.map((a) => (a.count ? `${a.name} (${a.count})` : a.name)).join('، ')}`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
