import { Route, Switch } from 'wouter';
import { EmptyState } from '../../components/ui/empty-state';
import { CatalogLink } from './catalog-link';
import { decodeSegment, homePath } from './model/routes';
import { ActionPage } from './pages/action-page';
import { ApiListPage } from './pages/api-list-page';
import { ApiPage } from './pages/api-page';
import { GlobalKeysPage } from './pages/global-keys-page';
import { HomePage } from './pages/home-page';
import { SearchPage } from './pages/search-page';
import { isServiceTab, ServicePage } from './pages/service-page';
import { SystemPoliciesPage, SystemPolicyPage } from './pages/system-policies-page';
import type { SearchState } from './use-search-state';

/** Which page the route fragment opens; each one is a deep link. */
export function CatalogRoutes({
  search,
  activeIndex,
}: {
  search: SearchState;
  activeIndex: number;
}) {
  return (
    <Switch>
      <Route path="/">
        <HomePage />
      </Route>
      <Route path="/search">
        <SearchPage search={search} activeIndex={activeIndex} />
      </Route>
      <Route path="/services/:catalogId/actions/:action">
        {(params) => (
          <ActionPage
            catalogId={decodeSegment(params.catalogId)}
            actionName={decodeSegment(params.action)}
          />
        )}
      </Route>
      <Route path="/services/:catalogId/:tab?">
        {(params) =>
          params.tab === undefined || isServiceTab(params.tab) ? (
            <ServicePage
              catalogId={decodeSegment(params.catalogId)}
              tab={params.tab ?? 'actions'}
            />
          ) : (
            <NotFound />
          )
        }
      </Route>
      <Route path="/apis">
        <ApiListPage />
      </Route>
      <Route path="/apis/:catalogId/*">
        {(params) => (
          <ApiPage
            catalogId={decodeSegment(params.catalogId)}
            apiId={decodeSegment(params['*'] ?? '')}
          />
        )}
      </Route>
      <Route path="/global-condition-keys">
        <GlobalKeysPage />
      </Route>
      <Route path="/system-policies">
        <SystemPoliciesPage />
      </Route>
      <Route path="/system-policies/:policyId">
        {(params) => <SystemPolicyPage policyId={decodeSegment(params.policyId)} />}
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function NotFound() {
  return (
    <EmptyState title="This link does not lead to a catalog page">
      <CatalogLink to={homePath}>Go to all services</CatalogLink>
    </EmptyState>
  );
}
