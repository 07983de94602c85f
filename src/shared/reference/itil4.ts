// ITIL 4 practices maturity model, shipped as built-in reference content.
import type { ReferenceDimension, ReferenceLevel, ReferenceModel } from './types';

const levels: ReferenceLevel[] = [
  {
    value: 0,
    label: { en: 'None', fr: 'Inexistant' },
    description: {
      en: 'The practice is not performed, or only by chance, and nobody is accountable for it.',
      fr: 'La pratique n’est pas exercée, ou seulement par hasard, et personne n’en est responsable.',
    },
  },
  {
    value: 1,
    label: { en: 'Initial', fr: 'Initial' },
    description: {
      en: 'The practice happens ad hoc, relies on a few individuals and its results are unpredictable.',
      fr: 'La pratique s’exerce au coup par coup, repose sur quelques personnes et reste imprévisible.',
    },
  },
  {
    value: 2,
    label: { en: 'Managed (repeatable)', fr: 'Maîtrisé (reproductible)' },
    description: {
      en: 'Basic activities are planned and tracked, so the team can repeat what worked before.',
      fr: 'Les activités de base sont planifiées et suivies, l’équipe sait reproduire ce qui a fonctionné.',
    },
  },
  {
    value: 3,
    label: { en: 'Defined', fr: 'Défini' },
    description: {
      en: 'The practice is documented, standardised and applied consistently, with clear roles and tools.',
      fr: 'La pratique est documentée, standardisée et appliquée de façon homogène, avec des rôles clairs.',
    },
  },
  {
    value: 4,
    label: { en: 'Quantitatively managed', fr: 'Piloté par la mesure' },
    description: {
      en: 'The practice is steered by metrics and targets, and deviations trigger corrective action.',
      fr: 'La pratique est pilotée par des indicateurs et des objectifs, et tout écart déclenche une action.',
    },
  },
  {
    value: 5,
    label: { en: 'Optimizing', fr: 'En optimisation' },
    description: {
      en: 'The practice is continually improved from measured results, feedback and innovation.',
      fr: 'La pratique s’améliore en continu grâce aux mesures, aux retours d’expérience et à l’innovation.',
    },
  },
];

const generalPractices: ReferenceDimension[] = [
  {
    key: 'architecture-management',
    name: { en: 'Architecture management', fr: 'Gestion de l’architecture' },
    description: {
      en: 'Describes how the organisation’s components fit together and guides their evolution.',
      fr: 'Décrit comment s’articulent les composants de l’organisation et guide leur évolution.',
    },
  },
  {
    key: 'continual-improvement',
    name: { en: 'Continual improvement', fr: 'Amélioration continue' },
    description: {
      en: 'Keeps practices and services aligned with changing needs through ongoing, incremental gains.',
      fr: 'Adapte pratiques et services à l’évolution des besoins par des améliorations régulières.',
    },
  },
  {
    key: 'information-security-management',
    name: { en: 'Information security management', fr: 'Gestion de la sécurité de l’information' },
    description: {
      en: 'Protects the confidentiality, integrity and availability of the organisation’s information.',
      fr: 'Protège la confidentialité, l’intégrité et la disponibilité des informations de l’organisation.',
    },
  },
  {
    key: 'knowledge-management',
    name: { en: 'Knowledge management', fr: 'Gestion des connaissances' },
    description: {
      en: 'Captures, shares and maintains knowledge so that people find the right information when needed.',
      fr: 'Recueille, partage et entretient les connaissances pour que chacun trouve la bonne information.',
    },
  },
  {
    key: 'measurement-and-reporting',
    name: { en: 'Measurement and reporting', fr: 'Mesure et reporting' },
    description: {
      en: 'Collects and analyses relevant data to support sound decisions and demonstrate performance.',
      fr: 'Collecte et analyse des données utiles pour éclairer les décisions et démontrer la performance.',
    },
  },
  {
    key: 'organizational-change-management',
    name: { en: 'Organizational change management', fr: 'Gestion du changement organisationnel' },
    description: {
      en: 'Helps people adopt changes smoothly so that the intended benefits are actually realised.',
      fr: 'Accompagne les personnes dans les changements pour que les bénéfices attendus se concrétisent.',
    },
  },
  {
    key: 'portfolio-management',
    name: { en: 'Portfolio management', fr: 'Gestion du portefeuille' },
    description: {
      en: 'Selects and balances programmes, projects and services so that investment matches strategy.',
      fr: 'Arbitre entre programmes, projets et services pour aligner les investissements sur la stratégie.',
    },
  },
  {
    key: 'project-management',
    name: { en: 'Project management', fr: 'Gestion de projet' },
    description: {
      en: 'Plans, coordinates and delivers projects so that they meet their goals on time and on budget.',
      fr: 'Planifie et conduit les projets pour atteindre leurs objectifs dans les délais et le budget.',
    },
  },
  {
    key: 'relationship-management',
    name: { en: 'Relationship management', fr: 'Gestion des relations' },
    description: {
      en: 'Builds and nurtures trusted links with stakeholders to understand their needs and priorities.',
      fr: 'Noue des relations de confiance avec les parties prenantes pour comprendre leurs besoins.',
    },
  },
  {
    key: 'risk-management',
    name: { en: 'Risk management', fr: 'Gestion des risques' },
    description: {
      en: 'Identifies, assesses and treats risks so that threats are contained and opportunities are seized.',
      fr: 'Identifie, évalue et traite les risques pour contenir les menaces et saisir les opportunités.',
    },
  },
  {
    key: 'service-financial-management',
    name: { en: 'Service financial management', fr: 'Gestion financière des services' },
    description: {
      en: 'Budgets, accounts for and charges services so that spending is understood and value is shown.',
      fr: 'Budgète, comptabilise et refacture les services pour maîtriser les coûts et en montrer la valeur.',
    },
  },
  {
    key: 'strategy-management',
    name: { en: 'Strategy management', fr: 'Gestion de la stratégie' },
    description: {
      en: 'Sets the organisation’s goals and direction and steers the course of action to reach them.',
      fr: 'Fixe les objectifs et le cap de l’organisation, puis pilote les actions pour les atteindre.',
    },
  },
  {
    key: 'supplier-management',
    name: { en: 'Supplier management', fr: 'Gestion des fournisseurs' },
    description: {
      en: 'Manages suppliers and their performance so that their products and services support delivery.',
      fr: 'Gère les fournisseurs et leur performance pour qu’ils contribuent à la qualité du service.',
    },
  },
  {
    key: 'workforce-and-talent-management',
    name: { en: 'Workforce and talent management', fr: 'Gestion des effectifs et des talents' },
    description: {
      en: 'Ensures the right people, with the right skills and motivation, are in the right roles.',
      fr: 'Veille à disposer des bonnes personnes, compétentes et motivées, aux bons postes.',
    },
  },
];

const servicePractices: ReferenceDimension[] = [
  {
    key: 'availability-management',
    name: { en: 'Availability management', fr: 'Gestion de la disponibilité' },
    description: {
      en: 'Ensures that services deliver the levels of availability agreed with customers and users.',
      fr: 'Garantit que les services offrent la disponibilité convenue avec les clients et les utilisateurs.',
    },
  },
  {
    key: 'business-analysis',
    name: { en: 'Business analysis', fr: 'Analyse métier' },
    description: {
      en: 'Analyses business needs and recommends solutions that create value for stakeholders.',
      fr: 'Analyse les besoins métier et recommande des solutions qui créent de la valeur pour le client.',
    },
  },
  {
    key: 'capacity-and-performance-management',
    name: { en: 'Capacity and performance management', fr: 'Gestion de la capacité et de la performance' },
    description: {
      en: 'Ensures services perform as expected and meet current and future demand cost-effectively.',
      fr: 'Garantit des services performants, aptes à suivre la demande présente et future à coût maîtrisé.',
    },
  },
  {
    key: 'change-enablement',
    name: { en: 'Change enablement', fr: 'Habilitation des changements' },
    description: {
      en: 'Maximises successful changes by assessing risks, authorising changes and managing the schedule.',
      fr: 'Fait réussir les changements en évaluant leurs risques, en les autorisant et en les planifiant.',
    },
  },
  {
    key: 'incident-management',
    name: { en: 'Incident management', fr: 'Gestion des incidents' },
    description: {
      en: 'Restores normal service operation as quickly as possible to minimise the impact of incidents.',
      fr: 'Rétablit le fonctionnement normal du service au plus vite pour limiter l’impact des incidents.',
    },
  },
  {
    key: 'it-asset-management',
    name: { en: 'IT asset management', fr: 'Gestion des actifs informatiques' },
    description: {
      en: 'Manages the whole lifecycle of IT assets to maximise their value and control costs and risks.',
      fr: 'Gère le cycle de vie des actifs informatiques pour en tirer parti et maîtriser coûts et risques.',
    },
  },
  {
    key: 'monitoring-and-event-management',
    name: { en: 'Monitoring and event management', fr: 'Surveillance et gestion des événements' },
    description: {
      en: 'Observes services and components, records changes of state and responds to significant events.',
      fr: 'Surveille services et composants, note leurs changements d’état et traite les événements clés.',
    },
  },
  {
    key: 'problem-management',
    name: { en: 'Problem management', fr: 'Gestion des problèmes' },
    description: {
      en: 'Finds the causes of incidents and manages workarounds and known errors to prevent recurrence.',
      fr: 'Recherche les causes des incidents et gère les erreurs connues pour en éviter la répétition.',
    },
  },
  {
    key: 'release-management',
    name: { en: 'Release management', fr: 'Gestion des mises en production' },
    description: {
      en: 'Makes new and changed services and features available for use in a controlled way.',
      fr: 'Met à disposition, de façon maîtrisée, les services et fonctionnalités nouveaux ou modifiés.',
    },
  },
  {
    key: 'service-catalogue-management',
    name: { en: 'Service catalogue management', fr: 'Gestion du catalogue de services' },
    description: {
      en: 'Provides a single, consistent and up-to-date source of information on all available services.',
      fr: 'Fournit une source d’information unique, cohérente et à jour sur tous les services proposés.',
    },
  },
  {
    key: 'service-configuration-management',
    name: { en: 'Service configuration management', fr: 'Gestion de la configuration des services' },
    description: {
      en: 'Keeps accurate information on configuration items and their relationships available when needed.',
      fr: 'Tient à disposition des données fiables sur les éléments de configuration et leurs relations.',
    },
  },
  {
    key: 'service-continuity-management',
    name: { en: 'Service continuity management', fr: 'Gestion de la continuité des services' },
    description: {
      en: 'Ensures services can be restored within an acceptable time after a disaster or major disruption.',
      fr: 'Garantit que les services peuvent être rétablis dans un délai acceptable après un sinistre.',
    },
  },
  {
    key: 'service-design',
    name: { en: 'Service design', fr: 'Conception des services' },
    description: {
      en: 'Designs services and user experiences that are fit for purpose, fit for use and deliverable.',
      fr: 'Conçoit des services et des expériences adaptés aux besoins, faciles à utiliser et réalisables.',
    },
  },
  {
    key: 'service-desk',
    name: { en: 'Service desk', fr: 'Centre de services' },
    description: {
      en: 'Acts as the single point of contact that captures users’ incidents and service requests.',
      fr: 'Sert de point de contact unique pour recueillir les incidents et les demandes des utilisateurs.',
    },
  },
  {
    key: 'service-level-management',
    name: { en: 'Service level management', fr: 'Gestion des niveaux de service' },
    description: {
      en: 'Sets clear, business-based service level targets and reports on how delivery meets them.',
      fr: 'Fixe des niveaux de service fondés sur les besoins métier et rend compte de leur respect.',
    },
  },
  {
    key: 'service-request-management',
    name: { en: 'Service request management', fr: 'Gestion des demandes de service' },
    description: {
      en: 'Handles predefined, user-initiated service requests efficiently and in a user-friendly way.',
      fr: 'Traite avec efficacité et simplicité les demandes de service prédéfinies des utilisateurs.',
    },
  },
  {
    key: 'service-validation-and-testing',
    name: { en: 'Service validation and testing', fr: 'Validation et test des services' },
    description: {
      en: 'Checks that new or changed products and services meet their defined requirements before use.',
      fr: 'Vérifie que les produits et services nouveaux ou modifiés respectent les exigences définies.',
    },
  },
];

const technicalPractices: ReferenceDimension[] = [
  {
    key: 'deployment-management',
    name: { en: 'Deployment management', fr: 'Gestion des déploiements' },
    description: {
      en: 'Moves new or changed hardware, software and other components into live environments.',
      fr: 'Installe en production le matériel, les logiciels et autres composants nouveaux ou modifiés.',
    },
  },
  {
    key: 'infrastructure-and-platform-management',
    name: {
      en: 'Infrastructure and platform management',
      fr: 'Gestion de l’infrastructure et des plateformes',
    },
    description: {
      en: 'Oversees the infrastructure and platforms, on premises or in the cloud, used by the organisation.',
      fr: 'Supervise les infrastructures et plateformes de l’organisation, sur site ou dans le cloud.',
    },
  },
  {
    key: 'software-development-and-management',
    name: { en: 'Software development and management', fr: 'Développement et gestion des logiciels' },
    description: {
      en: 'Ensures applications meet needs for functionality, reliability, maintainability and security.',
      fr: 'Garantit des applications fonctionnelles, fiables, maintenables et sûres, conformes aux besoins.',
    },
  },
];

export const itil4Model: ReferenceModel = {
  key: 'itil4',
  name: { en: 'ITIL 4 practices', fr: 'Pratiques ITIL 4' },
  description: {
    en: 'The 34 ITIL 4 management practices, rated on a capability scale from 0 to 5.',
    fr: 'Les 34 pratiques de management d’ITIL 4, évaluées sur une échelle de capacité de 0 à 5.',
  },
  levels,
  axes: [
    {
      key: 'general',
      name: { en: 'General management practices', fr: 'Pratiques de management général' },
      dimensions: generalPractices,
    },
    {
      key: 'service',
      name: { en: 'Service management practices', fr: 'Pratiques de gestion des services' },
      dimensions: servicePractices,
    },
    {
      key: 'technical',
      name: { en: 'Technical management practices', fr: 'Pratiques de gestion technique' },
      dimensions: technicalPractices,
    },
  ],
};
