import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyKind } from '../domain/authority';

export interface WorkingPeriod {
  start: string; // HH:MM, Asia/Ho_Chi_Minh
  end: string;
}

export type AgencyLevel = 'province' | 'commune';

/** A receiving or resolving agency; `code` is its QCVN 102:2016 identifier (e.g. 000.17.22.H56). */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: AgencyLevel;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  /** A service centre receives dossiers; a People's Committee, department or unit resolves them. */
  @Column({ type: 'text', default: 'service_centre' })
  kind: AgencyKind;

  /** The head's title as signed on the body's documents, e.g. "CHỦ TỊCH", "GIÁM ĐỐC"; empty when not configured. */
  @Column({ name: 'head_title', type: 'text', default: '' })
  headTitle: string;

  /** For a service centre: the People's Committee whose dossiers it receives (resolves the commune's procedures). */
  @Column({ name: 'authority_code', type: 'text', nullable: true })
  authorityCode: string | null;

  /** Governing body printed on the forms' header, e.g. "UBND PHƯỜNG HẠC THÀNH" (đơn vị chủ quản). */
  @Column({ name: 'governing_body', type: 'text' })
  governingBody: string;

  /** Place name for the date line of forms ("Hạc Thành, ngày … tháng … năm …"). */
  @Column({ name: 'place_name', type: 'text' })
  placeName: string;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ type: 'text', default: '' })
  phone: string;

  @Column({ name: 'working_hours', type: 'jsonb' })
  workingHours: WorkingPeriod[];

  @Column({ name: 'saturday_hours', type: 'jsonb', default: () => `'[]'` })
  saturdayHours: WorkingPeriod[];

  @Column({ name: 'cutoff_time', type: 'text', default: '15:00' })
  cutoffTime: string;

  /** A working-day procedure received after the cut-off counts from the next working day (off by default). */
  @Column({ name: 'cutoff_starts_next_day', type: 'boolean', default: false })
  cutoffStartsNextDay: boolean;

  @Column({ name: 'code_format', type: 'text', default: 'standard' })
  codeFormat: 'standard' | 'centralised';

  @Column({ name: 'system_owner_digits', type: 'text', nullable: true })
  systemOwnerDigits: string | null;
}
