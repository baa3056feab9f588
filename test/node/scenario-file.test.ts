import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPlanFile, scenarioFile, SCENARIO_FORMAT } from '../../src/models/scenario-file.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { projectSalesOrg } from '../../src/models/sales-org-timeline.js';
import { hasIssue, issuesOf } from './helpers.js';
import { SALES_ORG_TIMELINE_EXAMPLE } from '../fixtures/sales-org-timeline.js';

const { plan, targetMonth: _t, ...costs } = SALES_ORG_TIMELINE_EXAMPLE;

describe('scenario file (docs/models.md §4 extras, sharing the plan)', () => {
  it('round trip: the planner’s scenario file reads back to the same plan, and the same healthy month', () => {
    const file = scenarioFile('sales-target-planner', { name: 'Plan B', input: plan, at: '2026-12-06T10:00:00.000Z' });
    assert.deepEqual(Object.keys(file), ['format', 'version', 'element', 'name', 'at', 'input']);
    assert.equal(file.format, SCENARIO_FORMAT);
    const back = readPlanFile(JSON.stringify(file, null, 2));
    assert.equal(back.name, 'Plan B');
    assert.deepEqual(back.input, plan);
    assert.deepEqual(back.plan, planHeadcount(plan));
    // The worked example: healthy from May, whether the plan came from the page or from the file.
    assert.equal(projectSalesOrg({ plan: back.input, ...costs }).healthyMonth, 5);
  });

  it('reads a planner’s JSON export { input, output } too (no header: no name)', () => {
    const r = readPlanFile(JSON.stringify({ input: plan, output: planHeadcount(plan) }));
    assert.equal(r.name, '');
    assert.deepEqual(r.input, plan);
  });

  it('an empty text or one that is not JSON: the field is `file`', () => {
    const empty = issuesOf(() => readPlanFile('  \n'));
    assert.equal(hasIssue(empty, 'file').code, 'empty_text');
    const bad = issuesOf(() => readPlanFile('{"input": '));
    const i = hasIssue(bad, 'file');
    assert.equal(i.code, 'not_json');
    assert.match(i.message, /^file not valid JSON \(/);
  });

  it('names the header field at fault: another format, another element, no input', () => {
    const other = issuesOf(() => readPlanFile(JSON.stringify({ format: 'something-else', input: plan })));
    assert.equal(hasIssue(other, 'format').code, 'one_of');
    const el = issuesOf(() =>
      readPlanFile(JSON.stringify(scenarioFile('funnel-forecast', { name: 'x', input: plan, at: '' }))),
    );
    const e = hasIssue(el, 'element');
    assert.equal(e.code, 'one_of');
    assert.match(e.message, /"sales-target-planner"/);
    assert.equal(
      hasIssue(
        issuesOf(() => readPlanFile('{}')),
        'input',
      ).code,
      'required',
    );
    assert.equal(
      hasIssue(
        issuesOf(() => readPlanFile('{"input": [1]}')),
        'input',
      ).code,
      'type',
    );
    assert.equal(
      hasIssue(
        issuesOf(() => readPlanFile('[]')),
        '',
      ).code,
      'type',
    );
  });

  it('names a plan parameter §3b rejects under `input.`', () => {
    const hires = [...plan.hires];
    hires[3] = -1;
    const issues = issuesOf(() => readPlanFile(JSON.stringify({ input: { ...plan, hires } })));
    const i = hasIssue(issues, 'input.hires.3');
    assert.match(i.message, /^input\.hires\.3 /);
    const missing = issuesOf(() => readPlanFile(JSON.stringify({ input: { ...plan, annualTarget: undefined } })));
    assert.equal(hasIssue(missing, 'input.annualTarget').code, 'required');
  });
});
