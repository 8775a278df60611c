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

/** For NJi staff, who may read every municipality: choose a municipality and year. */
export function MunicipalityYearChooser({
  base,
  code,
  year,
  headingLevel = 2,
}: {
  /** e.g. /vragenlijst or /indicatoren */
  base: string;
  code?: string;
  year?: number;
  headingLevel?: 1 | 2;
}) {
  const t = nl.questionnaire;
  const navigate = useNavigate();
  const { options, loading } = useMunicipalityOptions();
  const { years, currentYear } = useCurrentYear();
  const [chosenCode, setChosenCode] = useState(code ?? '');
  const [chosenYear, setChosenYear] = useState<string>(year ? String(year) : '');
  const yearValue = chosenYear || (currentYear ? String(currentYear) : '');
  const idPrefix = base.replace(/\W/g, '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosenCode || !yearValue) return;
    void navigate(`${base}/${chosenCode}/${yearValue}`);
  };

  return (
    <section aria-labelledby={`${idPrefix}-kiezen`} className="monitor-no-print">
      <Heading level={headingLevel} id={`${idPrefix}-kiezen`}>
        {t.chooserHeading}
      </Heading>
      <Paragraph>{t.chooserIntro}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="monitor-form monitor-filter">
        <div className="monitor-filter__fields">
          <FormField inputId={`${idPrefix}-gemeente`} label={t.chooserMunicipality}>
            <Select id={`${idPrefix}-gemeente`} value={chosenCode} disabled={loading} onChange={(event) => setChosenCode(event.target.value)}>
              <option value="">{t.chooserChoose}</option>
              {options.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField inputId={`${idPrefix}-jaar`} label={t.chooserYear}>
            <Select id={`${idPrefix}-jaar`} value={yearValue} onChange={(event) => setChosenYear(event.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <Button type="submit">{t.chooserSubmit}</Button>
      </form>
    </section>
  );
}
