import { expect, test } from 'vitest';
test('their own unit test', () => expect(1 + 1).toBe(2));
