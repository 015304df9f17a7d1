/**
 * Text from a server (an error message, a body quoted by JSON.parse, a resource name) made safe to
 * print on a terminal: control characters, which could clear the screen, recolour the output or
 * (a carriage return) overwrite a line, are shown as `\xNN` escapes. Newlines and tabs are kept.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
