import type { Bank } from './bank';

/** English charters: the register of a city council resolution, in the words of real data charters. */
export const EN: Bank = {
  lang: 'en',
  cities: [
    { name: 'Port Ellery', short: 'the City', council: 'City Council', level: 'commune' },
    { name: 'Ellery Valley Metropolitan Authority', short: 'the Authority', council: 'Metropolitan Board', level: 'metropole' },
    { name: 'Kingsford', short: 'the City', council: 'City Council', level: 'commune' },
    { name: 'Greater Ashby Combined Authority', short: 'the Combined Authority', council: 'Combined Authority Board', level: 'epci' },
    { name: 'Northam', short: 'the Borough', council: 'Borough Council', level: 'commune' },
    { name: 'Riverside Region Metro', short: 'the Metro', council: 'Metro Council', level: 'metropole' },
  ],
  operators: ['CycleWay Ltd', 'Ellery Water plc', 'MetroLink Transit', 'BrightStreet Lighting', 'CleanCity Services', 'HeatNet Energy', 'ParkRight Ltd', 'Cumulus Hosting'],
  networks: ['Eurocities', 'the Cities Coalition for Digital Rights', 'Open & Agile Smart Cities (OASC)', 'the G20 Global Smart Cities Alliance', 'the Open Data Charter'],
  services: [
    {
      name: 'bike share', data: ['station locations and capacity', 'real-time bike availability', 'anonymised trips', 'maintenance operations'],
      standards: ['GBFS', 'the city bike-parking data schema'], formats: ['CSV', 'GeoJSON', 'GBFS'],
      kpis: ['availability of the real-time feed', 'share of bikes in working order', 'average daily trips', 'delivery time of anonymised trips'],
    },
    {
      name: 'public transport', data: ['timetables', 'ridership by line and stop', 'service disruptions', 'real-time vehicle positions'],
      standards: ['NeTEx', 'SIRI', 'GTFS'], formats: ['GTFS', 'NeTEx', 'CSV'],
      kpis: ['bus punctuality', 'availability of the SIRI feed', 'annual ridership', 'timetable publication lead time'],
    },
    {
      name: 'water supply', data: ['water consumption aggregated by block', 'volumes produced and distributed', 'network repairs', 'drinking water quality'],
      standards: ['INSPIRE', 'the water network data model'], formats: ['CSV', 'GeoPackage', 'Shapefile'],
      kpis: ['network efficiency', 'leak repair time', 'share of compliant water samples', 'delivery time of meter readings'],
    },
    {
      name: 'waste collection', data: ['tonnages collected by stream', 'collection rounds', 'the register of recycling points', 'recycling centre counts'],
      standards: ['the waste data schema', 'DCAT-AP'], formats: ['CSV', 'GeoJSON', 'XML'],
      kpis: ['recycling rate', 'bin fill rate', 'delivery time of tonnage data', 'complaints resolved'],
    },
    {
      name: 'street lighting', data: ['the inventory of street lights', 'electricity consumption', 'faults and repairs', 'lighting schedules'],
      standards: ['INSPIRE', 'the street lighting data schema'], formats: ['CSV', 'GeoJSON', 'SQL dump'],
      kpis: ['share of faults repaired within 48 hours', 'annual energy savings', 'network availability', 'inventory update lead time'],
    },
  ],
  typeValue: { charter: 'charter', 'usage-framework': 'usage-framework', 'partnership-agreement': 'partnership-agreement' },
  title: {
    charter: ['{city} Data Charter', '{city} City Data Charter', 'Data Governance Charter of {city}'],
    'usage-framework': ['{city} Data Usage Framework', 'Rules for the Use of Data in {city}'],
    'partnership-agreement': ['Data Partnership Agreement for the {service} service', 'Agreement on {service} data between {city} and {operator}'],
  },
  adopted: [
    'Adopted by resolution {year}/{n2} of the {council} on {date}.',
    'Approved by the {council}, resolution {year}/{n2}, on {date}.',
  ],
  preamble: [
    '{city} holds information about its streets, its buildings, its water network and the services it delivers every day. This charter sets out how {short} governs that information, shares it, protects it and measures what it achieves, so that it serves the people who live and work here.',
    'It rests on four principles: data is a common asset of the territory, it is governed transparently, it is shared only with safeguards known to all, and its use is assessed by its real effects.',
    'This charter applies alongside data protection law and the freedom of information regime. It creates no new rights for third parties; it binds {short} and those who contract with it.',
    'It was prepared by a working group of departments, member municipalities and local partners between {year} and its adoption.',
  ],
  axes: ['Governance', 'Data in contracts', 'Organisation and skills', 'Impact', "Residents' trust"],
  article: (n, heading) => `${n}. ${heading}`,
  checks: {
    P01: {
      heading: 'Data Board',
      full: [
        ['The Data Board is the body that governs data for {city}. It is chaired by the Deputy Mayor for Digital and brings together {n} elected members, the Chief Data Officer, the Data Protection Officer and two independent members.',
          'To foster innovation, the Board runs a data sandbox: each year, selected teams may explore new uses of unpublished datasets for {n} months.'],
        ['The data steering committee approves the data strategy and the annual open data programme, and may authorise experimentation with new uses of data in a living lab.'],
      ],
      partial: [['A data governance board chaired by the Mayor sets the data policy of {short} and decides on requests to publish datasets.']],
    },
    P02: {
      heading: 'Rules of data use',
      full: [
        ['City departments must use data according to the following rules: every dataset has a named owner, is listed in the internal data catalogue, is accessible to staff who need it, and every use is recorded.',
          "{short}'s contractors, concession holders and partners are bound by the same rules for the data they produce or receive when delivering a public service. The rules are annexed to every contract."],
      ],
      partial: [['Internal use of data by departments follows the terms of use of the data catalogue: a named owner, restricted access, and a retention period for every dataset.']],
    },
    P03: {
      heading: 'Local data ecosystem',
      full: [
        ["{short} convenes a partners' committee {n} times a year, open to the transport operator, the water utility, housing associations, the university and local businesses. Members publish and request datasets on the local data platform and sign data-sharing agreements with one another."],
      ],
      partial: [],
    },
    P04: {
      heading: 'City networks',
      full: [
        ['{short} is a member of {network} and contributes to its working groups on shared standards, use cases and best practices; it presents its experience to peer cities every year.'],
      ],
      partial: [],
    },
    P05: {
      heading: 'Inter-municipal policy',
      full: [
        ['The data policy is pooled with the {n} member municipalities through a shared data service, which runs a joint open data portal and provides a pooled Data Protection Officer.'],
      ],
      partial: [],
    },
    P06: {
      heading: 'Data of territorial interest',
      full: [
        ['Data of territorial interest are data, held by {short} or by a third party, that {short} needs to understand the territory or to run a public policy: {data}.',
          'Every contract or partnership agreement contains a clause under which the contractor shares these data with {short} on request and at least once a quarter.'],
      ],
      partial: [['Public-interest data include {data}.']],
    },
    P07: {
      heading: 'Interoperability',
      full: [
        ["Data are published in {standards}; the data catalogue is described in DCAT-AP. Published data are released under the Open Database Licence (ODbL), and contracts use {short}'s model clauses on data."],
      ],
      partial: [['Data are published in {standards} so that partners can reuse them.']],
    },
    P08: {
      heading: 'Reversibility',
      full: [
        ['Every contract that entrusts data to a contractor contains a reversibility clause. At the end of the contract, whatever the reason, the contractor returns to {short}, free of charge and within {days} days, the following datasets: {data}.',
          'Data are returned in {formats}.',
          'Throughout the contract, the contractor also gives {short} access to the raw, non-aggregated data behind its activity reports.'],
      ],
      partial: [['At the end of every contract, the contractor hands over {data} to {short} in an open format.']],
    },
    P09: {
      heading: 'Staff training',
      full: [
        ['A data literacy programme is offered to all staff: a {n}-hour introduction for everyone, a five-day course for the data champions of each department, and specialised workshops for technical teams.'],
      ],
      partial: [],
    },
    P10: {
      heading: 'Roles and political sponsorship',
      full: [
        ['The Chief Data Officer leads the development of data use across {short} and coordinates the network of data champions.',
          'The policy is sponsored politically by the Deputy Mayor for Digital and Data, the elected member responsible for this charter.'],
      ],
      partial: [['{short} has appointed a Data Protection Officer who keeps the register of processing activities and advises staff.']],
    },
    P11: {
      heading: 'Pilots',
      full: [
        ['Every new data-driven service starts as a pilot project: it is trialled in a single neighbourhood, on a mature use case and for {n} months at most. A service is scaled up only after evaluation.'],
      ],
      partial: [['{short} runs pilot projects for new data-driven services with its partners.']],
    },
    P12: {
      heading: 'Partnership indicators',
      full: [
        ['Partnership agreements on data include key performance indicators, each with a quantified target and a deadline: for example, {pct}% availability of the real-time data feed by {date}, or counting data delivered within {n} days.'],
      ],
      partial: [['Partnership agreements include key performance indicators, reported to the Data Board every year.']],
    },
    P13: {
      heading: 'Impact assessment',
      full: [
        ['Every data project is assessed against a common evaluation framework, before launch and one year after it goes live. The assessment measures the full cost of the project and the savings it brings, the staff time it saves as a productivity gain, the quality of service as seen by residents through user satisfaction, and its carbon footprint in tonnes of CO2e.'],
      ],
      partial: [['Every data project is assessed for its cost and for the quality of service delivered to residents.']],
    },
    P14: {
      heading: 'Public communication',
      full: [
        ['Each year {short} runs an information campaign telling residents how their data is used, with its benefits and its risks: a dedicated web page, articles in the magazine, an exhibition in the central library and a public open day on data.'],
      ],
      partial: [],
    },
    P15: {
      heading: 'Citizen participation and self-data',
      full: [
        ['Before any data project that affects residents is designed, {short} holds an upstream public consultation: a citizen panel of {n} residents drawn by lot is convened before any decision.',
          'Residents may also retrieve their own consumption data into a personal data store of their choice, under the self-data programme.'],
      ],
      partial: [['A satisfaction survey of users is carried out six months after each data project is launched.']],
    },
    P16: {
      heading: 'Follow-up',
      full: [
        ['The charter monitoring committee owns the implementation of this charter and publishes an annual report on its application.',
          'This charter has a revision clause: it is reviewed every {n} years from its adoption.'],
      ],
      partial: [['The charter monitoring committee oversees the implementation of these commitments.']],
    },
  },
  generic: [
    ['Definitions', ['In this charter, "data" means any information recorded in digital form, and "dataset" a coherent set of data produced or received by one department.']],
    ['Personal data', ['Processing of personal data under this charter complies with data protection law. The register of processing activities is published on the website of {short}.']],
    ['Open data', ['Public data are published by default on the open data portal within {n} months of their production, unless the law protects them.']],
    ['Security and hosting', ['Data are hosted with a certified provider; access is logged and backups are tested every quarter under the information security policy.']],
  ],
  finalAxis: 'Final provisions',
  agreement: {
    parties: [
      'Between {city}, represented by its Chief Executive, duly authorised by resolution {year}/{n2} of the {council} ("{short}"),',
      'and {operator}, whose registered office is at {n2} Tanners Quay, represented by its Managing Director ("the Operator"),',
      'it is agreed as follows.',
    ],
    annexTitle: 'Annex {n} – Data agreement for the {service} service ({operator})',
    object: 'This agreement sets out how the Operator, which runs the {service} service, shares with {short} the data produced by that service, and the performance and follow-up commitments attached to it.',
    dataArticle: ['Data of territorial interest', 'Data of territorial interest, within the meaning of the data charter, are the service data that public policies need: {data}. The Operator shares these data with {short} throughout the agreement, free of charge, within {days} days of a request.'],
    standardsArticle: ['Standards and licence', "Data are published in {standards}. {Short} releases the data it receives under the Open Database Licence; this article follows {short}'s model clauses on data."],
    kpiArticle: ['Performance indicators', 'The Operator commits to the following key performance indicators, computed every month:'],
    reversibilityArticle: ['Reversibility', 'When this agreement ends, whatever the reason, the Operator returns to {short}, free of charge and within {days} days, the following datasets: {data}.', 'Data are returned in {formats}.'],
    followUpArticle: ['Monitoring committee', 'A monitoring committee of two representatives of each party oversees the performance of this agreement. It meets twice a year and publishes an annual report.'],
  },
  inventory: {
    title: 'Annex {n} – Inventory of datasets',
    intro: 'The table below lists the datasets of {short} in the catalogue on {date}.',
    columns: ['Dataset', 'Producer', 'Format', 'Licence', 'Updated'],
    producers: ['Transport department', 'Water department', 'Waste department', 'Planning department', 'Finance department', 'GIS team'],
    frequencies: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'real time'],
    licences: ['ODbL', 'OGL v3', 'internal use'],
  },
  kpiLine: (kpi, target) => `${kpi}: ${target}`,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
};
