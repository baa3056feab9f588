import { generateLeads, realisticCsv, AS_OF, CHANNEL_COSTS } from '/work/wt/import-core/bench/cases/lead-flow-monitor.js';
import { parseLeads, decodeExport } from '/work/wt/import-core/src/parse/leads.ts';
import { readTable, importTable } from '/work/wt/import-core/src/import/index.ts';
import { analyzeLeadFlow } from '/work/wt/import-core/src/index.ts';
const text = realisticCsv(generateLeads(100000));
const bytes = new TextEncoder().encode(text);
for (let k = 0; k < 5; k++) {
  let t0 = performance.now();
  const l = parseLeads(decodeExport(bytes).text);
  const legacy = performance.now() - t0;
  t0 = performance.now();
  const table = await readTable(bytes, { kind: 'leads' });
  const t1 = performance.now();
  const r = importTable(table, 'leads');
  const t2 = performance.now();
  analyzeLeadFlow({ asOf: AS_OF, leads: r.rows, channelCosts: CHANNEL_COSTS });
  const t3 = performance.now();
  console.log('legacy', Math.round(legacy), '| read', Math.round(t1 - t0), 'map', Math.round(t2 - t1), 'model', Math.round(t3 - t2), 'new total', Math.round(t3 - t0), l.leads.length);
}
