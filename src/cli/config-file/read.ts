/**
 * Reads `users-conformance.config.json`: the settings of `run` in one reviewed file. Found in the
 * current directory, or given with `--config FILE` (`CONFORMANCE_CONFIG`). Validated against the JSON
 * Schema shipped in `schemas/config.schema.json` (with ajv). A secret is refused by name before the
 * schema is consulted: config files are committed, so tokens and passwords come from the environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { packageRoot } from '../../meta/package.js';
import { UsageError } from '../usage-error.js';

/** The file `run` looks for in the current directory. */
export const CONFIG_FILE_NAME = 'users-conformance.config.json';

/** The settings a config file may hold (see the schema for their meaning). */
export interface ConfigFileSettings {
  target?: string;
  spec?: string | string[];
  clientId?: string;
  username?: string;
  only?: string[];
  operation?: string[];
  skipOperation?: string[];
  maxFailures?: number;
  runs?: number;
  seed?: number;
  timeoutMs?: number;
  concurrency?: number;
  reportDir?: string;
  readOnly?: boolean;
  rateLimit?: number;
  baseline?: string;
  quiet?: boolean;
  color?: boolean;
}

/** A config file that was read: its absolute path and settings. */
export interface ConfigFile {
  path: string;
  settings: ConfigFileSettings;
}

/** A bad config file: the CLI prints the message on one line and exits 2. */
export class ConfigFileError extends UsageError {}

/** Where each secret the file must not hold comes from instead. */
const SECRET_FIELDS: Readonly<Record<string, string>> = {
  token: 'TARGET_TOKEN', adminToken: 'TARGET_TOKEN', viewerToken: 'TARGET_VIEWER_TOKEN', clientSecret: 'TARGET_CLIENT_SECRET',
  password: 'TARGET_PASSWORD', header: 'TARGET_HEADERS', headers: 'TARGET_HEADERS',
};
const SECRET_LIKE = /token|secret|password|passwd|credential|api[-_]?key|header/i;

let validate: ReturnType<Ajv['compile']> | undefined;

let settingNames: string[] = [];

function validator(): ReturnType<Ajv['compile']> {
  if (validate) return validate;
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', 'config.schema.json'), 'utf8')) as { properties: object };
  settingNames = Object.keys(schema.properties).filter((name) => !name.startsWith('$'));
  validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  return validate;
}

/**
 * The config file to use: `explicit` (from `--config` or `CONFORMANCE_CONFIG`, which must exist),
 * else `users-conformance.config.json` in `cwd` if there is one, else none.
 */
export function findConfigFile(explicit: string | undefined, cwd: string): string | undefined {
  if (explicit !== undefined && explicit.trim() !== '') {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigFileError(`config file ${path}: no such file (see \`users-conformance init\`)`);
    return path;
  }
  const found = join(cwd, CONFIG_FILE_NAME);
  return existsSync(found) ? found : undefined;
}

/** Reads and validates a config file; every problem is a {@link ConfigFileError} naming the file. */
export function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigFileError(`config file ${path}: cannot read it (${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`config file ${path} is not valid JSON: ${text.trim() === '' ? 'the file is empty' : (error as Error).message}`);
  }
  return { path, settings: checkConfig(path, data) };
}

/** The settings of a parsed config file, or a {@link ConfigFileError}: a secret, or not valid against the schema. */
export function checkConfig(path: string, data: unknown): ConfigFileSettings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigFileError(`config file ${path}: must hold a JSON object of settings`);
  refuseSecrets(path, Object.keys(data));
  const check = validator();
  if (!check(data)) throw new ConfigFileError(`config file ${path}: ${describe(check.errors ?? [])} (schema: schemas/config.schema.json)`);
  const { $schema: _schema, $comment: _comment, ...settings } = data as ConfigFileSettings & { $schema?: unknown; $comment?: unknown };
  return settings;
}

function refuseSecrets(path: string, keys: string[]): void {
  const secret = keys.find((key) => Object.hasOwn(SECRET_FIELDS, key) || SECRET_LIKE.test(key));
  if (secret === undefined) return;
  const from = Object.hasOwn(SECRET_FIELDS, secret) ? SECRET_FIELDS[secret] : undefined;
  // The value is never echoed: it may be a real secret.
  throw new ConfigFileError(
    `config file ${path}: "${secret}" looks like a secret, and secrets are never read from a config file (it is committed and reviewed); ${from ? `set ${from} in the environment instead` : 'pass it through the environment (see `users-conformance run --help`)'}`,
  );
}

/** One line for ajv's errors: an `anyOf` speaks for the errors of its branches. */
function describe(errors: readonly ErrorObject[]): string {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath);
  const seen = new Set<string>();
  for (const error of errors) {
    const where = `"${error.instancePath.slice(1).replace(/\//g, '.')}"`;
    if (error.keyword === 'additionalProperties') {
      seen.add(`unknown setting "${(error.params as { additionalProperty: string }).additionalProperty}" (known: ${settingNames.join(', ')})`);
    } else if (error.keyword === 'anyOf') {
      seen.add(`${where} must be ${error.instancePath === '/spec' ? 'a spec id or path, or a list of them' : 'a string or a list of strings'}`);
    } else if (!alternatives.some((path) => error.instancePath === path || error.instancePath.startsWith(`${path}/`))) {
      seen.add(`${where} ${error.message ?? 'is invalid'}`);
    }
  }
  return [...seen].slice(0, 5).join('; ');
}
