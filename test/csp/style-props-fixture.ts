// Renders the same styles twice under the strict CSP: with Lit's styleMap and with styleProps.
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../components/shared/style-props.js';

const w = window as unknown as { __csp: { step: string }; __render: (how: string, top: number) => void };
w.__render = (how, top) => {
  w.__csp.step = how;
  const host =
    document.getElementById(how) ??
    document.body.appendChild(Object.assign(document.createElement('div'), { id: how }));
  const styles = { top: `${top}px`, position: 'relative', '--h': String(top / 100) };
  render(
    how === 'styleMap' ? html`<p style=${styleMap(styles)}>${how}</p>` : html`<p ${styleProps(styles)}>${how}</p>`,
    host,
  );
};
