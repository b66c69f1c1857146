// Offline use: registers the service worker (sw.js) and says which build
// serves this page. Kept out of app.js: the page works the same without it.
//
// The worker is registered only once the first analysis is drawn
// (body[data-analysed]), so its precache downloads never compete with the
// page's own start, and no request follows the load that the page did not
// ask for. <html data-version> is the build whose files this page uses
// (see sw.js: every page keeps the files of the build that served it).

const sw = navigator.serviceWorker;

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

/** Asks a worker which build serves this page; resolves with its answer. */
function ask(worker) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => resolve(data);
    worker.postMessage({ type: 'version' }, [channel.port2]);
  });
}

async function showVersion() {
  if (!sw.controller) return;
  const { page } = await ask(sw.controller);
  if (page) document.documentElement.dataset.version = page;
}

if (sw) {
  // A first visit is claimed by the new worker; an update changes the
  // controller of an open page too, but not the build it uses.
  sw.addEventListener('controllerchange', showVersion);
  showVersion();
  afterFirstAnalysis(() => {
    // updateViaCache 'none': update checks read sw.js and the precache
    // manifest it imports from the server, never from the HTTP cache.
    // Asked again once registered: the worker tidies after it answers,
    // and by now the page this one replaced has surely closed.
    sw.register(new URL('sw.js', import.meta.url), { updateViaCache: 'none' }).then(showVersion, () => {
      // No worker here (storage disabled, an old browser): the page still
      // works, only not offline. Nothing to tell the reader.
    });
  });
}
