// The loopback server of the client overhead bench, run as its own process (bench/client-overhead.mjs forks it)
// so that its work does not share the event loop and the CPU time of the clients it serves. It answers every
// request with the same JSON dossier and sends its port to the parent once listening.
import { createServer } from "node:http";

const dossier = JSON.stringify({
  code: "000.00.19.X74-261126-0001",
  status: "processing",
  statusId: 4,
  procedure: { code: "1.900701.000.00.00.X74", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ" },
  applicant: { name: "Nguyễn Văn An" },
  receivedAt: "2026-11-20T08:15:00+07:00",
  dueAt: "2026-12-11T08:15:00+07:00",
  etag: '"v3"',
});

const server = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "application/json", etag: '"v3"' });
  response.end(dossier);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
// Ends with the bench: on a message or when the parent goes away.
process.on("message", () => server.close(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
