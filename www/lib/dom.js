// Element builders for every view. User text only ever enters the page as
// text nodes or attribute values set through the DOM: no innerHTML, no
// insertAdjacentHTML, no template strings parsed as markup, anywhere.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * `el('p', { class: 'x', dataset: { index: 3 }, onclick: fn }, 'text', child)`.
 * Strings become text nodes; null, undefined and false children are skipped;
 * arrays are flattened.
 */
export function el(tag, props, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** The same for SVG elements (attributes are always set as attributes). */
export function svg(tag, props, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), props, children, true);
}

function fill(node, props, children, isSvg = false) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    // Custom properties through the CSSOM: the CSP forbids style attributes.
    else if (key === 'style') for (const [name, v] of Object.entries(value)) node.style.setProperty(name, v);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.setAttribute('class', value);
    else if (!isSvg && key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

export { SVG_NS };
