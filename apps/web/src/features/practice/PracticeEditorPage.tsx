import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PracticeExampleDocument, PublishPracticeExampleDocument, UpdatePracticeExampleDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlPractice } from '../../i18n/nl.practice';
import { RoleGate, type SessionUser } from '../../app/session/RoleGate';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { MarkdownField } from '../../ui/forms/MarkdownField';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { INDICATOR_LABELS, PRACTICE_INDICATORS } from './practiceOptions';
import './practice.css';

const t = nlPractice.editor;

interface Draft {
  indicatorKey: string;
  title: string;
  measure: string;
  bodyMarkdown: string;
  contactConsent: boolean;
  contactName: string;
  contactEmail: string;
}

const FIELD_IDS = {
  'input.indicatorKey': 'praktijk-indicator-keuze',
  'input.title': 'praktijk-titel',
  'input.measure': 'praktijk-maatregel',
  'input.bodyMarkdown': 'praktijk-tekst',
  'input.contactConsent': 'praktijk-toestemming',
  'input.contactName': 'praktijk-contact-naam',
  'input.contactEmail': 'praktijk-contact-email',
};
type FieldName = keyof typeof FIELD_IDS;
type Form = ReturnType<typeof useFormErrors<FieldName>>;

/** Editors of a municipality write its practice examples; the server checks this again. */
const mayWritePractice = (me: SessionUser) => me.role === 'MUNICIPAL_EDITOR' && me.municipality !== null;

/** /praktijkvoorbeelden/nieuw and /praktijkvoorbeelden/:id/bewerken: for editors of the municipality. */
export default function PracticeEditorPage() {
  return (
    <RoleGate allows={mayWritePractice} heading={t.titleNew} notice={t.noAccess}>
      {(me) => me.municipality && <PracticeEditor municipalityCode={me.municipality.code} />}
    </RoleGate>
  );
}

function PracticeEditor({ municipalityCode }: { municipalityCode: string }) {
  const { id } = useParams();
  const [params] = useSearchParams();
  if (id) return <ExistingExample id={Number(id)} />;
  const indicator = params.get('indicator');
  const initial: Draft = {
    indicatorKey: indicator && INDICATOR_LABELS.has(indicator) ? indicator : PRACTICE_INDICATORS[0].key,
    title: '',
    measure: '',
    bodyMarkdown: '',
    contactConsent: false,
    contactName: '',
    contactEmail: '',
  };
  return <ExampleForm initial={initial} municipalityCode={municipalityCode} id={null} />;
}

function ExistingExample({ id }: { id: number }) {
  const { data, loading, error, refetch } = useQuery(PracticeExampleDocument, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  const example = data?.practiceExample;
  if (!example?.canEdit) return <Paragraph>{nlPractice.example.notFound}</Paragraph>;
  const initial: Draft = {
    indicatorKey: example.indicatorKey,
    title: example.title,
    measure: example.measure,
    bodyMarkdown: example.bodyMarkdown,
    contactConsent: example.contact !== null,
    contactName: example.contact?.name ?? '',
    contactEmail: example.contact?.email ?? '',
  };
  return <ExampleForm initial={initial} municipalityCode={example.municipalityCode} id={example.id} />;
}

function useSaveExample(id: number | null, municipalityCode: string) {
  const [publish, published] = useMutation(PublishPracticeExampleDocument, { refetchQueries: ['PracticeExamples'] });
  const [update, updated] = useMutation(UpdatePracticeExampleDocument, { refetchQueries: ['PracticeExamples', 'PracticeExample'] });
  const save = async (draft: Draft): Promise<number | null> => {
    const content = {
      title: draft.title.trim(),
      measure: draft.measure.trim(),
      bodyMarkdown: draft.bodyMarkdown,
      contactConsent: draft.contactConsent,
      contactName: draft.contactName.trim() || null,
      contactEmail: draft.contactEmail.trim() || null,
    };
    if (id === null) {
      const { data } = await publish({ variables: { input: { ...content, municipalityCode, indicatorKey: draft.indicatorKey } } });
      return data?.publishPracticeExample.id ?? null;
    }
    const { data } = await update({ variables: { id, input: content } });
    return data?.updatePracticeExample.id ?? null;
  };
  return { save, loading: published.loading || updated.loading };
}

function ExampleForm({ initial, municipalityCode, id }: { initial: Draft; municipalityCode: string; id: number | null }) {
  useDocumentTitle(id === null ? t.titleNew : t.titleEdit(initial.title));
  const [draft, setDraft] = useState<Draft>(initial);
  const form = useFormErrors(FIELD_IDS);
  const navigate = useNavigate();
  const { save, loading } = useSaveExample(id, municipalityCode);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = form.report({
      'input.title': draft.title.trim() ? undefined : t.errors.title,
      'input.measure': draft.measure.trim() ? undefined : t.errors.measure,
      'input.bodyMarkdown': draft.bodyMarkdown.trim() ? undefined : t.errors.body,
    });
    if (problems) return;
    try {
      const saved = await save(draft);
      if (saved !== null) void navigate(`/praktijkvoorbeelden/${saved}`);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  return (
    <>
      <Heading level={1}>{id === null ? t.titleNew : t.titleEdit(initial.title)}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-practice-editor">
        <ErrorSummary ref={form.summaryRef} headingLevel={2} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
        <ContentFields draft={draft} set={set} form={form} indicatorFixed={id !== null} />
        <ContactFields draft={draft} set={set} form={form} />
        <div className="monitor-practice-editor__actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {loading ? t.saving : id === null ? t.publish : t.save}
          </Button>
          <RouterLink to={id === null ? '/praktijkvoorbeelden' : `/praktijkvoorbeelden/${id}`}>{t.cancel}</RouterLink>
        </div>
      </form>
    </>
  );
}

interface FieldsProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  form: Form;
}

function ContentFields({ draft, set, form, indicatorFixed }: FieldsProps & { indicatorFixed: boolean }) {
  const f = form.field;
  const text = (name: 'input.title' | 'input.measure', key: 'title' | 'measure', label: string) => (
    <FormField inputId={f(name).id} label={label} error={f(name).error} errorId={f(name).errorId}>
      <TextInput
        id={f(name).id}
        value={draft[key]}
        required
        invalid={f(name).invalid}
        aria-describedby={describedBy(f(name).error && f(name).errorId)}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  );
  return (
    <>
      <FormField
        inputId={f('input.indicatorKey').id}
        label={t.fieldIndicator}
        error={f('input.indicatorKey').error}
        errorId={f('input.indicatorKey').errorId}
      >
        <Select
          id={f('input.indicatorKey').id}
          value={draft.indicatorKey}
          disabled={indicatorFixed}
          onChange={(e) => set('indicatorKey', e.target.value)}
        >
          {PRACTICE_INDICATORS.map((indicator) => (
            <option key={indicator.key} value={indicator.key}>
              {indicator.label} ({indicator.theme})
            </option>
          ))}
        </Select>
      </FormField>
      {text('input.title', 'title', t.fieldTitle)}
      {text('input.measure', 'measure', t.fieldMeasure)}
      <MarkdownField
        field={f('input.bodyMarkdown')}
        label={t.fieldBody}
        value={draft.bodyMarkdown}
        rows={14}
        required
        onChange={(v) => set('bodyMarkdown', v)}
      />
    </>
  );
}

function ContactFields({ draft, set, form }: FieldsProps) {
  const f = form.field;
  const consentError = f('input.contactConsent').error;
  return (
    <Fieldset
      legend={t.contactLegend}
      description={t.contactHint}
      descriptionId="praktijk-contact-hint"
      error={consentError}
      errorId={f('input.contactConsent').errorId}
    >
      <div className="monitor-practice-editor__consent">
        <Checkbox id={f('input.contactConsent').id} checked={draft.contactConsent} onChange={(e) => set('contactConsent', e.target.checked)} />
        <label htmlFor={f('input.contactConsent').id}>{t.fieldConsent}</label>
      </div>
      {(['input.contactName', 'input.contactEmail'] as const).map((name) => (
        <FormField
          key={name}
          inputId={f(name).id}
          label={name === 'input.contactName' ? t.fieldContactName : t.fieldContactEmail}
          error={f(name).error}
          errorId={f(name).errorId}
        >
          <TextInput
            id={f(name).id}
            type={name === 'input.contactEmail' ? 'email' : 'text'}
            autoComplete="off"
            value={name === 'input.contactName' ? draft.contactName : draft.contactEmail}
            invalid={f(name).invalid}
            aria-describedby={describedBy(f(name).error && f(name).errorId)}
            onChange={(e) => set(name === 'input.contactName' ? 'contactName' : 'contactEmail', e.target.value)}
          />
        </FormField>
      ))}
    </Fieldset>
  );
}
