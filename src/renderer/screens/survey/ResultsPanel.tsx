import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dimensionChartRows,
  gapTrend,
  satisfactionIndicators,
  trendChartData,
  type DimensionIndicator,
  type ItemIndicator,
} from '@shared/calc/satisfaction';
import type { SurveyPage } from '@shared/domain/surveys';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { formatDay, formatNumber, localName } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { numberedItems } from '../../stores/surveyPageStore';
import { GapStepDialog, type GapSubject } from './GapStepDialog';
import { ExpectationPerceptionChart, GapChart, GapTrendChart } from './SatisfactionCharts';
import { formatGap, formatScore, itemText } from './surveyWords';

/** The indicators of a campaign: gaps per dimension and item, overall, their spread and their trend. */
export function ResultsPanel({ page }: { page: SurveyPage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [subject, setSubject] = useState<GapSubject | null>(null);
  const { survey } = page;
  const indicators = satisfactionIndicators(survey);

  if (indicators.respondents === 0) {
    return (
      <EmptyState
        icon="surveys"
        title={t('survey.results.emptyTitle')}
        actions={
          <a className="button button--primary" href={hashOf('survey', { id: survey.id, tab: 'responses' })}>
            {t('survey.results.enterResponses')}
          </a>
        }
      >
        {t('survey.results.emptyText')}
      </EmptyState>
    );
  }

  const dimensions = new Map(survey.dimensions.map((d) => [d.id, d]));
  const dimensionName = (id: string) => {
    const dimension = dimensions.get(id);
    return dimension ? localName(dimension, language) : '';
  };
  const items = new Map(survey.items.map((item) => [item.id, item]));
  const numbers = numberedItems(survey.items);
  const rows = dimensionChartRows(indicators, dimensionName);
  const trend = gapTrend(page.campaigns);
  const trendData = trendChartData(trend.campaigns, (c) => formatDay(c.periodEnd, language));
  const headline = indicators.weighted ?? indicators.overall;
  const gap = (value: number | null) => (value === null ? '–' : formatGap(value, language));
  const worstDimension = [...indicators.dimensions]
    .filter((d) => d.gap !== null)
    .sort((a, b) => (a.gap as number) - (b.gap as number))[0];

  const dimensionSubject = (d: DimensionIndicator): GapSubject => ({
    kind: 'dimension',
    name: dimensionName(d.dimensionId),
    text: '',
    dimensionName: dimensionName(d.dimensionId),
    gap: d.gap as number,
    expectation: d.expectation as number,
    perception: d.perception as number,
    respondents: d.respondents,
  });
  const itemSubject = (item: ItemIndicator): GapSubject => ({
    kind: 'item',
    name: t('survey.itemNumber', { number: numbers.get(item.itemId) }),
    text: itemText(items.get(item.itemId) ?? { text: '', textFr: '' }, language),
    dimensionName: dimensionName(item.dimensionId),
    gap: item.gap as number,
    expectation: item.expectation as number,
    perception: item.perception as number,
    respondents: item.respondents,
  });

  return (
    <div className="results">
      <dl className="stats results__stats">
        <div className="stat">
          <dt>
            {indicators.weighted === null ? t('survey.results.overall') : t('survey.results.weighted')}
            <span className="stat__hint">
              {indicators.weighted === null
                ? t('survey.results.unweightedHint')
                : t('survey.results.weightedHint', { overall: gap(indicators.overall) })}
            </span>
          </dt>
          <dd className={headline !== null && headline < 0 ? 'results__shortfall' : undefined}>
            {gap(headline)}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('survey.results.respondents')}</dt>
          <dd>{formatNumber(indicators.respondents, language)}</dd>
        </div>
        <div className="stat">
          <dt>
            {t('survey.results.spread')}
            <span className="stat__hint">{t('survey.results.spreadHint')}</span>
          </dt>
          <dd>{indicators.spread === null ? '–' : formatScore(indicators.spread, language)}</dd>
        </div>
        <div className="stat">
          <dt>
            {t('survey.results.worstDimension')}
            {worstDimension && (
              <span className="stat__hint">{dimensionName(worstDimension.dimensionId)}</span>
            )}
          </dt>
          <dd
            className={
              worstDimension?.gap !== null && (worstDimension?.gap ?? 0) < 0
                ? 'results__shortfall'
                : undefined
            }
          >
            {worstDimension ? gap(worstDimension.gap) : '–'}
          </dd>
        </div>
      </dl>

      <div className="results__charts">
        <ExpectationPerceptionChart
          title={t('survey.charts.expectationPerception')}
          rows={rows}
          scale={{ min: survey.scaleMin, max: survey.scaleMax }}
        />
        <GapChart title={t('survey.charts.gaps')} rows={rows} />
      </div>

      <section className="card results__section" aria-labelledby="results-dimensions">
        <h2 id="results-dimensions">{t('survey.results.byDimension')}</h2>
        <table className="table results__table">
          <thead>
            <tr>
              <th scope="col">{t('survey.dimension')}</th>
              <th scope="col" className="col-number">
                {t('survey.results.weight')}
              </th>
              <FigureHeaders />
            </tr>
          </thead>
          <tbody>
            {indicators.dimensions.map((d) => (
              <tr key={d.dimensionId}>
                <th scope="row">{dimensionName(d.dimensionId)}</th>
                <td className="col-number">{d.weight === null ? '–' : formatNumber(d.weight, language)}</td>
                <FigureCells
                  figures={d}
                  onStep={() => setSubject(dimensionSubject(d))}
                  name={dimensionName(d.dimensionId)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card results__section" aria-labelledby="results-worst">
        <h2 id="results-worst">{t('survey.results.worstItems')}</h2>
        {indicators.worstItems.length === 0 ? (
          <p className="muted">{t('survey.results.noShortfall')}</p>
        ) : (
          <table className="table results__table table--top">
            <thead>
              <tr>
                <th scope="col">{t('survey.results.item')}</th>
                <FigureHeaders />
              </tr>
            </thead>
            <tbody>
              {indicators.worstItems.map((item) => {
                const label = t('survey.itemNumber', { number: numbers.get(item.itemId) });
                return (
                  <tr key={item.itemId}>
                    <th scope="row">
                      <div className="stacked">
                        <span>
                          <strong>{label}</strong>{' '}
                          {itemText(items.get(item.itemId) ?? { text: '', textFr: '' }, language)}
                        </span>
                        <span className="muted small">{dimensionName(item.dimensionId)}</span>
                      </div>
                    </th>
                    <FigureCells figures={item} onStep={() => setSubject(itemSubject(item))} name={label} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <GapTrendChart
        title={t('survey.charts.trend', { team: page.team.name })}
        {...(trend.campaigns.length < 2 ? { note: t('survey.results.oneCampaign') } : {})}
        rows={trendData.rows}
        series={trendData.series}
        campaignTitles={trend.campaigns.map((c) => c.title)}
      />

      {subject && <GapStepDialog page={page} subject={subject} onClose={() => setSubject(null)} />}
    </div>
  );
}

/** The headers of the figures every gap table shows, and of the column of its step buttons. */
function FigureHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {[
        t('survey.sides.expectation'),
        t('survey.sides.perception'),
        t('survey.results.gap'),
        t('survey.results.respondents'),
      ].map((header) => (
        <th key={header} scope="col" className="col-number">
          {header}
        </th>
      ))}
      <th scope="col" className="results__action-col">
        <span className="visually-hidden">{t('common.actions')}</span>
      </th>
    </>
  );
}

/** A dimension's or an item's figures, and the way to a step when it falls short. */
function FigureCells({
  figures,
  name,
  onStep,
}: {
  figures: Pick<DimensionIndicator, 'expectation' | 'perception' | 'gap' | 'respondents'>;
  name: string;
  onStep: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const score = (value: number | null) => (value === null ? '–' : formatScore(value, language));
  const short = figures.gap !== null && figures.gap < 0;
  return (
    <>
      <td className="col-number">{score(figures.expectation)}</td>
      <td className="col-number">{score(figures.perception)}</td>
      <td className={`col-number strong ${short ? 'results__shortfall' : ''}`}>
        {figures.gap === null ? '–' : formatGap(figures.gap, language)}
      </td>
      <td className="col-number">{formatNumber(figures.respondents, language)}</td>
      <td className="results__action-col">
        {short && (
          <button
            type="button"
            className="button button--small"
            aria-label={t('survey.results.stepFor', { name })}
            onClick={onStep}
          >
            <Icon name="plus" size={16} />
            {t('survey.results.createStep')}
          </button>
        )}
      </td>
    </>
  );
}
