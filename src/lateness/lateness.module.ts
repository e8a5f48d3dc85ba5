import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApologiesModule } from '../apologies/apologies.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LatenessScanner } from './lateness-scanner';
import { LatenessScheduler } from './lateness-scheduler';
import { LatenessWarningEntity } from './lateness-warning.entity';
import { LatenessWarningRepository } from './lateness-warning.repository';
import { LatenessWarnings } from './lateness-warnings';
import { LatenessWindowsModule } from './lateness-windows.module';
import { WorkController } from './work.controller';
import { WorkQueueQueries } from './work-queue.queries';
import { WorkQueues } from './work-queues';

/**
 * Lateness (issue 5): the due-soon / overdue / late-without-apology queues, the warning job, and with
 * it the apology (form 04) and the applicants' notifications.
 */
@Module({
  imports: [TypeOrmModule.forFeature([LatenessWarningEntity]), LatenessWindowsModule, DossiersModule, CalendarModule, ApologiesModule, NotificationsModule],
  controllers: [WorkController],
  providers: [WorkQueues, WorkQueueQueries, LatenessWarningRepository, LatenessWarnings, LatenessScanner, LatenessScheduler],
  exports: [LatenessScanner],
})
export class LatenessModule {}
