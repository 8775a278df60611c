// Monaco's web workers must be registered before GraphiQL loads; this module does it the Vite way.
import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { nl } from '../i18n/nl';
import { makeTabsAccessible } from './accessibleTabs';
import { fetcher } from './fetcher';
import { queryFromUrl } from './query';
import './playground.css';

document.title = `${nl.playground.title} — ${nl.appName}`;

const container = document.getElementById('playground');
if (!container) throw new Error('#playground is missing from playground.html');

const defaultQuery = `# ${nl.playground.title}: probeer de API van de monitor.
query Gemeente {
  municipality(code: "GM0363") {
    code
    name
    regions { type code name }
    keyFigures { population shareHouseholdsWithChildren householdYear }
  }
}
`;

// GraphiQL's own interface is English: say so, so screen readers pronounce it right (WCAG 3.1.2);
// what the monitor adds is marked Dutch.
container.lang = 'en';
makeTabsAccessible(container);

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} initialQuery={queryFromUrl(window.location.search)}>
      <GraphiQL.Logo>
        <a href="/" className="monitor-playground__home" lang="nl">
          {nl.playground.backLink}
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
