import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { nl } from '../../i18n/nl';
import { FormField } from '../../ui/FormField';
import { RouterLink } from '../../ui/Link';
import { TextInput } from '../../ui/TextInput';
import { searchMunicipalities, type Searchable } from '@monitor/domain';

const MAX_RESULTS = 10;

/** Find a municipality by name; results are links to its page. */
export function MunicipalitySearch({ municipalities }: { municipalities: readonly Searchable[] }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const descriptionId = useId();
  const results = useMemo(() => searchMunicipalities(municipalities, query), [municipalities, query]);
  const shown = results.slice(0, MAX_RESULTS);
  const navigate = useNavigate();

  // Enter in the search box opens the best match.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (results.length > 0) void navigate(`/gemeente/${results[0].code}`);
  };

  return (
    <form role="search" className="monitor-search" onSubmit={onSubmit}>
      <FormField inputId={inputId} label={nl.search.label} description={nl.search.description} descriptionId={descriptionId}>
        <TextInput
          id={inputId}
          type="search"
          autoComplete="off"
          aria-describedby={descriptionId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </FormField>
      <p role="status" className="monitor-status">
        {query.trim() ? nl.search.results(results.length) : ''}
      </p>
      {shown.length > 0 && (
        <ul className="monitor-search__results">
          {shown.map((m) => (
            <li key={m.code}>
              <RouterLink to={`/gemeente/${m.code}`}>{m.name}</RouterLink>
            </li>
          ))}
        </ul>
      )}
      {results.length > MAX_RESULTS && <p>{nl.search.more(results.length - MAX_RESULTS)}</p>}
    </form>
  );
}
