import { ChinhQuyenSoProvider, TimelinessBadge } from "@chinhquyenso/react";
import { useEffect, useState } from "react";
import { API_BASE_URL } from "./config";

type SandboxState = { kind: "checking" } | { kind: "up"; version: string } | { kind: "down" };

export function App() {
  const [sandbox, setSandbox] = useState<SandboxState>({ kind: "checking" });

  useEffect(() => {
    const controller = new AbortController();
    fetch(`${API_BASE_URL}/__sandbox/health`, { signal: controller.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((body: { api: string }) => setSandbox({ kind: "up", version: body.api }))
      .catch(() => {
        if (!controller.signal.aborted) setSandbox({ kind: "down" });
      });
    return () => controller.abort();
  }, []);

  return (
    <ChinhQuyenSoProvider locale="vi">
      <div className="app" data-cqs-theme="light">
        <header className="app-header">
          <h1>Bảng điều hành Sở Tài nguyên và Môi trường</h1>
        </header>
        <main>
          <p role="status">
            {sandbox.kind === "checking" && "Đang kết nối máy chủ…"}
            {sandbox.kind === "up" && `Đã kết nối API (phiên bản ${sandbox.version}) tại ${API_BASE_URL}`}
            {sandbox.kind === "down" && `Không kết nối được API tại ${API_BASE_URL}`}
          </p>
          <p>
            Trạng thái mẫu: <TimelinessBadge timeliness="within_time" />{" "}
            <TimelinessBadge timeliness="due_soon" /> <TimelinessBadge timeliness="overdue" />
          </p>
        </main>
      </div>
    </ChinhQuyenSoProvider>
  );
}
