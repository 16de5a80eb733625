// The rules engine's public face. Build once with `compile(corpus)`, then decide many times.
export { compile, type Engine } from './compile.js';
export { decide } from './decide.js';
export { entitlements, type Entitlements } from './entitlements.js';
export type { Decision, Outcome, Package } from './decision.js';
export * from './request.js';
export { compareItem } from './compare.js';
export { assessCriteria, assessmentRequest, type AssessmentRequest } from './criteria.js';
export { explainAct, type ActView, type ScenarioInput } from './explain-act.js';
