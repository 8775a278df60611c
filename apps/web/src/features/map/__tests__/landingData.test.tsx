import { useState } from 'react';
import { screen } from '@testing-library/react';
import { useApolloClient } from '@apollo/client/react';
import { renderRoute } from '../../../../test/render';
import { homeMocks, mapLayersMock, mapLayerValuesMock, mapMock, projectedBoundaries } from '../../../../test/fixtures/municipalities';
import HomePage from '../HomePage';
import { LANDING_DATA_ID } from '@monitor/domain';
import { forgetLandingData } from '../landingData';
import { prefetchLandingPage } from '../landingPrefetch';

const fetchMock = jest.fn();
const ESTIMATE_MAP = 'Kaart: geschat aantal kinderen dat met kindermishandeling te maken krijgt (midden van de bandbreedte) per gemeente';

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => projectedBoundaries });
  Object.assign(globalThis, { fetch: fetchMock });
  forgetLandingData();
});

afterEach(() => {
  document.getElementById(LANDING_DATA_ID)?.remove();
  document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove());
  forgetLandingData();
});

/** The data block as the server writes it into the landing page's HTML. */
function embed(text: string) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = LANDING_DATA_ID;
  block.textContent = text;
  document.body.append(block);
}

const estimate = mapLayerValuesMock('schatting', [
  ['GM0363', 33.4],
  ['GM0014', 30.05],
  ['GM0034', 35],
]);

/** The landing page as App starts it: the prefetch first (which takes the embedded data), then the page. */
function StartedHomePage() {
  const client = useApolloClient();
  useState(() => prefetchLandingPage(client));
  return <HomePage />;
}

describe('landing data in the HTML', () => {
  it('draws the map from the answers and boundaries the HTML carries, without asking for them', async () => {
    embed(
      JSON.stringify({
        answers: [
          { operationName: 'MunicipalityMap', variables: {}, data: mapMock.result.data },
          { operationName: 'MapLayers', variables: {}, data: mapLayersMock.result.data },
          { operationName: 'MapLayerValues', variables: { key: 'schatting' }, data: estimate.result.data },
        ],
        paths: projectedBoundaries,
      }),
    );
    // no mocked responses: any query sent would fail and the page would show an error instead of the map
    const { container } = renderRoute(<StartedHomePage />, { mocks: [] });

    await screen.findByRole('group', { name: ESTIMATE_MAP });
    expect([...container.querySelectorAll('[data-code^="GM"]')].map((a) => a.getAttribute('data-code'))).toEqual(['GM0034', 'GM0363', 'GM0014']);
    expect(screen.getByRole('link', { name: /^Amsterdam: 33,4/ })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.head.querySelector('link[rel="preload"][href="/geo/municipalities.paths.json"]')).toBeNull();
  });

  it('asks for what the HTML does not carry: an answer left out, the boundaries absent', async () => {
    embed(JSON.stringify({ answers: [{ operationName: 'MunicipalityMap', variables: {}, data: mapMock.result.data }], paths: null }));
    const { container } = renderRoute(<StartedHomePage />, { mocks: [mapLayersMock, estimate] });

    await screen.findByRole('group', { name: ESTIMATE_MAP });
    expect(container.querySelectorAll('[data-code^="GM"]')).toHaveLength(3);
    expect(fetchMock).toHaveBeenCalledWith('/geo/municipalities.paths.json', expect.anything());
  });

  it('ignores a block it cannot read and asks for everything', async () => {
    embed('{"answers": [');
    const { container } = renderRoute(<StartedHomePage />, { mocks: homeMocks() });

    await screen.findByRole('group', { name: ESTIMATE_MAP });
    expect(container.querySelectorAll('[data-code^="GM"]')).toHaveLength(3);
    expect(fetchMock).toHaveBeenCalledWith('/geo/municipalities.paths.json', expect.anything());
  });
});
