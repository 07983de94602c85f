import { useTranslation } from 'react-i18next';
import type { PlanDashboard, TargetView } from '@shared/domain/dashboards';
import { TargetStatusBadge } from '../../components/TargetStatusBadge';
import { modelNames } from '../../charts/modelNames';
import { formatDay, formatNumber, formatPercent } from '../../format';
import { useLanguage } from '../../stores/settingsStore';

/** Each target of the plan: levels and date, where it stands and how far, and both forecasts. */
export function TargetTable({ plan }: { plan: PlanDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = modelNames(plan.model, language);
  const axisOf = new Map(plan.model.dimensions.map((d) => [d.id, d.axisId] as const));
  return (
    <div className="table-card">
      <table className="table target-table" aria-label={t('teamDashboard.targetsTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('teamDashboard.columns.dimension')}</th>
            <th scope="col" className="col-levels">
              {t('teamDashboard.columns.levels')}
            </th>
            <th scope="col" className="col-progress">
              {t('teamDashboard.columns.progress')}
            </th>
            <th scope="col" className="col-forecast">
              {t('teamDashboard.columns.forecast')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((target) => (
            <tr key={target.id} data-target={target.dimensionId}>
              <th scope="row">
                <div className="stacked">
                  <span className="strong clamp-2">{names.dimension(target.dimensionId)}</span>
                  <span className="muted small clamp-2">
                    {names.axis(axisOf.get(target.dimensionId) ?? '')}
                  </span>
                  {target.retired && <span className="muted small">{t('teamDashboard.retired')}</span>}
                </div>
              </th>
              <td className="col-levels">
                <Levels target={target} />
                <span className="levels__date">
                  {t('teamDashboard.byDate', { date: formatDay(target.targetDate, language) })}
                </span>
              </td>
              <td className="col-progress">
                <TargetStatusBadge status={target.status} />
                <div className="step-progress">
                  <progress
                    className="step-progress__bar"
                    value={target.progress}
                    max={1}
                    aria-label={t('teamDashboard.progressOf', {
                      name: names.dimension(target.dimensionId),
                      value: formatPercent(target.progress, language),
                    })}
                  />
                  <span className="step-progress__figures">{formatPercent(target.progress, language)}</span>
                </div>
              </td>
              <td className="col-forecast">
                <Forecasts target={target} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Baseline → now → target, with the words for screen readers. */
function Levels({ target }: { target: TargetView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const level = (value: number) => formatNumber(value, language);
  const now = target.current === null ? t('charts.notRated') : level(target.current);
  return (
    <span className="levels">
      <span className="visually-hidden">
        {t('teamDashboard.levelsSaid', {
          baseline: level(target.baselineLevel),
          current: now,
          target: level(target.targetLevel),
        })}
      </span>
      <span aria-hidden="true">
        <span className="muted">{level(target.baselineLevel)}</span>
        <span className="levels__arrow"> → </span>
        <strong>{target.current === null ? '–' : level(target.current)}</strong>
        <span className="levels__arrow"> → </span>
        <span>{level(target.targetLevel)}</span>
      </span>
    </span>
  );
}

/** When the target will be reached: from the assessments and from the steps. */
function Forecasts({ target }: { target: TargetView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (target.status === 'reached') return <span className="muted">—</span>;
  const day = (value: string | null) =>
    value === null ? t('teamDashboard.noForecast') : formatDay(value, language);
  return (
    <dl className="forecasts">
      <div>
        <dt>{t('teamDashboard.fromTrend')}</dt>
        <dd>{day(target.forecastFromTrend)}</dd>
      </div>
      <div>
        <dt>{t('teamDashboard.fromSteps')}</dt>
        <dd>{day(target.forecastFromSteps)}</dd>
      </div>
    </dl>
  );
}
