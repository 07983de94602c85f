/**
 * The words of exported spreadsheets, in English and French. Main cannot reach the renderer's
 * translations, and exports need only these few.
 */
import type { AssessmentSource } from '@shared/domain/assessments';
import type { PlanStatus, ReviewKind, StepStatus } from '@shared/domain/plans';
import type { Language } from '@shared/domain/settings';

const en = {
  sheetPlan: 'Plan',
  sheetTargets: 'Targets',
  sheetSteps: 'Steps',
  sheetAssessments: 'Assessments',
  sheetReviews: 'Reviews',
  sheetLevels: 'Levels',
  field: 'Field',
  value: 'Value',
  title: 'Title',
  team: 'Team',
  client: 'Client',
  model: 'Model',
  objective: 'Objective',
  owner: 'Owner',
  startDate: 'Start date',
  endDate: 'End date',
  status: 'Status',
  budget: 'Budget',
  plannedCost: 'Planned cost',
  spentCost: 'Spent cost',
  reviewCadenceDays: 'Review every (days)',
  progress: 'Progress (%)',
  dimension: 'Dimension',
  axis: 'Axis',
  baselineLevel: 'Baseline level',
  currentLevel: 'Current level',
  targetLevel: 'Target level',
  targetDate: 'Target date',
  rationale: 'Rationale',
  effortDays: 'Effort (days)',
  cost: 'Cost',
  dueDate: 'Due date',
  doneDate: 'Done date',
  description: 'Description',
  outcome: 'Outcome',
  date: 'Date',
  source: 'Source',
  assessor: 'Assessor',
  level: 'Level',
  kind: 'Kind',
  participants: 'Participants',
  decisions: 'Decisions',
  notes: 'Notes',
  stepsClosed: 'Steps closed',
};
export type Word = keyof typeof en;

const fr: Record<Word, string> = {
  sheetPlan: 'Plan',
  sheetTargets: 'Cibles',
  sheetSteps: 'Petits pas',
  sheetAssessments: 'Évaluations',
  sheetReviews: 'Revues',
  sheetLevels: 'Niveaux',
  field: 'Champ',
  value: 'Valeur',
  title: 'Titre',
  team: 'Équipe',
  client: 'Client',
  model: 'Modèle',
  objective: 'Objectif',
  owner: 'Responsable',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  status: 'Statut',
  budget: 'Budget',
  plannedCost: 'Coût prévu',
  spentCost: 'Coût dépensé',
  reviewCadenceDays: 'Revue tous les (jours)',
  progress: 'Avancement (%)',
  dimension: 'Dimension',
  axis: 'Axe',
  baselineLevel: 'Niveau de départ',
  currentLevel: 'Niveau actuel',
  targetLevel: 'Niveau cible',
  targetDate: 'Date cible',
  rationale: 'Justification',
  effortDays: 'Charge (jours)',
  cost: 'Coût',
  dueDate: 'Échéance',
  doneDate: 'Date de fin réelle',
  description: 'Description',
  outcome: 'Résultat',
  date: 'Date',
  source: 'Source',
  assessor: 'Évaluateur',
  level: 'Niveau',
  kind: 'Type',
  participants: 'Participants',
  decisions: 'Décisions',
  notes: 'Notes',
  stepsClosed: 'Pas terminés',
};

type Values = {
  planStatuses: Record<PlanStatus, string>;
  stepStatuses: Record<StepStatus, string>;
  sources: Record<AssessmentSource, string>;
  reviewKinds: Record<ReviewKind, string>;
};

const values: Record<Language, Values> = {
  en: {
    planStatuses: {
      draft: 'Draft',
      active: 'Active',
      'on-hold': 'On hold',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    stepStatuses: { idea: 'Idea', todo: 'To do', doing: 'Doing', done: 'Done', dropped: 'Dropped' },
    sources: { workshop: 'Workshop', self: 'Self-assessment', audit: 'Audit' },
    reviewKinds: { workshop: 'Workshop', progress: 'Progress review', steering: 'Steering committee' },
  },
  fr: {
    planStatuses: {
      draft: 'Brouillon',
      active: 'Actif',
      'on-hold': 'En pause',
      completed: 'Terminé',
      cancelled: 'Annulé',
    },
    stepStatuses: { idea: 'Idée', todo: 'À faire', doing: 'En cours', done: 'Fait', dropped: 'Abandonné' },
    sources: { workshop: 'Atelier', self: 'Auto-évaluation', audit: 'Audit' },
    reviewKinds: { workshop: 'Atelier', progress: 'Revue d’avancement', steering: 'Comité de pilotage' },
  },
};

export const wordsFor = (language: Language) => ({ ...(language === 'fr' ? fr : en), ...values[language] });
export type Words = ReturnType<typeof wordsFor>;
