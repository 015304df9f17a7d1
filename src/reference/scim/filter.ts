/**
 * SCIM filter expressions (RFC 7644 §3.4.2.2) parsed into a tree: comparisons, presence, `and`, `or`,
 * `not`, parentheses and value paths (`emails[type eq "work"]`). Keywords and attribute names are
 * case-insensitive. A syntax error throws `FilterSyntaxError` (answered 400 invalidFilter).
 */
import { parseAttrPath, type AttrPath } from './attr-path.js';

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type Literal = string | number | boolean | null;

export type Filter =
  | { kind: 'compare'; path: AttrPath; op: CompareOp; value: Literal }
  | { kind: 'present'; path: AttrPath }
  | { kind: 'and' | 'or'; left: Filter; right: Filter }
  | { kind: 'not'; inner: Filter }
  | { kind: 'valuePath'; path: AttrPath; inner: Filter };

export class FilterSyntaxError extends Error {
  override readonly name = 'FilterSyntaxError';
}

const COMPARE_OPS = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const TOKEN = /\s*(\(|\)|\[|\]|"(?:[^"\\]|\\.)*"|[^\s()[\]"]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
      throw new FilterSyntaxError(`unexpected text at ${TOKEN.lastIndex}`);
    }
    tokens.push(match[1]!);
  }
  return tokens;
}

/** Parses a whole filter; throws FilterSyntaxError for anything else. */
export function parseFilter(text: string): Filter {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at]?.toLowerCase();
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new FilterSyntaxError('the filter ends too early');
    return token;
  };
  const expect = (token: string) => {
    if (next() !== token) throw new FilterSyntaxError(`expected "${token}"`);
  };

  function or(): Filter {
    let left = and();
    while (peek() === 'or') { at++; left = { kind: 'or', left, right: and() }; }
    return left;
  }
  function and(): Filter {
    let left = unary();
    while (peek() === 'and') { at++; left = { kind: 'and', left, right: unary() }; }
    return left;
  }
  function unary(): Filter {
    if (peek() === 'not') {
      at++;
      expect('(');
      const inner = or();
      expect(')');
      return { kind: 'not', inner };
    }
    if (peek() === '(') {
      at++;
      const inner = or();
      expect(')');
      return inner;
    }
    return attributeExpression();
  }
  function attributeExpression(): Filter {
    const path = parseAttrPath(next());
    if (!path) throw new FilterSyntaxError('expected an attribute path');
    if (peek() === '[') {
      at++;
      const inner = or();
      expect(']');
      return { kind: 'valuePath', path, inner };
    }
    const op = next().toLowerCase();
    if (op === 'pr') return { kind: 'present', path };
    if (!COMPARE_OPS.has(op)) throw new FilterSyntaxError(`unknown operator "${op}"`);
    return { kind: 'compare', path, op: op as CompareOp, value: literal(next()) };
  }

  const filter = or();
  if (at !== tokens.length) throw new FilterSyntaxError(`unexpected "${tokens[at]}"`);
  return filter;
}

function literal(token: string): Literal {
  if (token.startsWith('"')) {
    try {
      return JSON.parse(token) as string;
    } catch {
      throw new FilterSyntaxError(`malformed string ${token}`);
    }
  }
  const lower = token.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(token)) return Number(token);
  throw new FilterSyntaxError(`"${token}" is not a value (strings are quoted)`);
}
