import { generateLeads, realisticCsv } from '/work/wt/import-core/bench/cases/lead-flow-monitor.js';
import { readTable, importTable } from '/work/wt/import-core/src/import/index.ts';
const text = realisticCsv(generateLeads(100000));
const bytes = new TextEncoder().encode(text);
const table = await readTable(bytes, { kind: 'leads' });
for (let k = 0; k < 4; k++) { const t = performance.now(); importTable(table, 'leads'); console.log('map', Math.round(performance.now() - t)); }
