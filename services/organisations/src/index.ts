import { loadConfig } from './config';
import { createServer } from './server';

createServer(loadConfig()).then(
  (server) => {
    const stop = () => void server.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error('organisations could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
