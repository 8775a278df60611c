import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/theme.css';
import './app/layout.css';
import { App, firstPageLoaded } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

void firstPageLoaded.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
