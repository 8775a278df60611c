import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { classCountOf, classIndex, legendClasses, quantileClassification, type Classification, type LegendClass } from '@monitor/domain';
import { MunicipalityMapDocument, type MapTable_MunicipalityFragment } from '../../gql/__generated__/graphql';
import { classColors, MAX_CLASSES, NO_DATA_COLOR } from '../../ui/charts/palette';

export interface MapRow {
  code: string;
  name: string;
  /** Share of households with children, percent. */
  value: number | null;
  classIndex: number | null;
  color: string;
}

export interface MapFigures {
  rows: MapRow[];
  classification: Classification | null;
  legend: (LegendClass & { color: string; count: number })[];
  year: number | null;
}

export function toMapFigures(municipalities: readonly MapTable_MunicipalityFragment[]): MapFigures {
  const values = municipalities.map((m) => m.keyFigures?.shareHouseholdsWithChildren ?? null);
  const classification = quantileClassification(values, MAX_CLASSES);
  const colors = classification ? classColors(classCountOf(classification)) : [];
  const rows = municipalities
    .map((m, i): MapRow => {
      const index = classification ? classIndex(values[i], classification) : null;
      return {
        code: m.code,
        name: m.name,
        value: values[i],
        classIndex: index,
        color: index === null ? NO_DATA_COLOR : colors[index],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const legend = classification
    ? legendClasses(classification).map((c) => ({
        ...c,
        color: colors[c.index],
        count: rows.filter((r) => r.classIndex === c.index).length,
      }))
    : [];
  const year = municipalities.find((m) => m.keyFigures)?.keyFigures?.householdYear ?? null;
  return { rows, classification, legend, year };
}

export function useMapFigures() {
  const { data, loading, error } = useQuery(MunicipalityMapDocument);
  const figures = useMemo(() => (data ? toMapFigures(data.municipalities.edges.map((e) => e.node)) : null), [data]);
  return { figures, loading, error };
}
