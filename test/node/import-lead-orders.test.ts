// Reactivation by product category and past orders (§7 extras, issue 14): the import presets map the
// category, order count, order amount and last order columns, and the model reads what they give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow } from '../../src/index.js';
import { importTable, readTextTable } from '../../src/import/index.js';

const csv = (...lines: string[]) => readTextTable(lines.join('\r\n') + '\r\n');
const pick = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => [r.id, r.productCategory, r.orders, r.orderAmount, r.lastOrderAt]);

test('Chinese headers (generic): 品类, 订单数, 累计订单金额 with ¥ and 万, 最近下单时间', () => {
  const r = importTable(
    csv(
      '线索ID,来源,业务线,线索池,创建时间,入池时间,品类,订单数,累计订单金额,最近下单时间',
      'Z1,官网,SaaS,大公海,2024-06-01,2026-03-01,CRM,2,"¥30,000",2025-06-30',
      'Z2,官网,SaaS,业务线公海,2024-06-01,2026-03-01,,,,',
      'Z3,官网,SaaS,大公海,2024-06-01,2026-03-01,ERP,3,5万,2025/1/15',
    ),
    'leads',
  );
  assert.deepEqual(pick(r.rows), [
    ['Z1', 'CRM', 2, 30000, '2025-06-30'],
    ['Z2', undefined, undefined, undefined, undefined],
    ['Z3', 'ERP', 3, 50000, '2025-01-15'],
  ]);
  const flow = analyzeLeadFlow({
    asOf: '2026-03-31',
    leads: r.rows,
    rules: { reactivation: { campaign: { productCategory: ['CRM'], lastOrderDays: { min: 180 } } } },
  });
  assert.deepEqual(flow.reactivation, [{ id: 'Z1', pool: 'company', reasons: ['campaign'] }]);
  assert.deepEqual(
    flow.reactivationByCategory?.map((c) => [c.productCategory, c.pooled, c.candidates, c.orderAmount]),
    [
      ['CRM', 1, 1, 30000],
      ['ERP', 1, 0, 0],
      [null, 1, 0, 0],
    ],
  );
});

test('Salesforce report headers: Product Interest, Number of Orders, Total Order Amount, Last Order Date', () => {
  const r = importTable(
    csv(
      'Lead ID,Lead Source,Division,Lead Pool,Create Date,Pool Entered Date,Product Interest,Number of Orders,Total Order Amount,Last Order Date',
      '00Q1,Web,SaaS,company,6/1/2024,3/1/2026,CRM,1,"$1,000.00",10/2/2025',
    ),
    'leads',
  );
  assert.equal(r.preset, 'salesforce-report');
  assert.deepEqual(pick(r.rows), [['00Q1', 'CRM', 1, 1000, '2025-10-02']]);
});

test('a count that is not whole is kept as read and refused by the model at its field', () => {
  const r = importTable(
    csv('id,source,business line,pool,created,pool entered,orders', 'E1,web,SaaS,company,2026-01-01,2026-03-01,1.5'),
    'leads',
  );
  assert.equal(r.rows[0]!.orders, 1.5);
  const flow = analyzeLeadFlow({ asOf: '2026-03-31', leads: r.rows });
  assert.deepEqual(
    flow.invalid.map((x) => x.issues.map((i) => i.path)),
    [['orders']],
  );
});
