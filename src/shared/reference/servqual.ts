// SERVQUAL satisfaction survey template for IT managed services, shipped as reference content.
import type { ReferenceSurveyItem, ReferenceSurveyTemplate } from './types';

const tangiblesItems: ReferenceSurveyItem[] = [
  {
    key: 'tangibles-1',
    text: {
      en: 'The self-service portal and ticketing tools are modern and easy to use.',
      fr: 'Le portail libre-service et les outils de suivi des tickets sont modernes et simples à utiliser.',
    },
  },
  {
    key: 'tangibles-2',
    text: {
      en: 'Service reports and dashboards are clear, well presented and easy to read.',
      fr: 'Les rapports de service et tableaux de bord sont clairs, bien présentés et faciles à lire.',
    },
  },
  {
    key: 'tangibles-3',
    text: {
      en: 'Engineers and service desk agents present themselves professionally.',
      fr: 'Les ingénieurs et les agents du centre de services ont une présentation professionnelle.',
    },
  },
  {
    key: 'tangibles-4',
    text: {
      en: 'User guides, notifications and knowledge articles are clear and well designed.',
      fr: 'Les guides utilisateurs, notifications et fiches de connaissances sont clairs et soignés.',
    },
  },
];

const reliabilityItems: ReferenceSurveyItem[] = [
  {
    key: 'reliability-1',
    text: {
      en: 'When the provider promises to do something by a certain time, it does so.',
      fr: 'Quand le prestataire s’engage à faire quelque chose dans un délai donné, il le fait.',
    },
  },
  {
    key: 'reliability-2',
    text: {
      en: 'When a user has a problem, the support team shows a sincere interest in solving it.',
      fr: 'Quand un utilisateur a un problème, l’équipe de support montre un réel souci de le résoudre.',
    },
  },
  {
    key: 'reliability-3',
    text: {
      en: 'The service desk resolves incidents right the first time.',
      fr: 'Le centre de services résout les incidents correctement du premier coup.',
    },
  },
  {
    key: 'reliability-4',
    text: {
      en: 'Requests and changes are delivered at the time promised.',
      fr: 'Les demandes et les changements sont livrés à la date promise.',
    },
  },
  {
    key: 'reliability-5',
    text: {
      en: 'Tickets, service reports and invoices are accurate and free of errors.',
      fr: 'Les tickets, les rapports de service et les factures sont exacts et sans erreur.',
    },
  },
];

const responsivenessItems: ReferenceSurveyItem[] = [
  {
    key: 'responsiveness-1',
    text: {
      en: 'Users are told exactly when their request will be handled and when it will be done.',
      fr: 'Chaque utilisateur sait exactement quand sa demande sera prise en charge et quand elle aboutira.',
    },
  },
  {
    key: 'responsiveness-2',
    text: {
      en: 'The service desk answers calls and tickets promptly.',
      fr: 'Le centre de services répond rapidement aux appels et aux tickets.',
    },
  },
  {
    key: 'responsiveness-3',
    text: {
      en: 'Support staff are always willing to help users.',
      fr: 'Les équipes de support sont toujours disposées à aider les utilisateurs.',
    },
  },
  {
    key: 'responsiveness-4',
    text: {
      en: 'Support staff are never too busy to respond to urgent requests.',
      fr: 'Les équipes de support ne sont jamais trop occupées pour répondre aux demandes urgentes.',
    },
  },
];

const assuranceItems: ReferenceSurveyItem[] = [
  {
    key: 'assurance-1',
    text: {
      en: 'The way engineers behave instils confidence in users.',
      fr: 'Le comportement des ingénieurs inspire confiance aux utilisateurs.',
    },
  },
  {
    key: 'assurance-2',
    text: {
      en: 'Users feel that their data and systems are in safe hands.',
      fr: 'Les utilisateurs ont le sentiment que leurs données et leurs systèmes sont entre de bonnes mains.',
    },
  },
  {
    key: 'assurance-3',
    text: {
      en: 'Support staff are consistently courteous with users.',
      fr: 'Les équipes de support sont toujours courtoises avec les utilisateurs.',
    },
  },
  {
    key: 'assurance-4',
    text: {
      en: 'Engineers have the knowledge needed to answer users’ questions.',
      fr: 'Les ingénieurs ont les connaissances nécessaires pour répondre aux questions des utilisateurs.',
    },
  },
];

const empathyItems: ReferenceSurveyItem[] = [
  {
    key: 'empathy-1',
    text: {
      en: 'The provider adapts its support to each user’s situation.',
      fr: 'Le prestataire adapte son accompagnement à la situation de chaque utilisateur.',
    },
  },
  {
    key: 'empathy-2',
    text: {
      en: 'Support hours and contact channels are convenient for all users.',
      fr: 'Les horaires et les canaux de contact du support conviennent à tous les utilisateurs.',
    },
  },
  {
    key: 'empathy-3',
    text: {
      en: 'Engineers and service desk agents give users personal attention.',
      fr: 'Les ingénieurs et agents du centre de services accordent une attention personnelle à chacun.',
    },
  },
  {
    key: 'empathy-4',
    text: {
      en: 'The provider has the client’s business interests at heart.',
      fr: 'Le prestataire a à cœur les intérêts métier du client.',
    },
  },
  {
    key: 'empathy-5',
    text: {
      en: 'Support staff understand the specific needs of the users they serve.',
      fr: 'Les équipes de support comprennent les besoins spécifiques des utilisateurs qu’elles servent.',
    },
  },
];

export const servqualTemplate: ReferenceSurveyTemplate = {
  key: 'servqual',
  name: { en: 'SERVQUAL satisfaction survey', fr: 'Enquête de satisfaction SERVQUAL' },
  scaleMin: 1,
  scaleMax: 7,
  dimensions: [
    {
      key: 'tangibles',
      name: { en: 'Tangibles', fr: 'Éléments tangibles' },
      description: {
        en: 'The look and quality of the tools, portals, documents and people that embody the service.',
        fr: 'L’aspect et la qualité des outils, portails, documents et personnes qui incarnent le service.',
      },
      items: tangiblesItems,
    },
    {
      key: 'reliability',
      name: { en: 'Reliability', fr: 'Fiabilité' },
      description: {
        en: 'The ability to deliver the promised service dependably and accurately.',
        fr: 'La capacité à fournir le service promis de façon sûre et précise.',
      },
      items: reliabilityItems,
    },
    {
      key: 'responsiveness',
      name: { en: 'Responsiveness', fr: 'Réactivité' },
      description: {
        en: 'The willingness to help users and to provide prompt service.',
        fr: 'La volonté d’aider les utilisateurs et de leur rendre un service rapide.',
      },
      items: responsivenessItems,
    },
    {
      key: 'assurance',
      name: { en: 'Assurance', fr: 'Assurance' },
      description: {
        en: 'The knowledge and courtesy of staff and their ability to inspire trust and confidence.',
        fr: 'La compétence et la courtoisie des intervenants, et leur capacité à inspirer confiance.',
      },
      items: assuranceItems,
    },
    {
      key: 'empathy',
      name: { en: 'Empathy', fr: 'Empathie' },
      description: {
        en: 'The caring, individual attention the provider gives to each user.',
        fr: 'L’attention individuelle et bienveillante que le prestataire accorde à chaque utilisateur.',
      },
      items: empathyItems,
    },
  ],
};
