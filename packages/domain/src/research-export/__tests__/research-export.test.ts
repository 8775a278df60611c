import { isMunicipalDataset, mayNameMunicipality, type NamingRequest } from '..';

const base: NamingRequest = {
  projectNamed: true,
  dataset: 'ANSWERS',
  requesterRole: 'MUNICIPAL_VIEWER',
  requesterMunicipalityCode: 'GM0363',
  sharingPartners: ['GM0362'],
  municipalityCode: 'GM0363',
};

describe('mayNameMunicipality', () => {
  it('never names anyone in a pseudonymised project', () => {
    for (const dataset of ['ANSWERS', 'VEILIG_THUIS', 'ESTIMATES'] as const)
      expect(mayNameMunicipality({ ...base, projectNamed: false, dataset })).toBe(false);
  });

  it('names published figures in a named project, for every role', () => {
    expect(
      mayNameMunicipality({
        ...base,
        dataset: 'VEILIG_THUIS',
        requesterRole: 'ANALYST',
        requesterMunicipalityCode: null,
        municipalityCode: 'GM0014',
      }),
    ).toBe(true);
    expect(mayNameMunicipality({ ...base, dataset: 'RISK_PROFILES', municipalityCode: 'GM0014' })).toBe(true);
  });

  it('names answers and indicators only of the own municipality and its partners', () => {
    expect(mayNameMunicipality(base)).toBe(true);
    expect(mayNameMunicipality({ ...base, dataset: 'INDICATORS', municipalityCode: 'GM0362' })).toBe(true);
    expect(mayNameMunicipality({ ...base, municipalityCode: 'GM0014' })).toBe(false);
  });

  it('keeps answers pseudonymised for NJi staff, who have no naming agreement', () => {
    for (const role of ['ANALYST', 'ADMIN'] as const)
      expect(mayNameMunicipality({ ...base, requesterRole: role, requesterMunicipalityCode: null })).toBe(false);
  });

  it('tells municipal datasets from published ones', () => {
    expect(isMunicipalDataset('INDICATORS')).toBe(true);
    expect(isMunicipalDataset('ESTIMATES')).toBe(false);
  });
});
