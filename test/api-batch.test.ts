// POST /api/v1/batch over HTTP: the same answers as the engine, in row order, and the body limit
// honoured by the 100-continue check as well.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { appForTests, engineForTests } from './app-support.js';
import { corpusForTests } from './support.js';
import { config } from '../src/config.js';
import { decide, parseRequest } from '../src/engine/index.js';
import { synthRequests } from '../src/batch/synth.js';

const app = await appForTests();
after(() => app.close());

test('POST /api/v1/batch answers each row as the engine does, line i for row i', async () => {
  const rows: unknown[] = [...synthRequests(corpusForTests(), { rows: 1500, seed: 4, date: '2026-05-01' })];
  rows.splice(700, 0, { date: '2026-05-01', person: {}, care: { type: 'massage' } });
  const res = await app.inject({ method: 'POST', url: '/api/v1/batch?lang=en', payload: rows.map((r) => JSON.stringify(r)).join('\n'), headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/x-ndjson/);
  assert.equal(res.headers['x-kepil-rows'], String(rows.length));
  const out = res.body.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, rows.length);
  out.forEach((line, i) => {
    assert.equal(line.row, i + 1);
    if (i === 700) return assert.equal(line.refused[0].path, 'care.type');
    const d = decide(engineForTests(), parseRequest(rows[i]));
    assert.deepEqual([line.outcome, line.package, line.missing], [d.outcome, d.package, d.missing.map((m) => m.id)], `row ${i + 1}`);
  });
});

test('Expect: 100-continue: a batch body within the batch limit is invited, one over it gets 413 first', async () => {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const firstAnswer = (head: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', (d) => {
        resolve(d.toString());
        socket.destroy();
      });
      socket.on('error', () => resolve(''));
      socket.write(head);
    });
  const head = (length: number) => `POST /api/v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nExpect: 100-continue\r\nContent-Length: ${length}\r\n\r\n`;
  // Larger than a JSON route accepts, within the batch limit.
  assert.match(await firstAnswer(head(1024 * 1024)), /^HTTP\/1.1 100 Continue/);
  const over = await firstAnswer(head(config().KEPIL_BATCH_MAX_BYTES + 1));
  assert.match(over, /^HTTP\/1.1 413 /);
});
