// The autoloader's element chunks (dist/loader/<tag>-<hash>.js, built by `npm run build`) name every chunk
// they need as an import of their own, so a page requests them all in one round once it has the element's
// chunk, never one level of imports after another (vite.plugins.js, hoistChunkImports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planGroups } from '../../vite.chunks.js';
import { LOADER_DIR, importsOf, reached } from './loader-files.js';
import { CHURN_SIGNAL_CODES } from '../../src/models/churn.js';
import { OPPORTUNITY_SIGNAL_CODES } from '../../src/models/opportunities.js';
import { IMPORT } from '../../src/i18n/import/en.js';
import { PLANS } from '../../src/i18n/plans/en.js';

const dir = LOADER_DIR;
const TAGS = readdirSync(fileURLToPath(new URL('../../components/', import.meta.url))).filter((d) =>
  existsSync(fileURLToPath(new URL(`../../components/${d}/index.ts`, import.meta.url))),
);

test('every element chunk imports all the chunks it needs itself: one round of requests', () => {
  assert.ok(existsSync(dir), 'dist/loader is missing: run `npm run build` first');
  const files = readdirSync(dir);
  let checked = 0;
  for (const tag of TAGS) {
    const chunk = files.find((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f));
    assert.ok(chunk, `the chunk of <${tag}>`);
    const direct = new Set(importsOf(chunk));
    const all = reached(chunk);
    assert.deepEqual(
      [...all].filter((f) => !direct.has(f)),
      [],
      `<${tag}>: chunks reached only through another chunk`,
    );
    checked += direct.size;
  }
  assert.ok(checked > TAGS.length, 'the element chunks import shared chunks');
});

/** The text of the chunks a page with one <tag> loads before anything on demand: its chunk and all it imports. */
function pageText(tag: string): string {
  const chunk = readdirSync(dir).find((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f));
  assert.ok(chunk, `the chunk of <${tag}>`);
  return [chunk, ...reached(chunk)].map((f) => readFileSync(`${dir}${f}`, 'utf8')).join('\n');
}

test('the opportunity panel’s page loads neither the churn model nor the import strings before its first rows', () => {
  const page = pageText('opportunity-alert-panel');
  // The model is there (its signal codes as the minifier writes strings), the churn model's codes are not.
  const quoted = (code: string) => [`"${code}"`, `'${code}'`, `\`${code}\``].some((q) => page.includes(q));
  assert.deepEqual(
    OPPORTUNITY_SIGNAL_CODES.filter((c) => !quoted(c)),
    [],
    'the opportunity model’s codes are on the page',
  );
  const opportunity: readonly string[] = OPPORTUNITY_SIGNAL_CODES;
  assert.deepEqual(
    CHURN_SIGNAL_CODES.filter((c) => !opportunity.includes(c) && quoted(c)),
    [],
    'the churn model’s signal codes',
  );
  // The CRM import's strings (its sentences; short words like "Cancel" occur in other tables) load with it.
  const sentences = Object.values(IMPORT).filter((v): v is string => typeof v === 'string' && v.length >= 16);
  assert.ok(sentences.length > 20);
  assert.deepEqual(
    sentences.filter((s) => page.includes(s)),
    [],
    'the import strings',
  );
  // Drawn after the first rows (components/shared/risk/later-parts.ts): the team view and the rules editor's fields.
  assert.ok(!page.includes('part="team-table"'), 'the team view');
  assert.ok(!page.includes('r-std-'), 'the rules editor’s stage fields');
});

/** Every chunk of the loader build, as one text (what a page may load on demand is among them). */
const allText = (): string =>
  readdirSync(dir)
    .map((f) => readFileSync(`${dir}${f}`, 'utf8'))
    .join('\n');

test('the opportunity panel’s first files leave out what it draws or uses after its first rows', () => {
  const page = pageText('opportunity-alert-panel');
  const all = allText();
  // Each piece by a text only it has; each is in the build (loaded on demand), so the test cannot pass by a typo.
  const later: Record<string, string> = {
    'the plans’ code (panel-plans.ts)': 'part="plan-overdue"',
    'the plans’ strings': PLANS.openPlanHint,
    'the plans’ styles': '.record-plan',
    'the CRM import view’s styles': '.imp .drop{',
    'the rules editor’s frame (rules-editor.ts)': 'part="rules-source"',
    'the people tables’ writers (download-tables.ts)': 'spreadsheetml.sheet',
    'the worker job (worker-job.ts)': 'the worker did not start',
    'd3-array (its ticks)': 'Math.sqrt(50)',
    'the side drawer (drawer-view.ts: the churn panel’s)': 'part="drawer"',
  };
  for (const [what, text] of Object.entries(later)) {
    assert.ok(all.includes(text), `${what}: "${text}" is in the build`);
    assert.ok(!page.includes(text), `${what} is not among the opportunity page’s first files`);
  }
  // d3-dsv is in no file of the build: CSV text is written by src/export/csv-rows.ts.
  assert.ok(!all.includes('Invalid Date'), 'd3-dsv (its date format)');
  // The churn panel opens rows in its drawer: that one is on its page.
  assert.ok(pageText('churn-alert-panel').includes('part="drawer"'), 'the churn panel’s drawer');
});

// vite.chunks.js: which of rolldown's shared chunks the loader build merges, from who loads them.
test('planGroups: chunks every element loads go to core, one family’s to its group, a wide large one stays apart', () => {
  const el = (tag: string, imports: string[]) => ({
    fileName: `loader/${tag}-aaaaaaaa.js`,
    imports,
    code: tag,
    facadeModuleId: `/x/components/${tag}/index.ts`,
  });
  // Pseudo-random text hardly compresses: its gzip size is most of its length.
  let seed = 1;
  const text = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 89))).join('');
  const shared = (name: string, bytes: number) => ({
    fileName: `loader/${name}-bbbbbbbb.js`,
    imports: [] as string[],
    code: text(bytes),
    facadeModuleId: null,
  });
  const lit = shared('lit', 12_000);
  const tiny = shared('tiny', 100);
  const planner = shared('planner', 8_000);
  const zod = shared('zod', 9_000);
  const f = (n: string) => `loader/${n}-bbbbbbbb.js`;
  const { plan } = planGroups([
    el('funnel-forecast', [f('lit'), f('tiny'), f('planner')]),
    el('sales-target-planner', [f('lit'), f('tiny'), f('planner'), f('zod')]),
    el('sales-org-designer', [f('lit'), f('planner'), f('zod')]),
    el('cs-capacity-planner', [f('lit'), f('planner'), f('zod')]),
    el('lead-score-card', [f('lit'), f('zod')]),
    el('revops-provider', [f('lit')]),
    lit,
    tiny,
    planner,
    zod,
  ]);
  assert.equal(plan.get(lit.fileName), 'core', 'loaded by every element');
  assert.equal(plan.get(tiny.fileName), 'core', '100 bytes more for three pages');
  assert.equal(plan.get(planner.fileName), 'planners', 'loaded by the planners only');
  assert.equal(plan.get(zod.fileName), 'zod', 'funnel-forecast does not load it: 9 KB more for its page');
});

test('planGroups: a chunk one family loads at once and another on demand joins no family group', () => {
  let seed = 7;
  const text = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 89))).join('');
  const f = (n: string) => `loader/${n}-bbbbbbbb.js`;
  const el = (tag: string, imports: string[], dynamicImports: string[] = []) => ({
    fileName: `loader/${tag}-aaaaaaaa.js`,
    imports,
    dynamicImports,
    code: tag,
    facadeModuleId: `/x/components/${tag}/index.ts`,
  });
  const shared = (name: string, bytes: number, imports: string[] = [], dynamicImports: string[] = []) => ({
    fileName: f(name),
    imports,
    dynamicImports,
    code: text(bytes),
    facadeModuleId: null,
  });
  const { plan, users, lazyUsers } = planGroups([
    el('lead-score-card', [f('tiering'), f('importView')]),
    el('customer-value-card', [f('tiering'), f('importView')]),
    el('lead-score-table', [f('tiering'), f('importView'), f('table')]),
    el('customer-value-table', [f('tiering'), f('importView'), f('table')]),
    el('opportunity-alert-panel', [f('risk')]),
    el('churn-alert-panel', [f('risk')]),
    shared('tiering', 6_000),
    // The risk panels' CRM import, loaded after their first rows; the tables load it at once.
    shared('importView', 3_000),
    shared('riskImport', 1_000, [f('importView')]),
    shared('table', 2_000, [f('riskImport')]),
    shared('risk', 8_000, [], [f('riskImport')]),
  ]);
  assert.deepEqual([...(lazyUsers.get(f('importView')) ?? [])].sort(), [
    'churn-alert-panel',
    'opportunity-alert-panel',
  ]);
  assert.deepEqual([...(users.get(f('importView')) ?? [])].length, 4);
  assert.equal(plan.get(f('tiering')), 'tiering', 'loaded by the tiering family only');
  assert.equal(plan.get(f('risk')), 'risk');
  assert.notEqual(
    plan.get(f('importView')),
    'tiering',
    'the risk panels import it on demand: not in the tiering group',
  );
  assert.notEqual(
    plan.get(f('riskImport')),
    plan.get(f('table')),
    'the panels’ import does not bring the tables’ code',
  );
});
