import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { isFactsheetSlug, isReservedFactsheetSlug, slugFromTitle } from '@monitor/domain';
import { FactsheetDraftDocument, SaveFactsheetDocument, type FactsheetDraftQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { RoleGate } from '../../app/session/RoleGate';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { MarkdownField } from '../../ui/forms/MarkdownField';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FactsheetBlocksEditor, MAX_BLOCKS, type BlockDraft } from './FactsheetBlocksEditor';
import { FactsheetDraftPreview } from './FactsheetDraftPreview';
import { mayComposeFactsheets } from './factsheetAccess';
import '../../app/figures/figures.css';
import './factsheet.css';

const t = nlFactsheet.editor;
const PERIOD = /^\d{4}(-H[12])?$/;

interface Draft {
  slug: string;
  title: string;
  year: string;
  introMarkdown: string;
  conclusionMarkdown: string;
  blocks: BlockDraft[];
}

type BlockFieldName = `input.blocks.${number}.${'measure' | 'period' | 'textMarkdown'}`;
type FieldName =
  'input.title' | 'input.slug' | 'input.year' | 'input.introMarkdown' | BlockFieldName | 'input.conclusionMarkdown' | 'input.expectedVersion';

const blockFieldIds = Object.fromEntries(
  Array.from({ length: MAX_BLOCKS }, (_, i) => [
    [`input.blocks.${i}.measure`, `factsheet-blok-${i}-cijfer`],
    [`input.blocks.${i}.period`, `factsheet-blok-${i}-periode`],
    [`input.blocks.${i}.textMarkdown`, `factsheet-blok-${i}-tekst`],
  ]).flat(),
) as Record<BlockFieldName, string>;

/** Every field the server may name, in the order of the form (a conflict is reported at the title). */
const FIELD_IDS: Record<FieldName, string> = {
  'input.title': 'factsheet-titel',
  'input.slug': 'factsheet-adres',
  'input.year': 'factsheet-jaar',
  'input.introMarkdown': 'factsheet-inleiding',
  ...blockFieldIds,
  'input.conclusionMarkdown': 'factsheet-slot-tekst',
  'input.expectedVersion': 'factsheet-titel',
};

/** /factsheets/beheer/nieuw and /factsheets/beheer/:slug: compose a factsheet (NJi staff), preview and publish it. */
export default function FactsheetEditorPage() {
  return (
    <RoleGate allows={(me) => mayComposeFactsheets(me.role)} heading={t.titleNew} notice={nlFactsheet.admin.noAccess}>
      <FactsheetEditor />
    </RoleGate>
  );
}

function FactsheetEditor() {
  const { slug } = useParams();
  if (!slug) {
    const initial: Draft = { slug: '', title: '', year: String(new Date().getFullYear() - 1), introMarkdown: '', conclusionMarkdown: '', blocks: [] };
    return <FactsheetForm initial={initial} version={0} />;
  }
  return <ExistingFactsheet slug={slug} />;
}

function ExistingFactsheet({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(FactsheetDraftDocument, { variables: { slug }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  const draft = data?.factsheetDraft;
  if (!draft) return <Paragraph>{nlFactsheet.page.notFound}</Paragraph>;
  return (
    <>
      <FactsheetForm key={draft.version} initial={draftOf(draft)} version={draft.version} />
      <FactsheetDraftPreview draft={draft} />
    </>
  );
}

function draftOf(draft: NonNullable<FactsheetDraftQuery['factsheetDraft']>): Draft {
  return {
    slug: draft.slug,
    title: draft.title,
    year: String(draft.year),
    introMarkdown: draft.introMarkdown,
    conclusionMarkdown: draft.conclusionMarkdown,
    blocks: draft.blocks.map((b) => ({ kind: b.kind, measure: b.measure, period: b.period ?? '', title: b.title, text: b.textMarkdown })),
  };
}

function slugProblem(slug: string): string | undefined {
  if (!isFactsheetSlug(slug)) return t.errors.slug;
  return isReservedFactsheetSlug(slug) ? t.errors.slugReserved(slug) : undefined;
}

/** Problems the browser can see before asking the server (which checks everything again). */
function localProblems(draft: Draft): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {
    'input.title': draft.title.trim() ? undefined : t.errors.title,
    'input.slug': slugProblem(draft.slug),
    'input.year': /^\d{4}$/.test(draft.year.trim()) ? undefined : t.errors.year,
  };
  draft.blocks.forEach((block, i) => {
    if (block.kind === 'VEILIG_THUIS' && block.period.trim() && !PERIOD.test(block.period.trim()))
      problems[`input.blocks.${i}.period`] = t.errors.period;
  });
  return problems;
}

function FactsheetForm({ initial, version }: { initial: Draft; version: number }) {
  const isNew = version === 0;
  useDocumentTitle(isNew ? t.titleNew : t.titleEdit(initial.title));
  const [draft, setDraft] = useState<Draft>(initial);
  const [slugTouched, setSlugTouched] = useState(!isNew);
  const form = useFormErrors(FIELD_IDS);
  const navigate = useNavigate();
  const [save, { loading }] = useMutation(SaveFactsheetDocument, {
    refetchQueries: ['FactsheetDrafts', 'FactsheetDraft'],
    awaitRefetchQueries: true,
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // a new factsheet's address follows its title until the composer changes it
  useEffect(() => {
    if (isNew && !slugTouched) setDraft((d) => ({ ...d, slug: slugFromTitle(d.title) }));
  }, [draft.title, isNew, slugTouched]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.report(localProblems(draft))) return;
    try {
      const { data } = await save({ variables: { input: inputOf(draft, version) } });
      if (data && isNew) void navigate(`/factsheets/beheer/${data.saveFactsheet.slug}`);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const f = form.field;
  return (
    <>
      <Paragraph>
        <RouterLink to="/factsheets/beheer">{t.back}</RouterLink>
      </Paragraph>
      <Heading level={1}>{isNew ? t.titleNew : t.titleEdit(initial.title)}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-factsheet-editor">
        <ErrorSummary ref={form.summaryRef} headingLevel={2} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
        <HeadFields draft={draft} set={set} f={f} isNew={isNew} onSlugTouched={() => setSlugTouched(true)} />
        <MarkdownField
          field={f('input.introMarkdown')}
          label={t.fieldIntro}
          value={draft.introMarkdown}
          rows={8}
          onChange={(v) => set('introMarkdown', v)}
        />
        <FactsheetBlocksEditor blocks={draft.blocks} onChange={(blocks) => set('blocks', blocks)} field={f} />
        <MarkdownField
          field={f('input.conclusionMarkdown')}
          label={t.fieldConclusion}
          value={draft.conclusionMarkdown}
          rows={6}
          onChange={(v) => set('conclusionMarkdown', v)}
        />
        <div className="monitor-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {loading ? t.saving : t.save}
          </Button>
          <RouterLink to="/factsheets/beheer">{t.cancel}</RouterLink>
        </div>
      </form>
    </>
  );
}

function inputOf(draft: Draft, version: number) {
  return {
    slug: draft.slug,
    expectedVersion: version,
    title: draft.title.trim(),
    year: Number(draft.year.trim()),
    introMarkdown: draft.introMarkdown,
    conclusionMarkdown: draft.conclusionMarkdown,
    blocks: draft.blocks.map((b) => ({
      kind: b.kind,
      measure: b.measure,
      period: b.period.trim() || null,
      title: b.title.trim() || null,
      textMarkdown: b.text,
    })),
  };
}

interface HeadFieldsProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  f: (name: FieldName) => FormFieldState;
  isNew: boolean;
  onSlugTouched: () => void;
}

function HeadFields({ draft, set, f, isNew, onSlugTouched }: HeadFieldsProps) {
  const input = (name: 'input.title' | 'input.year', key: 'title' | 'year', label: string) => (
    <FormField inputId={f(name).id} label={label} error={f(name).error} errorId={f(name).errorId}>
      <TextInput
        id={f(name).id}
        value={draft[key]}
        required
        inputMode={key === 'year' ? 'numeric' : undefined}
        invalid={f(name).invalid}
        aria-describedby={describedBy(f(name).error && f(name).errorId)}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  );
  const slug = f('input.slug');
  return (
    <>
      {input('input.title', 'title', t.fieldTitle)}
      {isNew && (
        <FormField
          inputId={slug.id}
          label={t.fieldSlug}
          description={t.fieldSlugHint}
          descriptionId="factsheet-adres-hint"
          error={slug.error}
          errorId={slug.errorId}
        >
          <TextInput
            id={slug.id}
            value={draft.slug}
            required
            invalid={slug.invalid}
            aria-describedby={describedBy('factsheet-adres-hint', slug.error && slug.errorId)}
            onChange={(e) => {
              onSlugTouched();
              set('slug', e.target.value);
            }}
          />
        </FormField>
      )}
      {input('input.year', 'year', t.fieldYear)}
    </>
  );
}
