import { useDraftsStore } from '../../stores/drafts-store';
import type { Draft, NewDraft } from '../../stores/drafts-store';
import { useScenarioStore } from '../../stores/scenario-store';
import { defaultScpChain, FULL_ACCESS_SCP_ID } from '../../stores/scenario-model';

const policyText = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

/**
 * What a first visit opens with: an image administrator's identity policy under an SCP that
 * forbids deleting and sharing images, so the matrix shows allowed rows, rows the SCP denies and
 * rows nothing allows, each with its reason. Action names are those of the IMS 5.0 catalog.
 */
const EXAMPLE_DRAFTS: readonly NewDraft[] = [
  {
    name: 'Example: image administrator',
    policyType: 'identity',
    text: policyText({
      Version: '5.0',
      Statement: [{ Sid: 'ManageImages', Effect: 'Allow', Action: ['ims:images:*'] }],
    }),
  },
  {
    name: 'Example: keep images',
    policyType: 'scp',
    text: policyText({
      Version: '5.0',
      Statement: [
        {
          Sid: 'NoImageDeletionOrSharing',
          Effect: 'Deny',
          Action: ['ims:images:deleteImage', 'ims:images:share'],
          Resource: ['*'],
        },
      ],
    }),
  },
];

/**
 * Whether the workspace is still the untouched example: then "Start empty" is offered. Compared
 * by content, so the offer survives a reload and goes away with the user's first edit.
 */
export function isExampleWorkspace(drafts: readonly Draft[]): boolean {
  return (
    drafts.length === EXAMPLE_DRAFTS.length &&
    drafts.every(
      (draft, index) =>
        draft.name === EXAMPLE_DRAFTS[index]?.name && draft.text === EXAMPLE_DRAFTS[index]?.text,
    )
  );
}

/** Opens the example: its drafts, the identity policy active, the SCP attached to the account. */
export function openExampleWorkspace(): void {
  const [identityId, scpId] = useDraftsStore.getState().addDrafts([...EXAMPLE_DRAFTS]);
  if (!identityId || !scpId) return;
  const chain = defaultScpChain();
  useScenarioStore.getState().setScpChain({
    ...chain,
    levels: chain.levels.map((level) =>
      level.name === 'Account' ? { ...level, scpIds: [FULL_ACCESS_SCP_ID, scpId] } : level,
    ),
  });
}

/** "Start empty": no drafts, and the SCP chain a fresh workspace has. */
export function startEmpty(): void {
  useDraftsStore.setState({ drafts: [], activeDraftId: null });
  useScenarioStore.getState().setScpChain(defaultScpChain());
}
