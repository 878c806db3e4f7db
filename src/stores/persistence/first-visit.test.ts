import { describe, expect, it } from 'vitest';
import { isFirstVisit } from './first-visit';

const storageWith = (keys: string[]): Storage => {
  const map = new Map(keys.map((key) => [key, '{}']));
  return {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
};

describe('isFirstVisit', () => {
  it('is a first visit when the app saved nothing, whatever other sites keep', () => {
    expect(isFirstVisit(() => storageWith([]))).toBe(true);
    expect(isFirstVisit(() => storageWith(['other-app:state']))).toBe(true);
  });

  it('is a return when any store or backup was saved, even an empty draft list', () => {
    expect(isFirstVisit(() => storageWith(['policy-workbench:drafts']))).toBe(false);
    expect(isFirstVisit(() => storageWith(['policy-workbench:drafts:backup:2026']))).toBe(false);
    expect(isFirstVisit(() => storageWith(['policy-workbench:ui']))).toBe(false);
  });

  it('is not a first visit when storage is blocked', () => {
    expect(
      isFirstVisit(() => {
        throw new Error('blocked');
      }),
    ).toBe(false);
  });
});
