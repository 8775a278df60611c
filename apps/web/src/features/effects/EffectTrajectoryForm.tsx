import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { SaveEffectTrajectoryDocument, type EffectRater } from '../../gql/__generated__/graphql';
import { nlEffects } from '../../i18n/nl.effects';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { TextInput } from '../../ui/TextInput';
import { UploadOutcome, type Outcome } from './UploadOutcome';
import { uploadProblems } from './uploadErrors';

const t = nlEffects.form;
const RATERS: EffectRater[] = ['HELPER', 'PARENT', 'CHILD'];

function Field({
  id,
  label,
  hint,
  value,
  onChange,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  inputMode?: 'numeric';
}) {
  return (
    <FormField inputId={id} label={label} description={hint} descriptionId={hint ? `${id}-hint` : undefined}>
      <TextInput
        id={id}
        value={value}
        inputMode={inputMode}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}

/** One trajectory at one moment: the scores of helper, parent and child (each optional). */
export function EffectTrajectoryForm({ municipalityCode }: { municipalityCode: string }) {
  const [values, setValues] = useState({ trajectoryId: '', intervention: '', districtCode: '', moment: '0' });
  const [scores, setScores] = useState<Record<EffectRater, string>>({ HELPER: '', PARENT: '', CHILD: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [save, { loading }] = useMutation(SaveEffectTrajectoryDocument, {
    refetchQueries: ['EffectPublications', 'EffectScores'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const entered = RATERS.filter((rater) => scores[rater].trim() !== '').map((rater) => ({
      rater,
      moment: Number(values.moment),
      score: Number(scores[rater]),
    }));
    try {
      const input = {
        municipalityCode,
        trajectoryId: values.trajectoryId.trim(),
        intervention: values.intervention.trim(),
        districtCode: values.districtCode.trim() || null,
        scores: entered,
      };
      const { data } = await save({ variables: { input } });
      if (data) setOutcome({ kind: 'stored', scores: data.saveEffectTrajectory.scores, trajectories: data.saveEffectTrajectory.trajectories });
    } catch (error) {
      setOutcome({ kind: 'refused', ...uploadProblems(error) });
    }
  };

  return (
    <form className="monitor-effects__form" aria-labelledby="effect-form" onSubmit={(event) => void onSubmit(event)}>
      <Heading level={3} id="effect-form">
        {t.heading}
      </Heading>
      <Field id="effect-trajectory" label={t.trajectory} hint={t.trajectoryHint} value={values.trajectoryId} onChange={set('trajectoryId')} />
      <Field id="effect-intervention" label={t.intervention} hint={t.interventionHint} value={values.intervention} onChange={set('intervention')} />
      <Field id="effect-district" label={t.district} value={values.districtCode} onChange={set('districtCode')} />
      <Field id="effect-moment" label={t.moment} value={values.moment} onChange={set('moment')} inputMode="numeric" />
      <div className="monitor-effects__scores">
        {RATERS.map((rater) => (
          <Field
            key={rater}
            id={`effect-score-${rater.toLowerCase()}`}
            label={t.scoreOf(nlEffects.rater[rater])}
            value={scores[rater]}
            inputMode="numeric"
            onChange={(value) => setScores({ ...scores, [rater]: value })}
          />
        ))}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t.submit}
        </Button>
      </div>
      <UploadOutcome outcome={outcome} />
    </form>
  );
}
