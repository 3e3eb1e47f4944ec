// The sandbox's Open311 services: one per feedback category, with the description, keywords and group GeoReport
// v2 lists, and the extra questions (service definitions) a few categories ask. Invented sample data, in the
// words a provincial 1022 portal would use.
import type { Open311Attribute } from "@chinhquyenso/core";
import type { FeedbackCategoryKey } from "../seed/texts";

export interface Open311ServiceData {
  readonly description: string;
  readonly keywords: string;
  readonly group: string;
  readonly attributes: readonly Open311Attribute[];
}

/** Changes when a description or a definition below changes (discovery's `changeset`). */
export const OPEN311_SERVICES_CHANGESET = "2026-12-07T00:00:00+07:00";

const list = (
  code: string,
  order: number,
  description: string,
  values: readonly [string, string][],
  options: { required?: boolean; multiple?: boolean } = {},
): Open311Attribute => ({
  variable: true,
  code,
  datatype: options.multiple ? "multivaluelist" : "singlevaluelist",
  required: options.required ?? false,
  datatype_description: null,
  order,
  description,
  values: values.map(([key, name]) => ({ key, name })),
});

export const OPEN311_SERVICES: Readonly<Record<FeedbackCategoryKey, Open311ServiceData>> = {
  roads: {
    description: "Ổ gà, sụt lún, nứt vỡ mặt đường, vỉa hè; nắp hố ga mất hoặc vỡ.",
    keywords: "ổ gà, sụt lún, mặt đường, vỉa hè, hố ga",
    group: "Hạ tầng giao thông",
    attributes: [
      list(
        "muc_do",
        1,
        "Mức độ nguy hiểm cho người đi đường?",
        [
          ["thap", "Thấp: chưa ảnh hưởng đi lại"],
          ["vua", "Vừa: phải tránh, đi chậm"],
          ["cao", "Cao: đã hoặc dễ gây tai nạn"],
        ],
        { required: true },
      ),
    ],
  },
  street_lighting: {
    description: "Đèn đường không sáng, chập chờn, sáng ban ngày; trụ đèn nghiêng, gãy, hở điện.",
    keywords: "đèn đường, trụ đèn, chiếu sáng, hở điện",
    group: "Hạ tầng đô thị",
    attributes: [
      list(
        "hien_tuong",
        1,
        "Đèn bị làm sao?",
        [
          ["khong_sang", "Không sáng"],
          ["chap_chon", "Chập chờn"],
          ["sang_ban_ngay", "Sáng cả ban ngày"],
          ["tru_hu", "Trụ đèn nghiêng, gãy hoặc hở điện"],
        ],
        { required: true },
      ),
      {
        variable: true,
        code: "so_hieu_tru",
        datatype: "string",
        required: false,
        datatype_description: "Số sơn trên thân trụ, ví dụ TDM-0123",
        order: 2,
        description: "Số hiệu trụ đèn (nếu thấy)",
        values: [],
      },
    ],
  },
  waste_collection: {
    description: "Rác tồn đọng, thu gom không đúng giờ, điểm tập kết rác tự phát.",
    keywords: "rác, thu gom, tập kết, vệ sinh",
    group: "Môi trường",
    attributes: [],
  },
  flooding: {
    description: "Ngập nước sau mưa hoặc triều cường, cống thoát nước tắc, nắp cống hở.",
    keywords: "ngập, triều cường, cống, thoát nước",
    group: "Hạ tầng đô thị",
    attributes: [
      {
        variable: true,
        code: "do_sau_cm",
        datatype: "number",
        required: false,
        datatype_description: "Xăng-ti-mét, ước lượng",
        order: 1,
        description: "Nước ngập sâu khoảng bao nhiêu?",
        values: [],
      },
    ],
  },
  noise: {
    description: "Tiếng ồn từ karaoke, công trình, cơ sở sản xuất, loa quảng cáo.",
    keywords: "tiếng ồn, karaoke, loa, ồn ào",
    group: "Trật tự đô thị",
    attributes: [
      list(
        "khung_gio",
        1,
        "Tiếng ồn vào những lúc nào?",
        [
          ["sang", "Buổi sáng"],
          ["chieu", "Buổi chiều"],
          ["toi", "Buổi tối"],
          ["dem", "Sau 22 giờ"],
        ],
        { multiple: true },
      ),
    ],
  },
  illegal_construction: {
    description: "Xây dựng không phép, sai phép, lấn chiếm hành lang, vỉa hè.",
    keywords: "xây dựng, không phép, sai phép, lấn chiếm",
    group: "Trật tự đô thị",
    attributes: [],
  },
  administrative: {
    description: "Thái độ, thời gian giải quyết thủ tục hành chính; hồ sơ trễ hẹn.",
    keywords: "thủ tục, hồ sơ, trễ hẹn, một cửa",
    group: "Dịch vụ công",
    attributes: [
      {
        variable: true,
        code: "ma_ho_so",
        datatype: "string",
        required: false,
        datatype_description: "Ví dụ 000.00.30.H29-260121-0001",
        order: 1,
        description: "Mã hồ sơ (nếu phản ánh về một hồ sơ)",
        values: [],
      },
    ],
  },
  environment_pollution: {
    description: "Khói bụi, mùi hôi, nước thải, chất thải từ cơ sở sản xuất, kinh doanh.",
    keywords: "ô nhiễm, khói, bụi, mùi hôi, nước thải",
    group: "Môi trường",
    attributes: [
      list(
        "loai",
        1,
        "Loại ô nhiễm",
        [
          ["khoi_bui", "Khói, bụi"],
          ["mui", "Mùi hôi"],
          ["nuoc_thai", "Nước thải"],
          ["chat_thai", "Chất thải rắn"],
        ],
        { multiple: true },
      ),
    ],
  },
  public_order: {
    description: "Tụ tập gây mất trật tự, lấn chiếm lòng lề đường, buôn bán hàng rong.",
    keywords: "trật tự, lấn chiếm, hàng rong, tụ tập",
    group: "An ninh trật tự",
    attributes: [
      {
        variable: false,
        code: "khan_cap",
        datatype: "text",
        required: false,
        datatype_description: null,
        order: 1,
        description: "Việc khẩn cấp về an ninh, trật tự: gọi ngay 113.",
        values: [],
      },
    ],
  },
};

/** The service data of a category code, or undefined for a code that is not a sandbox category. */
export function open311ServiceData(code: string): Open311ServiceData | undefined {
  return Object.hasOwn(OPEN311_SERVICES, code) ? OPEN311_SERVICES[code as FeedbackCategoryKey] : undefined;
}
