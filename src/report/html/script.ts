/**
 * The report's only script: filters toggle classes on <body>; following a link to a result opens
 * its detail. It reads nothing from the report data except `data-status`/`data-level` attributes,
 * which hold fixed enum values, and it never writes HTML. A Content-Security-Policy hash allows
 * exactly this script and no other.
 */
export const SCRIPT = `(function () {
  'use strict';
  var body = document.body;
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
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
  boxes.forEach(function (box) {
    apply(box);
    box.addEventListener('change', function () { apply(box); refreshSections(); });
  });
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^r-[0-9]+$/.test(id)) return;
    var row = document.getElementById(id);
    if (!row) return;
    boxes.forEach(function (box) {
      var filter = box.getAttribute('data-filter');
      if (!box.checked && (filter === 'st-' + row.getAttribute('data-status') || filter === 'lv-' + row.getAttribute('data-level'))) {
        box.checked = true;
        apply(box);
      }
    });
    refreshSections();
    document.querySelectorAll('tr.rec.focus').forEach(function (other) { other.classList.remove('focus'); });
    row.classList.add('focus');
    var detail = row.querySelector('details.detail');
    if (detail) detail.open = true;
    row.scrollIntoView({ block: 'start' });
  }
  window.addEventListener('hashchange', reveal);
  refreshSections();
  reveal();
})();`;
