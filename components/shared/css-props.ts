import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets style properties (custom properties such as `--h`, or any property as
 * CSS writes it) through the CSSOM. Not Lit's `styleMap`: on its first render
 * it writes the `style` attribute, which a strict CSP (`style-src` without
 * 'unsafe-inline') blocks; the CSSOM is allowed. A property left out or
 * given null on a later render is removed.
 *
 * An element binding: `<td ${cssProps({ '--h': 0.5 })}>`.
 */
class CssPropsDirective extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <td ${cssProps({…})}>');
  }

  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.set)
      if (props[name] == null) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    for (const name in props) {
      const v = props[name];
      if (v == null) continue;
      style.setProperty(name, String(v));
      this.set.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
