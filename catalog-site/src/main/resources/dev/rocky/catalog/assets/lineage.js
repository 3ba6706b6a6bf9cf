/* Rocky catalog: draws a page's lineage graph and traces columns through it.
 * The layout was computed when the site was built (ELK, layered); this script only draws it as
 * SVG. The graph is loaded lazily, as a script (works from file://), when the panel comes near
 * the viewport or a column is asked for. */
(function () {
  'use strict';
  var panel = document.getElementById('lineage');
  if (!panel) { return; }
  var root = document.body.getAttribute('data-root') || '';
  var focus = panel.getAttribute('data-focus');
  var NS = 'http://www.w3.org/2000/svg';
  var HEADER = 24, ROW = 16;
  var graph = null, svg = null, edgeLayer = null, requested = false, pending = null;
  var rowsOf = [];   // per node: column name -> index of its row
  var elsOf = [];    // per node: column name -> its <g>

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function slug(s) {
    var out = s.toLowerCase().replace(/[^a-z0-9_.\-]/g, '-');
    return out === '' || out.charAt(0) === '.' ? '_' + out : out;
  }

  function load() {
    if (requested) { return; }
    requested = true;
    var s = document.createElement('script');
    s.src = panel.getAttribute('data-graph');
    s.onerror = function () { panel.innerHTML = '<p class="muted">The lineage graph could not be loaded.</p>'; };
    document.head.appendChild(s);
  }

  window.rockyGraph = function (g) {
    graph = g;
    draw();
    if (pending !== null) { pick(pending[0], pending[1], pending[2]); pending = null; } else { fromHash(); }
  };

  function draw() {
    var g = graph;
    panel.textContent = '';
    svg = el('svg', { width: g.w, height: g.h, viewBox: '0 0 ' + g.w + ' ' + g.h, role: 'group',
      'aria-label': 'Lineage around ' + focus });
    var marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: 'auto-start-reverse' }, el('defs', {}, svg));
    el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#9aa5b5' }, marker);
    g.e.forEach(function (e) {
      var p = e[2];
      if (p.length < 4) { return; }
      var d = 'M' + p[0] + ' ' + p[1];
      for (var i = 2; i < p.length; i += 2) { d += ' L' + p[i] + ' ' + p[i + 1]; }
      el('path', { d: d, 'class': 'edge', 'marker-end': 'url(#arrow)' }, svg);
    });
    edgeLayer = el('g', { 'class': 'cedges' }, svg);
    g.n.forEach(function (n, i) { drawNode(n, i); });
    panel.appendChild(svg);
  }

  function drawNode(n, i) {
    var name = n[0], kind = n[1], href = n[2], w = n[5], h = n[6], cols = n[7], more = n[8];
    var node = el('g', { 'class': 'node kind-' + kind + (i === 0 ? ' focus' : ''), 'data-table': name,
      transform: 'translate(' + n[3] + ',' + n[4] + ')' }, svg);
    el('rect', { 'class': 'box', width: w, height: h, rx: 6 }, node);
    // A "more" node stands for the neighbours left out: it links to the full lists below the graph.
    var link = kind === 'x' ? '#deps-h' : href ? root + href : null;
    var titleParent = link ? el('a', { href: link }, node) : node;
    var title = el('text', { 'class': 'title', x: 8, y: 16 }, titleParent);
    title.textContent = kind === 'x' ? n[0].substring(1) + ' more' : name;
    var rows = {}, els = {};
    cols.forEach(function (c, j) {
      var y = HEADER + j * ROW;
      var row = el('g', { 'class': 'col', 'data-table': name, 'data-col': c[0], tabindex: 0, role: 'button',
        'aria-label': 'Trace ' + name + '.' + c[0] }, node);
      el('rect', { x: 1, y: y, width: w - 2, height: ROW }, row);
      var t = el('text', { 'class': 'name', x: 8, y: y + 12 }, row);
      t.textContent = c[0] + (c[2] ? ' \u25cf' : '');
      var ty = el('text', { 'class': 'type', x: w - 8, y: y + 12 }, row);
      ty.textContent = c[1];
      row.addEventListener('click', function () { pick(i, c[0], true); });
      row.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(i, c[0], true); }
      });
      rows[c[0]] = j;
      els[c[0]] = row;
    });
    if (more > 0) {
      var m = el('text', { 'class': 'note', x: 8, y: HEADER + cols.length * ROW + 12 }, node);
      m.textContent = '+' + more + ' more columns';
    }
    rowsOf[i] = rows;
    elsOf[i] = els;
  }

  var indirectBox = document.getElementById('indirect');
  var current = null;

  /** The columns reachable from {@code start}: along edges a value flows through, and the others when asked. */
  function walk(start, up) {
    var indirect = indirectBox && indirectBox.checked;
    var seen = {}, out = [], edges = [], frontier = [start];
    seen[start[0] + '\u0000' + start[1]] = true;
    while (frontier.length) {
      var next = [];
      graph.c.forEach(function (e) {
        frontier.forEach(function (f) {
          var hit = (indirect || e[4]) && (up ? (e[2] === f[0] && e[3] === f[1]) : (e[0] === f[0] && e[1] === f[1]));
          if (!hit) { return; }
          edges.push(e);
          var other = up ? [e[0], e[1]] : [e[2], e[3]];
          var k = other[0] + '\u0000' + other[1];
          if (!seen[k]) { seen[k] = true; out.push(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return { cols: out, edges: edges };
  }

  function clear() {
    Array.prototype.forEach.call(svg.querySelectorAll('.hl-self, .hl-up, .hl-down, .lit'), function (e) {
      e.classList.remove('hl-self', 'hl-up', 'hl-down', 'lit');
    });
    edgeLayer.textContent = '';
    Array.prototype.forEach.call(document.querySelectorAll('tr.picked'), function (r) { r.classList.remove('picked'); });
  }

  function mark(node, col, cls) {
    var e = elsOf[node] && elsOf[node][col];
    if (e) { e.classList.add(cls); e.parentNode.classList.add('lit'); }
  }

  function anchorY(node, col) {
    return graph.n[node][4] + HEADER + rowsOf[node][col] * ROW + ROW / 2;
  }

  function line(e, cls) {
    var a = graph.n[e[0]], b = graph.n[e[2]];
    var x1 = a[3] + a[5], y1 = anchorY(e[0], e[1]), x2 = b[3], y2 = anchorY(e[2], e[3]);
    var dx = Math.max(30, (x2 - x1) / 2);
    el('path', { d: 'M' + x1 + ' ' + y1 + ' C' + (x1 + dx) + ' ' + y1 + ' ' + (x2 - dx) + ' ' + y2 + ' ' + x2 + ' ' + y2,
      'class': 'cedge ' + cls + (e[4] ? '' : ' indirect') }, edgeLayer);
  }

  /** Highlights a column, what it reads (upstream) and what reads it (downstream), within this graph. */
  function pick(node, col, fromClick) {
    if (!graph) { pending = [node, col, fromClick]; load(); return; }
    if (!elsOf[node] || !elsOf[node][col]) { return; }
    clear();
    current = [node, col];
    var up = walk([node, col], true), down = walk([node, col], false);
    panel.classList.add('dim');
    mark(node, col, 'hl-self');
    up.cols.forEach(function (c) { mark(c[0], c[1], 'hl-up'); });
    down.cols.forEach(function (c) { mark(c[0], c[1], 'hl-down'); });
    up.edges.forEach(function (e) { line(e, 'up'); });
    down.edges.forEach(function (e) { line(e, 'down'); });
    var table = graph.n[node][0];
    document.getElementById('trace').textContent = table + '.' + col + ': reads ' + up.cols.length +
      ' upstream column' + (up.cols.length === 1 ? '' : 's') + ', read by ' + down.cols.length +
      ' downstream column' + (down.cols.length === 1 ? '' : 's') + ' in this graph.';
    if (node === 0) {
      var row = document.getElementById('col-' + slug(col));
      if (row) { row.classList.add('picked'); }
      if (fromClick && window.history && history.replaceState) { history.replaceState(null, '', '#col-' + slug(col)); }
    }
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.substring(1));
    if (id.indexOf('col-') !== 0) { return; }
    var row = document.getElementById(id);
    if (row && row.getAttribute('data-col')) { pick(0, row.getAttribute('data-col'), false); }
  }

  Array.prototype.forEach.call(document.querySelectorAll('button.pick'), function (b) {
    b.addEventListener('click', function () {
      pick(0, b.getAttribute('data-col'), true);
      panel.scrollIntoView({ block: 'nearest' });
    });
  });
  if (indirectBox) {
    indirectBox.addEventListener('change', function () { if (current) { pick(current[0], current[1], false); } });
  }
  window.addEventListener('hashchange', function () { if (graph) { fromHash(); } });
  if (location.hash.indexOf('#col-') === 0) {
    load();
  } else if ('IntersectionObserver' in window) {
    var io = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { io.disconnect(); load(); }
    }, { rootMargin: '300px' });
    io.observe(panel);
  } else {
    load();
  }
})();
