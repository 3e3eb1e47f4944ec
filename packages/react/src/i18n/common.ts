import { defineCatalog } from "./translator";

/** Strings shared by every widget. */
export const commonMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "common.retry": "Thử lại",
    "common.loading": "Đang tải…",
    "common.widgetFailed": "Không hiển thị được {widget}.",
    "common.widgetFailedHint": "Hãy thử lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ kỹ thuật.",
  },
  en: {
    "common.retry": "Retry",
    "common.loading": "Loading…",
    "common.widgetFailed": "{widget} could not be displayed.",
    "common.widgetFailedHint": "Try again; if it keeps failing, tell your technical support.",
  },
});
