// The audit of every export for people (issue 12, "Must hold"): each element fed its demo data
// (demo/data/<tag>.json, as the gallery feeds it), in English and in Chinese; every tab; every pair of
// "Export CSV" / "Export Excel" buttons clicked; both files checked by test/helpers/people-files.ts: no header
// in camelCase or snake_case or a bare key, no number with more than 6 decimals, the workbook read back holding
// the CSV's rows, sheet by sheet.
//
// Left out by name, because they are files for machines, not people (docs/exports.md):
// - "Export JSON" (planners, lead-flow-monitor's due list): the raw `{ input, output }` for admins and integrations;
// - the tiering tables' "CRM file (CSV)" / "CRM file (Excel)": machine headers (`points_<factor>`) and codes, the
//   columns a CRM mapping re-imports (issue 13);
// - a risk panel's `csv()` method (no button): data keys and codes for a CRM import.
// The plans view's "Export tasks (CSV)" has no Excel twin and is left to its own tests (test/browser/risk-plans.test.ts).
import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { ACTIONS as ACTIONS_EN } from '../../src/i18n/actions/en.js';
import { ACTIONS as ACTIONS_ZH } from '../../src/i18n/actions/zh-CN.js';
import { settle, until } from '../helpers/fixtures.js';
import { assertPeopleFiles, captureFile } from '../helpers/people-files.js';

const ELEMENTS = [
  'sales-target-planner',
  'funnel-forecast',
  'cs-capacity-planner',
  'sales-org-designer',
  'opportunity-alert-panel',
  'churn-alert-panel',
  'lead-flow-monitor',
  'lead-score-table',
  'customer-value-table',
  'lead-score-card',
  'customer-value-card',
] as const;

/** Pairs of buttons with the demo data: lead-flow-monitor has one per table tab (due list, sources, owners, reactivation). */
const PAIRS: Partial<Record<(typeof ELEMENTS)[number], number>> = { 'lead-flow-monitor': 4 };

const WORDS = { en: ACTIONS_EN, 'zh-CN': ACTIONS_ZH } as const;

const buttons = (el: Element, text: string): HTMLButtonElement[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter(
    (b) => b.textContent.trim() === text && !b.disabled && b.getClientRects().length > 0,
  );

describe('every export for people: words for headers, ≤ 6 decimals, the workbook = the CSV', () => {
  for (const tag of ELEMENTS)
    for (const lang of ['en', 'zh-CN'] as const)
      it(`${tag} (${lang}, demo data)`, async () => {
        const w = WORDS[lang];
        const el = document.createElement(tag);
        el.setAttribute('lang', lang);
        el.setAttribute('src', `/demo/data/${tag}.json`);
        document.body.append(el);
        try {
          await until(() => buttons(el, w.exportCsv).length > 0, 20000, `${tag}'s export buttons`);
          await settle(el);
          const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
          const seen = new Set<HTMLButtonElement>();
          let checked = 0;
          for (const tab of tabs.length ? tabs : [null]) {
            if (tab) {
              tab.click();
              await settle(el);
            }
            const csv = buttons(el, w.exportCsv).filter((b) => !seen.has(b));
            const xlsx = buttons(el, w.exportXlsx).filter((b) => !seen.has(b));
            expect(xlsx.length, `${tag}: an Excel button beside each CSV one`).to.equal(csv.length);
            for (const [i, c] of csv.entries()) {
              const x = xlsx[i]!;
              seen.add(c).add(x);
              const where = `${tag} ${lang} ${tab?.textContent.trim() ?? ''} #${i + 1}`;
              const file = await captureFile(() => c.click());
              const book = await captureFile(() => x.click());
              expect(file.name.replace(/\.csv$/, ''), `${where}: one name for both files`).to.equal(
                book.name.replace(/\.xlsx$/, ''),
              );
              await assertPeopleFiles(await file.blob.text(), book.blob, where);
              checked++;
            }
          }
          expect(checked, `${tag}: exports checked`).to.equal(PAIRS[tag] ?? 1);
        } finally {
          el.remove();
        }
      });
});
