// Runs before the app's bundle (index.html loads it first, deferred): it starts downloading the
// bundled dataset while the browser is still fetching and compiling React and the app, and leaves
// the pending response for the app's loader (src/store/dataset-prefetch.ts). A page opened with a
// `data` link needs it too: the bundled dataset is shown while the link loads.
// A plain script from the page's own origin, so the Content-Security-Policy allows it.
;(function prefetchBundledDataset() {
  var url = new URL('data/coalitions.json', document.baseURI).href
  var response = window.fetch(url, { credentials: 'omit' })
  // Marked handled so a failure is not reported as uncaught; the loader still sees it.
  response.catch(function ignore() {})
  window.coalitionAtlasPrefetch = { url: url, response: response }
})()
