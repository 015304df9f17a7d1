/**
 * The report's only script: filters toggle classes on <body> and are kept in the URL's hash
 * (`#r-12&hide=st-passed,lv-SHOULD`), so a filtered view can be shared or reloaded; following a link
 * to a result opens its detail; Copy buttons copy the command next to them. It reads nothing from the
 * report data except `data-status`/`data-level` attributes, which hold fixed enum values, and it never
 * writes HTML. A Content-Security-Policy hash allows exactly this script and no other.
 */
export const SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var bar = document.querySelector('nav.toolbar');
  function hashParts() {
    var parts = location.hash.slice(1).split('&');
    var hide = parts.filter(function (p) { return p.indexOf('hide=') === 0; })[0];
    return { target: decodeURIComponent(parts[0].indexOf('hide=') === 0 ? '' : parts[0]), hide: hide ? hide.slice(5).split(',') : null };
  }
  function hidden(row) {
    return body.classList.contains('hide-st-' + row.getAttribute('data-status')) ||
      body.classList.contains('hide-lv-' + row.getAttribute('data-level'));
  }
  function refreshSections() {
    document.querySelectorAll('section.check').forEach(function (section) {
      var rows = Array.prototype.slice.call(section.querySelectorAll('tr.rec'));
      section.classList.toggle('empty', rows.every(hidden));
    });
  }
  function apply(box) {
    body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked);
  }
  function rememberFilters() {
    var off = boxes.filter(function (box) { return !box.checked; }).map(function (box) { return box.getAttribute('data-filter'); });
    var target = hashParts().target;
    var hash = [target, off.length ? 'hide=' + off.join(',') : ''].filter(Boolean).join('&');
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function fitBar() {
    // Link targets scroll to just below the sticky bar, however many lines it wraps to.
    if (bar) document.documentElement.style.setProperty('--bar', (bar.offsetHeight + 8) + 'px');
  }
  var initial = hashParts().hide;
  boxes.forEach(function (box) {
    if (initial) box.checked = initial.indexOf(box.getAttribute('data-filter')) < 0;
    apply(box);
    box.addEventListener('change', function () { apply(box); refreshSections(); rememberFilters(); });
  });
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
  window.addEventListener('hashchange', function () { reveal(); if (boxes.some(function (b) { return !b.checked; })) rememberFilters(); });
  window.addEventListener('resize', fitBar);
  fitBar();
  refreshSections();
  reveal();
})();`;
