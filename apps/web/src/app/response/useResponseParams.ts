import { useParams } from 'react-router';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';

/** :code and :year of the route, or null when they cannot be a municipality code and a year. */
export function useResponseParams(): { code: string; year: number } | null {
  const params = useParams();
  const code = (params.code ?? '').toUpperCase();
  const year = Number(params.year);
  if (!MUNICIPALITY_CODE_PATTERN.test(code) || !Number.isInteger(year) || year < 2000 || year > 2100) return null;
  return { code, year };
}
