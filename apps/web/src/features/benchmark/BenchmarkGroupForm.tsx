import { useMemo, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useMutation } from '@apollo/client/react';
import { BenchmarkGroupOptionsDocument, CreateBenchmarkGroupDocument, type CreateBenchmarkGroupMutation } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { apiError } from '../../ui/forms/apiError';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';
import './benchmark.css';

export type CreatedGroup = CreateBenchmarkGroupMutation['createBenchmarkGroup'];

const FIELDS = { name: 'groep-naam', members: 'groep-gemeenten-zoek' } as const;

/** Lower case without accents, so "sudwest" finds "Súdwest-Fryslân". */
const simplify = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * "Eigen vergelijkingsgroep maken" (analysts and administrators): a name and the member municipalities,
 * chosen from a checkbox list with a filter box. The server checks the minimum size and the codes.
 */
export function BenchmarkGroupForm({ onCreated, onCancel }: { onCreated: (group: CreatedGroup) => void; onCancel: () => void }) {
  const t = nlBenchmark.customGroup;
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const form = useFormErrors(FIELDS);
  const [create, { loading }] = useMutation(CreateBenchmarkGroupDocument, {
    update(cache, { data }) {
      if (!data) return;
      const group = data.createBenchmarkGroup;
      cache.updateQuery({ query: BenchmarkGroupOptionsDocument }, (current) => ({
        benchmarkGroups: [...(current?.benchmarkGroups ?? []).filter((g) => g.key !== group.key), group].sort((a, b) =>
          a.name.localeCompare(b.name, 'nl'),
        ),
      }));
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const failed = form.report({
      name: !trimmed ? t.errors.name : trimmed.length < 3 ? t.errors.nameLength : undefined,
      members: members.length === 0 ? t.errors.members : undefined,
    });
    if (failed) return;
    try {
      const { data } = await create({ variables: { input: { name: trimmed, members } } });
      if (data) onCreated(data.createBenchmarkGroup);
    } catch (error) {
      const problem = apiError(error);
      // Validation reports "input.members", the service "members".
      const fields = Object.fromEntries(Object.entries(problem.fields).map(([field, message]) => [field.replace(/^input\./, ''), message]));
      const known = { name: fields.name, members: fields.members };
      form.report(known, known.name || known.members ? null : problem.message);
    }
  };

  const name$ = form.field('name');
  const members$ = form.field('members');
  return (
    <section id="eigen-groep" aria-labelledby="eigen-groep-kop" className="monitor-card">
      <Heading level={3} id="eigen-groep-kop">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>{t.rules}</Paragraph>
      {form.hasErrors && (
        <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form" aria-busy={loading || undefined}>
        <FormField
          inputId={name$.id}
          label={t.name}
          description={t.nameDescription}
          descriptionId={`${name$.id}-uitleg`}
          error={name$.error}
          errorId={name$.errorId}
        >
          <TextInput
            id={name$.id}
            required
            autoComplete="off"
            maxLength={120}
            invalid={name$.invalid}
            aria-describedby={describedBy(`${name$.id}-uitleg`, name$.error && name$.errorId)}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </FormField>
        <MembersFieldset members={members} setMembers={setMembers} field={members$} />
        <div className="monitor-actions">
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {loading ? t.busy : t.submit}
          </Button>
          <Button disabled={loading} onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The member municipalities: a filter box over a checkbox list, with the chosen ones named. */
function MembersFieldset({
  members,
  setMembers,
  field: members$,
}: {
  members: string[];
  setMembers: Dispatch<SetStateAction<string[]>>;
  field: FormFieldState;
}) {
  const t = nlBenchmark.customGroup;
  const municipalities = useMunicipalityOptions();
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const wanted = simplify(filter);
    if (!wanted) return municipalities.options;
    return municipalities.options.filter((m) => simplify(m.name).includes(wanted) || m.code.toLowerCase().includes(wanted));
  }, [filter, municipalities.options]);
  const chosenNames = useMemo(
    () => members.map((code) => municipalities.nameOf.get(code) ?? code).sort((a, b) => a.localeCompare(b, 'nl')),
    [members, municipalities.nameOf],
  );

  return (
    <Fieldset
      legend={t.members}
      description={t.membersDescription}
      descriptionId="groep-gemeenten-uitleg"
      error={members$.error}
      errorId={members$.errorId}
      required
    >
      <FormField inputId={members$.id} label={t.filter}>
        <TextInput
          id={members$.id}
          type="search"
          autoComplete="off"
          aria-controls="groep-gemeenten-lijst"
          aria-describedby={describedBy(members$.error && members$.errorId)}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </FormField>
      <p role="status" className="monitor-group-count">
        {t.chosen(members.length)}
      </p>
      {chosenNames.length > 0 && <p className="monitor-hint">{t.chosenList(chosenNames.join(', '))}</p>}
      {municipalities.loading && municipalities.options.length === 0 && <LoadingStatus />}
      {municipalities.error && municipalities.options.length === 0 && <ErrorMessage />}
      <div id="groep-gemeenten-lijst" className="monitor-checkbox-list">
        {visible.map((m) => (
          <FormField key={m.code} type="checkbox" inputId={`groep-gemeente-${m.code}`} label={m.name}>
            <Checkbox
              id={`groep-gemeente-${m.code}`}
              name="members"
              value={m.code}
              invalid={members$.invalid}
              checked={members.includes(m.code)}
              onChange={(event) => setMembers((current) => (event.target.checked ? [...current, m.code] : current.filter((c) => c !== m.code)))}
            />
          </FormField>
        ))}
        {filter.trim() && visible.length === 0 && municipalities.options.length > 0 && <Paragraph>{t.noMatch(filter.trim())}</Paragraph>}
      </div>
    </Fieldset>
  );
}
