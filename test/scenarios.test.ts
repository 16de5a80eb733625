// Golden scenarios, in the spirit of OpenFisca's YAML tests: test/scenarios/*.json, each a request,
// the expected outcome and package, and the points that must be cited.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decide, parseRequest, type Decision } from '../src/engine/index.js';
import { engineForTests } from './app-support.js';

export interface Scenario {
  name: string;
  request: unknown;
  expect: {
    outcome: Decision['outcome'];
    package: Decision['package'];
    /** "p.62" matches any cited point starting so; "act-id#annex 1" pins the act too. */
    points?: string[];
    missing?: string[];
    conditions?: string[];
    wouldCover?: string[];
    reason?: string;
    /** Each must occur in some note (e.g. the premise an answer rests on). */
    notes?: string[];
    /** Fields the decision's questions ask, in this order at the front when `questionsInOrder`. */
    questions?: string[];
    /** Fields neither asked nor listed as missing: facts the law makes irrelevant here. */
    notAsked?: string[];
    /** Interpretations the answer names, with the reading used (null: undetermined between them). */
    interpretations?: Record<string, string | null>;
    /** At least this many readings. */
    readings?: number;
  };
  /** The legal reasoning, where a scenario changed or a finding closed. */
  why?: string;
}

const DIR = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const all: Scenario[] = [];

function cites(d: Decision, point: string): boolean {
  const [act, prefix] = point.includes('#') ? point.split('#') : [null, point];
  return d.basis.some((b) => (!act || b.act === act) && b.point.startsWith(prefix!));
}

for (const file of files) {
  const { title, scenarios } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { title: string; scenarios: Scenario[] };
  all.push(...scenarios);
  describe(title, () => {
    for (const s of scenarios) {
      test(s.name, () => {
        const d = decide(engineForTests(), parseRequest(s.request));
        const why = JSON.stringify({ outcome: d.outcome, package: d.package, basis: d.basis.map((b) => `${b.act}#${b.point}`), missing: d.missing.map((m) => m.id), reasons: d.reasons.map((r) => r.text), conditions: d.conditions.map((c) => c.id) });
        assert.equal(d.outcome, s.expect.outcome, why);
        assert.equal(d.package, s.expect.package, why);
        for (const p of s.expect.points ?? []) assert.ok(cites(d, p), `cites ${p}: ${why}`);
        for (const m of s.expect.missing ?? []) assert.ok(d.missing.some((x) => x.id === m), `missing ${m}: ${why}`);
        for (const c of s.expect.conditions ?? []) assert.ok(d.conditions.some((x) => x.id === c), `condition ${c}: ${why}`);
        for (const w of s.expect.wouldCover ?? []) assert.ok(d.wouldCover.some((x) => x.change.includes(w)), `would cover ${w}: ${JSON.stringify(d.wouldCover)}`);
        // A note names a premise in words; its id stays beside them, in the note's message (issue 16).
        const noted = (n: string) => d.notes.some((x) => x.includes(n)) || (d.noteMessages ?? []).some((m) => m?.params?.premise === n);
        for (const n of s.expect.notes ?? []) assert.ok(noted(n), `note ${n}: ${JSON.stringify({ notes: d.notes, noteMessages: d.noteMessages })}`);
        if (s.expect.reason) assert.ok(d.reasons.some((r) => r.text.includes(s.expect.reason!)), `reason ${s.expect.reason}: ${why}`);
        const asked = d.questions.map((q) => q.field);
        for (const q of s.expect.questions ?? []) assert.ok(asked.includes(q), `question ${q}: ${JSON.stringify(asked)}`);
        for (const n of s.expect.notAsked ?? []) {
          assert.ok(!asked.includes(n) && !d.missing.some((m) => m.id === n || m.field === n), `${n} is irrelevant here, yet asked: ${JSON.stringify({ asked, missing: d.missing.map((m) => m.id) })}`);
          assert.ok(!d.readings.some((r) => r.facts.some((x) => x.field === n)), `${n} is irrelevant here, yet enumerated`);
        }
        for (const [id, used] of Object.entries(s.expect.interpretations ?? {})) {
          const i = d.interpretations.find((x) => x.id === id);
          assert.ok(i, `names interpretation ${id}: ${JSON.stringify(d.interpretations.map((x) => x.id))}`);
          assert.equal(i.used, used, `interpretation ${id} used`);
          assert.ok(i.readings.length >= 1 && i.source.quote.length > 0);
        }
        if (s.expect.readings !== undefined) assert.ok(d.readings.length >= s.expect.readings, `${d.readings.length} readings`);
        if (d.outcome === 'undetermined' && d.readings.length > 1) assert.ok(d.questions.length > 0 || d.missing.length > 0, 'an undetermined answer says what would settle it');
        assert.ok(d.basis.length > 0 || d.outcome === 'undetermined', 'a covered or not-covered answer cites its points');
      });
    }
  });
}

test('there are at least 80 golden scenarios, covering every type of care and outcome', () => {
  assert.ok(all.length >= 80, `${all.length} scenarios`);
  const types = new Set(all.map((s) => (s.request as { care: { type: string } }).care.type));
  for (const t of ['ambulance', 'air_ambulance', 'phc', 'outpatient_specialist', 'day_hospital', 'inpatient', 'rehabilitation', 'palliative', 'blood', 'pathology', 'transplantation', 'outpatient_drug', 'treatment_abroad']) assert.ok(types.has(t), t);
  for (const o of ['covered', 'not_covered', 'undetermined']) assert.ok(all.some((s) => s.expect.outcome === o), o);
});
