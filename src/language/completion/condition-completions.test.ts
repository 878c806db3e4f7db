import { describe, expect, it } from 'vitest';
import { applyCompletion, at, pick } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { complete } from './complete';

function items(fixture: string) {
  const { text, offset } = at(fixture);
  return complete(text, offset, { policyType: 'identity', catalogs: FIXTURE_CATALOGS });
}

function accept(fixture: string, label: string): string {
  return applyCompletion(at(fixture).text, pick(items(fixture), label));
}

const statement = (actions: string, condition: string) =>
  `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":${actions},"Condition":${condition}}]}`;

describe('condition operators', () => {
  it('offers base operators, their IfExists forms (not for Null) and the set prefixes', () => {
    const labels = items(statement('[]', '{"|"}')).map((i) => i.label);
    expect(labels).toContain('StringEquals');
    expect(labels).toContain('StringEqualsIfExists');
    expect(labels).toContain('Bool');
    expect(labels).toContain('Null');
    expect(labels).not.toContain('NullIfExists');
    expect(labels.slice(-2)).toEqual(['ForAnyValue:', 'ForAllValues:']);
  });

  it('describes an operator in the list', () => {
    const equals = pick(items(statement('[]', '{"|"}')), 'StringEquals');
    expect(equals.detail).toBe('string · case-sensitive');
    expect(equals.documentation).toContain('equals one of the listed values');
  });

  it('offers the prefixed forms once a prefix is typed', () => {
    const labels = items(statement('[]', '{"ForAnyValue:|"}')).map((i) => i.label);
    expect(labels).toContain('ForAnyValue:StringEquals');
    expect(labels).toContain('ForAnyValue:StringNotEqualsIfExists');
    expect(labels).not.toContain('ForAnyValue:Null');
    expect(labels).not.toContain('StringEquals');
  });

  it('inserts the operator with an empty block and asks for keys', () => {
    const fixture = statement('[]', '{|}');
    const bool = pick(items(fixture), 'Bool');
    expect(bool.retrigger).toBe(true);
    expect(accept(fixture, 'Bool')).toBe(statement('[]', '{"Bool": {\n\t\n}}'));
  });

  it('keeps a set prefix open and asks again', () => {
    const prefix = pick(items(statement('[]', '{"For|"}')), 'ForAllValues:');
    expect(prefix.retrigger).toBe(true);
    expect(accept(statement('[]', '{"For|"}'), 'ForAllValues:')).toBe(
      statement('[]', '{"ForAllValues:"}'),
    );
  });
});

describe('condition keys', () => {
  it('offers the keys of the statement actions and the global keys of the model', () => {
    const labels = items(statement('["ims:images:get"]', '{"StringEquals":{"|"}}')).map(
      (i) => i.label,
    );
    expect(labels).toEqual([
      'g:ResourceTag/<tag-key>',
      'g:EnterpriseProjectId',
      'g:TagKeys',
      'ims:Encrypted',
      'g:MFAPresent',
      'g:SourceIp',
      'g:CurrentTime',
    ]);
  });

  it('follows wildcards to the actions they match', () => {
    const labels = items(statement('["ecs:*"]', '{"StringEquals":{"|"}}')).map((i) => i.label);
    expect(labels).toContain('ecs:VpcId');
    expect(labels).not.toContain('ims:Encrypted');
  });

  it('lists boolean keys first under Bool and fills in true/false', () => {
    const fixture = statement('["ims:images:get"]', '{"Bool":{|}}');
    const offered = items(fixture);
    expect(offered.slice(0, 2).map((i) => i.label)).toEqual(['ims:Encrypted', 'g:MFAPresent']);
    expect(pick(offered, 'ims:Encrypted').detail).toBe('boolean · single-valued');
    expect(pick(offered, 'ims:Encrypted').documentation).toBe('Whether the image is encrypted');
    expect(accept(fixture, 'g:MFAPresent')).toBe(
      statement('["ims:images:get"]', '{"Bool":{"g:MFAPresent": "true"}}'),
    );
  });

  it('gives a family key a tab stop for its tag key', () => {
    const fixture = statement('["ims:images:get"]', '{"StringEquals":{"g:Res|"}}');
    const family = pick(items(fixture), 'g:ResourceTag/<tag-key>');
    expect(family.insertText).toBe('"g:ResourceTag/${1:tag-key}": "$2"');
    expect(accept(fixture, 'g:ResourceTag/<tag-key>')).toBe(
      statement('["ims:images:get"]', '{"StringEquals":{"g:ResourceTag/tag-key": ""}}'),
    );
  });

  it('offers the keys of every action when the statement uses NotAction', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Deny","NotAction":["ims:*"],"Condition":{"StringEquals":{"|"}}}]}';
    expect(items(text).map((i) => i.label)).toContain('ecs:VpcId');
  });

  it('offers the 1.1 global keys in a legacy policy', () => {
    const text =
      '{"Version":"1.1","Statement":[{"Effect":"Allow","Action":["ecs:*"],"Condition":{"StringEquals":{"|"}}}]}';
    expect(items(text).map((i) => i.label)).toContain('g:DomainName');
  });
});

describe('condition values', () => {
  it('offers true and false for a boolean key, in a string or a list', () => {
    const value = statement('[]', '{"StringEquals":{"ims:Encrypted":"|"}}');
    expect(items(value).map((i) => i.label)).toEqual(['true', 'false']);
    expect(accept(value, 'false')).toBe(
      statement('[]', '{"StringEquals":{"ims:Encrypted":"false"}}'),
    );
    const list = statement('[]', '{"Bool":{"g:MFAPresent":[|]}}');
    expect(accept(list, 'true')).toBe(statement('[]', '{"Bool":{"g:MFAPresent":["true"]}}'));
  });

  it('offers true and false for Null whatever the key', () => {
    expect(items(statement('[]', '{"Null":{"g:SourceIp": |}}')).map((i) => i.label)).toEqual([
      'true',
      'false',
    ]);
  });

  it('offers nothing for a string key, whose values are open', () => {
    expect(items(statement('[]', '{"StringEquals":{"g:EnterpriseProjectId":"|"}}'))).toEqual([]);
  });
});
