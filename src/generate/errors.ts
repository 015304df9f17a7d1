/**
 * A schema the generators cannot produce values for (contradictory bounds, a regex feature fast-check
 * lacks, a body with no JSON media type). It costs the operation it belongs to, not the run: the
 * scenarios skip that operation's checks with this message, which says where and why.
 */
export class GenerationError extends Error {
  override readonly name: string = 'GenerationError';
}
