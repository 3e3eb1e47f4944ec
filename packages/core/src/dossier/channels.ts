import type { LabelTable } from "../labels";

/** How a dossier was submitted, in id order: counter = 1, online = 2, post = 3 (docs/domain.md §1). */
export const CHANNELS = ["counter", "online", "post"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: LabelTable<Channel> = {
  counter: { vi: "Trực tiếp", en: "At the counter" },
  online: { vi: "Trực tuyến", en: "Online" },
  post: { vi: "Bưu chính công ích", en: "By post" },
};

/** The channel with this numeric id (1–3), or `undefined`. */
export function channelFromId(id: number | string): Channel | undefined {
  const index = Number(id) - 1;
  return Number.isInteger(index) ? CHANNELS[index] : undefined;
}

/** The numeric id (1–3) of a channel, or `undefined` for an unknown one. */
export function channelId(channel: Channel | (string & {})): number | undefined {
  const index = (CHANNELS as readonly string[]).indexOf(channel);
  return index < 0 ? undefined : index + 1;
}
