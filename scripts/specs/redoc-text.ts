/**
 * Developer tool (used by check-redoc-seed.ts and tests/specs): reads the rendered Redoc text of an
 * API reference page (seed 001 is the Run:ai 2.18 Users tag page, copied as text) into operations,
 * and compares them with an OpenAPI document: summary, description, deprecated, security, every
 * parameter (location, required, type, format, enum, description, example), the request body
 * (required, description, field names, which fields are required, their types, formats, enums and
 * descriptions), the documented status codes with their descriptions, and the samples.
 *
 * What the text says wins over the document (DECISIONS "Where a MUST may come from"), so every
 * difference is a place where the document has to follow the text or explain why it cannot.
 * Samples are compared leniently: Redoc collapses non-empty arrays and objects (`[ ]`, `{ }`), so a
 * collapsed value in the text matches any array or object in the document.
 */

type Obj = Record<string, unknown>;

export interface TextField {
  name: string;
  required: boolean;
  /** `string`, `boolean`, `integer`, `array`, … */
  type: string;
  nullable: boolean;
  format?: string;
  /** For arrays: the item type and format. */
  itemType?: string;
  itemFormat?: string;
  /** The name Redoc shows in parentheses: the referenced schema (`(Role)`, `(TenantId)`). */
  named?: string;
  enum?: string[];
  itemsEnum?: string[];
  example?: string;
  description?: string;
}

export interface TextOperation {
  method: string;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  security: string[];
  parameters: (TextField & { in: string })[];
  body?: { required: boolean; description?: string; fields: TextField[] };
  responses: { status: string; description: string }[];
  requestSample?: unknown;
  responseSample?: unknown;
}

const MARKER = /^(get|put|post|delete|patch|head|options|trace)(\/\S*)$/;
const TYPE_LINE = /^(Array of (\w+)|(string|boolean|integer|number|object))( or null)?(?: <([^>]+)>)?(?: \(([\w]+)\))?$/;
const FIELD_NAME = /^[A-Za-z_][\w-]*$/;

/** Splits the page into operations (each ends at its `method/path` line; samples follow it). */
export function parseRedocText(text: string): TextOperation[] {
  const lines = text.split(/\r?\n/);
  const securityAt = lines.flatMap((line, i) => (line.startsWith('Security') ? [i] : []));
  const ops: TextOperation[] = [];
  for (let k = 0; k < securityAt.length; k++) {
    const at = securityAt[k]!;
    const markerAt = lines.findIndex((line, i) => i > at && MARKER.test(line));
    if (markerAt < 0) throw new Error(`no method/path line after line ${at + 1}`);
    const nextSecurity = securityAt[k + 1] ?? lines.length;
    const heading = headingBefore(lines, at);
    const marker = MARKER.exec(lines[markerAt]!)!;
    const op: TextOperation = {
      method: marker[1]!,
      path: marker[2]!,
      summary: heading.summary,
      ...(heading.description !== undefined ? { description: heading.description } : {}),
      deprecated: heading.deprecated,
      security: lines[at]!.slice('Security'.length).split(/\s+/).filter(Boolean),
      parameters: [],
      responses: [],
    };
    parseRequestAndResponses(lines.slice(at + 1, markerAt), op);
    const samplesEnd = k + 1 < securityAt.length ? headingStart(lines, nextSecurity) : lines.length;
    parseSamples(lines.slice(markerAt + 1, samplesEnd), op);
    ops.push(op);
  }
  return ops;
}

/** The summary (and description) lines just above `Security…`: plain text, not sample JSON. */
function headingBefore(lines: string[], securityAt: number): { summary: string; description?: string; deprecated: boolean } {
  const start = headingStart(lines, securityAt);
  const texts = lines.slice(start, securityAt).filter((l) => l.trim() !== '');
  let summary = texts[0] ?? '';
  const deprecated = summary.endsWith('Deprecated');
  if (deprecated) summary = summary.slice(0, -'Deprecated'.length);
  const description = texts.slice(1).join('\n') || undefined;
  return { summary, ...(description !== undefined ? { description } : {}), deprecated };
}

function headingStart(lines: string[], securityAt: number): number {
  let i = securityAt - 1;
  while (i > 0) {
    const line = lines[i]!;
    const sample = /^[\s{}[\]•]/.test(line) || /^(application\/json|Response samples|Request samples)$/.test(line) || MARKER.test(line);
    if (sample) break;
    i--;
  }
  // Line 0 is the page title (the tag name).
  return i + 1;
}

function parseRequestAndResponses(block: string[], op: TextOperation): void {
  const lines = block.map((l) => l.trim()).filter((l) => l !== '' && l !== 'Request');
  let section: 'none' | 'params' | 'body' | 'responses' = 'none';
  let location = '';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const params = /^(path|query|header|cookie) Parameters$/.exec(line);
    if (params) {
      section = 'params';
      location = params[1]!;
      i++;
      continue;
    }
    if (line.startsWith('Request Body schema:')) {
      section = 'body';
      i++;
      const required = lines[i] === 'required';
      if (required) i++;
      const description: string[] = [];
      while (i < lines.length && !isFieldStart(lines, i) && lines[i] !== 'Responses') description.push(lines[i++]!);
      op.body = { required, ...(description.length ? { description: description.join('\n') } : {}), fields: [] };
      continue;
    }
    if (line === 'Responses') {
      section = 'responses';
      i++;
      continue;
    }
    if (section === 'responses') {
      if (/^\d{3}$|^default$/.test(line)) {
        const description: string[] = [];
        i++;
        while (i < lines.length && !/^\d{3}$|^default$/.test(lines[i]!)) description.push(lines[i++]!);
        op.responses.push({ status: line, description: description.join('\n') });
        continue;
      }
      throw new Error(`${op.method} ${op.path}: unexpected line in Responses: ${line}`);
    }
    if ((section === 'params' || section === 'body') && isFieldStart(lines, i)) {
      const { field, next } = parseField(lines, i);
      if (section === 'params') op.parameters.push({ ...field, in: location });
      else op.body!.fields.push(field);
      i = next;
      continue;
    }
    throw new Error(`${op.method} ${op.path}: cannot read line "${line}"`);
  }
}

function isFieldStart(lines: string[], i: number): boolean {
  if (!FIELD_NAME.test(lines[i] ?? '')) return false;
  const typeLine = lines[i + 1] === 'required' ? lines[i + 2] : lines[i + 1];
  return TYPE_LINE.test(typeLine ?? '');
}

function parseField(lines: string[], start: number): { field: TextField; next: number } {
  let i = start;
  const name = lines[i++]!;
  const required = lines[i] === 'required';
  if (required) i++;
  const t = TYPE_LINE.exec(lines[i++]!)!;
  const isArray = t[2] !== undefined;
  const field: TextField = {
    name,
    required,
    type: isArray ? 'array' : t[3]!,
    nullable: t[4] !== undefined,
    ...(isArray ? { itemType: singular(t[2]!) } : {}),
    ...(t[5] !== undefined ? (isArray ? { itemFormat: t[5] } : { format: t[5] }) : {}),
    ...(t[6] !== undefined ? { named: t[6] } : {}),
  };
  const description: string[] = [];
  while (i < lines.length && !isFieldStart(lines, i) && lines[i] !== 'Responses' && !/ Parameters$/.test(lines[i]!) && !lines[i]!.startsWith('Request Body schema:')) {
    const line = lines[i++]!;
    const items = /^Items Enum: (.*)$/.exec(line);
    const plain = /^Enum: (.*)$/.exec(line);
    const example = /^Example: (.*)$/.exec(line);
    if (items) field.itemsEnum = quoted(items[1]!);
    else if (plain) field.enum = quoted(plain[1]!);
    else if (example) field.example = example[1]!;
    else description.push(line);
  }
  if (description.length) field.description = description.join('\n');
  return { field, next: i };
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function quoted(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
}

/** `Request samples` / `Response samples`, each `application/json` then Redoc's bulleted JSON. */
function parseSamples(block: string[], op: TextOperation): void {
  let i = 0;
  while (i < block.length) {
    const kind = block[i]!.trim();
    if (kind !== 'Request samples' && kind !== 'Response samples') {
      i++;
      continue;
    }
    i++;
    if (block[i]?.trim() === 'application/json') i++;
    const json: string[] = [];
    while (i < block.length && !/^(Request|Response) samples$/.test(block[i]!.trim())) json.push(block[i++]!);
    const text = json.join('\n').replace(/•\s*/g, '').trim();
    const value = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (kind === 'Request samples') op.requestSample = value;
    else op.responseSample = value;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison with an OpenAPI document

export interface TextDiff {
  where: string;
  what: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deref(doc: Obj, node: unknown): { node: unknown; name?: string } {
  let cur = node;
  let name: string | undefined;
  for (let hops = 0; isObj(cur) && typeof cur.$ref === 'string' && hops < 32; hops++) {
    const ref = cur.$ref;
    name = ref.split('/').pop();
    let t: unknown = doc;
    for (const part of ref.slice(2).split('/')) t = isObj(t) ? t[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    cur = t;
  }
  return { node: cur, ...(name !== undefined ? { name } : {}) };
}

/** A schema with its refs followed and allOf merged: what Redoc renders as one object. */
interface View {
  schema: Obj;
  name?: string;
  properties: Record<string, unknown>;
  required: string[];
}

function view(doc: Obj, schema: unknown): View {
  const { node, name } = deref(doc, schema);
  const s = isObj(node) ? node : {};
  const out: View = { schema: s, ...(name !== undefined ? { name } : {}), properties: {}, required: [] };
  for (const part of [s, ...(Array.isArray(s.allOf) ? s.allOf : [])]) {
    const p = part === s ? s : view(doc, part);
    const props = part === s ? (isObj(s.properties) ? s.properties : {}) : (p as View).properties;
    const req = part === s ? (Array.isArray(s.required) ? (s.required as string[]) : []) : (p as View).required;
    for (const [k, v] of Object.entries(props)) if (!(k in out.properties)) out.properties[k] = v;
    out.required.push(...req.filter((r) => !out.required.includes(r)));
  }
  return out;
}

function fieldDiffs(doc: Obj, field: TextField, schema: unknown, where: string, diffs: TextDiff[], ownDescription?: string): void {
  const { node, name } = deref(doc, schema);
  const s = isObj(node) ? node : {};
  const push = (what: string) => diffs.push({ where: `${where} ${field.name}`, what });
  const type = typeof s.type === 'string' ? s.type : undefined;
  if (type !== field.type) push(`type: text ${field.type}, document ${String(type)}`);
  if ((s.nullable === true) !== field.nullable) push(`nullable: text ${field.nullable}, document ${s.nullable === true}`);
  if (field.type === 'array') {
    const items = deref(doc, s.items);
    const it = isObj(items.node) ? items.node : {};
    if (it.type !== field.itemType) push(`item type: text ${String(field.itemType)}, document ${String(it.type)}`);
    if (it.format !== field.itemFormat) push(`item format: text ${String(field.itemFormat)}, document ${String(it.format)}`);
    const named = items.name;
    if (named !== field.named) push(`item schema name: text ${String(field.named)}, document ${String(named)}`);
    const e = Array.isArray(it.enum) ? it.enum.map(String) : undefined;
    if (JSON.stringify(e) !== JSON.stringify(field.itemsEnum)) push(`items enum: text ${JSON.stringify(field.itemsEnum)}, document ${JSON.stringify(e)}`);
  } else {
    if (s.format !== field.format) push(`format: text ${String(field.format)}, document ${String(s.format)}`);
    if (name !== field.named) push(`schema name: text ${String(field.named)}, document ${String(name)}`);
    const e = Array.isArray(s.enum) ? s.enum.map(String) : undefined;
    if (JSON.stringify(e) !== JSON.stringify(field.enum)) push(`enum: text ${JSON.stringify(field.enum)}, document ${JSON.stringify(e)}`);
  }
  const description = ownDescription ?? (typeof s.description === 'string' ? s.description.trim() : undefined);
  if (description !== field.description) push(`description: text ${JSON.stringify(field.description)}, document ${JSON.stringify(description)}`);
}

/** Text sample vs document example: collapsed arrays and objects in the text match any content. */
function sampleDiffs(text: unknown, doc: unknown, where: string, diffs: TextDiff[]): void {
  if (Array.isArray(text)) {
    if (!Array.isArray(doc)) { diffs.push({ where, what: `text has an array, document ${JSON.stringify(doc)}` }); return; }
    if (text.length === 0) return;
    if (text.length === 1 && isObj(text[0]) && Object.keys(text[0]).length === 0) return;
    if (text.length !== doc.length) { diffs.push({ where, what: `text has ${text.length} items, document ${doc.length}` }); return; }
    text.forEach((t, i) => sampleDiffs(t, doc[i], `${where}/${i}`, diffs));
    return;
  }
  if (isObj(text)) {
    if (!isObj(doc)) { diffs.push({ where, what: `text has an object, document ${JSON.stringify(doc)}` }); return; }
    if (Object.keys(text).length === 0) return;
    const a = Object.keys(text);
    const b = Object.keys(doc);
    if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push({ where, what: `keys: text ${JSON.stringify(a)}, document ${JSON.stringify(b)}` });
    for (const k of a) if (k in doc) sampleDiffs(text[k], doc[k], `${where}/${k}`, diffs);
    return;
  }
  if (text !== doc) diffs.push({ where, what: `text ${JSON.stringify(text)}, document ${JSON.stringify(doc)}` });
}

/**
 * The document's counterpart of the text's response sample: the success example; none (nothing to
 * compare) when the success response has content without an example, since Redoc then draws a sample
 * from the schema; the first error example when no success response has content (FACTS A4).
 */
function successExample(doc: Obj, op: Obj): { example?: unknown; compare: boolean } {
  const responses = Object.entries(isObj(op.responses) ? op.responses : {}).map(([status, raw]) => {
    const res = deref(doc, raw).node;
    const media = isObj(res) && isObj(res.content) ? (res.content as Obj)['application/json'] : undefined;
    return { status, media: isObj(media) ? media : undefined };
  });
  const success = responses.find((r) => r.status.startsWith('2') && r.media);
  if (success) return 'example' in success.media! ? { example: success.media!.example, compare: true } : { compare: false };
  const error = responses.find((r) => r.media && 'example' in r.media);
  return error ? { example: error.media!.example, compare: true } : { compare: false };
}

/** Every place the document says something else than the text, per operation of the text. */
export function compareWithDocument(ops: TextOperation[], doc: Obj): TextDiff[] {
  const diffs: TextDiff[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  for (const t of ops) {
    const where = `${t.method.toUpperCase()} ${t.path}`;
    const item = deref(doc, paths[t.path]).node;
    const op = isObj(item) ? item[t.method] : undefined;
    if (!isObj(item) || !isObj(op)) {
      diffs.push({ where, what: 'operation missing from the document' });
      continue;
    }
    const push = (what: string, at = where) => diffs.push({ where: at, what });
    if ((op.summary ?? undefined) !== t.summary) push(`summary: text ${JSON.stringify(t.summary)}, document ${JSON.stringify(op.summary)}`);
    if ((op.description ?? undefined) !== t.description) push(`description: text ${JSON.stringify(t.description)}, document ${JSON.stringify(op.description)}`);
    if ((op.deprecated === true) !== t.deprecated) push(`deprecated: text ${t.deprecated}, document ${op.deprecated === true}`);
    const security = ((op.security ?? doc.security ?? []) as Obj[]).flatMap((r) => Object.keys(r));
    if (JSON.stringify(security) !== JSON.stringify(t.security)) push(`security: text ${JSON.stringify(t.security)}, document ${JSON.stringify(security)}`);

    // Parameters, in order.
    const docParams = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])].map((p) => deref(doc, p).node as Obj);
    const key = (p: { in?: unknown; name?: unknown }) => `${String(p.in)} ${String(p.name)}`;
    if (JSON.stringify(docParams.map(key)) !== JSON.stringify(t.parameters.map(key))) {
      push(`parameters: text ${JSON.stringify(t.parameters.map(key))}, document ${JSON.stringify(docParams.map(key))}`);
    }
    for (const p of t.parameters) {
      const d = docParams.find((x) => key(x) === key(p));
      if (!d) continue;
      const at = `${where} parameter`;
      if ((d.required === true) !== p.required) push(`${p.name} required: text ${p.required}, document ${d.required === true}`, at);
      // Redoc shows a parameter's own description, else its schema's.
      fieldDiffs(doc, p, d.schema, at, diffs, typeof d.description === 'string' ? d.description : undefined);
      const example = d.example === undefined ? undefined
        : p.in === 'query' ? `${p.name}=${Array.isArray(d.example) ? d.example.join(',') : String(d.example)}` : String(d.example);
      if (example !== p.example) push(`${p.name} example: text ${JSON.stringify(p.example)}, document ${JSON.stringify(example)}`, at);
    }

    // Request body.
    const body = op.requestBody === undefined ? undefined : (deref(doc, op.requestBody).node as Obj);
    if (!!body !== !!t.body) push(`request body: text ${t.body ? 'present' : 'none'}, document ${body ? 'present' : 'none'}`);
    if (body && t.body) {
      const at = `${where} request body`;
      if ((body.required === true) !== t.body.required) push(`required: text ${t.body.required}, document ${body.required === true}`, at);
      if ((body.description ?? undefined) !== t.body.description) push(`description: text ${JSON.stringify(t.body.description)}, document ${JSON.stringify(body.description)}`, at);
      const media = (body.content as Obj | undefined)?.['application/json'] as Obj | undefined;
      const v = view(doc, media?.schema);
      const names = t.body.fields.map((f) => f.name);
      if (JSON.stringify(Object.keys(v.properties)) !== JSON.stringify(names)) push(`fields: text ${JSON.stringify(names)}, document ${JSON.stringify(Object.keys(v.properties))}`, at);
      const textRequired = t.body.fields.filter((f) => f.required).map((f) => f.name).sort();
      const docRequired = [...v.required].sort();
      if (JSON.stringify(textRequired) !== JSON.stringify(docRequired)) push(`required fields: text ${JSON.stringify(textRequired)}, document ${JSON.stringify(docRequired)}`, at);
      for (const f of t.body.fields) if (f.name in v.properties) fieldDiffs(doc, f, v.properties[f.name], at, diffs);
      if (t.requestSample !== undefined) sampleDiffs(t.requestSample, media?.example, `${at} sample`, diffs);
    }

    // Responses.
    const responses = isObj(op.responses) ? op.responses : {};
    const statuses = Object.keys(responses);
    const textStatuses = t.responses.map((r) => r.status);
    if (JSON.stringify(statuses) !== JSON.stringify(textStatuses)) push(`status codes: text ${JSON.stringify(textStatuses)}, document ${JSON.stringify(statuses)}`);
    for (const r of t.responses) {
      const res = deref(doc, responses[r.status]).node;
      const description = isObj(res) ? res.description : undefined;
      if (isObj(res) && description !== r.description) push(`response ${r.status} description: text ${JSON.stringify(r.description)}, document ${JSON.stringify(description)}`);
    }
    const sample = successExample(doc, op);
    if (t.responseSample !== undefined && sample.compare) sampleDiffs(t.responseSample, sample.example, `${where} response sample`, diffs);
  }
  // Operations of the document's seed tags that the text does not show.
  const shown = new Set(ops.map((o) => `${o.method} ${o.path}`));
  for (const [path, raw] of Object.entries(paths)) {
    const item = deref(doc, raw).node;
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (isObj(op) && op['x-conformance-auxiliary'] === undefined && !shown.has(`${method} ${path}`)) {
        diffs.push({ where: `${method.toUpperCase()} ${path}`, what: 'operation not on the page' });
      }
    }
  }
  return diffs;
}
