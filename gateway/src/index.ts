// Tracing before anything else is loaded: it patches http, undici and graphql as they are first required.
import { releaseMemoryWhenQuiet, startTracing, stopTracing } from '@cort/common';
startTracing('gateway');
import { loadConfig } from './config';
import { createGateway } from './server';

createGateway(loadConfig()).then(
  (gateway) => {
    releaseMemoryWhenQuiet();
    const stop = () =>
      void gateway
        .stop()
        .then(stopTracing)
        .then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error('gateway could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
