// Ledger routes: every booking read and write needs a bearer token (a registrar sees its own region,
// the audit trail is for admins); the usage counts per cap are public aggregates. Usage as JSON or CSV.
import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { KepilError, issue } from '../corpus/issues.js';
import { REGION_IDS } from '../engine/request.js';
import type { LedgerDb } from './db.js';
import { authenticate } from './auth.js';
import { bookingInput, statusInput, type Actor, type Ledger } from './ledger.js';
import { usageCsv } from './csv.js';
import { lmsg } from './text.js';
import { errorResponses } from '../api/responses.js';
import * as R from './responses.js';

const idParams = z.strictObject({ id: z.string().uuid() });
const auth = { security: [{ bearerAuth: [] }] };
/** The most audit rows one request returns. */
export const AUDIT_MAX_LIMIT = 1000;

export function ledgerRoutes(ledger: Ledger, store: LedgerDb) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    // Authentication runs first (onRequest): an anonymous or cross-region caller learns nothing from
    // validation messages about the body.
    const signedIn = { onRequest: async (req: FastifyRequest) => void (req.actor = await authenticate(store, req.headers.authorization)) };
    const actor = (req: FastifyRequest): Actor => req.actor!;

    r.post(
      '/bookings',
      {
        ...signedIn,
        schema: {
          tags: ['ledger'],
          summary: 'Book a planned hospitalisation against the annex 1 caps',
          description:
            "Needs a token (a registrar books in its own region). The idempotency key belongs to the token: the same key with the same body replays the first answer (200), with another body it is a 422. patientRef is a pseudonym (8–64 of A–Z a–z 0–9 _ -; IIN, phone and e-mail shapes are refused) and is stored only as a keyed hash, so it is not returned.",
          body: bookingInput.meta({ example: { region: 'karaganda', profile: 'cardiology', birthDate: '1960-04-02', admissionDate: '2026-06-01', patientRef: 'KRG-000123' } }),
          response: { 201: R.bookedResponse.describe('Booked'), 200: R.bookedResponse.describe('Replayed: the same idempotency key and body were booked before'), ...errorResponses(401, 403, 409, 422, 503) },
          headers: z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }).passthrough(),
          ...auth,
        },
      },
      async (req, reply) => {
        const key = req.body.idempotencyKey ?? req.headers['idempotency-key'];
        const { booking, replayed } = await ledger.book(actor(req), { ...req.body, ...(key ? { idempotencyKey: key } : {}) });
        return reply.code(replayed ? 200 : 201).send({ booking, replayed });
      },
    );

    r.get(
      '/bookings/:id',
      { ...signedIn, schema: { tags: ['ledger'], summary: 'A booking with its status history', description: 'Needs a token: an admin, or a registrar of the booking’s region (403 otherwise).', params: idParams, ...auth, response: { 200: R.bookingWithHistory, ...errorResponses(401, 403, 404, 503) } } },
      async (req) => {
        const booking = await ledger.get(actor(req), req.params.id);
        if (!booking) throw new KepilError('not_found', lmsg('ledger.noBooking', { id: req.params.id }), [issue('id', lmsg('ledger.unknownBooking'))]);
        return booking;
      },
    );

    r.post('/bookings/:id/status', { ...signedIn, schema: { tags: ['ledger'], summary: 'Record admission, completion or cancellation', params: idParams, body: statusInput.meta({ example: { status: 'admitted' } }), ...auth, response: { 200: R.bookingResponse, ...errorResponses(401, 403, 404, 409, 503) } } }, async (req) => ({
      booking: await ledger.setStatus(actor(req), req.params.id, req.body.status),
    }));

    r.post('/bookings/:id/cancel', { ...signedIn, schema: { tags: ['ledger'], summary: 'Cancel a booking and release its place', params: idParams, ...auth, response: { 200: R.bookingResponse, ...errorResponses(401, 403, 404, 409, 503) } } }, async (req) => ({
      booking: await ledger.setStatus(actor(req), req.params.id, 'cancelled'),
    }));

    r.get(
      '/usage',
      {
        schema: {
          tags: ['ledger'],
          summary: "Each profile's cap, booked, admitted, remaining and % used, for a region or the country",
          description: 'Public, no token: aggregate counts per cap, with nothing about any patient or booking.',
          security: [],
          // Four digits only: '0x7EA', '2026e0' and ' 2026 ' are not years.
          querystring: z.strictObject({ region: z.enum(REGION_IDS).optional(), year: z.string().regex(/^\d{4}$/, 'a year such as 2026').transform(Number).meta({ example: '2026' }), format: z.enum(['json', 'csv']).optional() }),
          response: { 200: { description: R.usageResponse.description, content: { 'application/json': { schema: R.usageResponse }, 'text/csv': { schema: z.string().describe('One row per profile') } } }, ...errorResponses(503) },
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
      {
        ...signedIn,
        schema: {
          tags: ['ledger'],
          summary: 'The audit trail, newest first (read-only)',
          description: `Needs an admin token. At most ${AUDIT_MAX_LIMIT} rows per request.`,
          querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(AUDIT_MAX_LIMIT).default(100) }),
          response: { 200: R.auditResponse, ...errorResponses(401, 403, 503) },
          ...auth,
        },
      },
      async (req) => {
        if (actor(req).role !== 'admin') throw new KepilError('forbidden', lmsg('api.token.adminOnly', { what: lmsg('ledger.auditTrail') }), [issue('authorization', lmsg('api.token.adminNeeded'))]);
        return store.db.selectFrom('audit').selectAll().orderBy('id', 'desc').limit(req.query.limit).execute();
      },
    );
  };
}
