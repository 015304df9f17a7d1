/**
 * Who exists when a Lenses server starts: the admin (owner of the admin token and the login), the
 * read-only `viewer`, a few ordinary users and one group they belong to. A suite must leave them as
 * they were.
 */
import { insertGroup, insertUser, type LensesState } from './store.js';

const NAMES = ['zara.okafor', 'mateo.rossi', 'ana.lindqvist', 'kenji.watanabe', 'lea.martin'];
export const VIEWER_NAME = 'viewer';
export const SEED_GROUP = 'platform-team';

export function seedLensesUsers(state: LensesState, admin: { name: string; password: string }, count: number): void {
  insertUser(state, { name: admin.name, display_name: 'Administrator', is_admin: true, password: admin.password });
  insertUser(state, { name: VIEWER_NAME, display_name: 'Read-only viewer' });
  if (count === 0) return;
  insertGroup(state, { name: SEED_GROUP, display_name: 'Platform team', description: 'Present before any suite runs' });
  for (let i = 0; i < count; i++) {
    const name = NAMES[i % NAMES.length]! + (i >= NAMES.length ? `.${i}` : '');
    const user = insertUser(state, {
      name,
      display_name: name.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1)).join(' '),
      profile: { full_name: name.replace('.', ' '), email_address: `${name}@example.com` },
      metadata: { team: 'platform' },
    });
    if (i === 0) user.groups.add(SEED_GROUP);
  }
}
