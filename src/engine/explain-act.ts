// The lawyer's view of an act (Catala's "article, then rule"): each point's text beside the rules
// that read it, the parameters it sets, and the golden scenarios whose answers cite it. Pure: the
// caller passes the scenarios it read.
import { actPoints, pointedAct, topPoint } from '../corpus/act-points.js';
import { KepilError } from '../corpus/issues.js';
import { isPremise, isSecondary } from '../corpus/parameters.js';
import type { Engine } from './compile.js';
import { decide } from './decide.js';
import { REGISTRY, sourcesRead } from './registry.js';
import { parseRequest } from './request.js';

export interface ScenarioInput {
  file: string;
  name: string;
  request: unknown;
  expect?: { points?: string[] };
}

export interface PointView {
  point: string;
  text: string;
  readBy: { id: string; kind: string; module: string; title: string; cites: { point: string; quote: string }[] }[];
  parameters: { key: string; from: string | null; value: unknown; point: string; quote: string; note?: string }[];
  notModelled: string | null;
  /** Scenarios whose answer cites the point; `asserted` when the scenario's expectation names it. */
  scenarios: { file: string; name: string; asserted: boolean }[];
}

export interface ActView {
  act: string;
  /** Where the act asked for restated another's text (decree 1086 → 421's list), the act shown. */
  shownAs?: string;
  points: PointView[];
  summary: { points: number; read: number; notModelled: number; neither: number; withScenarios: number };
}

/** Each scenario's cited points, by act and top-level point ("programme-2026-2028|p.33"). */
function scenarioPoints(engine: Engine, scenarios: ScenarioInput[]): { s: ScenarioInput; cited: Set<string>; asserted: Set<string> }[] {
  return scenarios.flatMap((s) => {
    let request;
    try {
      request = parseRequest(s.request);
    } catch {
      return [];
    }
    const d = decide(engine, request);
    const cited = new Set(d.basis.map((b) => `${b.act}|${topPoint(b.point)}`));
    const asserted = new Set(
      (s.expect?.points ?? []).map((p) => {
        const [act, point] = p.includes('#') ? p.split('#') : [engine.corpus.programme.id, p];
        return `${act}|${topPoint(point!)}`;
      }),
    );
    return [{ s, cited: new Set([...cited, ...asserted]), asserted }];
  });
}

export function explainAct(engine: Engine, asked: string, scenarios: ScenarioInput[], only?: string): ActView {
  const corpus = engine.corpus;
  const actId = pointedAct(asked);
  let points = actPoints(corpus, actId);
  if (only !== undefined) {
    points = points.filter((p) => p.point === topPoint(only));
    if (points.length === 0) throw new KepilError('bad_request', `no point '${only}' in ${actId}`, [{ path: 'point', message: `no point '${only}' in ${actId}` }]);
  }
  const reads = REGISTRY.map((spec) => ({ spec, sources: sourcesRead(corpus, spec).filter((s) => s.act === actId) }));
  const parameters = [...corpus.parameters.values()].flatMap((e) =>
    e.parameter.values.flatMap((v) => (isPremise(v.source) || isSecondary(v.source) || v.source.act !== actId ? [] : [{ key: e.key, from: v.from, value: v.value, point: v.source.point, quote: v.source.quote, ...(v.note ? { note: v.note } : {}) }])),
  );
  const exercised = scenarioPoints(engine, scenarios);
  const views = points.map((p): PointView => {
    const key = `${actId}|${p.point}`;
    return {
      point: p.point,
      text: p.text,
      readBy: reads
        .map(({ spec, sources }) => ({ spec, cites: sources.filter((s) => topPoint(s.point) === p.point) }))
        .filter((r) => r.cites.length > 0)
        .map(({ spec, cites }) => ({ id: spec.id, kind: spec.kind, module: spec.module, title: spec.title, cites: [...new Map(cites.map((c) => [`${c.point}|${c.quote}`, { point: c.point, quote: c.quote }])).values()] })),
      parameters: parameters.filter((x) => topPoint(x.point) === p.point),
      notModelled: corpus.notModelled.find((n) => n.act === actId && n.point === p.point)?.why ?? null,
      scenarios: exercised.filter((x) => x.cited.has(key)).map((x) => ({ file: x.s.file, name: x.s.name, asserted: x.asserted.has(key) })),
    };
  });
  return {
    act: asked,
    ...(actId !== asked ? { shownAs: actId } : {}),
    points: views,
    summary: {
      points: views.length,
      read: views.filter((v) => v.readBy.length > 0).length,
      notModelled: views.filter((v) => v.notModelled !== null).length,
      neither: views.filter((v) => v.readBy.length === 0 && v.notModelled === null).length,
      withScenarios: views.filter((v) => v.scenarios.length > 0).length,
    },
  };
}
