// Gallery wiring: every element from source, the provider's language and the page theme.
import '../components/index.js';

const provider = document.getElementById('provider')!;
const locale = document.getElementById('locale') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;

const applyLocale = () => {
  provider.setAttribute('locale', locale.value);
  document.documentElement.lang = locale.value;
};
const applyTheme = () => {
  document.documentElement.dataset.theme = theme.value;
  for (const el of document.querySelectorAll('#gallery > section > *:not(h2):not(p)'))
    el.setAttribute('theme', theme.value);
};
locale.addEventListener('change', applyLocale);
theme.addEventListener('change', applyTheme);
applyLocale();
applyTheme();

// Elements added later (by id) also get the theme.
new MutationObserver(applyTheme).observe(document.getElementById('gallery')!, { childList: true, subtree: true });
