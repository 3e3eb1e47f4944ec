import type { Document } from "@chinhquyenso/client";
import { DocumentInbox, type SigningDocument, SigningPrompt } from "@chinhquyenso/react";
import { useRef, useState } from "react";
import { useMessages } from "../messages";
import { Page } from "../shell/Page";

/** What the signing ceremony shows of a document: number and notation ("142/UBND-VX"), type, subject, pages. */
function toSigningDocument(document: Document): SigningDocument {
  return {
    id: document.id,
    number: document.number ? `${document.number}/${document.notation}` : "",
    type: document.type,
    subject: document.subject,
    ...(document.pages === undefined ? {} : { pages: document.pages }),
  };
}

export default function Documents() {
  const messages = useMessages();
  const [signing, setSigning] = useState<SigningDocument[]>([]);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);

  // Opened from a row rather than from a trigger child, the dialog cannot give focus back by itself: return it to
  // the "Ký số" button that opened it, or to the page heading when that row has left the list (signed).
  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (next) return;
    setTimeout(() => {
      const target = opener.current?.isConnected
        ? opener.current
        : document.querySelector<HTMLElement>("main h1");
      target?.focus();
    }, 0);
  };

  return (
    <Page title={messages.documents}>
      <DocumentInbox
        title={null}
        defaultFilter="awaiting_my_signature"
        defaultDirection="outgoing"
        onRequestSignature={(documents) => {
          opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setSigning(documents.map(toSigningDocument));
          setOpen(true);
        }}
      />
      {signing.length > 0 && (
        // Keyed by the documents, so a new request starts a new ceremony rather than resuming the last one.
        <SigningPrompt
          key={signing.map((document) => document.id).join(",")}
          documents={signing}
          kind="approval"
          open={open}
          onOpenChange={changeOpen}
        />
      )}
    </Page>
  );
}
