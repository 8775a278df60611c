// Monaco's web workers must be registered before GraphiQL loads; this module does it the Vite way.
import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { nl } from '../i18n/nl';
import { fetcher } from './fetcher';
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

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery}>
      <GraphiQL.Logo>
        <a href="/" className="monitor-playground__home">
          {nl.playground.backLink}
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
