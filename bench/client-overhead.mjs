// Client overhead: the same GET to one loopback server through bare fetch, openapi-fetch (with the contract's
// paths) and @chinhquyenso/client, interleaved in rounds so the three share the machine's state. Reports the
// median time per request and the ratios ours/bare and ours/openapi-fetch.
//   node bench/client-overhead.mjs [--requests 2000] [--rounds 7] [--json]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createClient } from "@chinhquyenso/client";
import createFetchClient from "openapi-fetch";
import { fmt, median } from "./lib/stats.mjs";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    rounds: { type: "string", default: "7" },
    json: { type: "boolean", default: false },
  },
});
const REQUESTS = Number(values.requests);
const ROUNDS = Number(values.rounds);

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
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const code = "000.00.19.X74-261126-0001";
const headers = { authorization: "Bearer bench-token", accept: "application/json" };

const ours = createClient({ baseUrl, auth: { token: () => "bench-token" }, retry: false });
const anchor = createFetchClient({ baseUrl, headers });

const contenders = {
  "bare fetch": async () => {
    const response = await fetch(`${baseUrl}/v1/dossiers/${encodeURIComponent(code)}`, { headers });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  },
  "openapi-fetch 0.17": async () => {
    const { data, error } = await anchor.GET("/v1/dossiers/{code}", { params: { path: { code } } });
    if (error) throw new Error("openapi-fetch failed");
    return data;
  },
  "@chinhquyenso/client": () => ours.dossiers.get(code),
};

// Same answer from all three, then a warm-up.
for (const [name, call] of Object.entries(contenders)) {
  const body = await call();
  if (body.code !== code) throw new Error(`${name} returned ${JSON.stringify(body)}`);
  for (let i = 0; i < 200; i++) await call();
}

const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round so no contender always runs first.
  const order = Object.keys(contenders);
  for (let shift = 0; shift < round % order.length; shift++) order.push(order.shift());
  for (const name of order) {
    const call = contenders[name];
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) await call();
    samples[name].push(((performance.now() - started) * 1000) / REQUESTS);
  }
}
server.close();

const perRequest = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
const result = {
  requests: REQUESTS,
  rounds: ROUNDS,
  microsecondsPerRequest: perRequest,
  oursOverBare: perRequest["@chinhquyenso/client"] / perRequest["bare fetch"],
  oursOverOpenapiFetch: perRequest["@chinhquyenso/client"] / perRequest["openapi-fetch 0.17"],
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`${REQUESTS} sequential GETs × ${ROUNDS} rounds over loopback (median µs per request)`);
  for (const [name, value] of Object.entries(perRequest))
    console.log(`  ${name.padEnd(22)} ${fmt(value)} µs`);
  console.log(`  ours / bare fetch      ${fmt(result.oursOverBare, 3)}`);
  console.log(`  ours / openapi-fetch   ${fmt(result.oursOverOpenapiFetch, 3)}`);
}
