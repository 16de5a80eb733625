// Ledger routes: reads open, writes behind a bearer token, usage as JSON or CSV.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { KepilError } from '../corpus/issues.js';
import { REGION_IDS } from '../engine/request.js';
import type { LedgerDb } from './db.js';
import { authenticate } from './auth.js';
import { bookingInput, statusInput, type Ledger } from './ledger.js';
import { usageCsv } from './csv.js';
import { errorResponses } from '../api/responses.js';
import * as R from './responses.js';

const idParams = z.strictObject({ id: z.string().uuid() });
const auth = { security: [{ bearerAuth: [] }] };

export function ledgerRoutes(ledger: Ledger, store: LedgerDb) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const actor = (req: { headers: Record<string, unknown> }) => authenticate(store, req.headers.authorization as string | undefined);

    r.post(
      '/bookings',
      { schema: { tags: ['ledger'], summary: 'Book a planned hospitalisation against the annex 1 caps', body: bookingInput.meta({ example: { region: 'karaganda', profile: 'cardiology', birthDate: '1960-04-02', admissionDate: '2026-06-01', patientRef: 'KRG-000123' } }), headers: z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }).passthrough(), ...auth, response: { 201: R.bookedResponse.describe('Booked'), 200: R.bookedResponse.describe('Replayed: the idempotency key was booked before'), ...errorResponses(401, 403, 409) } } },
      async (req, reply) => {
        const who = await actor(req);
        const key = req.body.idempotencyKey ?? req.headers['idempotency-key'];
        const { booking, replayed } = await ledger.book(who, { ...req.body, ...(key ? { idempotencyKey: key } : {}) });
        return reply.code(replayed ? 200 : 201).send({ booking, replayed });
      },
    );

    r.get('/bookings/:id', { schema: { tags: ['ledger'], summary: 'A booking with its status history', params: idParams, response: { 200: R.bookingWithHistory, ...errorResponses(404) } } }, async (req) => {
      const booking = await ledger.get(req.params.id);
      if (!booking) throw new KepilError('not_found', `no booking ${req.params.id}`, [{ path: 'id', message: 'unknown booking' }]);
      return booking;
    });

    r.post('/bookings/:id/status', { schema: { tags: ['ledger'], summary: 'Record admission, completion or cancellation', params: idParams, body: statusInput.meta({ example: { status: 'admitted' } }), ...auth, response: { 200: R.bookingResponse, ...errorResponses(401, 403, 404, 409) } } }, async (req) => ({
      booking: await ledger.setStatus(await actor(req), req.params.id, req.body.status),
    }));

    r.post('/bookings/:id/cancel', { schema: { tags: ['ledger'], summary: 'Cancel a booking and release its place', params: idParams, ...auth, response: { 200: R.bookingResponse, ...errorResponses(401, 403, 404, 409) } } }, async (req) => ({
      booking: await ledger.setStatus(await actor(req), req.params.id, 'cancelled'),
    }));

    r.get(
      '/usage',
      {
        schema: {
          tags: ['ledger'],
          summary: "Each profile's cap, booked, admitted, remaining and % used, for a region or the country",
          querystring: z.strictObject({ region: z.enum(REGION_IDS).optional(), year: z.coerce.number().int().meta({ example: 2026 }), format: z.enum(['json', 'csv']).optional() }),
          response: { 200: { description: R.usageResponse.description, content: { 'application/json': { schema: R.usageResponse }, 'text/csv': { schema: z.string().describe('One row per profile') } } } },
        },
      },
      async (req, reply) => {
        const usage = await ledger.usage(req.query.year, req.query.region);
        const csv = req.query.format === 'csv' || (req.query.format === undefined && /text\/csv/.test(String(req.headers.accept ?? '')));
        if (csv) return reply.header('content-type', 'text/csv; charset=utf-8').send(usageCsv(usage.rows));
        return usage;
      },
    );

    r.get(
      '/audit',
      { schema: { tags: ['ledger'], summary: 'The audit trail, newest first (read-only)', querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(100) }), response: { 200: R.auditResponse } } },
      async (req) => store.db.selectFrom('audit').selectAll().orderBy('id', 'desc').limit(req.query.limit).execute(),
    );
  };
}
