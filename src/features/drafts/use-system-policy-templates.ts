import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogIndexQuery, systemPoliciesQuery } from '../../data/catalog-queries';
import { describeLoadError } from '../../data/use-catalogs';
import type { DraftTemplate } from './example-templates';

export type SystemTemplates =
  | { status: 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; templates: DraftTemplate[] };

const kindLabels = { policy: 'System policy', role: 'System role', scp: 'System SCP' } as const;

/** The documented system policies as templates; fetched only once the picker is opened. */
export function useSystemPolicyTemplates(enabled: boolean): SystemTemplates {
  const index = useQuery({ ...catalogIndexQuery(), enabled });
  const ref = index.data?.systemPolicies;
  const policies = useQuery({
    ...systemPoliciesQuery(ref ?? { file: '', contentHash: '' }),
    enabled: enabled && ref !== undefined,
  });
  const data = policies.data;
  const templates = useMemo(
    () =>
      data?.policies.map((policy) => ({
        id: `system-${policy.id}`,
        name: policy.name,
        policyType: policy.policyType,
        description: `${kindLabels[policy.kind]}, model ${policy.model}. ${policy.description}`,
        document: policy.document,
      })) ?? [],
    [data],
  );
  const error = index.error ?? policies.error;
  if (error) return { status: 'error', message: describeLoadError(error).message };
  if (!data) return { status: 'pending' };
  return { status: 'success', templates };
}
