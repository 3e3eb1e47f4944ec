import { useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useChinhQuyenSoSettings, useConnection } from "../../provider/hooks";
import { saveFile } from "../saveFile";
import { paymentMessages } from "./messages";

/**
 * Open (in a new tab) or download an e-receipt. Connected: through the client (`dossiers.downloadReceipt`, with
 * the bearer token — a plain link could not carry it); controlled: the host's `onOpen`.
 */
export function ReceiptActions({
  dossierCode,
  receiptId,
  onOpen,
}: {
  dossierCode: string;
  receiptId: string;
  onOpen?: ((receiptId: string, mode: "open" | "download") => void) | undefined;
}) {
  const t = useTranslator(paymentMessages);
  const { connection } = useChinhQuyenSoSettings();
  // Controlled without a way to fetch it: the receipt's number, to quote at the desk.
  if (!onOpen && !connection)
    return <span className="cqs-receipt">{t("pay.receipt.of", { id: receiptId })}</span>;
  if (onOpen)
    return (
      <span className="cqs-receipt">
        <button type="button" className="cqs-button" onClick={() => onOpen(receiptId, "open")}>
          {t("pay.receipt.open")}
          <span className="cqs-visually-hidden"> {t("pay.receipt.of", { id: receiptId })}</span>
        </button>
        <button type="button" className="cqs-button" onClick={() => onOpen(receiptId, "download")}>
          {t("pay.receipt.download")}
          <span className="cqs-visually-hidden"> {t("pay.receipt.of", { id: receiptId })}</span>
        </button>
      </span>
    );
  return <ConnectedReceipt dossierCode={dossierCode} receiptId={receiptId} />;
}

function ConnectedReceipt({ dossierCode, receiptId }: { dossierCode: string; receiptId: string }) {
  const t = useTranslator(paymentMessages);
  const { client } = useConnection("ReceiptActions");
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const fetchReceipt = async (mode: "open" | "download") => {
    // A tab opened before the await keeps the user's gesture (popup blockers); it gets the PDF once loaded.
    const tab = mode === "open" ? window.open("", "_blank") : null;
    setState("loading");
    try {
      const response = await client.dossiers.downloadReceipt(dossierCode, receiptId);
      const blob = await response.blob();
      const pdf = blob.type === "application/pdf" ? blob : new Blob([blob], { type: "application/pdf" });
      if (tab) tab.location.href = URL.createObjectURL(pdf);
      else saveFile(pdf, `bien-lai-${receiptId}.pdf`);
      setState("idle");
    } catch {
      tab?.close();
      setState("failed");
    }
  };
  return (
    <span className="cqs-receipt" data-state={state}>
      <button
        type="button"
        className="cqs-button"
        aria-disabled={state === "loading" || undefined}
        onClick={() => state !== "loading" && void fetchReceipt("open")}
      >
        {t("pay.receipt.open")}
        <span className="cqs-visually-hidden"> {t("pay.receipt.of", { id: receiptId })}</span>
      </button>
      <button
        type="button"
        className="cqs-button"
        aria-disabled={state === "loading" || undefined}
        onClick={() => state !== "loading" && void fetchReceipt("download")}
      >
        {t("pay.receipt.download")}
        <span className="cqs-visually-hidden"> {t("pay.receipt.of", { id: receiptId })}</span>
      </button>
      {state === "failed" ? (
        <span role="alert" className="cqs-receipt__error">
          {t("pay.receipt.failed")}
        </span>
      ) : null}
    </span>
  );
}
