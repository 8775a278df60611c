import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { passwordProblem, ErrorCode } from '@monitor/domain';
import { useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

const FIELDS = { newPassword: 'herstellen-wachtwoord', passwordRepeat: 'herstellen-wachtwoord-herhaald' } as const;

export default function ResetPasswordPage() {
  useDocumentTitle(nl.reset.title);
  const t = nl.reset;
  const token = useSearchParams()[0].get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTokenProblem(null);
    const problems = form.report({
      newPassword: passwordProblem(password) ?? undefined,
      passwordRepeat: password !== repeat ? nl.forms.passwordsDiffer : undefined,
    });
    if (problems) return;
    try {
      await reset({ variables: { token, newPassword: password } });
      setDone(true);
    } catch (error) {
      const problem = form.reportApiError(error);
      if (problem.code === ErrorCode.INVALID_TOKEN) setTokenProblem(problem.message);
    }
  };

  if (!token || done) return <ResetOutcome done={done} />;

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {form.hasErrors && (
        <ErrorSummary
          ref={form.summaryRef}
          heading={nl.forms.summaryHeading}
          general={
            tokenProblem ? (
              <>
                {tokenProblem} <RouterLink to="/wachtwoord-vergeten">{t.requestNew}</RouterLink>
              </>
            ) : (
              form.general
            )
          }
          items={form.items}
        />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <NewPasswordFields password={password} setPassword={setPassword} repeat={repeat} setRepeat={setRepeat} field={form.field} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.busy : t.submit}
        </Button>
      </form>
    </>
  );
}

function NewPasswordFields({
  password,
  setPassword,
  repeat,
  setRepeat,
  field,
}: {
  password: string;
  setPassword: (password: string) => void;
  repeat: string;
  setRepeat: (repeat: string) => void;
  field: (name: keyof typeof FIELDS) => FormFieldState;
}) {
  const t = nl.reset;
  const first = field('newPassword');
  const second = field('passwordRepeat');
  return (
    <>
      <FormField
        inputId={first.id}
        label={t.password}
        description={nl.forms.passwordHint}
        descriptionId={`${first.id}-uitleg`}
        error={first.error}
        errorId={first.errorId}
      >
        <TextInput
          id={first.id}
          type="password"
          autoComplete="new-password"
          required
          invalid={first.invalid}
          aria-describedby={describedBy(`${first.id}-uitleg`, first.error && first.errorId)}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </FormField>
      <FormField inputId={second.id} label={t.passwordRepeat} error={second.error} errorId={second.errorId}>
        <TextInput
          id={second.id}
          type="password"
          autoComplete="new-password"
          required
          invalid={second.invalid}
          aria-describedby={describedBy(second.error && second.errorId)}
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
      </FormField>
    </>
  );
}

/** Without a token there is nothing to reset; after a reset, the way to log in. */
function ResetOutcome({ done }: { done: boolean }) {
  const t = nl.reset;
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      {done ? (
        <Alert type="ok" role="status">
          {t.done}
        </Alert>
      ) : (
        <Alert type="error">{t.noToken}</Alert>
      )}
      <Paragraph>
        {done ? <RouterLink to="/inloggen">{t.toLogin}</RouterLink> : <RouterLink to="/wachtwoord-vergeten">{t.requestNew}</RouterLink>}
      </Paragraph>
    </>
  );
}
