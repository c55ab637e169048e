// Draws each chart of the measurement dashboard from the Vega-Lite spec in its data-vega-spec
// attribute (no inline script). `ast: true` uses Vega's expression interpreter, so the page needs no
// 'unsafe-eval'; defaultStyle false keeps vega-embed from adding a <style> element ('unsafe-inline').
"use strict";
(function () {
  function draw() {
    if (typeof window.vegaEmbed !== "function") {
      return;
    }
    document.querySelectorAll(".chart[data-vega-spec]").forEach(function (element) {
      var spec = JSON.parse(element.getAttribute("data-vega-spec"));
      window
        .vegaEmbed(element, spec, {
          renderer: "svg",
          actions: false,
          ast: true,
          defaultStyle: false,
          tooltip: { disableDefaultStyle: true },
        })
        .then(function () {
          element.setAttribute("data-rendered", "true");
        })
        .catch(function (error) {
          element.setAttribute("data-error", String(error));
          element.textContent = "The chart could not be drawn; the table below has its numbers.";
        });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
