// Turns what a reader drops or opens into essay text. HTML is parsed by
// DOMParser into an inert document (no script runs, nothing loads) and
// reduced to its article text: one paragraph per block, headings on their
// own lines, list items as "- " lines.

const MAX_FILE_BYTES = 50 * 1024 * 1024;
// Page furniture, not the article. A <header> inside the article (its
// title) stays; the site's own header goes.
const DROP = 'script, style, noscript, template, nav, body > header, footer, aside, form, iframe, object, svg, canvas, button, select, [hidden], [aria-hidden="true"]';
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A File → its essay text; throws an Error a reader can act on. */
export async function readEssayFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the page reads files up to ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
  const text = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype html|html)/i.test(text)) {
    return htmlToText(text);
  }
  if (text.includes('\u0000')) throw new Error(`${file.name} looks like a binary file, not text`);
  return text;
}

/** The article text of an HTML page. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  for (const node of root.querySelectorAll(DROP)) node.remove();
  const lines = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const title = doc.querySelector('h1') ? '' : doc.title?.trim();
  if (title) lines.push(title);
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.data.replace(/\s+/g, ' ');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName;
        if (tag === 'BR') {
          flush();
        } else if (HEADINGS.has(tag) || BLOCKS.has(tag) || tag === 'LI') {
          flush();
          if (tag === 'LI') line = '- ';
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}
