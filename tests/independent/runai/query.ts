// GET /api/v1/users and /count query parameters: legacy `filter`, `filterBy`, `search`,
// `sortBy`/`sortOrder`, `offset`/`limit`. What each version documents is all it reads.
import { badRequest } from './http.js';
import type { UserRec, Version } from './types.js';

type Pred = (u: UserRec) => boolean;

// Seed pattern for one filterBy item, verbatim.
const FILTER_BY_RE = /^(username|createdBy|lastLogin|creationTime|lastUpdated|isLocal)(==|<=|>=|=@)(.+)$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const SORT_FIELDS = ['username', 'createdBy', 'lastLogin', 'creationTime', 'lastUpdated', 'type'];

const str = (u: UserRec, f: string): string => (f === 'username' ? u.email : u.createdByName).toLowerCase();
const date = (u: UserRec, f: string): Date | null =>
  f === 'lastLogin' ? u.lastLogin : f === 'creationTime' ? u.createdAt : u.updatedAt;

/** Legacy `filter`: space-separated `attribute:value` terms, ANDed (example runai.is_local:true). */
export function legacyFilter(value: string | null): Pred[] {
  if (value === null || value.trim() === '') return [];
  return value.trim().split(/\s+/).map((term): Pred => {
    const i = term.indexOf(':');
    if (i <= 0) throw badRequest(`filter: "${term}" is not of the form attribute:value`);
    const key = term.slice(0, i);
    const want = term.slice(i + 1).toLowerCase();
    if (key === 'runai.is_local') return () => want === 'true'; // every user here is local
    if (key === 'username' || key === 'email') return (u) => u.email.toLowerCase() === want;
    return () => false; // an attribute no user carries matches nobody
  });
}

/** `filterBy`: explode=false, so one comma-separated value; repeated parameters are merged too. */
export function filterBy(values: string[], version: Version): Pred[] {
  const items = values.flatMap((v) => v.split(',')).filter((s) => s !== '');
  return items.map((item): Pred => {
    const m = FILTER_BY_RE.exec(item);
    if (!m) throw badRequest(`filterBy: "${item}" must match ${FILTER_BY_RE.source}`);
    const [, field, op, raw] = m as unknown as [string, string, string, string];
    if (field === 'isLocal') {
      if (op !== '==' || (raw !== 'true' && raw !== 'false')) {
        throw badRequest(`filterBy: isLocal supports only ==true or ==false`);
      }
      return () => raw === 'true';
    }
    if (field === 'username' || field === 'createdBy') {
      const want = raw.toLowerCase();
      if (op === '==') return (u) => str(u, field) === want;
      if (op === '=@') return (u) => str(u, field).includes(want);
      return op === '<=' ? (u) => str(u, field) <= want : (u) => str(u, field) >= want;
    }
    const dateOps = version === '2.24' ? ['<=', '>=', '=='] : ['<=', '>='];
    if (!dateOps.includes(op)) throw badRequest(`filterBy: ${field} supports only ${dateOps.join(', ')}`);
    const t = ISO_DATE_RE.test(raw) ? Date.parse(raw) : NaN;
    if (Number.isNaN(t)) throw badRequest(`filterBy: "${raw}" is not an ISO 8601 timestamp`);
    return (u) => {
      const d = date(u, field);
      if (d === null) return false;
      return op === '<=' ? d.getTime() <= t : op === '>=' ? d.getTime() >= t : d.getTime() === t;
    };
  });
}

/** `search` (2.24): case-insensitive free text over the username. */
export function search(value: string | null): Pred[] {
  if (value === null || value === '') return [];
  const want = value.toLowerCase();
  return [(u) => u.email.toLowerCase().includes(want)];
}

function int32(name: string, v: string | null): number | undefined {
  if (v === null) return undefined;
  if (!/^[+-]?\d+$/.test(v.trim())) throw badRequest(`${name}: must be an integer`);
  const n = Number(v.trim());
  if (n < -2147483648 || n > 2147483647) throw badRequest(`${name}: out of int32 range`);
  return n;
}

export function page(q: URLSearchParams): { offset: number; limit: number } {
  const offset = int32('offset', q.get('offset')) ?? 0;
  const limit = int32('limit', q.get('limit')) ?? 500;
  if (offset < 0) throw badRequest('offset: must be zero or positive');
  if (limit < 1 || limit > 500) throw badRequest('limit: must be between 1 and 500');
  return { offset, limit };
}

/** Sorts in place order: by sortBy (default: creation order); nulls count as largest. */
export function sorter(q: URLSearchParams): (a: UserRec, b: UserRec) => number {
  const by = q.get('sortBy');
  const order = q.get('sortOrder') ?? 'asc';
  if (by !== null && !SORT_FIELDS.includes(by)) {
    throw badRequest(`sortBy: must be one of ${SORT_FIELDS.join(', ')}`);
  }
  if (order !== 'asc' && order !== 'desc') throw badRequest('sortOrder: must be asc or desc');
  const dir = order === 'asc' ? 1 : -1;
  const key = (u: UserRec): string | number | null => {
    if (by === 'username' || by === 'createdBy') return str(u, by);
    if (by === 'lastLogin' || by === 'creationTime' || by === 'lastUpdated') return date(u, by)?.getTime() ?? null;
    if (by === 'type') return 1; // isLocal: every user is local
    return u.seq;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    let c = 0;
    if (ka === null || kb === null) c = ka === kb ? 0 : ka === null ? 1 : -1;
    else c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return c !== 0 ? c * dir : a.seq - b.seq;
  };
}
