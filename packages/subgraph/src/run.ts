import { releaseMemoryWhenQuiet, stopTracing } from '@cort/common';

/**
 * A service's index.ts: start from the environment, stop cleanly on SIGINT/SIGTERM, and exit with a
 * readable line (never a stack with internals) when start-up fails. Once running, it gives its memory back
 * whenever it goes quiet (releaseMemoryWhenQuiet).
 */
export function runService<Config>(
  name: string,
  loadConfig: () => Config,
  createServer: (config: Config) => Promise<{ stop(): Promise<void> }>,
) {
  Promise.resolve()
    .then(() => createServer(loadConfig()))
    .then(
      (server) => {
        releaseMemoryWhenQuiet();
        const stop = () =>
          void server
            .stop()
            .then(stopTracing)
            .then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
      (error: unknown) => {
        console.error(`${name} could not start:`, error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
}
