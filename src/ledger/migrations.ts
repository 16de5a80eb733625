// Versioned migrations, run on start and by `kepil db migrate`. Append new ones; never edit old ones.
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { LedgerDialect } from './db.js';
import { KepilError } from '../corpus/issues.js';

function migrations(dialect: LedgerDialect): Record<string, Migration> {
  return {
    '2026-11-22-001-ledger': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('bookings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('profile', 'text', (c) => c.notNull())
          .addColumn('age_group', 'text', (c) => c.notNull().check(sql`age_group in ('child', 'adult')`))
          .addColumn('rural', 'integer', (c) => c.notNull())
          .addColumn('admission_date', 'text', (c) => c.notNull())
          .addColumn('patient_ref', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('booked', 'admitted', 'cancelled', 'completed')`))
          .addColumn('idempotency_key', 'text', (c) => c.unique())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('bookings_region_year').on('bookings').columns(['region', 'year', 'profile']).execute();
        await db.schema
          .createTable('usage')
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('region', 'text', (c) => c.notNull())
          .addColumn('profile', 'text', (c) => c.notNull())
          .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('children', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('adults', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('rural_total', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('rural_children', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('rural_adults', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('admitted', 'integer', (c) => c.notNull().defaultTo(0))
          .addPrimaryKeyConstraint('usage_pk', ['year', 'region', 'profile'])
          .execute();
        await db.schema
          .createTable('audit')
          .addColumn('id', dialect.serialType, dialect.serialId)
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('booking_id', 'text')
          .addColumn('before_status', 'text')
          .addColumn('after_status', 'text')
          .addColumn('dataset_version', 'text', (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_booking').on('audit').column('booking_id').execute();
        await db.schema
          .createTable('tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('registrar', 'admin')`))
          .addColumn('region', 'text')
          .addColumn('label', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
  };
}

export async function migrate(db: Kysely<any>, dialect: LedgerDialect): Promise<MigrationResultSet> {
  // PostgreSQL: keep the migration tables in the schema the connection works in (its search_path),
  // or Kysely may find another schema's tables and skip creating its own.
  const schema = dialect.name === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    migrationTableName: 'kepil_migrations',
    migrationLockTableName: 'kepil_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw new KepilError('internal', `migration failed: ${(result.error as Error).message ?? String(result.error)}`);
  return result;
}
