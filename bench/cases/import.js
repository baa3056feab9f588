// Bench case for the CRM import pipeline (src/import, dist/import.js), in Node:
//  - 100,000 leads as a realistic Chinese CRM CSV (BOM, CRLF, title-less, slashed dates with
//    one-digit hours, quoted ¥ amounts, quoted notes with line breaks): decoded, read as a
//    table, mapped with preset auto, and analysed by analyzeLeadFlow (the budget: 1 s;
//    the element's own CSV path took about 0.33 s in the browser);
//  - a ~20 MB .xlsx (written once with write-excel-file into the OS temp directory) read as a
//    table; in a page this runs in a Web Worker, here it is timed on its own.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { AS_OF, CHANNEL_COSTS, generateLeads, realisticCsv } from './lead-flow-monitor.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const N = 100_000;
const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Where the 20 MB workbook is written (the lead-flow-monitor case reads it in the browser too). */
export const XLSX_PATH = join(tmpdir(), 'revops-bench-import-20mb.xlsx');

/** A workbook of about 20 MB: lead rows like 销售易's export, date and number cells (written once). */
export async function workbook(path) {
  if (existsSync(path)) return;
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const leads = generateLeads(360_000, 11);
  const header = [
    '线索ID',
    '线索来源',
    '负责人',
    '所属部门',
    '所属线索池',
    '创建时间',
    '转入线索池时间',
    '分配时间',
    '首次跟进时间',
    '最后跟进时间',
    '转换状态',
    '转换时间',
    '成交金额',
    '行业',
    '省份',
    '备注',
  ];
  const date = (iso, i) =>
    iso
      ? {
          value: new Date(`${iso}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`),
          type: Date,
          format: 'yyyy/mm/dd hh:mm',
        }
      : null;
  const data = [
    [
      { value: '线索列表 导出时间: 2026-04-01 10:00:00', columnSpan: header.length },
      ...new Array(header.length - 1).fill(null),
    ],
    header,
  ];
  leads.forEach((l, i) => {
    data.push([
      l.id,
      l.source,
      l.owner,
      l.businessLine,
      { private: '', line: '华南线索池', company: '公司公海', blacklist: '黑名单' }[l.pool],
      date(l.createdAt, i),
      date(l.poolEnteredAt, i),
      date(l.assignedAt, i),
      date(l.firstFollowUpAt, i),
      date(l.lastFollowUpAt, i),
      l.convertedAt ? '已转换' : '未转换',
      date(l.convertedAt, i),
      l.revenue == null ? null : { value: l.revenue, type: Number, format: '#,##0.00' },
      l.industry,
      l.region,
      i % 7 === 0 ? '客户说"预算在审批",已发资料' : null,
    ]);
  });
  writeFileSync(path, await writeExcelFile(data).toBuffer());
}

export default {
  tag: 'import',
  async node(models) {
    const imp = await import(pathToFileURL(join(root, 'dist/import.js')).href);
    const bytes = new TextEncoder().encode(realisticCsv(generateLeads(N)));
    const phases = { read: [], map: [], model: [], total: [] };
    let last;
    for (let k = 0; k < RUNS + 1; k++) {
      const t0 = performance.now();
      const table = await imp.readTable(bytes, { kind: 'leads' });
      const t1 = performance.now();
      const result = imp.importTable(table, 'leads');
      const t2 = performance.now();
      const out = models.analyzeLeadFlow({ asOf: AS_OF, leads: result.rows, channelCosts: CHANNEL_COSTS });
      const t3 = performance.now();
      if (k === 0) continue; // warm-up
      phases.read.push(t1 - t0);
      phases.map.push(t2 - t1);
      phases.model.push(t3 - t2);
      phases.total.push(t3 - t0);
      last = { result, out };
    }
    if (last.result.summary.mapped !== N || last.out.invalid.length)
      throw new Error('the bench CSV did not import whole');

    const xlsxPath = XLSX_PATH;
    await workbook(xlsxPath);
    const xlsx = readFileSync(xlsxPath);
    // One read: a 20 MB workbook takes seconds and a lot of memory, so it is not repeated.
    const t0 = performance.now();
    const phaseAt = {};
    const table = await imp.readTable(xlsx, { onProgress: (p) => (phaseAt[p.phase] = performance.now() - t0) });
    const xlsxMs = performance.now() - t0;
    const rows = table.rows.length;
    const total = Math.round(median(phases.total));
    return {
      csv100kMB: Math.round((bytes.length / 1e6) * 10) / 10,
      csv100kReadMsMedian: Math.round(median(phases.read)),
      csv100kMapMsMedian: Math.round(median(phases.map)),
      csv100kAnalyzeLeadFlowMsMedian: Math.round(median(phases.model)),
      csv100kDecodeMapAnalyseMsMedian: total,
      csv100kWithinOneSecond: total <= 1000,
      xlsxMB: Math.round((statSync(xlsxPath).size / 1e6) * 10) / 10,
      xlsxRows: rows,
      xlsxReadMs: Math.round(xlsxMs),
      /** Of which read-excel-file (unzip and XML) and building the table. */
      xlsxParseMs: Math.round(phaseAt.rows - phaseAt.parse),
      xlsxTableMs: Math.round(phaseAt.done - phaseAt.rows),
    };
  },
};
