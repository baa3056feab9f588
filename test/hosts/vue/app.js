// Vue 3 host (bundled by test/hosts/build.js with Vue's template compiler; the snippet in
// docs/hosts/vue.md). `isCustomElement` tells the compiler these tags are not Vue components;
// `:data` sets the property (Vue checks `'data' in el`), `@revops-change` adds the listener.
import { createApp, ref } from 'vue';
import 'revops-elements';
import { LEAD } from '../seeds.js';
import { ALL_TAGS } from '../../helpers/tags.ts';

// docs/hosts/vue.md spells the list out; the test takes it from the suite's list.
const REVOPS_TAGS = new Set(ALL_TAGS);

/** Mount the app; returns setters for its state. */
export function mount(target) {
  const lead = ref(LEAD);
  const locale = ref('zh-CN');
  const last = ref('');
  const app = createApp({
    setup: () => ({ lead, locale, last, onChange: (e) => (last.value = `${e.detail.tier} ${e.detail.score}`) }),
    template: `
      <revops-provider :locale="locale">
        <lead-score-card :data="lead" @revops-change="onChange"></lead-score-card>
        <p class="last">{{ last }}</p>
      </revops-provider>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => REVOPS_TAGS.has(tag);
  app.mount(target);
  return {
    setLead: (value) => (lead.value = value),
    setLocale: (value) => (locale.value = value),
    unmount: () => app.unmount(),
  };
}
