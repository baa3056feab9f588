// Property-based suite of the alert models (opportunities §2, churn §5): see property-harness.ts.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { assessOpportunities, DEFAULT_PIPELINE_RULES } from '../../src/models/opportunities.js';
import { assessChurn } from '../../src/models/churn.js';
import { property } from './property-harness.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

test('assessOpportunities: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(assessOpportunities, fixture('opportunity-alerts.json'), 1000);
});

test('assessOpportunities with the rules given in full', () => {
  property(
    assessOpportunities,
    { ...fixture('opportunity-alerts.json'), rules: structuredClone(DEFAULT_PIPELINE_RULES) },
    1000,
  );
});

test('assessChurn', () => {
  property(assessChurn, fixture('churn-alerts.json'), 1000);
});

test('assessChurn with rules', () => {
  property(
    assessChurn,
    { ...fixture('churn-alerts.json'), rules: { usageLookbackMonths: 3, npsDetractorMax: 6, eventWindowDays: 60 } },
    800,
  );
});
