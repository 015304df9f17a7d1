/**
 * The project's annotations about the contract itself, read from the document before it is
 * dereferenced:
 * - `x-conformance-contract-note`: `{kind, text}` (or a list of them) on any object: something a
 *   reader of the results should know (the seed's text won over the vendor's document, a defect of
 *   the document, a guess, a decision of this project);
 * - `x-conformance-basis`: `"guess"` or `"decision"` on an operation, a response, a schema (property)
 *   or a security scheme: what that part rests on when it is not a fact. Absent = fact.
 * Malformed annotations stop the load with the place to fix, as other defects of a spec do.
 */
import { SpecLoadError } from './errors.js';
import { escapePointerToken } from './json-pointer.js';
import { CONTRACT_NOTE_KINDS, NON_FACT_BASES, type ContractNoteKind, type NonFactBasis } from './types.js';

type Obj = Record<string, unknown>;

export const CONTRACT_NOTE_KEY = 'x-conformance-contract-note';
export const BASIS_KEY = 'x-conformance-basis';

export interface WrittenNote {
  /** Plain JSON pointer of the object carrying the note. */
  pointer: string;
  kind: ContractNoteKind;
  text: string;
}

/** Every contract note written in the document (document order); checks every basis annotation. */
export function readAnnotations(doc: Obj, source: string): WrittenNote[] {
  const notes: WrittenNote[] = [];
  // Iterative: a document is data from outside, and may nest deeper than the stack allows.
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const children: [unknown, string][] = [];
    if (Array.isArray(node)) {
      node.forEach((item, i) => children.push([item, `${pointer}/${i}`]));
    } else {
      const obj = node as Obj;
      if (CONTRACT_NOTE_KEY in obj) notes.push(...parseNotes(obj[CONTRACT_NOTE_KEY], pointer, source));
      if (BASIS_KEY in obj) basisValue(obj[BASIS_KEY], pointer, source);
      for (const [key, value] of Object.entries(obj)) {
        if (key !== CONTRACT_NOTE_KEY) children.push([value, `${pointer}/${escapePointerToken(key)}`]);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return notes;
}

/** The basis an object declares, checked; undefined for a fact (no annotation). */
export function basisOf(node: unknown): NonFactBasis | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const value = (node as Obj)[BASIS_KEY];
  return (NON_FACT_BASES as readonly unknown[]).includes(value) ? (value as NonFactBasis) : undefined;
}

function basisValue(value: unknown, pointer: string, source: string): void {
  if (!(NON_FACT_BASES as readonly unknown[]).includes(value)) {
    throw new SpecLoadError(source, `${BASIS_KEY} must be one of ${NON_FACT_BASES.map((b) => `"${b}"`).join(', ')} (absent means fact), not ${JSON.stringify(value)}`, `#${pointer}/${BASIS_KEY}`);
  }
}

function parseNotes(value: unknown, pointer: string, source: string): WrittenNote[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => {
    const at = `#${pointer}/${CONTRACT_NOTE_KEY}${Array.isArray(value) ? `/${i}` : ''}`;
    const note = item as Obj | null;
    const wrong = (what: string) => new SpecLoadError(source, `${CONTRACT_NOTE_KEY} ${what}`, at);
    if (note === null || typeof note !== 'object' || Array.isArray(note)) throw wrong('must be an object {kind, text} or a list of them');
    if (!(CONTRACT_NOTE_KINDS as readonly unknown[]).includes(note.kind)) {
      throw wrong(`kind must be one of ${CONTRACT_NOTE_KINDS.map((k) => `"${k}"`).join(', ')}, not ${JSON.stringify(note.kind)}`);
    }
    if (typeof note.text !== 'string' || note.text.trim() === '') throw wrong('text must be a non-empty string');
    return { pointer, kind: note.kind as ContractNoteKind, text: note.text.trim() };
  });
}
