import { useQuery } from '@apollo/client/react';
import { QuestionnaireYearsDocument } from '../../gql/__generated__/graphql';

/**
 * The questionnaire years, newest first, and the current year: the newest open questionnaire, else
 * the newest one that is not a draft, else the newest.
 */
export function useCurrentYear() {
  const { data, loading, error } = useQuery(QuestionnaireYearsDocument);
  const list = [...(data?.questionnaires ?? [])].sort((a, b) => b.year - a.year);
  const current = list.find((q) => q.status === 'OPEN') ?? list.find((q) => q.status !== 'DRAFT') ?? list[0] ?? null;
  return { years: list.filter((q) => q.status !== 'DRAFT').map((q) => q.year), currentYear: current?.year ?? null, loading: loading && !data, error };
}
