import { REGION_TYPE_LABELS, REGION_TYPES, type RegionType } from '@monitor/domain';
import { enumType } from '../../graphql/enum-type';

const CODE_EXAMPLES: Record<RegionType, string> = {
  PROVINCE: 'PV27',
  VEILIG_THUIS_REGION: 'VT08',
  SAFETY_REGION: 'VR13',
  GGD_REGION: 'GG3406',
  YOUTH_CARE_REGION: 'JZ13',
};

export const RegionTypeEnum = enumType(
  REGION_TYPES,
  'RegionType',
  'A regional division of the Netherlands. The divisions exist side by side; none is nested in another.',
  (type) => `${REGION_TYPE_LABELS[type]} (CBS code ${CODE_EXAMPLES[type]})`,
);
