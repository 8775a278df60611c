import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { passwordProblem } from '@monitor/domain';
import { ChangePasswordDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/forms/useFormErrors';

const FIELDS = {
  currentPassword: 'wachtwoord-huidig',
  newPassword: 'wachtwoord-nieuw',
  passwordRepeat: 'wachtwoord-nieuw-herhaald',
} as const;

export function ChangePasswordForm() {
  const t = nl.account;
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', passwordRepeat: '' });
  const [done, setDone] = useState(false);
  const form = useFormErrors(FIELDS);
  // a password change ends the other sessions and revokes every API token: show both lists anew
  const [change, { loading }] = useMutation(ChangePasswordDocument, { refetchQueries: ['AccountSessions', 'ApiTokens'] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const problems = form.report({
      currentPassword: values.currentPassword ? undefined : t.currentPasswordMissing,
      newPassword: passwordProblem(values.newPassword) ?? undefined,
      passwordRepeat: values.newPassword !== values.passwordRepeat ? nl.forms.passwordsDiffer : undefined,
    });
    if (problems) return;
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      setValues({ currentPassword: '', newPassword: '', passwordRepeat: '' });
      setDone(true);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const input = (name: keyof typeof FIELDS, label: string, autoComplete: string, hint = false) => {
    const field = form.field(name);
    const hintId = `${field.id}-uitleg`;
    return (
      <FormField
        inputId={field.id}
        label={label}
        description={hint ? nl.forms.passwordHint : undefined}
        descriptionId={hint ? hintId : undefined}
        error={field.error}
        errorId={field.errorId}
      >
        <TextInput
          id={field.id}
          type="password"
          autoComplete={autoComplete}
          required
          invalid={field.invalid}
          aria-describedby={describedBy(hint && hintId, field.error && field.errorId)}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        />
      </FormField>
    );
  };

  return (
    <section aria-labelledby="account-wachtwoord">
      <Heading level={2} id="account-wachtwoord">
        {t.passwordHeading}
      </Heading>
      <div role="status">{done && <Alert type="ok">{t.passwordChanged}</Alert>}</div>
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        {input('currentPassword', t.currentPassword, 'current-password')}
        {input('newPassword', t.newPassword, 'new-password', true)}
        {input('passwordRepeat', t.newPasswordRepeat, 'new-password')}
        <Button type="submit" busy={loading} disabled={loading}>
          {t.passwordSubmit}
        </Button>
      </form>
    </section>
  );
}
