// Starts the app on a port and stops it gracefully on SIGTERM/SIGINT.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';

export interface ServeOptions extends AppOptions {
  host: string;
  port: number;
  onClose?: () => Promise<void>;
}

export async function serve(opts: ServeOptions): Promise<FastifyInstance> {
  const app = await buildApp(opts);
  if (opts.onClose) app.addHook('onClose', opts.onClose);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  await app.listen({ host: opts.host, port: opts.port });
  return app;
}
