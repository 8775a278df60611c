import { useMemo, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useQuery } from '@apollo/client/react';
import { SharingCandidatesDocument, type AgreementCard_AgreementFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RadioButton } from '../../ui/RadioButton';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useProposeAgreement } from './useProposeAgreement';

type Scope = 'VEILIG_THUIS_REGION' | 'SAFETY_REGION';
const SCOPES: Scope[] = ['VEILIG_THUIS_REGION', 'SAFETY_REGION'];

/** The input ids of the fields, for the error summary: the invitations start at the first municipality. */
function fieldIdsFor(others: { code: string }[]) {
  return {
    scope: `afspraak-regio-${SCOPES[0]}`,
    title: 'afspraak-titel',
    municipalityCodes: others.length > 0 ? `afspraak-gemeente-${others[0].code}` : `afspraak-regio-${SCOPES[0]}`,
  };
}

/** "Nieuwe afspraak voorstellen": region (scope), title and the municipalities of that region to invite. */
export function ProposeAgreementForm({ code, onProposed }: { code: string; onProposed: (agreement: AgreementCard_AgreementFragment) => void }) {
  const t = nlBenchmark.sharing;
  const candidates = useQuery(SharingCandidatesDocument, { variables: { code } });
  const [scope, setScope] = useState<Scope | null>(null);
  const [title, setTitle] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [propose, { loading }] = useProposeAgreement();

  const municipality = candidates.data?.municipality ?? null;
  const region = municipality?.regions.find((r) => r.type === scope) ?? null;
  const others = useMemo(
    () => (region?.municipalities ?? []).filter((m) => m.code !== code).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [region, code],
  );
  const fieldIds = useMemo(() => fieldIdsFor(others), [others]);
  const form = useFormErrors(fieldIds);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    const problems = form.report({
      scope: scope ? undefined : t.errors.scope,
      title: !trimmed ? t.errors.title : trimmed.length > 200 ? t.errors.titleLength : undefined,
      municipalityCodes: scope && invited.length === 0 ? t.errors.municipalityCodes : undefined,
    });
    if (problems || !scope) return;
    try {
      const { data } = await propose({ variables: { input: { scope, title: trimmed, municipalityCodes: invited } } });
      if (data) {
        setScope(null);
        setTitle('');
        setInvited([]);
        form.clear();
        onProposed(data.proposeSharingAgreement);
      }
    } catch (error) {
      form.reportApiError(error);
    }
  };

  if (candidates.loading && !candidates.data) return <LoadingStatus />;
  if (candidates.error || !municipality) return <ErrorMessage />;

  const scope$ = form.field('scope');
  const title$ = form.field('title');
  const members$ = form.field('municipalityCodes');
  return (
    <section aria-labelledby="afspraak-voorstellen">
      <Heading level={2} id="afspraak-voorstellen">
        {t.proposeHeading}
      </Heading>
      <Paragraph>{t.proposeIntro(municipality.name)}</Paragraph>
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <ScopeFieldset
          regions={municipality.regions}
          scope={scope}
          onScope={(s) => {
            setScope(s);
            setInvited([]);
          }}
          field={scope$}
        />
        <TitleField title={title} setTitle={setTitle} field={title$} />
        <InviteFieldset others={others} scopeChosen={scope !== null} invited={invited} setInvited={setInvited} field={members$} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? nl.forms.busy : t.submit}
        </Button>
      </form>
    </section>
  );
}

function ScopeFieldset({
  regions,
  scope,
  onScope,
  field: scope$,
}: {
  regions: { type: string; name: string }[];
  scope: Scope | null;
  onScope: (scope: Scope) => void;
  field: FormFieldState;
}) {
  const t = nlBenchmark.sharing;
  return (
    <Fieldset legend={t.scope} role="radiogroup" required error={scope$.error} errorId={scope$.errorId}>
      {SCOPES.map((s) => {
        const r = regions.find((candidate) => candidate.type === s);
        if (!r) return null;
        return (
          <FormField key={s} type="radio" inputId={`afspraak-regio-${s}`} label={t.scopeOption(t.scopeLabel[s], r.name)}>
            <RadioButton
              id={`afspraak-regio-${s}`}
              name="scope"
              value={s}
              invalid={scope$.invalid}
              checked={scope === s}
              onChange={() => onScope(s)}
            />
          </FormField>
        );
      })}
    </Fieldset>
  );
}

function TitleField({ title, setTitle, field: title$ }: { title: string; setTitle: (title: string) => void; field: FormFieldState }) {
  const t = nlBenchmark.sharing;
  return (
    <FormField
      inputId={title$.id}
      label={t.titleLabel}
      description={t.titleDescription}
      descriptionId={`${title$.id}-uitleg`}
      error={title$.error}
      errorId={title$.errorId}
    >
      <TextInput
        id={title$.id}
        autoComplete="off"
        required
        maxLength={200}
        invalid={title$.invalid}
        aria-describedby={describedBy(`${title$.id}-uitleg`, title$.error && title$.errorId)}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
    </FormField>
  );
}

function InviteFieldset({
  others,
  scopeChosen,
  invited,
  setInvited,
  field: members$,
}: {
  others: { code: string; name: string }[];
  scopeChosen: boolean;
  invited: string[];
  setInvited: Dispatch<SetStateAction<string[]>>;
  field: FormFieldState;
}) {
  const t = nlBenchmark.sharing;
  return (
    <Fieldset
      legend={t.members}
      description={scopeChosen ? undefined : t.chooseScopeFirst}
      descriptionId="afspraak-gemeenten-uitleg"
      error={members$.error}
      errorId={members$.errorId}
    >
      {others.map((m) => (
        <FormField key={m.code} type="checkbox" inputId={`afspraak-gemeente-${m.code}`} label={m.name}>
          <Checkbox
            id={`afspraak-gemeente-${m.code}`}
            name="municipalityCodes"
            value={m.code}
            invalid={members$.invalid}
            checked={invited.includes(m.code)}
            onChange={(event) => setInvited((current) => (event.target.checked ? [...current, m.code] : current.filter((c) => c !== m.code)))}
          />
        </FormField>
      ))}
    </Fieldset>
  );
}
