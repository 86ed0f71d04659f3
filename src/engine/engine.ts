// The engine's public face: active rules and stamping, the check scopes, witnesses, finalize and the report.
export { type ActiveRule, type PendingFinding, DOCS_BASE, activeRules, crashFinding, describeCrash, interpolate, segmentAt, stamp } from './rules.js';
export { analyzeArticle, applySuppressions, checkFamilies, checkProject, groupFamilies, runArticleChecks, summarizeArticle } from './scopes.js';
export { type FinalizeOptions, type OriginFilter, finalizeFindings, finishFindings } from './finalize.js';
export { REPORT_VERSION, failsAt, makeReport, summarize, withFindings } from './summary.js';
export { WITNESS_SHARE, oncePerFamily, originFromEnglish, originFromWitnesses } from './witnesses.js';
