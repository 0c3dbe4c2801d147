/**
 * Helpers shared by the corpus commands (search, quotes, entities): opening the store read-only
 * with a clear message, and bounded integer options.
 */
import { defaultStoreLocation, openStore, StoreError, type Store } from '../store/store.ts';
import { isPostgresUrl } from '../store/store.ts';
import { existsSync } from 'node:fs';

/** Opens the store for reading, or prints why not and returns null. */
export async function openForReading(command: string, db: string | undefined): Promise<Store | null> {
  const location = db ?? defaultStoreLocation();
  if (!isPostgresUrl(location) && !existsSync(location)) {
    process.stderr.write(`khabar ${command}: ${location}: no such store (create it with: khabar ingest PATH… --db ${location})\n`);
    return null;
  }
  try {
    return await openStore(location, { readonly: !isPostgresUrl(location) });
  } catch (error) {
    process.stderr.write(`khabar ${command}: ${error instanceof StoreError ? error.message : String(error)}\n`);
    return null;
  }
}

/** Parses a positive integer option; prints and returns null when invalid. */
export function positiveInt(command: string, name: string, value: string | undefined, fallback: number, min = 1): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`khabar ${command}: --${name} ${JSON.stringify(value)} must be an integer ≥ ${min}\n`);
    return null;
  }
  return n;
}

/** A one-line excerpt with highlights marked by «…» (for terminals). */
export function marked(text: string, start: number, highlights: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = start;
  for (const h of highlights) {
    out += text.slice(at - start, h.start - start) + '«' + text.slice(h.start - start, h.end - start) + '»';
    at = h.end;
  }
  out += text.slice(at - start);
  return out.replace(/\s+/g, ' ').trim();
}
