// A loopback HTTP server for the bench page and its data (a real page load, no request interception).
import { createServer } from "node:http";

/** `routes`: path → { type, body }. Resolves with the base URL and `close()`. */
export async function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? "/", "http://localhost").pathname];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": `${route.type}; charset=utf-8`, "cache-control": "no-store" });
    response.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
