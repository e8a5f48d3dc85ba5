/** "17 giờ 00 ngày 03/12/2026": an instant as an appointment is written in Vietnamese, in Asia/Ho_Chi_Minh (UTC+7). */
export function appointmentVi(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}
