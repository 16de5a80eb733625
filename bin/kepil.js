#!/usr/bin/env node
// Runs the compiled CLI. `npm install` builds it (the prepare script); `npm run build` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('kepil: not built yet; run `npm install` (or `npm run build`) in the checkout first');
  process.exit(2);
}
await import(main.href);
