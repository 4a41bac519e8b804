export * from '../presets/preset.schema.ts';
export { PRESETS, getPreset, isPresetCode } from '../presets/index.ts';
export {
  ClassifierModelSchema,
  createClassifier,
  mentionedAmountsYuan,
  parseModel,
  retrain,
  trainModel,
  type CategorySuggestion,
  type Classifier,
  type ClassifierMode,
  type ClassifierModel,
  type ClassifierOptions,
  type Correction,
  type Reason,
  type Signal,
  type Signals,
  type StageSuggestion,
  type Suggestion,
  type TrainingExample,
  type UpsetSuggestion,
  type UrgencySuggestion,
} from './classifier.ts';
export {
  computePriority,
  countRepeatComplaints,
  priorityInputFromSuggestion,
  type CaseRef,
  type PriorityContext,
  type PriorityFactor,
  type PriorityInput,
  type PriorityReason,
  type PriorityResult,
  type RegulatorReferral,
} from './priority.ts';
export { findDuplicates, type DuplicateCandidate, type DuplicateOptions, type DuplicateProbe, type DuplicateReason, type ExistingCase } from './duplicates.ts';
export { addUserWords, segment, tokenize } from './segmenter.ts';
