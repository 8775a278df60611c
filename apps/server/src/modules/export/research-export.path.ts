import type { ResearchDataset, ResearchFormat } from '@monitor/domain';

/** GET /export/onderzoek/<project>.<format>?jaar=<year>&gegevens=<DATASET,...> */
export function researchDownloadPath(
  selection: { projectId: string; year: number; datasets: readonly ResearchDataset[] },
  format: ResearchFormat,
): string {
  return `/export/onderzoek/${selection.projectId}.${format}?jaar=${selection.year}&gegevens=${selection.datasets.join(',')}`;
}
