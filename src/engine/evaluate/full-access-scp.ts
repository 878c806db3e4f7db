/**
 * The system SCP `FullAccess`, attached everywhere when SCPs are enabled. Huawei does not print its
 * JSON; it is modelled as Allow `*` on `*` (assumption `full-access-scp-shape`).
 */
import type { PolicyInput } from './evaluation-types';

export const FULL_ACCESS_SCP_DOCUMENT = {
  Version: '5.0',
  Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
} as const;

export const FULL_ACCESS_SCP: PolicyInput = {
  id: 'FullAccess',
  name: 'FullAccess',
  text: JSON.stringify(FULL_ACCESS_SCP_DOCUMENT, null, 2),
};
