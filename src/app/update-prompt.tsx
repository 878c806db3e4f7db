/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../components/ui/button';

/**
 * Says that a new version has been deployed and offers to load it. The service worker installed
 * it in the background; it takes over only when the user reloads through this prompt, so a
 * running session never mixes two versions' code and catalogs.
 */
export function UpdatePrompt({
  onReload,
  onDismiss,
}: {
  onReload: () => void;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      aria-label="Update available"
      className="flex items-center gap-2 border-b border-sky-300 bg-sky-50 px-3 py-1 text-xs text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      <span>A new version of Policy Workbench is available.</span>
      <Button size="sm" onClick={onReload}>
        Reload to update
      </Button>
      <Button size="sm" onClick={onDismiss}>
        Later
      </Button>
    </div>
  );
}

/** Registers the service worker (offline use) and shows the prompt when an update waits. */
export function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  return needRefresh ? (
    <UpdatePrompt
      onReload={() => void updateServiceWorker(true)}
      onDismiss={() => setNeedRefresh(false)}
    />
  ) : null;
}
