import { useLocation } from 'react-router';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

/** After registering: the application waits for an administrator. */
export default function RegistrationReceivedPage() {
  useDocumentTitle(nl.registered.title);
  const message = (useLocation().state as { message?: string | null } | null)?.message;
  const t = nl.registered;
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      {message && (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{t.stepsHeading}</Heading>
      <ol className="monitor-steps">
        {t.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Paragraph>{t.early}</Paragraph>
      <Paragraph>
        <RouterLink to="/inloggen">{t.toLogin}</RouterLink>
      </Paragraph>
    </>
  );
}
