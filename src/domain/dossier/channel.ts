/** How a dossier reached the counter (hình thức nộp), with the DVCQG codes (DOMAIN.md §5). */
export type Channel = 'direct' | 'online' | 'postal';

export const ALL_CHANNELS: readonly Channel[] = ['direct', 'online', 'postal'];

const CODES: Record<Channel, number> = { direct: 1, online: 2, postal: 3 };

const LABELS: Record<Channel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Qua dịch vụ bưu chính công ích',
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (ALL_CHANNELS as readonly string[]).includes(value);
}

/** DVCQG code: 1 in person, 2 online, 3 public postal service. */
export function channelCode(channel: Channel): number {
  return CODES[channel];
}

export function channelFromCode(code: number): Channel | null {
  return ALL_CHANNELS.find((channel) => CODES[channel] === code) ?? null;
}

export function channelLabel(channel: Channel): string {
  return LABELS[channel];
}
