// The ledger routes' answers as zod schemas (compiled by the API's serializer, shown in OpenAPI). Each is
// checked at compile time against the type the ledger returns, so a new field fails the build here.
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { Booking, Ledger, UsageRow } from './ledger.js';
import type { AuditTable } from './tables.js';

const status = z.enum(['booked', 'admitted', 'cancelled', 'completed']);

export const bookingSchema = z.strictObject({
  id: z.string(),
  year: z.number(),
  region: z.string(),
  profile: z.string(),
  ageGroup: z.enum(['child', 'adult']),
  rural: z.boolean(),
  admissionDate: z.string(),
  status,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const bookingWithHistory = bookingSchema
  .extend({ history: z.array(z.strictObject({ from: z.string().nullable(), to: z.string(), at: z.string(), actor: z.string() })) })
  .describe('The booking and its status history');

export const bookedResponse = z.strictObject({ booking: bookingSchema, replayed: z.boolean().describe('true: the same idempotency key was booked before') });
export const bookingResponse = z.strictObject({ booking: bookingSchema }).describe('The booking after the change');

const count = z.number().nullable();
export const usageResponse = z
  .strictObject({
    year: z.number(),
    region: z.string(),
    rows: z.array(
      z.strictObject({
        region: z.string(),
        profile: z.string(),
        cap: count,
        capChildren: count,
        capAdults: count,
        capRural: count,
        booked: z.number(),
        admitted: z.number(),
        used: z.number(),
        usedChildren: z.number(),
        usedAdults: z.number(),
        usedRural: z.number(),
        remaining: count,
        percentUsed: count,
      }),
    ),
  })
  .describe("Each profile's cap and use (JSON; CSV with format=csv or Accept: text/csv)");

export const auditResponse = z
  .array(
    z.strictObject({
      id: z.number(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      booking_id: z.string().nullable(),
      before_status: z.string().nullable(),
      after_status: z.string().nullable(),
      dataset_version: z.string(),
      detail: z.string(),
    }),
  )
  .describe('Audit rows, newest first');

type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Flat<T> = { [K in keyof T]: T[K] };
export type Checks = [
  Expect<Exact<z.output<typeof bookingSchema>, Booking>>,
  Expect<Exact<z.output<typeof bookingWithHistory>, Flat<NonNullable<Awaited<ReturnType<Ledger['get']>>>>>>,
  Expect<Exact<z.output<typeof usageResponse>['rows'][number], UsageRow>>,
  Expect<Exact<z.output<typeof usageResponse>, Awaited<ReturnType<Ledger['usage']>>>>,
  Expect<Exact<z.output<typeof auditResponse>[number], Selectable<AuditTable>>>,
];
