// News (tin tức) and reference news (tin tham khảo): invented headlines with a one- or two-sentence summary.
// The figures in them are random; they report nothing that happened.
import type { Random } from "../../random";
import { CURRENT_MAP } from "../maps";
import type { AdministrativeMap } from "../maps/types";
import { randomLocalityLabel } from "../places";
import { FEEDBACK_CATEGORIES } from "./feedback";
import { capitalise, formatNumberVi } from "./format";
import { FACTORY_PRODUCTS, PROJECTS, TOPICS } from "./vocabulary";

export type NewsKind = "news" | "reference";

export interface NewsItem {
  readonly headline: string;
  readonly summary: string;
}

type Template = (random: Random, year: number, map: AdministrativeMap) => NewsItem;

const percent = (random: Random, min: number, max: number) =>
  `${formatNumberVi(random.int(min * 10, max * 10) / 10, 1)}%`;
const NEWS: readonly Template[] = [
  (r, y, map) => {
    const month = r.int(1, 12);
    const where = randomLocalityLabel(r, map);
    return {
      headline: `${capitalise(where)}: ${percent(r, 95, 99.9)} hồ sơ được giải quyết đúng hạn trong tháng ${month}`,
      summary: `Trong tháng ${month}/${y}, ${where} tiếp nhận ${formatNumberVi(r.int(2000, 9000))} hồ sơ thủ tục hành chính, trong đó ${percent(r, 40, 85)} được nộp trực tuyến.`,
    };
  },
  (r, y, map) => {
    const topic = r.pick(TOPICS);
    return {
      headline: `${map.province.headlineName} đẩy mạnh ${topic}`,
      summary: `UBND ${map.province.tier} yêu cầu các sở, ngành và địa phương tập trung triển khai ${topic}, hoàn thành các chỉ tiêu đề ra trong quý ${r.pick(["I", "II", "III", "IV"])}/${y}.`,
    };
  },
  (r, y) => {
    const project = r.pick(PROJECTS);
    return {
      headline: `Khởi công dự án ${project}`,
      summary: `Dự án có tổng mức đầu tư khoảng ${formatNumberVi(r.int(80, 3500))} tỷ đồng, dự kiến hoàn thành năm ${y + r.int(1, 3)}.`,
    };
  },
  (r, y) => ({
    headline: `Các khu công nghiệp thu hút thêm ${formatNumberVi(r.int(50, 600))} triệu USD vốn đầu tư nước ngoài`,
    summary: `Tính đến tháng ${r.int(2, 12)}/${y}, Ban Quản lý các khu công nghiệp đã cấp mới ${r.int(10, 60)} dự án, tập trung vào sản xuất ${r.pick(FACTORY_PRODUCTS)}.`,
  }),
  (r) => {
    const [first, second] = [r.pick(FEEDBACK_CATEGORIES), r.pick(FEEDBACK_CATEGORIES)];
    const topics =
      first.key === second.key
        ? first.vi.toLowerCase()
        : `${first.vi.toLowerCase()} và ${second.vi.toLowerCase()}`;
    return {
      headline: `Tổng đài 1022 tiếp nhận hơn ${formatNumberVi(r.int(20, 60) * 1000)} phản ánh trong tháng ${r.int(1, 12)}`,
      summary: `Nội dung được phản ánh nhiều nhất là ${topics}; ${percent(r, 85, 99)} phản ánh đã được xử lý.`,
    };
  },
  (r, _, map) => {
    const where = randomLocalityLabel(r, map);
    return {
      headline: `${capitalise(where)} ra quân lập lại trật tự vỉa hè, lòng đường`,
      summary: `Lực lượng chức năng ${where} đã nhắc nhở ${r.int(50, 300)} trường hợp, tháo dỡ ${r.int(10, 80)} mái che, bảng hiệu lấn chiếm.`,
    };
  },
];

const REFERENCE: readonly Template[] = [
  () => ({
    headline: "Hướng dẫn mới về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    summary:
      "Văn bản hướng dẫn các địa phương quy trình số hóa, lưu trữ và tái sử dụng kết quả số hóa khi giải quyết thủ tục hành chính.",
  }),
  (r, _, map) => ({
    headline: `${r.pick(map.otherProvinces)} thí điểm trợ lý ảo hỗ trợ cán bộ giải quyết thủ tục hành chính`,
    summary: `Trợ lý ảo tra cứu quy định, gợi ý thành phần hồ sơ và cảnh báo hồ sơ sắp đến hạn; sau ${r.int(2, 6)} tháng thí điểm, thời gian xử lý giảm ${percent(r, 10, 30)}.`,
  }),
  (r) => ({
    headline: "Kinh nghiệm vận hành Trung tâm điều hành thông minh cấp tỉnh",
    summary: `Nhiều địa phương kết nối hơn ${r.int(15, 40)} lĩnh vực dữ liệu về Trung tâm điều hành thông minh để lãnh đạo theo dõi chỉ tiêu theo thời gian thực.`,
  }),
  (r, y) => ({
    headline: `Bộ chỉ số phục vụ người dân, doanh nghiệp: các địa phương dẫn đầu quý ${r.pick(["I", "II", "III", "IV"])}/${y}`,
    summary: `Các địa phương dẫn đầu có tỷ lệ hồ sơ trực tuyến trên ${percent(r, 60, 80)} và tỷ lệ số hóa hồ sơ trên ${percent(r, 80, 95)}.`,
  }),
  () => ({
    headline: "Cảnh báo thủ đoạn giả danh cơ quan nhà nước gọi điện lừa đảo người dân",
    summary:
      "Cơ quan nhà nước không yêu cầu người dân cung cấp mã OTP, mật khẩu hay chuyển tiền qua điện thoại; người dân cần cảnh giác.",
  }),
];

/** A headline and summary of `kind`, dated in `year`, about a province of `map` (default today's). */
export function generateNewsItem(
  random: Random,
  kind: NewsKind,
  year: number,
  map: AdministrativeMap = CURRENT_MAP,
): NewsItem {
  return random.pick(kind === "news" ? NEWS : REFERENCE)(random, year, map);
}
