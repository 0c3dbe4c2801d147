/**
 * Filter tokens: an article's date, source, linked entities and quoted speakers written as words of
 * a third full-text column (`meta`), so that a search with filters is ONE full-text query — the
 * engine intersects posting lists — instead of a join that reads a row for every match. On a
 * million articles, «الحكومة» (the government) from 2016 to 2017 then costs about what a search for
 * two words costs, whatever the number of articles the word alone matches.
 *
 * Tokens (ASCII letters and digits only, so every tokenizer keeps them whole):
 * - `y2017`, `m201703`, `d20170305`: the year, month and day of the article's date (as far as the
 *   date says); a date range becomes the fewest whole years, months and days that cover it;
 * - `s…`: a hash of the source name (two 32-bit FNV-1a hashes, base 36);
 * - `e123`: a global entity linked in the article; `q123`: a global entity quoted in it.
 */

/** What an article contributes to its filter tokens. */
export interface MetaFields {
  date: string | null;
  source: string | null;
  /** Global entity ids linked in the article. */
  entities: Iterable<number>;
  /** Global entity ids of the article's quote speakers. */
  speakers: Iterable<number>;
}

function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The token of a source name (exact: the same string always, any other string almost never). */
export function sourceToken(source: string): string {
  return `s${fnv(source, 0x811c9dc5).toString(36)}${fnv(source, 0x050c5d1f).toString(36)}`;
}

/** The `[year, month, day]` of a date string, as far as it gives them (`2017`, `2017-03`, `2017-03-05…`). */
function dateParts(date: string): [string, string | null, string | null] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return null;
  return [m[1]!, m[2] ?? null, m[3] ?? null];
}

/** The filter tokens of an article, space-separated (the text of its `meta` column). */
export function metaText(fields: MetaFields): string {
  const out: string[] = [];
  const parts = fields.date ? dateParts(fields.date) : null;
  if (parts) {
    const [y, m, d] = parts;
    out.push(`y${y}`);
    if (m) out.push(`m${y}${m}`);
    if (m && d) out.push(`d${y}${m}${d}`);
  }
  if (fields.source) out.push(sourceToken(fields.source));
  for (const id of new Set(fields.entities)) out.push(`e${id}`);
  for (const id of new Set(fields.speakers)) out.push(`q${id}`);
  return out.join(' ');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The tokens that together cover the days from `from` to `to` (both `YYYY-MM-DD`, inclusive): whole
 * years where they fit, then whole months, then days. Years outside `[minYear, maxYear]` (the
 * store's first and last dates) are left out, so an open range stays short. Empty when nothing of
 * the range lies inside.
 */
export function dateRangeTokens(from: string, to: string, minYear: number, maxYear: number): string[] {
  const parse = (s: string): Date | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  };
  let a = parse(from);
  let b = parse(to);
  if (!a || !b) return [];
  const lo = new Date(Date.UTC(minYear, 0, 1));
  const hi = new Date(Date.UTC(maxYear, 11, 31));
  if (a < lo) a = lo;
  if (b > hi) b = hi;
  const out: string[] = [];
  const day = 86_400_000;
  let t = a.getTime();
  const end = b.getTime();
  while (t <= end) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const mo = d.getUTCMonth();
    const isYearStart = mo === 0 && d.getUTCDate() === 1;
    const yearEnd = Date.UTC(y, 11, 31);
    if (isYearStart && yearEnd <= end) {
      out.push(`y${y}`);
      t = Date.UTC(y + 1, 0, 1);
      continue;
    }
    const monthEnd = Date.UTC(y, mo + 1, 0);
    if (d.getUTCDate() === 1 && monthEnd <= end) {
      out.push(`m${y}${pad(mo + 1)}`);
      t = Date.UTC(y, mo + 1, 1);
      continue;
    }
    out.push(`d${y}${pad(mo + 1)}${pad(d.getUTCDate())}`);
    t += day;
  }
  return out;
}
