/**
 * The numbers in a scenario's generated names (`uc-<runid>-<n>`): six digits, the first two the
 * scenario's slot, so `uc-<runid>-12` matches this scenario's names and no other's. A scenario split
 * in parts (a model-based run) keeps its own names to `<slot>0nnn` and gives part p `<slot>pnnn`, so
 * `uc-<runid>-12p` matches exactly part p's names.
 */

export interface NameNumbers {
  /** The scenario's next number. */
  next(): number;
  /** Part `index` (1..9)'s next number; from the first call on, the scenario's own stay under 1,000. */
  part(index: number): number;
}

/** Numbers for the scenario in `slot` (10..99). Throws past what its names can hold. */
export function nameNumbers(slot: number): NameNumbers {
  let counter = 0;
  let split = false;
  const parts = new Map<number, number>();
  return {
    next() {
      if (++counter > (split ? 999 : 9999)) throw new Error(`a scenario created more than ${split ? '999 resources besides its parts' : '9,999 resources'}`);
      return slot * 10_000 + counter;
    },
    part(index) {
      if (!Number.isInteger(index) || index < 1 || index > 9) throw new Error(`a scenario part is 1..9, got ${index}`);
      if (!split && counter > 999) throw new Error('a scenario split in parts after creating 1,000 resources');
      split = true;
      const next = (parts.get(index) ?? 0) + 1;
      if (next > 999) throw new Error(`part ${index} of a scenario created more than 999 resources`);
      parts.set(index, next);
      return slot * 10_000 + index * 1000 + next;
    },
  };
}
