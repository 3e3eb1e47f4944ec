import type { Locale } from "@chinhquyenso/react";
import { createContext, useContext } from "react";

/** The app's own strings (the widgets bring theirs). */
const vi = {
  skip: "Bỏ qua điều hướng, đến nội dung chính",
  nav: "Điều hướng chính",
  home: "Tổng quan",
  queue: "Hồ sơ một cửa",
  documents: "Văn bản",
  feedback: "Phản ánh 1022",
  calendar: "Lịch và họp",
  household: "Tra cứu hộ gia đình",
  ioc: "IOC",
  iocTitle: "Trung tâm điều hành (IOC): bảng theo dõi chỉ tiêu",
  language: "English",
  languageLabel: "Chuyển sang tiếng Anh",
  themeDark: "Giao diện tối",
  themeLight: "Giao diện sáng",
  indicators: "Chỉ số điều hành",
  onTimeTitle: "Hồ sơ của Sở giải quyết đúng hạn trong tháng",
  trend: "Xu hướng",
  news: "Tin tức",
  dossier: "Hồ sơ",
  back: "Quay lại danh sách",
  loading: "Đang tải…",
  loadFailed: "Không tải được dữ liệu.",
  notFound: "Không tìm thấy trang này.",
  retry: "Thử lại",
  status: "Trạng thái",
  feedbackList: "Danh sách phản ánh",
  feedbackEmpty: "Chưa có phản ánh nào.",
  audience: "Xem với vai trò",
  staff: "Cán bộ xử lý",
  citizen: "Người dân",
  selectFeedback: "Chọn một phản ánh để xem trao đổi.",
  loadMore: "Tải thêm",
  meetings: "Cuộc họp sắp tới",
  workCalendar: "Lịch công tác",
  apiDown: "Không kết nối được máy chủ API tại",
  apiDownHint: "Các số liệu có thể không cập nhật. Kiểm tra địa chỉ API hoặc kết nối mạng.",
  crashed: "Đã xảy ra lỗi khi hiển thị trang này.",
  reload: "Tải lại trang",
  goHome: "Về trang tổng quan",
} as const;

export type Messages = { readonly [Key in keyof typeof vi]: string };

const en: Messages = {
  skip: "Skip to main content",
  nav: "Main navigation",
  home: "Overview",
  queue: "One-stop dossiers",
  documents: "Documents",
  feedback: "1022 feedback",
  calendar: "Calendar and meetings",
  household: "Household lookup",
  ioc: "IOC",
  iocTitle: "Operations centre (IOC): indicator board",
  language: "Tiếng Việt",
  languageLabel: "Switch to Vietnamese",
  themeDark: "Dark theme",
  themeLight: "Light theme",
  indicators: "Operational indicators",
  onTimeTitle: "This department's dossiers finished on time this month",
  trend: "Trend",
  news: "News",
  dossier: "Dossier",
  back: "Back to the queue",
  loading: "Loading…",
  loadFailed: "The data could not be loaded.",
  notFound: "This page does not exist.",
  retry: "Try again",
  status: "Status",
  feedbackList: "Feedback",
  feedbackEmpty: "No feedback yet.",
  audience: "View as",
  staff: "Officer",
  citizen: "Citizen",
  selectFeedback: "Choose a feedback to see its thread.",
  loadMore: "Load more",
  meetings: "Upcoming meetings",
  workCalendar: "Work schedule",
  apiDown: "The API cannot be reached at",
  apiDownHint: "Figures may be out of date. Check the API address or the network.",
  crashed: "Something went wrong while showing this page.",
  reload: "Reload the page",
  goHome: "Go to the overview",
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { vi, en };

export const MessagesContext = createContext<Messages>(vi);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
