// Starts the organisations subgraph from the environment (`npm start`, a container's command); exits on SIGINT/SIGTERM.
// Tracing before anything else is loaded: it patches http, graphql and Prisma as they are first required.
import { startTracing } from '@cort/common';
startTracing('organisations');
import { runService } from '@cort/subgraph';
import { loadConfig } from './config';
import { createServer } from './server';

runService('organisations', () => loadConfig(), createServer);
