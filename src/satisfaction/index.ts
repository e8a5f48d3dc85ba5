/** The satisfaction module's public surface: other modules import only from here (eslint boundaries). */
export { SatisfactionService } from './satisfaction.service';
