export {
  formatDateShortVi,
  formatDateTimeShortVi,
  formatDateTimeVi,
  formatDateVi,
  formatPlaceDateVi,
  type VietnamDateParts,
  vietnamDateParts,
} from '../../locale';
export * from './fonts';
export * from './page';
export * from './writer';
export * from './flow';
export * from './header';
export * from './text-blocks';
export * from './table';
export * from './signatures';
export * from './qr';
export * from './render';
