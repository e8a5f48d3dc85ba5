/** The apologies module's public surface: other modules import only from here (eslint boundaries). */
export { ApologyService } from './apology.service';
