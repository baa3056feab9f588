// ESLint flat config: `npm run lint` runs it with --max-warnings 0 (see docs/CONVENTIONS.md § Lint).
// TypeScript is linted type-checked (typescript-eslint's project service finds the nearest tsconfig.json);
// the elements also get the Lit, Lit a11y and custom-element rules; plain JS gets ESLint's recommended
// rules. Formatting is Prettier's alone (eslint-config-prettier turns the stylistic overlaps off).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts'];
// Module specifiers src/ may not reach (the boundary: Lit and the elements), for the import() selector.
const BOUNDARY = String.raw`/^(lit|lit-html|lit-element|@lit|@lit-labs)(\/|$)|(^|\/)components(\/|$)/`;
const JS = ['**/*.js', '**/*.mjs', '**/*.jsx'];

export default defineConfig(
  {
    // What .gitignore leaves out.
    ignores: ['dist/**', 'coverage/**', '.scratch/**', 'custom-elements.json'],
  },

  // Plain JavaScript: bin, bench, test servers and plugins, host apps, root configs.
  {
    files: JS,
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
  {
    // Code that runs in the page: bench callbacks passed to page.evaluate, CSP probes, host apps.
    files: ['bench/**/*.js', 'test/csp/*.js', 'test/hosts/**/*.{js,jsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.jsx'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    // LWC components use decorators (@api), which only the TypeScript parser reads.
    files: ['test/hosts/lwc/**/*.js'],
    languageOptions: { parser: tseslint.parser },
  },

  // TypeScript, type-checked.
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          // Node scripts outside the two test programs: vite configs, docs tools, the CRM fixture writer.
          allowDefaultProject: ['vite*.config.ts', 'vite.chunks.ts', 'docs/tools/*.ts', 'test/fixtures/crm/*.ts'],
          defaultProject: 'tsconfig.tools.json',
          // Node scripts in the default project: vite configs, the chunk planner, docs tools, the CRM fixture writers
          // and their kit (the default limit is 8).
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 12,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The same conventions as tsc's noUnusedLocals/noUnusedParameters (tsconfig.json): `_name` marks a parameter
      // a signature needs, and `{ drop: _, ...rest }` leaves a property out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'all',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `() => {}` is the no-op default of an optional callback; an empty method still needs a comment saying why.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // `async` without `await` is how an in-memory store or a test double meets a promise-returning
      // interface, and it turns a throw (structuredClone's DataCloneError) into a rejection as callers expect.
      '@typescript-eslint/require-await': 'off',
      // `||` on text deliberately treats '' as missing (an empty attribute, label or tier name).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises the runner itself awaits.
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
            // @open-wc/semantic-dom-diff types every chai `equal` as a promise (only `.dom.equal` is one).
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
    },
  },

  // The elements: Lit, Lit accessibility, custom elements.
  {
    files: ['components/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    rules: {
      // Lit calls template listeners with the host as `this` (`@click=${this.onClick}`), which the rule cannot see.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Boundary: src/ is pure (no Lit, no elements).
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'lit',
                'lit/*',
                'lit-html',
                'lit-html/*',
                'lit-element',
                'lit-element/*',
                '@lit/*',
                '@lit-labs/*',
              ],
              message: 'src/ is pure: Lit belongs in components/.',
            },
            { group: ['**/components', '**/components/**'], message: 'src/ may not import components/.' },
          ],
        },
      ],
      // The same for import() and `typeof import('…')`, which no-restricted-imports does not see.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=${BOUNDARY}], TSImportType[argument.literal.value=${BOUNDARY}]`,
          message: 'src/ is pure: no Lit and no components/ (not even through import()).',
        },
      ],
    },
  },

  prettier,
);
