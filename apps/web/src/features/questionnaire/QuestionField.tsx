import { useEffect, useRef, useState } from 'react';
import { hasAnswer, REALISATION_VALUES, type AnswerValue, type Question } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { Checkbox } from '../../ui/Checkbox';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { RadioButton } from '../../ui/RadioButton';
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { characterCount, DEFAULT_TEXT_LENGTH, numberForInput, numberHint, questionId, readNumberInput } from './definition';
import { TYPING_DELAY_MS, type ChangeOptions } from './useAutosave';

export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  /** What the user typed, when it is not (yet) a valid value. */
  draft?: string;
  error?: string | null;
  onChange: (value: AnswerValue | undefined, options?: ChangeOptions) => void;
}

const REALISATION_OPTIONS = REALISATION_VALUES.map((value) => ({ value, label: nl.answerLabels[value] }));

/** What every kind of control gets: the question, its ids and label, its value and the change handler. */
interface ControlProps {
  question: Question;
  id: string;
  label: string;
  helpId: string;
  errorId: string;
  error?: string | null;
  value: AnswerValue | undefined;
  draft?: string;
  onChange: QuestionFieldProps['onChange'];
}

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index}`);

/** One question with the control for its type, its help text, "(verplicht)" and its error, all linked. */
export function QuestionField({ question, value, draft, error, onChange }: QuestionFieldProps) {
  const id = questionId(question.key);
  const label = question.required ? `${question.label} ${nl.questionnaire.required}` : question.label;
  const props: ControlProps = { question, id, label, helpId: `${id}-uitleg`, errorId: `${id}-fout`, error, value, draft, onChange };

  let control: React.ReactNode;
  switch (question.type) {
    case 'YES_PARTLY_NO':
    case 'SINGLE_CHOICE':
      control = <SingleChoiceQuestion {...props} />;
      break;
    case 'MULTIPLE_CHOICE':
      control = <MultipleChoiceQuestion {...props} />;
      break;
    case 'NUMBER':
    case 'PERCENTAGE':
      control = <NumberQuestion {...props} />;
      break;
    case 'TEXT':
      control = <TextQuestion {...props} />;
      break;
    case 'DATE':
      control = <DateQuestion {...props} />;
      break;
  }

  return (
    <div
      className="monitor-question"
      data-question-key={question.key}
      data-required={question.required ? 'true' : 'false'}
      data-answered={hasAnswer(value) ? 'true' : 'false'}
    >
      {control}
    </div>
  );
}

function SingleChoiceQuestion({ question, id, label, helpId, errorId, error, value, onChange }: ControlProps) {
  const options = question.type === 'YES_PARTLY_NO' ? REALISATION_OPTIONS : (question.options ?? []);
  return (
    <Fieldset
      legend={label}
      role="radiogroup"
      required={question.required}
      description={question.help}
      descriptionId={helpId}
      error={error}
      errorId={errorId}
    >
      <div className={question.type === 'YES_PARTLY_NO' ? 'monitor-choices monitor-choices--inline' : 'monitor-choices'}>
        {options.map((option, index) => (
          <FormField key={option.value} type="radio" inputId={optionId(id, index)} label={option.label}>
            <RadioButton
              id={optionId(id, index)}
              name={id}
              value={option.value}
              invalid={Boolean(error)}
              checked={value === option.value}
              onChange={() => onChange(option.value, { delay: 0 })}
            />
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}

function MultipleChoiceQuestion({ question, id, label, helpId, errorId, error, value, onChange }: ControlProps) {
  const selected = Array.isArray(value) ? value : [];
  const options = question.options ?? [];
  const toggle = (option: string, checked: boolean) => {
    const chosen = new Set(selected);
    if (checked) chosen.add(option);
    else chosen.delete(option);
    // in the order of the options, so that the saved value does not depend on the click order
    const next = options.map((o) => o.value).filter((v) => chosen.has(v));
    onChange(next.length > 0 ? next : undefined, { delay: 0 });
  };
  return (
    <Fieldset
      legend={label}
      role="group"
      required={question.required}
      description={question.help}
      descriptionId={helpId}
      error={error}
      errorId={errorId}
    >
      {options.map((option, index) => (
        <FormField key={option.value} type="checkbox" inputId={optionId(id, index)} label={option.label}>
          <Checkbox
            id={optionId(id, index)}
            name={id}
            value={option.value}
            invalid={Boolean(error)}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        </FormField>
      ))}
    </Fieldset>
  );
}

function NumberQuestion({ question, id, label, helpId, errorId, error, value, draft, onChange }: ControlProps) {
  const hintId = `${id}-bereik`;
  const unit = question.type === 'PERCENTAGE' ? '%' : question.unit;
  return (
    <FormField
      inputId={id}
      label={label}
      description={
        <>
          {question.help && <span id={helpId}>{question.help} </span>}
          <span id={hintId}>{numberHint(question)}</span>
        </>
      }
      error={error}
      errorId={errorId}
    >
      <span className="monitor-number-input">
        <TextInput
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="monitor-number-input__field"
          required={question.required}
          invalid={Boolean(error)}
          aria-describedby={describedBy(question.help && helpId, hintId, error && errorId)}
          value={draft ?? numberForInput(value)}
          onChange={(event) => {
            const text = event.target.value;
            const read = readNumberInput(question, text);
            onChange(read.value, { draft: text, delay: TYPING_DELAY_MS, problem: read.problem });
          }}
        />
        {unit && (
          <span className="monitor-number-input__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
    </FormField>
  );
}

function DateQuestion({ question, id, label, helpId, errorId, error, value, onChange }: ControlProps) {
  return (
    <FormField
      inputId={id}
      label={label}
      description={<span id={helpId}>{[question.help, nl.questionnaire.dateHint].filter(Boolean).join(' ')}</span>}
      error={error}
      errorId={errorId}
    >
      <TextInput
        id={id}
        type="date"
        className="monitor-date-input"
        required={question.required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(helpId, error && errorId)}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => {
          const text = event.target.value;
          onChange(text === '' ? undefined : text, { draft: text, delay: TYPING_DELAY_MS });
        }}
      />
    </FormField>
  );
}

function TextQuestion({ question, id, label, helpId, errorId, error, value, draft, onChange }: ControlProps) {
  const text = draft ?? (typeof value === 'string' ? value : '');
  const max = question.maxLength ?? DEFAULT_TEXT_LENGTH;
  const countId = `${id}-tekens`;
  const count = nl.questionnaire.characters(characterCount(text), max);
  // The visible count follows every key; screen readers hear it once typing pauses.
  const [announced, setAnnounced] = useState('');
  const initialCount = useRef(count);
  useEffect(() => {
    if (count === initialCount.current) return;
    const timer = setTimeout(() => setAnnounced(count), 1000);
    return () => clearTimeout(timer);
  }, [count]);
  return (
    <FormField
      inputId={id}
      label={label}
      description={question.help ? <span id={helpId}>{question.help}</span> : undefined}
      error={error}
      errorId={errorId}
    >
      <Textarea
        id={id}
        rows={4}
        required={question.required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(question.help && helpId, countId, error && errorId)}
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          onChange(next === '' ? undefined : next, { draft: next, delay: TYPING_DELAY_MS });
        }}
      />
      <p id={countId} className="monitor-character-count">
        {count}
      </p>
      <p className="monitor-visually-hidden" aria-live="polite">
        {announced}
      </p>
    </FormField>
  );
}
