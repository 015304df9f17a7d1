import type { ContractNoteRecord, SpecSummary } from '../types.js';
import { html, withCode, type SafeHtml } from './template.js';

/** How each kind of note reads in the report; a kind of a later version shows as written. */
const KIND_LABELS: Record<string, string> = {
  'seed-over-vendor': 'documentation text over generated document',
  'document-defect': 'defect of the document',
  guess: 'assumption',
  decision: "the suite's choice",
};

/** Operations listed by name up to this many; more are counted. */
const MAX_LISTED = 4;

/**
 * A spec's contract notes: what readers should know about the contract itself, not about the server.
 * Empty when the spec has none (or the results come from a version that did not record them).
 */
export function renderContractNotes(spec: SpecSummary): SafeHtml | '' {
  const notes = spec.contractNotes ?? [];
  if (notes.length === 0) return '';
  return html`<h3>Contract notes</h3>
<p class="cn-intro">About the contract itself, not about the server under test: where the published documentation and the vendor's generated document disagree, defects of the documents, and what the suite assumes or chose where the documentation is silent.</p>
<ul class="contract-notes">${notes.map((note) => renderNote(spec, note))}</ul>`;
}

function renderNote(spec: SpecSummary, note: ContractNoteRecord): SafeHtml {
  const kindClass = /^[a-z-]+$/.test(note.kind) ? note.kind : 'other';
  return html`<li class="contract-note cn-${kindClass}"><span class="tag cn-kind">${KIND_LABELS[note.kind] ?? note.kind}</span> ${withCode(note.text)} <span class="cn-where">${concerns(spec, note)}<code>${placeLabel(note.where)}</code></span></li>`;
}

function concerns(spec: SpecSummary, note: ContractNoteRecord): SafeHtml | '' {
  if (note.operations.length === 0) return '';
  if (note.operations.length > MAX_LISTED) return html`${note.operations.length} operations · `;
  const labels = note.operations.map((id) => {
    const op = spec.operations.find((o) => o.operationId === id);
    return op ? `${op.method.toUpperCase()} ${op.path}` : id;
  });
  return html`${labels.join(', ')} · `;
}

/** `#/paths/~1api~1v1~1users/get/responses/200` → `paths › /api/v1/users › get › responses › 200`. */
export function placeLabel(where: string): string {
  const path = where.replace(/^#/, '');
  if (path === '') return 'the whole document';
  return path
    .split('/')
    .slice(1)
    .map((token) => {
      let text = token.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        text = decodeURIComponent(text);
      } catch {
        // Kept as written.
      }
      return text;
    })
    .join(' › ');
}
