import { Module } from '@nestjs/common';
import { ConsoleAssets } from './console-assets';
import { ConsoleController } from './console.controller';

/** The staff console: Vietnamese pages for the counter, the processing queues, dossier actions, reports and calendar. */
@Module({
  controllers: [ConsoleController],
  providers: [{ provide: ConsoleAssets, useFactory: () => ConsoleAssets.load() }],
})
export class ConsoleModule {}
