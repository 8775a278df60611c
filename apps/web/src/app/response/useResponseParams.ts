import { isMunicipalityCode, isYearIn } from '@monitor/domain';
import { useParams } from 'react-router';

/** :code and :year of the route, or null when they cannot be a municipality code and a year. */
export function useResponseParams(): { code: string; year: number } | null {
  const params = useParams();
  const code = (params.code ?? '').toUpperCase();
  const year = Number(params.year);
  if (!isMunicipalityCode(code) || !isYearIn('monitor', year)) return null;
  return { code, year };
}
