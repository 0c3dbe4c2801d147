/** Postgres backend of the corpus store (being implemented). */
import { StoreError, type OpenStoreOptions, type Store } from './store.ts';

/** Opens the postgres store at a location. */
export async function openPostgresStore(location: string, _options: OpenStoreOptions = {}): Promise<Store> {
  throw new StoreError(`${location}: the postgres store is not implemented yet`);
}
