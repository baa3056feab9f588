// Bench case for <lead-score-card>: first render on the seed example, and the
// model's throughput in Node (1,000,000 generated leads; validity check on 1,000,000 rows).
import { linearFigures } from '../linear.js';

export const SEED = {
  channel: 'website-direct',
  form: 'register-and-call',
  annualRevenue: 1e9,
  contactRole: 'team-head-unclear-authority',
  demandClarity: 'vague',
  demandMatch: 'standard-high',
  interest: ['follows-account', 'frequent-reader', 'webinar-viewer'],
};

const pick = (xs, r) => xs[Math.floor(r * xs.length)];

/** Deterministic generated leads (an LCG, so every run scores the same rows). */
export function generateLeads(n, seed = 1) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      channel: pick(
        [
          'website-direct',
          'seo',
          'sem',
          'offline-event',
          'online-event',
          'referral',
          'partner',
          'purchased-list',
          'other',
        ],
        rnd(),
      ),
      form: pick(
        ['demo-request', 'register-and-call', 'inbound-call', 'form-submit', 'register-only', 'content-download'],
        rnd(),
      ),
      annualRevenue: Math.floor(rnd() * 2e9),
      contactRole: pick(
        ['decision-maker', 'budget-owner', 'team-head-unclear-authority', 'influencer', 'end-user', 'unknown'],
        rnd(),
      ),
      demandClarity: pick(['clear', 'partial', 'vague', 'none'], rnd()),
      demandMatch: pick(['standard-high', 'partial', 'custom-heavy', 'unknown'], rnd()),
      interest: rnd() < 0.5 ? ['pricing-page', 'webinar-viewer'] : [],
    };
  }
  return out;
}

export default {
  tag: 'lead-score-card',
  /** First render: the element with this data, measured in headless Chromium. */
  render: { data: { values: SEED } },
  /** Figures measured in Node against dist/models.js. */
  async node(models) {
    const N = 1_000_000;
    const leads = generateLeads(N);
    const inputs = leads.map((values) => ({ values }));
    for (let i = 0; i < 50_000; i++) models.tierLead(inputs[i]); // warm up
    let t = performance.now();
    let sink = 0;
    for (let i = 0; i < N; i++) sink += models.tierLead(inputs[i]).score;
    const tierMs = performance.now() - t;
    const history = leads.map((values, i) => ({ values, converted: (i * 7919) % 10 < 3 }));
    t = performance.now();
    const v = models.validateTiering({ history });
    const validateMs = performance.now() - t;
    if (!(sink > 0) || v.invalid.length) throw new Error('bench inputs were not valid');
    return {
      tierLeadRowsPerSecond: Math.round(N / (tierMs / 1000)),
      tierLeadMsFor1M: Math.round(tierMs),
      validateTiering1MRowsMs: Math.round(validateMs),
      ...linearFigures('validateTiering'),
      ...linearFigures('calibrateTiering'),
    };
  },
};
