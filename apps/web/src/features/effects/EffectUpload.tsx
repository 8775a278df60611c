import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { UploadEffectScoresDocument } from '../../gql/__generated__/graphql';
import { nlEffects } from '../../i18n/nl.effects';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Textarea } from '../../ui/Textarea';
import { EffectTrajectoryForm } from './EffectTrajectoryForm';
import { UploadOutcome, type Outcome } from './UploadOutcome';
import { uploadProblems } from './uploadErrors';

const t = nlEffects.upload;

interface Props {
  municipalityCode: string;
  municipalityName: string;
}

/** CSV upload (file or pasted text) and the one-trajectory form, for the municipality's editors. */
export function EffectUpload({ municipalityCode, municipalityName }: Props) {
  const [csv, setCsv] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [upload, { loading }] = useMutation(UploadEffectScoresDocument, {
    refetchQueries: ['EffectPublications', 'EffectScores'],
    awaitRefetchQueries: true,
  });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await upload({ variables: { municipalityCode, csv } });
      if (data) setOutcome({ kind: 'stored', scores: data.uploadEffectScores.scores, trajectories: data.uploadEffectScores.trajectories });
    } catch (error) {
      setOutcome({ kind: 'refused', ...uploadProblems(error) });
    }
  };

  return (
    <section aria-labelledby="effect-upload">
      <Heading level={2} id="effect-upload">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro(municipalityName)}</Paragraph>
      <form className="monitor-effects__form" onSubmit={(event) => void onSubmit(event)}>
        <FormField inputId="effect-csv-file" label={t.fileLabel}>
          <input id="effect-csv-file" type="file" accept=".csv,text/csv" onChange={(event) => void onFile(event)} />
        </FormField>
        <FormField inputId="effect-csv" label={t.textLabel}>
          <Textarea id="effect-csv" rows={8} value={csv} onChange={(event) => setCsv(event.target.value)} spellCheck={false} />
        </FormField>
        <div>
          <Button type="submit" appearance="primary-action-button" disabled={loading || csv.trim() === ''}>
            {t.submit}
          </Button>
        </div>
      </form>
      <UploadOutcome outcome={outcome} />
      <EffectTrajectoryForm municipalityCode={municipalityCode} />
    </section>
  );
}
