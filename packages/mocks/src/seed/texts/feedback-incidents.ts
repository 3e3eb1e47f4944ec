// The incidents citizens report to the 1022 hotline, by category. Each incident pairs a title with a body that
// tells the same story (concrete but fictional: a sample address, a time, sizes, counts), what the agency checks
// while handling it and what it does to fix it, so that every reply matches its report.
import type { Random } from "../../random";
import { formatVietnamDate, formatVietnamTime } from "../dates";
import { oneStopDesk, type SampleAddress, wardLabel } from "../places";
import { PROCEDURES } from "../procedures";
import { capitalise } from "./format";
import { FACTORY_PRODUCTS } from "./vocabulary";

export type FeedbackCategoryKey =
  | "roads"
  | "street_lighting"
  | "waste_collection"
  | "flooding"
  | "noise"
  | "illegal_construction"
  | "administrative"
  | "environment_pollution"
  | "public_order";

export interface FeedbackSlots {
  /** Where it happens. */
  readonly address: SampleAddress;
  /** When the citizen saw it or called. */
  readonly at: Date;
}

type Template = (slots: FeedbackSlots, random: Random) => string;

export interface Incident {
  readonly title: Template;
  readonly body: Template;
  /** What the agency is doing, for "in progress" replies ("cử cán bộ kiểm tra hiện trường"). */
  readonly check: string;
  /** What the agency did, for "resolved" replies ("vá ổ gà và đặt biển cảnh báo"). */
  readonly fix: string;
}

export interface CategoryTexts {
  readonly vi: string;
  readonly en: string;
  /** Relative frequency among reports. */
  readonly weight: number;
  readonly incidents: readonly Incident[];
}

/** "phường Thủ Dầu Một" (today), "phường Phú Cường, thành phố Thủ Dầu Một" (before 2025-07-01). */
export const place = (address: SampleAddress) => address.place;
/** "trước số 125 đường Yersin, khu phố 3, phường Thủ Dầu Một". */
const where = (address: SampleAddress) =>
  `${address.street ? "trước" : "tại"} ${lowerFirst(address.line)}, ${place(address)}`;
/** A short locator for titles: "trên đường Yersin, phường Phú Cường" or "tại xã Long Hòa". */
const near = (address: SampleAddress) =>
  address.street ? `trên ${address.street}, ${wardLabel(address.ward)}` : `tại ${wardLabel(address.ward)}`;
const road = (address: SampleAddress) =>
  address.street ?? `đường liên ${address.ward.kind === "commune" ? "ấp" : "khu phố"}`;
const when = (at: Date) => `khoảng ${formatVietnamTime(at)} ngày ${formatVietnamDate(at)}`;
const procedureName = (random: Random) => lowerFirst(random.pick(PROCEDURES).name);

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const CATEGORIES: Record<FeedbackCategoryKey, CategoryTexts> = {
  roads: {
    vi: "Hư hỏng đường sá",
    en: "Roads and potholes",
    weight: 16,
    incidents: [
      {
        title: (s) => `Ổ gà lớn trên ${road(s.address)}, ${wardLabel(s.address.ward)}`,
        body: (s, r) =>
          `${capitalise(when(s.at))}, ${where(s.address)} xuất hiện ổ gà sâu khoảng ${r.int(10, 40)} cm, rộng hơn ${r.int(1, 3)} m. Đã có người đi xe máy bị té ngã, nhất là vào ban đêm. Đề nghị cơ quan chức năng sớm kiểm tra, khắc phục.`,
        check: "cử cán bộ kiểm tra hiện trường",
        fix: "vá ổ gà và đặt biển cảnh báo",
      },
      {
        title: (s) => `Mặt ${road(s.address)} bị sụt lún, bong tróc`,
        body: (s, r) =>
          `Đoạn ${road(s.address)} qua ${wardLabel(s.address.ward)} bị bong tróc mặt đường khoảng ${r.int(5, 30) * 10} m sau đợt mưa lớn; xe tải chạy qua gây bụi và nguy hiểm. Người dân ghi nhận ${when(s.at)}.`,
        check: "phối hợp đơn vị quản lý tuyến đường khảo sát mức độ hư hỏng",
        fix: "thảm lại mặt đường đoạn hư hỏng",
      },
      {
        title: (s) => `Nắp hố ga bị vỡ ${near(s.address)}`,
        body: (s) =>
          `Nắp hố ga ${where(s.address)} bị vỡ từ ${when(s.at)}, chưa có biển cảnh báo. Trẻ em đi học qua lại rất nguy hiểm.`,
        check: "đặt biển cảnh báo tạm và kiểm tra hiện trường",
        fix: "thay nắp hố ga mới",
      },
    ],
  },
  street_lighting: {
    vi: "Chiếu sáng công cộng",
    en: "Street lighting",
    weight: 9,
    incidents: [
      {
        title: (s) => `Đèn đường không sáng trên ${road(s.address)}`,
        body: (s, r) =>
          `Khoảng ${r.int(3, 12)} trụ đèn chiếu sáng ${where(s.address)} không sáng từ ${r.int(2, 10)} đêm nay, đường tối, mất an toàn cho người đi đường. Lần kiểm tra gần nhất ${when(s.at)}.`,
        check: "kiểm tra tủ điện điều khiển và đường dây",
        fix: "thay bóng đèn và sửa chữa tủ điện điều khiển",
      },
      {
        title: (s) => `Cột đèn chiếu sáng bị nghiêng ${near(s.address)}`,
        body: (s) =>
          `Cột đèn ${where(s.address)} bị xe tải va quẹt, nghiêng hẳn ra lòng đường, phát hiện ${when(s.at)}. Đề nghị khẩn trương xử lý.`,
        check: "rào chắn khu vực và khảo sát cột đèn",
        fix: "dựng lại cột đèn và gia cố móng",
      },
      {
        title: (s) => `Đèn chiếu sáng bật cả ban ngày ${near(s.address)}`,
        body: (s) =>
          `Đèn đường ${where(s.address)} sáng cả ban ngày, ${when(s.at)} vẫn còn bật, gây lãng phí điện.`,
        check: "kiểm tra bộ hẹn giờ của tủ điều khiển",
        fix: "điều chỉnh lại thời gian bật, tắt của tủ điều khiển",
      },
    ],
  },
  waste_collection: {
    vi: "Thu gom rác thải",
    en: "Waste collection",
    weight: 14,
    incidents: [
      {
        title: (s) => `Rác thải tồn đọng nhiều ngày tại ${place(s.address)}`,
        body: (s, r) =>
          `Điểm tập kết rác ${where(s.address)} không được thu gom ${r.int(3, 7)} ngày nay, bốc mùi hôi, ruồi nhặng nhiều. Hình ảnh chụp ${when(s.at)}.`,
        check: "yêu cầu đơn vị thu gom kiểm tra lịch thu gom",
        fix: "điều xe thu gom toàn bộ rác tồn đọng",
      },
      {
        title: (s) => `Đổ trộm xà bần ${near(s.address)}`,
        body: (s, r) =>
          `${capitalise(when(s.at))}, một xe ba gác đổ khoảng ${r.int(2, 8)} m³ xà bần ${where(s.address)} rồi bỏ đi. Đề nghị kiểm tra camera khu vực và thu dọn.`,
        check: "trích xuất camera khu vực để xác định người vi phạm",
        fix: "thu dọn xà bần và đặt biển cấm đổ rác",
      },
      {
        title: (s) => `Khu nhà trọ xả rác ra lòng đường ${near(s.address)}`,
        body: (s) =>
          `Khu nhà trọ ${where(s.address)} không có thùng rác chung, rác sinh hoạt tràn ra lòng đường, ghi nhận ${when(s.at)}.`,
        check: "làm việc với chủ khu nhà trọ",
        fix: "yêu cầu chủ nhà trọ bố trí thùng rác chung và đăng ký thu gom hằng ngày",
      },
    ],
  },
  flooding: {
    vi: "Ngập nước",
    en: "Flooding",
    weight: 10,
    incidents: [
      {
        title: (s) => `Ngập sâu sau mưa ${near(s.address)}`,
        body: (s, r) =>
          `Ngày ${formatVietnamDate(s.at)}, sau cơn mưa lớn khoảng ${r.int(30, 90)} phút, ${where(s.address)} ngập sâu ${r.int(20, 60)} cm, nước tràn vào nhà dân, nhiều xe máy chết máy. Tình trạng này lặp lại nhiều lần trong mùa mưa.`,
        check: "khảo sát hệ thống thoát nước khu vực",
        fix: "lắp đặt thêm hố thu nước mặt đường và nạo vét tuyến cống",
      },
      {
        title: (s) => `Cống thoát nước bị tắc trên ${road(s.address)}`,
        body: (s) =>
          `Miệng cống ${where(s.address)} bị rác và đất cát lấp kín, mỗi khi mưa nước không thoát được. Người dân ghi nhận ${when(s.at)}.`,
        check: "phối hợp đơn vị quản lý thoát nước kiểm tra",
        fix: "nạo vét cống thoát nước, khơi thông dòng chảy",
      },
    ],
  },
  noise: {
    vi: "Tiếng ồn",
    en: "Noise",
    weight: 8,
    incidents: [
      {
        title: (s) => `Hát karaoke gây ồn ban đêm tại ${place(s.address)}`,
        body: (s, r) =>
          `Nhiều đêm liền, một hộ dân ${where(s.address)} mở loa kéo hát karaoke đến ${r.int(22, 23)} giờ đêm, ảnh hưởng người già và trẻ nhỏ. Lần gần nhất ${when(s.at)}.`,
        check: "phối hợp Công an xã, phường xác minh vào ban đêm",
        fix: "mời chủ hộ làm việc, nhắc nhở và lập biên bản cam kết",
      },
      {
        title: (s) => `Xưởng sản xuất gây tiếng ồn ${near(s.address)}`,
        body: (s, r) =>
          `Xưởng gỗ ${where(s.address)} chạy máy cưa, máy bào từ ${r.int(4, 5)} giờ sáng đến khuya, tiếng ồn rất lớn. Người dân ghi âm được ${when(s.at)}.`,
        check: "cử cán bộ đo tiếng ồn tại cơ sở",
        fix: "yêu cầu cơ sở lắp vật liệu cách âm và điều chỉnh giờ hoạt động",
      },
    ],
  },
  illegal_construction: {
    vi: "Xây dựng trái phép",
    en: "Illegal construction",
    weight: 9,
    incidents: [
      {
        title: (s) => `Xây dựng không phép ${near(s.address)}`,
        body: (s, r) =>
          `Một công trình ${r.int(2, 5)} tầng ${where(s.address)} đang xây dựng, không có bảng thông tin giấy phép; công nhân làm cả ban đêm. Người dân ghi nhận ${when(s.at)}.`,
        check: "kiểm tra hồ sơ cấp phép của công trình",
        fix: "lập biên bản vi phạm, đình chỉ thi công",
      },
      {
        title: (s) => `Lấn chiếm hành lang ${road(s.address)} để xây dựng`,
        body: (s, r) =>
          `Hộ dân ${where(s.address)} đổ bê tông lấn ra hành lang đường khoảng ${r.int(1, 4)} m để làm mái che, ghi nhận ${when(s.at)}.`,
        check: "cử đội kiểm tra trật tự đô thị xác minh hiện trường",
        fix: "buộc hộ dân tháo dỡ phần lấn chiếm",
      },
      {
        title: (s) => `Phân lô, xây nhà trọ trái phép trên đất nông nghiệp tại ${place(s.address)}`,
        body: (s, r) =>
          `Khu đất trồng cây lâu năm tại ${place(s.address)} đang bị phân thành khoảng ${r.int(8, 30)} lô, xây dựng dãy nhà trọ. Phát hiện ${when(s.at)}.`,
        check: "kiểm tra hiện trạng sử dụng đất",
        fix: "xử phạt vi phạm hành chính và buộc khôi phục hiện trạng đất",
      },
    ],
  },
  administrative: {
    vi: "Thủ tục hành chính",
    en: "Administrative services",
    weight: 12,
    incidents: [
      {
        title: () => "Hồ sơ quá hẹn trả kết quả, không được thông báo lý do",
        body: (s, r) =>
          `Tôi nộp hồ sơ ${procedureName(r)} ngày ${formatVietnamDate(s.at)}, đến nay đã quá hẹn ${r.int(2, 15)} ngày nhưng chưa nhận được kết quả, cũng không có thông báo lý do.`,
        check: "kiểm tra quá trình giải quyết hồ sơ trên hệ thống",
        fix: "trả kết quả cho người dân và gửi phiếu xin lỗi, hẹn lại ngày trả kết quả",
      },
      {
        title: (s) => `Thái độ phục vụ tại ${oneStopDesk(s.address.locality)}`,
        body: (s, r) =>
          `Ngày ${formatVietnamDate(s.at)}, khi đến nộp hồ sơ tại ${oneStopDesk(s.address.locality)}, tôi phải chờ hơn ${r.int(2, 4)} giờ, cán bộ hướng dẫn không rõ ràng và yêu cầu bổ sung giấy tờ nhiều lần.`,
        check: "làm việc với cán bộ tiếp nhận hồ sơ",
        fix: "nhắc nhở, chấn chỉnh cán bộ tiếp nhận và hướng dẫn lại đầy đủ thành phần hồ sơ",
      },
      {
        title: () => "Lỗi thanh toán lệ phí trên Cổng dịch vụ công",
        body: (s) =>
          `Lúc ${formatVietnamTime(s.at)} ngày ${formatVietnamDate(s.at)}, tôi thanh toán lệ phí trực tuyến, tài khoản đã bị trừ tiền nhưng hồ sơ vẫn báo chưa thanh toán.`,
        check: "đối soát giao dịch với ngân hàng",
        fix: "cập nhật trạng thái đã thanh toán cho hồ sơ",
      },
    ],
  },
  environment_pollution: {
    vi: "Ô nhiễm môi trường",
    en: "Environmental pollution",
    weight: 10,
    incidents: [
      {
        title: (s) => `Khói bụi, mùi hôi từ cơ sở sản xuất tại ${place(s.address)}`,
        body: (s, r) =>
          `Cơ sở sản xuất ${r.pick(FACTORY_PRODUCTS)} ${where(s.address)} thường xả khói đen, mùi hắc vào ban đêm, người dân xung quanh bị ho, rát họng. Gần nhất ${when(s.at)}.`,
        check: "lấy mẫu khí thải để phân tích",
        fix: "xử phạt cơ sở vi phạm và yêu cầu khắc phục hệ thống xử lý khí thải",
      },
      {
        title: (s) => `Xả nước thải ra suối ${near(s.address)}`,
        body: (s) =>
          `Nước thải màu đen, bốc mùi từ ${where(s.address)} chảy thẳng ra con suối gần đó, cá chết nổi, ghi nhận ${when(s.at)}.`,
        check: "lấy mẫu nước thải để phân tích",
        fix: "yêu cầu cơ sở ngưng xả thải và khắc phục hệ thống xử lý nước thải",
      },
    ],
  },
  public_order: {
    vi: "An ninh trật tự",
    en: "Public order",
    weight: 12,
    incidents: [
      {
        title: (s) => `Thanh niên tụ tập chạy xe tốc độ cao trên ${road(s.address)}`,
        body: (s) =>
          `${capitalise(when(s.at))}, nhiều thanh niên tụ tập ${where(s.address)} chạy xe tốc độ cao, nẹt pô, la hét gây mất trật tự.`,
        check: "bố trí lực lượng tuần tra khu vực",
        fix: "tăng cường tuần tra, kiểm soát vào ban đêm",
      },
      {
        title: (s) => `Buôn bán lấn chiếm vỉa hè ${near(s.address)}`,
        body: (s) =>
          `Các hộ kinh doanh ${where(s.address)} bày hàng lấn chiếm vỉa hè và một phần lòng đường, người đi bộ phải đi xuống lòng đường. Ghi nhận ${when(s.at)}.`,
        check: "cử tổ trật tự đô thị kiểm tra",
        fix: "ra quân lập lại trật tự lòng đường, vỉa hè",
      },
      {
        title: (s) => `Mất trộm xe máy tại khu nhà trọ ${near(s.address)}`,
        body: (s, r) =>
          `Khu nhà trọ ${where(s.address)} trong ${r.int(1, 3)} tuần liên tiếp bị mất trộm ${r.int(2, 5)} xe máy; vụ gần nhất ${when(s.at)}.`,
        check: "phối hợp Công an xã, phường xác minh",
        fix: "phối hợp Công an điều tra, xác minh vụ việc",
      },
    ],
  },
};
