// Fictional people and organisations. Every name is a random combination of common name parts; every citizen
// ID, phone number and e-mail address is SYNTHETIC (generated here, never copied from anyone). A combination may
// match a real person by chance, as any common Vietnamese name does; nothing else about them is real.
import type { Random } from "../random";
import { type Agency, LEADER_TITLES } from "./agencies";
import { SeedInputError } from "./errors";
import { type WeightedPool, weightedPool } from "./weighted";

export type Gender = "male" | "female";

/** Space-separated word lists ("An Bảo Bình", …) joined into one array: compact and still readable. */
const words = (...lines: string[]): string[] => lines.join(" ").split(" ");

// Rough shares of the common family names (per cent of the population, southern spellings favoured: Huỳnh and
// Võ are more frequent than Hoàng and Vũ in Bình Dương).
const FAMILY_NAMES = weightedPool<string>([
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Huỳnh", 3.5],
  ["Hoàng", 1.6],
  ["Phan", 4.5],
  ["Võ", 3],
  ["Vũ", 0.9],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Trương", 1],
  ["Đinh", 0.7],
  ["Lâm", 0.6],
  ["Mai", 0.5],
  ["Đoàn", 0.5],
  ["Lưu", 0.4],
  ["Cao", 0.4],
  ["Châu", 0.3],
  ["Tạ", 0.2],
  ["Thái", 0.2],
  ["Từ", 0.1],
]);

const MIDDLE_NAMES: Record<Gender, WeightedPool<string>> = {
  male: weightedPool<string>([
    ["Văn", 30],
    ["Minh", 8],
    ["Hoàng", 5],
    ["Thanh", 6],
    ["Quốc", 6],
    ["Hữu", 6],
    ["Đức", 5],
    ["Công", 4],
    ["Ngọc", 4],
    ["Tấn", 5],
    ["Thành", 4],
    ["Gia", 3],
    ["Duy", 3],
    ["Trọng", 2],
    ["Anh", 2],
    ["Xuân", 2],
  ]),
  female: weightedPool<string>([
    ["Thị", 32],
    ["Ngọc", 10],
    ["Thanh", 6],
    ["Thu", 5],
    ["Kim", 5],
    ["Mỹ", 4],
    ["Thùy", 4],
    ["Hồng", 3],
    ["Bảo", 3],
    ["Phương", 3],
    ["Minh", 3],
    ["Khánh", 2],
    ["Diệu", 2],
    ["Quỳnh", 2],
  ]),
};

export const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: words(
    "An Bảo Bình Cường Danh Dũng Duy Đạt Hải Hậu Hiếu Hòa Hoàng Hùng Huy Khang Khoa Kiên Lâm Long Lộc Luân Minh Nam",
    "Nghĩa Nhân Phát Phong Phúc Quân Quang Sang Sơn Tài Tâm Thắng Thành Thiện Thịnh Toàn Trí Trung Tuấn Tùng Việt Vinh Vũ",
  ),
  female: words(
    "Anh Ánh Châu Chi Diễm Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Hương Huyền Lan Linh Loan Mai",
    "My Ngân Ngọc Nhi Nhung Oanh Phương Quyên Tâm Thảo Thơ Thủy Trâm Trang Trinh Tuyết Uyên Vân Vy Yến",
  ),
};

export interface PersonName {
  readonly family: string;
  readonly middle: string;
  readonly given: string;
  /** "Nguyễn Văn An". */
  readonly full: string;
  readonly gender: Gender;
}

export interface PersonNameOptions {
  /** Otherwise drawn 50/50. */
  readonly gender?: Gender;
  /** Keep a family name (a child named after the father); otherwise drawn with realistic weights. */
  readonly family?: string;
}

export function generatePersonName(random: Random, options: PersonNameOptions = {}): PersonName {
  const gender = options.gender ?? (random.next() < 0.5 ? "male" : "female");
  const family = options.family ?? FAMILY_NAMES.pick(random);
  const middle = MIDDLE_NAMES[gender].pick(random);
  const given = random.pick(GIVEN_NAMES[gender]);
  return { family, middle, given, full: `${family} ${middle} ${given}`, gender };
}

/** "ông" or "bà", as a dossier or a reply addresses an adult. */
export function honorific(name: PersonName): "ông" | "bà" {
  return name.gender === "male" ? "ông" : "bà";
}

/** The family names drawn by `generatePersonName` (most frequent first, roughly). */
export const FAMILY_NAME_LIST: readonly string[] = FAMILY_NAMES.items;

// --- Organisations -------------------------------------------------------------------------------------------

/** Legal forms: TNHH (limited liability), TNHH MTV (single-member), cổ phần (joint-stock), tư nhân, hợp tác xã. */
export type OrganisationForm = "llc" | "single_member_llc" | "jsc" | "private_enterprise" | "cooperative";

export const ORGANISATION_FORMS: Record<OrganisationForm, string> = {
  llc: "Công ty TNHH",
  single_member_llc: "Công ty TNHH MTV",
  jsc: "Công ty Cổ phần",
  private_enterprise: "Doanh nghiệp tư nhân",
  cooperative: "Hợp tác xã",
};

const ORGANISATION_FORM_POOL = weightedPool<OrganisationForm>([
  ["llc", 45],
  ["single_member_llc", 15],
  ["jsc", 30],
  ["private_enterprise", 5],
  ["cooperative", 5],
]);

/** Lines of business typical of Bình Dương: wood furniture, garments, ceramics, lacquer, logistics… */
export const BUSINESS_LINES: readonly string[] = [
  "Thương mại Dịch vụ",
  "Xây dựng",
  "Đầu tư Phát triển",
  "Sản xuất Đồ gỗ",
  "Chế biến Gỗ",
  "Dệt may",
  "Gốm sứ",
  "Sơn mài",
  "Cơ khí",
  "Bao bì",
  "Nhựa",
  "Thực phẩm",
  "Vận tải",
  "Logistics",
  "Điện tử",
  "Bất động sản",
  "Môi trường",
  "Kỹ thuật Điện",
];

export const BRAND_NAMES: readonly string[] = [
  "Phú Thịnh, Minh Phát, Tân Hưng, Hoàng Long, Thành Đạt, An Khang, Phước Lộc, Đại Phát, Nam Việt, Sao Mai",
  "Bình An, Hưng Thịnh, Trường Sơn, Kim Ngân, Thiên Phúc, Gia Huy, Vạn Lợi, Hòa Bình, Đông Á, Tân Phú",
  "Thuận Phát, Mỹ Phước, Lái Thiêu, Sông Bé, Phú Mỹ, Hải Đăng, Bảo Ngọc, Tín Nghĩa",
].flatMap((line) => line.split(", "));

export interface OrganisationNameOptions {
  /** Otherwise drawn with realistic weights (mostly TNHH and cổ phần). */
  readonly form?: OrganisationForm;
}

/** "Công ty TNHH Sản xuất Đồ gỗ Phú Thịnh", "Hợp tác xã Thực phẩm Tân Hưng". Fictional; may echo a real firm's generic name. */
export function generateOrganisationName(random: Random, options: OrganisationNameOptions = {}): string {
  const form = options.form ?? ORGANISATION_FORM_POOL.pick(random);
  return `${ORGANISATION_FORMS[form]} ${random.pick(BUSINESS_LINES)} ${random.pick(BRAND_NAMES)}`;
}

// --- Civil servants ------------------------------------------------------------------------------------------

export type PositionKey =
  | "specialist"
  | "principal_specialist"
  | "deputy_head_of_division"
  | "head_of_division"
  | "deputy_head_of_agency"
  | "head_of_agency";

const POSITIONS = weightedPool<PositionKey>([
  ["specialist", 60],
  ["principal_specialist", 15],
  ["deputy_head_of_division", 11],
  ["head_of_division", 7],
  ["deputy_head_of_agency", 5],
  ["head_of_agency", 2],
]);

const DIVISION_TITLES = {
  specialist: { vi: "Chuyên viên", en: "Specialist" },
  principal_specialist: { vi: "Chuyên viên chính", en: "Principal specialist" },
  deputy_head_of_division: { vi: "Phó Trưởng phòng", en: "Deputy head of division" },
  head_of_division: { vi: "Trưởng phòng", en: "Head of division" },
} as const;

export interface CivilServant {
  readonly name: PersonName;
  readonly position: PositionKey;
  /** "Phó Trưởng phòng", "Giám đốc", "Chủ tịch" — the agency's own title for its leaders. */
  readonly title: string;
  readonly email: string;
}

/** A fictional civil servant of `agency`, with a position drawn from a realistic pyramid (mostly specialists). */
export function generateCivilServant(random: Random, agency: Agency): CivilServant {
  const name = generatePersonName(random);
  const position = POSITIONS.pick(random);
  const leaders = LEADER_TITLES[agency.kind];
  const title =
    position === "head_of_agency"
      ? leaders.head
      : position === "deputy_head_of_agency"
        ? leaders.deputy
        : DIVISION_TITLES[position].vi;
  return {
    name,
    position,
    title,
    email: `${emailLocalPart(name)}@${agency.key.replace(/_/g, "-")}.${agency.mailDomain}`,
  };
}

/** English labels of the division-level positions (agency leaders' titles are in `LEADER_TITLES`). */
export const POSITION_LABELS = DIVISION_TITLES;

// --- Synthetic identifiers ----------------------------------------------------------------------------------

// The province code of citizen IDs is the birth registration's: 074, Bình Dương's, for people born in the former
// Bình Dương area — before the 2025 merger, as every adult of the samples was.
const CITIZEN_ID_PROVINCE = "074";

export interface CitizenIdOptions {
  readonly gender: Gender;
  /** 1900–2099. */
  readonly birthYear: number;
}

/**
 * A SYNTHETIC 12-digit citizen ID (CCCD) in the real layout: province code 074, a gender/century digit
 * (0/1 = male/female born 1900–1999, 2/3 = male/female born 2000–2099), the last two digits of the birth year,
 * then six random digits. Never a real person's number, though a random one may collide with one: do not
 * show these outside samples, and mask them in UIs like real ones.
 */
export function generateCitizenId(random: Random, options: CitizenIdOptions): string {
  const { birthYear, gender } = options;
  if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2099)
    throw new SeedInputError("birthYear", `expected an integer from 1900 to 2099, got ${birthYear}`);
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === "female" ? 1 : 0);
  const serial = String(random.int(0, 999_999)).padStart(6, "0");
  return `${CITIZEN_ID_PROVINCE}${centuryDigit}${String(birthYear % 100).padStart(2, "0")}${serial}`;
}

// Mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile).
export const MOBILE_PREFIXES: readonly string[] = words(
  "086 096 097 098 032 033 034 035 036 037 038 039", // Viettel
  "088 091 094 081 082 083 084 085", // VinaPhone
  "089 090 093 070 076 077 078 079", // MobiFone
  "092 056 058 099 059", // Vietnamobile, Gmobile
);

/** A SYNTHETIC 10-digit mobile number with a valid prefix ("0912345678"); never dial it. */
export function generatePhoneNumber(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}

/** Only reserved example domains (RFC 2606), so a sample can never e-mail anyone. */
const CITIZEN_EMAIL_DOMAINS: readonly string[] = ["example.com", "example.net", "example.org"];

/** "nguyenvanan87@example.com" — a synthetic address on a reserved domain. */
export function generateEmail(random: Random, name: PersonName): string {
  return `${emailLocalPart(name)}${random.int(1, 99)}@${random.pick(CITIZEN_EMAIL_DOMAINS)}`;
}

/** "Nguyễn Văn An" → "nguyenvanan": diacritics removed, đ → d. */
function emailLocalPart(name: PersonName): string {
  return toAscii(`${name.family}${name.middle}${name.given}`).toLowerCase();
}

function toAscii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

// --- Masking -------------------------------------------------------------------------------------------------
// Widgets show personal data masked in feedback threads. These never throw and never reveal more than promised:
// input that does not look like what is expected comes back fully masked.

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name, then initials. Empty or blank input gives "". */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.normalize("NFC").trim().split(/\s+/);
  if (!family) return "";
  // NFC makes every Vietnamese letter one code point, so the first code point is the whole initial.
  return [family, ...rest.map((part) => `${String.fromCodePoint(part.codePointAt(0) ?? 0x2a)}.`)].join(" ");
}

const MASK = "*";

/** "0912345678" → "*******678": the last three digits. Anything with fewer than 9 digits is masked whole. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 9) return MASK.repeat(Math.max(digits.length, 3));
  return MASK.repeat(digits.length - 3) + digits.slice(-3);
}

/** "074095001234" → "********1234": the last four digits of a 12-digit (or old 9-digit) number; else masked whole. */
export function maskCitizenId(citizenId: string): string {
  const digits = citizenId.replace(/\s/g, "");
  if (!/^(\d{9}|\d{12})$/.test(digits)) return MASK.repeat(Math.max(digits.length, 4));
  return MASK.repeat(digits.length - 4) + digits.slice(-4);
}
