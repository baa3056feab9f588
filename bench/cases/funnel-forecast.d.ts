// Types of the bench case's exports the browser tests reuse (test/browser/funnel-forecast-rates-worker.test.ts).
export declare const EXAMPLE: {
  target: number;
  achieved: number;
  acv: number;
  stages: { key: string; count: number }[];
  conversion: number[];
  highIntentStage: string;
  activities: { key: string; stage: string; yieldPerUnit: number; capacity: number }[];
  maxNewHighIntent: number;
};
/** `n` seeded stage histories, January 2024 to December 2025. */
export declare function historyOf(n: number): { id: string; events: { stage: string; at: string }[] }[];
declare const bench: unknown;
export default bench;
