import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../draft-model';
import { deferTextSaves, onlyTextsDiffer } from './deferred-text-saves';

const draft = (id: string, text = '{}', name = id): Draft => ({
  id,
  name,
  policyType: 'identity',
  text,
});
const value = (drafts: Draft[], activeDraftId = drafts[0]?.id ?? null) => ({
  state: { drafts, activeDraftId },
});

describe('onlyTextsDiffer', () => {
  it('is true for typing, false for any change of the list, a name, a type or the active draft', () => {
    const saved = value([draft('a'), draft('b')]).state;
    expect(onlyTextsDiffer(saved, value([draft('a', '{"x"}'), draft('b')]).state)).toBe(true);
    expect(onlyTextsDiffer(saved, value([draft('b'), draft('a')], 'a').state)).toBe(false);
    expect(onlyTextsDiffer(saved, value([draft('a')]).state)).toBe(false);
    expect(onlyTextsDiffer(saved, value([draft('a', '{}', 'A'), draft('b')]).state)).toBe(false);
    expect(
      onlyTextsDiffer(saved, value([{ ...draft('a'), policyType: 'scp' }, draft('b')]).state),
    ).toBe(false);
    expect(onlyTextsDiffer(saved, value([draft('a'), draft('b')], 'b').state)).toBe(false);
  });
});

describe('deferTextSaves', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes structural changes at once and typing once, after a quiet time', () => {
    const written: string[] = [];
    const saves = deferTextSaves<ReturnType<typeof value>>(
      (v) => written.push(v.state.drafts.map((d) => d.text).join('|')),
      400,
    );
    saves.save(value([draft('a', '1')]));
    expect(written).toEqual(['1']);
    saves.save(value([draft('a', '12')]));
    saves.save(value([draft('a', '123')]));
    expect(written).toEqual(['1']);
    vi.advanceTimersByTime(399);
    expect(written).toEqual(['1']);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['1', '123']);
    // A new draft is written at once, with the typing before it.
    saves.save(value([draft('a', '1234')]));
    saves.save(value([draft('a', '1234'), draft('b')]));
    expect(written).toEqual(['1', '123', '1234|{}']);
    vi.advanceTimersByTime(1000);
    expect(written).toHaveLength(3);
  });

  it('writes pending typing on flush, and every save at once when told', () => {
    const written: string[] = [];
    const saves = deferTextSaves<ReturnType<typeof value>>(
      (v) => written.push(v.state.drafts[0]?.text ?? ''),
      400,
    );
    saves.save(value([draft('a', '1')]));
    saves.save(value([draft('a', '12')]));
    saves.flush();
    expect(written).toEqual(['1', '12']);
    saves.save(value([draft('a', '123')]), true);
    expect(written).toEqual(['1', '12', '123']);
    saves.flush();
    expect(written).toHaveLength(3);
  });
});
