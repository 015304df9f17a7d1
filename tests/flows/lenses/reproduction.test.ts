/**
 * A failed stateful Lenses check replays from its reproduction alone: the exchanges that set up the
 * state it judges (the create, the changes before) come first, in the order they were sent, each once,
 * redacted; and only those (not the scenario's reads and lists in between).
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types.js';
import { lensesGroups } from '../../../src/systems/lenses/groups.js';
import { lensesLifecycle } from '../../../src/systems/lenses/lifecycle.js';
import { runLenses } from './harness.js';

/** `POST /api/v1/users {"name":…}` style lines of a reproduction, without the host and the run id. */
const steps = (result: CheckResult | undefined) =>
  result!.reproduction!.exchanges.map((e) => `${e.operationId} ${e.request.method}${e.request.body ? ` ${e.request.body.replace(/uc-[a-z0-9]+-\d+/g, 'NAME')}` : ''}`);

function expectReplayable(result: CheckResult | undefined): void {
  expect(result, 'no failed result').toBeDefined();
  const { exchanges, curl } = result!.reproduction!;
  expect(curl).toHaveLength(exchanges.length);
  expect(new Set(exchanges).size).toBe(exchanges.length);
  const started = exchanges.map((e) => e.startedAt);
  expect(started).toEqual([...started].sort());
  for (const exchange of exchanges) expect(exchange.request.headers.authorization).toBe('Bearer [REDACTED:admin-token]');
  for (const command of curl) expect(command).toContain('"$TARGET_TOKEN"');
}

describe('reproductions of stateful Lenses checks', () => {
  it('patch-keeps-absent starts with the create that set the metadata and the PATCHes before its own', async () => {
    const run = await runLenses({ fault: 'lenses-patch-resets-absent-fields', scenarios: [lensesLifecycle] });
    try {
      const failed = run.results.find((r) => r.checkId === 'lenses.patch-keeps-absent' && r.status === 'failed');
      expectReplayable(failed);
      // The first failure kept is the display_name PATCH: it emptied the metadata the create had set.
      expect(failed!.message).toMatch(/^updateUser naming only display_name: metadata is \{\}/);
      expect(steps(failed)).toEqual([
        'createUser POST {"name":"NAME","metadata":{"keep":"k","gone":"g","change":"c"}}',
        'updateUserProfile PATCH {"full_name":"Mary Jane Doe"}',
        'updateUserProfile PATCH {"email_address":"NAME@example.com"}',
        'updateUser PATCH {"display_name":"Renamed user"}',
        'getUser GET',
      ]);
    } finally {
      await run.server.close();
    }
  });

  it('use-after-delete and gone-from-list start with the create of the deleted user', async () => {
    const run = await runLenses({ fault: 'lenses-deleted-still-readable', scenarios: [lensesLifecycle] });
    try {
      const failed = run.results.find((r) => r.checkId === 'lifecycle.use-after-delete' && r.operationId === 'getUser' && r.status === 'failed');
      expectReplayable(failed);
      expect(steps(failed)).toEqual(['createUser POST {"name":"NAME","metadata":{"keep":"k","gone":"g","change":"c"}}', 'deleteUser DELETE', 'getUser GET']);
    } finally {
      await run.server.close();
    }
  });

  it('a membership check starts with the user and group creates and the earlier PUTs', async () => {
    const run = await runLenses({ fault: 'lenses-add-wins-over-remove', scenarios: [lensesGroups] });
    try {
      const failed = run.results.find((r) => r.checkId === 'lenses.removal-wins' && r.status === 'failed');
      expectReplayable(failed);
      const lines = steps(failed);
      // The user and its three groups, created together; then the PUTs up to the one that failed.
      expect(lines.slice(0, 4).map((l) => l.split(' ')[0]).sort()).toEqual(['createGroup', 'createGroup', 'createGroup', 'createUser']);
      expect(lines.slice(4).map((l) => l.replace(/"NAME"(,"NAME")*/g, 'G'))).toEqual([
        'setUserGroups PUT {"add_to_groups":[G]}',
        'setUserGroups PUT {"remove_from_groups":[G]}',
        'setUserGroups PUT {"add_to_groups":[G],"remove_from_groups":[G]}',
        'getUser GET',
      ]);
    } finally {
      await run.server.close();
    }
  });
});
