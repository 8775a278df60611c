import { useState } from 'react';
import { screen } from '@testing-library/react';
import { useApolloClient } from '@apollo/client/react';
import { renderRoute } from '../../../../test/render';
import { mapLayersMock, mapLayerValuesMock, mapMock, projectedBoundaries } from '../../../../test/fixtures/municipalities';
import HomePage from '../HomePage';
import { LANDING_DATA_ID } from '@monitor/domain';
import { forgetLandingData, type EmbeddedAnswer } from '../landingData';
import { landingMapMarkup } from '../landingMarkup';
import { prefetchLandingPage } from '../landingPrefetch';
import { takeServerMapFocus, watchServerMapFocus } from '../serverMapFocus';

const ESTIMATE_MAP = 'Kaart: geschat aantal kinderen dat met kindermishandeling te maken krijgt (midden van de bandbreedte) per gemeente';

const estimate = mapLayerValuesMock('schatting', [
  ['GM0363', 33.4],
  ['GM0014', 30.05],
]);
const answers: EmbeddedAnswer[] = [
  { operationName: 'MunicipalityMap', variables: {}, data: mapMock.result.data },
  { operationName: 'MapLayers', variables: {}, data: mapLayersMock.result.data },
  { operationName: 'MapLayerValues', variables: { key: 'schatting' }, data: estimate.result.data },
];

beforeEach(() => {
  Object.assign(globalThis, { fetch: jest.fn() });
  forgetLandingData();
});

afterEach(() => {
  takeServerMapFocus();
  document.getElementById(LANDING_DATA_ID)?.remove();
  forgetLandingData();
});

function StartedHomePage() {
  const client = useApolloClient();
  useState(() => prefetchLandingPage(client));
  return <HomePage />;
}

/** The data block the server writes next to its markup. */
function embed() {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = LANDING_DATA_ID;
  block.textContent = JSON.stringify({ answers, paths: projectedBoundaries });
  document.body.append(block);
}

/** The server's markup as the browser reads it from the HTML. */
function parsed(markup: string | null): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup ?? '';
  return element;
}

describe('the landing map drawn on the server', () => {
  it("is the app's first render of the map: the same areas, colours, roles and labels, and the same legend", async () => {
    const server = parsed(landingMapMarkup(answers, projectedBoundaries));

    embed();
    const { container } = renderRoute(<StartedHomePage />, { mocks: [] });
    await screen.findByRole('group', { name: ESTIMATE_MAP });
    // nothing focused on the server's map: the app's map takes no focus
    expect(document.activeElement).toBe(document.body);

    const serverMap = server.querySelector('svg[aria-labelledby="kaart-titel"]');
    expect(serverMap?.querySelectorAll('path[role="link"]')).toHaveLength(3);
    expect(serverMap?.outerHTML).toBe(container.querySelector('svg[aria-labelledby="kaart-titel"]')?.outerHTML);
    // the legend's text and swatches (a style attribute written by the server, set as a property by the app)
    const legendOf = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>('.monitor-legend li')].map((item) => [
        item.textContent,
        item.querySelector<HTMLElement>('.monitor-legend__swatch')?.style.backgroundColor,
      ]);
    expect(legendOf(server)).toEqual(legendOf(container));
    expect(legendOf(server)).toHaveLength(2);
    // a municipality without a value is drawn and named as such, as in the app
    expect(serverMap?.querySelector('[data-code="GM0034"]')?.getAttribute('aria-label')).toMatch(/^Almere: .*geen gegevens/);
    expect(server.querySelector('h1')?.textContent).toBe(screen.getByRole('heading', { level: 1 }).textContent);
  });

  it("keeps the keyboard focus on the municipality when the app's map replaces the server's", async () => {
    const server = parsed(landingMapMarkup(answers, projectedBoundaries));
    document.body.append(server);
    watchServerMapFocus(server);
    server.querySelector<SVGElement>('[data-code="GM0363"]')?.focus();
    expect(document.activeElement?.getAttribute('data-code')).toBe('GM0363');
    // replaced: the focus is lost with the markup
    server.remove();
    expect(document.activeElement).toBe(document.body);

    embed();
    const { container } = renderRoute(<StartedHomePage />, { mocks: [] });
    await screen.findByRole('group', { name: ESTIMATE_MAP });
    expect(document.activeElement).toBe(container.querySelector('svg[aria-labelledby="kaart-titel"] [data-code="GM0363"]'));
  });

  it('marks its map, so the app and landing-preload.js know the server drew it', () => {
    const server = parsed(landingMapMarkup(answers, projectedBoundaries));
    expect(server.querySelector('[data-server-rendered] svg[aria-labelledby="kaart-titel"]')).not.toBeNull();
  });

  it("stands in the app's own frame (header, navigation, main content, footer), so nothing moves when the app takes over", () => {
    const server = parsed(landingMapMarkup(answers, projectedBoundaries));
    expect(server.querySelector('header a')?.textContent).toBe('Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(server.querySelector('a[href="#inhoud"]')?.textContent).toBe('Naar de hoofdinhoud');
    const nav = server.querySelector('nav[aria-label="Hoofdnavigatie"]');
    expect([...(nav?.querySelectorAll('a') ?? [])].slice(0, 3).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Kaart', '/'],
      ['Gemeenten', '/gemeenten'],
      ['Kennisbank', '/kennisbank'],
    ]);
    expect(server.querySelector('main#inhoud [data-server-rendered]')).not.toBeNull();
    expect(server.querySelector('footer')).not.toBeNull();
  });

  it('writes names as text: a hostile name cannot end the markup or add a script', () => {
    const hostile = JSON.parse(JSON.stringify(mapMock.result.data)) as typeof mapMock.result.data;
    hostile.municipalities.edges[0].node.name = '</svg></div><script>alert(1)</script>"';
    const markup = landingMapMarkup([{ ...answers[0], data: hostile }, answers[1], answers[2]], projectedBoundaries);
    expect(markup).not.toContain('<script');
    const server = parsed(markup);
    expect(server.querySelectorAll('script')).toHaveLength(0);
    expect(server.querySelectorAll('svg path[role="link"]')).toHaveLength(3);
    expect(
      [...server.querySelectorAll('[aria-label]')].some((a) => a.getAttribute('aria-label')?.startsWith(hostile.municipalities.edges[0].node.name)),
    ).toBe(true);
  });

  it('draws nothing when an answer or the boundaries are missing: the app draws the map as before', () => {
    expect(landingMapMarkup(answers, null)).toBeNull();
    expect(landingMapMarkup(answers.slice(0, 2), projectedBoundaries)).toBeNull();
    expect(landingMapMarkup(answers.slice(1), projectedBoundaries)).toBeNull();
    // the values of another figure are not the first map's
    const other = { ...answers[2], variables: { key: 'veilig-thuis:ontvangen_meldingen' } };
    expect(landingMapMarkup([answers[0], answers[1], other], projectedBoundaries)).toBeNull();
  });
});
