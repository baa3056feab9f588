// The risk panels' own virtual list against @lit-labs/virtualizer (variant.js), on the
// data of the panels' bench cases: time to first rows painted (10,000 rows, median of
// RUNS), the 100,000-row scenario of largeListFigures (worst and 95th-percentile frame
// while scrolling 120 frames, rows in the DOM…), and the gzip bytes the virtualizer adds
// to a panel's entry. Skip it with --no-virtualizer.
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { cssLiterals } from '../../vite.plugins.js';
import { largeListFigures } from '../cases/opportunity-alert-panel.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const skipVirtualizer = process.argv.includes('--no-virtualizer');

/** Bundle an entry (a file, or code written to a temporary one) as a consumer ships it. */
async function bundle({ file, code }, format) {
  const dir = mkdtempSync(join(tmpdir(), 'revops-lv-'));
  const entry = file ?? join(dir, 'entry.js');
  if (!file) writeFileSync(entry, code);
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [cssLiterals()],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: [format], name: 'RevopsLv', fileName: 'entry' },
      },
    });
    const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    // What loads with the entry: it and the chunks it imports statically.
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const seen = new Set();
    const walk = (c) => {
      if (!c || seen.has(c.fileName)) return;
      seen.add(c.fileName);
      for (const i of c.imports) walk(byName.get(i));
    };
    for (const c of chunks) if (c.isEntry) walk(c);
    const initial = chunks.filter((c) => seen.has(c.fileName));
    return {
      code: initial.map((c) => c.code).join('\n'),
      gzip: gzipSync(initial.map((c) => c.code).join('\n'), { level: 9 }).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let variant = null;
/** The variant as one script for the page, and the gzip bytes it adds to each panel's entry. */
async function variantBuild() {
  if (variant) return variant;
  const p = (rel) => JSON.stringify(join(root, rel));
  // The variant is the entry itself (as a side-effect import from a temporary file, package.json's sideEffects would drop it).
  const script = await bundle({ file: join(root, 'bench/risk-list-virtualizer/variant.js') }, 'iife');
  const added = {};
  for (const tag of ['opportunity-alert-panel', 'churn-alert-panel']) {
    const own = await bundle({ code: `import ${p(`components/${tag}/index.ts`)};` }, 'es');
    const withLv = await bundle(
      {
        code: `import ${p(`components/${tag}/index.ts`)};\nexport { virtualize } from ${p('node_modules/@lit-labs/virtualizer/virtualize.js')};`,
      },
      'es',
    );
    added[tag] = Math.round(((withLv.gzip - own.gzip) / 1024) * 100) / 100;
  }
  variant = { code: script.code, added };
  return variant;
}

/** Figures of one panel with @lit-labs/virtualizer, on a page of its own. */
export async function litVirtualizerFigures(page, { tag, list, generate, spec, runs, median }) {
  const v = await variantBuild();
  const p = await page.browser().newPage();
  try {
    await p.goto(pathToFileURL(join(root, 'bench/render.html')).href);
    await p.addScriptTag({ content: v.code });
    await p.bringToFront();
    const first = [];
    for (let i = 0; i < runs; i++) first.push(await p.evaluate((t, s) => window.renderOnce(t, s), `${tag}-lv`, spec));
    const large = await largeListFigures(p, `${tag}-lv`, generate, list);
    return {
      firstRenderMsMedian: Math.round(median(first) * 10) / 10,
      [`${list}100kAssessedAndPaintedMsMedian`]: large[`${list}100kAssessedAndPaintedMsMedian`],
      scroll100kWorstFrameMs: large.scroll100kWorstFrameMs,
      scroll100kWorstFrameMsRuns: large.scroll100kWorstFrameMsRuns,
      scroll100kP95FrameMsRuns: large.scroll100kP95FrameMsRuns,
      scroll100kLongTasksRuns: large.scroll100kLongTasksRuns,
      scroll100kRowsInDom: large.scroll100kRowsInDom,
      gzipKBAddedToEntry: v.added[tag],
    };
  } finally {
    await p.close();
    await page.bringToFront();
  }
}
