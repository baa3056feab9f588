// What a risk panel does on the page while a long list is assessed in the background (issue 11,
// docs/performance.md "Risk panels: long tasks"): the first screenful's update reads no more than the
// first screenful (the churn panel's aggregates read every input row's tier and owner in it: with 100,000
// rows, most of a task over 50 ms), and the main-thread steps run in tasks that stop before a step as long
// as the last would pass the budget. Counted, or driven by a clock of the test's own: never timed.
import { expect } from '@open-wc/testing';
import '../../components/churn-alert-panel/index.js';
import { runInTasks, setRiskWorkerFactory, TASK_MS } from '../../components/shared/risk/background.js';
import { FIRST_SCREEN_ROWS } from '../../components/shared/risk/assessment-controller.js';
import { until } from '../helpers/fixtures.js';
import { assessChurn } from '../../src/models/churn.js';

describe('risk panels: work on the page while a long list is assessed', function () {
  this.timeout(30_000);

  it('churn-alert-panel: the first screenful reads the tiers of the rows it shows; the whole list, every row', async () => {
    const n = 6_000; // past the first-screenful threshold (5,000), under the worker's (15,000): slices on the page
    const input = {
      asOf: '2026-03-31',
      accounts: Array.from({ length: n }, (_, i) => ({
        id: `acct-${i}`,
        arr: (i % 50) * 1000,
        owner: `CSM ${i % 7}`,
        nps: i % 11,
        usage: [
          { month: '2026-01', usageRate: 0.8, activeUsers: 100 },
          { month: '2026-02', usageRate: 0.8, activeUsers: 100 },
          { month: '2026-03', usageRate: (i % 10) / 10, activeUsers: 60 + (i % 50) },
        ],
      })),
    };
    const reads = new Set<string>();
    let lookups = 0;
    const tiers = new Proxy<Record<string, string>>(
      {},
      {
        get(_t, key) {
          if (typeof key === 'string' && key.startsWith('acct-')) {
            lookups++;
            reads.add(key);
          }
          return undefined;
        },
      },
    );
    setRiskWorkerFactory(null);
    const el = document.createElement('churn-alert-panel');
    el.setAttribute('lang', 'en');
    el.tiers = tiers;
    el.data = input;
    document.body.append(el);
    try {
      await el.updateComplete;
      // The first screenful is shown, the rest still being assessed.
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.item')).to.not.equal(null);
      expect(el.assessedIn).to.equal(null);
      // The rows shown (each shows its tier), at most the first screenful: 6,000 more before (the
      // aggregates over the whole input list, in the first update).
      expect(lookups).to.be.within(1, FIRST_SCREEN_ROWS);
      await until(() => el.assessedIn, 20_000, 'the whole list assessed');
      expect(el.assessedIn!.where).to.equal('slices');
      expect(reads.size).to.equal(n);
    } finally {
      el.remove();
      setRiskWorkerFactory(undefined);
    }
  });

  it("churn-alert-panel without a worker: no assessed row kept on the page, rows built when read (the model's)", async () => {
    const n = 6_000; // slices on the page (no worker meant under the threshold; none at all here)
    const input = {
      asOf: '2026-03-31',
      accounts: Array.from({ length: n }, (_, i) => ({
        id: `acct-${i % 5_500}`,
        arr: (i % 50) * 1000 + (i % 4) * 0.5,
        owner: `CSM ${i % 7}`,
        nps: i % 11,
        renewalDate: i % 3 ? '2026-05-01' : undefined,
        usage: [
          { month: '2026-02', usageRate: 0.8, activeUsers: 100 },
          { month: '2026-03', usageRate: (i % 10) / 10, activeUsers: 60 + (i % 50) },
        ],
      })),
    };
    setRiskWorkerFactory(null);
    const el = document.createElement('churn-alert-panel');
    el.setAttribute('lang', 'en');
    const seen: unknown[] = [];
    el.addEventListener('revops-change', (e) => seen.push((e as CustomEvent).detail));
    el.data = input;
    document.body.append(el);
    try {
      await until(() => el.assessedIn, 20_000, 'the whole list assessed');
      expect(el.assessedIn!.where).to.equal('slices');
      const detail = seen.at(-1) as ReturnType<typeof assessChurn>;
      // The output's rows are a getter until read: the slices kept facets, not 6,000 row objects (before:
      // the rows themselves, every one of them kept on the page).
      expect(typeof Object.getOwnPropertyDescriptor(detail, 'rows')?.get).to.equal('function');
      const expected = assessChurn(input);
      expect(detail.summary).to.deep.equal(expected.summary);
      expect(JSON.stringify(detail)).to.equal(JSON.stringify(expected));
    } finally {
      el.remove();
      setRiskWorkerFactory(undefined);
    }
  });

  it('churn-alert-panel with a worker: the rows go to it in messages of 500, every row once, in order', async () => {
    // Cloning 2,500 accounts with their usage months in one message, one message a task, was 21–32 ms of CPU a
    // task with 100,000 rows; now messages of 500 rows, as many a task as fit its time (runInTasks).
    const n = 3_200;
    const accounts = Array.from({ length: n }, (_, i) => ({
      id: `acct-${i}`,
      arr: (i % 50) * 1000,
      owner: `CSM ${i % 7}`,
      usage: [
        { month: '2026-02', usageRate: 0.8, activeUsers: 100 },
        { month: '2026-03', usageRate: (i % 10) / 10, activeUsers: 60 + (i % 50) },
      ],
    }));
    const sent: string[][] = [];
    setRiskWorkerFactory(() => {
      const w = new Worker(new URL('../../src/worker/risk-worker.ts', import.meta.url), { type: 'module' });
      const post = w.postMessage.bind(w) as (m: unknown) => void;
      w.postMessage = ((m: { type: string; rows?: { id: string }[] }) => {
        if (m.type === 'rows') sent.push(m.rows!.map((r) => r.id));
        post(m);
      }) as Worker['postMessage'];
      return w;
    });
    const el = document.createElement('churn-alert-panel');
    el.setAttribute('lang', 'en');
    el.workerThreshold = 1_000;
    el.data = { asOf: '2026-03-31', accounts };
    document.body.append(el);
    try {
      await until(() => el.assessedIn, 20_000, 'the assessment');
      expect(el.assessedIn!.where).to.equal('worker');
      // Before: 2,500 + 700.
      expect(sent.map((ids) => ids.length)).to.deep.equal([...Array<number>(6).fill(500), 200]);
      expect(sent.flat()).to.deep.equal(accounts.map((a) => a.id));
    } finally {
      el.remove();
      setRiskWorkerFactory(undefined);
    }
  });

  it('runInTasks: a task stops before a step as long as the last would end past TASK_MS', async () => {
    // Step durations on a clock of the test's own (performance.now is replaced for the run).
    const durations = [2, 2, 2, 3, 5, 1, 1, 1, 6, 6];
    const unit = TASK_MS / 8;
    let clock = 0;
    let task = -1;
    const ran: number[][] = [];
    const steps = (function* () {
      for (let i = 0; i < durations.length; i++) {
        clock += durations[i]! * unit;
        ran[task]!.push(i);
        yield;
      }
      return 'done';
    })();
    // An own property over the prototype's method, deleted after.
    performance.now = () => clock;
    try {
      const out = await runInTasks(steps, () => {
        // Called once at the start of every task.
        ran[++task] = [];
        return false;
      });
      expect(out).to.deep.equal({ value: 'done' });
    } finally {
      Reflect.deleteProperty(performance, 'now');
    }
    // With a budget of 8 units: 2 + 2 + 2, and another 2 would reach 8; 3 then a 5 past it; 1 + 1 + 1, then
    // a step of 6 no one foresaw (it ends the task); then 6 alone. Before: a task went on while under the
    // budget, so the first ran 2 + 2 + 2 + 3 = 9 units.
    expect(ran.filter((r) => r.length)).to.deep.equal([[0, 1, 2], [3, 4], [5, 6, 7, 8], [9]]);
  });
});
