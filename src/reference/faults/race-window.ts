/**
 * The gap a racing fault (`*-duplicate-race`) leaves between its duplicate check and its insert, so
 * that creates of one key sent at the same moment all pass the check.
 *
 * At least 20 ms (a client in another process) and at least 100 event-loop turns: a client in this
 * process (the fault matrix, the tests) has its simultaneous requests read one per turn (eight
 * arrive within eight turns), however long each turn takes on a busy machine. A wait in milliseconds
 * alone closed before the second request was read whenever one turn took longer than the wait.
 */
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

const RACE_WINDOW_MS = 20;
const RACE_WINDOW_TURNS = 100;

export async function raceWindow(): Promise<void> {
  await sleep(RACE_WINDOW_MS);
  for (let turn = 0; turn < RACE_WINDOW_TURNS; turn++) await nextTurn();
}
