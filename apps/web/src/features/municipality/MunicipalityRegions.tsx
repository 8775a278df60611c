import { REGION_TYPES, REGION_TYPE_LABELS, type RegionType } from '@monitor/domain';
import type { MunicipalityDetailQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

type Region = NonNullable<MunicipalityDetailQuery['municipality']>['regions'][number];

export function MunicipalityRegions({ regions }: { regions: readonly Region[] }) {
  const order = (type: string) => REGION_TYPES.indexOf(type as RegionType);
  const items = [...regions]
    .sort((a, b) => order(a.type) - order(b.type))
    .map((region) => ({
      key: region.code,
      label: REGION_TYPE_LABELS[region.type] ?? region.type,
      value: `${region.name} (${region.code})`,
    }));

  return (
    <section aria-labelledby="regio-kop">
      <Heading level={2} id="regio-kop">
        {nl.municipality.regionsHeading}
      </Heading>
      <DataList items={items} />
      <Paragraph>{nl.municipality.regionsSource}</Paragraph>
    </section>
  );
}
