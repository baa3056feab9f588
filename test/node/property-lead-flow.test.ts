// Property-based suite of model 7 (lead flow): see property-harness.ts.
import { test } from 'node:test';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';
import { property } from './property-harness.js';
import { fixture } from './helpers.js';
import type { LeadFlowInput } from '../../src/schemas/lead-flow.js';

const FIXTURE = fixture<LeadFlowInput>('lead-flow.json');

test('analyzeLeadFlow: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(analyzeLeadFlow, FIXTURE, 1000);
});

test('analyzeLeadFlow with rules and a period', () => {
  property(
    analyzeLeadFlow,
    {
      ...FIXTURE,
      period: 'week',
      rules: {
        followUpSlaDays: 1.5,
        minGroupSize: 1,
        reactivation: { engagedWithinDays: 30, campaign: { industry: ['saas'] } },
      },
    },
    800,
  );
});
