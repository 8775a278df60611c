import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './app/theme.css';
import './app/layout.css';
import { App, firstPageLoaded } from './app/App';
import { SERVER_RENDERED_ATTRIBUTE } from './features/map/landingOperations';
import { watchServerMapFocus } from './features/map/serverMapFocus';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// the landing map the server drew (apps/server/src/http/landing-page.ts) is on screen already
const serverRendered = container.querySelector(`[${SERVER_RENDERED_ATTRIBUTE}]`) !== null;
if (serverRendered) watchServerMapFocus(container);

void firstPageLoaded.then(() => {
  const root = createRoot(container);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // over the server's map the app renders in slices, so the page stays responsive meanwhile; it
  // replaces that map in one commit
  if (serverRendered) startTransition(() => root.render(app));
  else root.render(app);
});
