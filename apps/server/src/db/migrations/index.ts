import { CreateGeography1767000000000 } from './1767000000000-CreateGeography';
import { CreateAccounts1767100000000 } from './1767100000000-CreateAccounts';
import { CreateQuestionnaires1767200000000 } from './1767200000000-CreateQuestionnaires';
import { CreateStatistics1767300000000 } from './1767300000000-CreateStatistics';
import { CreateBenchmarks1767400000000 } from './1767400000000-CreateBenchmarks';
import { SearchNames1768500000000 } from './1768500000000-SearchNames';
import { NotifyDataChanges1768700000000 } from './1768700000000-NotifyDataChanges';
import { CreateKnowledgeBase1768800000000 } from './1768800000000-CreateKnowledgeBase';
import { CreatePracticeExamples1768900000000 } from './1768900000000-CreatePracticeExamples';
import { CreateForum1769000000000 } from './1769000000000-CreateForum';
import { SharedLimitsAndRecovery1767520000000 } from './1767520000000-SharedLimitsAndRecovery';
import { CreateStatisticProtection1767530000000 } from './1767530000000-CreateStatisticProtection';
import { CreateBenchmarkReleaseLedger1767540000000 } from './1767540000000-CreateBenchmarkReleaseLedger';
import { CreateExportProjects1769400000000 } from './1769400000000-CreateExportProjects';
import { UnpublishFactsheets1769800000000 } from './1769800000000-UnpublishFactsheets';
import { LinkEffectInterventions1769600000000 } from './1769600000000-LinkEffectInterventions';
import { CreateRiskFactors1767510000000 } from './1767510000000-CreateRiskFactors';
import { CreateSupply1769200000000 } from './1769200000000-CreateSupply';
import { CreateFactsheets1769100000000 } from './1769100000000-CreateFactsheets';
import { CreateEffectMonitoring1769300000000 } from './1769300000000-CreateEffectMonitoring';
import { NotifyPrivateDataChanges1769920000000 } from './1769920000000-NotifyPrivateDataChanges';
import { NotifySessionChanges1769930000000 } from './1769930000000-NotifySessionChanges';

/** Every migration, in order. New migrations are added here; merged ones are never edited. */
export const migrations = [
  CreateGeography1767000000000,
  CreateAccounts1767100000000,
  CreateQuestionnaires1767200000000,
  CreateStatistics1767300000000,
  CreateBenchmarks1767400000000,
  CreateRiskFactors1767510000000,
  SharedLimitsAndRecovery1767520000000,
  CreateStatisticProtection1767530000000,
  CreateBenchmarkReleaseLedger1767540000000,
  SearchNames1768500000000,
  NotifyDataChanges1768700000000,
  CreateKnowledgeBase1768800000000,
  CreatePracticeExamples1768900000000,
  CreateSupply1769200000000,
  CreateFactsheets1769100000000,
  CreateEffectMonitoring1769300000000,
  CreateForum1769000000000,
  CreateExportProjects1769400000000,
  UnpublishFactsheets1769800000000,
  LinkEffectInterventions1769600000000,
  NotifyPrivateDataChanges1769920000000,
  NotifySessionChanges1769930000000,
];
