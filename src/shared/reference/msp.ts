// MSP key points maturity model, shipped as built-in reference content.
import type { ReferenceDimension, ReferenceLevel, ReferenceModel } from './types';

const levels: ReferenceLevel[] = [
  {
    value: 0,
    label: { en: 'Absent', fr: 'Absent' },
    description: {
      en: 'Nothing is in place yet and the team does not address this point.',
      fr: 'Rien n’est en place, l’équipe ne traite pas encore ce point.',
    },
  },
  {
    value: 1,
    label: { en: 'Ad hoc', fr: 'Au cas par cas' },
    description: {
      en: 'The team reacts case by case and relies on a few people, with no shared way of working.',
      fr: 'L’équipe réagit au cas par cas et s’appuie sur quelques personnes, sans pratique commune.',
    },
  },
  {
    value: 2,
    label: { en: 'Repeatable', fr: 'Reproductible' },
    description: {
      en: 'Basic routines exist and are repeated, but still depend on who is on duty.',
      fr: 'Des routines de base existent et se répètent, mais dépendent encore des personnes présentes.',
    },
  },
  {
    value: 3,
    label: { en: 'Standardised', fr: 'Standardisé' },
    description: {
      en: 'The way of working is written down, shared by the whole team and applied every time.',
      fr: 'Le mode de fonctionnement est formalisé, partagé par toute l’équipe et appliqué à chaque fois.',
    },
  },
  {
    value: 4,
    label: { en: 'Measured', fr: 'Mesuré' },
    description: {
      en: 'Results are measured against targets, reviewed with the client and followed by actions.',
      fr: 'Les résultats sont mesurés au regard des objectifs, revus avec le client et suivis d’actions.',
    },
  },
  {
    value: 5,
    label: { en: 'Optimised', fr: 'Optimisé' },
    description: {
      en: 'The team keeps improving in small steps and anticipates the client’s needs.',
      fr: 'L’équipe progresse en continu par petits pas et anticipe les besoins du client.',
    },
  },
];

const serviceControl: ReferenceDimension[] = [
  {
    key: 'sla-compliance',
    name: { en: 'SLA compliance', fr: 'Respect des niveaux de service (SLA)' },
    description: {
      en: 'Agreed service levels are met consistently, and every breach is analysed and explained.',
      fr: 'Les niveaux de service convenus sont tenus, et chaque manquement est analysé et expliqué.',
    },
  },
  {
    key: 'contract-governance',
    name: { en: 'Contract governance', fr: 'Gouvernance du contrat' },
    description: {
      en: 'The scope, commitments and governance bodies of the contract are known, followed and up to date.',
      fr: 'Le périmètre, les engagements et les instances du contrat sont connus, suivis et tenus à jour.',
    },
  },
  {
    key: 'change-control',
    name: { en: 'Change control', fr: 'Maîtrise des changements' },
    description: {
      en: 'Changes are assessed, approved and scheduled so that they rarely disrupt the service.',
      fr: 'Les changements sont évalués, approuvés et planifiés pour perturber le service le moins possible.',
    },
  },
  {
    key: 'incident-control',
    name: { en: 'Incident and problem control', fr: 'Maîtrise des incidents et des problèmes' },
    description: {
      en: 'Incidents are resolved quickly and recurring ones are traced back to their root cause.',
      fr: 'Les incidents sont résolus rapidement et ceux qui se répètent sont traités à la racine.',
    },
  },
];

const activityTransparency: ReferenceDimension[] = [
  {
    key: 'reporting-kpis',
    name: { en: 'Reporting and KPIs', fr: 'Reporting et indicateurs' },
    description: {
      en: 'Regular reports give the client reliable indicators on volumes, service levels and trends.',
      fr: 'Des rapports réguliers donnent au client des indicateurs fiables sur l’activité et les délais.',
    },
  },
  {
    key: 'activity-visibility',
    name: { en: 'Activity transparency', fr: 'Transparence de l’activité' },
    description: {
      en: 'The client can see at any time what the team is working on, what is pending and why.',
      fr: 'Le client voit à tout moment ce que fait l’équipe, ce qui reste à faire et pourquoi.',
    },
  },
  {
    key: 'workload-planning',
    name: { en: 'Workload and planning control', fr: 'Maîtrise de la charge et du planning' },
    description: {
      en: 'Workload is forecast, planned and shared out so that commitments are kept without overload.',
      fr: 'La charge est anticipée, planifiée et répartie pour tenir les engagements sans surcharge.',
    },
  },
  {
    key: 'service-reviews',
    name: { en: 'Service reviews', fr: 'Revues de service' },
    description: {
      en: 'Steering meetings with the client happen as planned, with minutes and tracked actions.',
      fr: 'Les comités de pilotage avec le client se tiennent comme prévu, avec compte rendu et suivi.',
    },
  },
];

const userSatisfaction: ReferenceDimension[] = [
  {
    key: 'survey-programme',
    name: { en: 'Satisfaction survey programme', fr: 'Programme d’enquêtes de satisfaction' },
    description: {
      en: 'User expectations and perceptions are surveyed regularly and the gaps are turned into actions.',
      fr: 'Attentes et perceptions des utilisateurs sont mesurées et les écarts donnent lieu à des actions.',
    },
  },
  {
    key: 'complaint-handling',
    name: { en: 'Complaint handling', fr: 'Traitement des réclamations' },
    description: {
      en: 'Complaints are logged, answered promptly and used to remove what caused them.',
      fr: 'Les réclamations sont enregistrées, traitées vite et exploitées pour en supprimer les causes.',
    },
  },
  {
    key: 'user-communication',
    name: { en: 'User communication', fr: 'Communication avec les utilisateurs' },
    description: {
      en: 'Users are told clearly and in good time about outages, changes and progress on their requests.',
      fr: 'Les utilisateurs sont prévenus des coupures et changements, et savent où en sont leurs demandes.',
    },
  },
];

const budgetControl: ReferenceDimension[] = [
  {
    key: 'budget-tracking',
    name: { en: 'Budget tracking', fr: 'Suivi budgétaire' },
    description: {
      en: 'Actual costs are tracked against the contract budget and variances are explained early.',
      fr: 'Les coûts réels sont suivis au regard du budget du contrat et les écarts expliqués au plus tôt.',
    },
  },
  {
    key: 'cost-optimisation',
    name: { en: 'Cost optimisation', fr: 'Optimisation des coûts' },
    description: {
      en: 'The team looks for savings through automation, rationalisation and better use of resources.',
      fr: 'L’équipe cherche des économies par l’automatisation, la rationalisation et la mutualisation.',
    },
  },
  {
    key: 'quality-budget-balance',
    name: { en: 'Quality and budget balance', fr: 'Équilibre qualité-budget' },
    description: {
      en: 'Service level and quality are balanced against budget constraints, with explicit trade-offs.',
      fr: 'Niveau et qualité de service sont mis en balance avec le budget, par des arbitrages explicites.',
    },
  },
];

const people: ReferenceDimension[] = [
  {
    key: 'skills',
    name: { en: 'Skills', fr: 'Compétences' },
    description: {
      en: 'Team members have the technical skills the service needs and keep them current through training.',
      fr: 'Les intervenants ont les compétences techniques requises et les entretiennent par la formation.',
    },
  },
  {
    key: 'service-mindset',
    name: { en: 'Service mindset', fr: 'Sens du service' },
    description: {
      en: 'Staff show a customer-relationship attitude: composure, rigour, flexibility and commitment.',
      fr: 'Les intervenants allient esprit client, maîtrise de soi, rigueur, souplesse et implication.',
    },
  },
  {
    key: 'staff-continuity',
    name: { en: 'Staff continuity', fr: 'Continuité des équipes' },
    description: {
      en: 'Turnover is low, key knowledge is shared, and absences or departures do not disrupt the service.',
      fr: 'Le turnover est maîtrisé, les savoirs clés sont partagés et absences ou départs sont sans impact.',
    },
  },
];

export const mspModel: ReferenceModel = {
  key: 'msp',
  name: { en: 'MSP key points', fr: 'Points clés MSP' },
  description: {
    en: 'The four key points a managed services provider must master, plus the quality of its people.',
    fr: 'Les quatre points clés d’un prestataire de services managés, plus la qualité de ses intervenants.',
  },
  levels,
  axes: [
    {
      key: 'service-control',
      name: {
        en: 'Technical and contractual control of the service',
        fr: 'Maîtrise technique et contractuelle de la prestation',
      },
      dimensions: serviceControl,
    },
    {
      key: 'activity-transparency',
      name: { en: 'Control and transparency of the activity', fr: 'Maîtrise et transparence de l’activité' },
      dimensions: activityTransparency,
    },
    {
      key: 'user-satisfaction',
      name: { en: 'User satisfaction', fr: 'Satisfaction des utilisateurs' },
      dimensions: userSatisfaction,
    },
    {
      key: 'budget-control',
      name: { en: 'Budget control', fr: 'Maîtrise budgétaire' },
      dimensions: budgetControl,
    },
    {
      key: 'people',
      name: { en: 'Quality of people', fr: 'Qualité des intervenants' },
      dimensions: people,
    },
  ],
};
