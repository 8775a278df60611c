import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { FORUM_BODY_MIN, FORUM_TITLE_MIN } from '@monitor/domain';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { AskForumQuestionDocument, ForumCategoryOptionsDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlForum } from '../../i18n/nl.forum';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './forum.css';

const t = nlForum.ask;
const FIELD_IDS = { 'input.categorySlug': 'vraag-categorie', 'input.title': 'vraag-titel', 'input.bodyMarkdown': 'vraag-tekst' };

interface FieldProps {
  id: string;
  error: string | null;
  errorId: string;
}

function CategoryField({ field, value, onChange }: { field: FieldProps; value: string; onChange: (slug: string) => void }) {
  const { data } = useQuery(ForumCategoryOptionsDocument);
  return (
    <FormField inputId={field.id} label={t.category} error={field.error} errorId={field.errorId}>
      <Select id={field.id} value={value} onChange={(e) => onChange(e.target.value)}>
        {(data?.forumCategories ?? []).map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

function AskForm() {
  useDocumentTitle(t.title);
  const [params] = useSearchParams();
  const [category, setCategory] = useState(params.get('categorie') ?? 'preventie');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const form = useFormErrors(FIELD_IDS);
  const navigate = useNavigate();
  const [ask, { loading }] = useMutation(AskForumQuestionDocument, { refetchQueries: ['ForumOverview'] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = form.report({
      'input.title': title.trim().length >= FORUM_TITLE_MIN ? undefined : t.errors.title,
      'input.bodyMarkdown': body.trim().length >= FORUM_BODY_MIN ? undefined : t.errors.body,
    });
    if (problems) return;
    try {
      const result = await ask({ variables: { input: { categorySlug: category, title: title.trim(), bodyMarkdown: body } } });
      if (result.data) void navigate(`/forum/vraag/${result.data.askForumQuestion.id}`);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  const f = form.field;
  const titleField = f('input.title');
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="monitor-forum__form">
        <ErrorSummary ref={form.summaryRef} headingLevel={2} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
        <CategoryField field={f('input.categorySlug')} value={category} onChange={setCategory} />
        <FormField inputId={titleField.id} label={t.fieldTitle} error={titleField.error} errorId={titleField.errorId}>
          <TextInput
            id={titleField.id}
            value={title}
            required
            maxLength={200}
            invalid={titleField.invalid}
            aria-describedby={describedBy(titleField.error && titleField.errorId)}
            onChange={(e) => setTitle(e.target.value)}
          />
        </FormField>
        <FormField
          inputId={f('input.bodyMarkdown').id}
          label={t.fieldBody}
          description={t.bodyHint}
          descriptionId="vraag-tekst-hint"
          error={f('input.bodyMarkdown').error}
          errorId={f('input.bodyMarkdown').errorId}
        >
          <Textarea
            id={f('input.bodyMarkdown').id}
            value={body}
            required
            rows={8}
            invalid={f('input.bodyMarkdown').invalid}
            aria-describedby={describedBy('vraag-tekst-hint', f('input.bodyMarkdown').error && f('input.bodyMarkdown').errorId)}
            onChange={(e) => setBody(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t.submit}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/forum">{nlForum.thread.back}</RouterLink>
      </Paragraph>
    </>
  );
}

/** /forum/nieuw: ask a question in a category. */
export default function ForumAskPage() {
  return (
    <RequireSignIn>
      <AskForm />
    </RequireSignIn>
  );
}
