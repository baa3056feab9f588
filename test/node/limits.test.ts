// Input limits (docs/limits.md) and finite results: an input past a limit is a ModelInputError
// naming the path, whatever its size, and no model returns a number that is not finite.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS } from '../../src/schemas/limits.js';
import { forecastFunnel, type FunnelInput } from '../../src/models/funnel.js';
import { planCsCapacity, planCsSegments } from '../../src/models/cs-capacity.js';
import { designSalesOrg } from '../../src/models/sales-org.js';
import { tierLead, validateTiering } from '../../src/models/tiering.js';
import { routeLead } from '../../src/models/routing.js';
import { assessOpportunities } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { CS_EXAMPLE, FUNNEL_EXAMPLE, SALES_ORG_EXAMPLE, SEED_LEAD } from '../fixtures/seeds.js';
import { hasIssue, issuesOf } from './helpers.js';

const atMost = (n: number) => new RegExp(`allows at most ${n.toLocaleString('en').replace(/,/g, ',?')} `);
/** A list of n items without building n objects: the limits are checked on the length first. */
const holes = (n: number): unknown[] => new Array(n);

describe('planCsCapacity and tierLead never let a non-finite number through', () => {
  it('a deep-service bound that overflows (deepHoursPerCustomer 1e-310) names deepHoursPerCustomer', () => {
    const input = { ...CS_EXAMPLE, deepHoursPerCustomer: 1e-310, standardHoursPerCustomer: 0.5 };
    const i = hasIssue(
      issuesOf(() => planCsCapacity(input)),
      'deepHoursPerCustomer',
    );
    assert.match(i.message, /deep-service bound .* not a finite number/);
  });

  it('a tiny deepCustomerShare names deepCustomerShare; a tiny standardHoursPerCustomer names it', () => {
    hasIssue(
      issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, deepCustomerShare: 5e-324, standardHoursPerCustomer: 0.5 })),
      'deepCustomerShare',
    );
    hasIssue(
      issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, deepCustomerShare: 0.5, standardHoursPerCustomer: 1e-310 })),
      'standardHoursPerCustomer',
    );
  });

  it('the worked example is unchanged (B 1680, capacity 168, 10 CSMs)', () => {
    const r = planCsCapacity(CS_EXAMPLE);
    assert.equal(r.base, 1680);
    assert.equal(r.capacityPerCsm, 168);
    assert.equal(r.csms, 10);
    assert.equal(r.bounds.deep, 168);
  });

  it('tierLead: a band factor given NaN or Infinity "must be a finite number"', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      const i = hasIssue(
        issuesOf(() => tierLead({ values: { ...SEED_LEAD, annualRevenue: x } })),
        'values.annualRevenue',
      );
      assert.match(i.message, /must be a finite number/);
      assert.doesNotMatch(i.message, /number null/);
    }
  });

  it('validateTiering reports the same message on a history row', () => {
    const r = validateTiering({ history: [{ values: { annualRevenue: NaN }, converted: true }] });
    assert.match(hasIssue(r.invalid[0]!.issues, 'values.annualRevenue').message, /must be a finite number/);
  });
});

describe('input limits', () => {
  it('forecastFunnel: at most 50 stages and 200 activities, teams of at most 100,000 reps', () => {
    const stages = Array.from({ length: LIMITS.stages + 1 }, (_, i) => ({ key: `s${i}`, count: 1 }));
    const conversion = stages.map(() => 0.5);
    const many = { ...FUNNEL_EXAMPLE, stages, conversion, highIntentStage: 's0', activities: [] };
    assert.match(
      hasIssue(
        issuesOf(() => forecastFunnel(many)),
        'stages',
      ).message,
      atMost(50),
    );
    // 50 stages are fine.
    const fifty = { ...many, stages: stages.slice(0, 50), conversion: conversion.slice(0, 50) };
    assert.equal(Object.keys(forecastFunnel(fifty as FunnelInput).pWin).length, 50);
    const acts = Array.from({ length: LIMITS.activities + 1 }, (_, i) => ({
      key: `a${i}`,
      stage: 'lead',
      yieldPerUnit: 1,
    }));
    assert.match(
      hasIssue(
        issuesOf(() => forecastFunnel({ ...FUNNEL_EXAMPLE, activities: acts })),
        'activities',
      ).message,
      atMost(200),
    );
    // A million stages are refused at once, not after minutes of work.
    const huge = { ...many, stages: holes(1e6), conversion: holes(1e6) };
    hasIssue(
      issuesOf(() => forecastFunnel(huge)),
      'stages',
    );
    assert.match(
      hasIssue(
        issuesOf(() => forecastFunnel({ reps: holes(LIMITS.reps + 1) })),
        'reps',
      ).message,
      atMost(1e5),
    );
  });

  it('planCsSegments: at most 1,000 segments; spans of at most 10 levels', () => {
    assert.match(
      hasIssue(
        issuesOf(() => planCsSegments({ segments: holes(1e6) })),
        'segments',
      ).message,
      atMost(1000),
    );
    const spans = Array.from({ length: 11 }, () => 2);
    hasIssue(
      issuesOf(() => planCsCapacity({ ...CS_EXAMPLE, spans })),
      'spans',
    );
    hasIssue(
      issuesOf(() => planCsSegments({ segments: [], spans })),
      'spans',
    );
    assert.deepEqual(planCsCapacity({ ...CS_EXAMPLE, spans: spans.slice(0, 10) }).managers, [5, 3, 2, 1]);
  });

  it('designSalesOrg: spans and manager costs of at most 10 levels', () => {
    const spans = Array.from({ length: 11 }, () => 2);
    const issues = issuesOf(() => designSalesOrg({ ...SALES_ORG_EXAMPLE, spans, managerCosts: spans }));
    assert.match(hasIssue(issues, 'spans').message, atMost(10));
    hasIssue(issues, 'managerCosts');
  });

  it('tierLead: at most 200 factors, 500 options per factor, 500 items in a multi value', () => {
    const factor = (i: number) => ({ key: `f${i}`, kind: 'bands', weight: 1, bands: [{ min: 0, score: 50 }] });
    const model = { ...LEAD_PRESET, factors: Array.from({ length: LIMITS.factors + 1 }, (_, i) => factor(i)) };
    assert.match(
      hasIssue(
        issuesOf(() => tierLead({ model, values: {} })),
        'model.factors',
      ).message,
      atMost(200),
    );
    const options = Array.from({ length: LIMITS.options + 1 }, (_, i) => ({ value: `o${i}`, score: 1 }));
    const wide = { ...LEAD_PRESET, factors: [{ key: 'f', kind: 'options', weight: 1, options }] };
    hasIssue(
      issuesOf(() => tierLead({ model: wide, values: {} })),
      'model.factors.0.options',
    );
    const interest = Array.from({ length: LIMITS.options + 1 }, () => 'webinar-viewer');
    assert.match(
      hasIssue(
        issuesOf(() => tierLead({ values: { ...SEED_LEAD, interest } })),
        'values.interest',
      ).message,
      atMost(500),
    );
    // 500 repeats of one option are still one option's score.
    assert.equal(tierLead({ values: { ...SEED_LEAD, interest: interest.slice(0, 500) } }).contributions[6]!.score, 20);
  });

  it('validateTiering: at most 2,000,000 history rows and 20,000,000 rows × factors', () => {
    assert.match(
      hasIssue(
        issuesOf(() => validateTiering({ history: holes(LIMITS.rows + 1) })),
        'history',
      ).message,
      atMost(2e6),
    );
    // The lead preset has 7 factors: 3,000,000 rows would be 21,000,000 cells; 2,857,143 rows is past the row limit anyway.
    const factor = (i: number) => ({ key: `f${i}`, kind: 'bands', weight: 1, bands: [{ min: 0, score: 50 }] });
    const model = { ...LEAD_PRESET, factors: Array.from({ length: 200 }, (_, i) => factor(i)) };
    assert.match(
      hasIssue(
        issuesOf(() => validateTiering({ model, history: holes(100_001) })),
        'history',
      ).message,
      /at most 20,000,000 rows × factors \(got 100001 rows × 200 factors\)/,
    );
  });

  it('routeLead: at most 200 rules', () => {
    const rules = Array.from({ length: LIMITS.routeRules + 1 }, () => ({ when: {}, route: 'sdr' }));
    hasIssue(
      issuesOf(() => routeLead({ result: { tier: 'A', missingWeightShare: 0 }, rules })),
      'rules',
    );
  });

  it('assessOpportunities: at most 2,000,000 rows, 50 stages, 10,000 activities per row (that row is invalid)', () => {
    assert.match(
      hasIssue(
        issuesOf(() => assessOpportunities({ asOf: '2026-03-31', opportunities: holes(LIMITS.rows + 1) })),
        'opportunities',
      ).message,
      atMost(2e6),
    );
    const stages = Array.from({ length: 51 }, (_, i) => ({ key: `s${i}`, standardDays: 1, maxIdleDays: 1 }));
    hasIssue(
      issuesOf(() => assessOpportunities({ asOf: '2026-03-31', rules: { stages }, opportunities: [] })),
      'rules.stages',
    );
    const row = { id: 'o1', amount: 1, stage: 'qualify', stageEnteredAt: '2026-03-01' };
    const activities = Array.from({ length: LIMITS.rowEvents + 1 }, () => ({ type: 'call', at: '2026-03-02' }));
    const r = assessOpportunities({
      asOf: '2026-03-31',
      opportunities: [
        { ...row, activities },
        { ...row, id: 'o2', activities: activities.slice(1) },
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['o2'],
    );
    assert.match(hasIssue(r.invalid[0]!.issues, 'activities').message, atMost(1e4));
  });

  it('assessChurn: at most 2,000,000 rows, 1,200 usage points and 10,000 events per account', () => {
    hasIssue(
      issuesOf(() => assessChurn({ asOf: '2026-03-31', accounts: holes(LIMITS.rows + 1) })),
      'accounts',
    );
    const usage = Array.from({ length: LIMITS.usagePoints + 1 }, (_, i) => ({
      month: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      usageRate: 0.5,
    }));
    const events = Array.from({ length: LIMITS.rowEvents + 1 }, () => ({ type: 'complaint', at: '2026-03-01' }));
    const r = assessChurn({
      asOf: '2026-03-31',
      accounts: [
        { id: 'a1', usage },
        { id: 'a2', events },
        { id: 'a3', usage: usage.slice(1), events: events.slice(1) },
      ],
    });
    assert.deepEqual(
      r.rows.map((x) => x.id),
      ['a3'],
    );
    assert.match(hasIssue(r.invalid[0]!.issues, 'usage').message, atMost(1200));
    assert.match(hasIssue(r.invalid[1]!.issues, 'events').message, atMost(1e4));
  });

  it('analyzeLeadFlow: at most 2,000,000 leads, 10,000 campaign values, 10,000 channel costs', () => {
    hasIssue(
      issuesOf(() => analyzeLeadFlow({ asOf: '2026-03-31', leads: holes(LIMITS.rows + 1) })),
      'leads',
    );
    const industry = Array.from({ length: LIMITS.campaignValues + 1 }, (_, i) => `i${i}`);
    hasIssue(
      issuesOf(() =>
        analyzeLeadFlow({ asOf: '2026-03-31', leads: [], rules: { reactivation: { campaign: { industry } } } }),
      ),
      'rules.reactivation.campaign.industry',
    );
    const channelCosts = Object.fromEntries(industry.map((k) => [k, 1]));
    assert.match(
      hasIssue(
        issuesOf(() => analyzeLeadFlow({ asOf: '2026-03-31', leads: [], channelCosts })),
        'channelCosts',
      ).message,
      /allows at most 10000 keys \(got 10001\)/,
    );
  });
});
