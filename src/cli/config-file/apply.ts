/**
 * Merges a config file's settings under the command line: a flag wins, then an environment variable,
 * then the file (so a CI job can still override one setting with a variable). Settings that stand
 * for an environment variable are written into the environment the run reads (quiet: CONFORMANCE_QUIET,
 * colour: FORCE_COLOR or NO_COLOR); the baseline becomes a flag. Paths are relative to the file's folder.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { findBuiltinSpec } from '../../spec/index.js';
import { FLAG_ENVIRONMENT, type RunFlags } from '../run/flags.js';
import type { ConfigFile, ConfigFileSettings } from './read.js';

type Env = Record<string, string | undefined>;

/** The flags and environment of a run with `file`'s settings filled in where neither gave one. */
export function applyConfigFile(flags: RunFlags, env: Env, file: ConfigFile | undefined): { flags: RunFlags; env: Env } {
  if (!file) return { flags, env };
  const dir = dirname(file.path);
  const settings = withPathsFrom(dir, file.settings);
  const outFlags: RunFlags = { ...flags };
  const outEnv: Env = { ...env };
  for (const [key, value] of Object.entries(settings) as Array<[keyof ConfigFileSettings, unknown]>) {
    if (value === undefined || (flags as Record<string, unknown>)[key] !== undefined) continue;
    if (key === 'quiet') {
      if (!env.CONFORMANCE_QUIET?.trim()) outEnv.CONFORMANCE_QUIET = String(value);
      continue;
    }
    if (key === 'color') {
      // The file's choice stands in for the variables that make it, when neither is set.
      if (env.NO_COLOR === undefined && env.FORCE_COLOR === undefined) outEnv[value ? 'FORCE_COLOR' : 'NO_COLOR'] = '1';
      continue;
    }
    const variable = FLAG_ENVIRONMENT.find((entry) => entry.key === key)?.env;
    if (variable === undefined) {
      (outFlags as Record<string, unknown>)[key] = value;
      continue;
    }
    if (env[variable]?.trim()) continue;
    outEnv[variable] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return { flags: outFlags, env: outEnv };
}

function withPathsFrom(dir: string, settings: ConfigFileSettings): ConfigFileSettings {
  const path = (value: string) => (isAbsolute(value) ? value : resolve(dir, value));
  const spec = (value: string) => (findBuiltinSpec(value) || /^https?:\/\//i.test(value) ? value : path(value));
  return {
    ...settings,
    ...(settings.spec !== undefined ? { spec: Array.isArray(settings.spec) ? settings.spec.map(spec) : spec(settings.spec) } : {}),
    ...(settings.reportDir !== undefined ? { reportDir: path(settings.reportDir) } : {}),
    ...(settings.baseline !== undefined ? { baseline: path(settings.baseline) } : {}),
  };
}
