import clsx from 'clsx';
import { useCallback, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { LazyPolicyEditor } from '../../editor/lazy-policy-editor';
import { DraftViews } from '../builder/draft-views';
import { GeneratorButton } from '../generator/generator-button';
import { DRAFT_TEXT_MAX_LENGTH } from '../../stores/draft-model';
import { useDraftsStore } from '../../stores/drafts-store';
import type { DeletedDraft } from '../../stores/drafts-store';
import { useEditorRevealStore } from '../../stores/editor-reveal-store';
import { TYPED_TEXT_MAX_LENGTH, useTypedTextStore } from '../../stores/typed-text-store';
import { useWorkspacePreviewStore } from '../../stores/workspace-preview';
import { ExportWorkspaceButton, ImportFilesButton } from '../import-export/import-export-buttons';
import { ImportReports } from '../import-export/import-reports';
import { useFileImport } from '../import-export/use-file-import';
import { ShareButton } from '../share/share-dialog';
import {
  PendingSharedLinkNotice,
  SharedLinkNotice,
  SharedLinkPreviewBanner,
} from '../share/shared-link-notice';
import { useSharedLink } from '../share/use-shared-link';
import { DraftTabs } from './draft-tabs';
import { DraftTextEditor } from './draft-text-editor';
import { DraftToolbar } from './draft-toolbar';
import { ExampleNotice } from './example-notice';
import { StorageNotices } from './storage-notices';
import { TemplateButton } from './template-dialog';
import { UndoToast } from './undo-toast';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * The middle pane: the user's drafts in tabs and the editor of the active one. It is also where
 * the workspace's sub-features meet (share links, file import and export), since they all act on
 * the drafts shown here. While a shared link is previewed, the drafts shown are the link's.
 */
export function DraftsPane() {
  const drafts = useDraftsStore((s) => s.drafts);
  const activeDraftId = useDraftsStore((s) => s.activeDraftId);
  const createDraft = useDraftsStore((s) => s.createDraft);
  const active = drafts.find((d) => d.id === activeDraftId);
  const revealRequest = useEditorRevealStore((s) => s.request);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const preview = useWorkspacePreviewStore((s) => s.preview);
  // A deletion is undone in the workspace it happened in (the user's own, or a link's preview).
  const [deleted, setDeleted] = useState<{ draft: DeletedDraft; workspace: string | null } | null>(
    null,
  );
  const workspaceKey = preview?.key ?? null;
  const [dropping, setDropping] = useState(false);
  const dragDepth = useRef(0);
  const fileImport = useFileImport();
  const sharedLink = useSharedLink();

  const deleteDraft = useCallback(
    (id: string) => {
      setRenamingId(null);
      const draft = useDraftsStore.getState().deleteDraft(id);
      setDeleted(draft ? { draft, workspace: workspaceKey } : null);
    },
    [workspaceKey],
  );
  const undoDelete = useCallback(() => {
    if (deleted) useDraftsStore.getState().restoreDraft(deleted.draft);
    setDeleted(null);
  }, [deleted]);
  const forgetDeleted = useCallback(() => setDeleted(null), []);

  return (
    <section
      aria-label="Drafts"
      className="relative flex h-full min-h-0 flex-col gap-2 p-3"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        dragDepth.current++;
        setDropping(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!hasFiles(event)) return;
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDropping(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        dragDepth.current = 0;
        setDropping(false);
        void fileImport.importFiles([...event.dataTransfer.files]);
      }}
    >
      <h2 className="sr-only">Drafts</h2>
      <StorageNotices />
      {preview ? null : <ExampleNotice />}
      {sharedLink.pending ? <PendingSharedLinkNotice pending={sharedLink.pending} /> : null}
      {preview ? (
        <SharedLinkPreviewBanner
          preview={preview}
          masked={sharedLink.masked}
          onKeep={sharedLink.keep}
          onClose={sharedLink.close}
        />
      ) : null}
      {sharedLink.outcome ? (
        <SharedLinkNotice outcome={sharedLink.outcome} onDismiss={sharedLink.dismiss} />
      ) : null}
      <ImportReports reports={fileImport.reports} onDismiss={fileImport.dismiss} />
      <div role="toolbar" aria-label="Workspace" className="flex flex-wrap items-center gap-1.5">
        <Button size="sm" variant="primary" onClick={() => createDraft()}>
          New policy
        </Button>
        <Button size="sm" onClick={() => createDraft({ policyType: 'scp' })}>
          New SCP
        </Button>
        <TemplateButton />
        <GeneratorButton />
        <ImportFilesButton onFiles={(files) => void fileImport.importFiles(files)} />
        <ExportWorkspaceButton />
        <ShareButton />
      </div>
      <DraftTabs renamingId={renamingId} onRename={setRenamingId} onDelete={deleteDraft} />
      {/* Right after the tabs in focus order, so Tab from a just-deleted tab reaches Undo. */}
      {deleted?.workspace === workspaceKey ? (
        <UndoToast deleted={deleted.draft} onUndo={undoDelete} onExpire={forgetDeleted} />
      ) : null}
      {active ? (
        <div
          role="tabpanel"
          id="draft-panel"
          aria-labelledby={`draft-tab-${active.id}`}
          className="flex min-h-0 flex-1 flex-col gap-2"
        >
          <DraftToolbar
            draft={active}
            onRename={() => setRenamingId(active.id)}
            onDelete={() => deleteDraft(active.id)}
          />
          <DraftViews
            draft={active}
            editor={
              <LazyPolicyEditor
                documentId={active.id}
                documentName={active.name}
                text={active.text}
                policyType={active.policyType}
                onTextChange={useDraftsStore.getState().updateDraftText}
                onCaretChange={useDraftsStore.getState().setCaret}
                onTyped={useTypedTextStore.getState().setTyped}
                typedMaxLength={TYPED_TEXT_MAX_LENGTH}
                reveal={revealRequest?.draftId === active.id ? revealRequest : null}
                maxLength={DRAFT_TEXT_MAX_LENGTH}
                fallback={<DraftTextEditor draft={active} />}
              />
            }
          />
        </div>
      ) : (
        <EmptyState title="No drafts yet">
          <p>
            Start a new identity policy or SCP, pick a template, import policy files (or drop them
            here), or open a share link.
          </p>
        </EmptyState>
      )}
      <div
        aria-hidden="true"
        className={clsx(
          'pointer-events-none absolute inset-2 items-center justify-center rounded-lg border-2 border-dashed border-sky-500 bg-sky-50/90 text-base font-semibold text-sky-900 dark:bg-sky-950/90 dark:text-sky-100',
          dropping ? 'flex' : 'hidden',
        )}
      >
        Drop policy files to import them as drafts
      </div>
    </section>
  );
}
