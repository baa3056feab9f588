// Compiles the framework host apps under test/hosts/ while the browser tests run: a web-test-runner
// plugin answers /test/hosts/<host>/bundle.js with the app built on first request (and cached).
//   lwc   – @lwc/rollup-plugin + rollup (a Lightning Web Components app, native shadow DOM)
//   react – esbuild (React 19, JSX)
//   vue   – esbuild (Vue 3 with the template compiler, so the test runs a real template)
//   pcf   – esbuild (a Power Apps component framework standard control, as Dynamics 365 hosts it)
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// The apps import the package by name, as a user's app does: the npm ES build in dist/
// (`revops-elements` → dist/index.js, `revops-elements/<tag>.js` → dist/<tag>.js).
const PACKAGE = { 'revops-elements': fileURLToPath(new URL('../../dist', import.meta.url)) };
const NODE_ENV = { 'process.env.NODE_ENV': '"production"' };

async function buildLwc() {
  const { rollup } = await import('rollup');
  const { default: lwc } = await import('@lwc/rollup-plugin');
  const bundle = await rollup({
    input: `${here}lwc/main.js`,
    plugins: [
      lwc({
        rootDir: `${here}lwc/modules`,
        modules: [{ dir: `${here}lwc/modules` }],
        disableSyntheticShadowSupport: true,
      }),
      {
        name: 'node-env',
        transform: (code) =>
          code.includes('process.env.NODE_ENV')
            ? code.replaceAll('process.env.NODE_ENV', NODE_ENV['process.env.NODE_ENV'])
            : null,
      },
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

async function buildEsbuild(entry, extra = {}) {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [`${here}${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    define: NODE_ENV,
    ...extra,
    alias: { ...PACKAGE, ...extra.alias },
  });
  return out.outputFiles[0].text;
}

const BUILDS = {
  lwc: buildLwc,
  react: () => buildEsbuild('react/app.jsx'),
  pcf: () => buildEsbuild('pcf/index.ts'),
  vue: () =>
    buildEsbuild('vue/app.js', {
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: {
        ...NODE_ENV,
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
};

/** web-test-runner plugin: serves /test/hosts/<host>/bundle.js. */
export function hostAppsPlugin() {
  const cache = new Map();
  return {
    name: 'revops-host-apps',
    async serve(context) {
      const m = /^\/test\/hosts\/(\w+)\/bundle\.js$/.exec(context.path);
      if (!m || !BUILDS[m[1]]) return undefined;
      if (!cache.has(m[1])) cache.set(m[1], BUILDS[m[1]]());
      return { body: await cache.get(m[1]), type: 'js' };
    },
  };
}
