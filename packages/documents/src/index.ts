// @thidua/documents: Word, PDF and spreadsheet generation and parsing as library functions
// (plain data and Buffers in, Buffers out; no database, no HTTP).
export * from './text.js';

export {
  PAGE,
  SIZE,
  TEXT_WIDTH_MM,
  NATIONAL_TITLE,
  MOTTO,
  type DocHeaderInput,
  type SignerInput,
} from './docx/common.js';
export {
  renderDecisionDocx,
  type Awardee,
  type DecisionCorrection,
  type DecisionDocInput,
  type DecisionRef,
} from './docx/decision.js';
export {
  MINUTES_DENOMINATOR_VI,
  minutesDenominatorSentence,
  minutesExclusionSentence,
  renderMinutesDocx,
  tallyNominee,
  type MinutesDenominatorBasis,
  type MinutesDocInput,
  type MinutesExcludedMember,
  type MinutesNominee,
  type MinutesPerson,
  type NomineeTally,
} from './docx/minutes.js';
export { renderLetterDocx, type LetterDocInput } from './docx/letter.js';
export {
  renderAchievementReportTemplateDocx,
  type AchievementReportTemplateOptions,
} from './docx/achievement-report.js';

export {
  renderCertificatesPdf,
  verificationUrl,
  type CertificateInput,
  type CertificatesPdfInput,
} from './pdf/certificates.js';
export { FontNotFoundError, loadSerifFonts, type FontSet, type FontStyle } from './pdf/fonts.js';

export { isFormulaLike, neutraliseFormula } from './sheets/injection.js';
export { type CellValue, type ColumnType, type SheetColumn, type SheetRow } from './sheets/values.js';
export {
  cellValueText,
  excelSerialToDate,
  isoFromExcelDate,
  readXlsxRows,
  writeXlsx,
  writeXlsxTo,
  type ReadXlsxOptions,
  type SheetSpec,
  type XlsxRow,
} from './sheets/xlsx.js';
export { toCsv, toCsvChunks, type CsvOptions } from './sheets/csv.js';
