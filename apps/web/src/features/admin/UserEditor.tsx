import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { isMunicipalRole } from '@monitor/domain';
import {
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  type Role,
  type UserRow_UserFragment,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { apiError } from '../../ui/forms/apiError';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';

const ROLES: Role[] = ['ADMIN', 'ANALYST', 'KNOWLEDGE_EDITOR', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];

/** Change the role (and municipality) of one user, or (de)activate them after a confirmation. */
export function UserEditor({ user, onDone, onClose }: { user: UserRow_UserFragment; onDone: (message: string) => void; onClose: () => void }) {
  const t = nl.users;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [municipalityCode, setMunicipalityCode] = useState(user.municipality?.code ?? '');
  const [municipalityError, setMunicipalityError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [changeRole, { loading: saving }] = useMutation(ChangeUserRoleDocument);
  const [deactivate, { loading: deactivating }] = useMutation(DeactivateUserDocument);
  const [reactivate, { loading: reactivating }] = useMutation(ReactivateUserDocument);
  const busy = saving || deactivating || reactivating;
  const municipal = isMunicipalRole(role);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (municipal && !municipalityCode) {
      setMunicipalityError(t.municipalityMissing);
      document.getElementById('gebruiker-gemeente')?.focus();
      return;
    }
    setMunicipalityError(null);
    try {
      const { data } = await changeRole({
        variables: { userId: user.id, role, municipalityCode: municipal ? municipalityCode : null },
      });
      onDone(t.roleChanged(user.name, nl.roles[data?.changeUserRole.role ?? role]));
    } catch (error) {
      const found = apiError(error);
      if (found.fields.municipalityCode) setMunicipalityError(found.fields.municipalityCode);
      else setProblem(found.message);
    }
  };

  const onConfirm = async () => {
    setProblem(null);
    try {
      if (user.active) {
        await deactivate({ variables: { userId: user.id } });
        onDone(t.deactivated(user.name));
      } else {
        await reactivate({ variables: { userId: user.id } });
        onDone(t.reactivated(user.name));
      }
    } catch (error) {
      setProblem(apiError(error).message);
    }
  };

  return (
    <section id="gebruiker-wijzigen" aria-labelledby="gebruiker-wijzigen-kop" className="monitor-card">
      <Heading level={2} id="gebruiker-wijzigen-kop" ref={headingRef} tabIndex={-1}>
        {t.editHeading(user.name)}
      </Heading>
      <div role="alert">{problem && <Alert type="error">{problem}</Alert>}</div>
      <form noValidate onSubmit={(event) => void onSave(event)} className="monitor-form">
        <RoleField role={role} setRole={setRole} />
        {municipal && <MunicipalityField municipalityCode={municipalityCode} setMunicipalityCode={setMunicipalityCode} error={municipalityError} />}
        <div className="monitor-actions">
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.saveRole}
          </Button>
          <Button onClick={onClose}>{t.close}</Button>
        </div>
      </form>
      <div className="monitor-actions">
        {!confirming && (
          <Button onClick={() => setConfirming(true)} disabled={busy}>
            {user.active ? t.deactivate : t.reactivate}
          </Button>
        )}
      </div>
      {confirming && <ConfirmActivation user={user} busy={busy} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)} />}
    </section>
  );
}

function RoleField({ role, setRole }: { role: Role; setRole: (role: Role) => void }) {
  const t = nl.users;
  return (
    <FormField inputId="gebruiker-rol" label={t.newRole}>
      <Select id="gebruiker-rol" value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {nl.roles[value]}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

function MunicipalityField({
  municipalityCode,
  setMunicipalityCode,
  error: municipalityError,
}: {
  municipalityCode: string;
  setMunicipalityCode: (code: string) => void;
  error: string | null;
}) {
  const t = nl.users;
  const municipalities = useMunicipalityOptions();
  return (
    <FormField
      inputId="gebruiker-gemeente"
      label={t.municipality}
      description={t.municipalityDescription}
      descriptionId="gebruiker-gemeente-uitleg"
      error={municipalityError}
      errorId="gebruiker-gemeente-fout"
    >
      <Select
        id="gebruiker-gemeente"
        value={municipalityCode}
        invalid={Boolean(municipalityError)}
        aria-describedby={describedBy('gebruiker-gemeente-uitleg', municipalityError && 'gebruiker-gemeente-fout')}
        onChange={(event) => setMunicipalityCode(event.target.value)}
      >
        <option value="">{nl.register.municipalityChoose}</option>
        {municipalities.options.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/** The confirmation of (de)activating, with the focus on its confirm button. */
function ConfirmActivation({
  user,
  busy,
  onConfirm,
  onCancel,
}: {
  user: UserRow_UserFragment;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = nl.users;
  return (
    <Alert type="warning">
      <Paragraph id="gebruiker-bevestig">{user.active ? t.confirmDeactivate(user.name) : t.confirmReactivate(user.name)}</Paragraph>
      <div className="monitor-actions">
        <Button appearance="primary-action-button" aria-describedby="gebruiker-bevestig" disabled={busy} autoFocus onClick={onConfirm}>
          {user.active ? t.confirmDeactivateButton : t.confirmReactivateButton}
        </Button>
        <Button onClick={onCancel}>{nl.forms.cancel}</Button>
      </div>
    </Alert>
  );
}
