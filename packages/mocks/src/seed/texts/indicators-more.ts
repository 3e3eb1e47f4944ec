// The sixteen IOC fields beyond docs/domain.md §5's list, to reach the 27 fields the IOC supervises (issue 17).
// Codes are invented; ranges and targets are plausible orders of magnitude, not statistics.
import { atLeast, atMost, PERCENT, type Row } from "./indicator-rows";

export type MoreFieldKey =
  | "agriculture"
  | "industry_trade"
  | "investment"
  | "finance_budget"
  | "construction"
  | "transport"
  | "land_resources"
  | "labour_social"
  | "culture_sports"
  | "science_technology"
  | "digital_transformation"
  | "justice"
  | "home_affairs"
  | "inspection"
  | "fire_rescue"
  | "disaster_prevention";

export const MORE_FIELDS: Record<MoreFieldKey, { readonly vi: string; readonly en: string }> = {
  agriculture: { vi: "Nông nghiệp", en: "Agriculture" },
  industry_trade: { vi: "Công thương", en: "Industry and trade" },
  investment: { vi: "Đầu tư", en: "Investment" },
  finance_budget: { vi: "Tài chính – ngân sách", en: "Finance and budget" },
  construction: { vi: "Xây dựng", en: "Construction" },
  transport: { vi: "Giao thông, vận tải", en: "Transport" },
  land_resources: { vi: "Đất đai, tài nguyên", en: "Land and natural resources" },
  labour_social: { vi: "Lao động, việc làm, an sinh xã hội", en: "Labour, employment and social welfare" },
  culture_sports: { vi: "Văn hóa, thể thao", en: "Culture and sports" },
  science_technology: { vi: "Khoa học, công nghệ", en: "Science and technology" },
  digital_transformation: { vi: "Chuyển đổi số", en: "Digital transformation" },
  justice: { vi: "Tư pháp, hộ tịch", en: "Justice and civil status" },
  home_affairs: { vi: "Nội vụ", en: "Home affairs" },
  inspection: { vi: "Thanh tra, tiếp công dân", en: "Inspection and citizen reception" },
  fire_rescue: { vi: "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", en: "Fire and rescue" },
  disaster_prevention: { vi: "Phòng, chống thiên tai", en: "Disaster prevention" },
};

// biome-ignore format: a table reads best with one indicator per line
export const MORE_ROWS: Record<MoreFieldKey, readonly Row[]> = {
  agriculture: [
    ["NN-01", "Diện tích cây lâu năm được chăm sóc", "Perennial crop area tended", "ha", "ha", [140000, 152000], null, 0, "agriculture"],
    ["NN-02", "Tổng đàn heo", "Pig herd", "nghìn con", "thousand head", [2400, 2800], null, 0, "agriculture"],
    ["NN-03", "Ổ dịch bệnh động vật phát sinh", "Animal disease outbreaks", "ổ dịch", "outbreaks", [0, 12], atMost(5), 0, "agriculture"],
    ["NN-04", "Tỷ lệ hộ dân nông thôn dùng nước sạch", "Rural households with clean water", ...PERCENT, [96, 100], atLeast(99), 1, "agriculture"],
  ],
  industry_trade: [
    ["CT-01", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Retail sales and services revenue", "tỷ đồng", "VND billion", [24000, 31000], null, 0, "industry_trade"],
    ["CT-02", "Chỉ số giá tiêu dùng tăng so với cùng kỳ", "Consumer prices, year-on-year rise", ...PERCENT, [1, 5], atMost(4), 1, "industry_trade"],
    ["CT-03", "Vụ vi phạm thương mại bị xử lý", "Trade violations sanctioned", "vụ", "cases", [80, 220], null, 0, "industry_trade"],
  ],
  investment: [
    ["DT-11", "Vốn đầu tư trong nước đăng ký", "Domestic investment registered", "tỷ đồng", "VND billion", [9000, 26000], null, 0, "planning_investment"],
    ["DT-12", "Tỷ lệ giải ngân vốn đầu tư công", "Public investment disbursed", ...PERCENT, [20, 95], atLeast(60), 1, "finance"],
    ["DT-13", "Dự án chậm tiến độ", "Projects behind schedule", "dự án", "projects", [10, 60], atMost(30), 0, "planning_investment"],
  ],
  finance_budget: [
    ["TC-01", "Chi ngân sách địa phương", "Local budget spending", "tỷ đồng", "VND billion", [3000, 5500], null, 0, "finance"],
    ["TC-02", "Nợ thuế có khả năng thu", "Collectable tax arrears", "tỷ đồng", "VND billion", [1200, 2600], atMost(2000), 0, "finance"],
  ],
  construction: [
    ["XD-01", "Công trình vi phạm trật tự xây dựng", "Construction-order violations", "công trình", "sites", [20, 140], atMost(80), 0, "construction"],
    ["XD-02", "Căn nhà ở xã hội hoàn thành", "Social housing units completed", "căn", "units", [0, 900], null, 0, "construction"],
  ],
  transport: [
    ["GTVT-01", "Tỷ lệ phương tiện kiểm định đạt", "Vehicles passing inspection", ...PERCENT, [88, 98], atLeast(92), 1, "transport"],
    ["GTVT-02", "Điểm ùn tắc giao thông", "Traffic congestion points", "điểm", "points", [3, 25], atMost(12), 0, "transport"],
    ["GTVT-03", "Sản lượng hàng hóa vận chuyển", "Freight carried", "nghìn tấn", "thousand tonnes", [9000, 13000], null, 0, "transport"],
  ],
  land_resources: [
    ["DD-01", "Giấy chứng nhận quyền sử dụng đất đã cấp", "Land-use certificates issued", "giấy", "certificates", [2500, 6000], null, 0, "environment"],
    ["DD-02", "Tỷ lệ hồ sơ đất đai giải quyết đúng hạn", "Land dossiers processed on time", ...PERCENT, [85, 99], atLeast(95), 1, "environment"],
  ],
  labour_social: [
    ["LD-01", "Lao động được giải quyết việc làm", "Workers placed in jobs", "người", "people", [3000, 9000], atLeast(5000), 0, "labour"],
    ["LD-02", "Tỷ lệ hộ nghèo", "Poor households", ...PERCENT, [0, 1.5], atMost(1), 2, "labour"],
    ["LD-03", "Người hưởng trợ cấp thất nghiệp", "People on unemployment benefit", "người", "people", [8000, 20000], null, 0, "labour"],
  ],
  culture_sports: [
    ["VH-01", "Lượt người tập luyện thể dục thể thao thường xuyên", "People exercising regularly", ...PERCENT, [30, 45], atLeast(38), 1, "culture"],
    ["VH-02", "Di tích được tu bổ, tôn tạo", "Heritage sites restored", "di tích", "sites", [0, 6], null, 0, "culture"],
  ],
  science_technology: [
    ["KHCN-01", "Đơn đăng ký sở hữu công nghiệp", "Industrial property applications", "đơn", "applications", [60, 220], null, 0, "science"],
    ["KHCN-02", "Doanh nghiệp khoa học và công nghệ", "Science and technology enterprises", "doanh nghiệp", "enterprises", [20, 40], atLeast(30), 0, "science"],
  ],
  digital_transformation: [
    ["CDS-01", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "End-to-end online public services", ...PERCENT, [55, 90], atLeast(80), 1, "digital"],
    ["CDS-02", "Tỷ lệ người trưởng thành có tài khoản định danh điện tử", "Adults with an electronic identity account", ...PERCENT, [65, 95], atLeast(80), 1, "digital"],
    ["CDS-03", "Tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính", "Financial obligations paid online", ...PERCENT, [30, 75], atLeast(50), 1, "digital"],
  ],
  justice: [
    ["TP-01", "Đăng ký khai sinh", "Birth registrations", "trường hợp", "cases", [2500, 4200], null, 0, "justice"],
    ["TP-02", "Phiếu lý lịch tư pháp đã cấp", "Criminal record certificates issued", "phiếu", "certificates", [4000, 9000], null, 0, "justice"],
  ],
  home_affairs: [
    ["NV-01", "Tỷ lệ cán bộ, công chức sử dụng chữ ký số", "Civil servants using digital signatures", ...PERCENT, [85, 100], atLeast(95), 1, "home_affairs"],
    ["NV-02", "Vị trí việc làm còn trống", "Vacant posts", "vị trí", "posts", [40, 160], null, 0, "home_affairs"],
  ],
  inspection: [
    ["TTR-01", "Đơn khiếu nại, tố cáo tiếp nhận", "Complaints and denunciations received", "đơn", "petitions", [150, 420], null, 0, "inspectorate"],
    ["TTR-02", "Tỷ lệ giải quyết khiếu nại, tố cáo", "Complaints and denunciations resolved", ...PERCENT, [80, 98], atLeast(90), 1, "inspectorate"],
  ],
  fire_rescue: [
    ["PCCC-01", "Số vụ cháy", "Fires", "vụ", "fires", [5, 35], atMost(20), 0, "police"],
    ["PCCC-02", "Thời gian trung bình xe chữa cháy đến hiện trường", "Average fire engine response time", "phút", "minutes", [8, 20], atMost(15), 1, "police"],
  ],
  disaster_prevention: [
    ["PCTT-01", "Điểm sạt lở bờ sông được theo dõi", "Riverbank landslide points watched", "điểm", "points", [10, 30], null, 0, "agriculture"],
    ["PCTT-02", "Mực nước sông Sài Gòn tại Thủ Dầu Một", "Saigon River level at Thủ Dầu Một", "m", "m", [1.1, 1.9], null, 2, "agriculture"],
  ],
};
