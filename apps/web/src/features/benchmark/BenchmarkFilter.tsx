import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  BenchmarkGroupOptionsDocument,
  BenchmarkYearsDocument,
  type BenchmarkGroupInput,
  type BenchmarkGroupOptionsQuery,
} from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Select } from '../../ui/Select';
import { useSession } from '../../app/session/useSession';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';
import { BenchmarkGroupForm, type CreatedGroup } from './BenchmarkGroupForm';
import { GROUP_TYPES, groupParam } from './distribution';

/**
 * Which year and comparison group (and, for NJi staff, which municipality) to show. A submit button
 * rather than navigating on change, so choosing an option never moves the page unexpectedly.
 */
export function BenchmarkFilter({
  code,
  year,
  group,
  chooseMunicipality,
  path = '',
}: {
  code: string;
  year: number;
  group: BenchmarkGroupInput;
  chooseMunicipality: boolean;
  /** below /vergelijken/:code/:year, e.g. "/meldcode" on a detail page */
  path?: string;
}) {
  const t = nlBenchmark.benchmark;
  const navigate = useNavigate();
  const years = useQuery(BenchmarkYearsDocument);
  const groups = useQuery(BenchmarkGroupOptionsDocument);
  const [chosenCode, setChosenCode] = useState(code);
  const [chosenYear, setChosenYear] = useState(String(year));
  const [chosenGroup, setChosenGroup] = useState(groupParam(group));
  const { me } = useSession();
  // Analysts (and administrators) may define their own comparison groups.
  const mayDefineGroups = !path && (me?.role === 'ANALYST' || me?.role === 'ADMIN');
  const yearOptions = [...new Set([year, ...(years.data?.questionnaires ?? []).map((q) => q.year)])].sort((a, b) => b - a);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = chosenGroup === 'ALL' ? '' : `?groep=${encodeURIComponent(chosenGroup)}`;
    void navigate(`/vergelijken/${chosenCode}/${chosenYear}${path}${query}`);
  };

  return (
    <section aria-labelledby="vergelijking-kiezen" className="monitor-no-print">
      <Heading level={2} id="vergelijking-kiezen" className="monitor-visually-hidden">
        {t.filterHeading}
      </Heading>
      <form noValidate onSubmit={onSubmit} className="monitor-form monitor-filter">
        <div className="monitor-filter__fields">
          {chooseMunicipality && <MunicipalitySelectField chosenCode={chosenCode} setChosenCode={setChosenCode} />}
          <FormField inputId="vergelijking-jaar" label={t.year}>
            <Select id="vergelijking-jaar" value={chosenYear} onChange={(event) => setChosenYear(event.target.value)}>
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </FormField>
          {!path && (
            <GroupSelectField
              group={group}
              customGroups={groups.data?.benchmarkGroups ?? []}
              chosenGroup={chosenGroup}
              setChosenGroup={setChosenGroup}
            />
          )}
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t.show}
        </Button>
      </form>
      {mayDefineGroups && <DefineGroupControls onChosen={setChosenGroup} />}
    </section>
  );
}

function GroupSelectField({
  group,
  customGroups,
  chosenGroup,
  setChosenGroup,
}: {
  group: BenchmarkGroupInput;
  customGroups: BenchmarkGroupOptionsQuery['benchmarkGroups'];
  chosenGroup: string;
  setChosenGroup: (key: string) => void;
}) {
  const t = nlBenchmark.benchmark;
  return (
    <FormField inputId="vergelijking-groep" label={t.group}>
      <Select id="vergelijking-groep" value={chosenGroup} onChange={(event) => setChosenGroup(event.target.value)}>
        {GROUP_TYPES.map((type) => (
          <option key={type} value={type}>
            {nlBenchmark.groupTypes[type]}
          </option>
        ))}
        {customGroups.length > 0 && (
          <optgroup label={t.ownGroups}>
            {customGroups.map((g) => (
              <option key={g.key} value={g.key}>
                {t.customGroupOption(g.name, g.size)}
              </option>
            ))}
          </optgroup>
        )}
        {group.type === 'CUSTOM' && !customGroups.some((g) => g.key === chosenGroup) && (
          <option value={chosenGroup}>{nlBenchmark.groupTypes.CUSTOM}</option>
        )}
      </Select>
    </FormField>
  );
}

function MunicipalitySelectField({ chosenCode, setChosenCode }: { chosenCode: string; setChosenCode: (code: string) => void }) {
  const t = nlBenchmark.benchmark;
  const municipalities = useMunicipalityOptions();
  return (
    <FormField inputId="vergelijking-gemeente" label={t.municipality}>
      <Select id="vergelijking-gemeente" value={chosenCode} onChange={(event) => setChosenCode(event.target.value)}>
        {!municipalities.options.some((m) => m.code === chosenCode) && <option value={chosenCode}>{chosenCode}</option>}
        {municipalities.options.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/** Analysts define their own comparison group here; a new group becomes the chosen one. */
function DefineGroupControls({ onChosen }: { onChosen: (key: string) => void }) {
  const [defining, setDefining] = useState(false);
  const [created, setCreated] = useState<CreatedGroup | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const createdRef = useRef<HTMLDivElement>(null);

  const onCreated = (next: CreatedGroup) => {
    onChosen(next.key);
    setCreated(next);
    setDefining(false);
    requestAnimationFrame(() => createdRef.current?.focus());
  };

  return (
    <>
      <div ref={createdRef} tabIndex={-1} className="monitor-notice" role="status">
        {created && <Alert type="ok">{nlBenchmark.customGroup.created(created.name, created.size)}</Alert>}
      </div>
      <Button
        ref={toggleRef}
        aria-expanded={defining}
        aria-controls={defining ? 'eigen-groep' : undefined}
        onClick={() => {
          setCreated(null);
          setDefining(!defining);
        }}
      >
        {nlBenchmark.customGroup.toggle}
      </Button>
      {defining && (
        <BenchmarkGroupForm
          onCreated={onCreated}
          onCancel={() => {
            setDefining(false);
            requestAnimationFrame(() => toggleRef.current?.focus());
          }}
        />
      )}
    </>
  );
}
