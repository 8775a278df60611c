import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { PracticeExamplesDocument, type PracticeListItemFragment } from '../../gql/__generated__/graphql';
import { nlPractice } from '../../i18n/nl.practice';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PRACTICE_INDICATORS, PRACTICE_THEMES } from './practiceOptions';
import './practice.css';

const t = nlPractice.list;

/** /praktijkvoorbeelden?indicator=&thema=&zoek=: the examples, filtered; for signed-in participants. */
export default function PracticeListPage() {
  useDocumentTitle(t.title);
  return (
    <RequireSignIn>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <PracticeList />
    </RequireSignIn>
  );
}

function PracticeList() {
  const [params, setParams] = useSearchParams();
  const filter = { indicatorKey: params.get('indicator') || null, theme: params.get('thema') || null, search: params.get('zoek')?.trim() || null };
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(PracticeExamplesDocument, { variables: { ...filter, first: 100 } });
  const examples = data?.practiceExamples ?? [];
  return (
    <>
      {me?.role === 'MUNICIPAL_EDITOR' && (
        <Paragraph>
          <RouterLink
            to={
              filter.indicatorKey ? `/praktijkvoorbeelden/nieuw?indicator=${encodeURIComponent(filter.indicatorKey)}` : '/praktijkvoorbeelden/nieuw'
            }
          >
            {t.newExample}
          </RouterLink>
        </Paragraph>
      )}
      <Filters initial={filter} onApply={(next) => setParams(next)} />
      <div aria-live="polite">{data && <Paragraph>{t.count(examples.length)}</Paragraph>}</div>
      {loading && !data && <LoadingStatus />}
      {error && <ErrorMessage onRetry={() => void refetch()} />}
      <ul className="monitor-practice__list">
        {examples.map((example) => (
          <ExampleItem key={example.id} example={example} />
        ))}
      </ul>
    </>
  );
}

interface FilterValues {
  indicatorKey: string | null;
  theme: string | null;
  search: string | null;
}

function Filters({ initial, onApply }: { initial: FilterValues; onApply: (params: URLSearchParams) => void }) {
  const [indicatorKey, setIndicatorKey] = useState(initial.indicatorKey ?? '');
  const [theme, setTheme] = useState(initial.theme ?? '');
  const [search, setSearch] = useState(initial.search ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (indicatorKey) next.set('indicator', indicatorKey);
    if (theme) next.set('thema', theme);
    if (search.trim()) next.set('zoek', search.trim());
    onApply(next);
  };
  return (
    <form role="search" aria-label={t.filters} onSubmit={submit} className="monitor-practice__filters">
      <FormField inputId="praktijk-indicator" label={t.indicator}>
        <Select id="praktijk-indicator" value={indicatorKey} onChange={(e) => setIndicatorKey(e.target.value)}>
          <option value="">{t.all}</option>
          {PRACTICE_INDICATORS.map((indicator) => (
            <option key={indicator.key} value={indicator.key}>
              {indicator.label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField inputId="praktijk-thema" label={t.theme}>
        <Select id="praktijk-thema" value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">{t.all}</option>
          {PRACTICE_THEMES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField inputId="praktijk-zoek" label={t.search} description={t.searchHint} descriptionId="praktijk-zoek-hint">
        <TextInput
          id="praktijk-zoek"
          type="search"
          value={search}
          aria-describedby="praktijk-zoek-hint"
          onChange={(e) => setSearch(e.target.value)}
        />
      </FormField>
      <Button type="submit">{t.apply}</Button>
    </form>
  );
}

function ExampleItem({ example }: { example: PracticeListItemFragment }) {
  return (
    <li className="monitor-card">
      <Heading level={2}>
        <RouterLink to={`/praktijkvoorbeelden/${example.id}`}>{example.title}</RouterLink>
      </Heading>
      <Paragraph className="monitor-practice__meta">
        {example.municipalityName ?? example.municipalityCode} · {example.indicatorLabel ?? example.indicatorKey}
        {example.bandLabel && example.bandYear ? ` · ${example.bandLabel} (${example.bandYear})` : ''}
        {example.hidden ? ` · ${t.hiddenBadge}` : ''}
      </Paragraph>
      <Paragraph>{example.measure}</Paragraph>
    </li>
  );
}
