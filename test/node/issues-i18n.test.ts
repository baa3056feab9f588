// Validation issues as codes: every model issue carries a code and parameters beside its English
// message (unchanged, pinned below); zh-CN words each from its table, fully in Chinese apart from
// the field path and the user's own values, which stay exactly as typed.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MODELS } from '../../src/index.js';
import {
  codedIssue,
  issuesFromWire,
  issuesToWire,
  isModelInputError,
  movedIssue,
  type Issue,
} from '../../src/schemas/issues.js';
import { ISSUE_CODES } from '../../src/schemas/issue-codes.js';
import { ISSUES as EN_ISSUES } from '../../src/i18n/issues/en.js';
import { ISSUES as ZH_ISSUES } from '../../src/i18n/issues/zh-CN.js';
import { issueSentence } from '../../src/i18n/issues.js';
import { elementIssue } from '../../src/schemas/element-issues.js';
import { loadLocale, localeReady } from '../../src/i18n/registry.js';
import { FUNNEL } from '../../src/i18n/funnel-forecast.js';
import { IMPORT } from '../../src/i18n/import.js';
import { IMPORT as IMPORT_ZH } from '../../src/i18n/import/zh-CN.js';
import { formatter } from '../../src/i18n/format.js';
import { importTable, readTable, readTextTable, type FileIssue } from '../../src/import/index.js';
import { fileProblem } from '../../src/views/import-view.js';
import { parseMapping } from '../../src/import/mapping.js';
import { fileIssueWords, noteWords, rowProblemWords } from '../../src/views/import-words.js';
import { strToU8, zipSync } from 'fflate';

type Obj = Record<string, unknown>;
/** A demo input (an object), with the lists and objects the cases below take apart. */
const demo = <T extends object = Obj>(f: string) =>
  JSON.parse(readFileSync(new URL(`../../demo/data/${f}.json`, import.meta.url), 'utf8')) as Obj & T;
const LEAD = demo<{ values: Obj }>('lead-score-card');
const FUNNEL_DATA = demo<{ stages: Obj[] }>('funnel-forecast');
const OPPS = demo<{ opportunities: Obj[] }>('opportunity-alert-panel');
const CHURN = demo<{ accounts: Obj[] }>('churn-alert-panel');
const TARGET = demo('sales-target-planner');
const ORG = demo('sales-org-designer');
const CS = demo('cs-capacity-planner');
const FLOW = demo<{ leads: Obj[] }>('lead-flow-monitor');

/** Invalid inputs across the models, with the English issues (path, message) they give. */
const CASES: { label: string; model: keyof typeof MODELS; input: unknown; en: [string, string][] }[] = [
  {
    label: 'unknown option',
    model: 'tier-lead',
    input: { values: { ...LEAD.values, channel: 'fax' } },
    en: [
      [
        'values.channel',
        'values.channel must be one of the options of factor channel: "website-direct", "seo", "sem", "offline-event", "online-event", "referral", "partner", "purchased-list", "other" (got the text "fax")',
      ],
    ],
  },
  {
    label: 'wrong type, the user text kept',
    model: 'tier-lead',
    input: { values: { ...LEAD.values, annualRevenue: 'nothing must be done' } },
    en: [
      [
        'values.annualRevenue',
        'values.annualRevenue expected a number for factor annualRevenue, got the text "nothing must be done"',
      ],
    ],
  },
  {
    label: 'not a list of options',
    model: 'tier-lead',
    input: { values: { ...LEAD.values, interest: 'webinar-viewer' } },
    en: [
      [
        'values.interest',
        'values.interest expected a list of options of factor interest ("follows-account", "frequent-reader", "webinar-viewer", "pricing-page", "trial-signup", "event-attendee"), got the text "webinar-viewer"',
      ],
    ],
  },
  {
    label: 'missing object',
    model: 'tier-lead',
    input: {},
    en: [['values', 'values is required (expected an object)']],
  },
  {
    label: 'non-finite factor value',
    model: 'tier-lead',
    input: { values: { ...LEAD.values, annualRevenue: Infinity } },
    en: [
      [
        'values.annualRevenue',
        'values.annualRevenue must be a finite number for factor annualRevenue (got number Infinity)',
      ],
    ],
  },
  {
    label: 'duplicate factor keys',
    model: 'tier-lead',
    input: {
      values: {},
      model: {
        factors: [
          { key: 'a', label: 'A', weight: 1, kind: 'bands', bands: [{ min: 0, score: 0 }] },
          { key: 'a', label: 'A', weight: 1, kind: 'bands', bands: [{ min: 0, score: 0 }] },
        ],
        tiers: [{ key: 'T1', minScore: 0 }],
        focusTiers: [],
      },
    },
    en: [['model.factors.1.key', 'model.factors.1.key repeats the factor key "a"; each must be unique']],
  },
  {
    label: 'tiering rules: unknown focus tier, zero weights',
    model: 'tier-lead',
    input: {
      values: {},
      model: {
        factors: [
          {
            key: 'a',
            label: 'A',
            weight: 0,
            kind: 'bands',
            bands: [
              { min: 0, score: 0 },
              { min: -1, score: 5 },
            ],
          },
        ],
        tiers: [{ key: 'T1', minScore: 0 }],
        focusTiers: ['T9'],
      },
    },
    en: [
      [
        'model.factors.0.bands.1.min',
        "model.factors.0.bands.1.min must not be below the previous band's min 0 (bands go in ascending order of min)",
      ],
      ['model.factors', 'model.factors need weights with a positive sum (every weight is 0)'],
      ['model.focusTiers.0', 'model.focusTiers.0 names the tier "T9", which is not among the tiers (T1)'],
    ],
  },
  {
    label: 'empty route in the routing rules',
    model: 'route-lead',
    input: { result: { tier: 'A', missingWeightShare: 0 }, rules: [{ when: {}, route: '' }] },
    en: [['rules.0.route', 'rules.0.route must not be empty']],
  },
  {
    label: 'out of range (count below 0)',
    model: 'forecast-funnel',
    input: {
      ...FUNNEL_DATA,
      stages: FUNNEL_DATA.stages.map((s: object, i: number) => (i === 1 ? { ...s, count: -3 } : s)),
    },
    en: [['stages.1.count', 'stages.1.count must be ≥ 0 (got number -3)']],
  },
  {
    label: 'out of range (rate above 1)',
    model: 'forecast-funnel',
    input: { ...FUNNEL_DATA, conversion: [0.15, 1.5, 0.45, 0.55] },
    en: [['conversion.1', 'conversion.1 must be ≤ 1 (got number 1.5)']],
  },
  {
    label: 'one rate per stage',
    model: 'forecast-funnel',
    input: { ...FUNNEL_DATA, conversion: [0.15, 0.32] },
    en: [['conversion', 'conversion must have one rate per stage (4: stage i → i+1, the last → won), got 2']],
  },
  {
    label: 'unknown stage',
    model: 'forecast-funnel',
    input: { ...FUNNEL_DATA, highIntentStage: 'closing' },
    en: [
      [
        'highIntentStage',
        'highIntentStage names the stage "closing", which is not among the stages ("lead", "intent", "highIntent", "negotiation")',
      ],
    ],
  },
  {
    label: 'activity after the high-intent stage',
    model: 'forecast-funnel',
    input: { ...FUNNEL_DATA, activities: [{ key: 'x', stage: 'negotiation', yieldPerUnit: 1 }] },
    en: [
      [
        'activities.0.stage',
        'activities.0.stage must be at or above the high-intent stage "highIntent" (got "negotiation", which comes after it)',
      ],
    ],
  },
  {
    label: 'limits exceeded (stages)',
    model: 'forecast-funnel',
    input: {
      ...FUNNEL_DATA,
      stages: Array.from({ length: 51 }, (_, i) => ({ key: `s${i}`, count: 1 })),
      conversion: Array(51).fill(0.5),
      highIntentStage: 's1',
      activities: [],
    },
    en: [
      ['stages', 'stages allows at most 50 items'],
      ['conversion', 'conversion allows at most 50 items'],
    ],
  },
  {
    label: 'non-finite results',
    model: 'forecast-funnel',
    input: { ...FUNNEL_DATA, target: 1e308, acv: 1e-300 },
    en: [
      [
        '',
        'input gives results that are not finite numbers (needed.lead, needed.intent, needed.highIntent, activities.calls.needed, activities.visits.needed, activities.online-events.needed, activities.offline-events.needed); check for extreme values such as huge counts or very small conversion rates',
      ],
    ],
  },
  {
    label: 'bad date',
    model: 'assess-opportunities',
    input: { ...OPPS, asOf: '2026-02-30' },
    en: [['asOf', 'asOf must be an ISO 8601 date such as 2026-03-05 or 2026-03-05T09:30:00+08:00']],
  },
  {
    label: 'not a list',
    model: 'assess-opportunities',
    input: { ...OPPS, opportunities: 'none' },
    en: [['opportunities', 'opportunities must be a list of opportunities']],
  },
  {
    label: 'unknown pipeline stage in a row',
    model: 'assess-opportunities',
    input: { ...OPPS, opportunities: [{ ...OPPS.opportunities[0], stage: 'negotiating' }] },
    en: [
      [
        'stage',
        'stage must be one of the pipeline stages "qualify", "solution", "proposal", "negotiation" (got "negotiating")',
      ],
    ],
  },
  {
    label: 'duplicate stage keys in the rules',
    model: 'assess-opportunities',
    input: {
      ...OPPS,
      rules: {
        stages: [
          { key: 'a', standardDays: 5, maxIdleDays: 7 },
          { key: 'a', standardDays: 5, maxIdleDays: 7 },
        ],
      },
    },
    en: [['rules.stages.1.key', 'rules.stages.1.key repeats the stage key "a"; each must be unique']],
  },
  {
    label: 'wrong type in a row',
    model: 'assess-churn',
    input: { ...CHURN, accounts: [{ ...CHURN.accounts[0], arr: 'lots' }] },
    en: [['arr', 'arr expected a number, got the text "lots"']],
  },
  {
    label: 'duplicate month',
    model: 'assess-churn',
    input: {
      ...CHURN,
      accounts: [
        {
          ...CHURN.accounts[0],
          usage: [
            { month: '2026-01', activeUsers: 1 },
            { month: '2026-01', activeUsers: 2 },
          ],
        },
      ],
    },
    en: [['usage.1.month', 'usage.1.month repeats the month "2026-01"; each must be unique']],
  },
  {
    label: 'bad month',
    model: 'assess-churn',
    input: { ...CHURN, accounts: [{ ...CHURN.accounts[0], usage: [{ month: 'January', activeUsers: 1 }] }] },
    en: [['usage.0.month', 'usage.0.month must be a month such as 2026-03']],
  },
  {
    label: 'twelve months',
    model: 'plan-headcount',
    input: { ...TARGET, seasonality: Array(11).fill(1) },
    en: [['seasonality', 'seasonality must have exactly 12 values, one per month (got 11)']],
  },
  {
    label: 'exclusive minimum',
    model: 'plan-headcount',
    input: { ...TARGET, monthlyRetention: 0 },
    en: [['monthlyRetention', 'monthlyRetention must be > 0 (got number 0)']],
  },
  {
    label: 'whole number',
    model: 'plan-headcount',
    input: { ...TARGET, rampMonths: 1.5 },
    en: [['rampMonths', 'rampMonths expected a whole number, got number 1.5']],
  },
  {
    label: 'one cost per level',
    model: 'design-sales-org',
    input: { ...ORG, managerCosts: [1] },
    en: [['managerCosts', 'managerCosts needs one cost per level of spans: 2 items (got 1)']],
  },
  {
    label: 'standard hours needed',
    model: 'plan-cs-capacity',
    input: { ...CS, deepCustomerShare: 0, standardHoursPerCustomer: null },
    en: [
      [
        'standardHoursPerCustomer',
        'standardHoursPerCustomer is needed when no customer is in deep service (deep-service share of customers is 0): give standardHoursPerCustomer, the standard-service hours per customer a month',
      ],
    ],
  },
  {
    label: 'duplicate segment key',
    model: 'plan-cs-segments',
    input: {
      segments: [
        { ...CS, key: 'smb' },
        { ...CS, key: 'smb' },
      ],
    },
    en: [['key', 'key repeats the segment key "smb"; each must be unique']],
  },
  {
    label: 'unknown pool',
    model: 'analyze-lead-flow',
    input: { ...FLOW, leads: [{ ...FLOW.leads[0], pool: 'ocean' }] },
    en: [['pool', 'pool must be one of "private", "line", "company", "blacklist" (got the text "ocean")']],
  },
  {
    label: 'limits exceeded (channel costs)',
    model: 'analyze-lead-flow',
    input: { ...FLOW, channelCosts: Object.fromEntries(Array.from({ length: 10001 }, (_, i) => [`s${i}`, 1])) },
    en: [['channelCosts', 'channelCosts allows at most 10000 keys (got 10001)']],
  },
];

/** The issues a model gives for an input: thrown, or the rows it could not use. */
function issuesOf(model: keyof typeof MODELS, input: unknown): Issue[] {
  try {
    const r = (MODELS[model] as (i: unknown) => { invalid?: { issues: Issue[] }[] })(input);
    return (r.invalid ?? []).flatMap((x) => x.issues);
  } catch (e) {
    if (!isModelInputError(e)) throw e;
    return e.issues;
  }
}

/**
 * ASCII words left in a Chinese sentence once the field path's names, the quoted values
 * ("…", as JSON) and the JSON literals a user may have given (true, false, null) are taken out.
 */
function latinWords(sentence: string, path: string): string[] {
  let t = sentence.replace(/"(?:[^"\\]|\\.)*"/g, '');
  for (const name of path.split('.').filter((s) => /[a-z]/i.test(s))) t = t.split(name).join('');
  t = t.replace(/\b(true|false|null|NaN|Infinity)\b/g, '');
  return t.match(/[A-Za-z]+/g) ?? [];
}

describe('issues as codes', () => {
  before(() => loadLocale('zh-CN'));

  it(`covers ${CASES.length} invalid inputs across ${new Set(CASES.map((c) => c.model)).size} models`, () => {
    assert.ok(CASES.length >= 20);
    assert.ok(new Set(CASES.map((c) => c.model)).size >= 9);
  });

  for (const c of CASES)
    it(`${c.model}: ${c.label}`, () => {
      const issues = issuesOf(c.model, c.input);
      // English: the contract's { path, message }, word for word as before codes.
      assert.deepEqual(
        issues.map((i) => [i.path, i.message]),
        c.en,
      );
      for (const i of issues) {
        assert.ok(i.code, `${i.path} has a code`);
        assert.equal(i.message, `${i.path || 'input'} ${EN_ISSUES[i.code](i.params as never)}`);
        assert.equal(JSON.stringify(i), JSON.stringify({ path: i.path, message: i.message }));
        const zh = issueSentence(i, 'zh-CN');
        assert.ok(zh, `${i.code} has a zh-CN sentence`);
        assert.deepEqual(latinWords(zh, i.path), [], `fully Chinese: ${zh}`);
        assert.match(zh, /[\u4e00-\u9fff]/);
        // Every value the English message quotes is quoted the same in Chinese.
        for (const q of i.message.slice(i.path.length).match(/"(?:[^"\\]|\\.)*"/g) ?? [])
          assert.ok(zh.includes(q), `${q} kept in: ${zh}`);
      }
    });

  it("keeps the user's own words as typed (no translation inside a quoted value)", () => {
    const [i] = issuesOf('tier-lead', { values: { ...LEAD.values, annualRevenue: 'nothing must be done' } });
    assert.equal(issueSentence(i!, 'zh-CN'), '应为因素 annualRevenue 的数值,实际为 文本 "nothing must be done"');
  });

  it('words the shared checks as the tests of the old translation expected', () => {
    const [required] = issuesOf('forecast-funnel', { ...FUNNEL_DATA, target: undefined });
    assert.equal(required!.message, 'target is required (expected a number)');
    assert.equal(issueSentence(required!, 'zh-CN'), '为必填项(应为数值)');
    const [below] = issuesOf('forecast-funnel', {
      ...FUNNEL_DATA,
      stages: FUNNEL_DATA.stages.map((s: object, i: number) => (i === 2 ? { ...s, count: -3 } : s)),
    });
    assert.equal(below!.message, 'stages.2.count must be ≥ 0 (got number -3)');
    assert.equal(issueSentence(below!, 'zh-CN'), '必须 ≥ 0(实际为 -3)');
    assert.equal(issueSentence(below!, 'en'), undefined, 'English shows the message itself');
  });

  it("words lead-flow-monitor's model check as before, and in Chinese apart from the quoted keys", () => {
    const i = elementIssue('model', 'lead_flow_model', {});
    assert.equal(i.message, 'model expected an object { "rules", "channelCosts", "tiering" }');
    const zh = issueSentence(i, 'zh-CN')!;
    assert.equal(zh, '应为对象 { "rules", "channelCosts", "tiering" }');
    assert.deepEqual(latinWords(zh, i.path), []);
  });

  it('every code has an English and a Chinese sentence', () => {
    assert.deepEqual(Object.keys(EN_ISSUES).sort(), [...ISSUE_CODES].sort());
    assert.deepEqual(Object.keys(ZH_ISSUES).sort(), [...ISSUE_CODES].sort());
  });

  it('codes survive a structured clone as data and come back off the JSON', () => {
    const i = codedIssue('a.b', 'a.b must be ≥ 0 (got number -1)', 'min', {
      min: 0,
      inclusive: true,
      got: { kind: 'number', shown: '-1' },
    });
    const wire = structuredClone(issuesToWire([i]));
    assert.equal(wire[0]!.code, 'min');
    const back = issuesFromWire(wire)[0]!;
    assert.equal(back.code, 'min');
    assert.deepEqual(back.params, i.params);
    assert.equal(JSON.stringify(back), '{"path":"a.b","message":"a.b must be ≥ 0 (got number -1)"}');
    const moved = movedIssue(i, 'rows.3.a.b');
    assert.equal(moved.path, 'rows.3.a.b');
    assert.equal(moved.code, 'min');
  });
});

describe('locale registry', () => {
  it('other locales load on demand; English stands in until then', async () => {
    await loadLocale('zh-CN');
    assert.ok(localeReady('zh-CN'));
    assert.equal(FUNNEL.en.title, 'Funnel forecast');
    assert.notEqual(FUNNEL['zh-CN'].title, FUNNEL.en.title);
    assert.match(FUNNEL['zh-CN'].title, /[\u4e00-\u9fff]/);
  });
});

describe('import messages in zh-CN', () => {
  const zh = IMPORT_ZH;
  const fmt = formatter('zh-CN');
  /** The view's wording of a file problem with the zh-CN table (field names from the table, as the view names them). */
  const fileIssueText = (header: readonly string[] | undefined, i: FileIssue) =>
    fileIssueWords({ t: zh, fmt, fieldName: (k) => zh.fieldNames[k] ?? k, header }, i);
  /** Chinese apart from the values quoted “…” (the user’s headers, sheets, cells) and format and product names. */
  const latin = (s: string) =>
    s
      .replace(/“[^”]*”/g, '')
      .replace(/\.xlsx|\.xls|CSV|PDF|ZIP|JSON|CRM|ID/g, '')
      .match(/[A-Za-z]+/g) ?? [];

  it('words every file problem of a real read in Chinese, the user’s values quoted as given', async () => {
    const headerOnly = readTextTable('Lead ID,Owner Name\n');
    const title = readTextTable('Q3 Leads Report\n');
    const mapped = importTable(readTextTable('Lead ID,Owner\n1,Ann\n'), 'leads', {
      mapping: { fields: { createdAt: 'Created Date' } },
    });
    const zip = zipSync({ 'x.txt': strToU8('x') });
    const issues = [
      readTextTable('').issues[0]!,
      headerOnly.issues[0]!,
      fileProblem(title)!,
      mapped.issues.find((i) => i.code === 'unknown-column')!,
      mapped.issues.find((i) => i.code === 'missing-columns') ??
        importTable(readTextTable('Lead ID,Owner\n1,Ann\n'), 'leads').issues[0]!,
      (await readTable(zip)).issues[0]!,
      (await readTable(strToU8('%PDF-1.7\n\u0000\u0001binary'))).issues[0]!,
    ];
    const texts = issues.map((i) => fileIssueText(headerOnly.header, i));
    assert.deepEqual(
      issues.map((i) => i.code),
      ['empty', 'header-only', 'title-only', 'unknown-column', 'missing-columns', 'bad-xlsx', 'binary'],
    );
    for (const t of texts) {
      assert.match(t, /[\u4e00-\u9fff]/);
      assert.deepEqual(latin(t), [], `fully Chinese: ${t}`);
    }
    assert.equal(texts[1], '文件有表头行(第 1 行:“Lead ID”, “Owner Name”),但没有数据行。');
    assert.equal(texts[2], '第 1 行只有标题(“Q3 Leads Report”,合并单元格):没有列名,也没有数据行。');
    assert.equal(texts[3], '映射为 创建时间 指定了列 “Created Date”,但本文件没有这一列。');
  });

  it('words a missing sheet with the sheet names as the workbook has them', () => {
    const text = fileIssueText(undefined, {
      code: 'sheet-not-found',
      message: 'the workbook has no sheet "Deals"; its sheets are "Leads", "客户"',
      sheet: 'Deals',
      sheets: ['Leads', '客户'],
    });
    assert.equal(text, '工作簿中没有工作表 “Deals”;现有工作表:“Leads”, “客户”。');
  });

  it('words the rows an import skips, by code, fully in Chinese with the cell quoted', () => {
    const r = importTable(
      readTextTable(
        'Lead ID,Source,Pool,Owner,Created Date\n1,SEO,Shark tank,Ann,2026-03-01\n2,SEO,私海,Bob,not a date\n,SEO,私海,Cy,2026-03-01\n4,SEO,私海,Di\n',
      ),
      'leads',
    );
    const problems = r.skipped.map((i) =>
      rowProblemWords(zh, i.code, i.field ? zh.fieldNames[i.field]! : '', i.value ?? ''),
    );
    assert.deepEqual(
      r.skipped.map((i) => i.code),
      ['pool-unknown', 'invalid-date', 'missing-value', 'too-few-cells'],
    );
    assert.deepEqual(problems, [
      '无法识别线索池(Shark tank)',
      '创建时间不是日期(not a date)',
      'ID为空',
      '单元格比表头少(换行或缺少引号?)',
    ]);
    for (const [k, p] of problems.entries()) {
      const v = r.skipped[k]!.value ?? '';
      assert.deepEqual(latin(p.split(v).join('')), [], `fully Chinese: ${p}`);
    }
  });

  it('words the notes, fallbacks and guard of an import in Chinese', () => {
    const r = importTable(readTextTable('Lead ID,Created Date\n1,3/5/2026\n'), 'leads');
    const notes = r.notes.map((n) =>
      noteWords(zh, n.code, {
        fields: (n.fields ?? []).map((f) => zh.fieldNames[f]).join(', '),
        order: zh.dateOrders.mdy,
        n: fmt.integer(n.count ?? 0),
      }),
    );
    assert.ok(notes.length >= 2, notes.join(' / '));
    for (const t of [
      ...notes,
      zh.notes['usage-unmatched']({ n: fmt.integer(12) }),
      zh.fewRows(fmt.integer(12), fmt.integer(30)),
      zh.fewConversions(fmt.integer(2), fmt.integer(5)),
      zh.noFactorColumn,
      zh.mappingNotJson('“{x”'),
    ]) {
      assert.match(t, /[\u4e00-\u9fff]/);
      assert.deepEqual(latin(t), [], `fully Chinese: ${t}`);
    }
  });

  it('words a code the tables do not know as before: a file problem by its code, a row problem or note as the code', () => {
    const other = { code: 'too-big', message: 'the file is too big' };
    assert.equal(fileIssueText(undefined, other), '无法使用该文件(too-big)。');
    assert.equal(
      fileIssueWords({ t: IMPORT.en, fmt: formatter('en'), fieldName: (k) => k }, other),
      'The file cannot be used (too-big).',
    );
    assert.equal(rowProblemWords(zh, 'cell-on-fire', '负责人', 'x'), 'cell-on-fire');
    assert.equal(noteWords(zh, 'toString', {}), 'toString');
    // Every code has its sentence in both locales (the tables are typed by the codes; this checks the keys at run time).
    assert.deepEqual(Object.keys(zh.fileIssues).sort(), Object.keys(IMPORT.en.fileIssues).sort());
    assert.deepEqual(Object.keys(zh.rowProblems).sort(), Object.keys(IMPORT.en.rowProblems).sort());
    assert.deepEqual(Object.keys(zh.notes).sort(), Object.keys(IMPORT.en.notes).sort());
  });

  it('words a mapping read from JSON by code: English as before, Chinese apart from paths and quoted keys', () => {
    const { issues } = parseMapping({
      fields: { id: 3, owner: 'Owner' },
      values: { pool: { 公海: 'sea' }, stage: { Won: 7 }, source: 'x', converted: { Yes: 'yes' } },
      dateOrder: 'dd/mm',
    });
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [
        ['fields.id', 'fields.id: expected a column header, { "constant": value } or null'],
        ['values.pool.公海', 'values.pool.公海: expected one of private, line, company, blacklist'],
        ['values.stage.Won', 'values.stage.Won: expected a key (text)'],
        ['values.source', 'values.source: expected an object { "CRM value": "key" }'],
        ['values.converted.Yes', 'values.converted.Yes: expected true or false'],
        ['dateOrder', 'dateOrder: expected auto, mdy, dmy or ymd'],
      ],
    );
    const [notObject] = parseMapping([]).issues;
    for (const i of [
      ...issues,
      notObject!,
      ...parseMapping({ values: 1 }).issues,
      ...parseMapping({ values: { converted: 1 } }).issues,
    ]) {
      assert.ok(i.code?.startsWith('mapping_'), i.message);
      assert.equal(JSON.stringify(i), JSON.stringify({ path: i.path, message: i.message }));
      const zh = issueSentence(i, 'zh-CN')!;
      assert.match(zh, /[\u4e00-\u9fff]/);
      assert.deepEqual(latinWords(zh, i.path), [], `fully Chinese: ${zh}`);
    }
    assert.equal(issueSentence(issues[1]!, 'zh-CN'), '应为 "private"、"line"、"company"、"blacklist" 之一');
  });

  it('loads the import strings with the locale', async () => {
    await loadLocale('zh-CN');
    assert.equal(IMPORT['zh-CN'], IMPORT_ZH);
    assert.equal(IMPORT.en.cancel, 'Cancel');
  });
});
