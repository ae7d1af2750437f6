#!/usr/bin/env node
/**
 * Entry point of `dist/server.js`: `node dist/server.js --stdio` (or `--node-ipc`) runs the
 * charterlint language server. Importing this module only exports `startServer`.
 */
import { startServer } from './start';

export { startServer };

if (require.main === module) startServer();
