// custom-elements.json: the public API of the elements only (what a host page, an IDE or a docs
// generator needs), not the classes' internals. `npm run analyze` (part of `npm run build`).
import { readdirSync, existsSync } from 'node:fs';

const ELEMENT_DIRS = readdirSync('components').filter((d) => existsSync(`components/${d}/index.ts`));
/** Modules whose declarations are public: each element, its entry, the bundles' entries. */
const PUBLIC = new Set([
  'components/index.ts',
  'components/tiering.ts',
  'components/autoloader.ts',
  ...ELEMENT_DIRS.flatMap((d) => [`components/${d}/index.ts`, `components/${d}/${d}.ts`]),
]);
/** Lit's lifecycle: public in TypeScript, not part of an element's API. */
const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'firstUpdated',
  'updated',
  'willUpdate',
  'shouldUpdate',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'getUpdateComplete',
]);
/** Public in TypeScript only because templates and subclasses read them: strings tables, formatters, internals. */
const INTERNAL = new Set(['t', 'r', 'ps', 'input', 'common', 'context', 'fmt', 'emit']);
/**
 * Detail types of events whose @fires JSDoc does not give one yet (elements being split in other
 * branches; their JSDoc takes over once it reads `@fires {CustomEvent<T>} name - …`).
 */
const DETAIL_TYPES = {
  'revops-invalid': 'CustomEvent<InvalidDetail>',
  'opportunity-alert-panel revops-change': 'CustomEvent<OpportunityAssessment>',
  'opportunity-alert-panel revops-select': 'CustomEvent<OpportunitySelectDetail>',
  'churn-alert-panel revops-change': 'CustomEvent<ChurnAssessment>',
  'churn-alert-panel revops-select': 'CustomEvent<ChurnSelectDetail>',
  'opportunity-alert-panel revops-plan-change': 'CustomEvent<PlanChangeDetail>',
  'churn-alert-panel revops-plan-change': 'CustomEvent<PlanChangeDetail>',
  'lead-flow-monitor revops-change': 'CustomEvent<LeadFlowResult>',
  'lead-flow-monitor revops-rules-change': 'CustomEvent<LeadFlowRulesDetail>',
};

const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const isPublic = (m) =>
  !m.static &&
  (m.privacy ?? 'public') === 'public' &&
  !m.name.startsWith('_') &&
  !m.name.startsWith('#') &&
  !LIFECYCLE.has(m.name) &&
  !INTERNAL.has(m.name);
/** A reference into a module that is not in the manifest keeps only its name. */
const nameOnly = (ref) => (ref && !PUBLIC.has(ref.module) ? { name: ref.name } : ref);
/**
 * A member inherited from a class the manifest leaves out (the shared bases) is listed on each element as its
 * own: a reference no tool could resolve would only repeat the base's name on every member.
 */
const withoutHiddenBase = (x) => {
  if (!x.inheritedFrom || PUBLIC.has(x.inheritedFrom.module)) return x;
  const out = { ...x };
  delete out.inheritedFrom;
  return out;
};

function publicApi() {
  return {
    name: 'revops-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      manifest.modules = manifest.modules.filter((m) => PUBLIC.has(m.path));
      const classes = new Map();
      for (const mod of manifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const d of mod.declarations) {
          if (d.kind !== 'class') continue;
          if (!d.tagName) delete d.customElement;
          else classes.set(d.tagName, { name: d.name, module: mod.path });
          if (d.superclass) d.superclass = nameOnly(d.superclass);
          d.members = (d.members ?? []).filter(isPublic).map((m) => {
            const out = withoutHiddenBase(m);
            delete out.privacy;
            return out;
          });
          const fields = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? [])
            .map((a) => (a.fieldName || !fields.has(camel(a.name)) ? a : { ...a, fieldName: camel(a.name) }))
            .filter((a) => !a.fieldName || fields.has(a.fieldName))
            .map(withoutHiddenBase)
            // An attribute that names its field says the same as the field: the text once, on the field.
            .map((a) => {
              const field = a.fieldName && d.members.find((m) => m.name === a.fieldName);
              if (!field || !a.description || a.description !== field.description) return a;
              const once = { ...a };
              delete once.description;
              return once;
            });
          const events = (d.events ?? []).map((e) => ({
            ...e,
            ...(e.type ? {} : { type: { text: DETAIL_TYPES[`${d.tagName} ${e.name}`] ?? DETAIL_TYPES[e.name] } }),
          }));
          // Every event also goes out under a name an LWC template can bind (components/shared/define.ts).
          d.events = events.flatMap((e) =>
            e.name.includes('-')
              ? [
                  e,
                  {
                    name: e.name.replace(/-/g, ''),
                    type: e.type,
                    description: `\`${e.name}\` for LWC templates (\`on${e.name.replace(/-/g, '')}\`).`,
                  },
                ]
              : [e],
          );
        }
      }
      // `defineElement(tag, Class)` in each element's index.ts is what registers it.
      for (const dir of ELEMENT_DIRS) {
        const entry = manifest.modules.find((m) => m.path === `components/${dir}/index.ts`);
        const cls = classes.get(dir);
        if (!entry || !cls) continue;
        entry.exports = [
          ...(entry.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
          { kind: 'custom-element-definition', name: dir, declaration: cls },
        ];
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApi()],
};
