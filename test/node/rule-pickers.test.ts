// The opportunity rules editor's pickers (src/views/rule-pickers.ts) and the names of the change-flag thresholds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activityChoices,
  CHANGE_THRESHOLD_FIELDS,
  fieldChoices,
  remaining,
  withActivity,
  withField,
  withoutActivity,
  withoutField,
} from '../../src/views/rule-pickers.js';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import { OPPORTUNITY as ZH } from '../../src/i18n/opportunity-alerts/zh-CN.js';
import { opportunityFieldLabel } from '../../src/views/risk-opportunity.js';
import { CHANGE_THRESHOLD_KEYS } from '../../src/models/opportunity-changes.js';

const t = OPPORTUNITY.en;
const STAGES: { requiredFields: string[]; requiredActivities: Record<string, number> }[] = [
  { requiredFields: ['need', 'x_custom'], requiredActivities: { call: 2, wechat: 1 } },
  { requiredFields: ['budget', 'a_custom'], requiredActivities: { visit: 1 } },
];

test('choices: named keys with their words in table order, then the other keys of the rules in code-unit order', () => {
  const acts = activityChoices(STAGES, t.activityNames);
  assert.deepEqual(
    acts.map((c) => [c.key, c.label]),
    [
      ['call', 'call'],
      ['visit', 'visit'],
      ['demo', 'demo'],
      ['proposal', 'proposal'],
      ['wechat', 'wechat'],
    ],
  );
  const fields = fieldChoices(STAGES, t.fieldNames);
  assert.deepEqual(
    fields.slice(-2).map((c) => c.key),
    ['a_custom', 'x_custom'],
  );
  assert.equal(fields[0]!.label, 'need');
  assert.deepEqual(
    remaining(acts, ['call', 'wechat']).map((c) => c.key),
    ['visit', 'demo', 'proposal'],
  );
});

test("choices take the host's labels (codeLabels) for named and custom keys, else ours, else the key", () => {
  const HOST: Record<string, string> = { wechat: 'WeChat message', call: 'Phone call', x_custom: 'Budget owner' };
  const label = (k: string, b?: string) => HOST[k] ?? b ?? k;
  assert.deepEqual(
    activityChoices(STAGES, t.activityNames, label).map((c) => c.label),
    ['Phone call', 'visit', 'demo', 'proposal', 'WeChat message'],
  );
  const fields = fieldChoices(STAGES, t.fieldNames, label);
  assert.deepEqual(
    fields.slice(-2).map((c) => [c.key, c.label]),
    [
      ['a_custom', 'a_custom'],
      ['x_custom', 'Budget owner'],
    ],
  );
  assert.equal(fields[0]!.label, 'need');
});

test('chips and counts: add, keep order, remove; a count of 0 stays (none required)', () => {
  assert.deepEqual(withField(['need'], 'budget'), ['need', 'budget']);
  assert.deepEqual(withField(['need'], 'need'), ['need']);
  assert.deepEqual(withField(undefined, 'need'), ['need']);
  assert.deepEqual(withoutField(['need', 'budget'], 'need'), ['budget']);
  assert.deepEqual(withActivity({ call: 2 }, 'visit', 1), { call: 2, visit: 1 });
  assert.deepEqual(withActivity({ call: 2 }, 'call', 0), { call: 0 });
  assert.deepEqual(withoutActivity({ call: 2, visit: 1 }, 'call'), { visit: 1 });
  assert.deepEqual(withoutActivity(undefined, 'call'), {});
});

test('every change threshold has a field (shares in %) and a name, in both locales', () => {
  assert.deepEqual(
    CHANGE_THRESHOLD_FIELDS.map((f) => f.key),
    CHANGE_THRESHOLD_KEYS,
  );
  assert.deepEqual(
    CHANGE_THRESHOLD_FIELDS.filter((f) => f.scale === 100).map((f) => f.key),
    ['amountCutWarn', 'amountCutCritical'],
  );
  const zh = ZH;
  for (const k of CHANGE_THRESHOLD_KEYS) {
    assert.equal(
      opportunityFieldLabel(`rules.changes.${k}`, t, () => undefined),
      t.changeThresholdLabels[k],
    );
    assert.ok(zh.changeThresholdLabels[k]);
    assert.notEqual(zh.changeThresholdLabels[k], t.changeThresholdLabels[k]);
  }
  assert.equal(
    opportunityFieldLabel('rules.changes', t, () => undefined),
    t.changeThresholds,
  );
});
