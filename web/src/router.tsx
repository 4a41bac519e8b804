import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireAccess, RequireAuth } from './components/RequireAuth.tsx';
import { NotFound } from './components/NotFound.tsx';
import { RouteError } from './components/RouteError.tsx';
import { LoginPage } from './pages/LoginPage.tsx';

// Login and the app shell are in the first download; every page behind them is fetched when first
// opened (AppLayout shows a spinner meanwhile), so nobody downloads the admin screens to log in.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const QueuePage = page(() => import('./pages/queue/QueuePage.tsx'), 'QueuePage');
const CaseDetailPage = page(() => import('./pages/case/CaseDetailPage.tsx'), 'CaseDetailPage');
const NewCasePage = page(() => import('./pages/new-case/NewCasePage.tsx'), 'NewCasePage');
const EscalationsPage = page(() => import('./pages/escalations/EscalationsPage.tsx'), 'EscalationsPage');
const UsersPage = page(() => import('./pages/admin/UsersPage.tsx'), 'UsersPage');
const DepartmentsPage = page(() => import('./pages/admin/DepartmentsPage.tsx'), 'DepartmentsPage');
const PartnersPage = page(() => import('./pages/admin/PartnersPage.tsx'), 'PartnersPage');
const PresetsPage = page(() => import('./pages/admin/PresetsPage.tsx'), 'PresetsPage');
const CategoriesPage = page(() => import('./pages/admin/CategoriesPage.tsx'), 'CategoriesPage');
const TaxonomyPage = page(() => import('./pages/admin/TaxonomyPage.tsx'), 'TaxonomyPage');
const RoutingRulesPage = page(() => import('./pages/admin/RoutingRulesPage.tsx'), 'RoutingRulesPage');
const SlaPoliciesPage = page(() => import('./pages/admin/SlaPoliciesPage.tsx'), 'SlaPoliciesPage');
const CalendarsPage = page(() => import('./pages/admin/CalendarsPage.tsx'), 'CalendarsPage');
const ClassifierPage = page(() => import('./pages/admin/ClassifierPage.tsx'), 'ClassifierPage');
const ApprovalsPage = page(() => import('./pages/approvals/ApprovalsPage.tsx'), 'ApprovalsPage');
const ActionsInboxPage = page(() => import('./pages/actions/ActionsInboxPage.tsx'), 'ActionsInboxPage');
const ResolutionSettingsPage = page(() => import('./pages/admin/ResolutionSettingsPage.tsx'), 'ResolutionSettingsPage');
const RemedyCataloguePage = page(() => import('./pages/admin/RemedyCataloguePage.tsx'), 'RemedyCataloguePage');
const EvidenceChecklistsPage = page(() => import('./pages/admin/EvidenceChecklistsPage.tsx'), 'EvidenceChecklistsPage');
const AccountabilityPage = page(() => import('./pages/accountability/AccountabilityPage.tsx'), 'AccountabilityPage');
const AuditLogPage = page(() => import('./pages/admin/AuditLogPage.tsx'), 'AuditLogPage');
const PersonalDataPage = page(() => import('./pages/admin/PersonalDataPage.tsx'), 'PersonalDataPage');
const OutboxPage = page(() => import('./pages/admin/OutboxPage.tsx'), 'OutboxPage');
const MessageTemplatesPage = page(() => import('./pages/admin/MessageTemplatesPage.tsx'), 'MessageTemplatesPage');
const BackgroundPage = page(() => import('./pages/admin/BackgroundPage.tsx'), 'BackgroundPage');
const NotificationChannelsPage = page(() => import('./pages/admin/NotificationChannelsPage.tsx'), 'NotificationChannelsPage');
const CostsPage = page(() => import('./pages/costs/CostsPage.tsx'), 'CostsPage');
const ClaimsPage = page(() => import('./pages/claims/ClaimsPage.tsx'), 'ClaimsPage');
const CallbacksPage = page(() => import('./pages/callbacks/CallbacksPage.tsx'), 'CallbacksPage');
const SurveyPage = page(() => import('./portal/survey/SurveyPage.tsx'), 'SurveyPage');
const StoresPage = page(() => import('./pages/admin/StoresPage.tsx'), 'StoresPage');
// The customer portal: its own shell, outside the staff layout and sign-in.
const PortalLayout = page(() => import('./portal/PortalLayout.tsx'), 'PortalLayout');
const PortalFilePage = page(() => import('./portal/FilePage.tsx'), 'FilePage');
const PortalFollowPage = page(() => import('./portal/FollowPage.tsx'), 'FollowPage');
const PortalCasePage = page(() => import('./portal/CasePage.tsx'), 'CasePage');

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The customer's satisfaction survey: public (the link's token is the credential), no staff layout.
  { path: '/portal/survey/:token', element: <Suspense fallback={null}><SurveyPage /></Suspense> },
  {
    path: '/portal',
    element: (
      <Suspense fallback={null}>
        <PortalLayout />
      </Suspense>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PortalFilePage /> },
      { path: 'follow', element: <PortalFollowPage /> },
      { path: 'cases/:caseNumber', element: <PortalCasePage /> },
    ],
  },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      {
        // A page that fails to load or render shows its error inside the layout, with the menu still there.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/cases" replace /> },
          { path: 'cases', element: <QueuePage /> },
          { path: 'cases/new', element: <RequireAccess permission="case.create" />, children: [{ index: true, element: <NewCasePage /> }] },
          { path: 'cases/:caseNumber', element: <CaseDetailPage /> },
          { path: 'escalations', element: <RequireAccess permission="escalations.read" />, children: [{ index: true, element: <EscalationsPage /> }] },
          { path: 'approvals', element: <RequireAccess permission="remedy.approve" />, children: [{ index: true, element: <ApprovalsPage /> }] },
          { path: 'actions', element: <RequireAccess permission="execution.act" />, children: [{ index: true, element: <ActionsInboxPage /> }] },
          { path: 'costs', element: <RequireAccess permission="costs.read" />, children: [{ index: true, element: <CostsPage /> }] },
          { path: 'claims', element: <RequireAccess permission="claim.manage" />, children: [{ index: true, element: <ClaimsPage /> }] },
          { path: 'callbacks', element: <RequireAccess permission="callback.work" />, children: [{ index: true, element: <CallbacksPage /> }] },
          // 考核: everyone signed in (without accountability.read the page lists only one's own records).
          { path: 'accountability', element: <AccountabilityPage /> },
          {
            path: 'admin',
            element: <RequireAccess roles={['admin']} />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'departments', element: <DepartmentsPage /> },
              { path: 'presets', element: <PresetsPage /> },
              { path: 'categories', element: <CategoriesPage /> },
              { path: 'causes-stages', element: <TaxonomyPage /> },
              { path: 'partners', element: <PartnersPage /> },
              { path: 'routing-rules', element: <RoutingRulesPage /> },
              { path: 'sla-policies', element: <SlaPoliciesPage /> },
              { path: 'calendars', element: <CalendarsPage /> },
              { path: 'classifier', element: <ClassifierPage /> },
              { path: 'resolution', element: <ResolutionSettingsPage /> },
              { path: 'remedy-catalogue', element: <RemedyCataloguePage /> },
              { path: 'evidence-checklists', element: <EvidenceChecklistsPage /> },
              { path: 'stores', element: <StoresPage /> },
              { path: 'audit', element: <AuditLogPage /> },
              { path: 'privacy', element: <PersonalDataPage /> },
              { path: 'outbox', element: <OutboxPage /> },
              { path: 'message-templates', element: <MessageTemplatesPage /> },
              { path: 'notification-channels', element: <NotificationChannelsPage /> },
              { path: 'background', element: <BackgroundPage /> },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
