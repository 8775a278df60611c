import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

const FIELDS = { email: 'vergeten-email' } as const;

export default function ForgotPasswordPage() {
  useDocumentTitle(nl.forgot.title);
  const t = nl.forgot;
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors(FIELDS);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (form.report({ email: email.trim() ? undefined : t.emailMissing })) return;
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const field = form.field('email');
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <div role="status">{sent && <Alert type="ok">{t.sent}</Alert>}</div>
      {form.hasErrors && <ErrorSummary ref={form.summaryRef} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <FormField inputId={field.id} label={t.email} error={field.error} errorId={field.errorId}>
          <TextInput
            id={field.id}
            type="email"
            name="email"
            autoComplete="email"
            required
            invalid={field.invalid}
            aria-describedby={describedBy(field.error && field.errorId)}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.busy : t.submit}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/inloggen">{t.backToLogin}</RouterLink>
      </Paragraph>
    </>
  );
}
