/**
 * The report's only script. It adds conveniences to a page that is complete without it (every
 * result is in the HTML, details open with <details>): the filter and search controls (rendered
 * `hidden`, shown by this script, so a reader without JavaScript is not offered controls that do
 * nothing), the view kept in the URL's hash (`#r-12&hide=st-passed,lv-SHOULD&q=create_user`) so a
 * filtered view can be shared or reloaded, opening a linked result's detail, and Copy buttons.
 * It reads nothing from the report data except `data-status`/`data-level` attributes (fixed enum
 * values) and text content for the search, and it never writes HTML. A Content-Security-Policy hash
 * allows exactly this script and no other.
 */
export const SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var search = document.getElementById('search');
  var count = document.getElementById('search-count');
  var bar = document.querySelector('nav.toolbar');
  document.querySelectorAll('[data-js]').forEach(function (el) { el.hidden = false; });
  function hashParts() {
    var out = { target: '', hide: null, q: '' };
    location.hash.slice(1).split('&').forEach(function (part) {
      if (part.indexOf('hide=') === 0) out.hide = part.slice(5).split(',');
      else if (part.indexOf('q=') === 0) out.q = decodeURIComponent(part.slice(2));
      else if (part && !out.target) out.target = decodeURIComponent(part);
    });
    return out;
  }
  function hidden(row) {
    return row.classList.contains('nomatch') || body.classList.contains('hide-st-' + row.getAttribute('data-status')) ||
      body.classList.contains('hide-lv-' + row.getAttribute('data-level'));
  }
  function refreshSections() {
    document.querySelectorAll('section.check').forEach(function (section) {
      var rows = Array.prototype.slice.call(section.querySelectorAll('tr.rec'));
      section.classList.toggle('empty', rows.every(hidden));
    });
  }
  function has(el, q) { return !!el && el.textContent.toLowerCase().indexOf(q) >= 0; }
  function applySearch() {
    // A row matches on its own text or on its check's heading (id, title); failure groups on theirs.
    var q = search ? search.value.trim().toLowerCase() : '';
    var shown = 0;
    document.querySelectorAll('tr.group').forEach(function (row) {
      var miss = q !== '' && !has(row, q);
      row.classList.toggle('nomatch', miss);
      if (!miss) shown++;
    });
    document.querySelectorAll('section.check').forEach(function (section) {
      var heading = q !== '' && has(section.querySelector('h4'), q);
      section.querySelectorAll('tr.rec').forEach(function (row) {
        var miss = q !== '' && !heading && !has(row, q);
        row.classList.toggle('nomatch', miss);
        if (!miss) shown++;
      });
    });
    if (count) count.textContent = q === '' ? '' : shown + ' matching row' + (shown === 1 ? '' : 's');
  }
  function apply(box) {
    body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked);
  }
  function rememberView() {
    var off = boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.getAttribute('data-filter'); });
    var q = search ? search.value.trim() : '';
    var target = hashParts().target;
    var hash = [target && encodeURIComponent(target), off.length ? 'hide=' + off.join(',') : '', q ? 'q=' + encodeURIComponent(q) : ''].filter(Boolean).join('&');
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function fitBar() {
    // Link targets scroll to just below the sticky bar, however many lines it wraps to.
    if (bar) document.documentElement.style.setProperty('--bar', (bar.offsetHeight + 8) + 'px');
  }
  var initial = hashParts();
  boxes.forEach(function (box) {
    if (initial.hide) box.checked = initial.hide.indexOf(box.getAttribute('data-filter')) < 0;
    apply(box);
    box.addEventListener('change', function () { apply(box); refreshSections(); rememberView(); });
  });
  if (search) {
    search.value = initial.q;
    var timer;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { applySearch(); refreshSections(); rememberView(); }, 120);
    });
    applySearch();
  }
  function reveal() {
    var id = hashParts().target;
    var target = id && document.getElementById(id);
    if (!target) return;
    if (/^r-[0-9]+$/.test(id)) {
      boxes.forEach(function (box) {
        var filter = box.getAttribute('data-filter');
        if (!box.checked && (filter === 'st-' + target.getAttribute('data-status') || filter === 'lv-' + target.getAttribute('data-level'))) {
          box.checked = true;
          apply(box);
        }
      });
      target.classList.remove('nomatch');
      refreshSections();
      document.querySelectorAll('tr.rec.focus').forEach(function (other) { other.classList.remove('focus'); });
      target.classList.add('focus');
      var detail = target.querySelector('details.detail');
      if (detail) detail.open = true;
    }
    target.scrollIntoView({ block: 'start' });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.copy');
    if (!button) return;
    var source = button.parentNode.querySelector('.command');
    if (!source) return;
    var text = source.textContent;
    function done() { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy'; }, 1500); }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      if (document.execCommand('copy')) done();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  });
  window.addEventListener('hashchange', function () {
    reveal();
    if (boxes.some(function (b) { return !b.checked; }) || (search && search.value.trim())) rememberView();
  });
  window.addEventListener('resize', fitBar);
  fitBar();
  refreshSections();
  reveal();
})();`;
