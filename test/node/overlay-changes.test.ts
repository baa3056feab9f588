// The rules overlay carries the change-flag thresholds (issue 14): the user's values over the host's, key by key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlayPipelineRules, setInOverlay } from '../../src/risk/overlay.js';
import { resolvePipelineRules } from '../../src/models/opportunities.js';

test('no change thresholds anywhere: the merged rules have no changes key (the contract rules)', () => {
  const host = resolvePipelineRules({});
  const { rules } = overlayPipelineRules(host, setInOverlay(undefined, ['keyAccountMinAmount'], 1));
  assert.equal(Object.hasOwn(rules as object, 'changes'), false);
});

test("a user's threshold over the defaults, and over the host's own thresholds (kept, not lost)", () => {
  const plain = resolvePipelineRules({});
  const one = resolvePipelineRules(
    overlayPipelineRules(plain, setInOverlay(undefined, ['changes', 'pushCountWarn'], 4)).rules,
  );
  assert.equal(one.changes!.pushCountWarn, 4);
  assert.equal(one.changes!.pushCountCritical, 3);
  const host = resolvePipelineRules({ changes: { minContacts: 3 } });
  const both = resolvePipelineRules(
    overlayPipelineRules(host, setInOverlay(undefined, ['changes', 'amountCutWarn'], 0.3)).rules,
  );
  assert.equal(both.changes!.minContacts, 3);
  assert.equal(both.changes!.amountCutWarn, 0.3);
  // Another edit (not of a change threshold) keeps the host's change thresholds.
  const other = resolvePipelineRules(overlayPipelineRules(host, { keyAccountMinAmount: 5 }).rules);
  assert.equal(other.changes!.minContacts, 3);
});
