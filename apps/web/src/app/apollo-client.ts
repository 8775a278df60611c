import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The app's cache: how objects are identified (tests use it too, so mutations update queries as in the app). */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Municipality: { keyFields: ['code'] },
      Region: { keyFields: ['code'] },
      Questionnaire: { keyFields: ['year'] },
      // A response is one municipality's answers in one year; its parts are replaced as a whole.
      Response: {
        keyFields: ['municipalityCode', 'year'],
        fields: { progress: { merge: false }, answers: { merge: false }, history: { merge: false } },
      },
    },
  });
}

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
  });
}
