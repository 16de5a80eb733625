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

/**
 * The tests fire tens of thousands of requests from one address (app.inject): rate limits high enough
 * never to trip, but still on the path. test/limits.test.ts sets low ones to check them.
 */
export const TEST_LIMITS = { perAddress: 10_000_000, corpus: 10_000_000, perToken: 10_000_000 };

export async function appForTests(plugins: AppOptions['plugins'] = [], options: Omit<AppOptions, 'engine' | 'plugins'> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ engine: engineForTests(), plugins, ...options, limits: { ...TEST_LIMITS, ...options.limits } });
  await app.ready();
  return app;
}
