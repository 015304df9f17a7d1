/**
 * POSIX shell quoting that people can read: a word of safe characters stays bare, anything else goes
 * in single quotes (a quote inside as `'\''`), the rule of Python's `shlex.quote`. shell-quote, used
 * before, backslash-escapes instead (`http\://host\:8080/…`): valid, but not what anyone pastes.
 */
const SAFE = /^[\w@%+=:,./-]+$/;

export function shellQuote(text: string): string {
  if (text === '') return "''";
  return SAFE.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
