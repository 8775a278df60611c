import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { INDICATORS_2026, isKnowledgeSlug, isReservedKnowledgeSlug, KNOWLEDGE_THEMES, slugFromTitle } from '@monitor/domain';
import { KnowledgeArticleDocument, SaveKnowledgeArticleDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlKnowledge } from '../../i18n/nl.knowledge';
import { RoleGate } from '../../app/session/RoleGate';
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
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { MarkdownField } from '../../ui/forms/MarkdownField';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayEditKnowledge } from './knowledgeAccess';
import { formatSources, parseSources } from './sources';
import './knowledge.css';

const t = nlKnowledge.editor;

interface Draft {
  slug: string;
  title: string;
  theme: string;
  summary: string;
  bodyMarkdown: string;
  indicatorKeys: string[];
  sources: string;
  note: string;
}

const EMPTY: Draft = { slug: '', title: '', theme: KNOWLEDGE_THEMES[0], summary: '', bodyMarkdown: '', indicatorKeys: [], sources: '', note: '' };

const FIELD_IDS = {
  'input.title': 'artikel-titel',
  'input.slug': 'artikel-adres',
  'input.theme': 'artikel-thema',
  'input.summary': 'artikel-samenvatting',
  'input.bodyMarkdown': 'artikel-tekst',
  'input.indicatorKeys': `artikel-indicator-${INDICATORS_2026[0].key.replace(/\./g, '-')}`,
  'input.sources': 'artikel-bronnen',
  'input.note': 'artikel-toelichting',
};

type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** Some fields of the article form: the draft, its setter and each field's id and error. */
interface DraftFieldsProps {
  draft: Draft;
  set: SetDraft;
  f: (name: keyof typeof FIELD_IDS) => FormFieldState;
}

function slugProblem(slug: string): string | undefined {
  if (!isKnowledgeSlug(slug)) return t.errors.slug;
  return isReservedKnowledgeSlug(slug) ? t.errors.slugReserved(slug) : undefined;
}

/** /kennisbank/nieuw and /kennisbank/:slug/bewerken: for knowledge editors and administrators. */
export default function KnowledgeEditorPage() {
  return (
    <RoleGate allows={(me) => mayEditKnowledge(me.role)} heading={t.titleNew} notice={t.noAccess}>
      <ArticleEditor />
    </RoleGate>
  );
}

function ArticleEditor() {
  const { slug } = useParams();
  return slug ? <ExistingArticleEditor slug={slug} /> : <ArticleForm initial={EMPTY} revision={0} />;
}

function ExistingArticleEditor({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(KnowledgeArticleDocument, { variables: { slug, signedIn: true }, fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  const article = data?.knowledgeArticle;
  if (!article) return <Paragraph>{nlKnowledge.article.notFound}</Paragraph>;
  const initial: Draft = {
    slug: article.slug,
    title: article.title,
    theme: article.theme,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    indicatorKeys: article.indicatorKeys,
    sources: formatSources(article.sources),
    note: '',
  };
  return <ArticleForm initial={initial} revision={article.revision} />;
}

function ArticleForm({ initial, revision }: { initial: Draft; revision: number }) {
  const isNew = revision === 0;
  useDocumentTitle(isNew ? t.titleNew : t.titleEdit(initial.title));
  const [draft, setDraft] = useState<Draft>(initial);
  const [slugTouched, setSlugTouched] = useState(!isNew);
  const form = useFormErrors(FIELD_IDS);
  const navigate = useNavigate();
  const [save, { loading }] = useMutation(SaveKnowledgeArticleDocument, { refetchQueries: ['KnowledgeArticles', 'KnowledgeIndicatorLinks'] });

  // a new article's address follows its title until the editor changes it
  useEffect(() => {
    if (isNew && !slugTouched) setDraft((d) => ({ ...d, slug: slugFromTitle(d.title) }));
  }, [draft.title, isNew, slugTouched]);

  const set: SetDraft = (key, value) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { sources, badLine } = parseSources(draft.sources);
    const problems = form.report({
      'input.title': draft.title.trim() ? undefined : t.errors.title,
      'input.slug': slugProblem(draft.slug),
      'input.bodyMarkdown': draft.bodyMarkdown.trim() ? undefined : t.errors.body,
      'input.sources': badLine === null ? undefined : t.errors.sources(badLine),
    });
    if (problems) return;
    try {
      const { data } = await save({
        variables: {
          input: {
            slug: draft.slug,
            expectedRevision: revision,
            title: draft.title.trim(),
            theme: draft.theme,
            summary: draft.summary.trim(),
            bodyMarkdown: draft.bodyMarkdown,
            indicatorKeys: draft.indicatorKeys,
            sources,
            note: draft.note.trim() || null,
          },
        },
      });
      if (data) void navigate(`/kennisbank/${data.saveKnowledgeArticle.slug}`);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const f = form.field;
  return (
    <>
      <Heading level={1}>{isNew ? t.titleNew : t.titleEdit(initial.title)}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-knowledge-editor">
        <ErrorSummary ref={form.summaryRef} headingLevel={2} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
        <TitleAndSlugFields draft={draft} set={set} f={f} isNew={isNew} onSlugTouched={() => setSlugTouched(true)} />
        <ThemeAndSummaryFields draft={draft} set={set} f={f} />
        <MarkdownField
          field={f('input.bodyMarkdown')}
          label={t.fieldBody}
          value={draft.bodyMarkdown}
          rows={18}
          required
          onChange={(v) => set('bodyMarkdown', v)}
        />
        <IndicatorChoice selected={draft.indicatorKeys} onChange={(keys) => set('indicatorKeys', keys)} error={f('input.indicatorKeys').error} />
        <SourcesAndNoteFields draft={draft} set={set} f={f} />
        <div className="monitor-knowledge-editor__actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {loading ? t.saving : t.save}
          </Button>
          <RouterLink to={isNew ? '/kennisbank' : `/kennisbank/${initial.slug}`}>{t.cancel}</RouterLink>
        </div>
      </form>
    </>
  );
}

function IndicatorChoice({ selected, onChange, error }: { selected: string[]; onChange: (keys: string[]) => void; error: string | null }) {
  const chosen = useMemo(() => new Set(selected), [selected]);
  return (
    <Fieldset legend={t.fieldIndicators} error={error} errorId="artikel-indicatoren-fout">
      <ul className="monitor-knowledge-editor__indicators">
        {INDICATORS_2026.map((indicator) => {
          const id = `artikel-indicator-${indicator.key.replace(/\./g, '-')}`;
          return (
            <li key={indicator.key}>
              <Checkbox
                id={id}
                checked={chosen.has(indicator.key)}
                onChange={(e) => onChange(e.target.checked ? [...selected, indicator.key] : selected.filter((k) => k !== indicator.key))}
              />
              <label htmlFor={id}>
                {indicator.label} <span className="monitor-knowledge-editor__theme">({indicator.theme})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}

function TitleAndSlugFields({ draft, set, f, isNew, onSlugTouched }: DraftFieldsProps & { isNew: boolean; onSlugTouched: () => void }) {
  return (
    <>
      <FormField inputId={f('input.title').id} label={t.fieldTitle} error={f('input.title').error} errorId={f('input.title').errorId}>
        <TextInput
          id={f('input.title').id}
          value={draft.title}
          required
          invalid={f('input.title').invalid}
          aria-describedby={describedBy(f('input.title').error && f('input.title').errorId)}
          onChange={(e) => set('title', e.target.value)}
        />
      </FormField>
      {isNew && (
        <FormField
          inputId={f('input.slug').id}
          label={t.fieldSlug}
          description={t.fieldSlugHint}
          descriptionId="artikel-adres-hint"
          error={f('input.slug').error}
          errorId={f('input.slug').errorId}
        >
          <TextInput
            id={f('input.slug').id}
            value={draft.slug}
            required
            invalid={f('input.slug').invalid}
            aria-describedby={describedBy('artikel-adres-hint', f('input.slug').error && f('input.slug').errorId)}
            onChange={(e) => {
              onSlugTouched();
              set('slug', e.target.value);
            }}
          />
        </FormField>
      )}
    </>
  );
}

function ThemeAndSummaryFields({ draft, set, f }: DraftFieldsProps) {
  return (
    <>
      <FormField inputId={f('input.theme').id} label={t.fieldTheme} error={f('input.theme').error} errorId={f('input.theme').errorId}>
        <Select id={f('input.theme').id} value={draft.theme} onChange={(e) => set('theme', e.target.value)}>
          {KNOWLEDGE_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {theme}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField inputId={f('input.summary').id} label={t.fieldSummary} description={t.fieldSummaryHint} descriptionId="artikel-samenvatting-hint">
        <Textarea
          id={f('input.summary').id}
          rows={3}
          value={draft.summary}
          aria-describedby="artikel-samenvatting-hint"
          onChange={(e) => set('summary', e.target.value)}
        />
      </FormField>
    </>
  );
}

function SourcesAndNoteFields({ draft, set, f }: DraftFieldsProps) {
  return (
    <>
      <FormField
        inputId={f('input.sources').id}
        label={t.fieldSources}
        description={t.fieldSourcesHint}
        descriptionId="artikel-bronnen-hint"
        error={f('input.sources').error}
        errorId={f('input.sources').errorId}
      >
        <Textarea
          id={f('input.sources').id}
          rows={5}
          value={draft.sources}
          invalid={f('input.sources').invalid}
          aria-describedby={describedBy('artikel-bronnen-hint', f('input.sources').error && f('input.sources').errorId)}
          onChange={(e) => set('sources', e.target.value)}
        />
      </FormField>
      <FormField inputId={f('input.note').id} label={t.fieldNote} description={t.fieldNoteHint} descriptionId="artikel-toelichting-hint">
        <TextInput
          id={f('input.note').id}
          value={draft.note}
          aria-describedby="artikel-toelichting-hint"
          onChange={(e) => set('note', e.target.value)}
        />
      </FormField>
    </>
  );
}
