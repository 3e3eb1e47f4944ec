import { defineCatalog } from "../i18n/translator";

export const indicatorTrendMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "trend.name": "biểu đồ chỉ tiêu",
    "trend.table": "Bảng số liệu",
    "trend.chartLabel": "Biểu đồ {title}",
    "trend.keys": "Dùng phím mũi tên trái, phải để xem từng kỳ; Home, End để đến kỳ đầu, kỳ cuối.",
    "trend.tableCaption": "{title} theo kỳ",
    "trend.change": "So với kỳ trước",
    "trend.legendValue": "Giá trị ({unit})",
    "trend.loading": "Đang tải số liệu theo thời gian…",
    "trend.error": "Không tải được số liệu theo thời gian.",
    "trend.invalidPeriod": "Khoảng thời gian yêu cầu không hợp lệ.",
    "trend.notFound": "Không tìm thấy chỉ tiêu {code}.",
    "trend.empty": "Chưa có số liệu trong khoảng thời gian này.",
  },
  en: {
    "trend.name": "The indicator chart",
    "trend.table": "Data table",
    "trend.chartLabel": "Chart of {title}",
    "trend.keys":
      "Use the left and right arrow keys to go through the periods; Home and End for the first and last.",
    "trend.tableCaption": "{title} by period",
    "trend.change": "On the previous period",
    "trend.legendValue": "Value ({unit})",
    "trend.loading": "Loading the series…",
    "trend.error": "The series could not be loaded.",
    "trend.invalidPeriod": "The requested period is not valid.",
    "trend.notFound": "No indicator {code}.",
    "trend.empty": "No data for this period yet.",
  },
});
