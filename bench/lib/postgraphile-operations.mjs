// The same results asked of PostGraphile 5 (its generated schema over our tables), where it can
// express them without custom code: the landing map, the municipality list, the municipality page's
// figures and regions, the districts, the knowledge list and article, the factsheet list and one
// factsheet, and the effect monitoring results. What PostGraphile gives less than ours (which makes
// it cheaper, never dearer): the knowledge article and the factsheet as Markdown without the
// sanitised HTML (rendering needs a plugin), the effect results without the intervention's name
// (their subject is an intervention code, not a foreign key). Conditions and orders on columns
// without an index are refused by PostGraphile's default (a protection we keep): the factsheets
// come with `unpublishedAt` for the client to drop offline ones (the bench has none), the effect
// results in the order of their key. Left out: the signed-in pages (Mijn gemeente, practice
// examples, forum, supply), which need the session's access rules (row-level security or a
// plugin), and the estimate, which is computed in JavaScript (the model and disclosure control).
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
      districtsByMunicipalityId(orderBy: CODE_ASC) { nodes { code name year districtStatisticsByDistrictId(condition: { variable: "aantal_inwoners" }) { nodes { value source } } } }
    }
  }
}`,
    variables: (code) => ({ code }),
  },
  knowledgeList: {
    query: `query KnowledgeArticles {
  allKnowledgeArticles(orderBy: SLUG_ASC, first: 100) {
    nodes {
      slug
      latest: knowledgeRevisionsByArticleId(orderBy: REVISION_DESC, first: 1) { nodes { theme title summary indicatorKeys createdAt } }
    }
  }
}`,
    variables: {},
  },
  knowledgeArticle: {
    query: `query KnowledgeArticle($slug: String!) {
  allKnowledgeArticles(condition: { slug: $slug }) {
    nodes {
      slug
      latest: knowledgeRevisionsByArticleId(orderBy: REVISION_DESC, first: 1) {
        nodes { theme title summary bodyMarkdown indicatorKeys sources revision createdAt }
      }
      revisions: knowledgeRevisionsByArticleId(orderBy: REVISION_DESC, first: 50) { nodes { revision title note createdAt } }
    }
  }
}`,
    variables: (_code, { knowledgeSlug }) => ({ slug: knowledgeSlug }),
  },
  factsheetList: {
    query: `query Factsheets {
  allFactsheets(orderBy: SLUG_ASC, first: 100) {
    nodes {
      slug
      unpublishedAt
      factsheetPublicationsByFactsheetId(orderBy: REVISION_DESC, first: 1) { nodes { title year revision publishedAt } }
    }
  }
}`,
    variables: {},
  },
  factsheet: {
    query: `query Factsheet($slug: String!) {
  allFactsheets(condition: { slug: $slug }) {
    nodes {
      slug
      unpublishedAt
      factsheetPublicationsByFactsheetId(orderBy: REVISION_DESC, first: 1) {
        nodes { title year revision publishedAt introMarkdown conclusionMarkdown blocks }
      }
    }
  }
}`,
    variables: (_code, { factsheetSlug }) => ({ slug: factsheetSlug }),
  },
  effects: {
    query: `query EffectPublications {
  allEffectPublications(orderBy: GROUP_KEY_ASC, first: 500) {
    nodes { groupKind subject measure status effectReleaseByReleaseId { releasedAt statistics isDemo } }
  }
}`,
    variables: {},
  },
};
