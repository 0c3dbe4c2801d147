/**
 * `khabar/store`: the corpus store (SQLite or PostgreSQL) and ingest, as a separate entry point so
 * that importing `khabar` for `analyze` never loads a database driver.
 *
 * @packageDocumentation
 */
export * from './store.ts';
export { contentHash, minhash, similarity } from './hash.ts';
export { normKey, variantKey } from './keys.ts';
export { ingest, type IngestOptions, type IngestProgress } from '../ingest/ingest.ts';
