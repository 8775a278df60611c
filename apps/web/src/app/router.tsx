import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from '../features/layout/Layout';

const HomePage = lazy(() => import('../features/map/HomePage'));
const MunicipalitiesPage = lazy(() => import('../features/municipalities/MunicipalitiesPage'));
const MunicipalityPage = lazy(() => import('../features/municipality/MunicipalityPage'));
const AccessibilityPage = lazy(() => import('../features/accessibility/AccessibilityPage'));
const NotFoundPage = lazy(() => import('../features/layout/NotFoundPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'gemeenten', element: <MunicipalitiesPage /> },
      { path: 'gemeente/:code', element: <MunicipalityPage /> },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
