import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actInForce, reached } from '../src/corpus/validity.js';
import { regionalListOn } from '../src/corpus/queries.js';
import { corpusForTests } from './support.js';

const status = (id: string, date: string) => {
  const c = corpusForTests();
  return actInForce(c.acts.get(id)!, date, c.presumeDays);
};

test('decree 421 is in force from 1 Jan 2020, not a day before', () => {
  assert.equal(status('gov-421-2019', '2019-12-31').state, 'no');
  assert.equal(status('gov-421-2019', '2020-01-01').state, 'yes');
  assert.equal(status('gov-421-2019', '2020-01-01').presumed, false);
});

test('the programme applies from 1 Jan 2026 to 31 Dec 2028', () => {
  assert.equal(status('programme-2026-2028', '2025-12-31').state, 'no');
  assert.equal(status('programme-2026-2028', '2026-01-01').state, 'yes');
  assert.equal(status('programme-2026-2028', '2028-12-31').state, 'yes');
  assert.equal(status('programme-2026-2028', '2029-01-01').state, 'no');
});

test('"ten days after publication" is uncertain inside its window and says so', () => {
  const s = status('astana-162-20-viii', '2024-04-20');
  assert.equal(s.state, 'uncertain');
  assert.deepEqual(s.window, { from: '2024-04-09', to: '2024-06-08' });
  assert.equal(status('astana-162-20-viii', '2024-04-08').state, 'no');
});

test('past the window an act is in force, flagged as resting on the publication premise', () => {
  const s = status('astana-162-20-viii', '2024-08-01');
  assert.equal(s.state, 'yes');
  assert.equal(s.presumed, true);
});

test('the Astana list was in force in summer 2024 and is repealed after autumn 2024', () => {
  assert.equal(regionalListOn(corpusForTests(), 'astana', '2024-08-01').state, 'in_force');
  assert.equal(regionalListOn(corpusForTests(), 'astana', '2024-10-20').state, 'uncertain');
  const after = regionalListOn(corpusForTests(), 'astana', '2026-05-01');
  // After the repeal the region's list is unknown, not absent: no successor is in the sources (F13).
  assert.equal(after.state, 'not_in_corpus');
  assert.equal(after.list, null);
  // The repealing decision in words; its id beside them in the message's parameters.
  assert.match(after.reason, /whether Astana City Maslikhat, decision No\. 221\/27-VIII of 25\.09\.2024 or a later decision adopted a new list/);
  assert.equal(after.message.params?.repealId, 'astana-221-27-viii');
});

test('an exact date is never presumed', () => {
  const e = { exact: '2027-01-01', earliest: '2027-01-01', latest: null, rule: 'from 1 Jan 2027', source: null };
  assert.equal(reached(e, '2026-12-31', 60).state, 'no');
  assert.equal(reached(e, '2027-01-01', 60).presumed, false);
});

test('the Mangystau list as restated in 2022 is in force in 2026; before it, the older wording is not in the corpus', () => {
  assert.equal(regionalListOn(corpusForTests(), 'mangystau', '2026-05-01').state, 'in_force');
  const old = regionalListOn(corpusForTests(), 'mangystau', '2021-06-01');
  assert.equal(old.state, 'not_in_corpus');
  assert.match(old.reason, /not in the sources/);
});

test('a region with no decision in the corpus is not_in_corpus, never "no list"', () => {
  const r = regionalListOn(corpusForTests(), 'abai', '2026-05-01');
  assert.equal(r.state, 'not_in_corpus');
  assert.match(r.reason, /holds no text of a maslikhat decision on a supplementary list for Abai Region \(which is not a finding that the region has none\)/);
  assert.equal(r.standing.state, 'no_list_held');
});
