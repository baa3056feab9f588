/**
 * `styleProps`: set an element's inline style properties through the CSSOM
 * (`style.setProperty`), as an element binding: `<div ${styleProps({ top:
 * '12px' })}>`. A strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline') blocks every `style` attribute set from markup or with
 * `setAttribute('style', …)`, but not the CSSOM. Lit's own `styleMap` writes
 * the attribute as a string on its first render (lit/lit#4719), so under
 * such a policy the first render of a row would have no position; this
 * directive never does.
 */
import { noChange, nothing } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names as in CSS (`top`, `--revops-x`), values as CSS text; null or undefined removes one. */
export type StyleProps = Readonly<Record<string, string | null | undefined>>;

class StylePropsDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps is an element binding: <div ${styleProps({…})}>');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.names)
      if (props[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    for (const name in props) {
      const value = props[name];
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
