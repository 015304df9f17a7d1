/**
 * A bounded, representative share of an operation's invalid cases. A vendor document's largest
 * bodies yield thousands of cases (one per rule per nested property); probing and sending them all
 * costs minutes for one operation. The share takes the kinds in turn (every kind of defect before a
 * second of any), shallow places before deep ones within a kind, so a cap keeps the variety.
 */
import type { Candidate } from './invalid-kinds.js';

/** Candidates in the order a cap should take them: kinds round-robin, shallow pointers first. */
export function spreadOrder(candidates: readonly Candidate[]): Candidate[] {
  const byKind = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byKind.get(candidate.kind) ?? [];
    list.push(candidate);
    byKind.set(candidate.kind, list);
  }
  const depth = (c: Candidate) => c.pointer.split('/').length;
  const queues = [...byKind.values()].map((list) => [...list].sort((a, b) => depth(a) - depth(b)));
  const out: Candidate[] = [];
  for (let round = 0; out.length < candidates.length; round++) {
    for (const queue of queues) if (round < queue.length) out.push(queue[round]!);
  }
  return out;
}
