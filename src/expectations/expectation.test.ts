import { describe, expect, it } from 'vitest';
import { MAX_EXPECTATIONS, readExpectation, readExpectations } from './expectation';

const denyDelete = { target: { kind: 'action', action: 'ims:images:delete' }, expect: 'denied' };

describe('reading untrusted expectations', () => {
  it('refuses expectations with unknown access levels or outcomes', () => {
    expect(
      readExpectation(
        { target: { kind: 'service', service: 'ims', accessLevel: 'admin' }, expect: 'allowed' },
        'x',
      ),
    ).toEqual({ problem: 'names no API, action or service it is about' });
    expect(
      readExpectation({ target: { kind: 'action', action: 'a:b:c' }, expect: 'maybe' }, 'x'),
    ).toEqual({
      problem: 'must expect `allowed` or `denied`',
    });
    expect(
      readExpectation({ target: { kind: 'action', action: 'a:b:c' }, expect: 'denied' }, 'x'),
    ).toEqual({
      expectation: { id: 'x', target: { kind: 'action', action: 'a:b:c' }, expect: 'denied' },
    });
  });

  it('keeps only the fields it knows, whatever else the JSON carries', () => {
    const hostile: unknown = JSON.parse(
      '{"id":"e1","target":{"kind":"action","action":"ims:images:delete","__proto__":{"x":1}},' +
        '"expect":"denied","extra":1}',
    );
    const read = readExpectation(hostile, 'x');
    expect(read).toEqual({ expectation: { id: 'e1', ...denyDelete } });
    expect(Object.getPrototypeOf('expectation' in read && read.expectation.target)).toBe(
      Object.prototype,
    );
  });

  it('keeps the readable ones of a list, names the others and caps the count', () => {
    const read = readExpectations([denyDelete, 'nope'], 'd');
    expect(read.expectations).toEqual([{ id: 'd-1', ...denyDelete }]);
    expect(read.problems).toEqual(['expectation 2 is not an object']);
    const many = readExpectations(Array(MAX_EXPECTATIONS + 1).fill(denyDelete), 'd');
    expect(many.expectations).toHaveLength(MAX_EXPECTATIONS);
    expect(many.problems).toEqual([`only the first ${MAX_EXPECTATIONS} expectations are kept`]);
    expect(readExpectations({}, 'd').problems).toEqual(['the expectations are not a list']);
  });
});
