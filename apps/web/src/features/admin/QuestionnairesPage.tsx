import { ErrorCode, isYearIn } from '@monitor/domain';
import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { AdminQuestionnairesDocument, CloneQuestionnaireDocument, type AdminQuestionnairesQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlQuestionnaireAdmin } from '../../i18n/nl.questionnaireAdmin';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { TextInput } from '../../ui/TextInput';
import { DemoBadge } from '../../ui/DemoBadge';
import { apiError } from '../../ui/forms/apiError';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

const FIELDS = { toYear: 'kopie-naar-jaar' } as const;

type QuestionnaireRow = AdminQuestionnairesQuery['questionnaires'][number];

const t = nlQuestionnaireAdmin.list;

/** /beheer/vragenlijsten: every questionnaire version with its status, and copying one to a new year. */
export default function QuestionnairesPage() {
  useDocumentTitle(t.title);
  const { data, loading, error } = useQuery(AdminQuestionnairesDocument, { fetchPolicy: 'cache-and-network' });
  const questionnaires = useMemo(() => [...(data?.questionnaires ?? [])].sort((a, b) => b.year - a.year), [data]);
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>

      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && questionnaires.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {questionnaires.length > 0 && <QuestionnairesTable questionnaires={questionnaires} />}
      {questionnaires.length > 0 && <CloneSection questionnaires={questionnaires} />}
    </>
  );
}

function QuestionnairesTable({ questionnaires }: { questionnaires: QuestionnaireRow[] }) {
  return (
    <Table id="vragenlijsten-tabel" caption={t.caption(questionnaires.length)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnYear}</TableHeaderCell>
          <TableHeaderCell>{t.columnTitle}</TableHeaderCell>
          <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
          <TableHeaderCell>{t.columnPeriod}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnSections}</TableHeaderCell>
          <TableHeaderCell>{t.columnAction}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {questionnaires.map((q) => (
          <TableRow key={q.year}>
            <TableHeaderCell scope="row">{q.year}</TableHeaderCell>
            <TableCell>
              {q.title}
              <DemoBadge name={q.title} isDemo={q.isDemo} />
            </TableCell>
            <TableCell>{nlQuestionnaireAdmin.status[q.status]}</TableCell>
            <TableCell>{t.period(q.opensOn, q.closesOn)}</TableCell>
            <TableCell numeric>{q.sections.length}</TableCell>
            <TableCell>
              {q.status === 'DRAFT' ? (
                <RouterLink to={`/beheer/vragenlijsten/${q.year}`} aria-label={t.editLabel(q.year)}>
                  {t.edit}
                </RouterLink>
              ) : (
                <RouterLink to={`/beheer/vragenlijsten/${q.year}`} aria-label={t.viewLabel(q.year)}>
                  {t.view}
                </RouterLink>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Copying a version to a new year: the chosen years, their checks, and the outcome (focused so it is read out). */
function useClone(newest: number | null) {
  const [fromYear, setFromYear] = useState<string | null>(null);
  const [toYear, setToYear] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [cloned, setCloned] = useState<{ fromYear: number; toYear: number } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const form = useFormErrors(FIELDS);
  const [clone, { loading: cloning }] = useMutation(CloneQuestionnaireDocument, {
    update(cache, { data: result }) {
      if (!result) return;
      cache.updateQuery({ query: AdminQuestionnairesDocument }, (current) =>
        current
          ? {
              questionnaires: [...current.questionnaires.filter((q) => q.year !== result.cloneQuestionnaire.year), result.cloneQuestionnaire].sort(
                (a, b) => b.year - a.year,
              ),
            }
          : current,
      );
    },
  });

  const chosenFrom = fromYear ?? (newest === null ? '' : String(newest));
  const chosenTo = toYear ?? (newest === null ? '' : String(newest + 1));

  const onClone = async (event: FormEvent) => {
    event.preventDefault();
    setConflict(null);
    setCloned(null);
    const target = Number(chosenTo);
    const invalid = !/^\d{4}$/.test(chosenTo.trim()) || !isYearIn('monitor', target);
    if (form.report({ toYear: invalid ? t.errors.toYear : undefined }) || !chosenFrom) return;
    try {
      const { data: result } = await clone({ variables: { fromYear: Number(chosenFrom), toYear: target } });
      if (!result) return;
      form.clear();
      setFromYear(null);
      setToYear(null);
      setCloned({ fromYear: Number(chosenFrom), toYear: result.cloneQuestionnaire.year });
      requestAnimationFrame(() => noticeRef.current?.focus());
    } catch (failure) {
      const problem = apiError(failure);
      if (problem.code === ErrorCode.CONFLICT) {
        form.clear();
        setConflict(problem.message);
        requestAnimationFrame(() => noticeRef.current?.focus());
      } else {
        form.reportApiError(failure);
      }
    }
  };
  return { chosenFrom, chosenTo, setFromYear, setToYear, conflict, cloned, noticeRef, form, cloning, onClone };
}

function CloneSection({ questionnaires }: { questionnaires: QuestionnaireRow[] }) {
  const { chosenFrom, chosenTo, setFromYear, setToYear, conflict, cloned, noticeRef, form, cloning, onClone } = useClone(
    questionnaires[0]?.year ?? null,
  );
  const toYear$ = form.field('toYear');
  return (
    <section aria-labelledby="vragenlijst-kopieren" className="monitor-card">
      <Heading level={2} id="vragenlijst-kopieren">
        {t.cloneHeading}
      </Heading>
      <Paragraph>{t.cloneIntro}</Paragraph>
      <CloneNotices noticeRef={noticeRef} cloned={cloned} conflict={conflict} />
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onClone(event)} className="monitor-form" aria-busy={cloning || undefined}>
        <div className="monitor-filter__fields">
          <FormField inputId="kopie-van-jaar" label={t.fromYear}>
            <Select id="kopie-van-jaar" value={chosenFrom} onChange={(event) => setFromYear(event.target.value)}>
              {questionnaires.map((q) => (
                <option key={q.year} value={q.year}>
                  {q.year}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            inputId={toYear$.id}
            label={t.toYear}
            description={t.toYearDescription}
            descriptionId={`${toYear$.id}-uitleg`}
            error={toYear$.error}
            errorId={toYear$.errorId}
          >
            <TextInput
              id={toYear$.id}
              inputMode="numeric"
              autoComplete="off"
              required
              size={6}
              invalid={toYear$.invalid}
              aria-describedby={describedBy(`${toYear$.id}-uitleg`, toYear$.error && toYear$.errorId)}
              value={chosenTo}
              onChange={(event) => setToYear(event.target.value)}
            />
          </FormField>
        </div>
        <Button type="submit" appearance="primary-action-button" busy={cloning} disabled={cloning}>
          {cloning ? t.cloning : t.cloneSubmit}
        </Button>
      </form>
    </section>
  );
}

function CloneNotices({
  noticeRef,
  cloned,
  conflict,
}: {
  noticeRef: RefObject<HTMLDivElement | null>;
  cloned: { fromYear: number; toYear: number } | null;
  conflict: string | null;
}) {
  return (
    <div ref={noticeRef} tabIndex={-1} className="monitor-notice">
      <div role="status">
        {cloned && (
          <Alert type="ok">
            <Paragraph>{t.cloned(cloned.fromYear, cloned.toYear)}</Paragraph>
            <Paragraph>
              <RouterLink to={`/beheer/vragenlijsten/${cloned.toYear}`}>{t.editNew(cloned.toYear)}</RouterLink>
            </Paragraph>
          </Alert>
        )}
      </div>
      <div role="alert">
        {conflict && (
          <Alert type="error">
            <Paragraph>{conflict}</Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}
