import { defineCatalog } from "./translator";

/** Strings shared by every widget. */
export const commonMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "common.retry": "Thử lại",
    "common.loading": "Đang tải…",
    "common.widgetFailed": "Không hiển thị được {widget}.",
    "common.widgetFailedHint": "Hãy thử lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ kỹ thuật.",
    "common.forbidden": "Bạn không có quyền xem nội dung này.",
    "common.forbiddenHint":
      "Tài khoản của bạn chưa được cấp quyền này. Nếu cần, hãy đề nghị người quản trị của cơ quan cấp quyền.",
    "common.notFound": "Không tìm thấy nội dung này, hoặc nội dung không thuộc phạm vi của bạn.",
    "common.notFoundHint":
      "Hãy kiểm tra lại đường dẫn hoặc mã; hồ sơ, văn bản của cơ quan khác không hiển thị với bạn.",
  },
  en: {
    "common.retry": "Retry",
    "common.loading": "Loading…",
    "common.widgetFailed": "{widget} could not be displayed.",
    "common.widgetFailedHint": "Try again; if it keeps failing, tell your technical support.",
    "common.forbidden": "You are not allowed to see this.",
    "common.forbiddenHint":
      "Your account has not been granted this permission. If you need it, ask your agency's administrator.",
    "common.notFound": "Not found, or not yours to see.",
    "common.notFoundHint":
      "Check the link or the code; other agencies' dossiers and documents are not shown to you.",
  },
});
