/**
 * Which documented response keys (`"200"`, `"4XX"`, `"default"`) a set of observed status codes
 * covers, following OpenAPI's precedence: an exact code, then its range, then `default`.
 */
export interface StatusCoverage {
  /** Documented keys, each with whether some observed status matched it. */
  documented: Array<{ key: string; observed: boolean }>;
  /** Observed statuses the operation does not document (nothing matches, not even `default`). */
  undocumented: number[];
}

export function statusCoverage(documentedKeys: readonly string[], observed: readonly number[]): StatusCoverage {
  const matched = new Set<string>();
  const undocumented: number[] = [];
  for (const status of [...new Set(observed)].sort((a, b) => a - b)) {
    const key = matchingKey(documentedKeys, status);
    if (key === undefined) undocumented.push(status);
    else matched.add(key);
  }
  return { documented: documentedKeys.map((key) => ({ key, observed: matched.has(key) })), undocumented };
}

function matchingKey(keys: readonly string[], status: number): string | undefined {
  const exact = keys.find((key) => key === String(status));
  if (exact !== undefined) return exact;
  const range = keys.find((key) => key.toUpperCase() === `${Math.floor(status / 100)}XX`);
  if (range !== undefined) return range;
  return keys.find((key) => key === 'default');
}
