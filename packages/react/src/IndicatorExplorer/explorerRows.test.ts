import { describe, expect, it } from "vitest";
import {
  buildExplorerModel,
  buildSearchShard,
  createModelBuilder,
  type ExplorerFilters,
  filterRows,
  SEARCH_SHARD_SIZE,
  stateCounts,
} from "./explorerRows";
import { largeCatalogue, SAMPLE_FIELDS, SAMPLE_INDICATORS, SAMPLE_NOW } from "./fixtures";
import type { ExplorerIndicator } from "./types";

const now = Date.parse(SAMPLE_NOW);
const all: ExplorerFilters = { query: "", fieldCode: "", state: "all" };

describe("the explorer's rows", () => {
  it("judge each indicator with core's threshold state and freshness", () => {
    const model = buildExplorerModel(SAMPLE_INDICATORS, SAMPLE_FIELDS, now);
    const view = Object.fromEntries(
      model.rows.map((row) => [row.indicator.code, [row.state, row.freshness]]),
    );
    expect(view).toEqual({
      "HCC-01": ["normal", "fresh"],
      "HCC-02": ["warning", "fresh"],
      "YT-02": ["alarm", "fresh"],
      "MT-02": ["none", "fresh"],
      "PCTT-02": ["no_data", "stale"],
    });
    expect(model.rows[0]?.fieldName).toBe("Hành chính công");
  });

  it("leave out malformed items and keep going", () => {
    const broken = [
      null,
      { code: 5, name: "x" },
      { code: "A", name: null },
      {
        code: "HCC-01",
        name: "Đúng hạn",
        fieldCode: "unknown_field",
        unit: "%",
        value: "9",
        thresholds: "bad",
      },
      { code: "HCC-01", name: "Bản sao", fieldCode: "x", unit: "%", value: 1 },
    ] as unknown as ExplorerIndicator[];
    const model = buildExplorerModel(broken, SAMPLE_FIELDS, now);
    expect(model.rows.map((row) => [row.indicator.name, row.fieldName, row.state])).toEqual([
      ["Đúng hạn", "unknown_field", "no_data"],
    ]);
    expect(buildExplorerModel(null as unknown as ExplorerIndicator[], [], now).rows).toEqual([]);
  });

  it("search without diacritics, and combine with the field and state filters", () => {
    const model = buildExplorerModel(SAMPLE_INDICATORS, SAMPLE_FIELDS, now);
    const codes = (filters: Partial<ExplorerFilters>) =>
      filterRows(model, { ...all, ...filters }).map((row) => row.indicator.code);
    // Every word must start a word of the item: "ho so" also finds "sinh hoạt … Sở".
    expect(codes({ query: "ho so" })).toEqual(["HCC-01", "HCC-02", "MT-02"]);
    expect(codes({ query: "ho so dung han" })).toEqual(["HCC-01"]);
    expect(codes({ query: "so y te" })).toEqual(["YT-02"]);
    expect(codes({ fieldCode: "health" })).toEqual(["YT-02"]);
    expect(codes({ query: "ho so", state: "warning" })).toEqual(["HCC-02"]);
    expect(codes({ query: "không có gì như thế" })).toEqual([]);
    expect(stateCounts(model.rows)).toEqual({ normal: 1, warning: 1, alarm: 1, none: 1, no_data: 1 });
  });

  it("handle 27 fields with 5,000 indicators", () => {
    const { fields, indicators } = largeCatalogue(27, 5000);
    const model = buildExplorerModel(indicators, fields, now);
    expect(model.rows).toHaveLength(5000);
    expect(filterRows(model, { ...all, fieldCode: "field_27" })).toHaveLength(185);
    expect(filterRows(model, { ...all, query: "thu 4999" }).map((row) => row.indicator.code)).toEqual([
      "CT-4999",
    ]);
    const counts = stateCounts(model.rows);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(5000);
    expect(counts.none).toBeGreaterThan(0);
  });

  it("find the same rows through shards built one by one as through one pass", () => {
    const { fields, indicators } = largeCatalogue(27, 1234);
    const model = buildExplorerModel(indicators, fields, now);
    const shards = [];
    for (let start = 0; start < model.rows.length; start += SEARCH_SHARD_SIZE)
      shards.push(buildSearchShard(model.rows, start));
    expect(shards).toHaveLength(Math.ceil(1234 / SEARCH_SHARD_SIZE));
    for (const query of ["thu 12", "dat dai", "so 19", "ct-1234"]) {
      const sharded = filterRows(model, { ...all, query }, shards).map((row) => row.indicator.code);
      expect(sharded).toEqual(filterRows(model, { ...all, query }).map((row) => row.indicator.code));
      expect(sharded.length).toBeGreaterThan(0);
    }
  });

  it("build the same model a few indicators per step as in one pass, counts included", () => {
    const { fields, indicators } = largeCatalogue(27, 1000);
    const broken = [...indicators, null, indicators[3]] as unknown as ExplorerIndicator[];
    const whole = buildExplorerModel(broken, fields, now);
    const builder = createModelBuilder(broken, fields, now);
    let steps = 1;
    // Yield at every check: the builder stops after each chunk and takes up where it stopped.
    while (!builder.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.model.rows).toEqual(whole.rows);
    expect(builder.model.rows).toHaveLength(1000);
    expect(builder.model.counts).toEqual(stateCounts(whole.rows));
    expect(builder.model.counts).toEqual(whole.counts);
    expect(builder.model.fieldCounts.get("field_27")).toBe(
      whole.rows.filter((row) => row.indicator.fieldCode === "field_27").length,
    );
    expect([...builder.model.fieldCounts.values()].reduce((sum, count) => sum + count, 0)).toBe(1000);
  });
});
