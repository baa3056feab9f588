// Property-based suite of model 1 (value tiering, routing, validation, calibration): see property-harness.ts.
import { test } from 'node:test';
import { tierLead, tierCustomer, validateTiering } from '../../src/models/tiering.js';
import { calibrateTiering } from '../../src/models/calibrate.js';
import { routeLead } from '../../src/models/routing.js';
import { LEAD_PRESET } from '../../src/models/presets.js';
import { SEED_CUSTOMER, SEED_LEAD } from '../fixtures/seeds.js';
import { property } from './property-harness.js';

const MODEL = structuredClone(LEAD_PRESET);
const HISTORY = [
  { id: 'h1', values: SEED_LEAD, converted: true, amount: 120_000 },
  { id: 'h2', values: { ...SEED_LEAD, demandClarity: 'clear' }, converted: false },
  { id: 3, values: { channel: 'partner', annualRevenue: 5e7 }, converted: true, amount: 0 },
  { values: { interest: ['webinar-viewer'] }, converted: false, amount: null },
];

test('tierLead: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(tierLead, { values: SEED_LEAD }, 1500);
});

test('tierLead with the model given in full', () => {
  property(tierLead, { model: MODEL, values: SEED_LEAD }, 1500);
});

test('tierCustomer', () => {
  property(tierCustomer, { values: SEED_CUSTOMER }, 800);
});

test('routeLead', () => {
  property(
    routeLead,
    {
      result: { tier: 'B', missingWeightShare: 0.1 },
      values: { local: true },
      rules: [{ when: { tiers: ['A', 'B'], minMissingWeightShare: 0, flags: ['local'] }, route: 'field-sales' }],
    },
    800,
  );
});

test('validateTiering', () => {
  property(validateTiering, { model: MODEL, history: HISTORY }, 800);
});

test('calibrateTiering', () => {
  property(calibrateTiering, { preset: 'lead', history: HISTORY }, 300);
});
