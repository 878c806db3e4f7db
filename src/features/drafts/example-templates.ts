import type { DraftPolicyType } from '../../stores/drafts-store';

/** A starting point offered when creating a draft. */
export interface DraftTemplate {
  id: string;
  name: string;
  policyType: DraftPolicyType;
  description: string;
  document: unknown;
}

// Action names, resource types and condition keys are those of the IMS 5.0 permission tables
// (ims:images:share takes ims:TargetOrgPaths; ims:images:copyInRegion takes ims:Encrypted).
export const EXAMPLE_TEMPLATES: DraftTemplate[] = [
  {
    id: 'example-read-only-ims',
    name: 'Read-only IMS',
    policyType: 'identity',
    description: 'View images, their tags, jobs, OS versions and the image quota; change nothing.',
    document: {
      Version: '5.0',
      Statement: [
        {
          Sid: 'ReadOnlyIms',
          Effect: 'Allow',
          Action: [
            'ims:images:list',
            'ims:images:get',
            'ims:images:getTags',
            'ims:images:listImageTags',
            'ims:images:listImagesByTag',
            'ims:images:showImageTags',
            'ims:images:listOsVersion',
            'ims:images:getJob',
            'ims:quotas:get',
          ],
        },
      ],
    },
  },
  {
    id: 'example-deny-image-sharing-outside-org',
    name: 'Deny image sharing outside the organization',
    policyType: 'scp',
    description:
      'Refuses to share an image with any account whose organization path is not under your organization. Replace the path with your own.',
    document: {
      Version: '5.0',
      Statement: [
        {
          Sid: 'DenyImageSharingOutsideOrg',
          Effect: 'Deny',
          Action: ['ims:images:share'],
          Resource: ['*'],
          Condition: {
            'ForAnyValue:StringNotMatch': {
              'ims:TargetOrgPaths': ['o-example/r-example/*'],
            },
          },
        },
      ],
    },
  },
  {
    id: 'example-require-encrypted-image-copies',
    name: 'Require encrypted image copies',
    policyType: 'identity',
    description:
      'Find images and copy them within a region only as encrypted copies; the deny stops unencrypted copies even where another policy allows them.',
    document: {
      Version: '5.0',
      Statement: [
        {
          Sid: 'FindImages',
          Effect: 'Allow',
          Action: ['ims:images:list', 'ims:images:get'],
        },
        {
          Sid: 'CopyOnlyEncrypted',
          Effect: 'Allow',
          Action: ['ims:images:copyInRegion'],
          Resource: ['ims:*:*:image:*'],
          Condition: {
            Bool: { 'ims:Encrypted': ['true'] },
          },
        },
        {
          Sid: 'DenyUnencryptedCopies',
          Effect: 'Deny',
          Action: ['ims:images:copyInRegion'],
          Resource: ['ims:*:*:image:*'],
          Condition: {
            Bool: { 'ims:Encrypted': ['false'] },
          },
        },
      ],
    },
  },
];
