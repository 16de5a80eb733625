// `kepil explain-act`: the lawyer's view, each point's text beside the rules and scenarios.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from './support.js';
import type { ActView } from '../src/engine/explain-act.js';

test('explain-act --json lists every point of the programme, each read by a rule or recorded as not modelled', () => {
  const r = cli(['explain-act', 'programme-2026-2028', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const v = JSON.parse(r.stdout) as ActView;
  assert.equal(v.points.length, 83);
  assert.equal(v.summary.neither, 0);
  assert.equal(v.summary.read + v.summary.notModelled, v.summary.points);
  const p34 = v.points.find((p) => p.point === 'p.34')!;
  assert.match(p34.text, /^34\. 2027 жылғы 1 қаңтардан бастап/);
  assert.ok(p34.readBy.some((r) => r.id === 'inpatient'));
  assert.ok(p34.parameters.some((x) => x.key === 'gvfmc.uninsured_emergency_scope' && x.from === '2027-01-01'));
  assert.ok(p34.scenarios.some((s) => s.file === 'boundaries-2027.json' && s.asserted));
});

test('explain-act --point shows one point; a sub-point shows the point it belongs to', () => {
  const v = JSON.parse(cli(['explain-act', 'programme-2026-2028', '--point', 'p.33.4', '--json']).stdout) as ActView;
  assert.deepEqual(v.points.map((p) => p.point), ['p.33']);
  const text = cli(['explain-act', 'programme-2026-2028', '--point', 'p.14', '--lang', 'ru']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /### p\.14/);
  assert.match(text.stdout, /Не моделируется: Иммунизация против заболеваний из перечня вакцинации/);
});

test('explain-act shows decree 421 as restated by 1086, point by point, in Kazakh', () => {
  const r = cli(['explain-act', 'gov-421-2019', '--lang', 'kk']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /### list p\.2/);
  assert.match(r.stdout, /мәтін алып тасталды/);
  assert.match(r.stdout, /Модельденбеген:/);
  const d = JSON.parse(cli(['explain-act', 'gov-1086-2025', '--json']).stdout) as ActView;
  assert.equal(d.shownAs, 'gov-421-2019', 'decree 1086 restated the list that 421’s text carries');
  assert.ok(d.points.some((p) => p.point === 'list p.2'));
});

test('explain-act refuses an act it cannot cut into points, or a point the act lacks, naming the field (exit 2)', () => {
  const a = cli(['explain-act', 'karaganda-34']);
  assert.equal(a.status, 2);
  assert.equal(JSON.parse(a.stderr).error.issues[0].path, 'act');
  const p = cli(['explain-act', 'programme-2026-2028', '--point', 'p.99']);
  assert.equal(p.status, 2);
  assert.equal(JSON.parse(p.stderr).error.issues[0].path, 'point');
});
