/**
 * Adding and removing a funnel's stages, as the edits by path that do it (the element applies them in
 * order with `setParam`): the conversion rates run beside the stages, and the high-intent stage and the
 * activities on a removed stage move to a neighbour.
 */
type Obj = Record<string, unknown>;
interface Row {
  key?: string;
  stage?: string;
}

const arr = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]).slice() : []);

/** Remove stage i of funnel `f` (prefix `p`: '' or `reps.<i>.`) with its rate. */
export function dropStage(f: Obj, p: string, i: number): [path: string, value: unknown][] {
  const stages = arr(f.stages);
  const key = stages[i]?.key;
  const rest = stages.filter((_, j) => j !== i);
  const out: [string, unknown][] = [
    [`${p}stages`, rest],
    [`${p}conversion`, arr(f.conversion).filter((_, j) => j !== i)],
  ];
  if (f.highIntentStage === key) out.push([`${p}highIntentStage`, rest[Math.max(0, i - 1)]?.key]);
  const acts = arr(f.activities);
  if (acts.some((a) => a?.stage === key))
    out.push([`${p}activities`, acts.map((a) => (a?.stage === key ? { ...a, stage: rest[0]?.key } : a))]);
  return out;
}

/** A new bottom stage named `name` (count 0, rate 1: nothing changes until it is filled in). */
export function addStage(f: Obj, p: string, name: string): [path: string, value: unknown][] {
  const stages = arr(f.stages);
  let n = stages.length + 1;
  while (stages.some((s) => s?.key === `stage${n}`)) n++;
  return [
    [`${p}stages`, [...stages, { key: `stage${n}`, label: name || null, count: 0 }]],
    [`${p}conversion`, [...arr(f.conversion), 1]],
  ];
}
