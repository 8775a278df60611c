import { renderToStaticMarkup } from 'react-dom/server';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Layout } from '../../app/layout/Layout';
import type { MapLayersQuery, MapLayerValuesQuery, MunicipalityMapQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { AreaPathsMap } from '../../ui/map/AreaPathsMap';
import type { RawBoundaries } from '../../app/geo/useProjectedBoundaries';
import type { EmbeddedAnswer } from './landingData';
import { MapLegend } from './MapLegend';
import { municipalityAreas } from './municipalityAreas';
import { SERVER_RENDERED_ATTRIBUTE } from './landingOperations';
import { DEFAULT_LAYER, householdYearOf, layerChoices, layerFigures, mapTitles } from './useMapFigures';

function answerOf<T>(answers: readonly EmbeddedAnswer[], operationName: string, variables: Record<string, unknown> = {}): T | undefined {
  const wanted = JSON.stringify(variables);
  return answers.find((a) => a.operationName === operationName && JSON.stringify(a.variables) === wanted)?.data as T | undefined;
}

/**
 * The landing page's map as HTML, for the server to put in `#root` of an anonymous visitor's page:
 * the same areas (colours, roles, labels), legend and headings the app draws on its first render
 * from the same answers, so the map is there as soon as the HTML is; the app replaces it when it
 * renders. Null when an answer or the boundaries are missing (the app then draws it as before).
 */
export function landingMapMarkup(answers: readonly EmbeddedAnswer[], boundaries: RawBoundaries | null): string | null {
  const map = answerOf<MunicipalityMapQuery>(answers, 'MunicipalityMap');
  const layers = answerOf<MapLayersQuery>(answers, 'MapLayers');
  if (!map || !layers || !boundaries) return null;
  const municipalities = map.municipalities.edges.map((e) => e.node);
  const layer = layerChoices(layers.mapLayers, householdYearOf(municipalities)).find((l) => l.key === DEFAULT_LAYER);
  const values = answerOf<MapLayerValuesQuery>(answers, 'MapLayerValues', { key: DEFAULT_LAYER });
  const figures = layer ? layerFigures(municipalities, layer, values) : null;
  if (!figures) return null;
  const { title, description } = mapTitles(figures);
  const projected = { viewBox: boundaries.viewBox, pathByCode: new Map(boundaries.areas.map((a) => [a.code, a.d])) };
  // followed without the app by landing-preload.js, like the app's map follows them
  const areas = municipalityAreas(figures.rows, figures.layer, boundaries.areas, () => undefined);
  const page = (
    <>
      <Heading level={1}>{nl.home.heading}</Heading>
      <Paragraph purpose="lead">{nl.home.intro}</Paragraph>
      <section aria-labelledby="kaart-kop" {...{ [SERVER_RENDERED_ATTRIBUTE]: '' }}>
        <Heading level={2} id="kaart-kop">
          {nl.home.mapHeading}
        </Heading>
        <div className="monitor-home__map-layout">
          <AreaPathsMap projected={projected} areas={areas} title={title} description={description} idPrefix="kaart" />
          <MapLegend legend={figures.legend} missingCount={figures.rows.filter((r) => r.value === null).length} />
        </div>
      </section>
    </>
  );
  // inside the app's own header, navigation and footer as its first render draws them (the session
  // still unknown), so the map does not move when the app replaces this markup
  const router = createMemoryRouter([{ path: '/', element: <Layout />, children: [{ index: true, element: page }] }]);
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  return renderToStaticMarkup(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
}
