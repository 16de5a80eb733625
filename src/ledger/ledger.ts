// The inpatient volume ledger: book planned hospitalisations against annex 1 caps. Every write is one
// atomic write: an upsert takes the place under every cap, then the booking and its audit row are written.
import { createHmac, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sql, type QueryCreator } from 'kysely';
import type { Corpus } from '../corpus/corpus.js';
import { limitKey, ALL_PROFILES } from '../corpus/corpus.js';
import type { LimitRow } from '../corpus/schema.js';
import { isoDate } from '../corpus/schema.js';
import { KepilError, issue } from '../corpus/issues.js';
import type { Message, Names } from '../i18n/index.js';
import { REGION_IDS, parseWith } from '../engine/request.js';
import { ageOn } from '../engine/facts.js';
import type { LedgerDb } from './db.js';
import type { AuditTable, BookingStatus, BookingsTable, LedgerSchema, UsageTable } from './tables.js';
import { lmsg, text, type TextId } from './text.js';

const BOOKING_COLUMNS = ['id', 'year', 'region', 'profile', 'age_group', 'rural', 'admission_date', 'patient_ref', 'status', 'idempotency_key', 'request_hash', 'created_by', 'created_at', 'updated_at'] as const;
const AUDIT_COLUMNS = ['at', 'actor', 'action', 'booking_id', 'before_status', 'after_status', 'dataset_version', 'detail'] as const;
import { applicableCaps, exceededCap, nullCaps, USAGE_COLUMN, type CapName } from './caps.js';

export interface Actor {
  id: string;
  role: 'registrar' | 'admin';
  region: string | null;
}

/**
 * A pseudonym the hospital can map back to its own record, and nothing that identifies a person by
 * itself: the shapes of an IIN (12 digits, with or without separators), a phone number and an e-mail
 * address are refused by name. Names cannot be told from pseudonyms by shape; docs/privacy.md asks
 * callers for opaque ids.
 */
export const patientRef = z.string().superRefine((v, ctx) => {
  // The message id travels in params; validation.ts renders it in the request's language.
  const refuse = (id: TextId) => ctx.addIssue({ code: 'custom', message: text(id, 'en'), params: { id } });
  const digitRuns = v.match(/\d(?:[\s._-]*\d)*/g) ?? [];
  if (v.includes('@')) return refuse('api.patientRef.email');
  if (digitRuns.some((run) => run.replace(/\D/g, '').length === 12)) return refuse('api.patientRef.iin');
  if (/^(tel:)?\+?[\d\s().-]{10,}$/i.test(v) && /^\d{10,11}$/.test(v.replace(/\D/g, ''))) return refuse('api.patientRef.phone');
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(v)) return refuse('api.patientRef.shape');
});

export const bookingInput = z.strictObject({
  region: z.enum(REGION_IDS),
  profile: z.string().regex(/^[a-z_]+$/, 'a profile id such as cardiology'),
  birthDate: isoDate,
  admissionDate: isoDate,
  rural: z.boolean().default(false),
  /** A pseudonym (see `patientRef`); stored only as a keyed hash. */
  patientRef,
  year: z.number().int().optional(),
  idempotencyKey: z.string().min(8).max(128).optional(),
});
export type BookingInput = z.input<typeof bookingInput>;

export const statusInput = z.strictObject({ status: z.enum(['admitted', 'completed', 'cancelled']) });

const statusName = (s: BookingStatus): Message => lmsg(`booking.status.${s}` as TextId);

const TRANSITIONS: Record<BookingStatus, BookingStatus[]> = {
  booked: ['admitted', 'cancelled'],
  admitted: ['completed', 'cancelled'],
  cancelled: [],
  completed: [],
};

export interface Booking {
  id: string;
  year: number;
  region: string;
  profile: string;
  ageGroup: 'child' | 'adult';
  rural: boolean;
  admissionDate: string;
  status: BookingStatus;
  createdAt: string;
  updatedAt: string;
}

const toBooking = (r: BookingsTable): Booking => ({
  id: r.id,
  year: Number(r.year),
  region: r.region,
  profile: r.profile,
  ageGroup: r.age_group,
  rural: Number(r.rural) === 1,
  admissionDate: r.admission_date,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const bad = (path: string, m: Message) => new KepilError('bad_request', m, [issue(path, m)]);
/** A cap's name, or several joined, as a message (rendered in the reader's language). */
const capName = (cap: CapName): Message => lmsg(`ledger.cap.${cap}` as TextId);
const capNames = (caps: CapName[]): Message => caps.slice(1).reduce<Message>((acc, c) => ({ id: 'join.comma', params: { a: acc, b: capName(c) } }), capName(caps[0]!));
const now = () => new Date().toISOString();
const ZERO = { total: 0, children: 0, adults: 0, rural_total: 0, rural_children: 0, rural_adults: 0, admitted: 0 };

export interface UsageRow {
  region: string;
  profile: string;
  cap: number | null;
  capChildren: number | null;
  capAdults: number | null;
  capRural: number | null;
  booked: number;
  admitted: number;
  used: number;
  usedChildren: number;
  usedAdults: number;
  usedRural: number;
  remaining: number | null;
  percentUsed: number | null;
}

export class Ledger {
  constructor(
    private readonly store: LedgerDb,
    private readonly corpus: Corpus,
  ) {}

  private authorise(actor: Actor, region: string, read = false): void {
    if (actor.role !== 'admin' && actor.region !== region) {
      const params = { own: this.regionName(actor.region ?? ''), region: this.regionName(region) };
      const m = read ? lmsg('api.token.otherRegion', params) : lmsg('ledger.writeOtherRegion', params);
      throw new KepilError('forbidden', m, [issue('region', lmsg('ledger.tokenRegion', { region: params.own }))]);
    }
  }

  /** A region's name in three languages (its id where the corpus has none, e.g. a bad token). */
  private regionName(id: string): Names {
    return this.corpus.regions.get(id)?.name ?? { kk: id };
  }

  private profileName(id: string): Names {
    return this.corpus.profiles.get(id)?.name ?? { kk: id };
  }

  /** Keyed hashes (docs/privacy.md): the patient's pseudonym and the request, never stored as sent. */
  private async hmac(purpose: 'patientRef' | 'request', value: string): Promise<string> {
    return `h1:${createHmac('sha256', await this.store.secret()).update(`${purpose}\0${value}`).digest('base64url')}`;
  }

  /** Validates a booking against the act before any transaction: unknown profile, `*` caps, the year. */
  private plan(input: BookingInput): { data: z.infer<typeof bookingInput>; year: number; limit: LimitRow; ageGroup: 'child' | 'adult' } {
    const data = parseWith(bookingInput, input);
    const { from, to } = this.corpus.programme.content.period;
    const year = Number(data.admissionDate.slice(0, 4));
    if (data.year !== undefined && data.year !== year) throw bad('year', lmsg('ledger.yearDiffers', { year: data.year, admissionYear: year }));
    if (data.admissionDate < from || data.admissionDate > to) throw bad(data.year !== undefined ? 'year' : 'admissionDate', lmsg('ledger.outsidePeriod', { from: from.slice(0, 4), to: to.slice(0, 4), date: data.admissionDate }));
    if (data.birthDate > data.admissionDate) throw bad('birthDate', lmsg('ledger.birthAfterAdmission'));
    if (data.profile === ALL_PROFILES || !this.corpus.profiles.has(data.profile)) throw bad('profile', lmsg('ledger.unknownProfile', { profile: data.profile, profiles: [...this.corpus.profiles.keys()].join(', ') }));
    const limit = this.corpus.limitByKey.get(limitKey(data.region, data.profile));
    if (!limit) throw bad('profile', lmsg('ledger.noLimitRow', { region: this.regionName(data.region), profile: this.profileName(data.profile) }));
    if (data.rural && this.corpus.regions.get(data.region)?.kind === 'city') throw bad('rural', lmsg('ledger.cityNotRural', { region: this.regionName(data.region) }));
    const ageGroup = ageOn(data.birthDate, data.admissionDate) < 18 ? 'child' : 'adult';
    const unbookable = nullCaps(limit, applicableCaps(ageGroup, data.rural));
    if (unbookable.length) throw bad('profile', lmsg('ledger.noCap', { region: this.regionName(data.region), profile: this.profileName(data.profile), caps: capNames(unbookable) }));
    return { data, year, limit, ageGroup };
  }

  /**
   * Takes one place under every applicable cap: an upsert whose update runs only while every cap has
   * room. The row lock it holds makes the check and the increment atomic on both engines.
   */
  private takePlace(qb: QueryCreator<LedgerSchema>, year: number, region: string, profile: string, limit: LimitRow, caps: CapName[]) {
    const one = Object.fromEntries(caps.map((c) => [USAGE_COLUMN[c], 1]));
    return qb
      .insertInto('usage')
      .values({ year, region, profile, ...ZERO, ...one })
      .onConflict((oc) => {
        const set = oc.columns(['year', 'region', 'profile']).doUpdateSet((eb) => Object.fromEntries(caps.map((c) => [USAGE_COLUMN[c], eb(`usage.${USAGE_COLUMN[c]}`, '+', 1)])));
        return caps.reduce((q, c) => q.where(`usage.${USAGE_COLUMN[c]}`, '<', limit[c]!), set);
      })
      .returning('year');
  }

  private async usageRow(year: number, region: string, profile: string): Promise<typeof ZERO> {
    const row = await this.store.db.selectFrom('usage').selectAll().where('year', '=', year).where('region', '=', region).where('profile', '=', profile).executeTakeFirst();
    return row ? numeric(row) : ZERO;
  }

  private auditRow(actor: Actor, action: string, bookingId: string | null, before: string | null, after: string | null, at: string, detail: unknown): Omit<AuditTable, 'id'> {
    return { at, actor: actor.id, action, booking_id: bookingId, before_status: before, after_status: after, dataset_version: this.corpus.version, detail: JSON.stringify(detail) };
  }

  /** The principal's earlier booking with this key: the same request replays it, another is a 422. */
  private async byKey(actor: Actor, key: string, requestHash: string): Promise<Booking | null> {
    const row = await this.store.db.selectFrom('bookings').selectAll().where('created_by', '=', actor.id).where('idempotency_key', '=', key).executeTakeFirst();
    if (!row) return null;
    // Rows from before request hashes were kept (null) replay as before.
    if (row.request_hash !== null && row.request_hash !== requestHash) {
      throw new KepilError('unprocessable', lmsg('api.idempotency.otherBody', { key }), [{ path: 'idempotencyKey', message: key }]);
    }
    return toBooking(row);
  }

  /**
   * Books one place, or refuses with 409 naming the cap. Idempotency keys belong to the actor: the same
   * key with the same request returns the first result, with another request a 422.
   */
  async book(actor: Actor, input: BookingInput): Promise<{ booking: Booking; replayed: boolean }> {
    // A registrar writing in another region learns that first, before any detail of its body.
    if (typeof (input as { region?: unknown }).region === 'string') this.authorise(actor, (input as { region: string }).region);
    const { data, year, limit, ageGroup } = this.plan(input);
    this.authorise(actor, data.region);
    const { idempotencyKey: _key, ...request } = data;
    const requestHash = await this.hmac('request', JSON.stringify(request));
    const caps = applicableCaps(ageGroup, data.rural);
    const at = now();
    const row: BookingsTable = {
      id: randomUUID(),
      year,
      region: data.region,
      profile: data.profile,
      age_group: ageGroup,
      rural: data.rural ? 1 : 0,
      admission_date: data.admissionDate,
      patient_ref: await this.hmac('patientRef', data.patientRef),
      status: 'booked',
      idempotency_key: data.idempotencyKey ?? null,
      request_hash: requestHash,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    };
    const audit = this.auditRow(actor, 'book', row.id, null, 'booked', at, { region: row.region, profile: row.profile, year, ageGroup, rural: data.rural });
    const place = (qb: QueryCreator<LedgerSchema>) => this.takePlace(qb, year, data.region, data.profile, limit, caps);
    try {
      // A full cap (or a cap of 0, which a fresh usage row would overrun) takes no place.
      const booked = caps.some((c) => limit[c]! < 1)
        ? false
        : this.store.dialect.dataModifyingCte
          ? await this.store.db
              .with('taken', place)
              .with('booking', (db) => db.insertInto('bookings').columns(BOOKING_COLUMNS).expression((eb) => eb.selectFrom('taken').select(BOOKING_COLUMNS.map((c) => sql.val(row[c]).as(c)) as never)).returning('id'))
              .insertInto('audit')
              .columns(AUDIT_COLUMNS)
              .expression((eb) => eb.selectFrom('booking').select(AUDIT_COLUMNS.map((c) => sql.val(audit[c]).as(c)) as never))
              .returning('booking_id')
              .executeTakeFirst()
          : await this.store.write(async (trx) => {
              if (!(await place(trx).executeTakeFirst())) return undefined;
              await trx.insertInto('bookings').values(row).execute();
              await trx.insertInto('audit').values(audit).execute();
              return row.id;
            });
      if (booked) return { booking: toBooking(row), replayed: false };
    } catch (e) {
      // A concurrent twin with the same key loses on the unique index, and its place is rolled back with it.
      if (!(data.idempotencyKey && !(e instanceof KepilError) && /unique|UNIQUE/.test(String((e as Error).message)))) throw e;
    }
    if (data.idempotencyKey) {
      const first = await this.byKey(actor, data.idempotencyKey, requestHash);
      if (first) return { booking: first, replayed: true };
    }
    const over = exceededCap(limit, await this.usageRow(year, data.region, data.profile), caps);
    const cap = over ?? { cap: 'total' as CapName, limit: limit.total ?? 0, used: limit.total ?? 0, remaining: 0 };
    const counts = { limit: cap.limit, used: cap.used, remaining: cap.remaining };
    throw new KepilError('conflict', lmsg('ledger.capFull', { cap: capName(cap.cap), region: this.regionName(data.region), profile: this.profileName(data.profile), year, ...counts }), [
      issue(cap.cap, lmsg('ledger.capState', counts)),
    ]);
  }

  /** Moves a booking along booked → admitted → completed, or cancels it (releasing its place). */
  async setStatus(actor: Actor, id: string, status: 'admitted' | 'completed' | 'cancelled'): Promise<Booking> {
    return await this.store.write(async (trx) => {
      const current = await trx.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw new KepilError('not_found', lmsg('ledger.noBooking', { id }), [issue('id', lmsg('ledger.unknownBooking'))]);
      this.authorise(actor, current.region);
      const refuse = (from: BookingStatus) =>
        new KepilError('conflict', lmsg('ledger.badTransition', { from: statusName(from), to: statusName(status) }), [
          issue('status', lmsg('ledger.allowedFrom', { from: statusName(from), allowed: TRANSITIONS[from].length ? TRANSITIONS[from].map(statusName).reduce((a, b) => ({ id: 'join.comma', params: { a, b } })) : lmsg('ledger.noChange') })),
        ]);
      if (!TRANSITIONS[current.status].includes(status)) throw refuse(current.status);
      const at = now();
      // Conditional on the status read: a concurrent change makes this touch no row, and it is refused.
      const changed = await trx.updateTable('bookings').set({ status, updated_at: at }).where('id', '=', id).where('status', '=', current.status).executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) throw refuse((await trx.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status);
      const caps = applicableCaps(current.age_group, Number(current.rural) === 1);
      let update = trx.updateTable('usage').where('year', '=', Number(current.year)).where('region', '=', current.region).where('profile', '=', current.profile);
      if (status === 'cancelled') {
        for (const cap of caps) {
          const col = USAGE_COLUMN[cap];
          update = update.set((eb) => ({ [col]: eb(col, '-', 1) }));
        }
        if (current.status === 'admitted') update = update.set((eb) => ({ admitted: eb('admitted', '-', 1) }));
      } else if (status === 'admitted') {
        update = update.set((eb) => ({ admitted: eb('admitted', '+', 1) }));
      }
      if (status !== 'completed') await update.execute();
      await trx.insertInto('audit').values(this.auditRow(actor, status === 'cancelled' ? 'cancel' : 'status', id, current.status, status, at, {})).execute();
      return toBooking({ ...current, status, updated_at: at });
    });
  }

  /** A booking with its history, for an admin or a registrar of its region (403 otherwise). */
  async get(actor: Actor, id: string): Promise<(Booking & { history: { from: string | null; to: string; at: string; actor: string }[] }) | null> {
    const row = await this.store.db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    this.authorise(actor, row.region, true);
    // The history is the booking's audit trail, which is append-only.
    const events = await this.store.db.selectFrom('audit').selectAll().where('booking_id', '=', id).orderBy('id').execute();
    return { ...toBooking(row), history: events.map((e) => ({ from: e.before_status, to: e.after_status ?? '', at: e.at, actor: e.actor })) };
  }

  /** Replaces patientRefs stored as sent (before issue 10) by their keyed hash; run after migrating. */
  async pseudonymiseStoredRefs(): Promise<number> {
    const plain = await this.store.db.selectFrom('bookings').select(['id', 'patient_ref']).where('patient_ref', 'not like', 'h1:%').execute();
    for (const row of plain) await this.store.db.updateTable('bookings').set({ patient_ref: await this.hmac('patientRef', row.patient_ref) }).where('id', '=', row.id).execute();
    return plain.length;
  }

  /** Cap, booked, admitted, remaining and percentage used, for every profile of a region, or summed for the country. */
  async usage(year: number, region?: string): Promise<{ year: number; region: string; rows: UsageRow[] }> {
    const { from, to } = this.corpus.programme.content.period;
    if (year < Number(from.slice(0, 4)) || year > Number(to.slice(0, 4))) throw bad('year', lmsg('ledger.periodYears', { from: from.slice(0, 4), to: to.slice(0, 4) }));
    let q = this.store.db.selectFrom('usage').selectAll().where('year', '=', year);
    if (region) q = q.where('region', '=', region);
    const used = await q.execute();
    const usedBy = new Map(used.map((u) => [limitKey(u.region, u.profile), numeric(u)]));
    const regions = region ? [region] : [...this.corpus.regions.keys()];
    const rows: UsageRow[] = [];
    for (const profile of this.corpus.profiles.keys()) {
      const acc = { cap: null as number | null, capChildren: null as number | null, capAdults: null as number | null, capRural: null as number | null, ...ZERO };
      for (const r of regions) {
        const limit = this.corpus.limitByKey.get(limitKey(r, profile));
        const u = usedBy.get(limitKey(r, profile)) ?? ZERO;
        const add = (a: number | null, b: number | null | undefined) => (b == null ? a : (a ?? 0) + b);
        acc.cap = add(acc.cap, limit?.total);
        acc.capChildren = add(acc.capChildren, limit?.children);
        acc.capAdults = add(acc.capAdults, limit?.adults);
        acc.capRural = add(acc.capRural, limit?.ruralTotal);
        for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) acc[k] += u[k];
      }
      rows.push({
        region: region ?? 'country',
        profile,
        cap: acc.cap,
        capChildren: acc.capChildren,
        capAdults: acc.capAdults,
        capRural: acc.capRural,
        booked: acc.total - acc.admitted,
        admitted: acc.admitted,
        used: acc.total,
        usedChildren: acc.children,
        usedAdults: acc.adults,
        usedRural: acc.rural_total,
        remaining: acc.cap === null ? null : acc.cap - acc.total,
        percentUsed: acc.cap ? Math.round((acc.total / acc.cap) * 10000) / 100 : null,
      });
    }
    return { year, region: region ?? 'country', rows };
  }
}

/** PostgreSQL returns integer columns of aggregates as strings in some drivers; count as numbers. */
function numeric(u: Pick<UsageTable, keyof typeof ZERO>): typeof ZERO {
  return {
    total: Number(u.total),
    children: Number(u.children),
    adults: Number(u.adults),
    rural_total: Number(u.rural_total),
    rural_children: Number(u.rural_children),
    rural_adults: Number(u.rural_adults),
    admitted: Number(u.admitted),
  };
}
