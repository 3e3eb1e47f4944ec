// Deterministic sample data for the benchmarks: realistic dossier summaries (trích yếu) of a provincial
// one-stop office, and intake instants across the bundled 2024–2026 calendar.

/** Mulberry32: a small seeded PRNG, so every run measures the same inputs. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROCEDURES = [
  "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
  "Đăng ký biến động đất đai, tài sản gắn liền với đất",
  "Chuyển mục đích sử dụng đất",
  "Tách thửa, hợp thửa đất",
  "Đăng ký thế chấp quyền sử dụng đất",
  "Cấp giấy phép xây dựng nhà ở riêng lẻ",
  "Cấp lại giấy chứng nhận quyền sở hữu nhà ở",
  "Đăng ký hộ kinh doanh",
  "Đăng ký thành lập doanh nghiệp tư nhân",
  "Đăng ký khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Chứng thực bản sao từ bản chính",
  "Cấp phiếu lý lịch tư pháp",
  "Đăng ký thường trú",
  "Đăng ký tạm trú",
  "Cấp đổi giấy phép lái xe",
  "Cấp giấy phép lao động cho người nước ngoài",
  "Xác nhận tình trạng hôn nhân",
  "Trợ cấp xã hội hàng tháng cho người cao tuổi",
  "Giải quyết hưởng trợ cấp thất nghiệp",
  "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  "Cấp giấy phép kinh doanh bán lẻ rượu",
  "Thu hồi đất, bồi thường, hỗ trợ tái định cư",
  "Công nhận hộ nghèo, hộ cận nghèo phát sinh",
];
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thành", "Hoài", "Kim", "Xuân"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hòa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Ngân",
  "Phúc",
  "Phương",
  "Quân",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Thắng",
  "Trang",
  "Trung",
  "Tuấn",
  "Uyên",
  "Việt",
  "Yến",
];
const PLACES = [
  ["Phú Cường", "Thủ Dầu Một"],
  ["Phú Hòa", "Thủ Dầu Một"],
  ["Hiệp Thành", "Thủ Dầu Một"],
  ["Chánh Nghĩa", "Thủ Dầu Một"],
  ["Dĩ An", "Dĩ An"],
  ["Đông Hòa", "Dĩ An"],
  ["Tân Bình", "Dĩ An"],
  ["Lái Thiêu", "Thuận An"],
  ["An Phú", "Thuận An"],
  ["Thuận Giao", "Thuận An"],
  ["Uyên Hưng", "Tân Uyên"],
  ["Tân Phước Khánh", "Tân Uyên"],
  ["Mỹ Phước", "Bến Cát"],
  ["Chánh Phú Hòa", "Bến Cát"],
  ["Lai Uyên", "Bàu Bàng"],
  ["Tân Thành", "Bắc Tân Uyên"],
  ["Định Hiệp", "Dầu Tiếng"],
  ["An Linh", "Phú Giáo"],
  ["Phước Vĩnh", "Phú Giáo"],
];

/** `count` dossier summaries like "Đăng ký kết hôn – Nguyễn Thị Lan – phường Phú Cường, Thủ Dầu Một". */
export function dossierSummaries(count, seed = 2026) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const summaries = new Array(count);
  for (let i = 0; i < count; i++) {
    const procedure = pick(PROCEDURES);
    const [ward, district] = pick(PLACES);
    const person = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const parcel = /đất/.test(procedure)
      ? ` – thửa đất số ${1 + Math.floor(next() * 900)}, tờ bản đồ số ${1 + Math.floor(next() * 60)}`
      : "";
    summaries[i] =
      `${procedure} – ${person} – ${next() < 0.3 ? "xã" : "phường"} ${ward}, ${district}${parcel}`;
  }
  return summaries;
}

/** `count` intake instants in 2024–2026 at any minute from 06:00 to 19:59, as ISO strings with +07:00. */
export function intakeInstants(count, seed = 7) {
  const next = random(seed);
  const instants = new Array(count);
  const first = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = Math.floor(next() * 1000); // up to late 2026, leaving room for 20 working days
    const minute = 6 * 60 + Math.floor(next() * 14 * 60);
    const local = new Date(first + day * 86_400_000 + minute * 60_000);
    instants[i] = `${local.toISOString().slice(0, 19)}+07:00`;
  }
  return instants;
}

/**
 * `count` dossier-like records with the four fields the DossierQueue widget searches: code, applicant, summary
 * and procedure name (procedure names repeat across thousands of records, as in a real queue).
 */
export function dossierRecords(count, seed = 2026) {
  const next = random(seed + 1);
  const summaries = dossierSummaries(count, seed);
  const records = new Array(count);
  for (let i = 0; i < count; i++) {
    const summary = summaries[i];
    const day = 1 + Math.floor(next() * 28);
    records[i] = {
      code: `H29.${String(1 + Math.floor(next() * 90)).padStart(2, "0")}-2603${String(day).padStart(2, "0")}-${String(i % 10_000).padStart(4, "0")}`,
      applicantName: summary.split(" – ")[1] ?? "",
      summary,
      procedureName: PROCEDURES[Math.floor(next() * PROCEDURES.length)],
    };
  }
  return records;
}

/** The searchable text of a record, as the DossierQueue builds it: the four fields joined by spaces. */
export const recordText = (record) =>
  [record.code, record.applicantName, record.summary, record.procedureName].join(" ");
