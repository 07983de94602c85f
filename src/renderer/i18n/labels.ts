import type { TFunction } from 'i18next';

/** "Service Desk · Northwind Retail", or the team's name alone when it has no client. */
export const teamAndClient = (t: TFunction, team: string, client: string): string =>
  client ? t('common.teamAndClient', { team, client }) : team;
