import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';

/** For NJi staff, who may read every municipality: which municipality to compare. */
export function MunicipalityChooser({ year, years }: { year: number; years: number[] }) {
  const t = nlBenchmark.benchmark;
  const navigate = useNavigate();
  const { options, loading } = useMunicipalityOptions();
  const [code, setCode] = useState('');
  const [chosenYear, setChosenYear] = useState(String(year));
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) {
      setError(t.chooseMunicipality);
      document.getElementById('vergelijken-gemeente')?.focus();
      return;
    }
    void navigate(`/vergelijken/${code}/${chosenYear}`);
  };

  return (
    <section aria-labelledby="vergelijken-kiezen">
      <Heading level={2} id="vergelijken-kiezen">
        {t.chooserHeading}
      </Heading>
      <Paragraph>{t.chooserIntro}</Paragraph>
      <form noValidate onSubmit={onSubmit} className="monitor-form monitor-filter">
        <div className="monitor-filter__fields">
          <FormField inputId="vergelijken-gemeente" label={t.municipality} error={error} errorId="vergelijken-gemeente-fout">
            <Select
              id="vergelijken-gemeente"
              value={code}
              disabled={loading}
              invalid={Boolean(error)}
              aria-describedby={error ? 'vergelijken-gemeente-fout' : undefined}
              onChange={(event) => {
                setCode(event.target.value);
                setError(null);
              }}
            >
              <option value="">{t.chooseMunicipality}</option>
              {options.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField inputId="vergelijken-jaar" label={t.year}>
            <Select id="vergelijken-jaar" value={chosenYear} onChange={(event) => setChosenYear(event.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t.show}
        </Button>
      </form>
    </section>
  );
}
