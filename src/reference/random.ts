/** Random identifiers and secrets for the reference server (node:crypto; nothing here is persisted). */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** URL-safe random secret, e.g. for generated tokens, client secrets and session ids. */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#%^*-_';

/**
 * A temporary password like Run:ai's (`asdasidjn9d`, `Abcd!234`): 14 characters with every character
 * class, so it satisfies the 8..255 rule of `UserChangePasswordRequest` in 2.24 when used as `currentPassword`.
 */
export function temporaryPassword(): string {
  const classes = [LOWER, UPPER, DIGITS, SYMBOLS];
  const chars = classes.map(pick);
  const all = classes.join('');
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}
