// Hands a file to the reader: a Blob behind an object URL and a click on a
// download link. Nothing leaves the machine.

import { el } from './dom.js';

/** Saves `content` (a string or a Blob) as `name`. */
export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the URL after this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
