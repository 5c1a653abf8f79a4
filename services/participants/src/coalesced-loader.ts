import DataLoader from 'dataloader';

/**
 * A loader shared by requests running at the same time: what they ask for while the event loop goes round once
 * goes to `batch` together, and each gets its own answer (or the batch's error). Nothing is cached: every key
 * is read, or written, after it was asked for. The reads of coalesced-reads.ts and the audit writer
 * (modules/audit/audit.repository.ts) are made with it.
 */
export const coalescedLoader = <K, V>(batch: DataLoader.BatchLoadFn<K, V>) =>
  new DataLoader<K, V>(batch, {
    cache: false,
    // No statement lists more keys or rows than this.
    maxBatchSize: 1_000,
    batchScheduleFn: (run) => setImmediate(run),
  });
