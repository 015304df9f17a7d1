/**
 * How far a run is from its own physical limit against a server answering L ms late: it cannot end
 * before its critical path (the longest chain of requests that wait for each other) has taken
 * `criticalPath × L`, nor before all its requests have gone through `concurrency` slots
 * (`requests × L / concurrency`). Pure functions over what the engine recorded per request.
 */

/** One request as the benchmark saw it: its chain, its depth in the run's dependency graph, its time on the wire. */
export interface RequestTrace {
  chain: string;
  depth: number;
  /** When the attempt started and ended, epoch ms. */
  start: number;
  end: number;
}

/**
 * The trace of an exchange: its attempt's start (`startedAt`, whole ms) and duration. Not the time
 * the client reported it: a freed slot lets the next request go before the answer is recorded.
 */
export function traceOf(exchange: { startedAt: string; durationMs: number }, place: { chain: string; depth: number }): RequestTrace {
  const start = Date.parse(exchange.startedAt);
  return { chain: place.chain, depth: place.depth, start, end: start + exchange.durationMs };
}

export interface LimitFigures {
  requests: number;
  /** The deepest request: the critical path, in requests. */
  criticalPath: number;
  /** The chain that holds it. */
  criticalChain: string;
  /** Most requests on the wire at one moment. */
  maxInFlight: number;
  wallMs: number;
  /** max(criticalPath × L, requests × L / concurrency), ms. */
  limitMs: number;
  /** wall / limit; undefined at L = 0 (no limit to compare with). */
  ratio?: number;
  /** The deepest chains by scenario (the chain label's first segment), deepest first: where the critical path is. */
  deepest?: [string, number][];
  /** The same by the chain label's first two segments (a scenario's operations). */
  deepestBranches?: [string, number][];
}

/** Each scenario's deepest request (its chains' labels start with the scenario id), deepest first. */
export function deepestByScenario(traces: readonly RequestTrace[], top = 6, segments = 1): [string, number][] {
  const byScenario = new Map<string, number>();
  for (const t of traces) {
    const scenario = t.chain.split('/').slice(0, segments).join('/');
    byScenario.set(scenario, Math.max(byScenario.get(scenario) ?? 0, t.depth));
  }
  return [...byScenario].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
}

/**
 * Most intervals open at one moment. Starts are whole milliseconds, so an interval ending less than
 * 1 ms after another starts does not count as overlapping it.
 */
export function maxOverlap(intervals: readonly { start: number; end: number }[]): number {
  const events = intervals.flatMap((i) => [[i.start, 1], [Math.max(i.start, i.end - 1), -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let max = 0;
  for (const [, delta] of events) max = Math.max(max, (open += delta));
  return max;
}

/** The limit figures of one target's run. */
export function limitFigures(traces: readonly RequestTrace[], wallMs: number, latencyMs: number, concurrency: number): LimitFigures {
  const deepest = traces.reduce<RequestTrace | undefined>((best, t) => (!best || t.depth > best.depth ? t : best), undefined);
  const criticalPath = deepest?.depth ?? 0;
  const limitMs = Math.max(criticalPath * latencyMs, (traces.length * latencyMs) / concurrency);
  return {
    requests: traces.length,
    criticalPath,
    criticalChain: deepest?.chain ?? '',
    maxInFlight: maxOverlap(traces),
    wallMs,
    limitMs,
    ...(limitMs > 0 && { ratio: wallMs / limitMs }),
    deepest: deepestByScenario(traces),
    deepestBranches: deepestByScenario(traces, 40, 2),
  };
}

/** Several targets run at once (one per spec): the run's limit is the largest of theirs. */
export function combinedLimit(perTarget: readonly LimitFigures[], traces: readonly RequestTrace[], wallMs: number): LimitFigures {
  const limitMs = Math.max(0, ...perTarget.map((f) => f.limitMs));
  const longest = perTarget.reduce((a, b) => (b.criticalPath > a.criticalPath ? b : a));
  return {
    requests: traces.length,
    criticalPath: longest.criticalPath,
    criticalChain: longest.criticalChain,
    maxInFlight: maxOverlap(traces),
    wallMs,
    limitMs,
    ...(limitMs > 0 && { ratio: wallMs / limitMs }),
  };
}
