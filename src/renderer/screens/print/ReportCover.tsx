import type { ReactNode } from 'react';
import type { PlanReport } from '@shared/domain/reports';
import { Swatch } from '../../components/Text';
import { formatDay, formatPeriod, localName } from '../../format';
import { useReportText } from './reportText';

/** The first page: who the report is for and from, which plan, which period. */
export function ReportCover({ report }: { report: PlanReport }) {
  const { t, language } = useReportText();
  const { organisation, team, plan, today, clientCopy } = report;
  const facts: [string, ReactNode][] = [
    [t('report.facts.client'), team.client || '—'],
    [
      t('report.facts.team'),
      <span className="team-name" key="team">
        <Swatch colour={team.colour} size="small" />
        {team.name}
      </span>,
    ],
    [t('report.facts.period'), formatPeriod(plan.startDate, plan.endDate, language)],
    [t('report.facts.model'), localName(plan.model, language)],
    [t('report.facts.owner'), plan.owner || '—'],
    [t('report.facts.date'), formatDay(today, language)],
  ];
  return (
    <header className="report-cover">
      <div className="report-cover__brand">
        {organisation.logo && (
          <img
            className="report-cover__logo"
            src={organisation.logo}
            alt={
              organisation.name
                ? t('report.organisationLogo', { name: organisation.name })
                : t('fields.organisationLogo')
            }
          />
        )}
        {organisation.name && <span className="report-cover__organisation">{organisation.name}</span>}
      </div>
      <div className="report-cover__main">
        <p className="report-kicker">{t('report.kicker')}</p>
        <h1 className="report-cover__title">{plan.title}</h1>
        {team.client && (
          <p className="report-cover__client">{t('report.forClient', { client: team.client })}</p>
        )}
      </div>
      <dl className="report-facts" aria-label={t('report.facts.label')}>
        {facts.map(([term, value]) => (
          <div key={term} className="report-facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="report-cover__footer">
        <span>{organisation.name && t('report.preparedBy', { name: organisation.name })}</span>
        <span className={clientCopy ? 'report-copy' : 'report-copy report-copy--internal'}>
          {clientCopy ? t('report.clientCopy') : t('report.internalCopy')}
        </span>
      </div>
    </header>
  );
}
