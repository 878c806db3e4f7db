import { describe, expect, it } from 'vitest';
import { at } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { hover } from './hover';
import { code, text } from './markdown';

function hoverAt(fixture: string, withCatalogs = true) {
  const { text: policy, offset } = at(fixture);
  return hover(policy, offset, {
    policyType: 'identity',
    catalogs: withCatalogs ? FIXTURE_CATALOGS : null,
  });
}

const actions = (list: string) =>
  `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":${list}}]}`;
const condition = (block: string) =>
  `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["ims:images:get"],"Condition":${block}}]}`;

describe('hover on an action', () => {
  it('shows description, access level, resource types, APIs and dependencies', () => {
    const fixture = actions('["ims:ima|ges:create"]');
    const info = hoverAt(fixture);
    expect(info?.span).toEqual({ offset: fixture.indexOf('"ims:'), length: 19 });
    const markdown = info?.markdown ?? '';
    expect(markdown).toContain('**`ims:images:create`** · write');
    expect(markdown).toContain('**Resource types:** `image` (required)');
    expect(markdown).toContain('- `POST /v2/cloudimages/action`');
    expect(markdown).toContain('**Dependencies:**\n- `ims:images:get`\n- `ecs:cloudServers:get`');
    expect(markdown).toContain('- `evs:volumes:list` (only when importing a data disk)');
    expect(markdown).toContain('**Condition keys:** `ims:Encrypted`');
  });

  it('escapes catalog text so it cannot become formatting or HTML', () => {
    const markdown = hoverAt(actions('["ims:images:c|reate"]'))?.markdown ?? '';
    expect(markdown).toContain(
      'Grants permission to create an image \\*fast\\* \\<b\\>now\\</b\\>',
    );
    expect(markdown).not.toContain('<b>');
  });

  it('says an action without resource types needs Resource *', () => {
    expect(hoverAt(actions('"ims:images:l|ist"'))?.markdown).toContain(
      '**Resource types:** none, so the statement needs `Resource` `*`',
    );
  });

  it('explains an alias through the action it names', () => {
    const markdown = hoverAt(actions('["ims:quota:l|ist"]'))?.markdown ?? '';
    expect(markdown).toContain('`ims:quota:list` is an alias of `ims:quotas:list`');
  });

  it('says when an action is not in the catalogs', () => {
    expect(hoverAt(actions('["ims:images:ge|tt"]'))?.markdown).toBe(
      '`ims:images:gett` is not an action of the loaded 5.0 catalogs',
    );
  });
});

describe('hover on a wildcard', () => {
  it('lists the actions it expands to, with the count', () => {
    const markdown = hoverAt(actions('["ims:*:g|et*"]'))?.markdown ?? '';
    expect(markdown).toContain('**`ims:*:get*`** matches **2** actions of the 5.0 catalogs');
    expect(markdown).toContain('- `ims:images:get` · read\n- `ims:images:getQuota` · read');
    expect(markdown).toContain('(`action-case-insensitive`)');
  });

  it('names the `?` assumption when the pattern uses it', () => {
    expect(hoverAt(actions('["ims:images:ge?|"]'))?.markdown).toContain('`question-mark-wildcard`');
  });
});

describe('hover on a condition key', () => {
  it('shows type, cardinality, description and the actions taking it', () => {
    const markdown = hoverAt(condition('{"Bool":{"ims:Encr|ypted":"true"}}'))?.markdown ?? '';
    expect(markdown).toContain('**`ims:Encrypted`** · boolean · single-valued');
    expect(markdown).toContain('Whether the image is encrypted');
    expect(markdown).toContain(
      '**Taken by 2 actions:**\n- `ims:images:get`\n- `ims:images:create`',
    );
  });

  it('says a global key no action lists applies to every action', () => {
    const markdown = hoverAt(condition('{"Bool":{"g:MFA|Present":"true"}}'))?.markdown ?? '';
    expect(markdown).toContain('· global key');
    expect(markdown).toContain('it describes the request, so it applies to every action');
  });

  it('resolves a family key and names the tag-key assumption', () => {
    const markdown =
      hoverAt(condition('{"StringEquals":{"g:ResourceTag/o|wner":"me"}}'))?.markdown ?? '';
    expect(markdown).toContain('**`g:ResourceTag/<tag-key>`** · string · single-valued');
    expect(markdown).toContain('`tag-key-case-insensitive`');
  });
});

describe('hover on an operator', () => {
  it('explains the operator and the assumptions the engine makes', () => {
    const markdown =
      hoverAt(condition('{"ForAllValues:StringEquals|IfExists":{"g:TagKeys":"a"}}'))?.markdown ??
      '';
    expect(markdown).toContain('**`ForAllValues:StringEqualsIfExists`** · string operator');
    expect(markdown).toContain('Every request value equals one of the listed values.');
    expect(markdown).toContain('The comparison is case-sensitive.');
    expect(markdown).toContain(
      '`IfExists`: when the key is absent from the request, the condition holds.',
    );
    expect(markdown).toContain('(`if-exists-before-set-prefix`)');
    expect(markdown).toContain('(`missing-key-for-all-values`)');
  });

  it('works before the catalogs load, and explains an unknown operator', () => {
    const markdown = hoverAt(condition('{"stringequ|als":{"g:UserName":"a"}}'), false)?.markdown;
    expect(markdown).toContain('unknown operator');
    expect(markdown).toContain('`operator-name-case-sensitive`');
  });

  it('shows nothing on other text', () => {
    expect(hoverAt(condition('{"Bool":{"g:MFAPresent":"tr|ue"}}'))).toBeNull();
    expect(hoverAt('{"Vers|ion":"5.0"}')).toBeNull();
  });
});

describe('markdown escaping', () => {
  it('escapes punctuation and flattens lines', () => {
    expect(text('[link](javascript:x) <img>\nnext')).toBe(
      '\\[link\\]\\(javascript:x\\) \\<img\\> next',
    );
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
});
