// The risk panels' own virtual list against @lit-labs/virtualizer (variant.js), on the
// data of the panels' bench cases: time to first rows painted (10,000 rows, median of
// RUNS, both lists in turns on one page), the 100,000-row scenario of largeListFigures (worst and 95th-percentile frame
// while scrolling 120 frames, rows in the DOM…), and the gzip bytes the virtualizer adds
// to a panel's entry. Skip it with --no-virtualizer.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledGzip } from '../bundle.js';
import { largeListFigures } from '../cases/opportunity-alert-panel.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const skipVirtualizer = process.argv.includes('--no-virtualizer');

let variant = null;
/** The variant as one script for the page, and the gzip bytes it adds to each panel's entry. */
async function variantBuild() {
  if (variant) return variant;
  const p = (rel) => JSON.stringify(join(root, rel));
  // The variant is the entry itself (as a side-effect import from a temporary file, package.json's sideEffects would drop it).
  const script = await bundledGzip({
    file: join(root, 'bench/risk-list-virtualizer/variant.js'),
    format: 'iife',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  const added = {};
  for (const tag of ['opportunity-alert-panel', 'churn-alert-panel']) {
    const own = await bundledGzip({ code: `import ${p(`components/${tag}/index.ts`)};` });
    const withLv = await bundledGzip({
      code: `import ${p(`components/${tag}/index.ts`)};\nexport { virtualize } from ${p('node_modules/@lit-labs/virtualizer/virtualize.js')};`,
    });
    added[tag] = Math.round(((withLv.initial - own.initial) / 1024) * 100) / 100;
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
    // First paint of both, taken in turns on this one page, so load and warm-up fall on both alike.
    const first = { own: [], lv: [] };
    for (let i = 0; i < runs; i++)
      for (const [k, t] of i % 2
        ? [
            ['lv', `${tag}-lv`],
            ['own', tag],
          ]
        : [
            ['own', tag],
            ['lv', `${tag}-lv`],
          ])
        first[k].push(await p.evaluate((t, s) => window.renderOnce(t, s), t, spec));
    const large = await largeListFigures(p, `${tag}-lv`, generate, list);
    const ms = (xs) => Math.round(median(xs) * 10) / 10;
    return {
      firstRenderMsMedian: ms(first.lv),
      ownFirstRenderMsMedianInTurns: ms(first.own),
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
