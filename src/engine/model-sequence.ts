/** How fast-check names a command sequence, read back into the commands a report lists. */

/**
 * fast-check prints a command sequence as `a,b(#0) /*replayPath="…"*\/`, listing only the commands
 * that ran; parsing that text keeps exactly its notion of the shrunk sequence.
 */
export function describeSequence(sequence: unknown): { commands: string[]; replayPath?: string } {
  const text = String(sequence ?? '');
  const match = /\s*\/\*replayPath="([^"]*)"\*\/\s*$/.exec(text);
  const body = match ? text.slice(0, match.index) : text;
  return { commands: body === '' ? [] : splitTopLevel(body), ...(match ? { replayPath: match[1] } : {}) };
}

/** Splits on the commas between commands: not those inside brackets or a JSON string (`patch(user 0, {"a":"x,y"})`). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
