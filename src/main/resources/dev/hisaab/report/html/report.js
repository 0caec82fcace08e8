(function () {
  'use strict';
  var errors = [];
  function showError(message) {
    errors.push(String(message));
    var el = document.getElementById('js-errors');
    el.hidden = false;
    el.textContent = 'Script error: ' + errors.join('\n');
    document.body.setAttribute('data-js-errors', String(errors.length));
  }
  window.addEventListener('error', function (e) { showError(e.message); });

  try {
    var data = JSON.parse(document.getElementById('findings-data').textContent);
    var cats = data.cats;
    var rows = data.rows; // [category index, key, amount paise or null, refs, rule, evidence, date or null]
    var state = { cat: -1, q: '', col: -1, dir: 1, page: 0, size: 100 };
    var haystack = null;

    var el = function (id) { return document.getElementById(id); };
    var body = el('f-body');

    function group(n) {
      var s = String(n);
      if (s.length <= 3) { return s; }
      var last = s.slice(-3);
      var rest = s.slice(0, -3);
      var parts = [];
      while (rest.length > 2) { parts.unshift(rest.slice(-2)); rest = rest.slice(0, -2); }
      if (rest.length) { parts.unshift(rest); }
      return parts.join(',') + ',' + last;
    }
    function rupees(paise) {
      var neg = paise < 0;
      var a = Math.abs(paise);
      var r = Math.floor(a / 100);
      var p = a % 100;
      return (neg ? '-' : '') + group(r) + '.' + (p < 10 ? '0' : '') + p;
    }
    function text(tag, value, cls) {
      var node = document.createElement(tag);
      node.textContent = value;
      if (cls) { node.className = cls; }
      return node;
    }

    function matches(i) {
      var r = rows[i];
      if (state.cat >= 0 && r[0] !== state.cat) { return false; }
      if (!state.q) { return true; }
      if (haystack === null) {
        haystack = new Array(rows.length);
        for (var k = 0; k < rows.length; k++) {
          var x = rows[k];
          haystack[k] = (cats[x[0]] + '\u0001' + x[1] + '\u0001' + x[3] + '\u0001' + x[4] + '\u0001' + x[5]
            + '\u0001' + (x[6] || '')).toLowerCase();
        }
      }
      return haystack[i].indexOf(state.q) >= 0;
    }

    function compare(a, b) {
      var c = state.col;
      var x = rows[a][c];
      var y = rows[b][c];
      if (x === y) { return a - b; }
      if (x === null || x === undefined) { return -1 * state.dir; }
      if (y === null || y === undefined) { return 1 * state.dir; }
      var r = (typeof x === 'number') ? x - y : (x < y ? -1 : 1);
      return r * state.dir;
    }

    function render() {
      var shown = [];
      var amount = 0;
      for (var i = 0; i < rows.length; i++) {
        if (matches(i)) { shown.push(i); amount += rows[i][2] || 0; }
      }
      if (state.col >= 0) { shown.sort(compare); }
      var pages = Math.max(1, Math.ceil(shown.length / state.size));
      if (state.page >= pages) { state.page = pages - 1; }
      var from = state.page * state.size;
      var to = Math.min(shown.length, from + state.size);
      var frag = document.createDocumentFragment();
      for (var j = from; j < to; j++) {
        var r = rows[shown[j]];
        var tr = document.createElement('tr');
        tr.appendChild(text('td', cats[r[0]], 'cat c' + r[0]));
        tr.appendChild(text('td', r[1], 'key'));
        tr.appendChild(text('td', r[2] === null ? '' : rupees(r[2]), 'n'));
        tr.appendChild(text('td', r[6] || '', 'date'));
        tr.appendChild(text('td', r[4], 'rule'));
        var ev = document.createElement('td');
        ev.className = 'evidence';
        ev.appendChild(text('div', r[5], 'why'));
        var refs = r[3] ? r[3].split(' ') : [];
        if (refs.length) {
          var ul = document.createElement('ul');
          ul.className = 'refs';
          for (var k = 0; k < refs.length; k++) { ul.appendChild(text('li', refs[k])); }
          ev.appendChild(ul);
        }
        tr.appendChild(ev);
        frag.appendChild(tr);
      }
      while (body.firstChild) { body.removeChild(body.firstChild); }
      body.appendChild(frag);
      el('f-from').textContent = shown.length ? group(from + 1) : '0';
      el('f-to').textContent = group(to);
      el('f-count').textContent = group(shown.length);
      el('f-all').textContent = group(rows.length);
      el('f-amount').textContent = rupees(amount);
      el('f-page').textContent = 'page ' + (state.page + 1) + ' of ' + pages;
      el('f-first').disabled = el('f-prev').disabled = state.page === 0;
      el('f-next').disabled = el('f-last').disabled = state.page >= pages - 1;
      var ths = document.querySelectorAll('#f-table th[data-col]');
      for (var h = 0; h < ths.length; h++) {
        var col = Number(ths[h].getAttribute('data-col'));
        ths[h].setAttribute('aria-sort', col === state.col ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
      }
      state.pages = pages;
    }

    el('f-cat').addEventListener('change', function () {
      state.cat = this.value === '' ? -1 : Number(this.value); state.page = 0; render();
    });
    var timer = null;
    el('f-q').addEventListener('input', function () {
      var v = this.value;
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = v.trim().toLowerCase(); state.page = 0; render(); }, 150);
    });
    el('f-size').addEventListener('change', function () { state.size = Number(this.value); state.page = 0; render(); });
    el('f-first').addEventListener('click', function () { state.page = 0; render(); });
    el('f-prev').addEventListener('click', function () { state.page = Math.max(0, state.page - 1); render(); });
    el('f-next').addEventListener('click', function () { state.page = state.page + 1; render(); });
    el('f-last').addEventListener('click', function () { state.page = state.pages - 1; render(); });
    var heads = document.querySelectorAll('#f-table th[data-col]');
    for (var h = 0; h < heads.length; h++) {
      heads[h].addEventListener('click', function () {
        var col = Number(this.getAttribute('data-col'));
        state.dir = state.col === col ? -state.dir : 1;
        state.col = col;
        state.page = 0;
        render();
      });
    }
    var cards = document.querySelectorAll('a.card[data-category]');
    for (var c = 0; c < cards.length; c++) {
      cards[c].addEventListener('click', function () {
        var i = cats.indexOf(this.getAttribute('data-category'));
        el('f-cat').value = i < 0 ? '' : String(i);
        state.cat = i; state.page = 0; render();
      });
    }
    render();
    document.body.setAttribute('data-ready', 'true');
  } catch (e) {
    showError(e && e.stack ? e.stack : e);
  }
}());
