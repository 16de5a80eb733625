// Ledger CLI twins: db migrate, book, cancel, usage, import-bookings, token create/list/revoke.
// The CLI works on the database directly, as the operator who holds it: its actor is an admin.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { KepilError, issue } from '../corpus/issues.js';
import { getEngine } from './engine-commands.js';
import { openLedger } from './ledger-wiring.js';
import { createToken, listTokens, revokeToken } from '../ledger/auth.js';
import { csvBoolean, parseCsv, usageCsv } from '../ledger/csv.js';
import { lmsg, text } from '../ledger/text.js';
import { pickName, type Lang } from '../i18n/index.js';
import { langOption } from './options.js';
import { config } from '../config.js';
import type { Actor, BookingInput } from '../ledger/ledger.js';
import { tableIn } from './render.js';

const operator = (): Actor => ({ id: `cli:${userInfo().username}`, role: 'admin', region: null });

async function withLedger<T>(fn: (l: Awaited<ReturnType<typeof openLedger>>) => Promise<T>): Promise<T> {
  const l = await openLedger(getEngine());
  try {
    return await fn(l);
  } finally {
    await l.store.close();
  }
}

const yearOption = (v: string | undefined): number => {
  const n = v === undefined ? new Date().getFullYear() : /^\d{4}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw new KepilError('bad_request', lmsg('cli.year.bad', { value: String(v) }), [issue('year', lmsg('cli.year.example'))]);
  return n;
};

/** A progress bar on stderr (standard output stays clean for --json). */
function progress(done: number, total: number): void {
  if (!process.stderr.isTTY && done !== total && done % 100 !== 0) return;
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

/** Every ledger command speaks the chosen language (kk by default), its errors too (render.ts fail). */
const LANG_OPTION = ['--lang <lang>', 'kk, ru or en (default kk)', 'kk'] as const;

const unknownRegion = (region: string) => new KepilError('bad_request', lmsg('cli.region.unknown', { region }), [{ path: 'region', message: [...getEngine().corpus.regions.keys()].join(', ') }]);

const regionName = (id: string, lang: Lang) => {
  const r = getEngine().corpus.regions.get(id);
  return r ? pickName(r.name, lang) : text('ledger.country', lang);
};

export function registerLedgerCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  program
    .command('db')
    .description('the ledger database')
    .command('migrate')
    .description('apply pending migrations (SQLite by default; PostgreSQL with KEPIL_DB_URL)')
    .option('--json', 'print JSON')
    .option(...LANG_OPTION)
    .action((o: { json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ store }) => {
          const lang = langOption(o.lang);
          console.log(o.json ? JSON.stringify({ migrated: true, dialect: store.dialect.name, location: store.location }) : text('cli.db.migrated', lang, { dialect: store.dialect.name, location: store.location }));
        }),
      ),
    );

  program
    .command('book')
    .description('book a planned hospitalisation against the annex 1 caps')
    .requiredOption('--region <id>', 'required: a region id (see GET /api/v1/reference), e.g. karaganda')
    .requiredOption('--profile <id>', 'required: an annex 1 profile id (see `kepil limits --region …`), e.g. cardiology')
    .requiredOption('--birth-date <date>', 'required: YYYY-MM-DD (the cap is for children or adults)')
    .requiredOption('--admission-date <date>', 'required: YYYY-MM-DD (the programme year it counts in)')
    .requiredOption('--patient-ref <ref>', 'a pseudonym, 8–64 of A–Z a–z 0–9 _ - (never a name, IIN, phone or e-mail); stored only as a keyed hash')
    .option('--rural', 'a rural resident')
    .option('--key <key>', 'idempotency key, 8 characters or more: the same key books once')
    .option('--json', 'print JSON')
    .option(...LANG_OPTION)
    .action((o: { region: string; profile: string; birthDate: string; admissionDate: string; patientRef: string; rural?: boolean; key?: string; json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ ledger }) => {
          const lang = langOption(o.lang);
          const input: BookingInput = { region: o.region, profile: o.profile, birthDate: o.birthDate, admissionDate: o.admissionDate, patientRef: o.patientRef, rural: !!o.rural, ...(o.key ? { idempotencyKey: o.key } : {}) } as BookingInput;
          const r = await ledger.book(operator(), input);
          const b = r.booking;
          const profile = getEngine().corpus.profiles.get(b.profile);
          const said = { id: b.id, region: regionName(b.region, lang), profile: profile ? pickName(profile.name, lang) : b.profile, ageGroup: text(`ageGroup.${b.ageGroup}`, lang), date: b.admissionDate };
          console.log(o.json ? JSON.stringify(r, null, 2) : text(r.replayed ? 'cli.alreadyBooked' : 'cli.booked', lang, said));
        }),
      ),
    );

  program
    .command('cancel')
    .description('cancel a booking and release its place')
    .argument('<id>', 'booking id')
    .option('--json', 'print JSON')
    .option(...LANG_OPTION)
    .action((id: string, o: { json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ ledger }) => {
          const lang = langOption(o.lang);
          const b = await ledger.setStatus(operator(), id, 'cancelled');
          console.log(o.json ? JSON.stringify(b, null, 2) : text('cli.cancelled', lang, { id: b.id }));
        }),
      ),
    );

  program
    .command('usage')
    .description("each profile's cap, booked, admitted, remaining and % used")
    .option('--region <id>', 'a region (default: the whole country)')
    .option('--year <year>', 'programme year (default: this year)')
    .option('--json', 'print JSON')
    .option(...LANG_OPTION)
    .option('--csv', 'print CSV')
    .action((o: { region?: string; year?: string; json?: boolean; csv?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ ledger }) => {
          const lang = langOption(o.lang);
          if (o.region && !getEngine().corpus.regions.has(o.region)) throw unknownRegion(o.region);
          const u = await ledger.usage(yearOption(o.year), o.region);
          if (o.csv) process.stdout.write(usageCsv(u.rows));
          else if (o.json) console.log(JSON.stringify(u, null, 2));
          else {
            // Profiles by name, as `kepil limits` shows them (review M10).
            const corpus = getEngine().corpus;
            const named = u.rows.map((r) => ({ ...r, profile: corpus.profiles.get(r.profile) ? `${pickName(corpus.profiles.get(r.profile)!.name, lang)} (${r.profile})` : r.profile }));
            console.log(`${text('cli.usage.heading', lang, { region: regionName(u.region, lang), year: u.year })}\n${tableIn(lang, named as unknown as Record<string, unknown>[], ['profile', 'cap', 'booked', 'admitted', 'remaining', 'percentUsed'])}`);
          }
        }),
      ),
    );

  program
    .command('import-bookings')
    .description('bulk-load bookings from CSV (region,profile,birthDate,admissionDate,rural,patientRef[,idempotencyKey]); each row is all or nothing')
    .argument('<file>')
    .option('--json', 'print the per-row report as JSON')
    .option(...LANG_OPTION)
    .action((file: string, o: { json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ ledger }) => {
          const lang = langOption(o.lang);
          let content: string;
          try {
            content = readFileSync(file, 'utf8');
          } catch (e) {
            throw new KepilError('bad_request', lmsg('cli.file.unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), [issue('file', lmsg('cli.file.readableCsv'))]);
          }
          const { header, rows } = parseCsv(content);
          const needed = ['region', 'profile', 'birthDate', 'admissionDate', 'patientRef'];
          const absent = needed.filter((h) => !header.includes(h));
          if (absent.length) throw new KepilError('bad_request', lmsg('cli.csv.missingColumns', { columns: absent.join(', ') }), absent.map((h) => issue(`header.${h}`, lmsg('cli.csv.requiredColumn'))));
          // A misspelt column (say "rurall") would otherwise be dropped without a word.
          const unknown = header.filter((h) => !IMPORT_COLUMNS.includes(h));
          if (unknown.length) throw new KepilError('bad_request', lmsg('cli.csv.unknownColumns', { columns: unknown.join(', ') }), unknown.map((h) => ({ path: `header.${h}`, message: IMPORT_COLUMNS.join(', ') })));
          const report: { line: number; ok: boolean; id?: string; replayed?: boolean; error?: unknown }[] = [];
          for (const [i, { line, values }] of rows.entries()) {
            try {
              const rural = csvBoolean(values.rural ?? '');
              if (rural === undefined) throw new KepilError('bad_request', lmsg('cli.csv.rural', { line, value: values.rural ?? '' }), [{ path: 'rural', message: 'true/false/1/0/yes/no/иә/жоқ/да/нет' }]);
              const input = { region: values.region, profile: values.profile, birthDate: values.birthDate, admissionDate: values.admissionDate, patientRef: values.patientRef, rural, ...(values.idempotencyKey ? { idempotencyKey: values.idempotencyKey } : {}) } as BookingInput;
              const r = await ledger.book(operator(), input);
              report.push({ line, ok: true, id: r.booking.id, replayed: r.replayed });
            } catch (e) {
              if (!(e instanceof KepilError)) throw e;
              report.push({ line, ok: false, error: e.toJSON(lang) });
            }
            progress(i + 1, rows.length);
          }
          const failed = report.filter((r) => !r.ok);
          const booked = report.filter((r) => r.ok && !r.replayed).length;
          const summary = { rowsRead: rows.length, rows: report.length, booked: report.length - failed.length, newlyBooked: booked, failed: failed.length };
          if (o.json) console.log(JSON.stringify({ ...summary, report }, null, 2));
          else {
            console.log(text('cli.import.summary', lang, { read: rows.length, booked: summary.booked, refused: failed.length }));
            for (const f of failed) console.log(text('cli.import.lineFailed', lang, { line: f.line, error: JSON.stringify(f.error) }));
          }
          if (failed.length) process.exitCode = 1;
        }),
      ),
    );

  const token = program.command('token').description('API tokens: create, list, revoke');
  token
    .command('create')
    .description('create a token and print it once')
    .requiredOption('--role <role>', 'registrar or admin')
    .option('--region <id>', 'the registrar’s region')
    .option('--label <label>', 'who it is for', 'unnamed')
    .option('--days <n>', 'days until it expires (env KEPIL_TOKEN_DAYS)', String(config().KEPIL_TOKEN_DAYS))
    .option('--json', 'print {id, token, role, region, expiresAt} as JSON')
    .option(...LANG_OPTION)
    .action((o: { role: string; region?: string; label: string; days: string; json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ store }) => {
          const lang = langOption(o.lang);
          if (o.role !== 'registrar' && o.role !== 'admin') throw new KepilError('bad_request', lmsg('cli.role.bad', { role: o.role }), [issue('role', lmsg('cli.role.values'))]);
          if (o.region && !getEngine().corpus.regions.has(o.region)) throw unknownRegion(o.region);
          const days = Number(o.days);
          if (!Number.isInteger(days) || days < 1 || days > 3650) throw new KepilError('bad_request', lmsg('cli.token.days', { value: o.days }), [{ path: 'days', message: '1–3650' }]);
          const { id, token: secret, expiresAt } = await createToken(store, o.role, o.region ?? null, o.label, days);
          console.error(text('cli.token.created', lang, { id, who: `${o.role}${o.region ? `, ${o.region}` : ''}`, date: expiresAt.slice(0, 10) }));
          console.log(o.json ? JSON.stringify({ id, token: secret, role: o.role, region: o.region ?? null, expiresAt }) : secret);
        }),
      ),
    );
  token
    .command('list')
    .description('every token: id, role, region, label, created, expires, last used, status (never the token itself)')
    .option('--json', 'print JSON')
    .option(...LANG_OPTION)
    .action((o: { json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ store }) => {
          const lang = langOption(o.lang);
          const tokens = await listTokens(store);
          if (o.json) console.log(JSON.stringify(tokens, null, 2));
          else
            console.log(
              tableIn(
                lang,
                tokens.map((t) => ({ id: t.id, role: t.role, region: t.region ?? '', label: t.label, created: t.created_at.slice(0, 10), expires: t.expires_at.slice(0, 10), lastUsed: t.last_used_at?.slice(0, 16) ?? '', status: text(`token.status.${t.status}`, lang) })),
                ['id', 'role', 'region', 'label', 'created', 'expires', 'lastUsed', 'status'],
              ),
            );
        }),
      ),
    );
  token
    .command('revoke')
    .description('revoke a token; its next request gets 401')
    .argument('<id>', 'token id (kepil token list)')
    .option('--json', 'print {revoked: id} as JSON')
    .option(...LANG_OPTION)
    .action((id: string, o: { json?: boolean; lang?: string }) =>
      run(() =>
        withLedger(async ({ store }) => {
          const lang = langOption(o.lang);
          await revokeToken(store, id);
          console.log(o.json ? JSON.stringify({ revoked: id }) : text('cli.token.revoked', lang, { id }));
        }),
      ),
    );
}

/** The columns import-bookings reads; any other is refused. */
const IMPORT_COLUMNS = ['region', 'profile', 'birthDate', 'admissionDate', 'rural', 'patientRef', 'idempotencyKey'];
