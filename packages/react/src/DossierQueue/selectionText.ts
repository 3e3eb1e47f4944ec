import type { Translate } from "../i18n/translator";
import type { QueueMessageKey } from "./messages";

/** "Đã chọn 3 hồ sơ"; "all 50 loaded of 2,000" when every loaded row is selected and more exist. */
export function selectionText(
  t: Translate<QueueMessageKey>,
  count: number,
  loaded: number,
  total: number | undefined,
): string {
  if (count === 0) return t("queue.selection.none");
  if (total !== undefined && count >= loaded && total > loaded)
    return t("queue.selection.allLoaded", { count, total });
  return t("queue.selection", { count });
}
