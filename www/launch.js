// Text that arrives with the launch of the installed app: shared to it
// (the manifest's share_target: ?title=&text=&url=) or a .txt/.md file
// opened with it (file_handlers: window.launchQueue). It goes into the
// editor the way typing does — the textarea's value and an 'input' event,
// on which app.js saves and analyses — so this module needs nothing from
// app.js.
//
// The reader's own text is never lost:
// - nothing happens before app.js has put the saved text back in the box
//   (body[data-analysed] or body[data-saved], or an error in #status):
//   earlier, app.js would take the shared text for typing and save it over
//   the saved one;
// - a box holding text is replaced only once that text is kept in
//   localStorage ('faultline.launch': { previous, launched }), and a
//   "Restore my previous text" button brings it back, after a reload too
//   as long as the box still holds the launched text;
// - if it cannot be kept (too big for localStorage, storage off), the
//   launched text is added after the reader's instead of replacing it.

import { readEssayFile } from './input.js';
import { saveJson, loadJson, forget } from './store.js';

const KEPT_KEY = 'faultline.launch';
const SHARE_PARAMS = ['title', 'text', 'url'];

const box = document.getElementById('essay');

/** Resolves once app.js has restored the saved text (or failed to). */
function settled() {
  const ready = () => document.body.dataset.analysed || document.body.dataset.saved || document.getElementById('status')?.classList.contains('error');
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-analysed', 'data-saved', 'class'] });
  });
}

/** Puts `text` in the editor, keeping the reader's text recoverable. */
function put(text) {
  const previous = box.value;
  if (text === '' || previous === text) return;
  let next = text;
  if (previous.trim() !== '') {
    if (keep({ previous, launched: text })) showRestore();
    else next = `${previous}\n\n${text}`; // nowhere to keep it: add, never replace
  }
  box.value = next;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

const keep = (record) => saveJson(KEPT_KEY, record);

function kept() {
  const record = loadJson(KEPT_KEY);
  return typeof record?.previous === 'string' && typeof record?.launched === 'string' ? record : null;
}

function showRestore() {
  let button = document.getElementById('launch-restore');
  if (button) return;
  button = document.createElement('button');
  button.type = 'button';
  button.id = 'launch-restore';
  button.textContent = 'Restore my previous text';
  button.addEventListener('click', () => {
    const record = kept();
    button.remove();
    if (!record) return;
    box.value = record.previous;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    forget(KEPT_KEY); // the text is back in the box, which is what counts
    box.focus();
  });
  document.getElementById('undo-replace')?.after(button);
  // Like app.js's own undo: once the reader edits the launched text, a
  // restore would throw their edits away, so the offer ends (the copy
  // stays in localStorage until the next launch).
  const typed = (event) => {
    if (!event.isTrusted) return;
    button.remove();
    box.removeEventListener('input', typed);
  };
  box.addEventListener('input', typed);
}

/** The shared text of the page's URL, or null: title, text and URL, each once. */
export function sharedText(search) {
  const params = new URLSearchParams(search);
  const parts = [];
  for (const name of SHARE_PARAMS) {
    const value = params.get(name)?.trim();
    // Apps often put the link in the text too.
    if (value && !parts.some((part) => part.includes(value))) parts.push(value);
  }
  return parts.length ? parts.join('\n\n') : null;
}

// A reload must not share the text again over the reader's edits.
function forgetShareParams() {
  const url = new URL(location.href);
  for (const name of SHARE_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

// Its own box under the status line: app.js rewrites #status after every
// analysis, and this message must outlast the analysis of the files that
// did open.
function showError(message) {
  let note = document.getElementById('launch-error');
  if (!note) {
    note = document.createElement('p');
    note.id = 'launch-error';
    note.className = 'error-box';
    note.setAttribute('role', 'alert');
    document.getElementById('status').after(note);
  }
  note.textContent = message;
}

async function start() {
  const shared = sharedText(location.search);
  if ('launchQueue' in window) {
    window.launchQueue.setConsumer(async ({ files }) => {
      if (!files?.length) return;
      const texts = [];
      for (const handle of files) {
        try {
          texts.push(await readEssayFile(await handle.getFile()));
        } catch (err) {
          await settled();
          showError(`Could not open ${handle.name}: ${err.message}`);
        }
      }
      await settled();
      put(texts.join('\n\n'));
    });
  }
  await settled();
  if (shared !== null) {
    put(shared);
    forgetShareParams();
  } else {
    const record = kept();
    if (record && box.value === record.launched) showRestore();
  }
}

start();
