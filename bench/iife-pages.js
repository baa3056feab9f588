// The full one-file script on cold pages (`node bench/iife-pages.js`, or in `npm run bench` under
// `embed.iifePages`): what a page requests to its first paint, KB gzip of JS (as a server sends it, like
// the loader pages) and which files, for (a) one lead-score-card and (b) one of every element, each with
// its demo data (demo/data/<tag>.json) set as a property. First paint = every element has sent its first
// revops-change and a frame has been painted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, jsGzip } from './embed.js';

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
// Every element: the folders of components/ with an index.ts, but the provider.
const TAGS = readdirSync(fileURLToPath(new URL('../components', import.meta.url))).filter(
  (d) =>
    d !== 'shared' &&
    d !== 'revops-provider' &&
    existsSync(fileURLToPath(new URL(`../components/${d}/index.ts`, import.meta.url))),
);

/** In the page: add each tag with its data, then the script; resolve once every element has shown a result. */
async function showAll(items) {
  const stage = document.getElementById('stage');
  let left = items.length;
  const done = new Promise((resolve) => {
    for (const [tag, data] of items) {
      const el = document.createElement(tag);
      el.setAttribute('lang', 'en');
      el.data = data;
      el.addEventListener('revops-change', () => --left === 0 && resolve(), { once: true });
      stage.append(el);
    }
  });
  const s = document.createElement('script');
  s.src = '/dist/revops-elements.iife.js';
  document.head.append(s);
  await done;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

export async function iifePageFigures({ root, browser }) {
  const { server, base, requested } = await serve(root);
  const data = (tag) => JSON.parse(readFileSync(join(root, `demo/data/${tag}.json`), 'utf8'));
  const measure = async (tags) => {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    requested.length = 0;
    await page.goto(`${base}/bench/embed.html`);
    await page.evaluate(`(${showAll.toString()})(${JSON.stringify(tags.map((t) => [t, data(t)]))})`);
    const files = requested.filter((p) => p.endsWith('.js'));
    await page.close();
    return { jsGzipKB: kb(jsGzip(root, files)), files: files.map((f) => f.replace(/^\/dist\//, '')) };
  };
  try {
    return { 'lead-score-card': await measure(['lead-score-card']), everyElement: await measure(TAGS) };
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    console.log(JSON.stringify(await iifePageFigures({ root, browser }), null, 2));
  } finally {
    await browser.close();
  }
}
