/** Concurrency and model-based checks, shared by every system. */
import { defineCheck } from '././define.js';

export const CONCURRENCY_CHECKS = [
  defineCheck('concurrency.duplicate-create-once', 'MUST', 'concurrency', {
    title: 'Parallel creates of one unique key: exactly one succeeds',
    why: 'Uniqueness holds under concurrency too. N simultaneous creates with the same email (Run:ai, documented 409 "already exists") or the same name (Lenses, DECISIONS: 409 for a duplicate name) must yield exactly one success; the others answer 409. Two successes mean a check-then-insert race that leaves duplicate users.',
    example: 'create_user ×8 with one email: 2 succeeded (201, 201), expected exactly 1',
    basis: 'seed',
    source: "seed 000/002 409 \"The specified resource already exists\"; seed 003 \"the unique name of the new user\"",
  }),
  defineCheck('concurrency.parallel-creates', 'MUST', 'concurrency', {
    title: 'Parallel creates of different users all succeed and all appear',
    why: 'Creates of different users do not conflict: N simultaneous valid creates must all succeed, and the list must then contain every one of them, none lost or merged.',
    example: 'create_user ×8: 7 users listed afterwards, missing uc-abc12345-120004@example.com',
    basis: 'seed',
    source: "seed 000/002 \"Use to create a local platform user.\"; seed 003 \"Creates a new user.\"",
  }),
  defineCheck('model.consistent', 'MUST', 'model', {
    title: 'Random operation sequences agree with a model of the target',
    why: 'Beyond the fixed flows, fast-check drives random sequences of create / get / list / count / reset / logout / delete (Lenses: patch / profile / groups) and checks after every step that the target agrees with an in-memory model of what it should hold (list contents, count, 404 for deleted). A failing sequence is shrunk to the shortest one and reported with its seed and replay path.',
    example: 'after [create(a), delete(a), list]: list still contains a (seed 42, path "3:1")',
    basis: 'seed',
    source: "the seed statements behind the lifecycle checks, over random sequences of operations",
  }),
];
