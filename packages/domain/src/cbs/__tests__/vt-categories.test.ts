import { isTotalCategory, VT_CATEGORY_GROUPS, vtCategoryLabel } from '../vt-categories';

describe('Veilig Thuis categories', () => {
  it('gives Dutch labels without CBS abbreviations or keys', () => {
    expect(vtCategoryLabel('J en V: politie: totaal')).toBe('Politie');
    expect(vtCategoryLabel('Anders: VT: inzet regionaal maatwerk')).toBe('Veilig Thuis: regionaal maatwerk');
    expect(vtCategoryLabel('T001038')).toBe('Totaal');
    expect(vtCategoryLabel('A047598')).toBe('Categorie zonder naam');
    expect(vtCategoryLabel('Aard geweld: kindermishandeling: totaal')).toBe('Aard geweld: kindermishandeling');
    expect(vtCategoryLabel('')).toBe('Totaal');
  });

  it('knows the totals', () => {
    expect(isTotalCategory('Totaal')).toBe(true);
    expect(isTotalCategory('')).toBe(true);
    expect(isTotalCategory('Beroepsmatig totaal')).toBe(false);
  });

  it('never lists a total among the parts of its own group, and each part in one group only', () => {
    const seen = new Set<string>();
    for (const group of VT_CATEGORY_GROUPS) {
      expect(group.parts).not.toContain(group.total);
      for (const part of group.parts) {
        expect(seen.has(part)).toBe(false);
        seen.add(part);
        expect(vtCategoryLabel(part)).not.toMatch(/J en V|: totaal|\bVT\b/);
      }
    }
  });
});
