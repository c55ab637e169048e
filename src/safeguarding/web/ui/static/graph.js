/* The entity graph of a case: cases and entities, expanded one hop at a time from /v1/graph/...
   Data comes only from this app's API with the page's session cookie; no other host is contacted. */
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  if (!holder || typeof cytoscape !== "function") { return; }
  var details = document.getElementById("graph-details");
  var status = document.getElementById("graph-status");
  var expanded = {};

  var cy = cytoscape({
    container: holder,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 10, "text-wrap": "ellipsis",
        "text-max-width": 140, "color": "#111", "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "node[type = 'case']", style: { "shape": "round-rectangle", "background-color": "#2b6cb0",
        "width": 26, "height": 26 } },
      { selector: "node[status = 'confirmed'], node[status = 'reported']", style: { "background-color": "#9b2c2c" } },
      { selector: "node[type = 'entity']", style: { "shape": "ellipse", "background-color": "#718096",
        "width": "mapData(weight, 0, 14, 12, 30)", "height": "mapData(weight, 0, 14, 12, 30)" } },
      { selector: "node[?start]", style: { "border-width": 4, "border-color": "#d69e2e" } },
      { selector: "node[!followed]", style: { "background-color": "#cbd5e0" } },
      { selector: "edge", style: { "width": 1.5, "line-color": "#a0aec0", "curve-style": "haystack" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#000" } }
    ]
  });

  function say(text) { status.textContent = text; }

  function add(graph, origin) {
    var fresh = [];
    graph.nodes.forEach(function (node) {
      if (cy.getElementById(node.id).empty()) {
        fresh.push({ group: "nodes", data: node, position: origin ? { x: origin.x + Math.random() * 80 - 40,
          y: origin.y + Math.random() * 80 - 40 } : undefined });
      }
    });
    graph.edges.forEach(function (edge) {
      var id = edge.source + "|" + edge.target;
      if (cy.getElementById(id).empty()) {
        fresh.push({ group: "edges", data: { id: id, source: edge.source, target: edge.target } });
      }
    });
    cy.add(fresh);
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 }).run();
    say(cy.nodes().length + " nodes, " + cy.edges().length + " links" + (graph.truncated ? " (cut at 500)" : ""));
    holder.setAttribute("data-nodes", String(cy.nodes().length));
    list();
  }

  /* The same nodes as a list of buttons: the keyboard's (and a screen reader's) way into the graph. */
  function list() {
    var items = document.getElementById("graph-nodes");
    items.textContent = "";
    cy.nodes().forEach(function (node) {
      var li = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("data-node", node.id());
      var d = node.data();
      button.textContent = (d.type === "case" ? "Case " : d.kind + " ") + d.label +
        (expanded[node.id()] ? "" : " (expand)");
      button.addEventListener("click", function () { node.select(); open(node); });
      li.appendChild(button);
      items.appendChild(li);
    });
  }

  function load(url, origin) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("the server answered " + response.status); }
        return response.json();
      })
      .then(function (graph) { add(graph, origin); })
      .catch(function (error) { say("Could not load the graph: " + error.message); });
  }

  function describe(node) {
    var d = node.data();
    details.textContent = "";
    var line = document.createElement("p");
    if (d.type === "case") {
      line.textContent = "Case #" + d.case + " (" + d.kind + ", " + d.status + ", priority " + d.priority + ") ";
      var link = document.createElement("a");
      link.href = holder.getAttribute("data-case-url").replace("CASE", String(d.case));
      link.textContent = "open the case";
      line.appendChild(link);
    } else {
      line.textContent = d.kind + " " + d.value + ": in " + d.cases + " cases, rarity weight " + d.weight +
        (d.followed ? "" : " (too common to be evidence: not followed)");
    }
    details.appendChild(line);
  }

  cy.on("tap", "node", function (event) { open(event.target); });

  function open(node) {
    describe(node);
    if (expanded[node.id()]) { return; }
    expanded[node.id()] = true;
    var d = node.data();
    var url = d.type === "case" ? holder.getAttribute("data-case-graph").replace("CASE", String(d.case))
      : holder.getAttribute("data-entity-graph").replace("ENTITY", String(d.entity));
    load(url, node.position());
  }

  var start = holder.getAttribute("data-start");
  expanded["case:" + start] = true;
  load(holder.getAttribute("data-case-graph").replace("CASE", start)).then(function () {
    cy.getElementById("case:" + start).data("start", true);
  });
}());
