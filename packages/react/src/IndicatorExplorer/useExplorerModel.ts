import { startTransition, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { inSlices } from "../internal/slices";
import { buildExplorerModel, createModelBuilder, type ExplorerModel } from "./explorerRows";
import type { ExplorerField, ExplorerIndicator } from "./types";

/**
 * Up to this many indicators the model is built inside the render that needs it (well under a millisecond per
 * hundred), so a short list shows its rows in the first paint. Above it, the first render draws the explorer's
 * frame and the rows follow a few short tasks later (see `useExplorerModel`).
 */
export const SYNC_MODEL_LIMIT = 300;

interface Built {
  indicators: readonly ExplorerIndicator[];
  fields: readonly ExplorerField[];
  now: () => Date;
  model: ExplorerModel;
}

const subscribeNothing = () => () => {};

/** True on the server and while hydrating its HTML: the render must then give the rows at once. */
const useServerSnapshot = () =>
  useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );

const sameInputs = (
  built: Built | null,
  indicators: readonly ExplorerIndicator[],
  fields: readonly ExplorerField[],
  now: () => Date,
): boolean =>
  built !== null && built.indicators === indicators && built.fields === fields && built.now === now;

/**
 * The explorer's model, built where it costs no long task. A short list (≤ `SYNC_MODEL_LIMIT`), the server and
 * hydration build it in the render. A long one is built in ~8 ms slices after the first paint and handed to
 * React as a transition, which renders the rows in its own short slices: the first render of 5,000 indicators
 * is the explorer's frame only. Until a long list's model is in, the previous one stands (new data) or null
 * (first mount: the explorer shows it is preparing).
 */
export function useExplorerModel(
  indicators: readonly ExplorerIndicator[],
  fields: readonly ExplorerField[],
  now: () => Date,
): ExplorerModel | null {
  const onServer = useServerSnapshot();
  const long = Array.isArray(indicators) && indicators.length > SYNC_MODEL_LIMIT;
  // One clock reading per data set: freshness is judged when the data arrive, not on every keystroke. The model
  // the server (or hydration) built stays this component's until the data change.
  const [built, setBuilt] = useState<Built | null>(() =>
    long && onServer
      ? { indicators, fields, now, model: buildExplorerModel(indicators, fields, now().getTime()) }
      : null,
  );
  const ready = sameInputs(built, indicators, fields, now);
  const short = useMemo(
    () => (long ? null : buildExplorerModel(indicators, fields, now().getTime())),
    [long, indicators, fields, now],
  );
  useEffect(() => {
    if (!long || sameInputs(built, indicators, fields, now)) return;
    const builder = createModelBuilder(indicators, fields, now().getTime());
    return inSlices((shouldYield) => {
      if (!builder.step(shouldYield)) return false;
      startTransition(() => setBuilt({ indicators, fields, now, model: builder.model }));
      return true;
    });
  }, [long, built, indicators, fields, now]);
  // Ready, or a short list, or (new long data) the previous model until the new one is in, or none yet.
  return (ready ? built?.model : short) ?? built?.model ?? null;
}
