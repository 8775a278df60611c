export * from './identifying';
export * from './scores';
export * from './change';
export * from './agreement';
export {
  EFFECT_MINIMUM_GROUP_SIZE,
  EFFECT_MEASURES,
  changeMeasureOf,
  contributorOf,
  effectCandidates,
  effectStatistics,
  decideEffectReleases,
  type EffectGroupKind,
  type EffectMeasure,
  type EffectTrajectory,
  type PublishedChange,
  type PublishedPair,
  type PublishedAgreement,
  type EffectStatistics,
  type EffectCandidate,
  type EffectDecision,
} from './release';
