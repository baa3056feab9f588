import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { styleMap } from 'lit/directives/style-map.js';
import { settle, until, $ } from '../helpers/fixtures.js';

/*
 * Under a strict CSP that refuses style attributes (`style-src-attr 'none'`, what `style-src` without
 * 'unsafe-inline' implies). A policy stays in force for the rest of the page, so these tests run in a
 * file of their own.
 */
const violations: string[] = [];
before(() => {
  document.addEventListener(
    'securitypolicyviolation',
    (e) => violations.push(`${e.violatedDirective} on ${(e.composedPath()[0] as Element)?.localName ?? '?'}`),
    true,
  );
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src-attr 'none'";
  document.head.append(meta);
});

const background = (el: Element) => getComputedStyle(el).backgroundColor;

describe('lead-flow-monitor under a CSP that refuses style attributes', () => {
  it('the policy is in force: style attributes from templates are reported, a bound one is not applied', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // Static in a template (reported when Lit parses the template), bound, and Lit's styleMap (its first
    // render writes the attribute): the three kinds of template-set style attribute.
    render(
      litHtml`<p style="color: rgb(0, 0, 255)">a</p>
        <p style=${'background: rgb(255, 0, 0)'}>b</p>
        <p style=${styleMap({ background: 'rgb(0, 128, 0)' })}>c</p>`,
      root,
    );
    await until(() => violations.length >= 3, 2000, 'three violations');
    expect(violations.every((v) => v.startsWith('style-src-attr'))).to.equal(true);
    const [, b, c] = root.querySelectorAll('p');
    expect(background(b!)).to.not.equal('rgb(255, 0, 0)');
    expect(background(c!)).to.not.equal('rgb(0, 128, 0)');
    await nextFrame();
    violations.length = 0;
  });

  it('with the demo data, on every tab, no style attribute is written; heat cells are still shaded', async () => {
    const data = (await (await fetch('/demo/data/lead-flow-monitor.json')).json()) as unknown;
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${data}></lead-flow-monitor>`);
    await settle(el);
    for (const name of ['flow', 'sources', 'reactivation', 'rules', 'data', 'sources'] as const) {
      $<HTMLButtonElement>(el, `#tab-${name}`).click();
      await settle(el);
    }
    // A re-render with other levels (a period view) and a sort go through the same path.
    $<HTMLInputElement>(el, '[part~="period"] input[value="month"]').click();
    await settle(el);
    $<HTMLInputElement>(el, '[part~="period"] input[value="all"]').click();
    await settle(el);
    $<HTMLButtonElement>(el, '[part~="source-table"] th button.sort').click();
    await settle(el);
    expect(violations).to.deep.equal([]);

    // Every style attribute in the shadow root is the CSSOM's record of a heat level or of a chart's size bounds
    // (components/shared/chart-fit.ts), nothing a template wrote.
    for (const svg of el.shadowRoot!.querySelectorAll('svg[style]'))
      expect(svg.getAttribute('style')).to.match(/^min-width: [\d.]+px; max-width: \d+px; width: 100%; height: auto;$/);
    const styled = [...el.shadowRoot!.querySelectorAll('[style]:not(svg)')];
    expect(styled.length).to.be.greaterThan(0);
    for (const x of styled) {
      expect(x.matches('td.heat'), x.outerHTML).to.equal(true);
      expect(x.getAttribute('style')).to.match(/^--h: [01]\.\d{3};$/);
    }

    // The supplied column of the source rows: the least and the most supplied source are shaded differently.
    const cells = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="source-table"] tr.source-row td:nth-of-type(1)'),
    ];
    const level = (c: HTMLElement) => Number(c.style.getPropertyValue('--h'));
    const low = cells.reduce((a, b) => (level(b) < level(a) ? b : a));
    const high = cells.reduce((a, b) => (level(b) > level(a) ? b : a));
    expect(level(high)).to.equal(1);
    expect(level(low)).to.be.lessThan(1);
    expect(background(high)).to.not.equal(background(low));
    expect(background(high)).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
