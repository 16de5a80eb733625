// One app per test process, built in memory; tests call app.inject() without a port.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/api/app.js';
import { compile, type Engine } from '../src/engine/index.js';
import { corpusForTests } from './support.js';

let engine: Engine | undefined;
export function engineForTests(): Engine {
  engine ??= compile(corpusForTests());
  return engine;
}

export async function appForTests(plugins: AppOptions['plugins'] = []): Promise<FastifyInstance> {
  const app = await buildApp({ engine: engineForTests(), plugins });
  await app.ready();
  return app;
}
