import { describe, expect, it } from 'vitest';
import { LastValidTexts, type StalePolicy } from './last-valid-texts';

const policy = (text: string) => ({ id: 'a', name: 'Readers', text });
const good = '{\n  "Version": "5.0",\n  "Statement": [{"Effect": "Allow", "Action": ["ims:*"]}]\n}';
const broken = '{\n  "Version": "5.0",\n  "Statement": [{"Effect": "Allow", "Action": ["ims:*"\n}';
const NOT_JSON = 'it is not valid JSON or not an object';

function steady(texts: LastValidTexts, text: string) {
  const stale: StalePolicy[] = [];
  const policies = texts.steady([policy(text)], 'identity', stale);
  return { texts: policies.map((p) => p.text), stale };
}

describe('last valid texts', () => {
  it('evaluates a policy that stops parsing as it last parsed, naming why and the line', () => {
    const texts = new LastValidTexts();
    expect(steady(texts, good)).toEqual({ texts: [good], stale: [] });
    expect(steady(texts, broken)).toEqual({
      texts: [good],
      stale: [{ id: 'a', name: 'Readers', reason: NOT_JSON, line: 4 }],
    });
  });

  it('takes the new text once it parses again, and keeps a policy that never parsed as it is', () => {
    const texts = new LastValidTexts();
    expect(steady(texts, broken)).toEqual({ texts: [broken], stale: [] });
    steady(texts, good);
    const fixed = good.replace('ims:*', 'ims:images:*');
    expect(steady(texts, fixed)).toEqual({ texts: [fixed], stale: [] });
    expect(steady(texts, broken).texts).toEqual([fixed]);
  });

  it('treats a text that is not an object, or too deep, as not parsing', () => {
    const texts = new LastValidTexts();
    steady(texts, good);
    expect(steady(texts, '[]')).toEqual({
      texts: [good],
      stale: [{ id: 'a', name: 'Readers', reason: NOT_JSON, line: 1 }],
    });
    const deep = `{"Statement": ${'['.repeat(40)}${']'.repeat(40)}}`;
    const { texts: kept, stale } = steady(texts, deep);
    expect(kept).toEqual([good]);
    expect(stale[0]?.reason).toMatch(/nest/i);
  });

  it('names a policy once when it appears in several places', () => {
    const texts = new LastValidTexts();
    const stale: StalePolicy[] = [];
    texts.steady([policy(good)], 'scp', stale);
    texts.steady([policy(broken)], 'scp', stale);
    texts.steady([policy(broken)], 'scp', stale);
    expect(stale).toHaveLength(1);
  });
});
