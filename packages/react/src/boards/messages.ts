import { defineCatalog } from "../i18n/translator";

export const boardMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "board.label": "Bảng theo dõi chỉ tiêu",
    "board.empty": "Bảng theo dõi chưa có chỉ tiêu nào.",
  },
  en: {
    "board.label": "Indicator board",
    "board.empty": "The board has no indicators yet.",
  },
});
