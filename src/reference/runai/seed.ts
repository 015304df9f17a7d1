/**
 * Users that exist before any suite runs (a suite must leave them exactly as they were): a mix of
 * local and SSO users, some who have logged in, created in an order that is not alphabetical, so
 * sorting and filtering have something to tell apart.
 */
import { temporaryPassword } from '../random.js';
import { insertUser, type RunaiState } from './store.js';

const NAMES = ['zara.okafor', 'mateo.rossi', 'ana.lindqvist', 'kenji.watanabe', 'lea.martin'];
const DAY = 24 * 3600 * 1000;

export function seedRunaiUsers(state: RunaiState, count: number, adminIdentity: string): void {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const created = new Date(now - (count - i) * DAY).toISOString();
    const sso = i % 3 === 1;
    const name = NAMES[i % NAMES.length]! + (i >= NAMES.length ? `.${i}` : '');
    insertUser(state, {
      username: `${name}@example.com`,
      createdBy: sso ? 'sso' : adminIdentity,
      isLocal: !sso,
      ...(sso ? { groups: ['data-science'] } : { password: temporaryPassword() }),
      lastLogin: i % 3 === 2 ? null : new Date(now - (count - i) * DAY + 3600_000).toISOString(),
      roles: ['viewer'],
    }, created);
  }
}
