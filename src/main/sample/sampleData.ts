import type { SampleDataSummary } from '@shared/contract';
import { addDays, daysBetween } from '@shared/dates';
import type { Dimension } from '@shared/domain/models';
import type { PlanStatus, Step, StepStatus, Target } from '@shared/domain/plans';
import { DomainError } from '@shared/result';
import { assessmentsTable, scoresTable } from '../assessments/tables';
import type { HandlerContext } from '../core/handler';
import { getModelDetail } from '../models/repository';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from '../plans/tables';
import { stableId } from '../store/stableId';
import { surveyResponsesTable, surveysTable } from '../surveys/tables';
import { addTemplateQuestions } from '../surveys/template';
import { teamsTable } from '../teams/tables';
import { Random } from './random';

interface SampleTeam {
  name: string;
  client: string;
  serviceScope: string;
  colour: string;
  model: 'msp' | 'itil4';
  plan: { title: string; objective: string; owner: string; status: PlanStatus; stalling: boolean };
  targets: { dimension: string; baseline: number; target: number; months: number; rationale: string }[];
  steps: string[];
  survey: boolean;
}

const people = ['Claire Martin', 'Hugo Bernard', 'Amina Diallo', 'Lucas Petit', 'Sofia Rossi', 'Tom Evans'];

const teams: SampleTeam[] = [
  {
    name: 'Service Desk',
    client: 'Northwind Retail',
    serviceScope: 'Level 1 and 2 support for 2,400 users in 180 stores',
    colour: '#2f6fdf',
    model: 'msp',
    plan: {
      title: 'Service desk progress plan 2026',
      objective: 'Win back user satisfaction after the ticketing migration and hold the SLA every month.',
      owner: 'Claire Martin',
      status: 'active',
      stalling: false,
    },
    targets: [
      {
        dimension: 'sla-compliance',
        baseline: 2,
        target: 4,
        months: 4,
        rationale: 'Two SLA breaches last quarter.',
      },
      {
        dimension: 'survey-programme',
        baseline: 1,
        target: 3,
        months: 2,
        rationale: 'No survey since 2024.',
      },
      {
        dimension: 'complaint-handling',
        baseline: 1,
        target: 3,
        months: 3,
        rationale: 'Complaints lost in mail.',
      },
      {
        dimension: 'reporting-kpis',
        baseline: 2,
        target: 3,
        months: 1,
        rationale: 'Monthly report is late.',
      },
      { dimension: 'skills', baseline: 2, target: 3, months: 5, rationale: 'New tools, little training.' },
    ],
    steps: [
      'Publish the monthly SLA report on the 5th working day',
      'Add a satisfaction link to every closed ticket',
      'Create a shared mailbox for complaints',
      'Weekly 15-minute huddle on breached tickets',
      'Write the knowledge article template',
      'Train two agents on the new CMDB views',
      'Define the complaint escalation path with the client',
      'Review the top 10 recurring incidents',
      'Automate the password reset request',
      'Run the first SERVQUAL campaign',
      'Set up a dashboard for first-call resolution',
      'Rewrite the major incident communication template',
      'Migrate all knowledge articles to the new portal',
      'Pilot a callback option for long queues',
    ],
    survey: true,
  },
  {
    name: 'Infrastructure Operations',
    client: 'Hexa Bank',
    serviceScope: 'Data centre, network and private cloud run',
    colour: '#0f9d8a',
    model: 'itil4',
    plan: {
      title: 'Operations maturity roadmap',
      objective: 'Reach a defined level on the practices the bank audits every year.',
      owner: 'Hugo Bernard',
      status: 'active',
      stalling: false,
    },
    targets: [
      {
        dimension: 'change-enablement',
        baseline: 2,
        target: 4,
        months: 6,
        rationale: 'Audit finding 2025-04.',
      },
      {
        dimension: 'monitoring-and-event-management',
        baseline: 2,
        target: 3,
        months: 3,
        rationale: 'Noisy alerts.',
      },
      { dimension: 'problem-management', baseline: 1, target: 3, months: 5, rationale: 'Repeat outages.' },
      {
        dimension: 'service-continuity-management',
        baseline: 2,
        target: 3,
        months: -1,
        rationale: 'DR test due.',
      },
      {
        dimension: 'capacity-and-performance-management',
        baseline: 1,
        target: 2,
        months: 2,
        rationale: 'Storage.',
      },
    ],
    steps: [
      'Define standard changes for patching',
      'Tune the top 20 noisiest monitoring alerts',
      'Hold a problem review after each P1',
      'Run the annual disaster recovery test',
      'Publish a storage capacity forecast',
      'Add a change calendar shared with the bank',
      'Document the failover runbook',
      'Introduce a post-implementation review form',
      'Map alerts to services in the monitoring tool',
      'Quarterly capacity review with the architects',
      'Set error budgets for the payment platform',
    ],
    survey: false,
  },
  {
    name: 'Workplace Services',
    client: 'Lumen Health Group',
    serviceScope: 'Laptops, Microsoft 365 and on-site support in 12 clinics',
    colour: '#c2410c',
    model: 'msp',
    plan: {
      title: 'Clinic workplace improvement plan',
      objective: 'Make on-site support predictable and keep the budget within 3% of plan.',
      owner: 'Amina Diallo',
      status: 'active',
      stalling: true,
    },
    targets: [
      { dimension: 'budget-tracking', baseline: 1, target: 3, months: 2, rationale: 'Overspend last year.' },
      { dimension: 'cost-optimisation', baseline: 1, target: 2, months: 4, rationale: 'Unused licences.' },
      {
        dimension: 'user-communication',
        baseline: 2,
        target: 3,
        months: 1,
        rationale: 'Clinics ask for news.',
      },
      { dimension: 'staff-continuity', baseline: 2, target: 3, months: 6, rationale: 'Turnover on site.' },
    ],
    steps: [
      'Monthly budget review with the client finance team',
      'Reclaim unused Microsoft 365 licences',
      'Publish a clinic newsletter every month',
      'Cross-train a backup technician per site',
      'Standardise the laptop build',
      'Track spare parts stock per clinic',
      'Agree a visit schedule with each clinic',
      'Replace the 40 oldest laptops',
    ],
    survey: true,
  },
  {
    name: 'Application Support',
    client: 'Atlas Logistics',
    serviceScope: 'ERP and warehouse management run and maintenance',
    colour: '#7c3aed',
    model: 'itil4',
    plan: {
      title: 'Application support plan 2027',
      objective: 'Prepare the ERP upgrade with a reliable release process.',
      owner: 'Lucas Petit',
      status: 'draft',
      stalling: false,
    },
    targets: [
      { dimension: 'release-management', baseline: 1, target: 3, months: 8, rationale: 'Upgrade in 2027.' },
      {
        dimension: 'service-validation-and-testing',
        baseline: 1,
        target: 3,
        months: 8,
        rationale: 'No tests.',
      },
      { dimension: 'knowledge-management', baseline: 2, target: 3, months: 6, rationale: 'Key-person risk.' },
    ],
    steps: [
      'List the interfaces to test before each release',
      'Write a release checklist',
      'Record the top 5 support procedures as videos',
      'Set up a test environment refresh',
    ],
    survey: false,
  },
];

const decisions = [
  'Report SLA compliance to the client every month, even when green.',
  'Keep every step under a week of effort; split the rest.',
  'Next review focuses on the targets at risk.',
  'Escalate the missing test environment to the client.',
  'Close the steps that no longer serve a target.',
];

const statusForAge = (rand: Random, ageDays: number, index: number, stalling: boolean): StepStatus => {
  // Every started plan drops its third step: the sample shows what a dropped step looks like.
  if (index === 2 && ageDays > 60) return 'dropped';
  if (ageDays > 200) return rand.pick<StepStatus>(['done', 'done', 'done', 'dropped']);
  if (ageDays > 60)
    return stalling ? rand.pick<StepStatus>(['doing', 'todo']) : rand.pick<StepStatus>(['done', 'doing']);
  // A plan that keeps moving has finished some of its recent steps too.
  const moving = !stalling && ageDays > 14;
  return rand.pick<StepStatus>(
    moving ? ['idea', 'todo', 'doing', 'done'] : ['idea', 'todo', 'todo', 'doing'],
  );
};

/**
 * Fills an empty database with a small managed services provider: four teams on both built-in models,
 * a year of assessments, plans with steps in every status, reviews and satisfaction surveys. Dates are
 * relative to today, so the sample always has something due, something late and a stalling plan.
 */
export function loadSampleData({ db, changes, today }: HandlerContext): SampleDataSummary {
  const teamCount = db.prepare('SELECT count(*) FROM teams').pluck().get() as number;
  if (teamCount > 0) {
    throw new DomainError(
      'conflict',
      'Sample data can only be loaded into a database that has no teams yet.',
    );
  }
  const rand = new Random(20_260_101);
  const summary: SampleDataSummary = { teams: 0, plans: 0, assessments: 0, steps: 0, reviews: 0, surveys: 0 };
  const yearAgo = addDays(today, -364);

  for (const sample of teams) {
    const team = changes.create(teamsTable, {
      name: sample.name,
      client: sample.client,
      serviceScope: sample.serviceScope,
      colour: sample.colour,
      archived: false,
    });
    summary.teams += 1;
    const model = getModelDetail(db, stableId(`model:${sample.model}`));
    const byKey = new Map(model.dimensions.map((d) => [d.key, d] as const));
    const planStart = sample.plan.status === 'draft' ? addDays(today, 14) : addDays(today, -300);
    const plan = changes.create(plansTable, {
      teamId: team.id,
      modelId: model.id,
      title: sample.plan.title,
      objective: sample.plan.objective,
      owner: sample.plan.owner,
      startDate: planStart,
      endDate: addDays(planStart, 365),
      status: sample.plan.status,
      budget: sample.plan.status === 'draft' ? 30_000 : 60_000,
      reviewCadenceDays: 28,
      maxStepEffortDays: 5,
      maxStepSpanDays: 14,
    });
    summary.plans += 1;

    const targets: Target[] = sample.targets.map((t) =>
      changes.create(targetsTable, {
        planId: plan.id,
        dimensionId: dimension(byKey, t.dimension).id,
        baselineLevel: t.baseline,
        targetLevel: t.target,
        targetDate: addDays(today, t.months * 30),
        rationale: t.rationale,
      }),
    );

    if (sample.plan.status !== 'draft') {
      summary.assessments += writeAssessments(changes, rand, {
        teamId: team.id,
        modelId: model.id,
        dimensions: model.dimensions,
        targets,
        from: yearAgo,
        months: 12,
      });
    }

    const steps = sample.steps.map((title, i): Step => {
      const ageDays = sample.plan.status === 'draft' ? 0 : Math.round(300 - (i * 300) / sample.steps.length);
      const status = statusForAge(rand, ageDays, i, sample.plan.stalling);
      const target = targets[i % targets.length] as Target;
      const effortDays = i % 7 === 6 ? 8 : rand.pick([0.5, 1, 1, 2, 3]);
      const startDate = sample.plan.status === 'draft' ? null : addDays(today, -ageDays);
      const doneAge = sample.plan.stalling ? Math.max(ageDays - 10, 25) : Math.max(ageDays - 12, 2);
      return changes.create(stepsTable, {
        planId: plan.id,
        targetId: target.id,
        dimensionId: target.dimensionId,
        title,
        description: '',
        owner: rand.pick(people),
        status,
        position: i + 1,
        effortDays,
        cost: rand.pick([0, 0, 250, 800, 1_500]),
        startDate,
        dueDate:
          startDate === null ? addDays(today, 30 + i * 7) : addDays(startDate, rand.pick([7, 10, 14, 21])),
        doneDate: status === 'done' ? addDays(today, -doneAge) : null,
        outcome: status === 'done' ? 'Done and shown to the client at the next review.' : '',
      });
    });
    summary.steps += steps.length;

    if (sample.plan.status !== 'draft') {
      // Five reviews each: the last one ten days ago, or two months ago for the stalling plan (overdue).
      const lastReviewAge = sample.plan.stalling ? 45 : 10;
      for (let age = 290; age >= lastReviewAge; age -= sample.plan.stalling ? 56 : 70) {
        const review = changes.create(reviewsTable, {
          planId: plan.id,
          date: addDays(today, -age),
          kind: age === 290 ? 'workshop' : 'progress',
          participants: [
            sample.plan.owner,
            rand.pick(people.filter((person) => person !== sample.plan.owner)),
            `${sample.client} service manager`,
          ],
          notes:
            age === 290
              ? 'Kick-off workshop: baseline rated, first steps agreed.'
              : 'Steps reviewed one by one.',
          decisions: [rand.pick(decisions)],
        });
        summary.reviews += 1;
        for (const step of steps.filter((s) => s.doneDate !== null && s.doneDate <= review.date).slice(-2)) {
          changes.create(reviewStepsTable, { reviewId: review.id, stepId: step.id, action: 'closed' });
        }
      }
    }

    if (sample.survey) {
      for (const monthsAgo of [8, 2]) {
        writeSurvey(changes, rand, team.id, addDays(today, -monthsAgo * 30), monthsAgo === 2 ? 0.4 : 0);
        summary.surveys += 1;
      }
    }
  }
  return summary;
}

function dimension(byKey: Map<string, Dimension>, key: string): Dimension {
  const found = byKey.get(key);
  if (!found) throw new Error(`The sample data names an unknown dimension: ${key}`);
  return found;
}

function writeAssessments(
  changes: HandlerContext['changes'],
  rand: Random,
  scope: {
    teamId: string;
    modelId: string;
    dimensions: Dimension[];
    targets: Target[];
    from: string;
    months: number;
  },
): number {
  const targetOf = new Map(scope.targets.map((t) => [t.dimensionId, t] as const));
  const today = addDays(scope.from, 364);
  /** The share of the way to the target made by an assessment month. */
  const pace = (target: Target, month: number) => {
    const span = daysBetween(scope.from, target.targetDate) / 30;
    return target.targetDate <= today ? month / (2 * span) : month / span;
  };
  const start = new Map(
    scope.dimensions.map((d) => [d.id, targetOf.get(d.id)?.baselineLevel ?? rand.int(1, 3)] as const),
  );
  for (let month = 0; month < scope.months; month += 1) {
    const assessment = changes.create(assessmentsTable, {
      teamId: scope.teamId,
      modelId: scope.modelId,
      reviewId: null,
      date: addDays(scope.from, month * 30),
      source: month % 3 === 0 ? 'workshop' : 'self',
      assessor: month % 3 === 0 ? 'Workshop' : rand.pick(people),
      note: '',
    });
    for (const d of scope.dimensions) {
      const target = targetOf.get(d.id);
      const base = start.get(d.id) as number;
      // Targeted dimensions climb in step with the time given to them, so that targets due later are
      // still on their way; a target whose date has passed got half way. The others drift a little.
      const level = target
        ? Math.min(
            target.targetLevel,
            base + Math.floor((target.targetLevel - base) * pace(target, month) + 0.35),
          )
        : Math.min(5, base + (rand.chance(0.05 * month) ? 1 : 0));
      changes.create(scoresTable, {
        assessmentId: assessment.id,
        dimensionId: d.id,
        level,
        evidence: target && month === scope.months - 1 ? 'Checked in the last workshop.' : '',
      });
    }
  }
  return scope.months;
}

function writeSurvey(
  changes: HandlerContext['changes'],
  rand: Random,
  teamId: string,
  periodEnd: string,
  improvement: number,
): void {
  const survey = changes.create(surveysTable, {
    teamId,
    title: `User satisfaction survey ${periodEnd.slice(0, 7)}`,
    periodStart: addDays(periodEnd, -21),
    periodEnd,
    scaleMin: 1,
    scaleMax: 7,
    status: 'closed',
  });
  const items = addTemplateQuestions(
    (table, fields) => changes.create(table, fields),
    survey.id,
    [10, 30, 25, 20, 15],
  );
  for (let respondent = 1; respondent <= 9; respondent += 1) {
    changes.create(surveyResponsesTable, {
      surveyId: survey.id,
      respondent: `Respondent ${respondent}`,
      answers: items.map((item) => {
        const expectation = rand.int(5, 7);
        const gap = item.key.startsWith('responsiveness') ? 2 : item.key.startsWith('reliability') ? 1 : 0;
        const perception = Math.max(
          1,
          Math.min(7, expectation - gap - rand.int(0, 1) + Math.round(improvement)),
        );
        // Some respondents skip an item, as real ones do.
        return rand.chance(0.04)
          ? { itemId: item.id, expectation, perception: null }
          : { itemId: item.id, expectation, perception };
      }),
    });
  }
}
