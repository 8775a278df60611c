// The same results asked of PostGraphile 5 (its generated schema over our tables), where it can
// express them without custom code: the landing map, the municipality list, the municipality page's
// figures and regions, and the districts.
export const POSTGRAPHILE_OPERATIONS = {
  landingMap: {
    query: `query MunicipalityMap {
  allMunicipalities(orderBy: CODE_ASC, first: 500) {
    totalCount
    nodes {
      code
      name
      share: municipalityStatisticsByMunicipalityId(condition: { variable: "pct_huishoudens_met_kinderen" }, orderBy: YEAR_DESC, first: 1) { nodes { value year } }
      households: municipalityStatisticsByMunicipalityId(condition: { variable: "huishoudens" }, orderBy: YEAR_DESC, first: 1) { nodes { year } }
    }
  }
}`,
    variables: {},
  },
  municipalityList: {
    query: `query MunicipalityList {
  allMunicipalities(orderBy: CODE_ASC, first: 500) {
    totalCount
    nodes {
      code
      name
      regionMembershipsByMunicipalityId { nodes { regionByRegionId { code name type } } }
    }
  }
}`,
    variables: {},
  },
  municipalityPage: {
    query: `query MunicipalityDetail($code: String!) {
  allMunicipalities(condition: { code: $code }) {
    nodes {
      code
      name
      regionMembershipsByMunicipalityId { nodes { regionByRegionId { code name type } } }
      municipalityStatisticsByMunicipalityId { nodes { variable year value source } }
    }
  }
}`,
    variables: (code) => ({ code }),
  },
  districts: {
    query: `query MunicipalityDistricts($code: String!) {
  allMunicipalities(condition: { code: $code }) {
    nodes {
      code
      name
      districtsByMunicipalityId(orderBy: CODE_ASC) { nodes { code name year boundary districtStatisticsByDistrictId(condition: { variable: "aantal_inwoners" }) { nodes { value source } } } }
    }
  }
}`,
    variables: (code) => ({ code }),
  },
};
