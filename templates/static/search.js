/* newsbrief search page: starts Pagefind's default UI from the generated pagefind/ folder.
   Paths are worked out from this script's own address, so the site works from any subpath.
   search.html?q=words opens with that search done. */
(function () {
  "use strict";
  var root = new URL("../", document.currentScript.src);
  window.addEventListener("DOMContentLoaded", function () {
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: new URL("pagefind/", root).pathname,
      baseUrl: root.pathname,
      showSubResults: true,
      showImages: false,
      translations: { placeholder: "Search briefings, quotes and speakers" }
    });
    // Pagefind's box is named only by its title attribute: name it by the visible text above it.
    var input = document.querySelector("#search .pagefind-ui__search-input");
    if (input && document.getElementById("search-label")) {
      input.setAttribute("aria-labelledby", "search-label");
    }
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  });
})();
