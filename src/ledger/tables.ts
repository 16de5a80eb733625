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
  patient_ref: string;
  status: BookingStatus;
  idempotency_key: string | null;
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
}

export interface LedgerSchema {
  bookings: BookingsTable;
  usage: UsageTable;
  audit: AuditTable;
  tokens: TokensTable;
}
