// Synthetic Vietnamese records for writes: the kit never sends real citizen data. Names, phone numbers and
// citizen IDs are shaped like real ones only where the contract requires a shape, and use blocks no real
// person has (phone 0900 000 xxx, CCCD 000…).
const PLACES = ["Phường Thủ Dầu Một", "Phường Phú Lợi", "Xã Bàu Bàng", "Phường Dĩ An", "Phường Thuận An"];
const THINGS = ["Đèn đường không sáng", "Ổ gà trên mặt đường", "Rác thải ùn ứ", "Cống thoát nước bị tắc"];

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};

/** A feedback as the 1022 hotline would record it, marked as a conformance test. */
export function syntheticFeedback(categoryCode: string) {
  const n = next();
  return {
    title: `[Kiểm thử tuân thủ] ${THINGS[n % THINGS.length]} số ${n}`,
    description: `Phản ánh tổng hợp do bộ kiểm thử tuân thủ tạo, tại ${PLACES[n % PLACES.length]}; không phải dữ liệu thật.`,
    channel: "phone" as const,
    categoryCode,
    public: false,
  };
}

export const syntheticText = (what: string) => `[Kiểm thử tuân thủ] ${what} — dữ liệu tổng hợp.`;

/** A small PDF-looking file. */
export const syntheticPdf = () =>
  new Blob(["%PDF-1.7\n% Tệp kiểm thử tuân thủ (dữ liệu tổng hợp)\n%%EOF\n"], { type: "application/pdf" });

/** A citizen ID of the reserved test block (all zeros but the last digits): never a real person's. */
export const syntheticCitizenId = () => `000000${String(next()).padStart(6, "0")}`;

/** For header values, which carry ASCII only. */
export const SYNTHETIC_HEADER_TEXT = "Kiem thu tuan thu hop dong API (du lieu tong hop)";
