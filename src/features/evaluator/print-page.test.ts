import { describe, expect, it } from 'vitest';
import { PRINT_SCRIPT, PRINT_SCRIPT_HASH } from './print-page';

describe('print frame', () => {
  it("admits its script by the script's own hash", async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(PRINT_SCRIPT));
    expect(PRINT_SCRIPT_HASH).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
  });
});
