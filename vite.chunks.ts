// Chunk grouping of the loader build (vite.loader.config.ts): fewer, larger shared chunks for a page with one
// element. Rolldown splits shared code by the exact set of entries (element chunks, lazy files, locale
// files) that use it, which gave a page with the autoloader and one funnel-forecast 12 files, six of them
// under 1 KB gzip: over HTTP/1.1's six connections a page waited for files more than it ran code.
//
// `elementChunkGroups(buildDefault)` first builds the bundle with rolldown's own splitting (in memory), so
// that what each chunk holds is exactly what rolldown found used (module imports over-state it: zod is
// imported by modules every element loads, but used only by some). Each shared chunk gets the set of
// elements whose page loads it (static imports from the element's chunk). Then chunks are merged when the
// bytes this adds to pages that do not use them stay small:
//   core      chunks loaded by (nearly) every element: lit, the base element, storage, formatting;
//   <family>  chunks loaded by elements of one family only (the planners, the risk panels, the tiering cards
//             and tables);
//   import    …and chunks loaded by exactly the same elements are one file (the shared import view).
// Who imports a chunk on demand counts too (`import()` from the element's chunks, at any depth): a chunk one
// family loads at once and another on demand (the import view: the tiering cards' history at once, the risk
// panels' CRM import after their first rows) joins no family group, else the other family's `import()` would
// load that whole group (the tiering model with the risk panels' import). It is merged only with chunks that
// the same elements load at once and the same ones on demand.
// A chunk joins a group when (its gzip size) × (elements of the group that do not load it) ≤ `waste` bytes;
// revops-provider (no view, always beside other elements) is not counted. The second build names each
// module of a merged chunk after its group (`output.codeSplitting.groups`); groups that load others come
// first (`priority`), so a group never takes a module that a larger group holds.
import { gzipSync } from 'node:zlib';

/** Elements that are usually on one page, and share code (component folder names). */
export const FAMILIES: Record<string, readonly string[]> = {
  planners: ['funnel-forecast', 'sales-target-planner', 'sales-org-designer', 'cs-capacity-planner'],
  risk: ['opportunity-alert-panel', 'churn-alert-panel'],
  tiering: ['lead-score-card', 'customer-value-card', 'lead-score-table', 'customer-value-table'],
};
/** Not counted when weighing a merge: the provider has no view and is always used beside other elements. */
const UNCOUNTED = new Set(['revops-provider']);

/** What the plan reads of a built chunk. */
export interface BuiltChunk {
  fileName: string;
  imports: readonly string[];
  code: string;
  facadeModuleId: string | null;
  moduleIds?: readonly string[];
  /** Chunks it imports with `import()`. */
  dynamicImports?: readonly string[];
}

const tagOf = (id: string | null | undefined): string | undefined =>
  /components\/([^/]+)\/index\.ts$/.exec(id ?? '')?.[1];

/**
 * Group names by chunk, from a build's chunks (`{ fileName, imports, code, facadeModuleId, moduleIds,
 * dynamicImports }`). Returns `plan` (Map<fileName, group name> of every shared chunk), `users`
 * (Map<fileName, Set<tag>>: the elements whose page loads it at once) and `lazyUsers` (the other elements
 * that may load it on demand).
 */
export function planGroups(
  chunks: readonly BuiltChunk[],
  { waste = 1536, small = 1024 }: { waste?: number; small?: number } = {},
): {
  plan: Map<string, string>;
  users: Map<string, Set<string>>;
  lazyUsers: Map<string, Set<string>>;
  merged: Set<string>;
} {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const users = new Map<string, Set<string>>();
  const lazyUsers = new Map<string, Set<string>>();
  const tags: string[] = [];
  const pages = new Map<string, Set<string>>();
  for (const c of chunks) {
    const tag = tagOf(c.facadeModuleId);
    if (!tag || tag === 'shared') continue;
    tags.push(tag);
    const seen = new Set<string>();
    const walk = (f: string): void => {
      for (const i of byName.get(f)?.imports ?? [])
        if (!seen.has(i)) {
          seen.add(i);
          walk(i);
        }
    };
    walk(c.fileName);
    pages.set(tag, seen);
    for (const f of seen) users.set(f, (users.get(f) ?? new Set<string>()).add(tag));
    // What the page may import on demand: dynamic imports of anything it loads, and all they load, at any depth.
    const lazy = new Set<string>();
    const reach = (f: string): void => {
      if (lazy.has(f) || seen.has(f) || f === c.fileName) return;
      lazy.add(f);
      const ch = byName.get(f);
      for (const i of [...(ch?.imports ?? []), ...(ch?.dynamicImports ?? [])]) reach(i);
    };
    for (const f of [c.fileName, ...seen]) for (const d of byName.get(f)?.dynamicImports ?? []) reach(d);
    for (const f of lazy) lazyUsers.set(f, (lazyUsers.get(f) ?? new Set<string>()).add(tag));
  }
  const counted = tags.filter((t) => !UNCOUNTED.has(t));
  const familyOf = (t: string): string | undefined => Object.keys(FAMILIES).find((f) => FAMILIES[f]!.includes(t));
  const plan = new Map<string, string>();
  const sameUsers = new Map<string, string[]>();
  for (const [file, used] of users) {
    const c = byName.get(file);
    if (!c || used.size < 2 || tagOf(c.facadeModuleId)) continue;
    const gz = gzipSync(c.code).length;
    const missing = (group: readonly string[]): number => group.filter((t) => !UNCOUNTED.has(t) && !used.has(t)).length;
    const lazy = lazyUsers.get(file) ?? new Set<string>();
    const families = new Set([...used, ...lazy].filter((t) => !UNCOUNTED.has(t)).map((t) => familyOf(t) ?? t));
    const family = families.size === 1 ? [...families][0] : undefined;
    if (gz * missing(counted) <= waste) plan.set(file, 'core');
    else if (family && FAMILIES[family] && gz * missing(FAMILIES[family]) <= waste) plan.set(file, family);
    else {
      const key = `${[...used].sort().join(',')}|${[...lazy].sort().join(',')}`;
      sameUsers.set(key, [...(sameUsers.get(key) ?? []), file]);
    }
  }
  // Small groups (each under `small` bytes) merge with each other while the bytes the merged group adds to pages
  // that do not use each of its chunks, at once or on demand, stay within `waste` (a page with one element
  // then makes fewer requests: each costs a request round and its own gzip and import lines).
  const gzOf = new Map<string, number>();
  for (const files of sameUsers.values()) for (const f of files) gzOf.set(f, gzipSync(byName.get(f)!.code).length);
  const sizeOf = (g: readonly string[]): number => g.reduce((n, f) => n + gzOf.get(f)!, 0);
  // Bytes × pages: a page that loads the group at once pays for each chunk it does not load at once; one that
  // loads it only on demand, for each chunk it never loads.
  const importsOf = (f: string, all = new Set<string>()): Set<string> => {
    for (const i of byName.get(f)?.imports ?? []) if (!all.has(i)) importsOf(i, all.add(i));
    return all;
  };
  const wasteOf = (g: readonly string[]): number => {
    const counted = (t: string): boolean => !UNCOUNTED.has(t);
    const now = new Set(g.flatMap((f) => [...users.get(f)!]).filter(counted));
    const later = new Set(g.flatMap((f) => [...(lazyUsers.get(f) ?? [])]).filter((t) => counted(t) && !now.has(t)));
    let bytes = 0;
    for (const f of g) {
      const at = users.get(f)!;
      const on = lazyUsers.get(f) ?? new Set<string>();
      const pays =
        [...now].filter((t) => !at.has(t)).length + [...later].filter((t) => !at.has(t) && !on.has(t)).length;
      bytes += gzOf.get(f)! * pays;
    }
    // …and for the chunks the group imports that a page loading it at once did not load.
    const imports = new Set(g.flatMap((f) => [...importsOf(f)]));
    for (const t of now)
      for (const i of imports)
        if (!pages.get(t)!.has(i) && !g.includes(i)) bytes += gzipSync(byName.get(i)!.code).length;
    return bytes;
  };
  const sameUsersGroups = [...sameUsers.values()];
  const groups = [...sameUsersGroups];
  for (;;) {
    let best: { i: number; j: number; cost: number } | undefined;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        if (sizeOf(groups[i]!) >= small || sizeOf(groups[j]!) >= small) continue;
        const cost = wasteOf([...groups[i]!, ...groups[j]!]);
        if (cost <= waste && (!best || cost < best.cost)) best = { i, j, cost };
      }
    if (!best) break;
    groups[best.i] = [...groups[best.i]!, ...groups[best.j]!];
    groups.splice(best.j, 1);
  }
  // A group is named after its first chunk. Groups of chunks with the same users keep that name even when it is
  // another group's (they are then one chunk: the tiering cards' model chunk is one with the tiering group that
  // way, which the tiering pages' bytes count on); a group merged above gets a name of its own, else it could
  // join a large group of other users by name.
  const base = (f: string): string => f.replace(/^.*\/|-[\w-]{8}\.js$/g, '');
  const merged = groups.filter((g) => sameUsersGroups.every((s) => s.length !== g.length || s[0] !== g[0]));
  for (const files of groups) if (!merged.includes(files)) for (const f of files) plan.set(f, base(files[0]!));
  const taken = new Set(plan.values());
  for (const files of merged) {
    let name = `${base(files[0]!)}-group`;
    for (let n = 2; taken.has(name); n++) name = `${base(files[0]!)}-group${n}`;
    taken.add(name);
    for (const f of files) plan.set(f, name);
  }
  const mergedNames = new Set(merged.map((files) => plan.get(files[0]!)!));
  return { plan, users, lazyUsers, merged: mergedNames };
}

/**
 * `output.codeSplitting` for the loader build: `buildDefault()` resolves with the chunks of the same build
 * with rolldown's own splitting; each merged chunk's modules go to its group.
 */
export async function elementChunkGroups(
  buildDefault: () => Promise<readonly BuiltChunk[]>,
  options?: { waste?: number },
): Promise<{ groups: { name: string; test: (id: string) => boolean; priority: number }[] }> {
  const chunks = await buildDefault();
  const { plan, users: staticUsers, lazyUsers, merged } = planGroups(chunks, options);
  const groupOf = new Map<string, string>();
  for (const c of chunks) {
    const g = plan.get(c.fileName);
    if (g) for (const id of c.moduleIds ?? []) groupOf.set(id, g);
  }
  // Every module of a group's chunks imports only what as many elements or more use (at once or on demand):
  // the groups used by more elements go first (`priority`), so a group never takes in
  // (includeDependenciesRecursively) a module that a wider group holds (the tables' chunk does not take the
  // risk panels' lazy import, which it imports).
  const usersOf = (file: string): number =>
    new Set([...(staticUsers.get(file) ?? []), ...(lazyUsers.get(file) ?? [])]).size;
  const users = new Map<string, number>();
  for (const [file, g] of plan) users.set(g, Math.min(users.get(g) ?? Infinity, usersOf(file)));
  // A group of small chunks merged for fewer files is used by all their users: it goes before the groups of
  // fewer elements, else one of them could take in a module it holds (lit's directive base, which the list's
  // group imports too) and bring that whole group to a page that uses only the small chunk.
  for (const g of merged) {
    const all = new Set<string>();
    for (const [file, h] of plan)
      if (h === g) for (const t of [...(staticUsers.get(file) ?? []), ...(lazyUsers.get(file) ?? [])]) all.add(t);
    users.set(g, all.size);
  }
  return {
    groups: [...users]
      .sort((a, b) => b[1] - a[1] || Number(a[0] in FAMILIES) - Number(b[0] in FAMILIES))
      .map(([name, n]) => ({ name, test: (id) => groupOf.get(id) === name, priority: name === 'core' ? 1000 : n })),
  };
}
