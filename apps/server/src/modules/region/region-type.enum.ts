import { REGION_TYPES, REGION_TYPE_LABELS, type RegionType } from '@monitor/domain';
import { registerEnumType } from 'type-graphql';

/** TypeGraphQL needs an enum object; the list of divisions itself lives in the domain package. */
export const RegionTypeEnum = Object.fromEntries(REGION_TYPES.map((type) => [type, type])) as {
  [K in RegionType]: K;
};

registerEnumType(RegionTypeEnum, {
  name: 'RegionType',
  description: 'A regional division of the Netherlands. The divisions exist side by side; none is nested in another.',
  valuesConfig: Object.fromEntries(
    REGION_TYPES.map((type) => [type, { description: `${REGION_TYPE_LABELS[type]} (CBS code ${codeExample(type)})` }]),
  ),
});

function codeExample(type: RegionType): string {
  return { PROVINCE: 'PV27', VEILIG_THUIS_REGION: 'VT08', SAFETY_REGION: 'VR13', GGD_REGION: 'GG3406', YOUTH_CARE_REGION: 'JZ13' }[
    type
  ];
}
