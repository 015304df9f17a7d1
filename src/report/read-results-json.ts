import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import { resultsJsonSchema } from './results-schema.js';
import type { ResultsJson } from './types.js';
import { runVerdict } from './verdict.js';

/** A results.json that cannot be read or is not one. Its message names the file and the problem. */
export class ResultsFileError extends Error {
  override readonly name = 'ResultsFileError';
}

const MAX_LISTED_PROBLEMS = 5;

let validate: ReturnType<Ajv['compile']> | undefined;

function validator(): ReturnType<Ajv['compile']> {
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(resultsJsonSchema);
  return validate;
}

/**
 * Reads and validates a results.json written by this tool (possibly by a run that was killed, or by
 * an older version: see {@link withVerdictReasons}).
 * Throws {@link ResultsFileError} with a one-paragraph message when the file is missing, is not
 * JSON, or does not have the shape of results.json.
 */
export async function readResultsJson(path: string): Promise<ResultsJson> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ResultsFileError(`cannot read ${path}: ${why}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = text.trim() === '' ? 'the file is empty' : (error as Error).message;
    throw new ResultsFileError(`${path} is not valid JSON: ${why}`);
  }
  const validateResults = validator();
  if (!validateResults(data)) {
    throw new ResultsFileError(`${path} is not a users-conformance results.json: ${describeProblems(validateResults.errors ?? [])}`);
  }
  return withVerdictReasons(data as ResultsJson);
}

/**
 * Files written before verdicts carried reasons have no `verdictReasons` (and may say `incomplete`,
 * which is now `no-verdict`): both are computed from the checks, as a current version writes them.
 */
function withVerdictReasons(results: ResultsJson): ResultsJson {
  if (Array.isArray((results as Partial<ResultsJson>).verdictReasons)) return results;
  const { verdict, reasons } = runVerdict(results);
  return { ...results, verdict, verdictReasons: reasons };
}

function describeProblems(errors: ErrorObject[]): string {
  // Wrong values first (they tell most about what the file is), then missing properties, one line per place.
  const missing = new Map<string, string[]>();
  const wrong: string[] = [];
  for (const error of errors) {
    if (error.keyword === 'required') {
      const at = missing.get(error.instancePath) ?? [];
      at.push(String((error.params as { missingProperty: string }).missingProperty));
      missing.set(error.instancePath, at);
    } else {
      wrong.push(describeProblem(error));
    }
  }
  const missingLines = [...missing].map(([at, names]) => `${where(at)}: missing ${names.length === 1 ? 'property' : 'properties'} ${names.map((n) => `'${n}'`).join(', ')}`);
  const problems = [...wrong, ...missingLines];
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return listed.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '');
}

function where(instancePath: string): string {
  return instancePath === '' ? 'top level' : instancePath;
}

function describeProblem(error: ErrorObject): string {
  const params = error.params as { allowedValues?: unknown[]; allowedValue?: unknown };
  const allowed = params.allowedValues ?? (params.allowedValue === undefined ? undefined : [params.allowedValue]);
  const suffix = allowed ? ` (${allowed.map((value) => JSON.stringify(value)).join(', ')})` : '';
  return `${where(error.instancePath)}: ${error.message ?? 'is invalid'}${suffix}`;
}
