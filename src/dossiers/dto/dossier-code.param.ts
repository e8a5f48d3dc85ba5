import { ApiParam } from '@nestjs/swagger';

/** The `{code}` path parameter of the dossier routes. */
export const ApiDossierCode = () => ApiParam({ name: 'code', description: 'Dossier code', example: '000.17.22.H56-261123-0001' });
