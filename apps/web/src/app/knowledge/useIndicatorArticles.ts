import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { KnowledgeIndicatorLinksDocument } from '../../gql/__generated__/graphql';

export interface ArticleLink {
  slug: string;
  title: string;
}

/** Knowledge-base articles per indicator key, for the "Meer weten" links; empty while loading or on failure. */
export function useIndicatorArticles(): Map<string, ArticleLink[]> {
  const { data } = useQuery(KnowledgeIndicatorLinksDocument);
  return useMemo(() => {
    const byIndicator = new Map<string, ArticleLink[]>();
    for (const article of data?.knowledgeArticles ?? []) {
      for (const key of article.indicatorKeys) {
        byIndicator.set(key, [...(byIndicator.get(key) ?? []), { slug: article.slug, title: article.title }]);
      }
    }
    return byIndicator;
  }, [data]);
}
