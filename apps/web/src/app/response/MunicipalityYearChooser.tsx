import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { useMunicipalityOptions } from '../municipalities/useMunicipalityOptions';
import { useCurrentYear } from './useCurrentYear';

/** The texts of a chooser; the questionnaire's by default. */
export interface ChooserTexts {
  heading: string;
  intro: string;
  municipality: string;
  /** the empty option */
  choose: string;
  year: string;
  submit: string;
}

const QUESTIONNAIRE_TEXTS: ChooserTexts = {
  heading: nl.questionnaire.chooserHeading,
  intro: nl.questionnaire.chooserIntro,
  municipality: nl.questionnaire.chooserMunicipality,
  choose: nl.questionnaire.chooserChoose,
  year: nl.questionnaire.chooserYear,
  submit: nl.questionnaire.chooserSubmit,
};

export interface MunicipalityYearFormProps {
  /** e.g. /vragenlijst, /indicatoren or /vergelijken: the form goes to `${base}/${code}/${year}` */
  base: string;
  years: number[];
  code?: string;
  year?: number;
  /** the year chosen when none is given */
  defaultYear?: number | null;
  headingLevel?: 1 | 2;
  texts?: ChooserTexts;
  /** Shown next to the municipality when none is chosen; without it the form then does nothing. */
  missingMessage?: string;
  primary?: boolean;
  className?: string;
}

/** For NJi staff, who may read every municipality: choose a municipality and year, then go there. */
export function MunicipalityYearForm({
  base,
  years,
  code,
  year,
  defaultYear = null,
  headingLevel = 2,
  texts = QUESTIONNAIRE_TEXTS,
  missingMessage,
  primary = false,
  className,
}: MunicipalityYearFormProps) {
  const navigate = useNavigate();
  const { options, loading } = useMunicipalityOptions();
  const [chosenCode, setChosenCode] = useState(code ?? '');
  const [chosenYear, setChosenYear] = useState<string>(year ? String(year) : '');
  const [error, setError] = useState<string | null>(null);
  const yearValue = chosenYear || (defaultYear ? String(defaultYear) : '');
  const idPrefix = base.replace(/\W/g, '');
  const municipalityId = `${idPrefix}-gemeente`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosenCode && missingMessage) {
      setError(missingMessage);
      document.getElementById(municipalityId)?.focus();
      return;
    }
    if (!chosenCode || !yearValue) return;
    void navigate(`${base}/${chosenCode}/${yearValue}`);
  };

  return (
    <section aria-labelledby={`${idPrefix}-kiezen`} className={className}>
      <Heading level={headingLevel} id={`${idPrefix}-kiezen`}>
        {texts.heading}
      </Heading>
      <Paragraph>{texts.intro}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="monitor-form monitor-filter">
        <div className="monitor-filter__fields">
          <FormField inputId={municipalityId} label={texts.municipality} error={error} errorId={`${municipalityId}-fout`}>
            <Select
              id={municipalityId}
              value={chosenCode}
              disabled={loading}
              invalid={Boolean(error)}
              aria-describedby={error ? `${municipalityId}-fout` : undefined}
              onChange={(event) => {
                setChosenCode(event.target.value);
                setError(null);
              }}
            >
              <option value="">{texts.choose}</option>
              {options.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField inputId={`${idPrefix}-jaar`} label={texts.year}>
            <Select id={`${idPrefix}-jaar`} value={yearValue} onChange={(event) => setChosenYear(event.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <Button type="submit" appearance={primary ? 'primary-action-button' : undefined}>
          {texts.submit}
        </Button>
      </form>
    </section>
  );
}

/** The chooser of the questionnaire and indicator pages: the questionnaire years, the current one first chosen. */
export function MunicipalityYearChooser(props: { base: string; code?: string; year?: number; headingLevel?: 1 | 2 }) {
  const { years, currentYear } = useCurrentYear();
  return <MunicipalityYearForm {...props} years={years} defaultYear={currentYear} className="monitor-no-print" />;
}
