import { defineCatalog } from "../../i18n/translator";

// What a dossier transition came to, shared by DossierQueue's bulk bar and DossierActions. The keys keep their
// historical `queue.` prefix so a department's message overrides still apply.
export const transitionMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "queue.transition.conflict":
      "Hồ sơ {code} đang ở trạng thái “{status}” nên không thể “{action}”. Thao tác được phép: {allowed}.",
    "queue.transition.conflictNone":
      "Hồ sơ {code} đang ở trạng thái “{status}” nên không thể “{action}”; không còn thao tác nào được phép.",
    "queue.transition.changed":
      "Hồ sơ {code} vừa được thay đổi ở nơi khác; danh sách đã được tải lại. Hãy xem lại rồi thử lại.",
    "queue.transition.invalid": "Thông tin gửi kèm chưa hợp lệ ({fields}).",
    "queue.transition.forbidden": "Bạn không có quyền thực hiện thao tác này với hồ sơ {code}.",
    "queue.transition.notFound": "Không tìm thấy hồ sơ {code}; có thể hồ sơ đã bị xóa hoặc chuyển đi.",
    "queue.transition.unauthorized": "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại rồi thử lại.",
    "queue.transition.network": "Không kết nối được tới hệ thống; thao tác chưa được thực hiện.",
    "queue.transition.timeout":
      "Hệ thống phản hồi quá lâu; hãy tải lại danh sách để xem thao tác đã được thực hiện chưa.",
    "queue.transition.failed": "Hệ thống không thực hiện được thao tác với hồ sơ {code}. Hãy thử lại.",
  },
  en: {
    "queue.transition.conflict":
      "Dossier {code} is “{status}”, so “{action}” does not apply. Allowed: {allowed}.",
    "queue.transition.conflictNone":
      "Dossier {code} is “{status}”, so “{action}” does not apply; no action is allowed any more.",
    "queue.transition.changed":
      "Dossier {code} was changed elsewhere; the list has been reloaded. Review it, then retry.",
    "queue.transition.invalid": "Some details are not valid ({fields}).",
    "queue.transition.forbidden": "You are not allowed to do this to dossier {code}.",
    "queue.transition.notFound": "Dossier {code} was not found; it may have been deleted or moved.",
    "queue.transition.unauthorized": "Your session has expired. Sign in again, then retry.",
    "queue.transition.network": "The platform cannot be reached; nothing was done.",
    "queue.transition.timeout":
      "The platform took too long to answer; reload the list to see whether it was done.",
    "queue.transition.failed": "The platform could not do this to dossier {code}. Retry.",
  },
});

export type TransitionMessageKey = keyof (typeof transitionMessages)["vi"];
