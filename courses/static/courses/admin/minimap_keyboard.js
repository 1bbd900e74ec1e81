// Wagtail's editor minimap lists the page's panels in a region that scrolls on long
// pages (a module with its lesson and legal bases); a scrolling region must be
// reachable by keyboard, so give it focus and a name once Wagtail has drawn it.
(function () {
  "use strict";
  function label(root) {
    root.querySelectorAll(".w-minimap__list:not([tabindex])").forEach(function (list) {
      list.setAttribute("tabindex", "0");
      if (!list.hasAttribute("aria-label")) {
        list.setAttribute("aria-label", document.documentElement.lang === "vi" ? "Mục lục trang" : "Page outline");
      }
    });
  }
  label(document);
  new MutationObserver(function () { label(document); }).observe(document.body, {
    childList: true,
    subtree: true,
  });
})();
