/** Sqlite backend of the corpus store (being implemented). */
import { StoreError, type OpenStoreOptions, type Store } from './store.ts';

/** Opens the sqlite store at a location. */
export async function openSqliteStore(location: string, _options: OpenStoreOptions = {}): Promise<Store> {
  throw new StoreError(`${location}: the sqlite store is not implemented yet`);
}
