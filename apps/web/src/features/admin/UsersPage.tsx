import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { UsersDocument, type Role, type UserRow_UserFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { TextInput } from '../../ui/TextInput';
import { DemoBadge } from '../../ui/DemoBadge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { UserEditor } from './UserEditor';

const ROLES: Role[] = ['ADMIN', 'ANALYST', 'KNOWLEDGE_EDITOR', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];

interface Filter {
  search: string;
  role: Role | '';
  active: '' | 'true' | 'false';
}

export default function UsersPage() {
  const t = nl.users;
  useDocumentTitle(t.title);
  const [draft, setDraft] = useState<Filter>({ search: '', role: '', active: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const { data, loading, error } = useQuery(UsersDocument, {
    variables: {
      search: filter.search.trim() || null,
      role: filter.role || null,
      active: filter.active === '' ? null : filter.active === 'true',
    },
    fetchPolicy: 'cache-and-network',
  });
  const users = data?.users ?? [];
  const selected = users.find((u) => u.id === editing) ?? null;

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };

  const closeEditor = () => {
    const id = editing;
    setEditing(null);
    if (id) requestAnimationFrame(() => editButtons.current.get(id)?.focus());
  };

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <UsersFilterForm draft={draft} setDraft={setDraft} onFilter={onFilter} />
      <div role="status">{notice && <Alert type="ok">{notice}</Alert>}</div>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && users.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {users.length > 0 && (
        <UsersTable
          users={users}
          editing={editing}
          editButtons={editButtons.current}
          onEdit={(id) => {
            setNotice(null);
            setEditing(editing === id ? null : id);
          }}
        />
      )}
      {selected && (
        <UserEditor
          key={selected.id}
          user={selected}
          onDone={(message) => {
            setNotice(message);
            closeEditor();
          }}
          onClose={closeEditor}
        />
      )}
    </>
  );
}

function UsersFilterForm({ draft, setDraft, onFilter }: { draft: Filter; setDraft: (draft: Filter) => void; onFilter: (event: FormEvent) => void }) {
  const t = nl.users;
  return (
    <form role="search" aria-labelledby="gebruikers-filter" onSubmit={onFilter} className="monitor-form monitor-filter">
      <Heading level={2} id="gebruikers-filter">
        {t.filterHeading}
      </Heading>
      <div className="monitor-filter__fields">
        <FormField inputId="gebruikers-zoek" label={t.search}>
          <TextInput
            id="gebruikers-zoek"
            type="search"
            value={draft.search}
            onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          />
        </FormField>
        <FormField inputId="gebruikers-rol" label={t.role}>
          <Select id="gebruikers-rol" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as Role | '' })}>
            <option value="">{t.allRoles}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {nl.roles[role]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField inputId="gebruikers-status" label={t.state}>
          <Select
            id="gebruikers-status"
            value={draft.active}
            onChange={(event) => setDraft({ ...draft, active: event.target.value as Filter['active'] })}
          >
            <option value="">{t.allStates}</option>
            <option value="true">{t.activeOnly}</option>
            <option value="false">{t.inactiveOnly}</option>
          </Select>
        </FormField>
      </div>
      <Button type="submit">{t.filter}</Button>
    </form>
  );
}

function UsersTable({
  users,
  editing,
  editButtons,
  onEdit,
}: {
  users: UserRow_UserFragment[];
  editing: string | null;
  /** The edit button per user id, to return the focus to when the editor closes. */
  editButtons: Map<string, HTMLButtonElement>;
  onEdit: (userId: string) => void;
}) {
  const t = nl.users;
  return (
    <Table id="gebruikers-tabel" caption={t.caption(users.length)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnName}</TableHeaderCell>
          <TableHeaderCell>{t.columnEmail}</TableHeaderCell>
          <TableHeaderCell>{t.columnRole}</TableHeaderCell>
          <TableHeaderCell>{t.columnMunicipality}</TableHeaderCell>
          <TableHeaderCell>{t.columnState}</TableHeaderCell>
          <TableHeaderCell>{t.columnAction}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableHeaderCell scope="row">
              {user.name}
              <DemoBadge name={user.name} isDemo={user.isDemo} />
            </TableHeaderCell>
            <TableCell>{user.email}</TableCell>
            <TableCell>{nl.roles[user.role]}</TableCell>
            <TableCell>{user.municipality?.name ?? t.nji}</TableCell>
            <TableCell>{user.active ? t.active : t.inactive}</TableCell>
            <TableCell>
              <Button
                ref={(element: HTMLButtonElement | null) => {
                  if (element) editButtons.set(user.id, element);
                  else editButtons.delete(user.id);
                }}
                aria-label={t.editLabel(user.name)}
                aria-expanded={editing === user.id}
                aria-controls={editing === user.id ? 'gebruiker-wijzigen' : undefined}
                onClick={() => onEdit(user.id)}
              >
                {t.edit}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
