// Property-based suite of the alert models (opportunities §2, churn §5): see property-harness.ts.
import { test } from 'node:test';
import { assessOpportunities, DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';
import { property } from './property-harness.js';
import { fixture } from './helpers.js';

test('assessOpportunities: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(assessOpportunities, fixture<Record<string, unknown>>('opportunity-alerts.json'), 1000);
});

test('assessOpportunities with the rules given in full', () => {
  property(
    assessOpportunities,
    { ...fixture<Record<string, unknown>>('opportunity-alerts.json'), rules: structuredClone(DEFAULT_PIPELINE_RULES) },
    1000,
  );
});

test('assessChurn', () => {
  property(assessChurn, fixture<Record<string, unknown>>('churn-alerts.json'), 1000);
});

test('assessChurn with rules', () => {
  property(
    assessChurn,
    {
      ...fixture<Record<string, unknown>>('churn-alerts.json'),
      rules: { usageLookbackMonths: 3, npsDetractorMax: 6, eventWindowDays: 60 },
    },
    800,
  );
});
