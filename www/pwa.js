// Offline use: registers the service worker (sw.js), lets a waiting new
// version take over at the start of a load, and says which build serves
// this page. Kept out of app.js: the page works the same without it.
//
// Everything waits for the first analysis to be drawn (body[data-analysed]):
// the precache downloads never compete with the page's own start, no
// request follows the load that the page did not ask for, and the saved
// text is back in the editor before a reload can happen (app.js saves the
// box when the page goes away; it must not be the empty box of a page
// still starting).

const sw = navigator.serviceWorker;
let takingOver = false;

function afterFirstAnalysis(run) {
  const drawn = () => Number(document.body.dataset.analysed) > 0;
  if (drawn()) return run();
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    run();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-analysed'] });
}

/** Sends `type` to a worker; resolves with its answer. */
function ask(worker, type) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => resolve(data);
    worker.postMessage({ type }, [channel.port2]);
  });
}

// <html data-version>: the build whose files this page uses, for tests and
// the curious. A page keeps one controller for life (below), so it is the
// controller's.
async function showVersion() {
  if (sw.controller) document.documentElement.dataset.version = (await ask(sw.controller, 'version')).version;
}

async function start() {
  let registration;
  try {
    // updateViaCache 'none': update checks read sw.js and the precache
    // manifest it imports from the server, never from the HTTP cache.
    registration = await sw.register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' });
  } catch {
    // No worker here (storage disabled, an old browser): the page works,
    // only not offline. Nothing to tell the reader.
    return;
  }
  if (!registration) return; // refused without an error (an automated browser that blocks workers)
  // Look for a new build at every load: the browser's own check after a
  // navigation may wait, or not come. One found installs and waits for the
  // next load. Offline it fails, and that is fine.
  registration.update().catch(() => {});
  // A new version installed while an earlier page was open: it takes over
  // now if this is the only page (sw.js checks), and this page reloads
  // into it; the reader has not started yet, and the text is saved.
  // <html data-update>: 'taking-over', or 'waiting' (other pages open).
  if (registration.waiting && sw.controller) {
    takingOver = true; // before the answer: the switch may come first
    const { accepted } = await ask(registration.waiting, 'take-over');
    takingOver = accepted;
    document.documentElement.dataset.update = accepted ? 'taking-over' : 'waiting';
  }
}

if (sw) {
  sw.addEventListener('controllerchange', () => {
    // Asked for: reload into the new version. Otherwise this is a first
    // visit's page claimed by the worker just installed, from the same build.
    if (takingOver) location.reload();
    else showVersion();
  });
  showVersion();
  afterFirstAnalysis(start);
}
