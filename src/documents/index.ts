/** The documents module's public surface: other modules import only from here (eslint boundaries). */
export { appointmentCell, outcomeCell, renderApology, renderControlSlip, renderElectronicResult, renderReceipt, renderRefusal, renderRegister, renderStopNotice, renderSupplementRequest, type ApologyView, type Applicant, type ControlSlipView, type ControlStep, type IssuingUnit, type PaperOptions, type ReceiptView, type RefusalView, type RegisterView, type StepResult, type StopNoticeView, type SupplementRequestView } from './forms';
export { FormWriter, drawSignatures, formatDateShortVi, formatPlaceDateVi, mm, type RichText } from './layout';
export { THIN_BORDER, XLSX_MIME, columnLetter, mergedText, tableCell } from './sheets/xlsx-cells';
