import { defineCatalog } from "../../i18n/translator";

/**
 * Strings of the dossier detail widgets (DossierTimeline, DueDateExplanation, DossierActions, DossierDetail).
 * Labels of statuses and actions, and the due-date steps, come from @chinhquyenso/core.
 */
export const dossierMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "dossier.timeline.title": "Quá trình xử lý",
    "dossier.timeline.widgetName": "quá trình xử lý hồ sơ",
    "dossier.timeline.empty": "Hồ sơ chưa có thay đổi trạng thái nào.",
    "dossier.timeline.error": "Không tải được quá trình xử lý hồ sơ.",
    "dossier.timeline.by": "Người thực hiện: {name}",
    "dossier.timeline.pause": "Đồng hồ dừng từ {from} đến {to}",
    "dossier.timeline.pauseOpen": "Đồng hồ đang dừng từ {from}",
    "dossier.timeline.pauseReason": "Lý do: {reason}",
    "dossier.timeline.duringPause": "(trong thời gian dừng)",
    "dossier.timeline.supplementAnswer": "Trả lời yêu cầu bổ sung",
    "dossier.timeline.supplementDeadline": "Hạn bổ sung: {date}",
    "dossier.timeline.unknownTime": "(không rõ thời điểm)",
    "dossier.due.title": "Cách tính hạn trả kết quả",
    "dossier.due.widgetName": "cách tính hạn trả",
    "dossier.due.notReceived": "Hồ sơ chưa được tiếp nhận nên chưa có hạn trả.",
    "dossier.due.noDuration":
      "Không xác định được thời hạn giải quyết của trường hợp này; hạn trả là hạn hệ thống đã hẹn.",
    "dossier.due.failed": "Không giải thích được cách tính hạn trả của hồ sơ này.",
    "dossier.due.error": "Không tải được thông tin để tính hạn trả.",
    "dossier.due.differs":
      "Hạn hệ thống đã hẹn ({platform}) khác hạn tính lại ở đây ({computed}); hạn hệ thống đã hẹn là hạn chính thức.",
    "dossier.actions.title": "Thao tác",
    "dossier.actions.widgetName": "thao tác với hồ sơ",
    "dossier.actions.none": "Không có thao tác nào cho hồ sơ ở trạng thái này.",
    "dossier.actions.reasonFor": "Lý do — {action}",
    "dossier.actions.reasonRequired": "Nhập lý do.",
    "dossier.actions.deadline": "Hạn bổ sung",
    "dossier.actions.deadlineRequired": "Chọn hạn bổ sung là một ngày làm việc sau hôm nay.",
    "dossier.actions.confirm": "Xác nhận",
    "dossier.actions.cancel": "Hủy",
    "dossier.actions.running": "Đang thực hiện “{action}”…",
    "dossier.actions.done": "Đã thực hiện “{action}”. Hồ sơ hiện ở trạng thái “{status}”.",
    "dossier.actions.stale":
      "Hồ sơ {code} vừa được thay đổi ở nơi khác nên “{action}” chưa được thực hiện. Đã tải lại hồ sơ, trạng thái hiện tại là “{status}”. Xem lại rồi bấm “Thực hiện lại” nếu vẫn muốn tiếp tục.",
    "dossier.actions.staleGone":
      "Hồ sơ {code} vừa được thay đổi ở nơi khác nên “{action}” chưa được thực hiện. Đã tải lại hồ sơ: trạng thái hiện tại là “{status}”, thao tác này không còn áp dụng.",
    "dossier.actions.reloadFailed":
      "Hồ sơ {code} vừa được thay đổi ở nơi khác và chưa tải lại được; thao tác chưa được thực hiện. Hãy tải lại trang.",
    "dossier.actions.retry": "Thực hiện lại “{action}”",
    "dossier.detail.widgetName": "chi tiết hồ sơ",
    "dossier.detail.title": "Hồ sơ {code}",
    "dossier.detail.procedure": "Thủ tục",
    "dossier.detail.applicant": "Người nộp",
    "dossier.detail.status": "Trạng thái",
    "dossier.detail.received": "Ngày tiếp nhận",
    "dossier.detail.due": "Hẹn trả",
    "dossier.detail.error": "Không tải được hồ sơ {code}.",
    "dossier.detail.notFound": "Không tìm thấy hồ sơ {code}, hoặc bạn không có quyền xem hồ sơ này.",
    "dossier.detail.none": "—",
  },
  en: {
    "dossier.timeline.title": "Processing history",
    "dossier.timeline.widgetName": "The processing history",
    "dossier.timeline.empty": "The dossier has had no status change yet.",
    "dossier.timeline.error": "The processing history could not be loaded.",
    "dossier.timeline.by": "By {name}",
    "dossier.timeline.pause": "Clock stopped from {from} to {to}",
    "dossier.timeline.pauseOpen": "Clock stopped since {from}",
    "dossier.timeline.pauseReason": "Reason: {reason}",
    "dossier.timeline.duringPause": "(while the clock was stopped)",
    "dossier.timeline.supplementAnswer": "Answer to the supplement request",
    "dossier.timeline.supplementDeadline": "Deadline to supplement: {date}",
    "dossier.timeline.unknownTime": "(time unknown)",
    "dossier.due.title": "How the due date is computed",
    "dossier.due.widgetName": "The due-date explanation",
    "dossier.due.notReceived": "The dossier has not been received yet, so it has no due date.",
    "dossier.due.noDuration":
      "The processing time of this case is not known; the due date is the one the platform set.",
    "dossier.due.failed": "The due date of this dossier could not be explained.",
    "dossier.due.error": "What the due date is computed from could not be loaded.",
    "dossier.due.differs":
      "The platform's due date ({platform}) differs from the one computed here ({computed}); the platform's is the official one.",
    "dossier.actions.title": "Actions",
    "dossier.actions.widgetName": "The dossier actions",
    "dossier.actions.none": "No action applies to a dossier in this status.",
    "dossier.actions.reasonFor": "Reason — {action}",
    "dossier.actions.reasonRequired": "Enter a reason.",
    "dossier.actions.deadline": "Deadline to supplement",
    "dossier.actions.deadlineRequired": "Pick a deadline on a working day after today.",
    "dossier.actions.confirm": "Confirm",
    "dossier.actions.cancel": "Cancel",
    "dossier.actions.running": "Doing “{action}”…",
    "dossier.actions.done": "“{action}” done. The dossier is now “{status}”.",
    "dossier.actions.stale":
      "Dossier {code} was changed elsewhere, so “{action}” was not done. The dossier has been reloaded; it is now “{status}”. Review it, then press “Do it again” to go ahead.",
    "dossier.actions.staleGone":
      "Dossier {code} was changed elsewhere, so “{action}” was not done. The dossier has been reloaded: it is now “{status}”, where this action no longer applies.",
    "dossier.actions.reloadFailed":
      "Dossier {code} was changed elsewhere and could not be reloaded; nothing was done. Reload the page.",
    "dossier.actions.retry": "Do “{action}” again",
    "dossier.detail.widgetName": "The dossier",
    "dossier.detail.title": "Dossier {code}",
    "dossier.detail.procedure": "Procedure",
    "dossier.detail.applicant": "Applicant",
    "dossier.detail.status": "Status",
    "dossier.detail.received": "Received",
    "dossier.detail.due": "Due",
    "dossier.detail.error": "Dossier {code} could not be loaded.",
    "dossier.detail.notFound": "Dossier {code} was not found, or you may not see it.",
    "dossier.detail.none": "—",
  },
});

export type DossierMessageKey = keyof (typeof dossierMessages)["vi"];
