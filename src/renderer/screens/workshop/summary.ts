/**
 * The one-page summary of a workshop: what it agreed, added, moved, closed and decided, read from the
 * review and its links; written as plain text (an e-mail) or as Markdown (a wiki, a ticket).
 */
import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/settings';
import type { Step, StepStatus } from '@shared/domain/plans';
import type { WorkshopView } from '@shared/domain/workshop';
import { formatDay, localName } from '../../format';
import { teamAndClient } from '../../i18n/labels';
import { dimensionsByAxis } from '../assess/modelParts';

export interface SummaryStep {
  title: string;
  status: StepStatus;
  owner: string;
  dueDate: string | null;
}

export interface SummaryLevel {
  dimension: string;
  previous: number | null;
  agreed: number;
  target: number | null;
}

export interface WorkshopSummary {
  planTitle: string;
  team: string;
  date: string;
  participants: readonly string[];
  levels: SummaryLevel[];
  added: SummaryStep[];
  moved: SummaryStep[];
  closed: SummaryStep[];
  decisions: readonly string[];
}

const summaryStep = (step: Step): SummaryStep => ({
  title: step.title,
  status: step.status,
  owner: step.owner,
  dueDate: step.dueDate,
});

/** What the workshop of `view` did; null before it started. */
export function summaryOf(view: WorkshopView, language: Language, t: TFunction): WorkshopSummary | null {
  const { review, plan, team, model } = view;
  if (!review) return null;
  const stepsLinked = (action: string) =>
    review.steps.filter((link) => link.action === action).map((link) => link.stepId);
  const added = stepsLinked('created');
  const closed = stepsLinked('closed');
  const stepsOf = (ids: readonly string[]) =>
    plan.steps.filter((step) => ids.includes(step.id)).map(summaryStep);
  const agreed = new Map(view.assessment?.scores.map((score) => [score.dimensionId, score.level]));
  const previous = new Map(view.previousLevels.map((level) => [level.dimensionId, level.level]));
  const dimensions = dimensionsByAxis(model, (d) => agreed.has(d.id)).flatMap((axis) => axis.dimensions);
  return {
    planTitle: plan.title,
    team: teamAndClient(t, team.name, team.client),
    date: review.date,
    participants: review.participants,
    levels: dimensions.flatMap((dimension) => {
      const level = agreed.get(dimension.id);
      if (level === undefined) return [];
      return [
        {
          dimension: localName(dimension, language),
          previous: previous.get(dimension.id) ?? null,
          agreed: level,
          target: plan.targets.find((target) => target.dimensionId === dimension.id)?.targetLevel ?? null,
        },
      ];
    }),
    added: stepsOf(added),
    // A step added or closed in the workshop is said so; moved is for the others.
    moved: stepsOf(stepsLinked('moved').filter((id) => !added.includes(id) && !closed.includes(id))),
    closed: stepsOf(closed),
    decisions: review.decisions,
  };
}

/** "Hugo, due 5 Dec 2026": who does a step and by when, as far as known. */
export function stepDetails(step: SummaryStep, t: TFunction, language: Language): string {
  return [
    step.owner,
    step.dueDate ? t('workshop.summary.due', { date: formatDay(step.dueDate, language) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

interface Writer {
  title: (text: string) => string;
  heading: (text: string) => string;
  bullet: (text: string) => string;
  numbered: (text: string, n: number) => string;
  strong: (text: string) => string;
  /** User text put in the document as it is typed. */
  text: (text: string) => string;
  /** Ends a line that must stay on its own. */
  lineBreak: string;
  levels: (levels: readonly SummaryLevel[], t: TFunction) => string[];
}

const levelValue = (level: number | null, t: TFunction) =>
  level === null ? t('workshop.summary.notRated') : String(level);

const plain: Writer = {
  title: (text) => text,
  heading: (text) => text,
  bullet: (text) => `- ${text}`,
  numbered: (text, n) => `${n}. ${text}`,
  strong: (text) => text,
  text: (text) => text,
  lineBreak: '',
  levels: (levels, t) =>
    levels.map((level) =>
      plain.bullet(
        t(level.target === null ? 'workshop.summary.levelLine' : 'workshop.summary.levelLineTarget', {
          dimension: level.dimension,
          previous: levelValue(level.previous, t),
          agreed: level.agreed,
          target: level.target,
        }),
      ),
    ),
};

/** Markdown's special characters, backslashed so that names and titles show as typed. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]{}<>#|~]/g, (c) => `\\${c}`);

const markdown: Writer = {
  title: (text) => `# ${text}`,
  heading: (text) => `## ${text}`,
  bullet: (text) => `- ${text}`,
  numbered: (text, n) => `${n}. ${text}`,
  strong: (text) => `**${text}**`,
  text: escapeMarkdown,
  lineBreak: '  ',
  levels: (levels, t) => [
    `| ${t('workshop.summary.columns.dimension')} | ${t('workshop.summary.columns.before')} | ${t('workshop.summary.columns.agreed')} | ${t('workshop.summary.columns.target')} |`,
    '| --- | ---: | ---: | ---: |',
    ...levels.map(
      (level) =>
        `| ${escapeMarkdown(level.dimension)} | ${level.previous ?? '–'} | ${level.agreed} | ${level.target ?? '–'} |`,
    ),
  ],
};

function write(summary: WorkshopSummary, w: Writer, t: TFunction, language: Language): string {
  const section = (heading: string, lines: string[], none: string) => [
    '',
    w.heading(heading),
    ...(w === markdown ? [''] : []),
    ...(lines.length > 0 ? lines : [none]),
  ];
  const steps = (steps: readonly SummaryStep[], withStatus: boolean) =>
    steps.map((step) => {
      const details = stepDetails(step, t, language);
      const status = withStatus ? ` → ${w.strong(t(`workshop.status.${step.status}`))}` : '';
      return w.bullet(`${w.text(step.title)}${status}${details ? ` (${w.text(details)})` : ''}`);
    });
  const participants =
    summary.participants.length > 0
      ? `${w.strong(t('workshop.summary.participants'))} ${w.text(summary.participants.join(', '))}`
      : t('workshop.summary.noParticipants');
  return (
    [
      w.title(t('workshop.summary.heading', { plan: w.text(summary.planTitle) })),
      ...(w === markdown ? [''] : []),
      `${w.text(summary.team)} · ${formatDay(summary.date, language)}${w.lineBreak}`,
      participants,
      ...section(
        t('workshop.summary.levels'),
        summary.levels.length > 0 ? w.levels(summary.levels, t) : [],
        t('workshop.summary.noLevels'),
      ),
      ...section(t('workshop.summary.added'), steps(summary.added, false), t('workshop.summary.noSteps')),
      ...section(t('workshop.summary.moved'), steps(summary.moved, true), t('workshop.summary.noSteps')),
      ...section(t('workshop.summary.closed'), steps(summary.closed, true), t('workshop.summary.noSteps')),
      ...section(
        t('workshop.summary.decisions'),
        summary.decisions.map((decision, i) => w.numbered(w.text(decision), i + 1)),
        t('workshop.summary.noDecisions'),
      ),
    ].join('\n') + '\n'
  );
}

/** The summary as plain text, for an e-mail or a chat. */
export const summaryText = (summary: WorkshopSummary, t: TFunction, language: Language) =>
  write(summary, plain, t, language);

/** The summary as Markdown, for a wiki page or a ticket. */
export const summaryMarkdown = (summary: WorkshopSummary, t: TFunction, language: Language) =>
  write(summary, markdown, t, language);
