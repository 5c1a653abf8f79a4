import { runService } from '@cort/subgraph';
import { loadConfig } from './config';
import { createServer } from './server';

runService('reporting', () => loadConfig(), createServer);
