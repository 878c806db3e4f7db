import { describe, expect, it } from 'vitest';
import { actionSlots } from './action-slots';
import { testCatalog } from './testing/test-catalog';

const ims = testCatalog(
  'ims',
  '5.0',
  [{ name: 'ims:images:get' }, { name: 'ims:images:list' }],
  [
    { id: 'GET /v2/images', action: 'ims:images:list' },
    { id: 'DELETE /v2/images', action: 'ims:images:delete', dependencies: ['IMS:Images:Get'] },
  ],
);
const evs = testCatalog(
  'evs',
  '5.0',
  [{ name: 'evs:volumes:get' }, { name: 'ims:images:get' }],
  [{ id: 'GET /v2/volumes', action: 'evs:volumes:get', dependencies: ['ims:images:list'] }],
);

describe('actionSlots', () => {
  it('numbers each catalog action once, and an action two catalogs list resolves to the later one', () => {
    const list = [ims, evs];
    const slots = actionSlots(list, list);
    expect(slots.names.slice(0, 3)).toEqual([
      'ims:images:get',
      'ims:images:list',
      'evs:volumes:get',
    ]);
    expect([...(slots.catalogActions.get(evs) ?? [])]).toEqual([2, 0]);
    expect(slots.owners[0]).toBe(evs);
    expect(slots.actions[0]).toBe(evs.actions[1]);
  });

  it('gives API names no catalog lists a slot of their own, resolved ignoring case where possible', () => {
    const list = [ims, evs];
    const slots = actionSlots(list, list);
    const imsApis = slots.apis.get(ims);
    if (!imsApis) throw new Error('ims APIs were not numbered');
    const deleteSlot = imsApis.own[1] ?? -1;
    expect(slots.names[deleteSlot]).toBe('ims:images:delete');
    expect(slots.actions[deleteSlot]).toBeNull();
    const [start, end] = [imsApis.dependencyStart[1] ?? 0, imsApis.dependencyStart[2] ?? 0];
    const dependency = imsApis.dependencies[start] ?? -1;
    expect(end - start).toBe(1);
    expect(slots.names[dependency]).toBe('IMS:Images:Get');
    expect(slots.actions[dependency]?.name).toBe('ims:images:get');
    const evsApis = slots.apis.get(evs);
    expect(slots.names[evsApis?.dependencies[0] ?? -1]).toBe('ims:images:list');
  });

  it('reuses the numbering for the same list and selection, and numbers a new selection afresh', () => {
    const list = [ims, evs];
    const first = actionSlots(list, list);
    expect(actionSlots(list, [ims, evs])).toBe(first);
    const onlyIms = actionSlots(list, [ims]);
    expect(onlyIms).not.toBe(first);
    expect(onlyIms.names).not.toContain('evs:volumes:get');
    expect(actionSlots([ims, evs], [ims, evs])).not.toBe(first);
  });
});
