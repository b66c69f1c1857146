// Chart images: a standalone SVG file (the paint that CSS gave each element
// written into it as presentation attributes, so it looks the same opened
// alone) and a PNG drawn from it. The PNG goes through an <img> with a
// data: URL because the page's CSP allows `img-src 'self' data:` only (no
// blob: images); toBlob gives the file.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The computed properties copied onto every element as attributes. */
export const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

// Attributes that only make sense on the live, interactive chart.
const LIVE_ATTRIBUTES = ['tabindex', 'role', 'aria-pressed', 'data-export'];

// Elements whose paint does not matter (text alternatives, definitions).
const NO_PAINT = new Set(['title', 'desc', 'metadata', 'style', 'script']);

/** `data:image/svg+xml;charset=utf-8,…` for an SVG document string. */
export function svgDataUrl(svgText) {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

/** { width, height } from a viewBox attribute ("0 0 640 420"), or null. */
export function viewBoxSize(viewBox) {
  const parts = String(viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2] <= 0 || parts[3] <= 0) return null;
  return { width: parts[2], height: parts[3] };
}

/** The rendered size of an SVG element: its viewBox, else its box. */
export function svgSize(svgElement) {
  const vb = viewBoxSize(svgElement.getAttribute('viewBox'));
  if (vb) return vb;
  const box = svgElement.getBoundingClientRect?.();
  return { width: Math.max(1, Math.round(box?.width || 300)), height: Math.max(1, Math.round(box?.height || 150)) };
}

/**
 * The first opaque background colour behind an element (its own, then its
 * ancestors'), else the page's --paper, else white.
 */
export function backgroundOf(element) {
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && !isTransparent(bg)) return bg;
  }
  const paper = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim();
  return paper || '#ffffff';
}

function isTransparent(colour) {
  if (colour === 'transparent') return true;
  const m = /^rgba?\(([^)]*)\)$/.exec(colour.replace(/\s+/g, ''));
  if (!m) return false;
  const parts = m[1].split(/[,/]/);
  return parts.length === 4 && Number(parts[3]) === 0;
}

/**
 * A standalone SVG document (string) of an SVG element that is in the page:
 * a clone with xmlns, width and height, a background rectangle, and every
 * element's computed paint and font written as presentation attributes.
 * Hidden elements and those marked data-export="skip" (the tooltip) are
 * left out. Options: background (CSS colour; default the page's).
 */
export function standaloneSvg(svgElement, { background } = {}) {
  // A focused row would be written with its focus ring: blur it while the
  // paint is read, and give the focus back after.
  const active = document.activeElement;
  const refocus = active && active !== svgElement && svgElement.contains(active);
  if (refocus) active.blur();
  try {
    return serialize(svgElement, background);
  } finally {
    if (refocus) active.focus({ preventScroll: true });
  }
}

function serialize(svgElement, background) {
  const clone = svgElement.cloneNode(true);
  const originals = [svgElement, ...svgElement.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop = [];
  originals.forEach((orig, i) => {
    const copy = copies[i];
    if (orig.getAttribute('data-export') === 'skip') {
      drop.push(copy);
      return;
    }
    if (NO_PAINT.has(orig.localName)) return;
    const cs = getComputedStyle(orig);
    if (cs.display === 'none') {
      drop.push(copy);
      return;
    }
    for (const prop of PAINT_PROPERTIES) {
      const value = cs.getPropertyValue(prop);
      if (value) copy.setAttribute(prop, value);
    }
    if (orig.localName === 'text' || orig.localName === 'tspan') {
      if (cs.textTransform === 'uppercase') copy.textContent = copy.textContent.toUpperCase();
      else if (cs.textTransform === 'lowercase') copy.textContent = copy.textContent.toLowerCase();
    }
    for (const attr of LIVE_ATTRIBUTES) copy.removeAttribute(attr);
    // Whatever CSSOM set is now in the presentation attributes.
    copy.removeAttribute('style');
  });
  for (const node of drop) node.remove();

  const { width, height } = svgSize(svgElement);
  if (!viewBoxSize(clone.getAttribute('viewBox'))) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const [minX, minY] = clone.getAttribute('viewBox').trim().split(/[\s,]+/);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // The serializer writes the namespace declaration of the SVG root; a
  // plain attribute named xmlns would be written a second time.
  clone.removeAttribute('xmlns');
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('x', minX);
  rect.setAttribute('y', minY);
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  rect.setAttribute('fill', background ?? backgroundOf(svgElement));
  const title = clone.querySelector(':scope > title');
  if (title) title.after(rect);
  else clone.prepend(rect);

  const text = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/**
 * A PNG of the chart: the standalone SVG drawn through an Image (data: URL)
 * onto a canvas filled with the page background, at `scale` × its size.
 * Resolves to a Blob of type image/png. Options: background.
 */
export async function svgToPng(svgElement, scale = 2, { background } = {}) {
  const bg = background ?? backgroundOf(svgElement);
  const text = standaloneSvg(svgElement, { background: bg });
  const { width, height } = svgSize(svgElement);
  const s = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const img = new Image();
  img.decoding = 'async';
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = () => reject(new Error('The chart image could not be drawn.'));
    img.src = svgDataUrl(text);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * s));
  canvas.height = Math.max(1, Math.round(height * s));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
  });
}
