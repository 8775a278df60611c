import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AUDIT_EVENT_TYPES } from '@monitor/domain';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { AuditEventsDocument } from '../../../gql/__generated__/graphql';
import { nl } from '../../../i18n/nl';
import AdminLayout from '../AdminLayout';
import AuditPage from '../AuditPage';
import { auditDetails } from '../auditDetails';

const admin = sessionUser({ id: '1', name: 'Bea Beheerder', email: 'beheer@nji.nl', role: 'ADMIN', municipality: null });

const event = (id: string, type: string, occurredAt: string, details: Record<string, unknown>, actorLabel = 'Bea Beheerder <beheer@nji.nl>') => ({
  cursor: `c${id}`,
  node: {
    __typename: 'AuditEvent' as const,
    id,
    type,
    occurredAt,
    actorLabel,
    subjectType: 'User',
    subjectId: `u${id}`,
    subjectLabel: `gebruiker${id}@nji.nl`,
    clientAddress: '192.0.2.1',
    details,
  },
  __typename: 'AuditEventEdge' as const,
});

const events = [
  event('29', 'PASSWORD_RESET_REQUESTED', '2026-03-02T10:00:00.000Z', { outcome: 'LIMIT_REACHED' }, 'gebruiker29@nji.nl'),
  event('28', 'ROLE_CHANGED', '2026-03-02T09:00:00.000Z', { from: 'MUNICIPAL_VIEWER', to: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0344' }),
  event('9', 'PASSWORD_RESET', '2026-03-01T08:00:00.000Z', { sessions: 2, tokens: 1 }, 'gebruiker9@nji.nl'),
  event('8', 'TOKEN_CREATED', '2026-03-01T07:00:00.000Z', { scopes: ['PUBLIC_READ', 'MUNICIPALITY_READ'], expiresAt: '2026-05-30T07:00:00.000Z' }),
  event('3', 'AGREEMENT_ACCEPTED', '2026-02-01T07:00:00.000Z', { municipality: 'GM0344', active: false }),
];

const auditMock = {
  request: { query: AuditEventsDocument, variables: { first: 50, filter: { type: null, actor: null, from: null, to: null } } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: events.length,
        edges: events,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
      },
    },
  },
};

function renderAudit() {
  const router = createMemoryRouter([{ path: '/beheer', element: <AdminLayout />, children: [{ path: 'audit', element: <AuditPage /> }] }], {
    initialEntries: ['/beheer/audit'],
  });
  return render(
    <MockedProvider mocks={[sessionMock(admin), auditMock] as never}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

describe('AuditPage', () => {
  it('shows the events in the order the server gives (newest first), with Dutch labels and readable details', async () => {
    const { container } = renderAudit();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Wachtwoordherstel aangevraagd',
      'Rol gewijzigd',
      'Wachtwoord hersteld',
      'API-token gemaakt',
      'Deelafspraak aanvaard',
    ]);
    // each detail is a term and its description: "label: value"
    const text = rows.map((row) =>
      [...row.querySelectorAll('dl > div')]
        .map((pair) => `${pair.querySelector('dt')!.textContent}: ${pair.querySelector('dd')!.textContent}`)
        .join('\n'),
    );
    expect(text[0]).toContain('Uitkomst: geen e-mail verstuurd: maximum aantal herstelmails per uur bereikt');
    expect(text[1]).toContain('Oude rol: Lezer gemeente');
    expect(text[1]).toContain('Nieuwe rol: Invuller gemeente');
    expect(text[1]).toContain('Gemeente: GM0344');
    expect(text[2]).toContain('Sessies beëindigd: 2');
    expect(text[2]).toContain('API-tokens ingetrokken: 1');
    expect(text[3]).toContain(`Bevoegdheden: ${nl.scopes.PUBLIC_READ}, ${nl.scopes.MUNICIPALITY_READ}`);
    expect(text[3]).toContain(`Verloopt op: ${nl.dateTime('2026-05-30T07:00:00.000Z')}`);
    expect(text[4]).toContain('Afspraak actief: nee');
    for (const row of rows) {
      expect(row.textContent).not.toMatch(/[{}"]/);
      expect(row.textContent).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    }
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers every event type in the filter by its Dutch name', async () => {
    renderAudit();
    const select = await screen.findByLabelText('Soort gebeurtenis');
    const options = within(select).getAllByRole('option').slice(1);
    expect(options.map((o) => (o as HTMLOptionElement).value).sort()).toEqual([...AUDIT_EVENT_TYPES].sort());
  });
});

describe('audit labels', () => {
  it('has a Dutch label for every event type the server can write', () => {
    const missing = AUDIT_EVENT_TYPES.filter((type) => !nl.auditTypes[type]);
    expect(missing).toEqual([]);
    const labels = AUDIT_EVENT_TYPES.map((type) => nl.auditTypes[type]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names every detail field the server writes in Dutch', () => {
    const written = [
      'sessions',
      'tokens',
      'outcome',
      'from',
      'to',
      'municipalityCode',
      'municipality',
      'requestedRole',
      'grantedRole',
      'userId',
      'reason',
      'clonedFrom',
      'format',
      'observations',
      'inserted',
      'updated',
      'kind',
      'scopes',
      'expiresAt',
      'region',
      'invited',
      'active',
    ];
    for (const key of written) expect(auditDetails({ [key]: 1 })[0].label).not.toBe(key);
  });
});
