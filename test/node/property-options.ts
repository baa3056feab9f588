/**
 * fast-check options for the model-specific properties of the test/node/property-*.test.ts suites: the shared
 * seed of property-harness.ts (PROPERTY_SEED), the run count scaled by PROPERTY_RUNS, the first failure reported
 * with its error and counterexample (not shrunk: a fixed seed reproduces it).
 */
import { SEED } from './property-harness.js';

const SCALE = Number(process.env.PROPERTY_RUNS ?? 1);

export const runs = (numRuns: number) => ({
  seed: SEED,
  numRuns: Math.max(1, Math.round(numRuns * SCALE)),
  endOnFailure: true,
  includeErrorInReport: true,
});

/** Valid numbers at the edges of doubles: sums overflow, ratios of denormals overflow, products underflow. */
export const EDGE_NUMBERS = [0, 1, 0.1, 1e-9, 1e-300, 1e-310, 5e-324, 1e300, 1e308, Number.MAX_VALUE] as const;
