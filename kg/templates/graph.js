/* policy-kg graph page. All document text reaches the DOM through textContent or as
   vis-network plain-text titles (rendered with innerText); nothing is parsed as HTML. */
(function () {
  "use strict";
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var types = data.types, sources = data.sources, info = data.info, einfo = data.einfo;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function where(idx) {
    var s = sources[idx];
    return s ? (s[1] ? s[0] + ", " + s[1] : s[0]) : "";
  }
  function nodeTitle(n) {
    var i = info[n.id], lines = [n.label + " (" + types[i[1]].name + ")"];
    if (i[2].length) lines.push("also: " + i[2].join("; "));
    if (i[3].length) lines.push("sources: " + i[3].slice(0, 5).map(where).join("; ") + (i[3].length > 5 ? " …" : ""));
    return lines.join("\n");
  }
  function edgeTitle(e) {
    var x = einfo[e.id], lines = [x[5]];
    if (x[6] && x[6].length) lines.push("shared: " + x[6].slice(0, 5).join("; ") + (x[6].length > 5 ? " …" : ""));
    x[3].slice(0, 3).forEach(function (ev) { lines.push("“" + ev[0] + "”\n— " + where(ev[1])); });
    var more = Math.max(0, x[3].length - 3) + x[4];
    if (more) lines.push("(" + more + " more: click the edge)");
    return lines.join("\n");
  }
  performance.mark("kg-parsed");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  performance.mark("kg-network");
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  // hover titles are built on first hover, from info/einfo: nothing to build for items never hovered
  var titled = { node: {}, edge: {} };
  network.on("hoverNode", function (p) {
    if (titled.node[p.node]) return;
    titled.node[p.node] = true;
    nodes.update({ id: p.node, title: nodeTitle(byId[p.node]) });
  });
  network.on("hoverEdge", function (p) {
    if (titled.edge[p.edge]) return;
    titled.edge[p.edge] = true;
    edges.update({ id: p.edge, title: edgeTitle({ id: p.edge }) });
  });

  document.getElementById("kg-counts").textContent =
    data.nodes.length + " nodes, " + data.edges.length + " edges";

  // ------------------------------------------------------------------ details panel
  var details = document.getElementById("kg-details");
  function clear() { while (details.firstChild) details.removeChild(details.firstChild); }
  function quotes(list, more) {
    list.forEach(function (ev) {
      if (ev[2]) details.appendChild(el("div", ev[2], "kg-muted"));
      details.appendChild(el("blockquote", ev[0]));
      details.appendChild(el("div", "— " + where(ev[1]), "kg-src"));
    });
    if (more) details.appendChild(el("p", "… and " + more + " more statements (see kg show).", "kg-muted"));
  }
  function showNode(id) {
    var n = byId[id], i = info[id];
    clear();
    details.appendChild(el("h2", n.label));
    details.appendChild(el("div", types[i[1]].name + " · " + i[0], "kg-muted"));
    if (i[2].length) details.appendChild(el("p", "Also: " + i[2].join("; ")));
    details.appendChild(el("h2", "Sources"));
    var ul = el("ul");
    i[3].forEach(function (s) { ul.appendChild(el("li", where(s))); });
    details.appendChild(ul);
  }
  function showEdge(id) {
    var x = einfo[id];
    clear();
    details.appendChild(el("h2", x[5]));
    details.appendChild(el("div", "weight " + x[1] + " · " + x[2] + (x[2] === 1 ? " source" : " sources"), "kg-muted"));
    if (x[6] && x[6].length) details.appendChild(el("p", "Shared commitments: " + x[6].join("; ")));
    details.appendChild(el("h2", "Evidence"));
    quotes(x[3], x[4]);
  }

  // ------------------------------------------------------------------ neighbourhood highlight
  var dimmed = false;
  function highlight(id) {
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (k) { keep[k] = true; });
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, color: keep[n.id] ? n.color : "rgba(200,200,200,0.35)", font: { color: keep[n.id] ? "#222" : "rgba(0,0,0,0.2)" } };
    }));
    dimmed = true;
  }
  function unhighlight() {
    if (!dimmed) return;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: n.color, font: { color: "#222" } }; }));
    dimmed = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); showNode(p.nodes[0]); }
    else if (p.edges.length) { unhighlight(); showEdge(p.edges[0]); }
    else { unhighlight(); }
  });

  // ------------------------------------------------------------------ search
  var names = document.getElementById("kg-names");
  data.nodes.slice(0, 5000).forEach(function (n) { var o = document.createElement("option"); o.value = n.label; names.appendChild(o); });
  var search = document.getElementById("kg-search");
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    var hit = data.nodes.filter(function (n) { return n.label.toLowerCase() === q; })[0] ||
              data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; })[0];
    if (!hit) { search.setCustomValidity("not found"); search.reportValidity(); return; }
    search.setCustomValidity("");
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: false });
    highlight(hit.id);
    showNode(hit.id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") find(); });

  // ------------------------------------------------------------------ legend and type filter
  var legend = document.getElementById("kg-legend");
  var present = {};
  data.nodes.forEach(function (n) { present[info[n.id][1]] = (present[info[n.id][1]] || 0) + 1; });
  types.forEach(function (t, ti) {
    if (!present[ti]) return;
    var label = el("label"), box = el("input"), sw = el("span", null, "kg-swatch");
    box.type = "checkbox"; box.checked = true; box.dataset.type = t.name;
    sw.style.background = t.color;
    if (t.shape !== "dot") sw.style.borderRadius = "0"; else sw.style.borderRadius = "50%";
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(el("span", t.name + " · " + t.shape + " (" + present[ti] + ")"));
    legend.appendChild(label);
    box.addEventListener("change", function () {
      nodes.update(data.nodes.filter(function (n) { return info[n.id][1] === ti; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
  });

  // ------------------------------------------------------------------ ready
  function ready() {
    if (window.__kgReady) return;
    window.__kgReady = true;
    performance.mark("kg-ready");
    document.body.setAttribute("data-ready", "1");
  }
  window.__kg = { network: network, nodes: nodes, edges: edges, nodeCount: data.nodes.length, edgeCount: data.edges.length };
  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      // fit only once the nodes have been drawn: before that their label boxes are not
      // measured and fit() left small pages (an ego view) off-centre, cut at the left
      network.once("afterDrawing", function () {
        network.fit();
        network.once("afterDrawing", ready);
        network.redraw();
      });
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
  }
})();
