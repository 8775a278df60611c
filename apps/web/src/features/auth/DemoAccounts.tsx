import type { SessionQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';

type DemoAccount = SessionQuery['demoAccounts'][number];

/** Demo mode only: the demo accounts with their password, each with a button to log in as it. */
export function DemoAccounts({
  accounts,
  busy,
  onLogin,
}: {
  accounts: readonly DemoAccount[];
  busy: boolean;
  onLogin: (account: DemoAccount) => void;
}) {
  const { nameOf } = useMunicipalityOptions();
  return (
    <section aria-labelledby="demo-accounts">
      <Heading level={2} id="demo-accounts">
        {nl.login.demoHeading}
      </Heading>
      <Paragraph>{nl.login.demoIntro}</Paragraph>
      <Table id="demo-accounts-table" caption={nl.login.demoCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{nl.login.columnName}</TableHeaderCell>
            <TableHeaderCell>{nl.login.columnEmail}</TableHeaderCell>
            <TableHeaderCell>{nl.login.columnPassword}</TableHeaderCell>
            <TableHeaderCell>{nl.login.columnRole}</TableHeaderCell>
            <TableHeaderCell>{nl.login.columnMunicipality}</TableHeaderCell>
            <TableHeaderCell>{nl.login.columnAction}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {accounts.map((account) => (
            <TableRow key={account.email}>
              <TableHeaderCell scope="row">{account.name}</TableHeaderCell>
              <TableCell>{account.email}</TableCell>
              <TableCell>
                <code>{account.password}</code>
              </TableCell>
              <TableCell>{nl.roles[account.role]}</TableCell>
              <TableCell>
                {account.municipalityCode
                  ? nameOf.has(account.municipalityCode)
                    ? `${nameOf.get(account.municipalityCode)} (${account.municipalityCode})`
                    : account.municipalityCode
                  : nl.login.noMunicipality}
              </TableCell>
              <TableCell>
                <Button disabled={busy} onClick={() => onLogin(account)}>
                  {nl.login.loginAs(account.name)}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
