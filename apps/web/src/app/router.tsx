import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { preloadableLazy } from '../ui/preloadableLazy';

/** The landing page's code; App starts loading it before the first render when the landing page is opened. */
const homePage = preloadableLazy(() => import('../features/map/HomePage'));
export const loadHomePage = homePage.load;
const HomePage = homePage.Component;
const MunicipalitiesPage = lazy(() => import('../features/municipalities/MunicipalitiesPage'));
const MunicipalityPage = lazy(() => import('../features/municipality/MunicipalityPage'));
const AccessibilityPage = lazy(() => import('../features/accessibility/AccessibilityPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/RegisterPage'));
const RegistrationReceivedPage = lazy(() => import('../features/auth/RegistrationReceivedPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));
const MyMunicipalityPage = lazy(() => import('../features/home/MyMunicipalityPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const AdminLayout = lazy(() => import('../features/admin/AdminLayout'));
const RegistrationsPage = lazy(() => import('../features/admin/RegistrationsPage'));
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const AuditPage = lazy(() => import('../features/admin/AuditPage'));
const MailOutboxPage = lazy(() => import('../features/admin/MailOutboxPage'));
const QuestionnaireRedirectPage = lazy(() => import('./response/MunicipalityYearRedirect'));
const QuestionnairePage = lazy(() => import('../features/questionnaire/QuestionnairePage'));
const HistoryPage = lazy(() => import('../features/questionnaire/HistoryPage'));
const IndicatorsRedirectPage = lazy(() => import('../features/indicators/IndicatorsRedirectPage'));
const IndicatorsPage = lazy(() => import('../features/indicators/IndicatorsPage'));
const BenchmarkRedirectPage = lazy(() => import('../features/benchmark/BenchmarkRedirectPage'));
const BenchmarkOverviewPage = lazy(() => import('../features/benchmark/BenchmarkOverviewPage'));
const BenchmarkDetailPage = lazy(() => import('../features/benchmark/BenchmarkDetailPage'));
const AgreementsPage = lazy(() => import('../features/sharing/AgreementsPage'));
const VeiligThuisPage = lazy(() => import('../features/veiligThuis/VeiligThuisPage'));
const DistrictsPage = lazy(() => import('../features/districts/DistrictsPage'));
const SupplyRedirectPage = lazy(() => import('../features/supply/SupplyRedirectPage'));
const SupplyPage = lazy(() => import('../features/supply/SupplyPage'));
const CataloguePage = lazy(() => import('../features/supply/CataloguePage'));
const CbsImportPage = lazy(() => import('../features/admin/CbsImportPage'));
const DisclosurePage = lazy(() => import('../features/admin/DisclosurePage'));
const CurrentBenchmarkDisclosureSection = lazy(() =>
  import('../features/benchmark/BenchmarkDisclosureSection').then((m) => ({ default: m.CurrentBenchmarkDisclosureSection })),
);
const ResearchExportPage = lazy(() => import('../features/research-export/ResearchExportPage'));
const DevelopersPage = lazy(() => import('../features/developers/DevelopersPage'));
const KnowledgeListPage = lazy(() => import('../features/knowledge/KnowledgeListPage'));
const KnowledgeArticlePage = lazy(() => import('../features/knowledge/KnowledgeArticlePage'));
const KnowledgeEditorPage = lazy(() => import('../features/knowledge/KnowledgeEditorPage'));
const PracticeListPage = lazy(() => import('../features/practice/PracticeListPage'));
const PracticeExamplePage = lazy(() => import('../features/practice/PracticeExamplePage'));
const PracticeEditorPage = lazy(() => import('../features/practice/PracticeEditorPage'));
const FactsheetListPage = lazy(() => import('../features/factsheet/FactsheetListPage'));
const FactsheetPage = lazy(() => import('../features/factsheet/FactsheetPage'));
const FactsheetAdminListPage = lazy(() => import('../features/factsheet/FactsheetAdminListPage'));
const FactsheetEditorPage = lazy(() => import('../features/factsheet/FactsheetEditorPage'));
const NationalReportListPage = lazy(() => import('../features/national-report/NationalReportListPage'));
const NationalReportPage = lazy(() => import('../features/national-report/NationalReportPage'));
const EffectsPage = lazy(() => import('../features/effects/EffectsPage'));
const ForumListPage = lazy(() => import('../features/forum/ForumListPage'));
const ForumAskPage = lazy(() => import('../features/forum/ForumAskPage'));
const ForumThreadPage = lazy(() => import('../features/forum/ForumThreadPage'));
const ForumNotificationsPage = lazy(() => import('../features/forum/ForumNotificationsPage'));
const QuestionnairesPage = lazy(() => import('../features/admin/QuestionnairesPage'));
const QuestionnaireEditPage = lazy(() => import('../features/admin/QuestionnaireEditPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'gemeenten', element: <MunicipalitiesPage /> },
      { path: 'gemeente/:code', element: <MunicipalityPage /> },
      { path: 'gemeente/:code/veilig-thuis', element: <VeiligThuisPage /> },
      { path: 'gemeente/:code/wijken', element: <DistrictsPage /> },
      { path: 'aanbod', element: <SupplyRedirectPage /> },
      { path: 'aanbod/catalogus', element: <CataloguePage /> },
      { path: 'aanbod/:code', element: <SupplyPage /> },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: 'inloggen', element: <LoginPage /> },
      { path: 'aanmelden', element: <RegisterPage /> },
      { path: 'aanmelden/ontvangen', element: <RegistrationReceivedPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: 'wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: 'mijn-gemeente', element: <MyMunicipalityPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'vragenlijst', element: <QuestionnaireRedirectPage /> },
      { path: 'vragenlijst/:code/:year', element: <QuestionnairePage /> },
      { path: 'vragenlijst/:code/:year/geschiedenis', element: <HistoryPage /> },
      { path: 'indicatoren', element: <IndicatorsRedirectPage /> },
      { path: 'indicatoren/:code/:year', element: <IndicatorsPage /> },
      { path: 'vergelijken', element: <BenchmarkRedirectPage /> },
      { path: 'vergelijken/:code/:year', element: <BenchmarkOverviewPage /> },
      { path: 'vergelijken/:code/:year/:indicatorKey', element: <BenchmarkDetailPage /> },
      { path: 'afspraken', element: <AgreementsPage /> },
      { path: 'onderzoeksexport', element: <ResearchExportPage /> },
      { path: 'ontwikkelaars', element: <DevelopersPage /> },
      { path: 'kennisbank', element: <KnowledgeListPage /> },
      { path: 'effectmonitoring', element: <EffectsPage /> },
      { path: 'kennisbank/nieuw', element: <KnowledgeEditorPage /> },
      { path: 'kennisbank/:slug', element: <KnowledgeArticlePage /> },
      { path: 'kennisbank/:slug/bewerken', element: <KnowledgeEditorPage /> },
      { path: 'praktijkvoorbeelden', element: <PracticeListPage /> },
      { path: 'praktijkvoorbeelden/nieuw', element: <PracticeEditorPage /> },
      { path: 'praktijkvoorbeelden/:id', element: <PracticeExamplePage /> },
      { path: 'praktijkvoorbeelden/:id/bewerken', element: <PracticeEditorPage /> },
      { path: 'factsheets', element: <FactsheetListPage /> },
      { path: 'factsheets/:slug', element: <FactsheetPage /> },
      { path: 'factsheets/beheer', element: <FactsheetAdminListPage /> },
      { path: 'factsheets/beheer/nieuw', element: <FactsheetEditorPage /> },
      { path: 'factsheets/beheer/:slug', element: <FactsheetEditorPage /> },
      { path: 'jaarrapport', element: <NationalReportListPage /> },
      { path: 'jaarrapport/:year', element: <NationalReportPage /> },
      { path: 'forum', element: <ForumListPage /> },
      { path: 'forum/nieuw', element: <ForumAskPage /> },
      { path: 'forum/vraag/:id', element: <ForumThreadPage /> },
      { path: 'forum/meldingen', element: <ForumNotificationsPage /> },
      {
        path: 'beheer',
        element: <AdminLayout />,
        children: [
          { index: true, element: <Navigate to="/beheer/aanmeldingen" replace /> },
          { path: 'aanmeldingen', element: <RegistrationsPage /> },
          { path: 'gebruikers', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'e-mail', element: <MailOutboxPage /> },
          { path: 'cbs-import', element: <CbsImportPage /> },
          { path: 'openbaarmaking', element: <DisclosurePage benchmarkSection={<CurrentBenchmarkDisclosureSection />} /> },
          { path: 'vragenlijsten', element: <QuestionnairesPage /> },
          { path: 'vragenlijsten/:year', element: <QuestionnaireEditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
