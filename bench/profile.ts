// A CPU profile of the bench server while it serves one route, summed by what the time went to.
// The server (bench/http-server.ts) profiles itself with node:inspector between /bench/profile/start
// and /bench/profile/stop, so start-up is not in the profile.
import { Session } from 'node:inspector/promises';

interface Frame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const session = new Session();
export async function startProfile(): Promise<void> {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
export async function stopProfile(): Promise<CpuProfile> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile as unknown as CpuProfile;
}

/** Where a sample's time goes: the first frame from the leaf up that one of these recognises. */
export type Buckets = [string, (f: Frame) => boolean][];
export const BUCKETS: Buckets = [
  ['socket write (writev; includes time the process waits for a core)', (f) => f.functionName === 'writev'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['engine: decide', (f) => f.url.includes('/src/engine/')],
  ['response: compiled serializer', (f) => f.url.includes('fast-json-stringify') || (f.functionName === 'serialize' && f.url.includes('fastify/lib/reply'))],
  ['request: zod validation', (f) => f.url.includes('/zod/') || (f.functionName === 'validate' && f.url.includes('fastify/lib/validation'))],
  ['request: JSON.parse', (f) => f.functionName === 'parse' && f.url === ''],
  ['fastify routing, hooks, reply', (f) => f.url.includes('/fastify/') || f.url.includes('find-my-way')],
  ['node http parse and write', (f) => f.url.startsWith('node:')],
];

/** Busy time per bucket, in µs per request. */
export function summarise(profile: CpuProfile, requests: number, buckets: Buckets = BUCKETS): { bucket: string; usPerRequest: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id)!.callFrame;
    if (leaf.functionName === '(idle)') return;
    let bucket = 'other';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const hit = buckets.find(([, test]) => test(byId.get(cur!)!.callFrame));
      if (hit) {
        bucket = hit[0];
        break;
      }
    }
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals].sort((a, b) => b[1] - a[1]).map(([bucket, us]) => ({ bucket, usPerRequest: us / requests }));
}

/** Self time per function (name, file and line), in µs per request, the costliest first. */
export function topFunctions(profile: CpuProfile, requests: number, n = 25): { fn: string; usPerRequest: number; share: number }[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)! as ProfileNode & { callFrame: Frame & { lineNumber?: number } };
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const file = f.url.replace(/^.*\/(dist|node_modules)\//, '');
    const key = `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${(f.lineNumber ?? 0) + 1}` : ''}`;
    const dt = profile.timeDeltas[i] ?? 0;
    all += dt;
    totals.set(key, (totals.get(key) ?? 0) + dt);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, us]) => ({ fn, usPerRequest: us / requests, share: us / all }));
}
