import { LANDSDELEN, levelOfCode } from '../regions';

describe('regions for statistics', () => {
  it('knows the level of every CBS code used in the Veilig Thuis tables', () => {
    expect(['NL01', 'LD03', 'PV27', 'VT01', 'GM0363', 'WK0363AA', 'WK059901'].map(levelOfCode)).toEqual([
      'NATION',
      'LANDSDEEL',
      'PROVINCE',
      'VEILIG_THUIS_REGION',
      'MUNICIPALITY',
      'DISTRICT',
      'DISTRICT',
    ]);
    expect(levelOfCode('LD05')).toBeUndefined();
    expect(levelOfCode('JZ13')).toBeUndefined();
  });

  it('puts each of the twelve provinces in exactly one landsdeel', () => {
    const provinces = Object.values(LANDSDELEN).flatMap((l) => l.provinces);
    expect(provinces).toHaveLength(12);
    expect(new Set(provinces).size).toBe(12);
  });
});
