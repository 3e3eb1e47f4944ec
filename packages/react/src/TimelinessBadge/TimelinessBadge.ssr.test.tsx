import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { TimelinessBadge } from ".";

describe("TimelinessBadge on the server", () => {
  it("renders to a string without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider locale="vi">
        <TimelinessBadge timeliness="early" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toBe('<span class="cqs-timeliness-badge" data-timeliness="early">Trước hạn</span>');
  });
});
