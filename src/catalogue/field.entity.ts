import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A field of administration (lĩnh vực), e.g. Hộ tịch, Chứng thực. */
@Entity('fields')
export class FieldEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
