/* Rocky catalog: the search box. The index was built with the site; it is loaded on first use, as
 * scripts (works from file://): the document list, then one column shard per first letter. */
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  if (!input || !list) { return; }
  var root = document.body.getAttribute('data-root') || '';
  var docs = null, shards = {}, requested = {};
  var LIMIT_DOCS = 15, LIMIT_COLS = 10;

  function slug(s) {
    var out = s.toLowerCase().replace(/[^a-z0-9_.\-]/g, '-');
    return out === '' || out.charAt(0) === '.' ? '_' + out : out;
  }

  function load(path) {
    if (requested[path]) { return; }
    requested[path] = true;
    var s = document.createElement('script');
    s.src = root + path;
    document.head.appendChild(s);
  }

  window.rockySearch = {
    docs: function (d) { docs = d; render(); },
    cols: function (key, c) { shards[key] = c; render(); }
  };

  function rank(name, q) {
    var n = name.toLowerCase();
    if (n === q) { return 0; }
    if (n.indexOf(q) === 0) { return 1; }
    var i = n.indexOf(q);
    if (i < 0) { return -1; }
    return /[^a-z0-9]/.test(n.charAt(i - 1)) ? 2 : 3;
  }

  function item(href, label, kind, sub) {
    var li = document.createElement('li');
    li.setAttribute('role', 'option');
    var a = document.createElement('a');
    a.href = root + href;
    var k = document.createElement('span');
    k.className = 'kind';
    k.textContent = kind;
    a.appendChild(k);
    a.appendChild(document.createTextNode(label));
    if (sub) {
      var s = document.createElement('span');
      s.className = 'sub';
      s.textContent = sub;
      a.appendChild(s);
    }
    li.appendChild(a);
    list.appendChild(li);
  }

  function render() {
    var q = input.value.trim().toLowerCase();
    list.textContent = '';
    if (!q) { close(); return; }
    if (!docs) { load('search/docs.js'); return; }
    var hits = [];
    docs.forEach(function (d, i) {
      var r = rank(d[0], q);
      if (r < 0 && d[3] && d[3].toLowerCase().indexOf(q) >= 0) { r = 4; }
      if (r >= 0) { hits.push([r, d[0].length, i]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    hits.slice(0, LIMIT_DOCS).forEach(function (h) {
      var d = docs[h[2]];
      item(d[2], d[0], d[1], d[3]);
    });
    var key = q.replace(/[^a-z0-9]/g, '').charAt(0);
    if (q.length >= 2 && key) {
      var shard = shards[key];
      if (!shard) {
        load('search/c-' + key + '.js');
      } else {
        var cols = [];
        shard.forEach(function (c) {
          var r = rank(c[0], q);
          if (r >= 0) { cols.push([r, c[0].length, c]); }
        });
        cols.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
        cols.slice(0, LIMIT_COLS).forEach(function (x) {
          var d = docs[x[2][1]];
          item(d[2] + '#col-' + slug(x[2][0]), x[2][0], 'column', 'in ' + d[0]);
        });
      }
    }
    if (!list.firstChild) {
      var li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No match for "' + input.value.trim() + '"';
      list.appendChild(li);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

  input.addEventListener('focus', function () { load('search/docs.js'); });
  input.addEventListener('input', render);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && links().length) { e.preventDefault(); links()[0].focus(); }
    if (e.key === 'Escape') { input.value = ''; close(); }
    if (e.key === 'Enter' && links().length) { e.preventDefault(); links()[0].click(); }
  });
  list.addEventListener('keydown', function (e) {
    var all = links(), i = all.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); if (i > 0) { all[i - 1].focus(); } else { input.focus(); } }
    if (e.key === 'Escape') { close(); input.focus(); }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target.tagName;
    if (e.key === '/' && t !== 'INPUT' && t !== 'TEXTAREA') { e.preventDefault(); input.focus(); }
  });
  document.addEventListener('click', function (e) {
    if (!list.contains(e.target) && e.target !== input) { close(); }
  });
})();
