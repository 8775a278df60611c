import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { KnowledgeRepository } from './knowledge.repository';
import type { KnowledgeRevisionType } from './knowledge.types';

/** Revisions per article id, one loader per page size asked for (per request). */
export function createKnowledgeRevisionsLoader(dataSource: DataSource) {
  const repository = new KnowledgeRepository(dataSource);
  const byPageSize = new Map<number, DataLoader<number, KnowledgeRevisionType[]>>();
  return (first: number): DataLoader<number, KnowledgeRevisionType[]> => {
    let loader = byPageSize.get(first);
    if (!loader) {
      loader = new DataLoader<number, KnowledgeRevisionType[]>(async (ids) => {
        const byArticle = await repository.revisions(ids, first);
        return ids.map((id) => byArticle.get(id) ?? []);
      });
      byPageSize.set(first, loader);
    }
    return loader;
  };
}
