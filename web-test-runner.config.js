// Browser tests in Debian's Chromium (CHROME_PATH overrides), with TypeScript through esbuild.
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { summaryReporter } from './test/helpers/summary-reporter.js';
import { defaultReporter } from '@web/test-runner';
import { strictCspMiddleware } from './test/csp/policy.js';
import { hostAppsPlugin } from './test/hosts/build.js';
import { cdpPlugin } from './test/helpers/cdp-plugin.js';
import { testRoutes } from './test/helpers/test-routes.js';
import { cloneableResultsPlugin } from './test/helpers/cloneable-results.js';
import { READ_EXCEL_PARSE_XML, patchParseXml } from './vite.plugins.js';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/**
 * read-excel-file's fflate → its synchronous unzip (src/import/fflate-sync.ts), and its XML chunk loop patched
 * (`patchParseXml`), as in the builds (vite.plugins.js `syncUnzip`).
 */
const syncUnzipPlugin = {
  name: 'sync-unzip',
  resolveImport({ source, context }) {
    if (source === 'fflate' && /\/read-excel-file\//.test(context.path)) return '/src/import/fflate-sync.ts';
    return undefined;
  },
  transform(context) {
    if (READ_EXCEL_PARSE_XML.test(context.path)) return { body: patchParseXml(context.body) };
    return undefined;
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: keyboard tests need the focused page.
  concurrency: 1,
  // A test's own limit. Tests wait for conditions, never for time; an axe audit of a large shadow tree took 9–10 s
  // on a 2-core machine under load (load average ~20), so the limit leaves room for a busy machine.
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // test/browser/csp.test.ts renders the built elements in frames served with a strict CSP; routes that hang
  // or stall serve the fetch deadline tests (test/helpers/test-routes.js).
  middleware: [strictCspMiddleware(), testRoutes],
  // The LWC, React and Vue host apps (test/browser/host-*.test.ts) are compiled on first request; the CDP
  // commands (test/helpers/cdp-plugin.js) serve the leak tests; a failed assertion on a DOM node is reported,
  // not lost with its file's results (test/helpers/cloneable-results.js).
  plugins: [
    cloneableResultsPlugin(),
    syncUnzipPlugin,
    hostAppsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    cdpPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
