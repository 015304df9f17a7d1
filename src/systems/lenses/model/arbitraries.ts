/**
 * fast-check arbitraries of the model commands. Values stay inside what seed 003 documents and avoid
 * what it leaves open (leading/trailing blanks a server might trim, empty strings a server might
 * treat as "unset"), so a disagreement is always a contract break, never a matter of taste.
 */
import fc from 'fast-check';
import { CreateCommand, DeleteCommand, GetCommand, GroupsCommand, PatchCommand, ProfileCommand } from './commands.js';
import type { ModelTarget } from './target.js';
import type { ModelCommand } from '../../../engine/model-runner.js';
import type { LensesModel } from './state.js';

/** How many names one execution works with: few, so sequences revisit, recreate and collide. */
export const POOL_SIZE = 3;

const pick = fc.integer({ min: 0, max: POOL_SIZE - 1 });
/** Mostly a live user; sometimes a missing one, where every operation must answer 404. */
const sometimes = fc.integer({ min: 0, max: 4 }).map((n) => n === 4); // one in five; shrinks to false
const target = fc.record({ pick, missing: sometimes });
const text = fc.stringMatching(/^[A-Za-z0-9éüß名]([A-Za-z0-9 ._'éüß名-]{0,10}[A-Za-z0-9éüß名])?$/);
const key = fc.constantFrom('team', 'env', 'owner');
const metadata = fc.dictionary(key, text, { maxKeys: 3 });
// Null (delete the key) as often as a value: deleting is the rule most worth exercising.
const metadataPatch = fc.dictionary(key, fc.option(text, { nil: null, freq: 1 }), { maxKeys: 3 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const email = fc.stringMatching(/^[a-z]{1,8}@example\.com$/);
/** One field or both: a patch that leaves a field out is what "absent fields are left untouched" is about. */
const profile = fc.oneof(fc.record({ full_name: text }), fc.record({ email_address: email }), fc.record({ full_name: text, email_address: email }));

/** The command arbitraries; group commands only when the run's groups exist. */
export function commandArbitraries(groupCount: number): fc.Arbitrary<ModelCommand<LensesModel, ModelTarget>>[] {
  const commands: fc.Arbitrary<ModelCommand<LensesModel, ModelTarget>>[] = [
    fc.tuple(pick, sometimes, optional(text), optional(metadata)).map(([p, dup, d, m]) => new CreateCommand(p, dup, d, m)),
    fc.tuple(pick, sometimes, optional(text), optional(metadata)).map(([p, dup, d, m]) => new CreateCommand(p, dup, d, m)),
    target.map((t) => new GetCommand(t)),
    fc.tuple(target, optional(text), optional(metadataPatch)).map(([t, d, m]) => new PatchCommand(t, d, m)),
    fc.tuple(target, profile).map(([t, p]) => new ProfileCommand(t, p)),
    target.map((t) => new DeleteCommand(t)),
  ];
  if (groupCount > 0) {
    const groups = fc.subarray([...Array(groupCount).keys()]);
    const change = fc.oneof(fc.record({ add: groups, remove: groups }), fc.record({ set: groups }));
    commands.push(fc.tuple(target, change).map(([t, c]) => new GroupsCommand(t, c)));
  }
  return commands;
}
