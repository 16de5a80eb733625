// The browser tests' set-up: the app on a free port, Debian's Chromium through playwright-core, and the
// page's uncaught errors and CSP refusals collected. Skips loudly where Chromium is not installed.
import type { TestContext } from 'node:test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { loadCorpus } from '../src/corpus/index.js';
import { compile } from '../src/engine/index.js';
import { buildApp } from '../src/api/app.js';

export const CHROMIUM = process.env.KEPIL_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export interface Browsing {
  page: Page;
  /** The app's root URL. */
  base: string;
  /** Uncaught page errors and Content-Security-Policy refusals: a test ends by asserting it is empty. */
  pageErrors: string[];
}

export async function withPage(t: TestContext, name: string, opts: { viewport?: { width: number; height: number }; timeout: number }, run: (b: Browsing) => Promise<void>): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    const msg = `!!! ${name} SKIPPED: chromium not installed at ${CHROMIUM} (apt-get install chromium, or set KEPIL_CHROMIUM) !!!`;
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
    t.skip(msg);
    return;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), `kepil-${name}-`));
  let app: FastifyInstance | undefined;
  let context: BrowserContext | undefined;
  try {
    app = await buildApp({ engine: compile(loadCorpus()) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ...(opts.viewport ? { viewport: opts.viewport } : {}),
      locale: 'kk-KZ',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.setDefaultTimeout(opts.timeout);
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // The page must work under the Content-Security-Policy the server sends (helmet): a blocked script,
    // style or fetch shows up as a console error.
    page.on('console', (m) => m.type() === 'error' && /Content.Security.Policy/i.test(m.text()) && pageErrors.push(`CSP: ${m.text()}`));
    await run({ page, base, pageErrors });
  } finally {
    await context?.close().catch(() => {});
    await app?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
