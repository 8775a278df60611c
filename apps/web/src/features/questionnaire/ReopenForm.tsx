import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { ReopenResponseDocument, type QuestionnaireForm_ResponseFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Textarea } from '../../ui/Textarea';
import { useFormErrors } from '../../ui/forms/useFormErrors';

const FIELDS = { reason: 'heropenen-reden' } as const;

/** Administrators: make a submitted response editable again, with a reason. */
export function ReopenForm({
  code,
  year,
  onReopened,
}: {
  code: string;
  year: number;
  onReopened: (response: QuestionnaireForm_ResponseFragment) => void;
}) {
  const t = nl.questionnaire;
  const [reason, setReason] = useState('');
  const form = useFormErrors(FIELDS);
  const [reopen, { loading }] = useMutation(ReopenResponseDocument);
  const field = form.field('reason');
  const hintId = `${field.id}-uitleg`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.report({ reason: reason.trim().length < 5 ? t.reopenReasonMissing : undefined })) return;
    try {
      const { data } = await reopen({ variables: { municipalityCode: code, year, reason: reason.trim() } });
      if (data) onReopened(data.reopenResponse);
    } catch (error) {
      form.reportApiError(error);
    }
  };

  return (
    <section aria-labelledby="heropenen" className="monitor-no-print">
      <Heading level={2} id="heropenen">
        {t.reopenHeading}
      </Heading>
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <FormField
          inputId={field.id}
          label={t.reopenReason}
          description={t.reopenReasonDescription}
          descriptionId={hintId}
          error={field.error}
          errorId={field.errorId}
        >
          <Textarea
            id={field.id}
            rows={3}
            required
            invalid={field.invalid}
            aria-describedby={describedBy(hintId, field.error && field.errorId)}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
        <Button type="submit" busy={loading} disabled={loading}>
          {t.reopen}
        </Button>
      </form>
    </section>
  );
}
