/** What a user reads when a spec cannot be loaded: the cause in words, never the library's guess. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecLoadError } from '../../src/spec/index.js';

const dir = mkdtempSync(join(tmpdir(), 'spec-errors-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function loadError(source: string): Promise<SpecLoadError> {
  const error = await loadSpec(source).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecLoadError);
  return error as SpecLoadError;
}

describe('documents that are not a JSON/YAML object', () => {
  it.each([
    ['empty.json', ''],
    ['blank.yaml', '\n  \n'],
    ['null.json', 'null\n'],
    ['string.json', '"str"'],
    ['string.yaml', 'just words\n'],
    ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01])],
    ['binary.dat', Buffer.from([0x00, 0x01, 0xc3, 0x28, 0xff])],
  ])('%s', async (name, content) => {
    const path = file(name, content);
    expect((await loadError(path)).describe()).toBe(`${path}: empty, or not a JSON/YAML object`);
  });
});

describe('JSON syntax errors in a .json file', () => {
  it("report JSON's own message with line:column", async () => {
    const path = file('comma.json', '{\n  "openapi": "3.0.3",\n  "info": { "title": "t" }\n  "paths": {}\n}\n');
    expect((await loadError(path)).describe()).toBe(`${path} (line 4:3): Expected ',' or '}' after property value`);
  });

  it('place an error at the end of a one-line file on that line, not on the line after it', async () => {
    const open = file('open.json', '{"openapi": "3.0.3"\n');
    expect((await loadError(open)).describe()).toBe(`${open} (line 1:20): Expected ',' or '}' after property value`);
    const cut = file('cut.json', '{"openapi": \n');
    expect((await loadError(cut)).location).toBe('line 1:12');
  });

  it('accept a byte order mark', async () => {
    const path = file('bom.json', '\uFEFF{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}');
    expect((await loadSpec(path)).operations).toHaveLength(1);
  });
});

describe('a source that does not exist', () => {
  it('a word names the built-in ids', async () => {
    expect((await loadError('nosuchid')).describe()).toBe('nosuchid: not a built-in id (runai-2.18, runai-2.19, runai-2.24, lenses-hq, scim-2.0) and no such file');
  });

  it('a path says there is no such file', async () => {
    const path = join(dir, 'nope.yaml');
    expect((await loadError(path)).describe()).toBe(`${path}: no such file`);
  });
});

it('a directory says so', async () => {
  expect((await loadError(dir)).describe()).toBe(`${dir}: is a directory, not a file`);
});
