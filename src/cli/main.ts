// The kepil command line. Every command that prints data takes --json and --lang (kk by default);
// bad arguments exit 2 with a JSON error in that language.
import { Command, CommanderError } from 'commander';
import { registerCorpusCommands } from './corpus-commands.js';
import { registerEngineCommands } from './engine-commands.js';
import { registerServeCommand } from './serve-command.js';
import { registerLedgerCommands } from './ledger-commands.js';
import { registerExplainActCommand } from './explain-act-command.js';
import { registerBatchCommands } from './batch-commands.js';
import { registerActImportCommand } from './act-import-command.js';
import { fail } from './render.js';
import { KepilError } from '../corpus/issues.js';
import { config } from '../config.js';
import { readFileSync } from 'node:fs';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const program = new Command('kepil')
  .description("Kazakhstan's guaranteed medical care, as dated and cited data and rules")
  .version(VERSION, '-V, --version', 'print the version')
  .exitOverride()
  .configureOutput({ writeErr: () => {} })
  .showHelpAfterError(false);

async function run(fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    fail(err);
  }
}

// A bad KEPIL_* setting is a bad input like any other: exit 2 naming the variable, before any command runs.
await run(() => void config());

registerCorpusCommands(program, run);
registerEngineCommands(program, run);
registerServeCommand(program, run);
registerLedgerCommands(program, run);
registerExplainActCommand(program, run);
registerBatchCommands(program, run);
registerActImportCommand(program, run);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help' || err.code === 'commander.version') process.exit(0);
    fail(new KepilError('bad_request', err.message.replace(/^error: /, ''), [{ path: 'argv', message: err.message.replace(/^error: /, '') }]));
  }
  fail(err);
}
