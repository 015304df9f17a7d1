import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import { formatTable } from '../../src/cli/table.js';

describe('printable', () => {
  it('shows terminal control characters from a server as escapes, keeping newlines and tabs', () => {
    expect(printable('\x1b[2J\x1b[31mANSI\x1b[0m \x07\x00\r\x9b ok\n\tnext')).toBe('\\x1b[2J\\x1b[31mANSI\\x1b[0m \\x07\\x00\\x0d\\x9b ok\n\tnext');
    expect(printable('naïve 名前 ✓')).toBe('naïve 名前 ✓');
  });

  it('applies to table cells, and the columns line up on the escaped text', () => {
    const table = formatTable(['a', 'b'], [['\x1b[31m', 'x']]);
    expect(table).not.toContain('\x1b');
    expect(table.split('\n')[2]).toBe('\\x1b[31m  x');
  });
});
