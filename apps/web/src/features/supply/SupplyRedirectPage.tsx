import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { supplyText as t } from '../../i18n/nl.supply';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';

/** /aanbod: to the own municipality, or (NJi staff) a chooser. */
export default function SupplyRedirectPage() {
  useDocumentTitle(t.chooserTitle);
  return (
    <RequireSignIn>
      <Redirect />
    </RequireSignIn>
  );
}

function Redirect() {
  const { me } = useSession();
  if (me?.municipality) return <Navigate to={`/aanbod/${me.municipality.code}`} replace />;
  return <Chooser />;
}

function Chooser() {
  const { options, loading } = useMunicipalityOptions();
  const [code, setCode] = useState('');
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (code) void navigate(`/aanbod/${code}`);
  };
  if (loading) return <LoadingStatus />;
  return (
    <>
      <Heading level={1}>{t.chooserTitle}</Heading>
      <Paragraph>{t.chooserIntro}</Paragraph>
      <form onSubmit={onSubmit}>
        <FormField inputId="aanbod-gemeente" label={t.chooserLabel}>
          <Select id="aanbod-gemeente" value={code} onChange={(e) => setCode(e.target.value)}>
            <option value="">{t.chooserChoose}</option>
            {options.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button">
          {t.chooserSubmit}
        </Button>
      </form>
    </>
  );
}
