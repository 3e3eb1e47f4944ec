import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ProvisionalNote } from "./ProvisionalNote";

describe("ProvisionalNote on the server", () => {
  it("renders the label and the reason without a DOM and without warnings", () => {
    const error = vi.spyOn(console, "error");
    const html = renderToString(<ProvisionalNote years={[2027]} />);
    expect(html).toContain(">dự kiến</button>");
    expect(html).toContain("Chưa có thông báo nghỉ lễ chính thức năm 2027");
    expect(html).toContain('popover="manual"');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
