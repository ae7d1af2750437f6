import type { CheckCode } from '../types';
import type { CheckDefinition } from './definition';
import { governanceBody } from './p01-governance-body';
import { usageFramework } from './p02-usage-framework';
import { ecosystemExchanges } from './p03-ecosystem-exchanges';
import { cityNetwork } from './p04-city-network';
import { intercommunalPolicy } from './p05-intercommunal-policy';
import { territorialInterestData } from './p06-territorial-interest-data';
import { interoperabilityFramework } from './p07-interoperability-framework';
import { reversibilityClause } from './p08-reversibility-clause';
import { agentTraining } from './p09-agent-training';
import { dataRoles } from './p10-data-roles';
import { incrementalPilot } from './p11-incremental-pilot';
import { partnershipKpis } from './p12-partnership-kpis';
import { impactMeasurement } from './p13-impact-measurement';
import { publicCommunication } from './p14-public-communication';
import { citizenConsultation } from './p15-citizen-consultation';
import { followUpOwnership } from './p16-follow-up-ownership';

/** The registry: an explicit list, in checklist order. */
export const CHECKS: readonly CheckDefinition[] = [
  governanceBody, usageFramework, ecosystemExchanges, cityNetwork, intercommunalPolicy,
  territorialInterestData, interoperabilityFramework, reversibilityClause,
  agentTraining, dataRoles,
  incrementalPilot, partnershipKpis, impactMeasurement,
  publicCommunication, citizenConsultation, followUpOwnership,
];

export const CHECK_BY_CODE: ReadonlyMap<CheckCode, CheckDefinition> = new Map(CHECKS.map((c) => [c.code, c]));
