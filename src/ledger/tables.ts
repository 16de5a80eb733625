// The ledger's tables as Kysely sees them. Booleans are integers 0/1 and dates ISO text on both engines.
import type { Generated } from 'kysely';

export type BookingStatus = 'booked' | 'admitted' | 'cancelled' | 'completed';
export type AgeGroup = 'child' | 'adult';

export interface BookingsTable {
  id: string;
  year: number;
  region: string;
  profile: string;
  age_group: AgeGroup;
  rural: number;
  admission_date: string;
  /** An HMAC of the caller's pseudonym (docs/privacy.md), never the value sent. */
  patient_ref: string;
  status: BookingStatus;
  /** Unique per principal (created_by), not globally. */
  idempotency_key: string | null;
  /** An HMAC of the booking request, so a replayed key with another body is refused. */
  request_hash: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** Places taken per cap, kept in step with the bookings in the same transaction. */
export interface UsageTable {
  year: number;
  region: string;
  profile: string;
  total: number;
  children: number;
  adults: number;
  rural_total: number;
  rural_children: number;
  rural_adults: number;
  admitted: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  booking_id: string | null;
  before_status: string | null;
  after_status: string | null;
  dataset_version: string;
  detail: string;
}

export interface TokensTable {
  id: string;
  hash: string;
  role: 'registrar' | 'admin';
  region: string | null;
  label: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** One row: the generated HMAC key when KEPIL_SECRET is not set (PostgreSQL). */
export interface SecretTable {
  id: number;
  value: string;
}

export interface LedgerSchema {
  bookings: BookingsTable;
  usage: UsageTable;
  audit: AuditTable;
  tokens: TokensTable;
  kepil_secret: SecretTable;
}
