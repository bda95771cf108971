// A worker thread does not inherit the TypeScript loader its parent runs under (tsx, vitest): register tsx's, then
// load the worker itself. Resolved from this file, so it works from any working directory.
import { register } from 'tsx/esm/api';

register();
await import('./prepareWorker.ts');
