import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openExampleWorkspace } from '../features/drafts/example-workspace';
import { sharedLinkToOpen } from '../features/share/use-shared-link';
import { isFirstVisit } from '../stores/persistence/first-visit';
import { App } from './app';
import './index.css';

// A first visit shows what the app does; one through a share link shows the link's preview alone.
if (isFirstVisit() && sharedLinkToOpen() === null) openExampleWorkspace();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
