// @ts-check
/**
 * The manager's dashboard card of QĐ 766 points lost: for each traced indicator (1.4 synced to DVCQG,
 * 2.1 on time, 3.3 online, 5.4 satisfied) the rate, the points earned and lost, and the dossiers that
 * lost them with why, so the manager knows what to fix this week.
 */
import { describeError, get, query } from './api.js';
import { $, fill, h } from './dom.js';
import { date } from './format.js';

const INDICATORS = {
  '1.4': 'Hồ sơ đồng bộ lên Cổng DVCQG',
  '2.1': 'Giải quyết đúng hạn',
  '3.3': 'Hồ sơ nộp trực tuyến',
  '5.4': 'Người dân hài lòng',
};
const SHOWN = 10;

const percent = (rate) => (rate === null || rate === undefined ? '—' : `${(Number(rate) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`);
const points = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Loads and shows the card for the period parameters of the reports page. */
export async function loadPointsLost(params) {
  const card = $('#points-card');
  card.setAttribute('aria-busy', 'true');
  try {
    const lists = await Promise.all(Object.keys(INDICATORS).map((i) => get(`/api/v1/index-export/${i}/dossiers${query(params)}`)));
    lists.sort((a, b) => (b.pointsLost ?? -1) - (a.pointsLost ?? -1) || a.indicator.localeCompare(b.indicator));
    fill($('#points-body'), ...lists.map(indicatorBlock));
  } catch (error) {
    fill($('#points-body'), h('p', { class: 'form-error pad' }, describeError(error, 'Điểm Chỉ số 766')));
  } finally {
    card.removeAttribute('aria-busy');
  }
}

function indicatorBlock(list) {
  const losing = list.dossiers.filter((d) => !d.inNumerator);
  const lost = list.pointsLost === null ? `tỷ lệ ${percent(list.rate)} (điểm tối đa do cơ quan chấm quy định)` : `mất ${points(list.pointsLost)}/${points(list.maxPoints)} điểm`;
  return h(
    'details',
    { class: 'points-indicator', dataset: { testid: `points-${list.indicator}` } },
    h(
      'summary',
      {},
      h('strong', {}, `${list.indicator} ${INDICATORS[list.indicator]}: `),
      `${list.numerator}/${list.denominator} hồ sơ, ${percent(list.rate)}; ${lost}`,
      losing.length > 0 ? ` — ${losing.length} hồ sơ làm mất điểm` : '',
    ),
    losing.length === 0
      ? h('p', { class: 'muted' }, 'Không có hồ sơ nào làm mất điểm.')
      : h(
          'table',
          { class: 'data-table compact' },
          h('thead', {}, h('tr', {}, ['Mã hồ sơ', 'Thủ tục', 'Ngày nhận', 'Hạn', 'Lý do'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            losing.slice(0, SHOWN).map((d) =>
              h(
                'tr',
                {},
                h('td', {}, h('a', { href: `/console/ho-so/${encodeURIComponent(d.code)}` }, d.code)),
                h('td', {}, d.procedureCode),
                h('td', {}, date(d.receivedAt)),
                h('td', {}, date(d.dueAt)),
                h('td', {}, d.reason ?? ''),
              ),
            ),
          ),
        ),
    losing.length > SHOWN ? h('p', { class: 'muted' }, `… và ${losing.length - SHOWN} hồ sơ khác (xem GET /api/v1/index-export/${list.indicator}/dossiers).`) : null,
  );
}
