import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireAccess, RequireAuth } from './components/RequireAuth.tsx';
import { NotFound } from './components/NotFound.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { QueuePage } from './pages/queue/QueuePage.tsx';
import { CaseDetailPage } from './pages/case/CaseDetailPage.tsx';
import { NewCasePage } from './pages/new-case/NewCasePage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { DepartmentsPage } from './pages/admin/DepartmentsPage.tsx';
import { PresetsPage } from './pages/admin/PresetsPage.tsx';
import { CategoriesPage } from './pages/admin/CategoriesPage.tsx';
import { RoutingRulesPage } from './pages/admin/RoutingRulesPage.tsx';
import { SlaPoliciesPage } from './pages/admin/SlaPoliciesPage.tsx';
import { CalendarsPage } from './pages/admin/CalendarsPage.tsx';
import { ClassifierPage } from './pages/admin/ClassifierPage.tsx';
import { EscalationsPage } from './pages/escalations/EscalationsPage.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/cases" replace /> },
      { path: 'cases', element: <QueuePage /> },
      { path: 'cases/new', element: <RequireAccess permission="case.create" />, children: [{ index: true, element: <NewCasePage /> }] },
      { path: 'cases/:caseNumber', element: <CaseDetailPage /> },
      { path: 'escalations', element: <RequireAccess permission="escalations.read" />, children: [{ index: true, element: <EscalationsPage /> }] },
      {
        path: 'admin',
        element: <RequireAccess roles={['admin']} />,
        children: [
          { index: true, element: <Navigate to="/admin/users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'departments', element: <DepartmentsPage /> },
          { path: 'presets', element: <PresetsPage /> },
          { path: 'categories', element: <CategoriesPage /> },
          { path: 'routing-rules', element: <RoutingRulesPage /> },
          { path: 'sla-policies', element: <SlaPoliciesPage /> },
          { path: 'calendars', element: <CalendarsPage /> },
          { path: 'classifier', element: <ClassifierPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
