// Runs before the app's bundle (index.html loads it first, deferred). It starts the two reads the
// first rows wait for while the browser is still fetching and compiling React and the app, and
// leaves them pending for the app's loader (src/store/dataset-prefetch.ts):
// - the bundled dataset's download. A page opened with a `data` link needs it too: the bundled
//   dataset is shown while the link loads;
// - the dataset kept in this browser (src/store/dataset-storage.ts), one IndexedDB read that took
//   40–150 ms on a first visit once the bundle had run. It settles with { value } (undefined when
//   nothing is kept), or null when storage cannot be read: the app then reads it itself.
// A plain script from the page's own origin, so the Content-Security-Policy allows it.
;(function prefetchBundledDataset() {
  var url = new URL('data/coalitions.json', document.baseURI).href
  var response = window.fetch(url, { credentials: 'omit' })
  // Marked handled so a failure is not reported as uncaught; the loader still sees it.
  response.catch(function ignore() {})
  window.coalitionAtlasPrefetch = { url: url, response: response, kept: readKeptRecord() }

  // The same database, store and key as dataset-storage.ts (dataset-prefetch.test.ts checks they agree).
  function readKeptRecord() {
    return new Promise(function read(resolve) {
      try {
        if (typeof indexedDB === 'undefined') return resolve(null)
        var opening = indexedDB.open('coalition-atlas')
        opening.onupgradeneeded = function create() {
          opening.result.createObjectStore('datasets')
        }
        opening.onerror = opening.onblocked = function failed() {
          resolve(null)
        }
        opening.onsuccess = function opened() {
          var database = opening.result
          try {
            var getting = database.transaction('datasets', 'readonly').objectStore('datasets').get('kept-dataset')
            getting.onsuccess = function got() {
              resolve({ value: getting.result })
              database.close()
            }
            getting.onerror = function failed() {
              resolve(null)
              database.close()
            }
          } catch (error) {
            resolve(null)
            database.close()
          }
        }
      } catch (error) {
        resolve(null)
      }
    })
  }
})()
