// The gallery's captions are computed from the data they describe (issue 12): every figure of a caption is on its
// widget, in English and zh-CN; the page's chrome follows the language; the gallery in zh-CN and dark is axe-clean.
import { expect } from '@open-wc/testing';
import { until } from '../helpers/fixtures.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type DemoWindow = Window & typeof globalThis & { axe?: { run(c: unknown, o: unknown): Promise<AxeResult> } };

/** The text a user sees in an element: its light DOM and every open shadow root under it. */
function deepText(root: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    // Nodes of the gallery's frame: another realm, so no instanceof.
    const shadow = n.nodeType === Node.ELEMENT_NODE ? (n as Element).shadowRoot : null;
    if (shadow) visit(shadow);
    for (const c of n.childNodes) if (c.nodeName !== 'SCRIPT' && c.nodeName !== 'STYLE') visit(c);
  };
  visit(root);
  return out.replace(/\s+/g, ' ');
}

async function loadGallery(): Promise<{ frame: HTMLIFrameElement; doc: Document; win: DemoWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0'; // the test page only
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as DemoWindow;
  await until(
    () => [...doc.querySelectorAll<HTMLElement>('[data-caption]')].every((p) => p.textContent.trim()),
    20_000,
    'every caption written',
  );
  return { frame, doc, win };
}

const widgetOf = (p: Element): Element => p.parentElement!.querySelector(':scope > :not(h2):not(p)')!;

async function captionsMatch(doc: Document, captionsOf: (p: HTMLElement) => Promise<string[]>): Promise<void> {
  for (const p of doc.querySelectorAll<HTMLElement>('[data-caption]')) {
    const el = widgetOf(p);
    const figures = await captionsOf(p);
    expect(figures.length, `${p.dataset.caption} has figures`).to.be.greaterThan(0);
    for (const f of figures) expect(p.textContent, `${p.dataset.caption} caption`).to.contain(f);
    await until(
      () => figures.every((f) => deepText(el).includes(f)),
      15_000,
      `${el.localName} shows ${figures.filter((f) => !deepText(el).includes(f)).join(' | ')} (caption: ${p.textContent})`,
    );
  }
}

describe('demo gallery: captions from the data', () => {
  it('every figure of every caption is on its widget, in English then zh-CN; chrome follows; axe-clean in dark', async function () {
    this.timeout(120_000);
    const { frame, doc, win } = await loadGallery();
    try {
      // The captions module of the page, run again here on the same data files, gives the figures.
      const { CAPTIONS, attributeInput } = await import('../../demo/captions.js');
      // Inputs from files beside `src`: an element's data-props, a caption's data-with (demo/props.ts).
      const { filesOf } = await import('../../demo/props.js');
      const inputs = new Map<string, Record<string, unknown>>();
      const inputOf = async (p: HTMLElement) => {
        const el = widgetOf(p);
        const src = el.getAttribute('src');
        if (!inputs.has(p.dataset.caption!))
          inputs.set(p.dataset.caption!, {
            ...(src
              ? ((await (await fetch(new URL(src, frame.src))).json()) as Record<string, unknown>)
              : attributeInput(el, {
                  'new-customers-target': 'newCustomersTarget',
                  'avg-contract-value': 'avgContractValue',
                  'customers-per-rep': 'customersPerRep',
                  'rep-cost': 'repCost',
                  spans: 'spans',
                  'manager-costs': 'managerCosts',
                })),
            ...(await filesOf(el.getAttribute('data-props'), frame.src)),
            ...(await filesOf(p.dataset.with, frame.src)),
          });
        return inputs.get(p.dataset.caption!)!;
      };
      const figures = (locale: 'en' | 'zh-CN') => async (p: HTMLElement) =>
        CAPTIONS[p.dataset.caption as keyof typeof CAPTIONS](await inputOf(p), locale).figures;
      await captionsMatch(doc, figures('en'));
      expect(doc.querySelector('[data-i18n="language"]')!.textContent).to.equal('Language');

      const locale = doc.getElementById('locale') as HTMLSelectElement;
      locale.value = 'zh-CN';
      locale.dispatchEvent(new win.Event('change'));
      expect(doc.documentElement.lang).to.equal('zh-CN');
      expect(doc.querySelector('[data-i18n="language"]')!.textContent).to.equal('语言');
      await until(
        () => doc.querySelector('[data-caption="funnel"]')!.textContent.includes('缺口'),
        10_000,
        'captions in Chinese',
      );
      await captionsMatch(doc, figures('zh-CN'));

      const theme = doc.getElementById('theme') as HTMLSelectElement;
      theme.value = 'dark';
      theme.dispatchEvent(new win.Event('change'));
      expect(doc.documentElement.dataset.theme).to.equal('dark');
      expect(doc.querySelector('funnel-forecast')!.getAttribute('theme')).to.equal('dark');
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      doc.head.append(script);
      await new Promise((r) => script.addEventListener('load', r, { once: true }));
      const r = await win.axe!.run(doc, { resultTypes: ['violations'] });
      const found = r.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      );
      expect(found, found.join('\n')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
