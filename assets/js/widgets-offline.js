// Make the Jupyter widgets of a built page work offline, served from the book itself.
(function () {
  "use strict";
  // embed-amd.js bundles compute where their icon fonts live from their AMD module names,
  // relative to the page (/chapters/@jupyter-widgets/...: 404). The fonts sit beside
  // embed-amd.js in ../vendor/html-manager/, relative to this script: say so both ways.
  var here = document.currentScript.src.replace(/[^/?#]*([?#].*)?$/, "");
  var manager = new URL("../vendor/html-manager", here).href;
  window.__jupyter_widgets_assets_path__ = manager + "/";
  if (window.requirejs) {
    window.requirejs.config({
      paths: { "@jupyter-widgets/html-manager/dist": manager, "@jupyter-widgets": manager },
    });
  }

  // ipywidgets 8 typesets widget labels with MathJax 2's Hub.Queue, which MathJax 3 lacks
  // (ipywidgets issue 3829). Give MathJax 3 a tiny Hub.Queue as soon as it installs itself.
  function addHub(mathjax) {
    if (mathjax && mathjax.version && mathjax.version.charAt(0) === "3" && !mathjax.Hub) {
      mathjax.Hub = {
        Queue: function () {
          if (mathjax.typesetPromise) { mathjax.typesetPromise(); }
        },
      };
    }
  }
  var current = window.MathJax;
  addHub(current);
  Object.defineProperty(window, "MathJax", {
    configurable: true,
    get: function () { return current; },
    set: function (value) { current = value; addHub(value); },
  });
})();
