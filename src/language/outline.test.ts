import { describe, expect, it } from 'vitest';
import { outline } from './outline';

describe('outline', () => {
  it('lists statements by Sid or position, with effect and actions', () => {
    const text = JSON.stringify(
      {
        Version: '5.0',
        Statement: [
          { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get'] },
          { Effect: 'Deny', NotAction: 'ecs:*' },
          { Sid: '', Effect: 'Allow' },
        ],
      },
      null,
      2,
    );
    const entries = outline(text);
    expect(entries.map((e) => [e.label, e.detail])).toEqual([
      ['ReadImages', 'Allow · ims:images:list, +1 more'],
      ['Statement 2', 'Deny · not ecs:*'],
      ['Statement 3', 'Allow · no actions'],
    ]);
    const first = entries[0]?.selection ?? { offset: 0, length: 0 };
    expect(text.slice(first.offset, first.offset + first.length)).toBe('ReadImages');
    const second = entries[1];
    expect(
      text.slice(second?.span.offset, (second?.span.offset ?? 0) + (second?.span.length ?? 0)),
    ).toMatch(/^\{[\s\S]*"NotAction": "ecs:\*"\s*\}$/);
    expect(second?.selection).toEqual({ offset: second?.span.offset, length: 1 });
  });

  it('reads a single statement object and survives broken text', () => {
    expect(outline('{"Statement":{"Effect":"Allow","Action":"*"}}').map((e) => e.label)).toEqual([
      'Statement 1',
    ]);
    expect(outline('{"Statement":[{"Sid":"A","Effect":"Al').map((e) => e.label)).toEqual(['A']);
    expect(outline('not json')).toEqual([]);
  });
});
