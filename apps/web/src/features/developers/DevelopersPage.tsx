import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { curlExample, exportExample, persistedExample, pythonExample } from './examples';
import { SchemaReference } from './SchemaReference';
import { nlDevelopers as t } from './texts';
import './developers.css';

function Code({ label, children }: { label: string; children: string }) {
  return (
    <pre className="monitor-developers__code" tabIndex={0} aria-label={t.codeLabel(label)}>
      <code>{children}</code>
    </pre>
  );
}

/** /ontwikkelaars: quick start for API tokens, examples in curl and Python, and the schema reference. */
export default function DevelopersPage() {
  useDocumentTitle(t.title);
  const origin = window.location.origin;
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <section aria-labelledby="snelstart">
        <Heading level={2} id="snelstart">
          {t.quickStart}
        </Heading>
        <ol>
          <li>
            {t.step1} <RouterLink to="/account">{t.step1Link}</RouterLink>
          </li>
          <li>
            {t.step2}
            <Code label="curl">{curlExample(origin)}</Code>
          </li>
          <li>
            {t.step3}
            <Code label="Python">{pythonExample(origin)}</Code>
          </li>
        </ol>
        <Paragraph>{t.errors}</Paragraph>
      </section>
      <section aria-labelledby="persisted">
        <Heading level={2} id="persisted">
          {t.persistedHeading}
        </Heading>
        <Paragraph>{t.persisted}</Paragraph>
        <Code label="persisted query">{persistedExample(origin)}</Code>
      </section>
      <section aria-labelledby="exports">
        <Heading level={2} id="exports">
          {t.exportHeading}
        </Heading>
        <Paragraph>{t.export}</Paragraph>
        <Code label="onderzoeksexport">{exportExample(origin)}</Code>
      </section>
      <section aria-labelledby="wijzigingen">
        <Heading level={2} id="wijzigingen">
          {t.compatHeading}
        </Heading>
        <Paragraph>{t.compat}</Paragraph>
      </section>
      <SchemaReference />
    </>
  );
}
