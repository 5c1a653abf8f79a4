import type { ActivityCategory, ActivityDomain } from '../generated/prisma/enums';

export interface ActivityTemplate {
  category: ActivityCategory;
  domain: ActivityDomain;
  title: { nl?: string; fr?: string; en?: string };
  summary: { nl?: string; fr?: string; en?: string };
  capacity: number;
  screeningRequired?: boolean;
  /** Its screenings need the prison's security advice (a forklift, a group about aggression). */
  securityAdviceRequired?: boolean;
  languages: string[];
}

/** An activity's six text columns, as a template's titles and summaries (a language left out is null). */
export function templateTexts(template: ActivityTemplate) {
  const { title, summary } = template;
  return {
    titleNl: title.nl ?? null,
    titleFr: title.fr ?? null,
    titleEn: title.en ?? null,
    summaryNl: summary.nl ?? null,
    summaryFr: summary.fr ?? null,
    summaryEn: summary.en ?? null,
  };
}

/** Demo offer, after the kinds of activities the source texts name (onthaalklas, herstelbemiddeling, ateliers…). */
export const CATALOGUE: ActivityTemplate[] = [
  {
    category: 'EDUCATIONAL',
    domain: 'EDUCATION',
    capacity: 12,
    languages: ['nl', 'fr'],
    title: { nl: 'Onthaalklas', fr: "Classe d'accueil", en: 'Welcome class' },
    summary: {
      nl: 'Kennismaking met het onderwijsaanbod en een persoonlijk leertraject.',
      fr: "Découverte de l'offre d'enseignement et d'un parcours personnel.",
      en: 'An introduction to the education on offer and a personal learning path.',
    },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EDUCATION',
    capacity: 10,
    languages: ['nl'],
    title: { nl: 'Nederlands tweede taal', fr: 'Néerlandais langue seconde', en: 'Dutch as a second language' },
    summary: {
      nl: 'NT2 op jouw niveau, van beginner tot gevorderd.',
      fr: 'Le néerlandais à votre niveau, de débutant à avancé.',
      en: 'Dutch at your level, from beginner to advanced.',
    },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EDUCATION',
    capacity: 8,
    languages: ['nl'],
    title: { nl: 'Basiseducatie rekenen' },
    summary: { nl: 'Rekenen voor het dagelijkse leven: geld, tijd, maten.' },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EDUCATION',
    capacity: 8,
    languages: ['nl', 'fr', 'en'],
    title: { nl: 'Computervaardigheden', fr: 'Compétences informatiques', en: 'Computer skills' },
    summary: {
      nl: 'Tekstverwerking, e-mail en veilig online.',
      fr: 'Traitement de texte, e-mail et sécurité en ligne.',
      en: 'Word processing, e-mail and staying safe online.',
    },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EMPLOYMENT',
    capacity: 6,
    screeningRequired: true,
    securityAdviceRequired: true,
    languages: ['nl', 'fr'],
    title: { nl: 'Heftruckopleiding', fr: 'Formation cariste', en: 'Forklift training' },
    summary: {
      nl: 'Opleiding met attest, als opstap naar werk na de vrijlating.',
      fr: 'Formation certifiante, tremplin vers un emploi.',
      en: 'Certified training, a step towards work after release.',
    },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EMPLOYMENT',
    capacity: 10,
    languages: ['nl', 'fr'],
    title: { nl: 'Sollicitatietraining', fr: "Atelier recherche d'emploi", en: 'Job application training' },
    summary: {
      nl: 'Cv, sollicitatiebrief en gesprek oefenen met de bemiddelaar werk.',
      fr: 'CV, lettre et entretien avec le médiateur emploi.',
      en: 'CV, cover letter and interview practice with the employment mediator.',
    },
  },
  {
    category: 'EDUCATIONAL',
    domain: 'EDUCATION',
    capacity: 12,
    languages: ['fr'],
    title: { fr: 'Français pour débutants' },
    summary: { fr: 'Les bases du français oral et écrit.' },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'WELFARE',
    capacity: 8,
    screeningRequired: true,
    languages: ['nl', 'fr'],
    title: { nl: 'Initiatie herstelbemiddeling', fr: 'Initiation à la médiation réparatrice', en: 'Restorative mediation initiation' },
    summary: {
      nl: 'Stilstaan bij slachtofferschap en de mogelijkheden van herstel.',
      fr: 'Réfléchir à la victimisation et aux possibilités de réparation.',
      en: 'Reflecting on victimhood and the possibilities of restoration.',
    },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'WELFARE',
    capacity: 8,
    screeningRequired: true,
    securityAdviceRequired: true,
    languages: ['nl'],
    title: { nl: 'Omgaan met agressie', fr: "Gestion de l'agressivité", en: 'Anger management' },
    summary: {
      nl: 'Groepstraining rond boosheid, conflicten en zelfcontrole.',
      fr: 'Groupe sur la colère, les conflits et la maîtrise de soi.',
      en: 'A group training on anger, conflict and self-control.',
    },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'HEALTH',
    capacity: 10,
    languages: ['nl', 'fr'],
    title: { nl: 'Praatgroep verslaving', fr: 'Groupe de parole addiction', en: 'Addiction talking group' },
    summary: {
      nl: 'Ervaringen delen en werken aan herstel, begeleid door een hulpverlener.',
      fr: 'Partager et travailler au rétablissement, avec un intervenant.',
      en: 'Sharing experiences and working on recovery, with a counsellor.',
    },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'WELFARE',
    capacity: 8,
    languages: ['nl', 'fr'],
    title: { nl: 'Ouderschap vanuit de gevangenis', fr: 'Parentalité en détention', en: 'Parenting from prison' },
    summary: {
      nl: 'Contact houden met je kinderen tijdens de detentie.',
      fr: 'Garder le lien avec ses enfants pendant la détention.',
      en: 'Staying in touch with your children during detention.',
    },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'HEALTH',
    capacity: 12,
    languages: ['nl', 'en'],
    title: { nl: 'Mindfulness', en: 'Mindfulness' },
    summary: { nl: 'Ademhaling, aandacht en rust in een drukke omgeving.', en: 'Breathing, attention and calm in a busy place.' },
  },
  {
    category: 'PSYCHOSOCIAL',
    domain: 'WELFARE',
    capacity: 10,
    languages: ['nl'],
    title: { nl: 'Voorbereiding op de vrijlating' },
    summary: { nl: 'Wonen, werk, financiën en administratie na de vrijlating.' },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    capacity: 10,
    languages: ['nl', 'fr'],
    title: { nl: 'Atelier tekenen en schilderen', fr: 'Atelier dessin et peinture', en: 'Drawing and painting workshop' },
    summary: {
      nl: 'Wekelijks atelier met een kunstenaar, afgesloten met een tentoonstelling.',
      fr: 'Atelier hebdomadaire avec un artiste, clôturé par une exposition.',
      en: 'A weekly workshop with an artist, ending in an exhibition.',
    },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    capacity: 14,
    languages: ['nl', 'fr'],
    title: { nl: 'Theater', fr: 'Théâtre', en: 'Theatre' },
    summary: {
      nl: 'Samen een voorstelling maken en spelen.',
      fr: 'Créer et jouer un spectacle ensemble.',
      en: 'Making and performing a play together.',
    },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'SPORT',
    capacity: 16,
    languages: ['nl', 'fr', 'en'],
    title: { nl: 'Voetbal', fr: 'Football', en: 'Football' },
    summary: {
      nl: 'Training en onderlinge wedstrijden met de sportmonitor.',
      fr: 'Entraînement et matchs avec le moniteur sportif.',
      en: 'Training and matches with the sports monitor.',
    },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'SPORT',
    capacity: 12,
    languages: ['nl', 'fr'],
    title: { nl: 'Yoga', fr: 'Yoga', en: 'Yoga' },
    summary: {
      nl: 'Beweging en ontspanning voor alle niveaus.',
      fr: 'Mouvement et détente, tous niveaux.',
      en: 'Movement and relaxation for every level.',
    },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    capacity: 10,
    languages: ['nl'],
    title: { nl: 'Leesclub in de bibliotheek', fr: 'Club de lecture', en: 'Book club' },
    summary: {
      nl: 'Elke maand een boek, samen besproken met de bibliotheekconsulent.',
      fr: 'Un livre par mois, discuté avec le bibliothécaire.',
      en: 'A book a month, discussed with the prison librarian.',
    },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'CULTURE',
    capacity: 8,
    languages: ['fr', 'en'],
    title: { fr: 'Atelier musique', en: 'Music workshop' },
    summary: { fr: 'Percussions, chant et écriture de chansons.', en: 'Percussion, singing and songwriting.' },
  },
  {
    category: 'SOCIOCULTURAL',
    domain: 'SPORT',
    capacity: 12,
    languages: ['nl', 'fr'],
    title: { nl: 'Fitness', fr: 'Fitness', en: 'Fitness' },
    summary: {
      nl: 'Krachttraining en conditie onder begeleiding.',
      fr: 'Musculation et condition physique encadrées.',
      en: 'Supervised strength and fitness training.',
    },
  },
];
