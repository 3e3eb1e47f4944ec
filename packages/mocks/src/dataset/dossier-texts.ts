// Officers' wording in dossier histories: reasons and comments, invented but in the register of a one-stop
// office. Supplement reasons come with the document the applicant must add.

export const SUPPLEMENT_REQUESTS: readonly (readonly [reason: string, item: string])[] = [
  [
    "Thiếu bản sao có chứng thực Giấy chứng nhận quyền sử dụng đất.",
    "Bản sao Giấy chứng nhận quyền sử dụng đất",
  ],
  ["Tờ khai chưa có chữ ký của người nộp hồ sơ.", "Tờ khai có chữ ký của người nộp"],
  ["Bản vẽ chưa thể hiện đúng hiện trạng công trình.", "Bản vẽ hiện trạng công trình"],
  ["Thiếu giấy ủy quyền có công chứng của người được ủy quyền.", "Giấy ủy quyền có công chứng"],
  [
    "Thông tin trên tờ khai không khớp với Căn cước công dân của người nộp.",
    "Tờ khai đã điều chỉnh thông tin",
  ],
  ["Cần bổ sung bản sao giấy khai sinh.", "Bản sao giấy khai sinh"],
  ["Thiếu văn bản thỏa thuận phân chia di sản thừa kế.", "Văn bản thỏa thuận phân chia di sản"],
];

export const REFUSAL_REASONS: readonly string[] = [
  "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đã hướng dẫn người nộp liên hệ cơ quan có thẩm quyền.",
  "Thành phần hồ sơ không đúng quy định; đã hướng dẫn người nộp hoàn thiện và nộp lại.",
  "Người nộp không đủ điều kiện thực hiện thủ tục theo quy định hiện hành.",
];

export const SUSPENSION_REASONS: readonly string[] = [
  "Quá thời hạn bổ sung nhưng người nộp không bổ sung hồ sơ.",
  "Thửa đất đang có tranh chấp, chờ kết quả giải quyết của Tòa án.",
  "Chờ ý kiến của cơ quan chuyên môn cấp tỉnh.",
];

export const WITHDRAWAL_REASONS: readonly string[] = [
  "Công dân có đơn xin rút hồ sơ để điều chỉnh thông tin.",
  "Người nộp không còn nhu cầu giải quyết thủ tục.",
];

export const ACCEPT_COMMENTS: readonly string[] = [
  "Hồ sơ hợp lệ, đủ thành phần.",
  "Đã kiểm tra thành phần hồ sơ, tiếp nhận theo quy định.",
];

export const PAYMENT_COMMENT = "Đề nghị người nộp thực hiện nghĩa vụ tài chính theo thông báo.";
export const RESUME_AFTER_SUPPLEMENT = "Người nộp đã bổ sung hồ sơ; tiếp tục xử lý.";
export const RESUME_AFTER_PAYMENT = "Người nộp đã hoàn thành nghĩa vụ tài chính; tiếp tục xử lý.";
export const FINISH_COMMENT = "Đã thẩm định và trình ký kết quả.";
export const RETURN_AT_COUNTER = "Đã trả kết quả tại Bộ phận Tiếp nhận và Trả kết quả.";
export const RETURN_BY_POST = "Đã chuyển kết quả qua dịch vụ bưu chính công ích.";

/** The step a dossier is at, as the one-stop app shows it. */
export const CURRENT_STEPS: Readonly<Record<string, string>> = {
  registered: "Chờ tiếp nhận",
  received: "Tiếp nhận hồ sơ",
  refused: "Từ chối tiếp nhận",
  processing: "Thẩm định hồ sơ",
  awaiting_supplement: "Chờ bổ sung hồ sơ",
  awaiting_payment: "Chờ thực hiện nghĩa vụ tài chính",
  withdrawn: "Đã rút hồ sơ",
  suspended: "Dừng xử lý",
  finished: "Chờ trả kết quả",
  returned: "Đã trả kết quả",
};
