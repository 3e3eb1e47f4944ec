import type { Document } from "@chinhquyenso/client";
import { DocumentInbox, type SigningDocument, SigningPrompt } from "@chinhquyenso/react";
import { useState } from "react";
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

  return (
    <Page title={messages.documents}>
      <DocumentInbox
        defaultFilter="awaiting_my_signature"
        defaultDirection="outgoing"
        onRequestSignature={(documents) => {
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
          onOpenChange={setOpen}
        />
      )}
    </Page>
  );
}
