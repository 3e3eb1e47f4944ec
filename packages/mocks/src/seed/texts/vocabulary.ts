// Shared nouns for the text templates. Industrial parks are real parks of the former Bình Dương area (public
// places, named alike before and after 2025-07-01); the products, projects and foreign people are invented.

export const INDUSTRIAL_PARKS: readonly string[] = [
  "KCN Việt Nam – Singapore",
  "KCN Việt Nam – Singapore II",
  "KCN Mỹ Phước 3",
  "KCN Sóng Thần 2",
  "KCN Đồng An",
  "KCN Nam Tân Uyên",
  "KCN Bàu Bàng",
  "KCN Tân Đông Hiệp B",
];

export const FACTORY_PRODUCTS: readonly string[] = [
  "đồ gỗ nội thất xuất khẩu",
  "bao bì giấy carton",
  "linh kiện điện tử",
  "sản phẩm nhựa gia dụng",
  "hàng may mặc",
  "gạch ốp lát",
  "thức ăn chăn nuôi",
  "kết cấu thép",
  "giày dép",
  "gốm sứ mỹ nghệ",
];

/** Fictional foreign nationals (passport spelling) and their nationality as written in Vietnamese. */
export const FOREIGN_NATIONALS: readonly (readonly [name: string, nationality: string])[] = [
  ["Kim Min Jun", "Hàn Quốc"],
  ["Park Ji Hoon", "Hàn Quốc"],
  ["Lee Seo Yeon", "Hàn Quốc"],
  ["Tanaka Hiroshi", "Nhật Bản"],
  ["Sato Yuki", "Nhật Bản"],
  ["Chen Wei", "Trung Quốc"],
  ["Lin Chia Hao", "Đài Loan (Trung Quốc)"],
  ["Tan Wei Ming", "Singapore"],
  ["Michael Brown", "Hoa Kỳ"],
  ["Somchai Phongsaphan", "Thái Lan"],
  ["Rahul Sharma", "Ấn Độ"],
  ["Anna Müller", "Đức"],
];

// Subjects of documents, meetings and news.
export const FIELD_PHRASES: readonly string[] = [
  "đất đai",
  "xây dựng",
  "hộ tịch",
  "đăng ký kinh doanh",
  "lao động, việc làm",
  "giao thông vận tải",
  "môi trường",
  "y tế",
  "giáo dục và đào tạo",
];
export const TOPICS: readonly string[] = [
  "chuyển đổi số",
  "cải cách hành chính",
  "Đề án 06 về phát triển ứng dụng dữ liệu dân cư",
  "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
  "thu ngân sách nhà nước",
  "giải ngân vốn đầu tư công",
  "phòng, chống dịch sốt xuất huyết",
  "bảo đảm trật tự an toàn giao thông",
  "phòng cháy, chữa cháy tại nhà trọ",
];
export const HAZARDS: readonly string[] = [
  "mưa lớn, ngập úng cục bộ",
  "sạt lở bờ sông Sài Gòn",
  "nắng nóng kéo dài, nguy cơ cháy rừng",
  "giông lốc",
];
export const PROJECTS: readonly string[] = [
  "đường Vành đai 3 đoạn qua địa bàn",
  "nâng cấp đường ĐT743",
  "mở rộng Quốc lộ 13",
  "xây dựng trường trung học cơ sở mới",
  "khu tái định cư phục vụ dự án giao thông",
  "hệ thống thoát nước khu vực chợ",
];
