import { CHECK_STATUSES } from '../../checks/types.js';

/** Background colour per status; the browser test reads these back from the rendered matrix. */
export const STATUS_COLOURS = {
  passed: '#c8e6c9',
  failed: '#ef9a9a',
  warned: '#ffe0b2',
  error: '#e1bee7',
  skipped: '#dcdcdc',
  disabled: '#f0f0f0',
} as const;

const LEVELS = ['MUST', 'SHOULD'];

/** Rules that let the filter checkboxes hide rows by toggling one class on <body>. */
function filterRules(): string {
  const statusRules = CHECK_STATUSES.map((s) => `body.hide-st-${s} tr.rec.st-${s}{display:none}body.hide-st-${s} td.cell.st-${s}{opacity:.15}`);
  const statusGroups = CHECK_STATUSES.map((s) => `body.hide-st-${s} tr.group.st-${s}{display:none}`);
  const levelRules = LEVELS.map((l) => `body.hide-lv-${l} :is(tr.rec,tr.group).lv-${l}{display:none}`);
  return [...statusRules, ...statusGroups, ...levelRules].join('\n');
}

function statusRules(): string {
  return CHECK_STATUSES.map((s) => `:is(td.cell,td.status,.seg,.swatch,.tally,label).st-${s}{background:${STATUS_COLOURS[s]}}`).join('\n');
}

/** The report's whole stylesheet, inlined in <style>. */
export const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header.run,main,nav.toolbar,footer{padding:0 24px}
h1{margin:16px 0 4px;font-size:22px}
h2{margin:32px 0 8px;padding-top:8px;border-top:2px solid #ddd;font-size:19px}
h3{margin:20px 0 6px;font-size:16px}
h4{margin:0 0 4px;font-size:14px}
h5{margin:10px 0 4px;font-size:13px}
h6{margin:6px 0 2px;font-size:12px;color:#555}
code,pre{font:12px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:8px;overflow:auto;max-height:420px;white-space:pre-wrap;word-break:break-word;margin:2px 0}
.verdict{display:inline-block;padding:6px 14px;border-radius:4px;font-weight:700;font-size:16px;margin:4px 0}
.v-pass{background:#2e7d32;color:#fff}.v-fail{background:#c62828;color:#fff}.v-no-verdict{background:#ef6c00;color:#fff}
ul.verdict-reasons{margin:2px 0 6px;padding-left:20px}
.banner{padding:8px 12px;border-radius:4px;margin:6px 0}
.banner.incomplete{background:#fff3e0;border:1px solid #ef6c00}
.banner.suite-error{background:#f3e5f5;border:1px solid #8e24aa}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:10px 0}
dl.facts dt{font-weight:600;color:#444}dl.facts dd{margin:0}
.spec-name{font-weight:600}
.meter{display:flex;height:14px;border:1px solid #bbb;border-radius:3px;overflow:hidden;max-width:720px;margin-top:8px}
.meter .seg{display:block;height:100%}
ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:14px}
.swatch{display:inline-block;width:12px;height:12px;border:1px solid #999;margin-right:4px;vertical-align:-1px}
nav.toolbar{position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ddd;padding-top:6px;padding-bottom:6px;display:flex;flex-wrap:wrap;gap:18px;align-items:center}
nav.toolbar fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
nav.toolbar legend{float:left;font-weight:600;margin-right:6px}
nav.toolbar label{padding:1px 6px;border-radius:3px;cursor:pointer}
nav.toolbar .toc a{margin-right:10px}
.matrix-wrap{overflow:auto;max-width:100%}
table{border-collapse:collapse}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
table.matrix th.check-col{height:180px;vertical-align:bottom;padding:4px 2px;font-weight:500}
table.matrix th.check-col a{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;color:inherit;text-decoration:none;display:inline-block}
table.matrix th.check-col.lv-MUST a{font-weight:700}
table.matrix th.op{white-space:nowrap;font-weight:400}
table.matrix td.cell{width:24px;min-width:24px;text-align:center;padding:0}
table.matrix td.cell a{display:block;color:#222;text-decoration:none;padding:3px 0}
table.matrix td.none{background:#fff}
.method{font-weight:700;font-size:11px}
.tag{font-size:11px;background:#eceff1;border-radius:3px;padding:0 4px}
.chip{display:inline-block;border-radius:3px;padding:0 5px;margin:1px;font:12px ui-monospace,monospace;border:1px solid #ccc}
.chip.seen{background:#c8e6c9;border-color:#81c784}.chip.unseen{color:#888}.chip.undocumented{background:#ffcdd2;border-color:#e57373}
tr.not-exercised th{color:#b71c1c}
section.check{margin:16px 0;padding:8px 10px;border:1px solid #e0e0e0;border-radius:4px}
section.check.empty{display:none}
tr.nomatch{display:none}
[hidden]{display:none!important}
nav.toolbar input[type=search]{width:18em}
#search-count{color:#555;font-size:12px}
.no-js{color:#555;font-size:12px}
.level{font-size:11px;padding:0 5px;border-radius:3px;color:#fff;background:#607d8b}
.level.lv-MUST{background:#37474f}
.tally{font-size:11px;border-radius:3px;padding:0 4px;font-weight:400}
p.why{color:#333;margin:4px 0 8px;max-width:1000px}
p.provenance{color:#555;font-size:.9em;margin:0 0 8px;max-width:1000px}
.level-note{font-size:.8em;color:#666}
table.records{width:100%}
table.records td.status{white-space:nowrap;font-weight:600}
[id]{scroll-margin-top:var(--bar,120px)}
section.failures table{width:100%}
table.failure-groups td.count{font-weight:700;text-align:right;white-space:nowrap}
.check-title{color:#555;font-size:12px}
.rerun{margin-top:4px}
.copyable{position:relative}
.copyable pre{padding-right:64px}
.copyable button.copy{position:absolute;top:4px;right:4px}
button.copy{font-size:11px;padding:1px 6px;cursor:pointer}
details.passed>summary{cursor:pointer;color:#2e7d32}
tr.rec.focus>td:not(.status){background:#e3f2fd}
details.detail>summary{cursor:pointer}
.detail-body{margin-top:6px}
.expect-actual{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.exchange{border-left:3px solid #90a4ae;padding-left:8px;margin:8px 0}
.exchange .req,.exchange .res{margin:4px 0}
.note{font-size:12px;color:#6d4c41;margin:2px 0;font-style:italic}
.transport-error{color:#b71c1c}
p.cn-intro{color:#555;margin:4px 0;max-width:1000px}
ul.contract-notes{margin:4px 0 8px;padding-left:20px;max-width:1100px}
li.contract-note{margin:3px 0}
.cn-kind{font-weight:600}
li.cn-seed-over-vendor .cn-kind{background:#e3f2fd}li.cn-document-defect .cn-kind{background:#fff3e0}li.cn-guess .cn-kind,li.cn-decision .cn-kind{background:#f3e5f5}
.cn-where{color:#666;font-size:12px}
footer{margin:32px 0 16px;color:#777;font-size:12px}
${statusRules()}
${filterRules()}
`;
