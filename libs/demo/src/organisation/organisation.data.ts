/**
 * The demo organisation's vocabulary: names, departments with their titles and topics, sites. Titles are
 * written in both languages (and both grammatical genders in French), so a person's title reads naturally
 * in the language they chose.
 */

export type Gender = 'f' | 'm';

export interface FirstName {
  name: string;
  gender: Gender;
}

/** "Camille, Léa, Manon" → ['Camille', 'Léa', 'Manon']: names are listed as a person would write them. */
const list = (names: string): string[] =>
  names
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
const f = (names: string): FirstName[] => list(names).map((name) => ({ name, gender: 'f' }));
const m = (names: string): FirstName[] => list(names).map((name) => ({ name, gender: 'm' }));

export const FRENCH_FIRST_NAMES: readonly FirstName[] = [
  ...f(`
    Camille, Léa, Manon, Chloé, Inès, Sarah, Julie, Pauline, Clara, Anaïs, Émilie, Mathilde, Céline,
    Sophie, Nathalie, Isabelle, Aurélie, Élodie, Margaux, Juliette, Hélène, Claire, Marion, Lucie,
    Charlotte, Zoé, Amandine, Laure, Agathe, Solène, Marie-Claire, Anne-Sophie, Yasmine, Fatou, Nadia,
    Bérénice, Coralie, Maëlle`),
  ...m(`
    Thomas, Hugo, Lucas, Julien, Nicolas, Antoine, Maxime, Alexandre, Romain, Vincent, Mathieu,
    Guillaume, Pierre, Louis, Arthur, Théo, Benoît, François, Olivier, Sébastien, Jérôme, Cédric, Damien,
    Florian, Quentin, Adrien, Clément, Baptiste, Raphaël, Étienne, Jean-Baptiste, Pierre-Louis, Karim,
    Mehdi, Moussa, Yann, Loïc, Gaël, Bastien`),
];

export const FRENCH_LAST_NAMES: readonly string[] = list(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
  Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre,
  Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin,
  Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine,
  Chevalier, Robin, Masson, Sanchez, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Le Gall,
  Kerjean, Benali, Diallo, Nguyen, Haddad, Meunier, Brunet, Barbier, Caron`);

export const ENGLISH_FIRST_NAMES: readonly FirstName[] = [
  ...f(`
    Olivia, Emma, Amelia, Sophie, Grace, Hannah, Emily, Charlotte, Lucy, Chloe, Megan, Rachel, Sarah,
    Laura, Jessica, Katie, Aisling, Niamh, Priya, Maya`),
  ...m(`
    James, Oliver, Harry, Jack, George, Daniel, Samuel, Thomas, William, Ethan, Liam, Noah, Ryan, Connor,
    Matthew, Andrew, David, Ciarán, Arjun, Ben`),
];

export const ENGLISH_LAST_NAMES: readonly string[] = list(`
  Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans,
  Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Bennett, Murphy, O'Brien, Kelly, Walsh,
  Campbell, Stewart, Patel, Shah, Hughes, Turner, Cooper, Hill, Ward, Morris, Moore, Collins, Reid,
  Fraser, Doyle`);

/** A title: French masculine, French feminine, English. */
export type Title = readonly [string, string, string];

export interface Department {
  key: string;
  fr: string;
  en: string;
  /** Relative headcount. */
  weight: number;
  titles: readonly Title[];
  /** Topic slugs its people know about. */
  topics: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  {
    key: 'executive',
    fr: 'Direction générale',
    en: 'Executive office',
    weight: 3,
    titles: [
      ['Directeur général adjoint', 'Directrice générale adjointe', 'Deputy chief executive'],
      ['Directeur de la stratégie', 'Directrice de la stratégie', 'Head of strategy'],
      ['Chef de cabinet', 'Cheffe de cabinet', 'Chief of staff'],
    ],
    topics: ['leadership', 'digital-transformation', 'change-management', 'corporate-finance', 'innovation'],
  },
  {
    key: 'engineering',
    fr: 'Ingénierie logicielle',
    en: 'Software engineering',
    weight: 28,
    titles: [
      ['Développeur back-end', 'Développeuse back-end', 'Back-end developer'],
      ['Développeur front-end', 'Développeuse front-end', 'Front-end developer'],
      ['Développeur full-stack', 'Développeuse full-stack', 'Full-stack developer'],
      ['Ingénieur logiciel', 'Ingénieure logicielle', 'Software engineer'],
      ['Architecte logiciel', 'Architecte logicielle', 'Software architect'],
      ['Responsable qualité logicielle', 'Responsable qualité logicielle', 'QA lead'],
      ['Tech lead', 'Tech lead', 'Tech lead'],
      [
        'Responsable d’équipe de développement',
        'Responsable d’équipe de développement',
        'Engineering manager',
      ],
      ['Développeur mobile', 'Développeuse mobile', 'Mobile developer'],
    ],
    topics: [
      'software-engineering',
      'java',
      'javascript',
      'typescript',
      'python',
      'csharp-and-dotnet',
      'front-end-development',
      'back-end-development',
      'mobile-development',
      'software-architecture',
      'software-testing',
      'devops',
      'agile-methods',
      'scrum',
    ],
  },
  {
    key: 'data',
    fr: 'Data & IA',
    en: 'Data & AI',
    weight: 13,
    titles: [
      ['Data scientist', 'Data scientist', 'Data scientist'],
      ['Ingénieur data', 'Ingénieure data', 'Data engineer'],
      ['Analyste de données', 'Analyste de données', 'Data analyst'],
      ['Ingénieur machine learning', 'Ingénieure machine learning', 'Machine learning engineer'],
      ['Responsable gouvernance des données', 'Responsable gouvernance des données', 'Data governance lead'],
    ],
    topics: [
      'artificial-intelligence',
      'machine-learning',
      'generative-ai',
      'natural-language-processing',
      'responsible-ai',
      'data-science',
      'data-analysis',
      'data-engineering',
      'databases',
      'sql',
      'postgresql',
      'business-intelligence',
      'data-governance',
      'python',
    ],
  },
  {
    key: 'infrastructure',
    fr: 'Infrastructure & Cloud',
    en: 'Infrastructure & cloud',
    weight: 11,
    titles: [
      ['Ingénieur cloud', 'Ingénieure cloud', 'Cloud engineer'],
      ['Ingénieur SRE', 'Ingénieure SRE', 'Site reliability engineer'],
      ['Administrateur systèmes', 'Administratrice systèmes', 'Systems administrator'],
      [
        'Responsable de la production informatique',
        'Responsable de la production informatique',
        'IT operations manager',
      ],
      ['Ingénieur réseau', 'Ingénieure réseau', 'Network engineer'],
    ],
    topics: [
      'cloud-computing',
      'amazon-web-services',
      'microsoft-azure',
      'kubernetes',
      'infrastructure-as-code',
      'linux',
      'computer-networks',
      'site-reliability-engineering',
      'it-service-management',
      'digital-workplace',
      'devops',
    ],
  },
  {
    key: 'security',
    fr: 'Cybersécurité',
    en: 'Cybersecurity',
    weight: 7,
    titles: [
      ['Analyste SOC', 'Analyste SOC', 'SOC analyst'],
      ['Pentester', 'Pentester', 'Penetration tester'],
      [
        'Responsable de la sécurité des SI',
        'Responsable de la sécurité des SI',
        'Chief information security officer',
      ],
      ['Ingénieur sécurité', 'Ingénieure sécurité', 'Security engineer'],
    ],
    topics: [
      'cybersecurity',
      'identity-and-access-management',
      'application-security',
      'penetration-testing',
      'security-operations',
      'security-governance',
      'cryptography',
      'network-security',
    ],
  },
  {
    key: 'product',
    fr: 'Produit & Design',
    en: 'Product & design',
    weight: 9,
    titles: [
      ['Product manager', 'Product manager', 'Product manager'],
      ['Product owner', 'Product owner', 'Product owner'],
      ['Designer UX', 'Designer UX', 'UX designer'],
      ['Designer UI', 'Designer UI', 'UI designer'],
      ['Designer de services', 'Designer de services', 'Service designer'],
    ],
    topics: [
      'product-management',
      'ux-design',
      'ui-design',
      'service-design',
      'digital-accessibility',
      'innovation',
      'customer-experience',
      'agile-methods',
    ],
  },
  {
    key: 'sales',
    fr: 'Ventes',
    en: 'Sales',
    weight: 11,
    titles: [
      ['Ingénieur commercial', 'Ingénieure commerciale', 'Account executive'],
      ['Responsable grands comptes', 'Responsable grands comptes', 'Key account manager'],
      ['Responsable avant-vente', 'Responsable avant-vente', 'Presales manager'],
      ['Directeur commercial', 'Directrice commerciale', 'Sales director'],
      ['Chargé de clientèle', 'Chargée de clientèle', 'Customer success manager'],
    ],
    topics: [
      'b2b-sales',
      'key-account-management',
      'customer-relationship-management',
      'customer-service',
      'customer-experience',
      'bid-management',
      'e-commerce',
      'negotiation',
    ],
  },
  {
    key: 'marketing',
    fr: 'Marketing & Communication',
    en: 'Marketing & communication',
    weight: 8,
    titles: [
      [
        'Chargé de communication interne',
        'Chargée de communication interne',
        'Internal communications officer',
      ],
      ['Responsable marketing digital', 'Responsable marketing digital', 'Digital marketing manager'],
      ['Community manager', 'Community manager', 'Community manager'],
      ['Responsable des relations presse', 'Responsable des relations presse', 'Press relations manager'],
      ['Chef de projet événementiel', 'Cheffe de projet événementiel', 'Event manager'],
    ],
    topics: [
      'digital-marketing',
      'social-media',
      'employee-advocacy',
      'content-marketing',
      'brand-management',
      'internal-communication',
      'public-relations',
      'event-management',
      'market-research',
      'business-writing',
    ],
  },
  {
    key: 'finance',
    fr: 'Finance',
    en: 'Finance',
    weight: 8,
    titles: [
      ['Contrôleur de gestion', 'Contrôleuse de gestion', 'Financial controller'],
      ['Comptable', 'Comptable', 'Accountant'],
      ['Trésorier', 'Trésorière', 'Treasurer'],
      ['Auditeur interne', 'Auditrice interne', 'Internal auditor'],
      ['Responsable consolidation', 'Responsable consolidation', 'Consolidation manager'],
    ],
    topics: [
      'general-accounting',
      'accounts-payable',
      'accounts-receivable',
      'consolidation-and-ifrs',
      'management-control',
      'budgeting-and-forecasting',
      'treasury',
      'taxation',
      'internal-audit',
      'corporate-finance',
      'excel',
    ],
  },
  {
    key: 'hr',
    fr: 'Ressources humaines',
    en: 'Human resources',
    weight: 7,
    titles: [
      ['Chargé de recrutement', 'Chargée de recrutement', 'Recruiter'],
      ['Responsable formation', 'Responsable formation', 'Learning and development manager'],
      ['Gestionnaire paie', 'Gestionnaire paie', 'Payroll specialist'],
      ['HR business partner', 'HR business partner', 'HR business partner'],
      [
        'Responsable qualité de vie au travail',
        'Responsable qualité de vie au travail',
        'Workplace well-being lead',
      ],
    ],
    topics: [
      'recruitment',
      'payroll',
      'compensation-and-benefits',
      'talent-management',
      'performance-management',
      'learning-and-development',
      'employee-relations',
      'hr-information-systems',
      'workplace-well-being',
      'diversity-and-inclusion',
    ],
  },
  {
    key: 'legal',
    fr: 'Juridique & Conformité',
    en: 'Legal & compliance',
    weight: 5,
    titles: [
      ['Juriste', 'Juriste', 'Legal counsel'],
      [
        'Délégué à la protection des données',
        'Déléguée à la protection des données',
        'Data protection officer',
      ],
      ['Responsable conformité', 'Responsable conformité', 'Compliance officer'],
      ['Risk manager', 'Risk manager', 'Risk manager'],
    ],
    topics: [
      'data-protection',
      'labour-law',
      'contract-law',
      'corporate-law',
      'intellectual-property',
      'regulatory-compliance',
      'anti-corruption',
      'litigation',
      'risk-management',
    ],
  },
  {
    key: 'operations',
    fr: 'Opérations',
    en: 'Operations',
    weight: 6,
    titles: [
      ['Responsable qualité', 'Responsable qualité', 'Quality manager'],
      ['Ingénieur méthodes', 'Ingénieure méthodes', 'Process engineer'],
      ['Responsable des services généraux', 'Responsable des services généraux', 'Facility manager'],
      ['Chef de projet ERP', 'Cheffe de projet ERP', 'ERP project manager'],
      ['Responsable HSE', 'Responsable HSE', 'Health and safety manager'],
    ],
    topics: [
      'lean-management',
      'quality-management',
      'occupational-health-and-safety',
      'business-process-management',
      'process-automation',
      'facility-management',
      'production-management',
      'industry-4-0',
      'enterprise-resource-planning',
      'business-continuity',
      'project-management',
    ],
  },
  {
    key: 'purchasing',
    fr: 'Achats & Supply chain',
    en: 'Purchasing & supply chain',
    weight: 5,
    titles: [
      ['Acheteur', 'Acheteuse', 'Buyer'],
      ['Responsable supply chain', 'Responsable supply chain', 'Supply chain manager'],
      ['Responsable logistique', 'Responsable logistique', 'Logistics manager'],
      ['Acheteur projets', 'Acheteuse projets', 'Project buyer'],
    ],
    topics: [
      'supply-chain-management',
      'purchasing',
      'strategic-sourcing',
      'supplier-relationship-management',
      'public-procurement',
      'logistics',
      'transportation-and-freight',
      'sustainable-procurement',
      'negotiation',
    ],
  },
  {
    key: 'csr',
    fr: 'RSE',
    en: 'Sustainability',
    weight: 3,
    titles: [
      ['Chargé de mission RSE', 'Chargée de mission RSE', 'Sustainability officer'],
      ['Responsable reporting ESG', 'Responsable reporting ESG', 'ESG reporting lead'],
      ['Responsable numérique responsable', 'Responsable numérique responsable', 'Sustainable IT lead'],
    ],
    topics: [
      'carbon-accounting',
      'climate-strategy',
      'esg-reporting',
      'circular-economy',
      'eco-design',
      'sustainable-it',
      'sustainable-procurement',
      'corporate-philanthropy',
    ],
  },
];

/** Topics anyone may list, whatever their department: languages, ways of working, people skills. */
export const TRANSVERSAL_TOPICS: readonly string[] = [
  'project-management',
  'agile-methods',
  'leadership',
  'mentoring',
  'coaching',
  'public-speaking',
  'english',
  'negotiation',
  'facilitation',
  'interpersonal-communication',
  'business-writing',
  'problem-solving',
  'knowledge-management',
  'change-management',
  'people-management',
  'excel',
  'generative-ai',
  'digital-accessibility',
  'sustainable-it',
  'french-as-a-foreign-language',
];

export interface Site {
  name: string;
  weight: number;
}

/** Where French-speaking people work. */
export const FRENCH_SITES: readonly Site[] = [
  { name: 'Paris', weight: 30 },
  { name: 'Lyon', weight: 14 },
  { name: 'Nantes', weight: 10 },
  { name: 'Toulouse', weight: 10 },
  { name: 'Lille', weight: 8 },
  { name: 'Bordeaux', weight: 6 },
  { name: 'Bruxelles', weight: 7 },
  { name: 'Genève', weight: 5 },
  { name: 'Montréal', weight: 6 },
];

/** Where English-speaking people work. */
export const ENGLISH_SITES: readonly Site[] = [
  { name: 'Montréal', weight: 35 },
  { name: 'London', weight: 30 },
  { name: 'Dublin', weight: 15 },
  { name: 'Paris', weight: 12 },
  { name: 'Genève', weight: 8 },
];

export const DEMO_EMAIL_DOMAIN = 'demo.relais.example';

/** "Marie-Claire Le Gall" → "marie-claire.le-gall": accents, apostrophes and spaces out of the address. */
export function emailLocalPart(firstName: string, lastName: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${clean(firstName)}.${clean(lastName)}`;
}
