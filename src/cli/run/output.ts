/**
 * How `run` talks to the terminal: `--quiet` (only the verdict and the failures) and colour.
 * Colour follows, in order: `--color` / `--no-color`, then `NO_COLOR` (any non-empty value turns it
 * off, https://no-color.org), then `FORCE_COLOR` (`0`/`false` off, anything else on), then whether
 * the output is a terminal. A config file's `color` stands in for these variables when neither is set.
 */
import pc from 'picocolors';
import type { RunFlags } from './flags.js';

type Env = Record<string, string | undefined>;

/** The terminal choices of one run. */
export interface OutputChoice {
  quiet: boolean;
  color: boolean;
}

/** `--quiet` or CONFORMANCE_QUIET (1/true/yes/on). */
export function quietOf(flags: RunFlags, env: Env): boolean {
  return flags.quiet ?? /^(1|true|yes|on)$/i.test(env.CONFORMANCE_QUIET?.trim() ?? '');
}

/** Whether to colour output written to `stream`. */
export function colorOf(flags: RunFlags, env: Env, stream: { isTTY?: boolean }): boolean {
  if (flags.color !== undefined) return flags.color;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR.trim());
  return stream.isTTY === true;
}

/**
 * Colours the summary's verdict line, section titles and spec verdicts. Applied after the text was
 * made printable (server text cannot carry escape codes), and only to lines the summary itself words.
 */
export function colourSummary(text: string, enabled: boolean): string {
  if (!enabled) return text;
  const c = pc.createColors(true);
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('Verdict: PASS')) return c.bold(c.green(line));
      if (line.startsWith('Verdict: FAIL')) return c.bold(c.red(line));
      if (line.startsWith('Verdict: NO VERDICT')) return c.bold(c.yellow(line));
      if (/^(New )?MUST failures/.test(line)) return c.bold(c.red(line));
      if (line.startsWith('Warnings (')) return c.bold(c.yellow(line));
      if (line.startsWith('Suite errors')) return c.bold(c.magenta(line));
      const verdict = /^(\S+(?: {2,}\d+){6} {2,})(FAIL|PASS.*|INCOMPLETE|ERRORS|NO VERDICT)$/.exec(line);
      if (verdict) return verdict[1] + (verdict[2]!.startsWith('PASS') ? c.green : verdict[2] === 'FAIL' ? c.red : c.yellow)(verdict[2]!);
      return line;
    })
    .join('\n');
}
