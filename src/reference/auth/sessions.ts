/** Cookie sessions (Lenses `POST /api/v1/login` → `session_id`), per principal. */
import { randomSecret } from '../random.js';
import type { Principal } from './tokens.js';

export const SESSION_COOKIE = 'session_id';

export interface SessionStore {
  create(principal: Principal): string;
  resolve(sessionId: string): Principal | undefined;
  /** Ends every session of a principal (`DELETE /api/v1/users/me/sessions`). */
  deleteAllOf(principalId: string): void;
}

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Principal>();
  return {
    create(principal) {
      const id = randomSecret(24);
      sessions.set(id, principal);
      return id;
    },
    resolve: (id) => sessions.get(id),
    deleteAllOf(principalId) {
      for (const [id, principal] of sessions) if (principal.id === principalId) sessions.delete(id);
    },
  };
}
