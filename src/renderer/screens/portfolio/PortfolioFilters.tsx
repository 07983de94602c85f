import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { portfolioSorts } from '@shared/calc/portfolio';
import type { PortfolioHeatmaps } from '@shared/domain/dashboards';
import { planStatuses } from '@shared/domain/constants';
import { localName } from '../../format';
import { useRouteStore } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import { heatmapModes, paramsOf, type PortfolioView } from './portfolioView';

/** The portfolio's filters, order and what its cells show; all kept in the address. */
export function PortfolioFilters({ portfolio, view }: { portfolio: PortfolioHeatmaps; view: PortfolioView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useRouteStore((state) => state.navigate);
  const ids = { client: useId(), model: useId(), status: useId(), sort: useId() };
  const set = (change: Parameters<typeof paramsOf>[1]) => navigate('portfolio', paramsOf(view, change));
  const filtered = Object.keys(view.query).length > 0;
  return (
    <div className="toolbar portfolio-toolbar">
      <div className="filter">
        <label htmlFor={ids.client}>{t('portfolio.filterClient')}</label>
        <select
          id={ids.client}
          value={view.query.client ?? ''}
          onChange={(e) => set({ client: e.target.value })}
        >
          <option value="">{t('portfolio.allClients')}</option>
          {portfolio.clients.map((client) => (
            <option key={client} value={client}>
              {client}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.model}>{t('portfolio.filterModel')}</label>
        <select
          id={ids.model}
          value={view.query.modelId ?? ''}
          onChange={(e) => set({ model: e.target.value })}
        >
          <option value="">{t('portfolio.allModels')}</option>
          {portfolio.models.map((model) => (
            <option key={model.id} value={model.id}>
              {localName(model, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.status}>{t('portfolio.filterStatus')}</label>
        <select
          id={ids.status}
          value={view.query.planStatuses?.[0] ?? ''}
          onChange={(e) => set({ status: e.target.value })}
        >
          <option value="">{t('portfolio.allStatuses')}</option>
          {planStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.plan.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => set({ client: '', model: '', status: '' })}
        >
          {t('portfolio.clearFilters')}
        </button>
      )}
      <div className="portfolio-toolbar__view">
        <div className="filter">
          <label htmlFor={ids.sort}>{t('portfolio.sortBy')}</label>
          <select id={ids.sort} value={view.sort} onChange={(e) => set({ sort: e.target.value })}>
            {portfolioSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`portfolio.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="segmented segmented--small">
          <legend className="visually-hidden">{t('portfolio.show')}</legend>
          {heatmapModes.map((mode) => (
            <label key={mode} className="segmented__option">
              <input
                type="radio"
                name="heatmap-mode"
                value={mode}
                checked={view.mode === mode}
                onChange={() => set({ show: mode })}
              />
              <span>{t(`portfolio.modes.${mode}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
