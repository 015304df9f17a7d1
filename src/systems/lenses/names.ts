/**
 * Part of the Lenses lifecycle: user names are free text (an email-like name with `+` and `'` works
 * and is addressable), and the documented limits hold (name ≤ 100 characters, metadata keys ≤ 40 bytes),
 * on create and on PATCH. Anything a faulty target accepts is tracked for cleanup like any creation.
 */
import type { FlowContext } from '../../engine/context.js';
import { asObject } from './checks/view.js';
import { createUser, OPS, readUser, succeeded } from './users.js';
import { lensesLimitsEnforced, lensesNameFreeForm } from './checks/lenses.js';

export const NAME_CHECKS = [lensesNameFreeForm, lensesLimitsEnforced];

/** 41 ASCII bytes: over the 40-byte key limit whether a server counts bytes or characters. */
const LONG_KEY = 'k'.repeat(41);

export async function namesAndLimits(ctx: FlowContext): Promise<void> {
  await Promise.all([freeFormName(ctx), createLimits(ctx), patchLimit(ctx)]);
}

async function freeFormName(ctx: FlowContext): Promise<void> {
  const name = `${ctx.uniqueName()}+o'hara@${ctx.options.emailDomain}`;
  const created = await createUser(ctx, { name });
  ctx.check(lensesNameFreeForm, OPS.create, () => lensesNameFreeForm.verify(OPS.create, created, name, 201), [created]);
  if (!succeeded(created)) return;
  const read = await readUser(ctx, name);
  ctx.check(lensesNameFreeForm, OPS.get, () => lensesNameFreeForm.verify(OPS.get, read.response, name, 200), [created, read.response]);
}

async function createLimits(ctx: FlowContext): Promise<void> {
  const base = ctx.uniqueName();
  const longName = `${base}-${'x'.repeat(100 - base.length)}`;
  const [tooLong, longKey] = await Promise.all([
    createUser(ctx, { name: longName }),
    createUser(ctx, { name: ctx.uniqueName(), metadata: { [LONG_KEY]: 'x' } }),
  ]);
  ctx.check(lensesLimitsEnforced, OPS.create, () => lensesLimitsEnforced.verify(tooLong, `${OPS.create} with a ${longName.length}-character name`), [tooLong]);
  const keyUser = asObject(longKey.json)?.name;
  const read = succeeded(longKey) && typeof keyUser === 'string' ? await readUser(ctx, keyUser) : undefined;
  const metadata = read ? { key: LONG_KEY, after: read.view?.metadata } : undefined;
  ctx.check(lensesLimitsEnforced, OPS.create, () => lensesLimitsEnforced.verify(longKey, `${OPS.create} with a 41-byte metadata key`, metadata), [longKey, ...(read ? [read.response] : [])]);
}

async function patchLimit(ctx: FlowContext): Promise<void> {
  const name = ctx.uniqueName();
  const created = await createUser(ctx, { name, metadata: { keep: 'k' } });
  if (!succeeded(created)) return ctx.skip(lensesLimitsEnforced, OPS.update, `depends on a failed step: ${OPS.create} answered ${created.status ?? 'nothing'}`);
  const before = await readUser(ctx, name);
  if (!before.view) return ctx.skip(lensesLimitsEnforced, OPS.update, 'depends on a failed step: the user could not be read');
  const patched = await ctx.call(OPS.update, { pathParams: { name }, json: { metadata: { [LONG_KEY]: 'x' } } });
  const after = await readUser(ctx, name);
  const metadata = { key: LONG_KEY, before: before.view.metadata, after: after.view?.metadata };
  ctx.check(lensesLimitsEnforced, OPS.update, () => lensesLimitsEnforced.verify(patched, `${OPS.update} with a 41-byte metadata key`, metadata), [created, patched, after.response]);
}
