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
    // Issue 10: tokens expire, are revoked and record their last use; idempotency keys belong to a
    // principal (the token) and are bound to a hash of the request; the generated HMAC key's table.
    '2026-11-25-002-security': {
      async up(db: Kysely<any>) {
        for (const column of ['expires_at', 'last_used_at', 'revoked_at']) await db.schema.alterTable('tokens').addColumn(column, 'text').execute();
        // Tokens made before expiry existed get the default lifetime from now.
        await db.updateTable('tokens').set({ expires_at: new Date(Date.now() + 90 * 86_400_000).toISOString() }).execute();
        await db.schema.createTable('kepil_secret').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
        if (dialect.name === 'postgres') {
          await db.schema.alterTable('bookings').addColumn('request_hash', 'text').execute();
          await sql`alter table bookings drop constraint if exists bookings_idempotency_key_key`.execute(db);
        } else {
          // SQLite cannot drop a column's UNIQUE: the table is rebuilt without it, rows copied as they are.
          await db.schema
            .createTable('bookings_v2')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .addColumn('year', 'integer', (c) => c.notNull())
            .addColumn('region', 'text', (c) => c.notNull())
            .addColumn('profile', 'text', (c) => c.notNull())
            .addColumn('age_group', 'text', (c) => c.notNull().check(sql`age_group in ('child', 'adult')`))
            .addColumn('rural', 'integer', (c) => c.notNull())
            .addColumn('admission_date', 'text', (c) => c.notNull())
            .addColumn('patient_ref', 'text', (c) => c.notNull())
            .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('booked', 'admitted', 'cancelled', 'completed')`))
            .addColumn('idempotency_key', 'text')
            .addColumn('created_by', 'text', (c) => c.notNull())
            .addColumn('created_at', 'text', (c) => c.notNull())
            .addColumn('updated_at', 'text', (c) => c.notNull())
            .addColumn('request_hash', 'text')
            .execute();
          const columns = sql.raw('id, year, region, profile, age_group, rural, admission_date, patient_ref, status, idempotency_key, created_by, created_at, updated_at');
          await sql`insert into bookings_v2 (${columns}) select ${columns} from bookings`.execute(db);
          await db.schema.dropTable('bookings').execute();
          await db.schema.alterTable('bookings_v2').renameTo('bookings').execute();
          await db.schema.createIndex('bookings_region_year').on('bookings').columns(['region', 'year', 'profile']).execute();
        }
        await db.schema.createIndex('bookings_principal_key').on('bookings').columns(['created_by', 'idempotency_key']).unique().execute();
      },
    },
  };
}

/** Applies every pending migration, or those up to `to` (a migration's name; the upgrade tests). */
export async function migrate(db: Kysely<any>, dialect: LedgerDialect, to?: string): Promise<MigrationResultSet> {
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
  const result = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
  if (result.error) throw new KepilError('internal', `migration failed: ${(result.error as Error).message ?? String(result.error)}`);
  return result;
}
