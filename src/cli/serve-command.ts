// `kepil serve`: the API, FHIR and the web page from one process.
import type { Command } from 'commander';
import { KepilError } from '../corpus/issues.js';
import { serve } from '../api/server.js';
import { getEngine } from './engine-commands.js';
import { ledgerPlugin } from './ledger-wiring.js';
import { config } from '../config.js';
import { serviceLogger } from '../api/app.js';
import type { FastifyInstance } from 'fastify';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new KepilError('bad_request', `--port must be 0–65535, got '${value}'`, [{ path: 'port', message: 'an integer 0–65535' }]);
  return n;
}

export function registerServeCommand(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  program
    .command('serve')
    .description('serve the HTTP API, FHIR endpoint and web page (default 127.0.0.1:8080)')
    .option('--host <host>', 'address to listen on (env KEPIL_HOST)', config().KEPIL_HOST)
    .option('--port <port>', 'port (env KEPIL_PORT)', String(config().KEPIL_PORT))
    .option('--quiet', 'log warnings and errors only (overrides KEPIL_LOG_LEVEL)')
    .option('--json', 'announce the address as one JSON line on stderr')
    .action((o: { host: string; port: string; quiet?: boolean; json?: boolean }) =>
      run(async () => {
        const engine = getEngine();
        let app: FastifyInstance | undefined;
        // A lost idle PostgreSQL connection is logged, not fatal: the pool opens a new one on the next query.
        const ledger = await ledgerPlugin(engine, { onPoolError: (err) => app?.log.warn({ err }, 'idle PostgreSQL connection lost; the pool replaces it') });
        app = await serve({
          engine,
          host: o.host,
          port: port(o.port),
          logger: serviceLogger(o.quiet ? 'warn' : config().KEPIL_LOG_LEVEL),
          plugins: [ledger.plugin],
          readiness: ledger.ready,
          onClose: ledger.close,
        }).catch(async (e: NodeJS.ErrnoException) => {
          await ledger.close();
          // A busy port is the operator's to fix: say which, and how (review L7).
          if (e.code === 'EADDRINUSE') throw new KepilError('conflict', `port ${o.port} on ${o.host} is in use: stop the other server or choose another with --port`, [{ path: 'port', message: 'a free port' }]);
          throw e;
        });
        // Always said, even with --quiet: scripts (and the tests) learn the port from it.
        const url = `http://${o.host}:${(app.server.address() as { port: number }).port}/`;
        process.stderr.write(o.json ? `${JSON.stringify({ listening: url, datasetVersion: engine.corpus.version, ledger: ledger.location })}\n` : `kepil: listening on ${url} (dataset ${engine.corpus.version}, ledger ${ledger.location})\n`);
      }),
    );
}
