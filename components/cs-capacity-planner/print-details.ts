import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Print opens an element's closed disclosures (cs-capacity-planner's projection table) and closes them again after. */
export class PrintDetails implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.printing);
    addEventListener('afterprint', this.printing);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.printing);
    removeEventListener('afterprint', this.printing);
  }

  private printing = (e: Event): void => {
    this.host.renderRoot.querySelectorAll('details').forEach((d) => {
      if (e.type === 'beforeprint') {
        d.dataset.closed = d.open ? '' : '1';
        d.open = true;
      } else if (d.dataset.closed) d.open = false;
    });
  };
}
