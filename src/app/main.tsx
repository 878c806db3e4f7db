import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openExampleWorkspace } from '../features/drafts/example-workspace';
import { isShareFragment } from '../features/share/share-link';
import { isFirstVisit } from '../stores/persistence/first-visit';
import { App } from './app';
import './index.css';

// A first visit shows what the app does; one through a share link shows the link's drafts alone.
if (isFirstVisit() && !isShareFragment(location.hash)) openExampleWorkspace();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
