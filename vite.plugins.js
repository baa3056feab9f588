// Build plugins shared by the library builds (vite.config.ts, vite.iife.config.ts) and the size bench.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Collapse the whitespace and comments of a CSS text (the bodies of Lit `css` templates). */
export function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/,\s+/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Minify the CSS inside Lit `css` tagged templates of our own sources (Lit
 * ships them as written). Templates with `${…}` interpolations are left alone.
 */
export function cssLiterals() {
  return {
    name: 'revops-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (all, body) =>
        body.includes('${') ? all : `css\`${minifyCss(body)}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Build `source` (an ES module's text, written to a temporary file) as one minified ES module `outDir/fileName`. */
async function buildSibling({ source, outDir, fileName, plugins = [] }) {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'revops-sibling-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, source);
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { minify: true } },
    },
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * One-file scripts (IIFE) have no chunks: a dynamic import would be inlined,
 * shipping every locale in the script. Instead each strings module's loader
 * (`import('./<name>/<locale>.js')` in src/i18n/<name>.ts) becomes a read from
 * one file beside the script, `<base>.<locale>.js` (an ES module holding that
 * locale's tables of the modules the script uses), found from the script's own
 * URL (`__revopsScriptUrl`, see vite.iife.config.ts). The files are built when
 * the script is. `loaderCode()` is the loader's code, for the script's prelude.
 */
export function localeSiblings({ base, root, outDir }) {
  /** locale → module names (src/i18n/<name>) the script loads it for. */
  const used = new Map();
  const id = (name) => name.replace(/[^A-Za-z0-9_$]/g, '_');
  return {
    name: 'revops-locale-siblings',
    enforce: 'pre',
    loaderCode: () =>
      `var __revopsLocales = {}; function __revopsLocale(l) { return __revopsLocales[l] || (__revopsLocales[l] = import(new URL(${JSON.stringify(`${base}.`)} + l + ".js", __revopsScriptUrl).href)); }`,
    transform(code, file) {
      if (!/[\\/]src[\\/]i18n[\\/][^\\/]+\.ts$/.test(file)) return null;
      const out = code.replace(/import\(\s*['"]\.\/([\w-]+)\/([\w-]+)\.js['"]\s*\)/g, (_, name, locale) => {
        if (!used.has(locale)) used.set(locale, new Set());
        used.get(locale).add(name);
        return `__revopsLocale(${JSON.stringify(locale)}).then((m) => m.${id(name)})`;
      });
      return out === code ? null : { code: out, map: null };
    },
    async closeBundle() {
      for (const [locale, names] of used) {
        const entry = [...names]
          .sort()
          .map((n) => `export * as ${id(n)} from ${JSON.stringify(`${root}src/i18n/${n}/${locale}.ts`)};`)
          .join('\n');
        await buildSibling({ source: entry, outDir, fileName: `${base}.${locale}.js` });
      }
    },
  };
}

/**
 * read-excel-file's `fflate` → src/import/fflate-sync.ts (fflate with `unzip` on its synchronous path), so
 * reading a workbook never starts fflate's own blob: workers (refused by a strict CSP, and pointless inside
 * the import worker); and its XML chunk loop patched (`patchParseXml`). Used by every build that bundles
 * read-excel-file, and by the test server.
 */
export function syncUnzip() {
  const shim = fileURLToPath(new URL('./src/import/fflate-sync.ts', import.meta.url));
  return {
    name: 'revops-sync-unzip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]read-excel-file[\\/]/.test(importer)) return shim;
      return null;
    },
    transform(code, id) {
      return READ_EXCEL_PARSE_XML.test(id) ? { code: patchParseXml(code), map: null } : null;
    },
  };
}

/** read-excel-file's XML chunk loop (patched by `patchParseXml`). */
export const READ_EXCEL_PARSE_XML = /[\\/]read-excel-file[\\/]modules[\\/]xml[\\/]parseXml\.js$/;

/**
 * read-excel-file 9.3.17 parses a sheet's XML in chunks sized by time (a chunk over 7 ms halves the next one, with
 * no floor) and, when it does not yield, goes to the next chunk by calling itself: on a slow or busy machine the
 * chunks shrink (below one character they make no progress) and the recursion runs out of stack — "the workbook
 * could not be read (Maximum call stack size exceeded)" for a 20 MB workbook in the import worker under load, and
 * in Node at every stack size. Patched: the blocking loop iterates, and a chunk is never under 16 KB. (The
 * library's `nonBlocking` mode, which yields between chunks, is not used: an error in a later chunk would be thrown
 * from a timer and its promise never settle.) Throws when the library's code no longer has what the patch replaces
 * (an upgrade: check whether it is still needed).
 */
export function patchParseXml(code) {
  const swaps = [
    [/chunkSize \/= 2;/, 'chunkSize = Math.max(chunkSize / 2, 16384);'],
    [
      /var loop = function loop\(\) \{/,
      'var loop = function loop() {\n      if (!nonBlocking) { while (parseNextChunk()); return; }',
    ],
  ];
  for (const [find, put] of swaps) {
    const hits = code.match(new RegExp(find.source, 'g'))?.length ?? 0;
    if (hits !== 1)
      throw new Error(
        `read-excel-file's parseXml.js changed (${hits} × ${find}): review patchParseXml in vite.plugins.js`,
      );
    code = code.replace(find, put);
  }
  return code;
}

/** The one-file IIFE builds: components/shared/import/load-core.ts → load-core.iife.ts (the pipeline from revops-import.js). */
export function iifeImportCore() {
  return {
    name: 'revops-iife-import-core',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/[\\/]components[\\/]shared[\\/]import[\\/]/.test(importer) || !/\/load-core\.js$/.test(source))
        return null;
      return fileURLToPath(new URL('./components/shared/import/load-core.iife.ts', import.meta.url));
    },
  };
}

/**
 * The one-file IIFE builds: a module of the elements → its `<name>.iife.ts` beside it, which imports it on first
 * use; that `import()` becomes a file beside the script (iifeLazyChunks). Used for the tiering cards' history
 * part (components/shared/tiering-history.ts: the import, the validity check, calibration) in the tiering
 * script, and for the validity section's results (tiering-validity-results.ts) in the full one, so a card
 * without history loads neither.
 */
export function iifeLazyModule(path) {
  const part = fileURLToPath(new URL(`./${path}.ts`, import.meta.url));
  const lazy = fileURLToPath(new URL(`./${path}.iife.ts`, import.meta.url));
  const name = `/${path.split('/').pop()}.js`;
  return {
    name: `revops-iife-lazy-${path.split('/').pop()}`,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === lazy || !source.endsWith(name)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id === part ? lazy : null;
    },
  };
}

/** What the import view's modules take from the script (load-view.iife.ts hands them over): module → names. */
const IMPORT_VIEW_SHARED = {
  lit: ['html', 'nothing'],
  'components/shared/import/view-context.ts': ['ACCEPT', 'fieldIssue', 'fieldName', 'fileIssueText'],
  'components/shared/import/import-controller.ts': ['constantId', 'fieldId', 'valueId'],
  'components/shared/download.ts': ['downloadText'],
  'src/i18n/issues.ts': ['issueSentence'],
};

/**
 * The one-file IIFE builds: the elements' import view (components/shared/import/import-view.ts and the
 * mapping and result steps) → load-view.iife.ts, which loads the view from `<base>.import-view.js` beside
 * the script the first time one is shown (see `iifeLazyFile`). `define()` is the script's name for it
 * (`__revopsImportViewFile`).
 */
export function iifeImportView({ base, outDir }) {
  const view = fileURLToPath(new URL('./components/shared/import/import-view.ts', import.meta.url));
  return iifeLazyFile({
    name: 'import-view',
    base,
    outDir,
    swap: view,
    lazy: fileURLToPath(new URL('./components/shared/import/load-view.iife.ts', import.meta.url)),
    entry: `export { renderImportView } from ${JSON.stringify(view)};`,
    shared: IMPORT_VIEW_SHARED,
    define: '__revopsImportViewFile',
  });
}

/**
 * The one-file IIFE builds: the tiering model editor (components/shared/tiering-editor/) → load-editor.iife.ts,
 * which loads it from `<base>.model-editor.js` beside the script the first time a user opens an editor
 * (`__revopsModelEditorFile`). It takes lit's `html` and `nothing` from the script.
 */
export function iifeModelEditor({ base, outDir }) {
  const dir = './components/shared/tiering-editor/';
  return iifeLazyFile({
    name: 'model-editor',
    base,
    outDir,
    swap: fileURLToPath(new URL(`${dir}load-editor.ts`, import.meta.url)),
    lazy: fileURLToPath(new URL(`${dir}load-editor.iife.ts`, import.meta.url)),
    entry: `export { EditorSession } from ${JSON.stringify(fileURLToPath(new URL(`${dir}index.ts`, import.meta.url)))};`,
    shared: { lit: ['html', 'nothing'] },
    define: '__revopsModelEditorFile',
  });
}

/**
 * A part of the one-file scripts loaded on first use from `<base>.<name>.js` beside the script: the module
 * `swap` is replaced in the script by `lazy` (which imports that file from the script's URL and hands it
 * what it shares, `init`), and the file is built after the script from `entry`, with every module the
 * script already has (`shared`: module → names) replaced by what the script hands it — no second lit, the
 * same strings tables and ids.
 */
function iifeLazyFile({ name, base, outDir, swap, lazy, entry, shared, define }) {
  const file = `${base}.${name}.js`;
  const DEPS = `\0revops-${name}-deps`;
  const names = Object.values(shared).flat();
  const swapName = swap.replace(/^.*[\\/]/, '').replace(/\.ts$/, '.js');
  const isShared = (id) =>
    Object.keys(shared).some((m) => m !== 'lit' && id === fileURLToPath(new URL(`./${m}`, import.meta.url)));
  return {
    name: `revops-iife-${name}`,
    enforce: 'pre',
    define: () => ({ [define]: JSON.stringify(file) }),
    async resolveId(source, importer, options) {
      if (!importer || importer === lazy || !source.endsWith(swapName)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id === swap ? lazy : null;
    },
    async closeBundle() {
      await buildSibling({
        source: `${entry}\nexport { init } from ${JSON.stringify(DEPS)};\n`,
        outDir,
        fileName: file,
        plugins: [
          {
            name: `revops-${name}-deps`,
            enforce: 'pre',
            async resolveId(source, importer, options) {
              if (source === DEPS || source === 'lit') return DEPS;
              if (!importer || source.startsWith('\0')) return null;
              const r = await this.resolve(source, importer, { ...options, skipSelf: true });
              return r && isShared(r.id) ? DEPS : null;
            },
            load(id) {
              if (id !== DEPS) return null;
              return `export let ${names.join(', ')};\nexport function init(d) { ({ ${names.join(', ')} } = d); }\n`;
            },
          },
        ],
      });
    },
  };
}

/**
 * In the autoloader's build (ES chunks loaded with `import()`): each element chunk also names, as empty
 * imports at its end, the chunks its imports import, so the browser requests all of them as soon as it
 * has the element chunk, instead of one level of imports after another (4–5 round trips before the
 * first paint; Rollup's `hoistTransitiveImports`, which rolldown does not do). Imports already
 * evaluated through an earlier import: the order of evaluation does not change.
 */
export function hoistChunkImports() {
  return {
    name: 'revops-hoist-chunk-imports',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      for (const c of chunks) {
        if (!/components\/[^/]+\/index\.ts$/.test(c.facadeModuleId ?? '')) continue;
        const all = new Set();
        const walk = (f) => {
          for (const i of byName.get(f)?.imports ?? [])
            if (!all.has(i)) {
              all.add(i);
              walk(i);
            }
        };
        walk(c.fileName);
        const more = [...all].filter((f) => !c.imports.includes(f));
        const dir = c.fileName.split('/').slice(0, -1).join('/');
        const rel = (f) => `./${dir ? f.slice(dir.length + 1) : f}`;
        if (more.length) c.code += more.map((f) => `import${JSON.stringify(rel(f))};`).join('');
      }
    },
  };
}

/** The text the autoloader's source holds where the build writes each tag's chunks (components/autoloader.ts). */
export const PRELOADS_MARK = '__REVOPS_PRELOADS__';

/**
 * Which of the shared chunks named `names` (files `loader/<name>-<hash>.js`) each element's chunk imports
 * statically, at any depth, as the autoloader reads it: `file file…;digits,digits,…`, first the chunks' files
 * (without `dir` and `.js`, in the order of `names`), then for each element, in the order the entry imports them
 * (`entry.dynamicImports`: the order of ELEMENT_LOADERS), the positions of its files in that list. Each file and
 * tag is written once: a hash does not compress, and the autoloader has 1 KB. `chunks`: the bundle's chunks
 * (`fileName`, `imports`, `dynamicImports`, `facadeModuleId`, `isEntry`).
 */
export function preloadList(chunks, names, dir = 'loader/') {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const nameOf = (f) => (f.startsWith(dir) ? f.slice(dir.length).replace(/-[\w-]{8}\.js$/, '') : '');
  const isElement = (c) => /components\/[^/]+\/index\.ts$/.test(c?.facadeModuleId ?? '');
  const files = chunks
    .map((c) => c.fileName)
    .filter((f) => names.includes(nameOf(f)))
    .sort((a, b) => names.indexOf(nameOf(a)) - names.indexOf(nameOf(b)));
  if (files.length > 10) throw new Error('preloadList: more than 10 files, one digit each');
  const elements = chunks.find((c) => c.isEntry).dynamicImports.filter((f) => isElement(byName.get(f)));
  if (elements.length !== chunks.filter(isElement).length)
    throw new Error('preloadList: an element the entry does not import');
  const digits = elements.map((f) => {
    const all = new Set();
    const walk = (g) => {
      for (const i of byName.get(g)?.imports ?? [])
        if (!all.has(i)) {
          all.add(i);
          walk(i);
        }
    };
    walk(f);
    return files.flatMap((g, i) => (all.has(g) ? [i] : [])).join('');
  });
  return `${files.map((f) => f.slice(dir.length, -3)).join(' ')};${digits.join(',')}`;
}

/**
 * The autoloader requests an element's chunk and, at the same time, the large shared chunks that chunk imports
 * (`names`: rolldown's runtime, `core`, the families' groups; vite.chunks.ts), so a page gets them in the same
 * round of requests instead of one round later. Listing every chunk would not fit the autoloader's 1 KB: each
 * name carries a hash that does not compress. This writes the list (`preloadList`, from the chunks' final
 * names) into the entry in place of `PRELOADS_MARK`.
 */
export function chunkPreloads(names) {
  return {
    name: 'revops-chunk-preloads',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      const parts = entry.code.split(PRELOADS_MARK);
      if (parts.length !== 2)
        throw new Error(`chunkPreloads: ${entry.fileName} holds ${PRELOADS_MARK} ${parts.length - 1} times`);
      entry.code = parts.join(preloadList(chunks, names));
    },
  };
}

/** V8's explicit compile hint: compile every function of the file while it streams in, off the main thread. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Most functions of an element's chunk and of the shared chunks a page loads with it (`names`, as for
 * `chunkPreloads`) run on the element's first render; V8 otherwise compiles each on its first call, on the main
 * thread (about 70 ms of a funnel-forecast's first chart at 4× CPU throttling, 270 functions). This puts V8's
 * compile hint at the top of those files, so Chromium compiles them while they load, on another thread; other
 * browsers read a comment. On-demand files, strings and workers are left as they are.
 */
export function compileHints(names, dir = 'loader/') {
  return {
    name: 'revops-compile-hints',
    generateBundle(_, bundle) {
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk' || c.isEntry || !c.fileName.startsWith(dir)) continue;
        const name = c.fileName.slice(dir.length).replace(/-[\w-]{8}\.js$/, '');
        if (/components\/[^/]+\/index\.ts$/.test(c.facadeModuleId ?? '') || names.includes(name))
          c.code = COMPILE_HINT + c.code;
      }
    },
  };
}

/**
 * The one-file builds with files beside them: vite.iife.config.ts builds the script as ES modules with
 * code splitting, every module the entry imports statically in one chunk (`$initial`), and this plugin
 * turns that chunk into the classic script (`name` = the global, as an IIFE build would) and each
 * dynamic `import()` into a file of its own, `<dir>/<name>-<hash>.js` beside the script, loaded from
 * the script's own URL on first use (the xlsx writer, the history views, the risk worker's starter…).
 *
 * Those files are ES modules; what they take from the script (lit, the base element, the models) the
 * script hands over through one object on `globalThis` under `Symbol.for('revops-elements:<hash>')`,
 * the first copy's when a page loads the same script twice, so a lazy file and the elements that
 * asked for it share one lit and one set of tables. `dir` (the files' folder) keeps only this build's files once it is written. `prelude` is the script's own code before the
 * bundle (the script URL, the locale loader): the lazy files get the same two names from the handoff.
 */
export function iifeLazyChunks({ name, prelude, dir }) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** `a as b, c` → [[local, exported], …] */
  const specifiers = (list) =>
    list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [local, exported = local] = s.split(/\s+as\s+/);
        return [local, exported];
      });
  const dirOf = (f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : '');
  const GLOBALS = ['__revopsScriptUrl', '__revopsLocale'];
  return {
    name: 'revops-iife-lazy-chunks',
    // The files of an earlier build go once this one is written (their names change with their content).
    writeBundle(options, bundle) {
      if (!dir || !existsSync(dir)) return;
      const outDir = options.dir ?? '';
      for (const f of readdirSync(dir))
        if (!(relative(outDir, join(dir, f)).replace(/\\/g, '/') in bundle)) rmSync(join(dir, f));
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      // The entry is a facade over the `$initial` chunk (or holds the code itself).
      const main = entry.imports.length === 1 ? bundle[entry.imports[0]] : entry;
      // Rolldown's runtime helpers in a chunk of their own (when a lazy file uses one the script uses too): the
      // script gets its own copy, inlined where it imported them; the lazy files keep importing that chunk.
      for (const f of [...main.imports]) {
        const rt = bundle[f];
        if (!Object.keys(rt.modules).every((id) => /rolldown[\\/]runtime/.test(id))) continue;
        const exported = specifiers(/export\s*\{([^}]*)\}\s*;?\s*$/.exec(rt.code)?.[1] ?? '');
        const body = rt.code.replace(/export\s*\{[^}]*\}\s*;?\s*$/, '');
        const importRe = new RegExp(
          `import\\s*\\{([^}]*)\\}\\s*from\\s*["'\`](?:\\.{1,2}/)+(?:[^"'\`]*/)?${esc(f.split('/').pop())}["'\`]\\s*;?`,
        );
        main.code = main.code.replace(
          importRe,
          (_, list) =>
            `var{${specifiers(list)
              .map(([ext, local]) => `${ext}:${local}`)
              .join(
                ',',
              )}}=(function(){${body};return{${exported.map(([l, e]) => `${JSON.stringify(e)}:${l}`).join(',')}}})();`,
        );
        main.imports = main.imports.filter((i) => i !== f);
      }
      if (entry.imports.length > 1 || (main !== entry && main.imports.length))
        this.error(`the script's modules must be one chunk; ${entry.fileName} imports ${entry.imports.join(', ')}`);
      let code = main.code;
      // The exports of the main chunk: what the facade re-exports and what the lazy files import.
      const exportRe = /export\s*\{([^}]*)\}\s*;?\s*$/;
      const mainExports = specifiers(exportRe.exec(code)?.[1] ?? '');
      code = code.replace(exportRe, '');
      const localOf = new Map(mainExports.map(([local, exported]) => [exported, local]));
      // The public API: what the facade re-exports from the main chunk.
      let api;
      if (main === entry) api = mainExports;
      else if (/export\s*\{[^}]*\}\s*from/.test(entry.code)) {
        // `export { x as Name } from main`
        const list = /export\s*\{([^}]*)\}\s*from/.exec(entry.code)[1];
        api = specifiers(list).map(([ext, name]) => [localOf.get(ext), name]);
      } else {
        // `import { y as x } from main; export { x as Name }`
        const imported = new Map();
        for (const m of entry.code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'`][^"'`]+["'`]/g))
          for (const [ext, local] of specifiers(m[1])) imported.set(local, localOf.get(ext));
        api = specifiers(exportRe.exec(entry.code)?.[1] ?? '').map(([l, e]) => [imported.get(l), e]);
      }
      if (api.some(([l]) => !l)) this.error('could not read the public exports of the script');
      const key = `revops-elements:${createHash('sha256').update(code).digest('hex').slice(0, 12)}`;
      // Dynamic imports from the script: resolved against the script's URL, not the page's.
      const mainDir = dirOf(main.fileName);
      code = code.replace(
        /import\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g,
        (_, q, spec) =>
          `import(new URL(${JSON.stringify(new URL(spec, `file:///${mainDir}`).pathname.slice(1))},__revopsScriptUrl).href)`,
      );
      const handoff = `{${[...mainExports.map(([l, e]) => `${JSON.stringify(e)}:${l}`), ...GLOBALS.map((g) => `${g}:typeof ${g}<"u"?${g}:void 0`)].join(',')}}`;
      entry.code =
        `var ${name}=(function(){"use strict";${prelude}\n${code}\n` +
        `var __k=Symbol.for(${JSON.stringify(key)});globalThis[__k]||(globalThis[__k]=${handoff});` +
        `return{${api.map(([l, e]) => `${JSON.stringify(e)}:${l}`).join(',')}}})();\n`;
      entry.imports = [];
      entry.dynamicImports = main.dynamicImports;
      if (main !== entry) delete bundle[main.fileName];
      // The lazy files: their imports from the script become reads from the handoff.
      const mainRe = new RegExp(
        `import\\s*(?:\\{([^}]*)\\}\\s*from\\s*)?["'\`](?:\\.{1,2}/)+(?:[^"'\`]*/)?${esc(main.fileName.split('/').pop())}["'\`]\\s*;?`,
        'g',
      );
      const mainImportRe = new RegExp(
        `import\\(\\s*(["'\`])(?:\\.{1,2}/)+(?:[^"'\`]*/)?${esc(main.fileName.split('/').pop())}\\1\\s*\\)`,
        'g',
      );
      for (const c of chunks) {
        if (c === entry || c === main) continue;
        let uses = false;
        let out = c.code.replace(mainRe, (_, list) => {
          uses = true;
          return list
            ? `const{${specifiers(list)
                .map(([ext, local]) => `${ext}:${local}`)
                .join(',')}}=__h;`
            : '';
        });
        // `import()` of the script's chunk (a module the script holds, asked for lazily): the handoff is its namespace.
        out = out.replace(mainImportRe, () => {
          uses = true;
          return 'Promise.resolve(__h)';
        });
        const globals = GLOBALS.filter((g) => out.includes(g));
        if (uses || globals.length) {
          out =
            `const __h=globalThis[Symbol.for(${JSON.stringify(key)})];` +
            (globals.length ? `const{${globals.join(',')}}=__h;` : '') +
            out;
          if (c.imports.includes(main.fileName)) c.imports = c.imports.filter((i) => i !== main.fileName);
        }
        // A form of import the rewrite does not know would fetch the script's chunk, which is not written.
        if (out.includes(main.fileName.split('/').pop()))
          this.error(`${c.fileName} still imports the script's chunk in a form iifeLazyChunks does not rewrite`);
        c.code = out;
      }
    },
  };
}
