// @ts-check
/**
 * A bar chart of monthly rates drawn as inline SVG (no chart library): one bar per month, its rate
 * above it, the month and "numerator/denominator" below it, a dashed line for the whole period.
 * The SVG is an image with a title and a description; the page also shows the figures as a table.
 */
const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const pct = (rate) => `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

let serial = 0;

/**
 * months: [{month: 'YYYY-MM', rate: 0..1 | null, numerator, denominator}]; overall: the period's rate
 * (or null); title, summary: the chart's accessible name and description.
 */
export function rateChart({ months, overall, title, summary, width = 760 }) {
  const id = `chart-${++serial}`;
  // Drawn at about the size it is shown, so that the text stays readable on a phone too.
  const W = Math.round(Math.min(Math.max(width, 340), 760));
  const H = W < 560 ? 240 : 270;
  const narrow = W < 560;
  const m = narrow ? { top: 22, right: 44, bottom: 46, left: 36 } : { top: 22, right: 62, bottom: 50, left: 46 };
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const n = Math.max(months.length, 1);
  const slot = plotW / n;
  const barW = Math.min(46, slot * 0.62);
  const y = (rate) => m.top + (1 - rate) * plotH;
  const showRate = slot >= 30;
  const showCounts = slot >= 44;

  const grid = [0, 0.25, 0.5, 0.75, 1].map((r) =>
    s(
      'g',
      { class: 'chart-grid' },
      s('line', { x1: m.left, x2: W - m.right, y1: y(r), y2: y(r) }),
      s('text', { x: m.left - 6, y: y(r) + 4, 'text-anchor': 'end', class: 'chart-axis' }, `${r * 100}%`),
    ),
  );

  const bars = months.map((month, i) => {
    const cx = m.left + slot * i + slot / 2;
    const [year, mon] = month.month.split('-');
    const label = showCounts ? `${Number(mon)}/${year}` : slot >= 26 ? `T${Number(mon)}` : String(Number(mon));
    const has = month.denominator > 0 && month.rate !== null && month.rate !== undefined;
    const top = has ? y(Number(month.rate)) : y(0);
    const text = has ? `Tháng ${Number(mon)}/${year}: ${pct(Number(month.rate))} (${month.numerator}/${month.denominator} hồ sơ)` : `Tháng ${Number(mon)}/${year}: không có hồ sơ`;
    return s(
      'g',
      { class: has ? 'chart-bar' : 'chart-bar chart-empty', 'data-month': month.month, 'data-rate': has ? month.rate : '', 'data-numerator': month.numerator, 'data-denominator': month.denominator },
      s('title', {}, text),
      has
        ? s('rect', { x: cx - barW / 2, y: top, width: barW, height: Math.max(y(0) - top, Number(month.rate) > 0 ? 0 : 1.5), rx: 2 })
        : s('text', { x: cx, y: y(0) - 6, 'text-anchor': 'middle', class: 'chart-none' }, '—'),
      has && showRate ? s('text', { x: cx, y: top - 6, 'text-anchor': 'middle', class: 'chart-value' }, pct(Number(month.rate))) : null,
      s('text', { x: cx, y: H - m.bottom + 17, 'text-anchor': 'middle', class: 'chart-month' }, label),
      !showCounts && (i === 0 || mon === '01') ? s('text', { x: cx, y: H - m.bottom + 32, 'text-anchor': 'middle', class: 'chart-axis' }, year) : null,
      showCounts ? s('text', { x: cx, y: H - m.bottom + 33, 'text-anchor': 'middle', class: 'chart-counts' }, `${month.numerator}/${month.denominator}`) : null,
    );
  });

  const average =
    overall === null || overall === undefined
      ? null
      : s(
          'g',
          { class: 'chart-overall' },
          s('line', { x1: m.left, x2: W - m.right + 4, y1: y(overall), y2: y(overall) }),
          s('text', { x: W - m.right + 6, y: y(overall) - 3 }, 'Cả kỳ'),
          s('text', { x: W - m.right + 6, y: y(overall) + 11 }, pct(overall)),
        );

  return s(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'rate-chart', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, preserveAspectRatio: 'xMidYMid meet' },
    s('title', { id: `${id}-title` }, title),
    s('desc', { id: `${id}-desc` }, summary),
    grid,
    average,
    bars,
    s('line', { class: 'chart-baseline', x1: m.left, x2: W - m.right, y1: y(0), y2: y(0) }),
  );
}
