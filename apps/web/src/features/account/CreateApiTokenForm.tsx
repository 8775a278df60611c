import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useMutation } from '@apollo/client/react';
import { grantableScopes } from '@monitor/domain';
import { ApiTokensDocument, CreateApiTokenDocument, type Role, type TokenScope } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';

const FIELDS = { name: 'token-naam', scopes: 'token-scope-PUBLIC_READ', expiresInDays: 'token-dagen' } as const;

export function CreateApiTokenForm({ role, onCreated }: { role: Role; onCreated: (name: string, secret: string) => void }) {
  const t = nl.tokens;
  const allowed = grantableScopes(role) as TokenScope[];
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['PUBLIC_READ']);
  const [days, setDays] = useState('90');
  const form = useFormErrors(FIELDS);
  const [create, { loading }] = useMutation(CreateApiTokenDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: ApiTokensDocument }, (current) =>
        current ? { apiTokens: [data.createApiToken.token, ...current.apiTokens] } : current,
      );
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const dayCount = Number(days);
    const problems = form.report({
      name: name.trim() ? undefined : t.nameMissing,
      scopes: scopes.length > 0 ? undefined : t.scopesMissing,
      expiresInDays: Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 365 ? undefined : t.daysInvalid,
    });
    if (problems) return;
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), scopes, expiresInDays: dayCount } } });
      if (data) {
        onCreated(data.createApiToken.token.name, data.createApiToken.secret);
        setName('');
      }
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const name$ = form.field('name');
  const scopes$ = form.field('scopes');
  const days$ = form.field('expiresInDays');
  return (
    <>
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <FormField
          inputId={name$.id}
          label={t.name}
          description={t.nameDescription}
          descriptionId={`${name$.id}-uitleg`}
          error={name$.error}
          errorId={name$.errorId}
        >
          <TextInput
            id={name$.id}
            autoComplete="off"
            required
            invalid={name$.invalid}
            aria-describedby={describedBy(`${name$.id}-uitleg`, name$.error && name$.errorId)}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </FormField>
        <ScopesFieldset allowed={allowed} scopes={scopes} setScopes={setScopes} field={scopes$} />
        <ExpiryDaysField days={days} setDays={setDays} field={days$} />
        <Button type="submit" busy={loading} disabled={loading}>
          {loading ? t.busy : t.submit}
        </Button>
      </form>
    </>
  );
}

function ScopesFieldset({
  allowed,
  scopes,
  setScopes,
  field: scopes$,
}: {
  allowed: TokenScope[];
  scopes: TokenScope[];
  setScopes: Dispatch<SetStateAction<TokenScope[]>>;
  field: FormFieldState;
}) {
  const t = nl.tokens;
  return (
    <Fieldset legend={t.scopes} description={t.scopesDescription} descriptionId="token-scopes-uitleg" error={scopes$.error} errorId={scopes$.errorId}>
      {allowed.map((scope) => (
        <FormField key={scope} type="checkbox" inputId={`token-scope-${scope}`} label={nl.scopes[scope]}>
          <Checkbox
            id={`token-scope-${scope}`}
            name="scopes"
            value={scope}
            invalid={scopes$.invalid}
            checked={scopes.includes(scope)}
            onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))}
          />
        </FormField>
      ))}
    </Fieldset>
  );
}

function ExpiryDaysField({ days, setDays, field: days$ }: { days: string; setDays: (days: string) => void; field: FormFieldState }) {
  const t = nl.tokens;
  return (
    <FormField
      inputId={days$.id}
      label={t.days}
      description={t.daysDescription}
      descriptionId={`${days$.id}-uitleg`}
      error={days$.error}
      errorId={days$.errorId}
    >
      <TextInput
        id={days$.id}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        required
        invalid={days$.invalid}
        aria-describedby={describedBy(`${days$.id}-uitleg`, days$.error && days$.errorId)}
        value={days}
        onChange={(event) => setDays(event.target.value)}
      />
    </FormField>
  );
}
