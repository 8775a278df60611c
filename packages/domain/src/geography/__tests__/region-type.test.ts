import { regionTypeOfCode, REGION_TYPES, REGION_TYPE_LABELS } from '../region-type';

describe('regionTypeOfCode', () => {
  it.each([
    ['PV27', 'PROVINCE'],
    ['VT08', 'VEILIG_THUIS_REGION'],
    ['VR13', 'SAFETY_REGION'],
    ['GG3406', 'GGD_REGION'],
    ['JZ13', 'YOUTH_CARE_REGION'],
  ])('recognises %s as %s', (code, type) => {
    expect(regionTypeOfCode(code)).toBe(type);
  });

  it.each(['GM0363', 'PV2', 'GG34', 'vt08', 'XX01', ''])('rejects %p', (code) => {
    expect(regionTypeOfCode(code)).toBeUndefined();
  });

  it('has a Dutch label for every division', () => {
    for (const type of REGION_TYPES) expect(REGION_TYPE_LABELS[type]).toMatch(/^[A-Z]/);
  });
});
