/**
 * An ingest worker thread: analyses articles with the default pipeline and computes their MinHash
 * signatures, so that the main thread only reads files and writes to the store.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.ts';
import { minhash } from '../store/hash.ts';
import type { WorkerRequest, WorkerResult } from './ingest.ts';

parentPort?.on('message', (request: WorkerRequest) => {
  const results: WorkerResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const item of request.items) {
    try {
      const doc = analyze(item.text, item.meta);
      // Tokens are not stored; dropping them here saves copying them to the main thread.
      doc.tokens = [];
      const sig = minhash(item.text);
      transfer.push(sig.buffer as ArrayBuffer);
      results.push({ seq: item.seq, doc, minhash: sig });
    } catch (error) {
      results.push({ seq: item.seq, error: (error as Error).message });
    }
  }
  parentPort!.postMessage({ id: request.id, results }, transfer);
});
