// Starts the participants subgraph from the environment (`npm start`, a container's command); exits on SIGINT/SIGTERM.
import { runService } from '@cort/subgraph';
import { loadConfig } from './config';
import { createServer } from './server';

runService('participants', () => loadConfig(), createServer);
