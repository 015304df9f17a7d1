/**
 * Developer tool (never run by tests or CI: the vendor documents live in ../shared, outside the
 * repository): compare one of our Run:ai specs with the vendor's full OpenAPI document of the same
 * version and print every structural difference.
 *
 *   npx tsx scripts/specs/crosscheck-runai.ts specs/runai-2.18.json ../shared/reference/runai-openapi/runai-2.18-full.json
 *   npx tsx scripts/specs/crosscheck-runai.ts --all     # the three Run:ai specs against their vendor versions
 *
 * Compared, for every operation of our spec (matched by path and method): operationId, deprecated,
 * effective security, parameters (name, in, required, deprecated, style/explode, schema), request
 * body (required, media types, schema), status codes, and per response the media types, header
 * names and schema. Schemas are compared structurally after resolving $ref and merging allOf:
 * property names, required, type, nullable, format, enum, pattern, length/range limits, default,
 * items and additionalProperties. Descriptions and examples are not compared. Vendor operations
 * that share a tag with our seed (non-auxiliary) operations but are missing from our spec are
 * reported too.
 *
 * A difference counts as explained when the object of our spec where it is found (or an enclosing
 * schema, parameter, request body or response; the operation for operation-level differences)
 * carries an `x-conformance-contract-note` (what the report shows: the seed over the vendor, a
 * document defect, …) or an `x-conformance-note` (for the developers); the note is printed beside it.
 * Exit code 1 when any difference is unexplained.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

type Obj = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const NOTE = 'x-conformance-note';
const CONTRACT_NOTE = 'x-conformance-contract-note';

/** The explanation an object of our spec carries: its contract note(s), else its developer note. */
function explanation(x: Obj): string | undefined {
  const contract = x[CONTRACT_NOTE];
  const list = (Array.isArray(contract) ? contract : contract === undefined ? [] : [contract]) as Obj[];
  const texts = list.filter(isObj).map((n) => `[${String(n.kind)}] ${String(n.text)}`);
  if (texts.length > 0) return texts.join(' ');
  return typeof x[NOTE] === 'string' ? (x[NOTE] as string) : undefined;
}

interface Diff { where: string; what: string; note?: string }

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deref(doc: Obj, node: unknown, seen: string[] = []): { node: unknown; refs: string[] } {
  let cur = node;
  const refs = [...seen];
  while (isObj(cur) && typeof cur.$ref === 'string') {
    const ref = cur.$ref;
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
    if (refs.includes(ref)) return { node: { $circular: ref }, refs };
    refs.push(ref);
    let t: unknown = doc;
    for (const part of ref.slice(2).split('/')) t = isObj(t) ? t[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    if (t === undefined) throw new Error(`unresolved $ref ${ref}`);
    cur = t;
  }
  return { node: cur, refs };
}

/** A schema reduced to what is compared, with the nearest note of our side attached. */
interface Shape {
  kw: Record<string, unknown>;
  required: string[];
  properties: Record<string, Shape>;
  items?: Shape;
  additional?: Shape | boolean;
  note?: string;
  circular?: string;
}

const KEYWORDS = ['type', 'nullable', 'format', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'default', 'readOnly', 'writeOnly', 'deprecated'];

function shape(doc: Obj, schema: unknown, stack: string[] = []): Shape {
  const { node, refs } = deref(doc, schema, stack);
  const out: Shape = { kw: {}, required: [], properties: {} };
  if (isObj(node) && typeof node.$circular === 'string') return { ...out, circular: node.$circular };
  if (!isObj(node)) return out;
  const parts: Obj[] = [node];
  // Merge allOf parts into one shape (what a validator would require of an instance).
  const merged: Shape[] = Array.isArray(node.allOf) ? node.allOf.map((p) => shape(doc, p, refs)) : [];
  for (const key of KEYWORDS) if (key in node) out.kw[key] = key === 'enum' ? [...(node.enum as unknown[])].map(String).sort() : node[key];
  if (Array.isArray(node.required)) out.required.push(...(node.required as string[]));
  if (isObj(node.properties)) for (const [name, sub] of Object.entries(node.properties)) out.properties[name] = shape(doc, sub, refs);
  if ('items' in node) out.items = shape(doc, node.items, refs);
  if ('additionalProperties' in node) out.additional = typeof node.additionalProperties === 'boolean' ? node.additionalProperties : shape(doc, node.additionalProperties, refs);
  for (const m of merged) {
    for (const [k, v] of Object.entries(m.kw)) if (!(k in out.kw)) out.kw[k] = v;
    out.required.push(...m.required);
    for (const [name, sub] of Object.entries(m.properties)) if (!(name in out.properties)) out.properties[name] = sub;
    if (m.items && !out.items) out.items = m.items;
    if (m.additional !== undefined && out.additional === undefined) out.additional = m.additional;
    if (m.note && !out.note) out.note = m.note;
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(node[key])) out.kw[key] = (node[key] as unknown[]).length + ' alternatives';
  }
  out.required = [...new Set(out.required)].sort();
  for (const p of parts) out.note = explanation(p) ?? out.note;
  return out;
}

function fmt(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}

function compareShapes(ours: Shape, theirs: Shape, where: string, diffs: Diff[], inherited?: string): void {
  const note = ours.note ?? inherited;
  if (ours.circular || theirs.circular) {
    if (ours.circular !== theirs.circular) diffs.push({ where, what: `circular ref ours ${fmt(ours.circular)}, vendor ${fmt(theirs.circular)}`, note });
    return;
  }
  for (const key of new Set([...Object.keys(ours.kw), ...Object.keys(theirs.kw)])) {
    if (JSON.stringify(ours.kw[key]) !== JSON.stringify(theirs.kw[key])) {
      diffs.push({ where, what: `${key}: ours ${fmt(ours.kw[key])}, vendor ${fmt(theirs.kw[key])}`, note });
    }
  }
  if (JSON.stringify(ours.required) !== JSON.stringify(theirs.required)) {
    diffs.push({ where, what: `required: ours ${fmt(ours.required)}, vendor ${fmt(theirs.required)}`, note });
  }
  for (const name of new Set([...Object.keys(ours.properties), ...Object.keys(theirs.properties)])) {
    const a = ours.properties[name];
    const b = theirs.properties[name];
    if (!a) diffs.push({ where, what: `property ${name} only in vendor`, note });
    else if (!b) diffs.push({ where, what: `property ${name} only in ours`, note: a.note ?? note });
    else compareShapes(a, b, `${where}/${name}`, diffs, note);
  }
  if (ours.items || theirs.items) {
    if (!ours.items || !theirs.items) diffs.push({ where, what: `items: ours ${ours.items ? 'set' : '(none)'}, vendor ${theirs.items ? 'set' : '(none)'}`, note });
    else compareShapes(ours.items, theirs.items, `${where}[]`, diffs, note);
  }
  const ao = ours.additional;
  const at = theirs.additional;
  if (ao !== undefined || at !== undefined) {
    if (typeof ao === 'object' && typeof at === 'object') compareShapes(ao, at, `${where}{*}`, diffs, note);
    else if (JSON.stringify(ao) !== JSON.stringify(at)) diffs.push({ where, what: `additionalProperties: ours ${typeof ao === 'object' ? 'schema' : fmt(ao)}, vendor ${typeof at === 'object' ? 'schema' : fmt(at)}`, note });
  }
}

interface OpRef { path: string; method: string; op: Obj; item: Obj }

function operations(doc: Obj): OpRef[] {
  const out: OpRef[] = [];
  for (const [path, item] of Object.entries((doc.paths as Obj | undefined) ?? {})) {
    const resolved = deref(doc, item).node as Obj;
    for (const method of METHODS) if (isObj(resolved[method])) out.push({ path, method, op: resolved[method] as Obj, item: resolved });
  }
  return out;
}

function noteOf(x: unknown): string | undefined {
  return isObj(x) ? explanation(x) : undefined;
}

function params(doc: Obj, ref: OpRef): Map<string, { raw: Obj; note?: string }> {
  const out = new Map<string, { raw: Obj; note?: string }>();
  for (const list of [ref.item.parameters, ref.op.parameters]) {
    for (const p of (list as unknown[] | undefined) ?? []) {
      const note = noteOf(p);
      const raw = deref(doc, p).node as Obj;
      const loc = String(raw.in);
      const name = loc === 'header' ? String(raw.name).toLowerCase() : String(raw.name);
      out.set(`${loc} ${name}`, { raw, note: note ?? noteOf(raw) });
    }
  }
  return out;
}

function paramSummary(p: Obj): Record<string, unknown> {
  const loc = String(p.in);
  const style = p.style ?? (loc === 'query' || loc === 'cookie' ? 'form' : 'simple');
  return {
    required: p.required === true,
    deprecated: p.deprecated === true,
    style,
    explode: p.explode ?? style === 'form',
  };
}

function compareContent(ours: Obj, oursDoc: Obj, theirs: Obj, theirsDoc: Obj, where: string, diffs: Diff[], note?: string): void {
  const a = (ours.content as Obj | undefined) ?? {};
  const b = (theirs.content as Obj | undefined) ?? {};
  for (const mt of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ma = a[mt] as Obj | undefined;
    const mb = b[mt] as Obj | undefined;
    if (!ma) diffs.push({ where, what: `media type ${mt} only in vendor`, note });
    else if (!mb) diffs.push({ where, what: `media type ${mt} only in ours`, note: noteOf(ma) ?? note });
    else if (ma.schema === undefined || mb.schema === undefined) {
      if ((ma.schema === undefined) !== (mb.schema === undefined)) diffs.push({ where: `${where} ${mt}`, what: `schema ours ${ma.schema ? 'set' : '(none)'}, vendor ${mb.schema ? 'set' : '(none)'}`, note });
    } else compareShapes(shape(oursDoc, ma.schema), shape(theirsDoc, mb.schema), `${where} ${mt} #`, diffs, noteOf(ma) ?? note);
  }
}

export function crosscheck(ours: Obj, theirs: Obj): Diff[] {
  const diffs: Diff[] = [];
  const theirOps = operations(theirs);
  const ourOps = operations(ours);
  const seedTags = new Set<string>();
  for (const o of ourOps) if (!o.op['x-conformance-auxiliary']) for (const t of (o.op.tags as string[] | undefined) ?? []) seedTags.add(t);
  for (const t of theirOps) {
    const shared = ((t.op.tags as string[] | undefined) ?? []).some((tag) => seedTags.has(tag));
    if (shared && !ourOps.some((o) => o.path === t.path && o.method === t.method)) {
      diffs.push({ where: `${t.method.toUpperCase()} ${t.path}`, what: `vendor operation ${String(t.op.operationId)} missing from ours` });
    }
  }
  for (const o of ourOps) {
    const where = `${o.method.toUpperCase()} ${o.path}`;
    const opNote = noteOf(o.op);
    const t = theirOps.find((x) => x.path === o.path && x.method === o.method);
    if (!t) {
      diffs.push({ where, what: `operation ${String(o.op.operationId)} not in the vendor document`, note: opNote });
      continue;
    }
    for (const key of ['operationId', 'deprecated'] as const) {
      const a = key === 'deprecated' ? o.op[key] === true : o.op[key];
      const b = key === 'deprecated' ? t.op[key] === true : t.op[key];
      if (a !== b) diffs.push({ where, what: `${key}: ours ${fmt(a)}, vendor ${fmt(b)}`, note: opNote });
    }
    const secA = o.op.security ?? ours.security ?? [];
    const secB = t.op.security ?? theirs.security ?? [];
    if (JSON.stringify(secA) !== JSON.stringify(secB)) diffs.push({ where, what: `effective security: ours ${fmt(secA)}, vendor ${fmt(secB)}`, note: opNote });

    const pa = params(ours, o);
    const pb = params(theirs, t);
    for (const key of new Set([...pa.keys(), ...pb.keys()])) {
      const a = pa.get(key);
      const b = pb.get(key);
      const pw = `${where} parameter ${key}`;
      if (!a) { diffs.push({ where: pw, what: 'only in vendor', note: opNote }); continue; }
      if (!b) { diffs.push({ where: pw, what: 'only in ours', note: a.note ?? opNote }); continue; }
      const sa = paramSummary(a.raw);
      const sb = paramSummary(b.raw);
      for (const k of Object.keys(sa)) if (sa[k] !== sb[k]) diffs.push({ where: pw, what: `${k}: ours ${fmt(sa[k])}, vendor ${fmt(sb[k])}`, note: a.note });
      compareShapes(shape(ours, a.raw.schema), shape(theirs, b.raw.schema), `${pw} #`, diffs, a.note);
    }

    const ra = o.op.requestBody;
    const rb = t.op.requestBody;
    if (ra || rb) {
      const rw = `${where} request`;
      if (!ra || !rb) diffs.push({ where: rw, what: `request body ours ${ra ? 'set' : '(none)'}, vendor ${rb ? 'set' : '(none)'}`, note: opNote });
      else {
        const note = noteOf(ra);
        const a = deref(ours, ra).node as Obj;
        const b = deref(theirs, rb).node as Obj;
        if ((a.required === true) !== (b.required === true)) diffs.push({ where: rw, what: `required: ours ${a.required === true}, vendor ${b.required === true}`, note: note ?? noteOf(a) });
        compareContent(a, ours, b, theirs, rw, diffs, note ?? noteOf(a));
      }
    }

    const resA = (o.op.responses as Obj | undefined) ?? {};
    const resB = (t.op.responses as Obj | undefined) ?? {};
    for (const status of new Set([...Object.keys(resA), ...Object.keys(resB)])) {
      const sw = `${where} response ${status}`;
      if (!(status in resA)) { diffs.push({ where: sw, what: 'status only in vendor', note: opNote }); continue; }
      if (!(status in resB)) { diffs.push({ where: sw, what: 'status only in ours', note: noteOf(resA[status]) ?? opNote }); continue; }
      const note = noteOf(resA[status]);
      const a = deref(ours, resA[status]).node as Obj;
      const b = deref(theirs, resB[status]).node as Obj;
      const ha = Object.keys((a.headers as Obj | undefined) ?? {}).map((h) => h.toLowerCase()).sort();
      const hb = Object.keys((b.headers as Obj | undefined) ?? {}).map((h) => h.toLowerCase()).sort();
      if (JSON.stringify(ha) !== JSON.stringify(hb)) diffs.push({ where: sw, what: `headers: ours ${fmt(ha)}, vendor ${fmt(hb)}`, note: note ?? noteOf(a) });
      compareContent(a, ours, b, theirs, sw, diffs, note ?? noteOf(a));
    }
  }
  return diffs;
}

function run(oursFile: string, theirsFile: string): number {
  const ours = JSON.parse(readFileSync(oursFile, 'utf8')) as Obj;
  const theirs = JSON.parse(readFileSync(theirsFile, 'utf8')) as Obj;
  const diffs = crosscheck(ours, theirs);
  const unexplained = diffs.filter((d) => !d.note).length;
  console.log(`${oursFile} vs ${basename(theirsFile)}: ${operations(ours).length} operations, ` +
    `${diffs.length} difference(s), ${unexplained} unexplained`);
  for (const d of diffs) {
    console.log(`  ${d.note ? 'explained  ' : 'UNEXPLAINED'} ${d.where}: ${d.what}`);
    if (d.note) console.log(`              note: ${d.note}`);
  }
  return unexplained;
}

function main(argv: string[]): void {
  let pairs: [string, string][];
  if (argv.length === 1 && argv[0] === '--all') {
    pairs = ['2.18', '2.19', '2.24'].map((v) => [`specs/runai-${v}.json`, `../shared/reference/runai-openapi/runai-${v}-full.json`]);
  } else if (argv.length === 2) {
    pairs = [[argv[0]!, argv[1]!]];
  } else {
    console.error('usage: crosscheck-runai.ts OUR_SPEC VENDOR_SPEC | --all');
    process.exit(64);
  }
  let bad = 0;
  for (const [a, b] of pairs) bad += run(a, b);
  process.exit(bad ? 1 : 0);
}

main(process.argv.slice(2));
