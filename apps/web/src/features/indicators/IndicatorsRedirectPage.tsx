import { nl } from '../../i18n/nl';
import { MunicipalityYearRedirect } from '../../app/response/MunicipalityYearRedirect';

export default function IndicatorsRedirectPage() {
  return <MunicipalityYearRedirect base="/indicatoren" title={nl.indicators.title} />;
}
