import { ErrorCode } from '@monitor/domain';
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginDocument, SessionDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import type { ApiError } from '../../ui/forms/apiError';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { DemoAccounts } from './DemoAccounts';
import { isServerPage, safeReturnPath } from './safeReturnPath';
import { useSession } from '../../app/session/useSession';

const FIELDS = { email: 'inloggen-email', password: 'inloggen-wachtwoord' } as const;

/** Fields cached for one user; forget them when someone else logs in. */
const USER_FIELDS = ['sessions', 'apiTokens', 'registrations', 'users', 'auditEvents', 'mailOutbox'];

function generalError(problem: ApiError) {
  if (problem.code === ErrorCode.TOO_MANY_ATTEMPTS && problem.retryAfterSeconds !== null) {
    const at = nl.time(new Date(Date.now() + problem.retryAfterSeconds * 1000));
    return (
      <>
        {problem.message} {nl.login.retryAt(at)}
      </>
    );
  }
  return problem.message;
}

function LoginFields({
  form,
  email,
  setEmail,
  password,
  setPassword,
}: {
  form: ReturnType<typeof useFormErrors<keyof typeof FIELDS>>;
  email: string;
  setEmail: (value: string) => void;
  password: string;
  setPassword: (value: string) => void;
}) {
  const email$ = form.field('email');
  const password$ = form.field('password');
  return (
    <>
      <FormField inputId={email$.id} label={nl.login.email} error={email$.error} errorId={email$.errorId}>
        <TextInput
          id={email$.id}
          type="email"
          name="email"
          autoComplete="username"
          required
          invalid={email$.invalid}
          aria-describedby={describedBy(email$.error && email$.errorId)}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </FormField>
      <FormField inputId={password$.id} label={nl.login.password} error={password$.error} errorId={password$.errorId}>
        <TextInput
          id={password$.id}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          invalid={password$.invalid}
          aria-describedby={describedBy(password$.error && password$.errorId)}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </FormField>
    </>
  );
}

export default function LoginPage() {
  useDocumentTitle(nl.login.title);
  const [params] = useSearchParams();
  const location = useLocation();
  const { notice, noticeType = 'ok' } = (location.state as { notice?: string; noticeType?: 'ok' | 'warning' } | null) ?? {};
  const navigate = useNavigate();
  const { demoAccounts } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors(FIELDS);
  const [login, { loading }] = useMutation(LoginDocument, {
    update(cache, { data }) {
      if (!data) return;
      for (const fieldName of USER_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.updateQuery({ query: SessionDocument }, (session) => (session ? { ...session, me: data.login } : { me: data.login, demoAccounts: [] }));
    },
  });

  const signIn = async (address: string, secret: string) => {
    try {
      await login({ variables: { email: address, password: secret } });
    } catch (error) {
      form.reportApiError(error, generalError);
      return;
    }
    const target = safeReturnPath(params.get('terug'));
    if (isServerPage(target)) window.location.assign(target);
    else await navigate(target, { replace: true });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = form.report({
      email: email.trim() ? undefined : nl.login.emailMissing,
      password: password ? undefined : nl.login.passwordMissing,
    });
    if (!problems) void signIn(email.trim(), password);
  };

  return (
    <>
      <Heading level={1}>{nl.login.title}</Heading>
      {notice && (
        <Alert type={noticeType} role="status">
          {notice}
        </Alert>
      )}
      <Paragraph>{nl.login.intro}</Paragraph>
      {form.hasErrors && <ErrorSummary ref={form.summaryRef} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />}
      <form noValidate onSubmit={onSubmit} className="monitor-form">
        <LoginFields form={form} email={email} setEmail={setEmail} password={password} setPassword={setPassword} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? nl.login.busy : nl.login.submit}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{nl.login.forgot}</RouterLink>
      </Paragraph>
      <Paragraph>
        {nl.login.noAccount} <RouterLink to="/aanmelden">{nl.login.register}</RouterLink>
      </Paragraph>
      {demoAccounts.length > 0 && (
        <DemoAccounts accounts={demoAccounts} busy={loading} onLogin={(account) => void signIn(account.email, account.password)} />
      )}
    </>
  );
}
