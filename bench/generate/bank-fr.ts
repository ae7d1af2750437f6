import type { Bank } from './bank';

/** French charters: the register of a délibération, in the words of real chartes de la donnée. */
export const FR: Bank = {
  lang: 'fr',
  cities: [
    { name: 'Val-de-Sorne Métropole', short: 'la Métropole', council: 'conseil métropolitain', level: 'metropole' },
    { name: 'Brévalle', short: 'la Ville', council: 'conseil municipal', level: 'commune' },
    { name: 'Grand Marsac Agglomération', short: "l'Agglomération", council: 'conseil communautaire', level: 'epci' },
    { name: 'Vaux-sur-Lirette', short: 'la commune', council: 'conseil municipal', level: 'commune' },
    { name: 'Lorvane Métropole', short: 'la Métropole', council: 'conseil métropolitain', level: 'metropole' },
    { name: 'Saint-Aubrac Communauté urbaine', short: 'la Communauté urbaine', council: 'conseil communautaire', level: 'epci' },
    { name: 'Port-Sainte-Ode', short: 'la Ville', council: 'conseil municipal', level: 'commune' },
  ],
  operators: ['Cyclopolis SAS', 'Eaux du Val SA', 'Transvia Mobilités', 'Lumen Éclairage', 'Recyclor Services', 'Thermia Réseaux', 'ParkOde SAS', 'Numéria Cloud'],
  networks: ['OpenDataFrance', 'France Urbaine', 'Les Interconnectés', 'Intercommunalités de France', 'la FNCCR', "l'AIMF", 'Eurocities', 'la Cities Coalition for Digital Rights'],
  services: [
    {
      name: 'vélos en libre-service', data: ['la localisation et la capacité des stations', 'la disponibilité des vélos en temps réel', 'les trajets anonymisés', 'les opérations de maintenance'],
      standards: ['GBFS', 'le schéma des stationnements cyclables publié sur schema.data.gouv.fr'], formats: ['CSV', 'GeoJSON', 'GBFS'],
      kpis: ['taux de disponibilité du flux temps réel', 'taux de vélos en état de marche', 'nombre moyen de trajets par jour', 'délai de transmission des trajets anonymisés'],
    },
    {
      name: 'transports collectifs urbains', data: ['les horaires théoriques', 'la fréquentation par ligne et par arrêt', 'les perturbations', 'la position des véhicules en temps réel'],
      standards: ['NeTEx', 'SIRI', 'GTFS'], formats: ['NeTEx', 'GTFS', 'CSV'],
      kpis: ['ponctualité des bus', 'taux de disponibilité du flux SIRI', 'fréquentation annuelle du réseau', 'délai de publication des horaires'],
    },
    {
      name: "distribution d'eau potable", data: ["les consommations d'eau agrégées à l'îlot", 'les volumes produits et distribués', 'les interventions sur le réseau', 'la qualité de l\'eau distribuée'],
      standards: ['le SCDL', 'INSPIRE'], formats: ['CSV', 'GeoPackage', 'Shapefile'],
      kpis: ['rendement du réseau', 'délai de réparation des fuites', 'taux de conformité des analyses', 'délai de transmission des relevés'],
    },
    {
      name: 'collecte des déchets', data: ['les tonnages collectés par flux', 'les tournées de collecte', 'le référentiel des points d\'apport volontaire', 'les comptages des déchèteries'],
      standards: ['le SCDL', 'le schéma des points d\'apport volontaire'], formats: ['CSV', 'GeoJSON', 'XML'],
      kpis: ['taux de valorisation des déchets', 'taux de remplissage des conteneurs', 'délai de transmission des tonnages', 'nombre de réclamations traitées'],
    },
    {
      name: 'éclairage public', data: ["l'inventaire des points lumineux", 'les consommations électriques', 'les pannes et interventions', 'les plages d\'allumage'],
      standards: ['INSPIRE', 'le schéma de l\'éclairage public'], formats: ['CSV', 'GeoJSON', 'dump SQL'],
      kpis: ['taux de pannes réparées sous 48 heures', 'économie d\'énergie annuelle', 'taux de disponibilité du réseau', 'délai de mise à jour de l\'inventaire'],
    },
    {
      name: 'bornes de recharge', data: ['la localisation des points de recharge', 'la disponibilité en temps réel', 'les sessions de recharge', 'les tarifs appliqués'],
      standards: ['IRVE', 'schema.data.gouv.fr'], formats: ['CSV', 'JSON', 'GeoJSON'],
      kpis: ['taux de disponibilité des bornes', 'délai de remise en service', 'nombre de sessions par borne et par jour', 'délai de publication des tarifs'],
    },
  ],
  typeValue: { charter: 'charte', 'usage-framework': 'cadre-d-utilisation', 'partnership-agreement': 'convention-de-partenariat' },
  title: {
    charter: ['Charte de la donnée de {city}', 'Charte territoriale de la donnée de {city}', 'Charte métropolitaine de la donnée de {city}'],
    'usage-framework': ["Cadre d'utilisation des données de {city}", "Règlement d'usage des données de {city}"],
    'partnership-agreement': ['Convention de partenariat relative aux données du service de {service}', 'Convention relative aux données de {service} entre {city} et {operator}'],
  },
  adopted: [
    'Adoptée par délibération n° {year}-{n2} du {council} du {date}.',
    'Délibération du {council} n° {year}-{n2} en date du {date}.',
  ],
  preamble: [
    "{city} et ses partenaires produisent, collectent et reçoivent chaque jour des informations sur les déplacements, l'eau, l'énergie, l'urbanisme ou la propreté. La présente charte fixe les principes selon lesquels ces informations sont gouvernées, partagées, protégées et évaluées, afin qu'elles servent l'intérêt des habitants du territoire.",
    "Elle repose sur quatre principes : la donnée est un patrimoine commun du territoire, elle est gouvernée de manière transparente, elle ne circule qu'avec des garanties connues de tous, et son usage est évalué au regard de ses effets réels.",
    "La présente charte s'inscrit dans le cadre du code des relations entre le public et l'administration et du règlement général sur la protection des données. Elle ne crée pas de droits nouveaux au profit des tiers ; elle engage {short} et ceux qui contractent avec elle.",
    "Elle a été préparée par un groupe de travail associant les directions de {short}, des représentants des communes et des partenaires du territoire, entre {year} et la date de son adoption.",
  ],
  axes: ['Gouvernance de la donnée', 'La donnée dans les contrats', 'Organisation et compétences', "Mesure de l'impact", 'Confiance des citoyens'],
  article: (n, heading) => `Article ${n} – ${heading}`,
  checks: {
    P01: {
      heading: 'Comité de la donnée',
      full: [
        ["Il est institué un comité de la donnée, instance de gouvernance des données de {short}. Présidé par l'élu délégué au numérique, il réunit {n} élus, l'administrateur général des données, le délégué à la protection des données et deux personnalités qualifiées.",
          "Pour favoriser l'innovation, le comité ouvre chaque année un appel à projets destiné aux nouveaux usages des données. Les projets retenus bénéficient d'un bac à sable : un accès encadré à des jeux de données non publiés, pour une durée de {n} mois."],
        ["Le comité de gouvernance des données arrête la stratégie territoriale de la donnée, valide le programme annuel d'ouverture et rend un avis sur tout projet de traitement à fort enjeu. Il peut autoriser l'expérimentation de nouveaux usages dans un laboratoire d'innovation dédié."],
      ],
      partial: [["Un comité de la donnée, présidé par le maire, définit la politique de la donnée de {short} et arbitre les demandes d'ouverture. Il se réunit à l'initiative de son président."]],
    },
    P02: {
      heading: "Règles d'usage des données",
      full: [
        ["Les services de {short} utilisent les données dans le respect des règles suivantes : chaque jeu de données a un responsable désigné, il est inscrit au catalogue interne des données, son accès est ouvert aux agents qui en ont besoin et son usage est tracé.",
          "Les délégataires, concessionnaires et titulaires de marchés publics sont tenus aux mêmes règles d'usage pour les données qu'ils produisent ou reçoivent dans l'exécution du service public. Ces règles sont annexées à chaque contrat."],
      ],
      partial: [["Les directions métiers de {short} appliquent les règles d'usage du cadre d'utilisation interne : gestionnaire désigné, inscription au catalogue, accès limité aux agents habilités, durée de conservation fixée."]],
    },
    P03: {
      heading: 'Écosystème territorial de la donnée',
      full: [
        ["{short} anime un club des partenaires de la donnée, qui réunit au moins {n} fois par an les acteurs de la donnée du territoire : opérateurs de services urbains, bailleurs sociaux, université, chambres consulaires, associations et entreprises locales.",
          "Le club s'appuie sur la plateforme territoriale de données, où les membres publient leurs jeux de données et concluent entre eux des conventions de partage de données sur un modèle commun."],
        ["Une plateforme territoriale de données, ouverte aux acteurs de la donnée du territoire, permet la publication et l'échange de jeux de données ; un hackathon annuel réunit ses contributeurs."],
      ],
      partial: [],
    },
    P04: {
      heading: 'Réseaux de villes',
      full: [
        ["{short} est membre de {network} et participe à ses groupes de travail. Elle s'engage à publier ses jeux de données selon les standards partagés de ce réseau, à documenter ses cas d'usage et à présenter chaque année un retour d'expérience à ses homologues."],
        ["{short} adhère à {network} et partage ses bonnes pratiques avec les collectivités du réseau."],
      ],
      partial: [],
    },
    P05: {
      heading: 'Politique intercommunale de la donnée',
      full: [
        ["La politique de la donnée est conduite à l'échelle intercommunale pour le compte des {n} communes membres. Un service commun dédié à la donnée, créé par convention de mutualisation, met à leur disposition un portail open data mutualisé et un délégué à la protection des données mutualisé."],
      ],
      partial: [],
    },
    P06: {
      heading: "Données d'intérêt territorial",
      full: [
        ["Sont des données d'intérêt territorial les données, produites par {short} ou par un tiers, qui sont nécessaires à la connaissance du territoire ou à la conduite d'une politique publique : {data}.",
          "Tout contrat de la commande publique comporte une clause par laquelle le cocontractant transmet ces données à {short}, à sa demande et au moins une fois par trimestre."],
      ],
      partial: [["Sont des données d'intérêt général les données nécessaires à la conduite des politiques publiques de {short}, notamment {data}."]],
    },
    P07: {
      heading: 'Interopérabilité',
      full: [
        ["Les données sont produites selon les standards {standards}. Le catalogue est décrit en DCAT-AP.",
          "Sur le plan juridique, les données publiées sont placées sous la Licence Ouverte Etalab 2.0, sauf les bases de données soumises à l'ODbL. Les contrats reprennent les clauses types de {short} relatives aux données."],
      ],
      partial: [["Les données de {short} sont produites selon les standards {standards}, afin de pouvoir être réutilisées par les partenaires."]],
    },
    P08: {
      heading: 'Réversibilité et données brutes',
      full: [
        ["Tout contrat confiant à un tiers la production ou la gestion de données comporte une clause de réversibilité. À la fin du contrat, quelle qu'en soit la cause, le titulaire restitue à {short}, sans frais et dans un délai de {days} jours, les jeux de données suivants : {data}.",
          "Les données sont restituées aux formats {formats}.",
          "Pendant toute la durée du contrat, le titulaire met à disposition les données brutes, non agrégées, sur lesquelles reposent ses rapports d'activité."],
      ],
      partial: [["À la fin de tout contrat, le titulaire restitue à {short} les données de {data}. Ces données lui sont remises dans un format ouvert."]],
    },
    P09: {
      heading: 'Formation et acculturation des agents',
      full: [
        ["{short} met en place un plan de formation à la donnée pour l'ensemble des agents : une sensibilisation de {n} heures pour tous, un parcours de formation de cinq jours pour les référents données, et des modules spécialisés réalisés avec le CNFPT."],
        ["Les agents suivent une formation à la culture de la donnée, organisée avec le CNFPT ; une session annuelle d'acculturation est proposée aux élus."],
      ],
      partial: [],
    },
    P10: {
      heading: 'Rôles et portage politique',
      full: [
        ["Une administratrice générale des données, rattachée au directeur général des services, est chargée de développer l'usage des données au sein de l'administration. Elle anime le réseau des référents données désignés dans chaque direction.",
          "La démarche est portée politiquement par l'adjointe au maire déléguée au numérique et à la donnée, élue référente pour l'application de la présente charte."],
      ],
      partial: [["{short} a désigné un délégué à la protection des données (DPO), qui tient le registre des traitements. Mme Claire Rouvière, adjointe au maire déléguée au numérique, porte la présente charte."]],
    },
    P11: {
      heading: 'Expérimentations progressives',
      full: [
        ["Tout nouveau service fondé sur les données fait d'abord l'objet d'un projet pilote, conduit à l'échelle d'un quartier, sur un cas d'usage mature et pour une durée limitée à {n} mois. Le service n'est généralisé qu'après évaluation."],
      ],
      partial: [["{short} conduit des expérimentations de nouveaux services fondés sur les données, en lien avec les partenaires du territoire."]],
    },
    P12: {
      heading: 'Indicateurs de performance des partenariats',
      full: [
        ["Les conventions de partenariat relatives aux données comportent des indicateurs de performance. Chaque indicateur est assorti d'une cible chiffrée et d'une échéance, par exemple un taux de disponibilité de {pct} % au {date}, ou un délai de transmission inférieur à {n} jours."],
      ],
      partial: [["Les conventions de partenariat comportent des indicateurs de suivi, présentés chaque année au comité de la donnée."]],
    },
    P13: {
      heading: "Évaluation de l'impact des projets de données",
      full: [
        ["Chaque projet de données est évalué selon une grille d'évaluation commune, appliquée avant le lancement puis un an après la mise en service. La grille mesure les coûts complets et les économies réalisées, la productivité exprimée en gain de temps, la qualité de service mesurée par la satisfaction des usagers, et l'empreinte carbone estimée en tonnes équivalent CO2."],
      ],
      partial: [["Chaque projet numérique fait l'objet d'une évaluation qui porte sur son coût de fonctionnement et sur la qualité du service rendu aux habitants."]],
    },
    P14: {
      heading: 'Information des habitants',
      full: [
        ["{short} conduit chaque année une campagne d'information auprès des habitants sur les usages des données, leurs bénéfices et leurs risques : pages dédiées sur le site, articles dans le magazine, expositions dans les médiathèques et une journée de la donnée."],
      ],
      partial: [],
    },
    P15: {
      heading: 'Participation citoyenne et self data',
      full: [
        ["Tout projet de données ayant un effet direct sur les habitants fait l'objet d'une concertation préalable, en amont de sa conception : un panel citoyen de {n} habitants tirés au sort est réuni avant toute décision.",
          "{short} conduit en outre une démarche de self data : chaque habitant peut récupérer ses données de consommation dans un cloud personnel de son choix."],
      ],
      partial: [["Une enquête de satisfaction est menée auprès des usagers six mois après la mise en service de chaque projet de données."]],
    },
    P16: {
      heading: 'Suivi de la charte',
      full: [
        ["Le comité de suivi de la charte est responsable de la mise en œuvre de la présente charte. Il publie un bilan annuel de son application.",
          "La charte fait l'objet d'une clause de revoyure : elle est réexaminée tous les {n} ans à compter de son adoption."],
      ],
      partial: [["Le comité de suivi de la charte veille à la mise en œuvre de ses engagements."]],
    },
  },
  generic: [
    ['Définitions', ["Au sens de la présente charte, on entend par « donnée » toute information enregistrée sur un support numérique, et par « jeu de données » un ensemble cohérent de données produit ou reçu par un même service."]],
    ['Protection des données personnelles', ["Les traitements de données personnelles mis en œuvre en application de la présente charte respectent le règlement général sur la protection des données. Le registre des traitements est publié sur le site de {short}."]],
    ['Ouverture des données', ["Les données publiques sont publiées par défaut sur le portail open data, dans un délai de {n} mois après leur production, sauf motif d'intérêt général ou secret protégé par la loi."]],
    ['Sécurité et hébergement', ["Les données sont hébergées en France, chez un prestataire qualifié ; les accès sont journalisés et les sauvegardes testées chaque trimestre selon la politique de sécurité des systèmes d'information."]],
  ],
  finalAxis: 'Dispositions finales',
  agreement: {
    parties: [
      'Entre {city}, représentée par son président, dûment habilité par délibération n° {year}-{n2} du {council}, ci-après « {short} »,',
      'et la société {operator}, dont le siège est situé {n2} quai des Tanneurs, représentée par son directeur général, ci-après « l\'Opérateur »,',
      'il est convenu ce qui suit.',
    ],
    annexTitle: 'Annexe {n} – Convention relative aux données du service de {service} ({operator})',
    object: "La présente convention fixe les conditions dans lesquelles l'Opérateur, titulaire du contrat d'exploitation du service de {service}, partage avec {short} les données produites par ce service, ainsi que les engagements de performance et de suivi qui s'y rattachent.",
    dataArticle: ["Données d'intérêt territorial", "Sont des données d'intérêt territorial, au sens de la charte de la donnée, les données du service nécessaires aux politiques publiques : {data}. L'Opérateur transmet ces données à {short} pendant toute la durée de la convention, sans contrepartie financière, dans un délai de {days} jours à compter de la demande."],
    standardsArticle: ['Standards et licence', "Les données sont publiées selon {standards}. {Short} publie les données reçues sous la Licence Ouverte Etalab 2.0 ; les stipulations du présent article reprennent les clauses types relatives aux données."],
    kpiArticle: ['Indicateurs de performance', "L'Opérateur s'engage sur les indicateurs de performance suivants, calculés chaque mois :"],
    reversibilityArticle: ['Réversibilité', "À l'expiration de la convention, quelle qu'en soit la cause, l'Opérateur restitue à {short}, sans frais et dans un délai de {days} jours, les jeux de données suivants : {data}.", 'Les données sont restituées aux formats {formats}.'],
    followUpArticle: ['Comité de suivi', "Un comité de suivi, composé de deux représentants de chaque partie, assure le suivi de l'exécution de la présente convention. Il se réunit deux fois par an et établit un rapport annuel."],
  },
  inventory: {
    title: 'Annexe {n} – Inventaire des jeux de données',
    intro: "Le tableau ci-dessous recense les jeux de données de {short} inscrits au catalogue à la date du {date}.",
    columns: ['Jeu de données', 'Producteur', 'Format', 'Licence', 'Mise à jour'],
    producers: ['Direction de la mobilité', "Direction de l'eau", 'Direction des déchets', "Direction de l'urbanisme", 'Direction des finances', 'Service SIG'],
    frequencies: ['quotidienne', 'hebdomadaire', 'mensuelle', 'trimestrielle', 'annuelle', 'temps réel'],
    licences: ['Licence Ouverte 2.0', 'ODbL', 'usage interne'],
  },
  kpiLine: (kpi, target) => `${kpi} : ${target}`,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`),
};
