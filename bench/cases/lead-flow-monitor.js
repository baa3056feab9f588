// Bench case for <lead-flow-monitor>: 100,000 generated leads as a CRM CSV export,
// parsed, analysed and painted in headless Chromium (the budget: 1 s), plus
// the model's throughput in Node (100,000 and 1,000,000 leads).
export const AS_OF = '2026-03-31';

const SOURCES = ['sem', 'seo', 'website-direct', 'offline-event', 'online-event', 'referral', 'partner', 'purchased-list'];
const LINES = ['SMB', 'Mid-market', 'Enterprise'];
const INDUSTRIES = ['saas', 'manufacturing', 'retail', 'finance', 'education', 'healthcare'];
const REGIONS = ['east', 'north', 'south', 'west'];
const OWNERS = Array.from({ length: 40 }, (_, i) => `rep-${String(i + 1).padStart(2, '0')}`);
const pick = (xs, r) => xs[Math.floor(r * xs.length)];
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 2, 31);
const iso = (daysBefore) => new Date(BASE - daysBefore * DAY).toISOString().slice(0, 10);

/** Deterministic generated leads (an LCG, so every run analyses the same rows). */
export function generateLeads(n, seed = 7) {
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const age = Math.floor(rnd() * 120);
    const r = rnd();
    const pool = r < 0.55 ? 'private' : r < 0.75 ? 'line' : r < 0.95 ? 'company' : 'blacklist';
    const entered = Math.floor(rnd() * (age + 1));
    const assigned = pool === 'private' && rnd() < 0.9 ? Math.max(0, entered - Math.floor(rnd() * 2)) : null;
    const followed = rnd() < 0.82 ? Math.max(0, age - Math.floor(rnd() * 4)) : null;
    const converted = followed !== null && rnd() < 0.08 ? Math.max(0, followed - Math.floor(rnd() * 20)) : null;
    const engaged = pool !== 'private' && rnd() < 0.3 ? Math.floor(rnd() * 40) : null;
    const lead = {
      id: `L${String(i + 1).padStart(6, '0')}`,
      source: pick(SOURCES, rnd()),
      businessLine: pick(LINES, rnd()),
      pool,
      owner: pool === 'private' ? pick(OWNERS, rnd()) : null,
      createdAt: iso(age),
      poolEnteredAt: iso(Math.min(age, entered)),
      assignedAt: assigned === null ? null : iso(Math.min(age, assigned)),
      firstFollowUpAt: followed === null ? null : iso(followed),
      convertedAt: converted === null ? null : iso(converted),
      revenue: converted === null ? null : 20_000 + Math.floor(rnd() * 400) * 1000,
      lastEngagementAt: engaged === null ? null : iso(engaged),
      industry: pick(INDUSTRIES, rnd()),
      region: pick(REGIONS, rnd()),
    };
    if (rnd() < 0.6)
      lead.values = {
        channel: pick(['website-direct', 'seo', 'sem', 'referral', 'partner', 'other'], rnd()),
        contactRole: pick(['decision-maker', 'budget-owner', 'influencer', 'end-user', 'unknown'], rnd()),
        demandClarity: pick(['clear', 'partial', 'vague', 'none'], rnd()),
        annualRevenue: Math.floor(rnd() * 2e9),
      };
    out[i] = lead;
  }
  return out;
}

export const CHANNEL_COSTS = {
  sem: 1_800_000,
  seo: 300_000,
  'website-direct': 100_000,
  'offline-event': 900_000,
  'online-event': 400_000,
  referral: 50_000,
  partner: 600_000,
  'purchased-list': 250_000,
};

const FIELDS = ['id', 'source', 'businessLine', 'pool', 'owner', 'createdAt', 'poolEnteredAt', 'assignedAt', 'firstFollowUpAt', 'lastFollowUpAt', 'convertedAt', 'revenue', 'lastEngagementAt', 'industry', 'region'];
const FACTORS = ['channel', 'contactRole', 'demandClarity', 'annualRevenue'];

/** The leads as a CRM would export them: one flat CSV with the factor columns at the end. */
export function leadsCsv(leads) {
  const lines = [FIELDS.concat(FACTORS).join(',')];
  for (const l of leads) {
    const v = l.values ?? {};
    lines.push(FIELDS.map((f) => l[f] ?? '').concat(FACTORS.map((f) => v[f] ?? '')).join(','));
  }
  return lines.join('\n');
}

const N = 100_000;

export default {
  tag: 'lead-flow-monitor',
  /**
   * First render of a small demo-sized input (500 leads as the model input object) and a period switch.
   * When the IIFE does not list the element yet, `browser()` loads it on its own and measures these again.
   */
  get render() {
    return { data: { asOf: AS_OF, leads: generateLeads(500), channelCosts: CHANNEL_COSTS }, change: "el.period = ['day', 'week', 'month', null][i % 4]" };
  },
  /** Figures measured in Node against dist/models.js. */
  async node(models) {
    const leads = generateLeads(1_000_000);
    const small = leads.slice(0, N);
    models.analyzeLeadFlow({ asOf: AS_OF, leads: small, channelCosts: CHANNEL_COSTS }); // warm up
    const times = [];
    let r;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      r = models.analyzeLeadFlow({ asOf: AS_OF, leads: small, channelCosts: CHANNEL_COSTS });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    let t = performance.now();
    const big = models.analyzeLeadFlow({ asOf: AS_OF, leads, channelCosts: CHANNEL_COSTS });
    const bigMs = performance.now() - t;
    if (r.invalid.length || big.invalid.length) throw new Error('bench inputs were not valid');
    return {
      analyzeLeadFlow100kMsMedian: Math.round(times[2]),
      analyzeLeadFlow1MMs: Math.round(bigMs),
      dueTransitions100k: r.transitions.length,
      reactivationCandidates100k: r.reactivation.length,
    };
  },
  /**
   * The budget in the browser: 100,000 leads as CSV text given to the element,
   * timed from setting it to the frame that shows the result (parse + analyse + tier
   * the reactivation candidates + first paint), median of RUNS; and the period switch.
   */
  async browser(page, { median, RUNS }) {
    const csv = leadsCsv(generateLeads(N));
    await page.evaluate((text) => void (window.__leadsCsv = text), csv);
    const defined = await page.evaluate(() => !!customElements.get('lead-flow-monitor'));
    const extra = {};
    if (!defined) {
      await page.addScriptTag({ content: await standaloneBundle() });
      const spec = this.render;
      const first = [];
      for (let i = 0; i < RUNS; i++) first.push(await page.evaluate((s) => window.renderOnce('lead-flow-monitor', s), spec));
      const again = [];
      for (let i = 0; i < RUNS * 3; i++) again.push(await page.evaluate((s) => window.rerenderOnce('lead-flow-monitor', s), spec));
      extra.firstRenderMsMedian = Math.round(median(first) * 10) / 10;
      extra.changeRerenderMsMedian = Math.round(median(again) * 10) / 10;
      extra.loadedOnItsOwn = true;
    }
    const once = () =>
      page.evaluate(async (asOf) => {
        const stage = document.getElementById('stage');
        stage.textContent = '';
        stage.style.width = '960px';
        await new Promise((r) => requestAnimationFrame(() => r()));
        const t0 = performance.now();
        const el = document.createElement('lead-flow-monitor');
        el.setAttribute('as-of', asOf);
        el.data = window.__leadsCsv;
        stage.appendChild(el);
        await el.updateComplete;
        while (!el.shadowRoot.querySelector('[part~="pools"]')) await new Promise((r) => setTimeout(r, 1));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const ms = performance.now() - t0;
        const rows = el.result?.transitions.length ?? -1;
        return { ms, rows };
      }, AS_OF);
    const first = [];
    let due = 0;
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const r = await once();
      first.push(r.ms);
      due = r.rows;
    }
    const switches = [];
    for (let i = 0; i < RUNS; i++)
      switches.push(
        await page.evaluate(async (i) => {
          const el = document.querySelector('#stage lead-flow-monitor');
          const t0 = performance.now();
          el.period = ['day', 'week', 'month', null][i % 4];
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t0;
        }, i),
      );
    return {
      ...extra,
      csv100kMB: Math.round((csv.length / 1e6) * 10) / 10,
      csv100kParseAnalysePaintMsMedian: Math.round(median(first)),
      csv100kDueTransitions: due,
      periodSwitch100kMsMedian: Math.round(median(switches)),
      budget1s: median(first) <= 1000,
    };
  },
};

/** The element on its own as one script, for a build whose IIFE does not list it yet. */
async function standaloneBundle() {
  const { build } = await import('vite');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: `${root}components/lead-flow-monitor/index.ts`, formats: ['iife'], name: 'LeadFlowMonitor', fileName: () => 'lfm.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => c.code).join('\n');
}
