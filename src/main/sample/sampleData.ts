import type { SampleDataSummary } from '@shared/contract';
import { addDays, daysBetween } from '@shared/dates';
import type { Dimension } from '@shared/domain/models';
import type { PlanStatus, Step, StepStatus, Target } from '@shared/domain/plans';
import type { Language } from '@shared/domain/settings';
import { DomainError } from '@shared/result';
import { assessmentsTable, scoresTable } from '../assessments/tables';
import type { HandlerContext } from '../core/handler';
import { getModelDetail } from '../models/repository';
import { readSettings } from '../settings/repository';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from '../plans/tables';
import { stableId } from '../store/stableId';
import { surveyResponsesTable, surveysTable } from '../surveys/tables';
import { addTemplateQuestions } from '../surveys/template';
import { teamsTable } from '../teams/tables';
import { Random } from './random';

/** A text of the sample in each language the app speaks: the sample is written in the user's. */
export type SampleText = Readonly<Record<Language, string>>;
const say = (en: string, fr: string): SampleText => ({ en, fr });

interface SampleTeam {
  name: SampleText;
  /** The client's company name, the same in every language. */
  client: string;
  serviceScope: SampleText;
  colour: string;
  model: 'msp' | 'itil4';
  plan: { title: SampleText; objective: SampleText; owner: string; status: PlanStatus; stalling: boolean };
  targets: { dimension: string; baseline: number; target: number; months: number; rationale: SampleText }[];
  steps: SampleText[];
  survey: boolean;
}

const people = ['Claire Martin', 'Hugo Bernard', 'Amina Diallo', 'Lucas Petit', 'Sofia Rossi', 'Tom Evans'];

export const sampleTeams: readonly SampleTeam[] = [
  {
    name: say('Service Desk', 'Service Desk'),
    client: 'Northwind Retail',
    serviceScope: say(
      'Level 1 and 2 support for 2,400 users in 180 stores',
      'Support N1 et N2 de 2 400 utilisateurs en 180 magasins',
    ),
    colour: '#2f6fdf',
    model: 'msp',
    plan: {
      title: say('Service desk progress plan 2026', 'Plan de progrès du service desk 2026'),
      objective: say(
        'Win back user satisfaction after the ticketing migration and hold the SLA every month.',
        'Regagner la satisfaction des utilisateurs après la migration de l’outil de tickets, et tenir le SLA chaque mois.',
      ),
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
        rationale: say('Two SLA breaches last quarter.', 'Deux dépassements du SLA le trimestre dernier.'),
      },
      {
        dimension: 'survey-programme',
        baseline: 1,
        target: 3,
        months: 2,
        rationale: say('No survey since 2024.', 'Aucune enquête depuis 2024.'),
      },
      {
        dimension: 'complaint-handling',
        baseline: 1,
        target: 3,
        months: 3,
        rationale: say('Complaints lost in mail.', 'Des réclamations perdues dans les courriels.'),
      },
      {
        dimension: 'reporting-kpis',
        baseline: 2,
        target: 3,
        months: 1,
        rationale: say('Monthly report is late.', 'Le rapport mensuel arrive en retard.'),
      },
      {
        dimension: 'skills',
        baseline: 2,
        target: 3,
        months: 5,
        rationale: say('New tools, little training.', 'Nouveaux outils, peu de formation.'),
      },
    ],
    steps: [
      say(
        'Publish the monthly SLA report on the 5th working day',
        'Publier le rapport SLA mensuel le 5e jour ouvré',
      ),
      say(
        'Add a satisfaction link to every closed ticket',
        'Ajouter un lien de satisfaction à chaque ticket clos',
      ),
      say('Create a shared mailbox for complaints', 'Créer une boîte partagée pour les réclamations'),
      say(
        'Weekly 15-minute huddle on breached tickets',
        'Point hebdomadaire de 15 minutes sur les tickets hors délai',
      ),
      say('Write the knowledge article template', 'Rédiger le modèle d’article de connaissance'),
      say('Train two agents on the new CMDB views', 'Former deux agents aux nouvelles vues de la CMDB'),
      say(
        'Define the complaint escalation path with the client',
        'Définir avec le client le circuit d’escalade des réclamations',
      ),
      say('Review the top 10 recurring incidents', 'Analyser les 10 incidents les plus récurrents'),
      say(
        'Automate the password reset request',
        'Automatiser la demande de réinitialisation de mot de passe',
      ),
      say('Run the first SERVQUAL campaign', 'Lancer la première campagne SERVQUAL'),
      say(
        'Set up a dashboard for first-call resolution',
        'Mettre en place un tableau de bord de la résolution au premier appel',
      ),
      say(
        'Rewrite the major incident communication template',
        'Réécrire le modèle de communication des incidents majeurs',
      ),
      say(
        'Migrate all knowledge articles to the new portal',
        'Migrer tous les articles de connaissance vers le nouveau portail',
      ),
      say(
        'Pilot a callback option for long queues',
        'Tester le rappel des utilisateurs quand l’attente est longue',
      ),
    ],
    survey: true,
  },
  {
    name: say('Infrastructure Operations', 'Exploitation des infrastructures'),
    client: 'Hexa Bank',
    serviceScope: say(
      'Data centre, network and private cloud run',
      'Exploitation du datacenter, du réseau et du cloud privé',
    ),
    colour: '#0f9d8a',
    model: 'itil4',
    plan: {
      title: say('Operations maturity roadmap', 'Feuille de route de maturité de l’exploitation'),
      objective: say(
        'Reach a defined level on the practices the bank audits every year.',
        'Atteindre un niveau défini sur les pratiques que la banque audite chaque année.',
      ),
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
        rationale: say('Audit finding 2025-04.', 'Constat d’audit 2025-04.'),
      },
      {
        dimension: 'monitoring-and-event-management',
        baseline: 2,
        target: 3,
        months: 3,
        rationale: say('Noisy alerts.', 'Trop d’alertes inutiles.'),
      },
      {
        dimension: 'problem-management',
        baseline: 1,
        target: 3,
        months: 5,
        rationale: say('Repeat outages.', 'Pannes à répétition.'),
      },
      {
        dimension: 'service-continuity-management',
        baseline: 2,
        target: 3,
        months: -1,
        rationale: say('DR test due.', 'Test de reprise à faire.'),
      },
      {
        dimension: 'capacity-and-performance-management',
        baseline: 1,
        target: 2,
        months: 2,
        rationale: say('Storage.', 'Stockage.'),
      },
    ],
    steps: [
      say('Define standard changes for patching', 'Définir les changements standard pour les correctifs'),
      say(
        'Tune the top 20 noisiest monitoring alerts',
        'Régler les 20 alertes de supervision les plus bruyantes',
      ),
      say('Hold a problem review after each P1', 'Tenir une revue de problème après chaque P1'),
      say('Run the annual disaster recovery test', 'Réaliser le test annuel de reprise après sinistre'),
      say('Publish a storage capacity forecast', 'Publier une prévision de capacité de stockage'),
      say(
        'Add a change calendar shared with the bank',
        'Partager un calendrier des changements avec la banque',
      ),
      say('Document the failover runbook', 'Documenter la procédure de bascule'),
      say(
        'Introduce a post-implementation review form',
        'Introduire un formulaire de revue post-implémentation',
      ),
      say(
        'Map alerts to services in the monitoring tool',
        'Rattacher les alertes aux services dans l’outil de supervision',
      ),
      say(
        'Quarterly capacity review with the architects',
        'Revue trimestrielle de capacité avec les architectes',
      ),
      say(
        'Set error budgets for the payment platform',
        'Fixer des budgets d’erreur pour la plateforme de paiement',
      ),
    ],
    survey: false,
  },
  {
    name: say('Workplace Services', 'Services poste de travail'),
    client: 'Lumen Health Group',
    serviceScope: say(
      'Laptops, Microsoft 365 and on-site support in 12 clinics',
      'PC portables, Microsoft 365 et support de 12 cliniques',
    ),
    colour: '#c2410c',
    model: 'msp',
    plan: {
      title: say(
        'Clinic workplace improvement plan',
        'Plan d’amélioration du poste de travail des cliniques',
      ),
      objective: say(
        'Make on-site support predictable and keep the budget within 3% of plan.',
        'Rendre le support sur site prévisible et tenir le budget à 3 % près.',
      ),
      owner: 'Amina Diallo',
      status: 'active',
      stalling: true,
    },
    targets: [
      {
        dimension: 'budget-tracking',
        baseline: 1,
        target: 3,
        months: 2,
        rationale: say('Overspend last year.', 'Budget dépassé l’an dernier.'),
      },
      {
        dimension: 'cost-optimisation',
        baseline: 1,
        target: 2,
        months: 4,
        rationale: say('Unused licences.', 'Licences inutilisées.'),
      },
      {
        dimension: 'user-communication',
        baseline: 2,
        target: 3,
        months: 1,
        rationale: say('Clinics ask for news.', 'Les cliniques demandent des nouvelles.'),
      },
      {
        dimension: 'staff-continuity',
        baseline: 2,
        target: 3,
        months: 6,
        rationale: say('Turnover on site.', 'Rotation du personnel sur site.'),
      },
    ],
    steps: [
      say(
        'Monthly budget review with the client finance team',
        'Revue budgétaire mensuelle avec la direction financière du client',
      ),
      say('Reclaim unused Microsoft 365 licences', 'Récupérer les licences Microsoft 365 inutilisées'),
      say(
        'Publish a clinic newsletter every month',
        'Publier chaque mois une lettre d’information pour les cliniques',
      ),
      say('Cross-train a backup technician per site', 'Former un technicien suppléant par site'),
      say('Standardise the laptop build', 'Standardiser le master des ordinateurs portables'),
      say('Track spare parts stock per clinic', 'Suivre le stock de pièces détachées par clinique'),
      say(
        'Agree a visit schedule with each clinic',
        'Convenir d’un planning de passage avec chaque clinique',
      ),
      say('Replace the 40 oldest laptops', 'Remplacer les 40 ordinateurs portables les plus anciens'),
    ],
    survey: true,
  },
  {
    name: say('Application Support', 'Support applicatif'),
    client: 'Atlas Logistics',
    serviceScope: say(
      'ERP and warehouse management run and maintenance',
      'Exploitation et maintenance de l’ERP et du WMS',
    ),
    colour: '#7c3aed',
    model: 'itil4',
    plan: {
      title: say('Application support plan 2027', 'Plan du support applicatif 2027'),
      objective: say(
        'Prepare the ERP upgrade with a reliable release process.',
        'Préparer la montée de version de l’ERP avec un processus de mise en production fiable.',
      ),
      owner: 'Lucas Petit',
      status: 'draft',
      stalling: false,
    },
    targets: [
      {
        dimension: 'release-management',
        baseline: 1,
        target: 3,
        months: 8,
        rationale: say('Upgrade in 2027.', 'Montée de version en 2027.'),
      },
      {
        dimension: 'service-validation-and-testing',
        baseline: 1,
        target: 3,
        months: 8,
        rationale: say('No tests.', 'Aucun test.'),
      },
      {
        dimension: 'knowledge-management',
        baseline: 2,
        target: 3,
        months: 6,
        rationale: say('Key-person risk.', 'Tout repose sur une seule personne.'),
      },
    ],
    steps: [
      say(
        'List the interfaces to test before each release',
        'Lister les interfaces à tester avant chaque mise en production',
      ),
      say('Write a release checklist', 'Rédiger la liste de contrôle d’une mise en production'),
      say(
        'Record the top 5 support procedures as videos',
        'Filmer les 5 procédures de support les plus utilisées',
      ),
      say(
        'Set up a test environment refresh',
        'Mettre en place le rafraîchissement de l’environnement de test',
      ),
    ],
    survey: false,
  },
];

const decisions: SampleText[] = [
  say(
    'Report SLA compliance to the client every month, even when green.',
    'Rendre compte du SLA au client chaque mois, même quand tout est vert.',
  ),
  say(
    'Keep every step under a week of effort; split the rest.',
    'Garder chaque pas sous une semaine d’effort ; découper les autres.',
  ),
  say(
    'Next review focuses on the targets at risk.',
    'La prochaine revue se concentre sur les cibles à risque.',
  ),
  say(
    'Escalate the missing test environment to the client.',
    'Remonter au client l’absence d’environnement de test.',
  ),
  say('Close the steps that no longer serve a target.', 'Clore les pas qui ne servent plus aucune cible.'),
];

/** The sample's other words; those with a value in them are made from it. */
export const sampleWords = {
  outcome: say(
    'Done and shown to the client at the next review.',
    'Fait et présenté au client à la revue suivante.',
  ),
  kickOffNotes: say(
    'Kick-off workshop: baseline rated, first steps agreed.',
    'Atelier de lancement : niveaux de départ évalués, premiers pas décidés.',
  ),
  reviewNotes: say('Steps reviewed one by one.', 'Pas passés en revue un par un.'),
  evidence: say('Checked in the last workshop.', 'Vérifié au dernier atelier.'),
  workshopAssessor: say('Workshop', 'Atelier'),
  serviceManager: (client: string) => say(`${client} service manager`, `Responsable de service ${client}`),
  surveyTitle: (month: string) =>
    say(`User satisfaction survey ${month}`, `Enquête de satisfaction utilisateurs ${month}`),
  respondent: (n: number) => say(`Respondent ${n}`, `Répondant ${n}`),
};

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
 * relative to today, so the sample always has something due, something late and a stalling plan. Its
 * texts are in the language of the settings.
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
  const { language } = readSettings(db);

  for (const sample of sampleTeams) {
    const team = changes.create(teamsTable, {
      name: sample.name[language],
      client: sample.client,
      serviceScope: sample.serviceScope[language],
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
      title: sample.plan.title[language],
      objective: sample.plan.objective[language],
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
        rationale: t.rationale[language],
      }),
    );

    if (sample.plan.status !== 'draft') {
      summary.assessments += writeAssessments(changes, rand, language, {
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
        title: title[language],
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
        outcome: status === 'done' ? sampleWords.outcome[language] : '',
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
            sampleWords.serviceManager(sample.client)[language],
          ],
          notes: (age === 290 ? sampleWords.kickOffNotes : sampleWords.reviewNotes)[language],
          decisions: [rand.pick(decisions)[language]],
        });
        summary.reviews += 1;
        for (const step of steps.filter((s) => s.doneDate !== null && s.doneDate <= review.date).slice(-2)) {
          changes.create(reviewStepsTable, { reviewId: review.id, stepId: step.id, action: 'closed' });
        }
      }
    }

    if (sample.survey) {
      for (const monthsAgo of [8, 2]) {
        const periodEnd = addDays(today, -monthsAgo * 30);
        writeSurvey(changes, rand, language, team.id, periodEnd, monthsAgo === 2 ? 0.4 : 0);
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
  language: Language,
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
      assessor: month % 3 === 0 ? sampleWords.workshopAssessor[language] : rand.pick(people),
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
        evidence: target && month === scope.months - 1 ? sampleWords.evidence[language] : '',
      });
    }
  }
  return scope.months;
}

function writeSurvey(
  changes: HandlerContext['changes'],
  rand: Random,
  language: Language,
  teamId: string,
  periodEnd: string,
  improvement: number,
): void {
  const survey = changes.create(surveysTable, {
    teamId,
    title: sampleWords.surveyTitle(periodEnd.slice(0, 7))[language],
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
      respondent: sampleWords.respondent(respondent)[language],
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
