import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  PREVENTION_LEVEL_LABELS,
  PREVENTION_LEVELS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  type PreventionLevel,
  type TargetGroup,
} from '@monitor/domain';
import { SaveCareOfferDocument, type SupplyAnalysisPageQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { supplyText } from '../../i18n/nl.supply';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/forms/useFormErrors';

const t = supplyText.form;
const FIELD_IDS = {
  'input.interventionId': 'aanbod-interventie',
  'input.provider': 'aanbod-aanbieder',
  'input.districtCodes': 'aanbod-wijken',
  'input.capacity': 'aanbod-capaciteit',
  'input.reachLastYear': 'aanbod-bereik',
  'input.waitingWeeks': 'aanbod-wachttijd',
} as const;

interface Draft {
  interventionId: string;
  targetGroup: TargetGroup;
  preventionLevel: PreventionLevel;
  provider: string;
  districtCodes: string[];
  capacity: string;
  reachLastYear: string;
  waitingWeeks: string;
}
const EMPTY: Draft = {
  interventionId: '',
  targetGroup: 'FAMILIES',
  preventionLevel: 'CARE',
  provider: '',
  districtCodes: [],
  capacity: '',
  reachLastYear: '',
  waitingWeeks: '',
};
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

type Props = { code: string; interventions: SupplyAnalysisPageQuery['interventions']; districts: { code: string; name: string }[] };

/** For the municipality's editors: add an offer (the server checks again). */
export function CareOfferForm({ code, interventions, districts }: Props) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELD_IDS);
  const [save, { loading }] = useMutation(SaveCareOfferDocument, { refetchQueries: ['SupplyAnalysisPage'] });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (
      form.report({
        'input.interventionId': draft.interventionId ? undefined : t.required,
        'input.provider': draft.provider.trim() ? undefined : t.required,
      })
    )
      return;
    try {
      const { capacity, reachLastYear, waitingWeeks, ...rest } = draft;
      const numbers = { capacity: numberOrNull(capacity), reachLastYear: numberOrNull(reachLastYear), waitingWeeks: numberOrNull(waitingWeeks) };
      await save({ variables: { input: { ...rest, ...numbers, municipalityCode: code } } });
      setDraft(EMPTY);
      form.clear();
      setSaved(true);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const f = form.field;
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-supply__form">
      <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      {saved && (
        <Alert type="ok" role="status">
          {t.saved}
        </Alert>
      )}
      <FormField
        inputId={f('input.interventionId').id}
        label={t.intervention}
        error={f('input.interventionId').error}
        errorId={f('input.interventionId').errorId}
      >
        <Select
          id={f('input.interventionId').id}
          value={draft.interventionId}
          required
          invalid={f('input.interventionId').invalid}
          aria-describedby={describedBy(f('input.interventionId').error && f('input.interventionId').errorId)}
          onChange={(e) => set('interventionId', e.target.value)}
        >
          <option value="">{t.choose}</option>
          {interventions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </Select>
      </FormField>
      <ChoiceFields draft={draft} set={set} />
      <FormField inputId={f('input.provider').id} label={t.provider} error={f('input.provider').error} errorId={f('input.provider').errorId}>
        <TextInput
          id={f('input.provider').id}
          value={draft.provider}
          required
          invalid={f('input.provider').invalid}
          aria-describedby={describedBy(f('input.provider').error && f('input.provider').errorId)}
          onChange={(e) => set('provider', e.target.value)}
        />
      </FormField>
      <DistrictChoice districts={districts} draft={draft} set={set} field={f('input.districtCodes')} />
      <NumberFields draft={draft} set={set} field={f} />
      <Button type="submit" appearance="primary-action-button" disabled={loading}>
        {t.submit}
      </Button>
    </form>
  );
}

type Setter = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

function ChoiceFields({ draft, set }: { draft: Draft; set: Setter }) {
  return (
    <>
      <FormField inputId="aanbod-doelgroep" label={t.targetGroup}>
        <Select id="aanbod-doelgroep" value={draft.targetGroup} onChange={(e) => set('targetGroup', e.target.value as TargetGroup)}>
          {TARGET_GROUPS.map((g) => (
            <option key={g} value={g}>
              {TARGET_GROUP_LABELS[g]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField inputId="aanbod-niveau" label={t.level}>
        <Select id="aanbod-niveau" value={draft.preventionLevel} onChange={(e) => set('preventionLevel', e.target.value as PreventionLevel)}>
          {PREVENTION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {PREVENTION_LEVEL_LABELS[l]}
            </option>
          ))}
        </Select>
      </FormField>
    </>
  );
}

type FieldProps = { id: string; error: string | null; errorId: string; invalid: boolean };

function DistrictChoice({ districts, draft, set, field }: { districts: Props['districts']; draft: Draft; set: Setter; field: FieldProps }) {
  const toggle = (code: string, on: boolean) =>
    set('districtCodes', on ? [...draft.districtCodes, code] : draft.districtCodes.filter((c) => c !== code));
  return (
    <Fieldset legend={t.districts} error={field.error} errorId={field.errorId}>
      <div className="monitor-supply__districts" id={field.id}>
        {districts.map((d) => (
          <FormField key={d.code} type="checkbox" inputId={`aanbod-wijk-${d.code}`} label={d.name}>
            <Checkbox
              id={`aanbod-wijk-${d.code}`}
              checked={draft.districtCodes.includes(d.code)}
              onChange={(e) => toggle(d.code, e.target.checked)}
            />
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}

const NUMBER_FIELDS = [
  ['input.capacity', 'capacity', t.capacity],
  ['input.reachLastYear', 'reachLastYear', t.reach],
  ['input.waitingWeeks', 'waitingWeeks', t.waiting],
] as const;

function NumberFields({ draft, set, field }: { draft: Draft; set: Setter; field: (name: keyof typeof FIELD_IDS) => FieldProps }) {
  return (
    <>
      {NUMBER_FIELDS.map(([name, key, label]) => {
        const p = field(name);
        return (
          <FormField key={name} inputId={p.id} label={label} error={p.error} errorId={p.errorId}>
            <TextInput
              id={p.id}
              type="number"
              inputMode="numeric"
              min={0}
              value={draft[key]}
              invalid={p.invalid}
              aria-describedby={describedBy(p.error && p.errorId)}
              onChange={(e) => set(key, e.target.value)}
            />
          </FormField>
        );
      })}
    </>
  );
}
