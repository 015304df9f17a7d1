/** Who exists when a SCIM server starts: a few ordinary users and one group. A suite must leave them as they were. */
import { insertResource, type ScimState } from './store.js';

const NAMES = ['zara.okafor', 'mateo.rossi', 'ana.lindqvist', 'kenji.watanabe', 'lea.martin'];

export function seedScim(state: ScimState, count: number): void {
  if (count === 0) return;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const userName = NAMES[i % NAMES.length]! + (i >= NAMES.length ? `.${i}` : '');
    const [givenName, familyName] = userName.split('.');
    const user = insertResource(state, 'User', {
      userName, active: true, displayName: `${givenName} ${familyName}`, name: { givenName, familyName },
      emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
    });
    ids.push(user.id);
  }
  insertResource(state, 'Group', { displayName: 'Platform team', members: [{ value: ids[0]!, type: 'User' }] });
}
