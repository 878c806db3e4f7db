import { describe, expect, it } from 'vitest';
import type { CompiledStatement } from './compile-policy';
import { buildStatementIndex, candidateStatements, type IndexedStatement } from './statement-index';

/** A statement as the index sees it: its place in the document and its actions' services. */
function item(order: number, services: (string | null)[], notAction = false): IndexedStatement {
  const statement = {
    order,
    notAction,
    actions: services.map((service) => ({ service })),
  } as unknown as CompiledStatement;
  return { statement, term: { kind: 'identity-allow' } };
}

const orders = (items: readonly IndexedStatement[] | undefined) =>
  items?.map((i) => i.statement.order);

// In document order: an ECS statement, an IMS one, a wildcard-service one, an IMS/ECS one, a
// NotAction one.
const ecs = item(0, ['ecs']);
const ims = item(1, ['ims']);
const wildcard = item(2, [null]);
const both = item(3, ['ims', 'ecs', 'ims']);
const notAction = item(4, ['evs'], true);
// Built in each test: Stryker switches a mutant on after the file is imported.
const build = () => buildStatementIndex([ecs, ims, wildcard, both, notAction]);

describe('buildStatementIndex', () => {
  it('files statements by service, with the any-service ones, in document order', () => {
    const index = build();
    expect(orders(index.byService.get('ims'))).toEqual([1, 2, 3, 4]);
    expect(orders(index.byService.get('ecs'))).toEqual([0, 2, 3, 4]);
    expect(orders(index.anyService)).toEqual([2, 4]);
    expect([...index.byService.keys()].sort()).toEqual(['ecs', 'ims']);
  });
});

describe('candidateStatements', () => {
  it("gives an action its service's list itself, when no alias names another service", () => {
    const index = build();
    expect(candidateStatements(index, 'ims:images:get', [])).toBe(index.byService.get('ims'));
    expect(candidateStatements(index, 'ims:images:get', ['ims:image:get'])).toBe(
      index.byService.get('ims'),
    );
    expect(candidateStatements(index, 'ims:images:get', ['vpc:eips:get'])).toBe(
      index.byService.get('ims'),
    );
  });

  it('gives an action of a service no statement names the any-service statements', () => {
    const index = build();
    expect(candidateStatements(index, 'vpc:eips:get', [])).toBe(index.anyService);
  });

  it("adds the statements of an alias's service, each once, in document order", () => {
    const index = build();
    expect(orders(candidateStatements(index, 'ims:images:get', ['ecs:servers:get']))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(orders(candidateStatements(index, 'vpc:eips:get', ['ims:images:get']))).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
