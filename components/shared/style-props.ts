/**
 * Set inline style properties through the CSSOM only: `<div ${styleProps({ top: `${y}px`, '--h': 0.5 })}>`.
 *
 * Why not Lit's `styleMap`: on an element's first render it writes the whole `style` attribute as text,
 * which a Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks (`style-src-attr`);
 * it uses the CSSOM only on later renders. This element directive never writes the attribute:
 * `style.setProperty` is not subject to the policy. Names are CSS property names as written in CSS
 * (`fill-opacity`, `--h`), values strings or numbers; `null`/`undefined` removes a property.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('styleProps() goes in an element position: <div ${styleProps(…)}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.set)
      if (props[name] == null) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    for (const name in props) {
      const value = props[name];
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.set.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
