import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { DATABANK_LABELS, DATABANKS, LEVELS_BY_DATABANK, RECOGNITION_LABELS, type Databank, type RecognitionLevel } from '@monitor/domain';
import { SaveInterventionDocument, type CatalogueEntry_InterventionFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { catalogueText } from '../../i18n/nl.catalogue';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';

const t = catalogueText.form;
const FIELD_IDS = {
  'input.name': 'catalogus-naam',
  'input.code': 'catalogus-code',
  'input.databank': 'catalogus-databank',
  'input.recognitionLevel': 'catalogus-niveau',
  'input.databankUrl': 'catalogus-adres',
} as const;
type FieldName = keyof typeof FIELD_IDS;

interface Draft {
  name: string;
  code: string;
  databank: Databank;
  recognitionLevel: RecognitionLevel;
  databankUrl: string;
}
type Entry = CatalogueEntry_InterventionFragment;

const draftOf = (entry: Entry | null): Draft =>
  entry
    ? { name: entry.name, code: entry.code, databank: entry.databank, recognitionLevel: entry.recognitionLevel, databankUrl: entry.databankUrl ?? '' }
    : { name: '', code: '', databank: 'NJI', recognitionLevel: 'WELL_FOUNDED', databankUrl: '' };

/** Adds an entry (entry null) or changes one; the server checks the level against the databank and names the field it refuses. */
export function InterventionForm({ entry, onDone }: { entry: Entry | null; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors(FIELD_IDS);
  const [save, { loading }] = useMutation(SaveInterventionDocument, { refetchQueries: ['InterventionCatalogue'] });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (form.report({ 'input.name': draft.name.trim() ? undefined : t.required })) return;
    try {
      const { code, databankUrl, ...rest } = draft;
      const input = { ...rest, id: entry?.id ?? null, code: entry ? null : code.trim() || null, databankUrl: databankUrl.trim() || null };
      const { data } = await save({ variables: { input } });
      form.clear();
      setSaved(data?.saveIntervention.name ?? draft.name);
      if (entry) onDone();
      else setDraft(draftOf(null));
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
          {t.saved(saved)}
        </Alert>
      )}
      <TextField field={f('input.name')} label={t.name} value={draft.name} onChange={(value) => set('name', value)} required />
      {entry ? (
        <Paragraph>{t.codeFixed(entry.code)}</Paragraph>
      ) : (
        <TextField field={f('input.code')} label={t.code} hint={t.codeHint} value={draft.code} onChange={(value) => set('code', value)} />
      )}
      <LevelFields draft={draft} set={set} field={f} />
      <TextField field={f('input.databankUrl')} label={t.url} value={draft.databankUrl} onChange={(value) => set('databankUrl', value)} type="url" />
      <div className="monitor-supply__actions">
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {entry ? t.submitEdit : t.submitNew}
        </Button>
        {entry && <Button onClick={onDone}>{t.cancel}</Button>}
      </div>
    </form>
  );
}

interface TextFieldProps {
  field: FormFieldState;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  type?: 'text' | 'url';
}

function TextField({ field, label, hint, value, onChange, required, type = 'text' }: TextFieldProps) {
  const hintId = `${field.id}-uitleg`;
  return (
    <FormField inputId={field.id} label={label} description={hint} descriptionId={hintId} error={field.error} errorId={field.errorId}>
      <TextInput
        id={field.id}
        type={type}
        value={value}
        required={required}
        invalid={field.invalid}
        aria-describedby={describedBy(hint && hintId, field.error && field.errorId)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}

type Setter = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** Databank, then only the levels that databank awards (choosing another databank picks its first level). */
function LevelFields({ draft, set, field }: { draft: Draft; set: Setter; field: (name: FieldName) => FormFieldState }) {
  const databank = field('input.databank');
  const level = field('input.recognitionLevel');
  const chooseDatabank = (value: Databank) => {
    set('databank', value);
    if (!LEVELS_BY_DATABANK[value].includes(draft.recognitionLevel)) set('recognitionLevel', LEVELS_BY_DATABANK[value][0]);
  };
  return (
    <>
      <FormField inputId={databank.id} label={t.databank} error={databank.error} errorId={databank.errorId}>
        <Select id={databank.id} value={draft.databank} invalid={databank.invalid} onChange={(e) => chooseDatabank(e.target.value as Databank)}>
          {DATABANKS.map((d) => (
            <option key={d} value={d}>
              {DATABANK_LABELS[d]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        inputId={level.id}
        label={t.level}
        description={t.levelHint}
        descriptionId={`${level.id}-uitleg`}
        error={level.error}
        errorId={level.errorId}
      >
        <Select
          id={level.id}
          value={draft.recognitionLevel}
          invalid={level.invalid}
          aria-describedby={describedBy(`${level.id}-uitleg`, level.error && level.errorId)}
          onChange={(e) => set('recognitionLevel', e.target.value as RecognitionLevel)}
        >
          {LEVELS_BY_DATABANK[draft.databank].map((l) => (
            <option key={l} value={l}>
              {RECOGNITION_LABELS[l]}
            </option>
          ))}
        </Select>
      </FormField>
    </>
  );
}
