// The sampling profiler's samples in a Chromium trace (category disabled-by-default-v8.cpu_profiler), for the
// bench's diagnostics (trace.mjs, trace-thread.mjs).

/** The sampling profiler's samples in the trace: time, duration, stack (innermost first). */
export function cpuSamples(events) {
  const out = [];
  const profiles = new Map();
  for (const event of events) {
    if (event.name === "Profile")
      profiles.set(event.id, { time: event.args.data.startTime, nodes: new Map() });
    if (event.name !== "ProfileChunk") continue;
    const profile = profiles.get(event.id);
    if (!profile) continue;
    const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      const dt = timeDeltas[i] ?? 0;
      profile.time += dt;
      const frames = [];
      for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent)) {
        const { functionName, lineNumber } = node.callFrame;
        frames.push(`${functionName || "(anon)"}:${lineNumber + 1}`);
      }
      out.push({ ts: profile.time, dt: Math.max(dt, 0), frames });
    });
  }
  return out;
}
