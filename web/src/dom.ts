/**
 * Building DOM nodes safely. Every string child becomes a text node and every attribute is set with
 * setAttribute, so text that comes from articles (which may contain `<script>` or `onerror=`) is
 * shown literally and never parsed as markup. There is no innerHTML anywhere in the app.
 */

/** What may be a child: nodes, strings (as text), nothing, or nested lists of these. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** Attributes: strings, numbers and booleans as attributes, `on` for event listeners. */
export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | Record<string, EventListener> | undefined;
  on?: Record<string, EventListener>;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(document.createTextNode(String(child)));
  } else {
    parent.appendChild(child);
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value as Record<string, EventListener>)) el.addEventListener(event, listener);
      continue;
    }
    // Inline handlers would be blocked by the CSP anyway; refuse them so no code path relies on them.
    if (/^on/i.test(name)) throw new Error(`inline event handler attribute "${name}" is not allowed`);
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Creates an HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to an outside page, only for http(s) URLs; anything else (javascript:, data:) stays text. */
export function externalLink(url: string | null | undefined, label: Child): HTMLElement {
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label);
      }
    } catch {
      // not a URL: shown as text below
    }
  }
  return h('span', null, label);
}
