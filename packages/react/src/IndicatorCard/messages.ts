import { defineCatalog } from "../i18n/translator";

export const indicatorCardMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "indicatorCard.name": "thẻ chỉ tiêu",
    "indicatorCard.loading": "Đang tải số liệu chỉ tiêu…",
    "indicatorCard.error": "Không tải được số liệu chỉ tiêu.",
    "indicatorCard.notFound": "Không tìm thấy chỉ tiêu {code}.",
    "indicatorCard.missing": "Chưa có số liệu",
    "indicatorCard.target": "Chỉ tiêu: {target}",
    "indicatorCard.updated": "Cập nhật {time}",
    "indicatorCard.source": "Nguồn: {source}",
    "indicatorCard.noSource": "Chưa rõ nguồn",
  },
  en: {
    "indicatorCard.name": "The indicator card",
    "indicatorCard.loading": "Loading the indicator…",
    "indicatorCard.error": "The indicator could not be loaded.",
    "indicatorCard.notFound": "No indicator {code}.",
    "indicatorCard.missing": "No data yet",
    "indicatorCard.target": "Target: {target}",
    "indicatorCard.updated": "Updated {time}",
    "indicatorCard.source": "Source: {source}",
    "indicatorCard.noSource": "Source unknown",
  },
});
