// Per-user UI settings. The contract documents no fields, so this is a fixed schema of our own:
// known keys have defaults, unknown keys are ignored, null means "leave untouched".
import { Problems } from './validate.js';

export type Theme = 'system' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Settings {
  theme: Theme;
  time_zone: string;
  page_size: number;
  notifications: { email: boolean; in_app: boolean };
}

export function defaultSettings(): Settings {
  return { theme: 'system', time_zone: 'UTC', page_size: 25, notifications: { email: false, in_app: true } };
}

export function settingsView(s: Settings): Settings {
  return { ...s, notifications: { ...s.notifications } };
}

const given = (v: unknown): boolean => v !== undefined && v !== null;

// Validates the whole patch first, then returns the merged copy, so a bad patch changes nothing.
export function patchSettings(current: Settings, body: Record<string, unknown>): Settings {
  const p = new Problems();
  const next = settingsView(current);
  if (given(body.theme)) {
    if (typeof body.theme === 'string' && (THEMES as readonly string[]).includes(body.theme)) next.theme = body.theme as Theme;
    else p.add('theme', `must be one of ${THEMES.join(', ')}`);
  }
  if (given(body.time_zone)) {
    const tz = body.time_zone;
    if (typeof tz === 'string' && tz.length >= 1 && tz.length <= 64) next.time_zone = tz;
    else p.add('time_zone', 'must be a string of 1 to 64 characters');
  }
  if (given(body.page_size)) {
    const n = body.page_size;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 500) next.page_size = n;
    else p.add('page_size', 'must be an integer from 1 to 500');
  }
  if (given(body.notifications)) {
    const n = body.notifications;
    if (typeof n !== 'object' || Array.isArray(n)) p.add('notifications', 'must be an object');
    else {
      for (const key of ['email', 'in_app'] as const) {
        const v = (n as Record<string, unknown>)[key];
        if (!given(v)) continue;
        if (typeof v === 'boolean') next.notifications[key] = v;
        else p.add(`notifications.${key}`, 'must be a boolean');
      }
    }
  }
  p.throwIfAny();
  return next;
}
