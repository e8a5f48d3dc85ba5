/** The calendar module's public surface: other modules import only from here (eslint boundaries). */
export { CalendarService } from './calendar.service';
export { DossierClockService } from './dossier-clock.service';
