import { describe, expect, it } from "vitest";
import { maskAddress, maskBirthDate } from "./mask";

describe("household masks", () => {
  it("keep only the year of a birth date; anything else is masked whole", () => {
    expect(maskBirthDate("1990-04-12")).toBe("**/**/1990");
    expect(maskBirthDate(" 2003-12-01 ")).toBe("**/**/2003");
    expect(maskBirthDate("12/04/1990")).toBe("**/**/****");
    expect(maskBirthDate("")).toBe("**/**/****");
  });

  it("keep the ward and province of an address, never the street", () => {
    expect(maskAddress("Số 12 đường Lê Lợi, Phường Phú Lợi, Thành phố Hồ Chí Minh")).toBe(
      "***, Phường Phú Lợi, Thành phố Hồ Chí Minh",
    );
    expect(maskAddress("Tổ 3, Khu phố 2, Phường Thủ Dầu Một, Thành phố Hồ Chí Minh")).toBe(
      "***, Phường Thủ Dầu Một, Thành phố Hồ Chí Minh",
    );
    expect(maskAddress("Ấp 4, Xã Long Hòa")).toBe("***, Xã Long Hòa");
    expect(maskAddress("Số 12 Lê Lợi")).toBe("***");
    expect(maskAddress("")).toBe("***");
    // A phone number written into the ward part never survives.
    expect(maskAddress("Số 1, Phường A 0912345678, Tỉnh B")).not.toContain("0912345678");
  });
});
