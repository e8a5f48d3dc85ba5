import { renderApology } from '../../../src/documents/forms/apology';
import { renderControlSlip } from '../../../src/documents/forms/control-slip';
import { renderReceipt } from '../../../src/documents/forms/receipt';
import { renderRefusal } from '../../../src/documents/forms/refusal';
import { renderRegister } from '../../../src/documents/forms/register';
import { renderStopNotice } from '../../../src/documents/forms/stop-notice';
import { renderSupplementRequest } from '../../../src/documents/forms/supplement-request';
import {
  sampleApology,
  sampleControlSlip,
  sampleRefusal,
  sampleRegister,
  sampleStopNotice,
  sampleSupplementRequest,
} from './forms.sample';
import { sampleReceipt } from './receipt.sample';

/** Every form rendered from its sample, by file name. */
export async function renderAllSamples(): Promise<Record<string, Buffer>> {
  return {
    '01-receipt': await renderReceipt(sampleReceipt()),
    '01-receipt-a4': await renderReceipt(sampleReceipt({ paperSize: 'A4' })),
    '02-supplement-request': await renderSupplementRequest(sampleSupplementRequest()),
    '03-refusal': await renderRefusal(sampleRefusal()),
    '04-apology': await renderApology(sampleApology()),
    '05-stop-notice': await renderStopNotice(sampleStopNotice()),
    '06-control-slip': await renderControlSlip(sampleControlSlip()),
    '06-control-slip-a5-landscape': await renderControlSlip(sampleControlSlip({ paperSize: 'A5', landscape: true })),
    '07-register': await renderRegister(sampleRegister(60)),
    '07-register-portrait': await renderRegister(sampleRegister(3, { firstNo: 241, landscape: false })),
  };
}
