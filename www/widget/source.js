// Where the widget's text comes from: the element named by `for`, or the
// widget's own content. The host's DOM is only ever read, never changed.

// Elements that start a new line of text (the parser splits paragraphs on
// line breaks, so a <p> must not run into the next one).
const BLOCK = /^(?:P|H[1-6]|LI|DT|DD|BLOCKQUOTE|PRE|DIV|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|FIGCAPTION|TR|BR|HR|UL|OL|DL|TABLE)$/;
// Not part of the prose: code, styles, forms, and other widgets.
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SVG|BUTTON|SELECT|TEXTAREA|FAULTLINE-ESSAY)$/;

/** The element whose text is read: `for`'s target, or the widget itself. */
export function sourceElement(host) {
  const id = host.getAttribute('for');
  if (id === null) return host;
  // getRootNode: a widget inside another shadow root finds its ids there.
  const root = host.getRootNode();
  const found = root.getElementById?.(id) ?? document.getElementById(id);
  if (!found) throw new Error(`there is no element with id "${id}" on this page`);
  return found;
}

/** The text of `element`, one line per paragraph, spaces collapsed. */
export function readText(element) {
  const lines = [''];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.test(child.tagName) && !child.hidden) {
        const block = BLOCK.test(child.tagName);
        if (block) lines.push('');
        walk(child);
        if (block) lines.push('');
      }
    }
  };
  walk(element);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Calls `changed` (debounced) when the text of `element` changes; returns a stop function. */
export function watchText(element, changed, wait = 400) {
  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(changed, wait);
  });
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
