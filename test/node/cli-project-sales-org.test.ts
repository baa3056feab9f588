// `revops project-sales-org --scenario`: the plan from a sales-target-planner scenario file, as sales-org-designer
// imports it (docs/models.md §4 extras, "Sharing the plan"); the costs from the JSON input. The worked example's
// numbers are the designer's timeline's (test/browser/sales-org-designer-timeline.test.ts).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectSalesOrg, type SalesOrgTimeline } from '../../src/models/sales-org-timeline.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { scenarioFile } from '../../src/models/scenario-file.js';
import { SALES_ORG_TIMELINE_EXAMPLE } from '../fixtures/sales-org-timeline.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'revops-scenario-'));
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return f;
};
const run = (args: string[], input?: unknown) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'project-sales-org', ...args], {
    input: input === undefined ? '' : JSON.stringify(input),
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const { plan, targetMonth: _t, ...costs } = SALES_ORG_TIMELINE_EXAMPLE;
const exported = (input: unknown) =>
  scenarioFile('sales-target-planner', {
    name: 'Plan B',
    input: input as Record<string, unknown>,
    at: '2026-12-06T10:00:00.000Z',
  });
interface Issues {
  error: { source?: string; file?: string; issues: { path: string; message: string }[] };
}

describe('revops project-sales-org --scenario', () => {
  before(() => assert.ok(existsSync(join(root, 'dist/models.js')), 'run `npm run build` first'));

  it('the worked example: the plan from the planner’s scenario file, the costs on stdin — the designer’s timeline', () => {
    const file = write('plan-b.json', exported(plan));
    const r = run(['--scenario', file, '--compact'], { ...costs, targetMonth: 3 });
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /the plan "Plan B" from .*plan-b\.json/);
    // Byte for byte what the model prints with the plan typed into the input.
    assert.equal(r.out, JSON.stringify(projectSalesOrg(SALES_ORG_TIMELINE_EXAMPLE)) + '\n');
    const out = JSON.parse(r.out) as SalesOrgTimeline;
    // As the designer shows it: January 4 people, 1 manager, revenue 28, labour 24, management 5, margin −1 (−3.6%).
    const jan = out.months[0]!;
    assert.deepEqual(
      [jan.people, jan.managers, jan.revenue, jan.laborCost, jan.managementCost, jan.margin, jan.healthy],
      [4, [1], 28, 24, 5, -1, false],
    );
    assert.equal(Math.round(jan.marginRate! * 1000) / 10, -3.6);
    // Healthy from May, the year pays for itself in June; the year's margin 124 on 632.
    assert.deepEqual([out.healthyMonth, out.paybackMonth, out.year.revenue, out.year.margin], [5, 6, 632, 124]);
    // March's break-evens: productivity × 45 / 43.2, a rep at 68.4 a year, no ops cost, a span of 6.
    assert.equal(Math.round(out.breakEven.productivityScale! * 1e9) / 1e9, 1.041666667);
    assert.equal(Math.round(out.breakEven.repCost! * 1e9) / 1e9, 68.4);
    assert.deepEqual([out.breakEven.opsCost, out.breakEven.spans], [null, [6]]);
  });

  it('the costs from a file; a planner’s JSON export { input, output } (no name) reads too; December by default', () => {
    const file = write('export.json', { input: plan, output: planHeadcount(plan) });
    const costsFile = write('costs.json', costs);
    const r = run(['--scenario', file, costsFile]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /the plan from .*export\.json/);
    const out = JSON.parse(r.out) as SalesOrgTimeline;
    assert.deepEqual(out, projectSalesOrg({ plan, ...costs }));
    // December (margin 15 ≥ 6): a span of 2 (3 managers: 60 − 36 − 13 = 11 ≥ 6) is the smallest that holds
    // (span 1: 6 managers, 60 − 36 − 25 = −1); a rep may cost (60 − 6 − 9) · 12 / 6 = 90 a year.
    assert.deepEqual([out.targetMonth, out.healthyMonth, out.breakEven.spans], [12, 5, [2]]);
    assert.equal(Math.round(out.breakEven.repCost! * 1e9) / 1e9, 90);
  });

  it('a bad scenario file: exit 2, the file’s field named (input.hires.3, file, element), the costs not needed', () => {
    const hires = [...plan.hires];
    hires[3] = -2;
    const bad = run(['--scenario', write('bad.json', exported({ ...plan, hires }))], costs);
    assert.equal(bad.code, 2);
    const e = JSON.parse(bad.out) as Issues;
    assert.equal(e.error.source, 'scenario');
    assert.match(e.error.file!, /bad\.json$/);
    assert.deepEqual(
      e.error.issues.map((i) => i.path),
      ['input.hires.3'],
    );
    assert.match(e.error.issues[0]!.message, /^input\.hires\.3 must be ≥ 0/);
    const notJson = JSON.parse(run(['--scenario', write('half.json', '{"input": ')], costs).out) as Issues;
    assert.equal(notJson.error.issues[0]!.path, 'file');
    assert.match(notJson.error.issues[0]!.message, /^file not valid JSON/);
    const other = scenarioFile('funnel-forecast', { name: 'x', input: plan, at: '' });
    const el = JSON.parse(run(['--scenario', write('other.json', other)], costs).out) as Issues;
    assert.equal(el.error.issues[0]!.path, 'element');
  });

  it('bad costs are the model’s issues by field; usage errors exit 1', () => {
    const file = write('ok.json', exported(plan));
    const r = run(['--scenario', file], { ...costs, repCost: 0 });
    assert.equal(r.code, 2);
    assert.deepEqual(
      (JSON.parse(r.out) as Issues).error.issues.map((i) => i.path),
      ['repCost'],
    );
    // The plan comes from the file only.
    const twice = run(['--scenario', file], { ...costs, plan });
    assert.equal(twice.code, 1);
    assert.match(twice.err, /--scenario gives the plan: the input has a "plan" too/);
    const missing = run(['--scenario', join(dir, 'nope.json')], costs);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot read .*nope\.json/);
    const r2 = spawnSync(process.execPath, [join(root, 'bin/revops.js'), 'design-sales-org', '--scenario', file], {
      input: '{}',
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(r2.status, 1);
    assert.match(r2.stderr, /--scenario is for project-sales-org/);
  });
});
