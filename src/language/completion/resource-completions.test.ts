import { describe, expect, it } from 'vitest';
import { applyCompletion, at, pick } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { complete } from './complete';
import { urnSnippet } from './resource-completions';

const policy = (actions: string, resources: string) =>
  `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":${actions},"Resource":${resources}}]}`;

function items(fixture: string) {
  const { text, offset } = at(fixture);
  return complete(text, offset, { policyType: 'identity', catalogs: FIXTURE_CATALOGS });
}

describe('resource completions', () => {
  it('turns a URN pattern into a snippet with a tab stop per placeholder', () => {
    expect(urnSnippet('ims:<region>:<account-id>:image:<image-id>')).toBe(
      'ims:${1:region}:${2:account-id}:image:${3:image-id}',
    );
    expect(urnSnippet('obs:*:*:bucket:$x}')).toBe('obs:*:*:bucket:\\$x\\}');
  });

  it('offers the URN templates of the resource types the statement actions take, and *', () => {
    const offered = items(policy('["ims:images:get", "ecs:cloudServers:*"]', '["|"]'));
    expect(offered.map((i) => i.label)).toEqual([
      'ims:<region>:<account-id>:image:<image-id>',
      'ecs:<region>:<account-id>:instance:<instance-id>',
      '*',
    ]);
    const image = pick(offered, 'ims:<region>:<account-id>:image:<image-id>');
    expect(image.detail).toBe('image · 1 action');
    expect(image.insertText).toBe('"ims:${1:region}:${2:account-id}:image:${3:image-id}"');
    expect(pick(offered, 'ecs:<region>:<account-id>:instance:<instance-id>').detail).toBe(
      'instance · 2 actions',
    );
  });

  it('inserts the template (placeholders filled with their names), in a list after the colon', () => {
    const fixture = policy('["ims:images:get"]', '|');
    const text = applyCompletion(
      at(fixture).text,
      pick(items(fixture), 'ims:<region>:<account-id>:image:<image-id>'),
    );
    expect(text).toBe(policy('["ims:images:get"]', '["ims:region:account-id:image:image-id"]'));
  });

  it('stays quiet once the typed text departs from every template', () => {
    expect(items(policy('["ims:images:get"]', '["ims:|"]')).map((i) => i.label)).toEqual([
      'ims:<region>:<account-id>:image:<image-id>',
    ]);
    expect(items(policy('["ims:images:get"]', '["ims:cn-north-4|"]'))).toEqual([]);
  });

  it('offers only * when no action takes a resource type, and says why', () => {
    const offered = items(policy('["ims:images:list"]', '["|"]'));
    expect(offered.map((i) => i.label)).toEqual(['*']);
    expect(offered[0]?.documentation).toBe(
      'No action of this statement takes a resource type, so `Resource` must be `*`.',
    );
  });

  it('offers * before the catalogs load', () => {
    const { text, offset } = at(policy('["ims:images:get"]', '["|"]'));
    const offered = complete(text, offset, { policyType: 'identity', catalogs: null });
    expect(offered.map((i) => i.label)).toEqual(['*']);
  });
});
