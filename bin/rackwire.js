#!/usr/bin/env node
// Entry point of the `rackwire` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs through `prepare`).
import { runMain } from '../dist/src/cli/main.js';

await runMain(process.argv.slice(2));
