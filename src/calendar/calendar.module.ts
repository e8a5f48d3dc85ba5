import { Module } from '@nestjs/common';
import { DueDateService } from './due-date.service';

@Module({
  providers: [DueDateService],
  exports: [DueDateService],
})
export class CalendarModule {}
